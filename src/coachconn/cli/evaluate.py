"""Commands: evaluate (filled in by its area)."""
