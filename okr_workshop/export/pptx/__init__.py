"""The deck as an editable PowerPoint file (.pptx), built from the same planned pages as
the PDF (``deck.plan_deck``): same slides, same places, native text boxes, tables and
shapes, the speaker notes in each slide's notes; optionally on a company's template.

Never imports Qt; the window and the command line reach it through app/export_deck.py.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from pptx.opc.packuri import PackURI

from okr_workshop.export.deck import Cancelled, DeckPlan, Progress, footer_text, outline_title
from okr_workshop.export.pptx.place import Place
from okr_workshop.export.pptx.recorder import UnsupportedContent
from okr_workshop.export.pptx.slides import add_slide
from okr_workshop.export.pptx.template import TemplateError, presentation, title_layout
from okr_workshop.files import write_atomic

__all__ = ["TemplateError", "UnsupportedContent", "build_pptx", "check_template",
           "write_pptx"]


def check_template(template: Path | str) -> None:
    """Raise :class:`TemplateError` (or OSError) when ``template`` cannot be used."""
    presentation(template, 1.0, 1.0)


def _ticker(progress: Progress | None, total: int) -> Callable[[int], None]:
    def tick(done: int) -> None:
        if progress is not None and progress(done, total) is False:
            raise Cancelled()

    return tick


def build_pptx(plan: DeckPlan, template: Path | str | None = None,
               progress: Progress | None = None) -> bytes:
    """The planned deck as .pptx bytes; progress counts the second half of the work (the
    plan was the first), like ``draw_deck``. Raises :class:`TemplateError`,
    :class:`Cancelled`, or :class:`UnsupportedContent` (a bug: a slide piece with no
    PowerPoint form)."""
    ctx, pages = plan.ctx, plan.pages
    geometry = ctx.geometry
    prs = presentation(template, geometry.width, geometry.height)
    _numbered_notes(prs.part.package)
    layout = title_layout(prs)
    place = Place(geometry.width, geometry.height, prs.slide_width, prs.slide_height)
    tick = _ticker(progress, 2 * plan.units)
    footer = footer_text(ctx)
    for number, page in enumerate(pages, start=1):
        add_slide(prs, layout, ctx, page, footer,
                  ctx.t("deck.page", page=number, total=len(pages)), place,
                  themed=template is not None)
        if number == len(pages) or pages[number].unit != page.unit:
            tick(plan.units + page.unit + 1)
    _properties(prs, ctx)
    buffer = io.BytesIO()
    prs.save(buffer)
    return _dated(buffer.getvalue(), ctx.workshop.updated_at)


_NOTES = "/ppt/notesSlides/notesSlide%d.xml"


def _numbered_notes(package) -> None:
    """Notes slides named in turn. python-pptx names each new one by walking every part of
    the package (``next_partname``): once per slide, so quadratic (10 of the 15 s of a
    1,161-slide deck). Here the parts are walked once, for the names a template already
    has; any other part is named as python-pptx does."""
    original = package.next_partname
    taken: set[str] = set()
    number = [0]

    def next_partname(tmpl: str) -> PackURI:
        if tmpl != _NOTES:
            return original(tmpl)
        if not number[0]:
            taken.update(str(part.partname) for part in package.iter_parts())
        number[0] += 1
        while tmpl % number[0] in taken:
            number[0] += 1
        return PackURI(tmpl % number[0])

    package.next_partname = next_partname


def _dated(package: bytes, moment) -> bytes:
    """The package with every member dated by the workshop's last change, not by the clock:
    the same workshop gives the same bytes, like the PDF."""
    stamp = moment.astimezone(UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, stamp), source.read(info),
                            zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _properties(prs, ctx) -> None:
    from okr_workshop import APP_NAME

    workshop = ctx.workshop
    core = prs.core_properties
    core.title = _property(workshop.title)
    core.author = _property(workshop.facilitator or workshop.organisation or APP_NAME)
    core.subject = _property(ctx.t("deck.document.subject", workshop=workshop.title))
    core.language = ctx.language.value
    core.keywords = "OKR"
    core.last_modified_by = APP_NAME
    core.revision = 1
    core.created = core.modified = workshop.updated_at.astimezone(UTC).replace(tzinfo=None)


# A document property holds 255 characters at most (python-pptx refuses more); a title
# may hold 300 (domain/field_limits.py).
_PROPERTY_LENGTH = 255


def _property(text: str) -> str:
    line = outline_title(text)
    return line if len(line) <= _PROPERTY_LENGTH else \
        line[:_PROPERTY_LENGTH - 1].rstrip() + "…"


def write_pptx(plan: DeckPlan, path: Path | str, template: Path | str | None = None,
               progress: Progress | None = None) -> Path:
    """Build the .pptx and write it atomically: on any error or cancel, ``path`` is left
    as it was."""
    return write_atomic(path, build_pptx(plan, template, progress))
