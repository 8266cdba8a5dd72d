"""Reading written files back with the libraries that wrote them: the application's smoke
test (``okr-workshop --smoke-test``) checks that a PDF, a PowerPoint and a calendar file are
whole, in a bundle as from source. Each raises ValueError naming what is wrong.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from icalendar import Calendar
from pptx import Presentation


def pdf_pages(path: Path | str) -> int:
    """The number of pages of the PDF at ``path`` (PDFium reads it whole)."""
    data = Path(path).read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError(f"{Path(path).name} does not start with %PDF-")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise ValueError(f"{Path(path).name} cannot be read as a PDF: {error}") from None
    try:
        count = len(document)
    finally:
        document.close()
    if count < 1:
        raise ValueError(f"{Path(path).name} has no page")
    return count


def pptx_slides(path: Path | str) -> int:
    """The number of slides of the PowerPoint file at ``path``, opened by python-pptx."""
    name = Path(path).name
    if not zipfile.is_zipfile(path):
        raise ValueError(f"{name} is not a zip archive")
    with zipfile.ZipFile(path) as archive:
        broken = archive.testzip()
    if broken is not None:
        raise ValueError(f"{name}: {broken} is damaged")
    count = len(Presentation(str(path)).slides)
    if count < 1:
        raise ValueError(f"{name} has no slide")
    return count


def _calendar(path: Path | str) -> Calendar:
    try:
        return Calendar.from_ical(Path(path).read_bytes())
    except ValueError as error:
        raise ValueError(f"{Path(path).name} cannot be read as a calendar: {error}") from None


def calendar_events(path: Path | str) -> int:
    """The number of events of the iCalendar file at ``path``, parsed by icalendar."""
    name = Path(path).name
    events = _calendar(path).walk("VEVENT")
    if not events:
        raise ValueError(f"{name} has no event")
    return len(events)


def calendar_zones(path: Path | str) -> list[str]:
    """The time zones the iCalendar file at ``path`` defines (its VTIMEZONE components)."""
    return [str(zone["TZID"]) for zone in _calendar(path).walk("VTIMEZONE")]
