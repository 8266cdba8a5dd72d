"""The run sheet on one A4 portrait page, for the coach's table: each line (step or break)
with its clock times, the minutes planned and the real time spent, then the totals.

It is one page or nothing: the type shrinks, from a comfortable size down to a floor still
read at arm's length, until every line fits; a sheet that does not fit even at the floor is
refused (:class:`RunSheetTooLong`), never cut. Ink-light, like the posters.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Spacer, Table, TableStyle

from okr_workshop.domain.agenda import ClockTime as Clock
from okr_workshop.domain.agenda import Line, RunSheet, duration_text, run_sheet
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.export import theme
from okr_workshop.export.deck import new_canvas
from okr_workshop.export.fonts import BOLD, REGULAR, register_fonts
from okr_workshop.export.labels import day, label
from okr_workshop.export.markup import bold, para, para_markup, rich
from okr_workshop.files import write_atomic

MARGIN = 42.0
# Body type in points at each try, from the largest; the last is the floor.
SIZES = (12.0, 11.0, 10.0, 9.0, 8.0, 7.0)


class RunSheetTooLong(ValueError):
    """Even at the smallest type, the run sheet's ``lines`` do not fit one page."""

    def __init__(self, lines: int) -> None:
        super().__init__(f"the run sheet's {lines} lines do not fit one page")
        self.lines = lines


def _styles(size: float) -> dict[str, ParagraphStyle]:
    register_fonts()

    def style(name: str, scale: float, font: str = REGULAR, colour=theme.TEXT, **extra):
        return ParagraphStyle(name, fontName=font, fontSize=round(size * scale, 2),
                              leading=round(size * scale * 1.25, 2), textColor=colour,
                              splitLongWords=1, **extra)

    return {
        "kicker": style("kicker", 1.0, BOLD, theme.ACCENT),
        "title": style("title", 1.8, BOLD, spaceBefore=size * 0.2),
        "meta": style("meta", 1.0, colour=theme.MUTED, spaceBefore=size * 0.3),
        "cell": style("cell", 1.0),
        "head": style("head", 0.9, BOLD, theme.MUTED),
        "number": style("number", 1.0, alignment=TA_RIGHT),
        "head_number": style("head_number", 0.9, BOLD, theme.MUTED, alignment=TA_RIGHT),
        "total": style("total", 1.0, BOLD),
        "total_number": style("total_number", 1.0, BOLD, alignment=TA_RIGHT),
    }


def _clock(clock: Clock, language: Language) -> str:
    if clock.days:
        return label("deck.run_sheet.next_day", language, time=clock.text, days=clock.days)
    return clock.text


def _offset(minutes: int) -> str:
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}"


def _what(line: Line, language: Language) -> str:
    item = line.item
    if item.step is None:
        return item.title
    name = label(f"deck.step.{item.step.value}", language)
    title = item.title.strip()
    return f"{name} · {title}" if title and title != name else name


def _header(workshop: Workshop, sheet: RunSheet, language: Language, s) -> list[Flowable]:
    items: list[Flowable] = [para(label("deck.run_sheet.kicker", language), s["kicker"]),
                             para(workshop.title, s["title"])]
    about = " · ".join(part for part in (workshop.organisation.strip(),
                                         workshop.cycle_label.strip(),
                                         workshop.facilitator.strip()) if part)
    if about:
        items.append(para(about, s["meta"]))
    if sheet.starts is None:
        when = label("deck.run_sheet.no_start", language)
    else:
        times = {"start": _clock(sheet.starts, language), "end": _clock(sheet.ends, language)}
        when = (label("deck.run_sheet.when", language, day=day(workshop.session_on, language),
                      **times) if workshop.session_on
                else label("deck.run_sheet.hours", language, **times))
    items.append(para(when, s["meta"]))
    return items


def _table(sheet: RunSheet, language: Language, width: float, s) -> Table:
    def minutes(value: int) -> str:
        return label("deck.run_sheet.minutes", language, minutes=value)

    time_head = "deck.run_sheet.col.time" if sheet.starts else "deck.run_sheet.col.offset"
    rows = [[para(label(time_head, language), s["head"]),
             para(label("deck.run_sheet.col.what", language), s["head"]),
             para(label("deck.run_sheet.col.planned", language), s["head_number"]),
             para(label("deck.run_sheet.col.spent", language), s["head_number"])]]
    at = 0
    breaks: list[int] = []
    for index, line in enumerate(sheet.lines, start=1):
        if line.starts is not None:
            when = f"{_clock(line.starts, language)}–{_clock(line.ends, language)}"
        else:
            when = f"{_offset(at)}–{_offset(at + line.item.planned_minutes)}"
        at += line.item.planned_minutes
        spent = line.item.spent_seconds
        what = rich(_what(line, language))
        rows.append([para(when, s["cell"]),
                     para_markup(what if line.is_break else bold(what), s["cell"]),
                     para(minutes(line.item.planned_minutes), s["number"]),
                     para(duration_text(spent) if spent and not line.is_break else "",
                          s["number"])])
        if line.is_break:
            breaks.append(index)
    total = label("deck.run_sheet.total", language, breaks=minutes(sheet.break_minutes))
    rows.append([para("", s["total"]), para(total, s["total"]),
                 para(minutes(sheet.planned_minutes), s["total_number"]),
                 para(duration_text(sheet.spent_seconds) if sheet.has_spent else "",
                      s["total_number"])])
    size = s["cell"].fontSize
    pad = round(size * 0.3, 2)
    # The times and numbers never wrap: their columns are as wide as their widest text.
    time_width = _widest([row[0] for row in rows], s) + 2 * pad + 1
    number_width = _widest([cell for row in rows for cell in row[2:]], s) + 2 * pad + 1
    columns = [time_width, width - time_width - 2 * number_width, number_width, number_width]
    table = Table(rows, colWidths=columns, repeatRows=1, hAlign="LEFT")
    commands = [
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, theme.MUTED),
        ("LINEBELOW", (0, 1), (-1, -2), 0.4, theme.LINE),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, theme.MUTED),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), theme.SURFACE)
                 for row in breaks]
    table.setStyle(TableStyle(commands))
    return table


def _widest(cells: list, s) -> float:
    """The widest single line among ``cells`` (paragraphs), in their own fonts."""
    widest = 0.0
    for cell in cells:
        style = cell.style
        font = BOLD if style.fontName == BOLD else REGULAR
        widest = max(widest, stringWidth(cell.getPlainText(), font, style.fontSize))
    return widest


def _flowables(workshop: Workshop, sheet: RunSheet, language: Language, size: float,
               width: float) -> list[Flowable]:
    s = _styles(size)
    return [*_header(workshop, sheet, language, s), Spacer(1, size * 1.2),
            _table(sheet, language, width, s)]


def _fits(flowables: list[Flowable], frame_box: tuple[float, float, float, float]) -> bool:
    """Every flowable fits the one frame (a table that would split does not)."""
    probe = Frame(*frame_box, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    canvas = Canvas(io.BytesIO(), pagesize=A4)
    for flowable in flowables:
        if not probe.add(flowable, canvas):
            return False
    return True


def build_run_sheet(workshop: Workshop, language: Language | str) -> bytes:
    """The run sheet's one-page PDF. Raises :class:`RunSheetTooLong` when it cannot fit."""
    language = Language(language)
    sheet = run_sheet(workshop)
    width, height = A4
    box = (MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN)
    for size in SIZES:
        if _fits(_flowables(workshop, sheet, language, size, box[2]), box):
            break
    else:
        raise RunSheetTooLong(len(sheet.lines))
    buffer = io.BytesIO()
    subject = label("deck.run_sheet.subject", language, workshop=workshop.title)
    canvas = new_canvas(buffer, workshop, language, A4, subject)
    frame = Frame(*box, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame.addFromList(_flowables(workshop, sheet, language, size, box[2]), canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_run_sheet(workshop: Workshop, path: Path | str, language: Language | str) -> Path:
    """Write the run sheet to ``path`` atomically (built whole before the file is touched)."""
    data = build_run_sheet(workshop, language)
    target = Path(path)
    write_atomic(target, data)
    return target
