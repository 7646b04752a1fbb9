"""Commands: analyze (filled in by its area)."""
