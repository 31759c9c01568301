"""Lactation Coverage Helper: the pure-Python core (no Qt here)."""

__version__ = "0.1.0"
