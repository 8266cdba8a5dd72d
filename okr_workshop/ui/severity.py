"""How a finding's severity looks: a mark beside the words, so it never rests on colour alone.

One table for every panel. The marks are characters common desktop fonts carry (DejaVu,
Segoe UI Symbol, Helvetica fallbacks); ⛔ was dropped because DejaVu Sans lacks it.
"""

from __future__ import annotations

from okr_workshop.domain.findings import Severity

MARK = {Severity.ERROR: "✖", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}
# A page's own reminders in the "Still to do" panel begin like the rules' findings there.
WARNING = f"{MARK[Severity.WARNING]} "
INFO = f"{MARK[Severity.INFO]} "
