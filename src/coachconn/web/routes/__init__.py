"""Routes, one module per area. Each route parses, calls one service, renders."""
