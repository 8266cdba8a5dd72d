"""The rituals' calendar file (.ics), for the window's export button and
``okr-workshop rituals export``: checks what a calendar cannot take, then writes the file
atomically (a calendar app reading it never sees half of one).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from okr_workshop.app.errors import AppError
from okr_workshop.domain.enums import Language
from okr_workshop.domain.model import Workshop
from okr_workshop.export.calendar import rituals_calendar
from okr_workshop.files import write_atomic


def export_rituals(
    workshop: Workshop,
    path: Path | str,
    today: date | None = None,
    language: Language | str | None = None,
) -> Path:
    """Write ``workshop``'s rituals to ``path`` as an iCalendar file, in ``language`` (the
    workshop's by default), with the key results as they stand on ``today``.

    Raises AppError when there is no ritual or a ritual's time zone is unknown here, and
    OSError when the file cannot be written; nothing is written then."""
    if not workshop.rituals:
        raise AppError("no_rituals", title=workshop.title)
    local = laptop_time_zone()
    for ritual in workshop.rituals:
        if ritual.time_zone and not _known(ritual.time_zone):
            raise AppError("unknown_time_zone", zone=ritual.time_zone)
    data = rituals_calendar(workshop, language or workshop.language, today or date.today(),
                            local_zone=local)
    return write_atomic(path, data)


def laptop_time_zone(environ: dict[str, str] | None = None) -> str | None:
    """The IANA name of this computer's zone ("Europe/Paris"), from ``TZ`` or the link
    ``/etc/localtime`` (Linux, macOS); None when it cannot be told (Windows): a ritual
    without a zone is then written in floating time, the importing calendar's own zone."""
    env = os.environ if environ is None else environ
    named = env.get("TZ", "").lstrip(":")
    if named and _known(named) and "/" in named:
        return named
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        return None
    _, found, name = target.partition("zoneinfo/")
    return name if found and _known(name) else None


def _known(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
