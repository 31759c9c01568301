"""Qt item models over helper/ data (one module per model)."""
