"""Commands: records (filled in by its area)."""
