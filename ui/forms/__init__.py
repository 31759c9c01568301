"""Forms that edit parts of a case (plan, visit with claim lines, equipment), each field
with a short explanation underneath."""
