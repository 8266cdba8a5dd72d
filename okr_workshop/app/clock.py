"""Today, asked in one place: the window's "what is due", grading and calendar export read
the day here, so a test sets it once (``monkeypatch.setattr(clock, "today", ...)``)."""

from __future__ import annotations

from datetime import date


def today() -> date:
    return date.today()
