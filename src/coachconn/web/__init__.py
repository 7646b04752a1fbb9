"""The web interface: HTML pages and the JSON API, built by :func:`create_app`.

Nothing is created at import time; ``create_app(settings)`` returns a new app.
"""

from __future__ import annotations

from coachconn.web.app import create_app

__all__ = ["create_app"]
