"""Today's date, from one place: the window and the command line ask here, and tests
monkeypatch :func:`today` (``okr_workshop.app.clock.today``) to run a whole cycle."""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
