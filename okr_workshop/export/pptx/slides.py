"""One planned page as one slide: the title in the layout's title placeholder (so
PowerPoint's outline lists it), everything else as native shapes where the PDF has it,
the chapter's speaker notes in the slide's notes."""

from __future__ import annotations

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu
from reportlab.platypus import Paragraph, Table

from okr_workshop.export.pptx.drawings import add_drawing
from okr_workshop.export.pptx.pages import BAND, COVER, record_page
from okr_workshop.export.pptx.place import Place
from okr_workshop.export.pptx.recorder import Placed, Shape, Text
from okr_workshop.export.pptx.shapes import add_shape, add_text, holds
from okr_workshop.export.pptx.text import fill_frame, plain_text

_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_TITLE_STYLES = ("title", "title_small", "title_tiny", "cover_title")


def _title_placeholder(slide):
    """The slide's title placeholder; the layout's other placeholders are removed (their
    "Click to add text" would show in the slide show's editor)."""
    title = None
    for placeholder in list(slide.placeholders):
        if title is None and placeholder.placeholder_format.type in _TITLES:
            title = placeholder
        else:
            placeholder._element.getparent().remove(placeholder._element)
    return title


def _is_title(item) -> bool:
    return (isinstance(item, Placed) and isinstance(item.flowable, Paragraph)
            and item.flowable.style.name in _TITLE_STYLES)


def add_slide(prs, layout, ctx, page, footer: str, page_label: str, place: Place,
              themed: bool) -> None:
    """``themed``: a company template; its background and title look are kept (our dark
    band and cover background are left out, their text takes the template's colours)."""
    slide = prs.slides.add_slide(layout)
    title = _title_placeholder(slide)
    shapes = slide.shapes
    items = record_page(ctx, page, footer, page_label)
    previous = None
    for item in items:
        ours = item.phase in (BAND, COVER)  # drawn on our dark background
        if title is not None and _is_title(item):
            _fill_title(title, item, place, themed)
            title = None
        elif isinstance(item, Placed):
            _placed(shapes, item, place, keep_colour=not (themed and ours))
        elif isinstance(item, Shape):
            if themed and ours:
                previous = None
                continue
            previous = (item, add_shape(shapes, item, place))
            continue
        elif isinstance(item, Text):
            if previous is not None and holds(previous[0], item):
                add_text(shapes, item, place, previous[1])
            else:
                add_text(shapes, item, place)
        previous = None
    if title is not None:  # a page without a title (none planned): no empty placeholder
        title._element.getparent().remove(title._element)
    notes = page.chapter.notes.strip()
    if notes:
        slide.notes_slide.notes_text_frame.text = notes


def _fill_title(title, item: Placed, place: Place, themed: bool) -> None:
    # Drawn in the PDF's order: the band's rectangle first, the title over it.
    tree = title._element.getparent()
    tree.remove(title._element)
    tree.append(title._element)
    if themed:
        title.text_frame.text = plain_text(item.flowable)  # the template's look
        return
    left, top, width, height = place.box(item.x, item.y, item.width, item.height)
    title.left, title.top, title.width, title.height = map(Emu, (left, top, width, height))
    fill_frame(title.text_frame, item.flowable, place)


def _placed(shapes, item: Placed, place: Place, keep_colour: bool) -> None:
    flowable = item.flowable
    if isinstance(flowable, Paragraph):
        box = shapes.add_textbox(*map(Emu, place.box(item.x, item.y, item.width,
                                                     item.height)))
        fill_frame(box.text_frame, flowable, place, keep_colour)
    elif isinstance(flowable, Table):
        from okr_workshop.export.pptx.tables import add_table

        add_table(shapes, flowable, item.x, item.y, place)
    else:
        add_drawing(shapes, flowable, item.x, item.y, place)
