"""Commands: setup (filled in by its area)."""
