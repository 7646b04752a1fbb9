"""Domain: plain dataclasses and rules. Standard library only, no I/O."""
