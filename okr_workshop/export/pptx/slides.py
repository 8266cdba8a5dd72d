"""One planned page as one slide: the title in the layout's title placeholder (so
PowerPoint's outline lists it), everything else as native shapes where the PDF has it,
the chapter's speaker notes in the slide's notes."""

from __future__ import annotations

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu
from reportlab.platypus import Paragraph, Table

from okr_workshop.export.pptx import xml
from okr_workshop.export.pptx.drawings import add_drawing
from okr_workshop.export.pptx.pages import BAND, COVER, record_page
from okr_workshop.export.pptx.paragraphs import fill_frame, plain_text, text_box
from okr_workshop.export.pptx.place import Place
from okr_workshop.export.pptx.recorder import Placed, Shape, Text
from okr_workshop.export.pptx.shapes import add_shape, add_text, holds

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
    sink = xml.Sink(slide)
    items = record_page(ctx, page, footer, page_label)
    skip = set()
    for index, item in enumerate(items):
        if index in skip:
            continue
        ours = item.phase in (BAND, COVER)  # drawn on our dark background
        if title is not None and _is_title(item):
            sink.flush()  # the title goes over what is drawn before it, under the rest
            _fill_title(title, item, place, themed)
            title = None
        elif isinstance(item, Placed):
            _placed(sink, item, place, keep_colour=not (themed and ours))
        elif isinstance(item, Shape):
            if themed and ours:
                continue
            following = items[index + 1] if index + 1 < len(items) else None
            held = following if isinstance(following, Text) and holds(item, following) \
                else None
            if held is not None:
                skip.add(index + 1)
            add_shape(sink, item, place, held)
        elif isinstance(item, Text):
            add_text(sink, item, place)
    sink.flush()
    if title is not None:  # a page without a title (none planned): no empty placeholder
        title._element.getparent().remove(title._element)
    notes = speaker_notes(page.chapter.notes)
    if notes:
        slide.notes_slide.notes_text_frame.text = notes


# Control characters have no place in notes (python-pptx would write them as "_x0007_");
# line and paragraph separators are line breaks; a lone surrogate is U+FFFD (xml._INVALID).
_NOTES = {**{code: None for code in range(0x20) if code not in (0x09, 0x0A)},
          0x2028: "\n", 0x2029: "\n", 0x7F: None,
          **dict.fromkeys(range(0xD800, 0xE000), 0xFFFD)}


def speaker_notes(notes: str) -> str:
    """The chapter's notes as the slide holds them: plain text, paragraphs on lines."""
    return notes.replace("\r\n", "\n").replace("\r", "\n").translate(_NOTES).strip()


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


def _placed(sink: xml.Sink, item: Placed, place: Place, keep_colour: bool) -> None:
    flowable = item.flowable
    if isinstance(flowable, Paragraph):
        text_box(sink, flowable, place.box(item.x, item.y, item.width, item.height), place,
                 keep_colour)
    elif isinstance(flowable, Table):
        from okr_workshop.export.pptx.native_tables import add_table

        sink.flush()  # python-pptx adds the table itself: what comes before goes first
        add_table(sink.tree_shapes, flowable, item.x, item.y, place)
    else:
        add_drawing(sink, flowable, item.x, item.y, place)
