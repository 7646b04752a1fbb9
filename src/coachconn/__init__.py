"""coachconn: build and measure the coach–client connection."""

__version__ = "0.1.0"
