"""A reportlab paragraph as a native PowerPoint text box: plain text in runs (font, size,
bold, colour), never markup; its bullet, indent, alignment and line spacing kept.

Paragraphs on a slide may already be wrapped or split across pages (pagination cut a
long one), so the runs are read from the paragraph's fragments in whichever form reportlab
left them: parsed fragments, or the per-word lists a wrap makes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.util import Emu
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _HSFrag, _InjectedFrag

from okr_workshop.export.bidi import visual_order
from okr_workshop.export.fonts import BOLD, EMOJI, FALLBACK, REGULAR, typed
from okr_workshop.export.pptx import xml
from okr_workshop.export.pptx.place import Place, hex_of

# The fonts the PDF embeds, by their family name (PowerPoint names fonts by family).
FAMILIES = {REGULAR: "Noto Sans", BOLD: "Noto Sans", FALLBACK: "DejaVu Sans",
            EMOJI: "Noto Emoji"}
_BREAK = 3  # reportlab's _FK_BREAK: a <br/>
_ALIGN = {0: "l", 1: "ctr", 2: "r", 4: "just"}
_SPACES = re.compile(r"[ \t\r\n]+")


@dataclass
class Run:
    text: str  # "\n" alone: a line break
    font: str
    size: float
    bold: bool
    colour: str | None


def _style_of(frag) -> tuple[str, float, bool, str | None]:
    font = getattr(frag, "fontName", REGULAR)
    bold = font == BOLD or bool(getattr(frag, "bold", 0)) and font != FALLBACK
    return font, float(getattr(frag, "fontSize", 12.0)), bold, hex_of(
        getattr(frag, "textColor", None))


def _add(runs: list[Run], text: str, frag) -> None:
    text = typed(text)  # an emoji sequence is one glyph code in the PDF: its characters here
    font, size, bold, colour = _style_of(frag)
    last = runs[-1] if runs else None
    if last and last.text != "\n" and text != "\n" and (last.font, last.size, last.bold,
                                                           last.colour) == (font, size, bold,
                                                                            colour):
        last.text += text
    else:
        runs.append(Run(text, font, size, bold, colour))


def paragraph_runs(paragraph: Paragraph) -> list[Run]:
    """The paragraph's text as styled runs; whitespace collapsed as reportlab does, the
    right-to-left phrases back in reading order (the PDF holds them reversed)."""
    frags = paragraph.frags
    runs: list[Run] = []
    if frags and isinstance(frags[0], list):  # the per-word lists of a wrapped paragraph
        for word in frags:
            if isinstance(word, _InjectedFrag):
                continue
            for frag, text in word[1:]:
                _add(runs, "\n" if getattr(frag, "_fkind", 0) == _BREAK else text, frag)
            if isinstance(word, _HSFrag) and len(word) > 1:
                _add(runs, " ", word[-1][0])
    else:
        for frag in frags:
            if getattr(frag, "lineBreak", False):
                _add(runs, "\n", frag)
            elif hasattr(frag, "words"):  # a line of a simple paragraph split over pages
                _add(runs, " ".join(frag.words) + " ", frag)
            else:
                _add(runs, frag.text, frag)
    return _tidy(runs)


def _tidy(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for run in runs:
        if run.text != "\n":
            run.text = _reading_order(_SPACES.sub(" ", run.text))
            if out and out[-1].text.endswith((" ", "\n")) or not out:
                run.text = run.text.lstrip(" ")
        elif out:
            out[-1].text = out[-1].text.rstrip(" ")
        if run.text:
            out.append(run)
    if out and out[-1].text != "\n":
        out[-1].text = out[-1].text.rstrip(" ")
    return [run for run in out if run.text]


# The right-to-left scripts of bidi.is_rtl, as one search (a deck has 80,000 characters).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff"
                  "\U0001e800-\U0001efff]")


def _reading_order(text: str) -> str:
    if not _RTL.search(text):
        return text
    return "".join(visual_order(list(text))[0])  # reversing the visual order reads it


def plain_text(paragraph: Paragraph) -> str:
    return "".join(run.text for run in paragraph_runs(paragraph))


def _bullet(paragraph: Paragraph) -> Run | None:
    bullet = paragraph.bulletText
    if not bullet:
        return None
    if isinstance(bullet, str):
        style = paragraph.style
        return Run(bullet, style.bulletFontName, style.bulletFontSize, False,
                   hex_of(style.bulletColor))
    text = "".join(frag.text for frag in bullet).strip()
    if not text:
        return None
    font, size, _, colour = _style_of(bullet[0])
    return Run(text, font, size, False, colour)


def fill_frame(frame, paragraph: Paragraph, place: Place) -> None:
    """Write ``paragraph`` into a (placeholder's) text frame: runs, bullet, spacing."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = Emu(0)
    xml.paragraphs_into(frame._txBody, paragraph_xml(paragraph, place))


def text_box(sink: xml.Sink, paragraph: Paragraph, box: tuple[int, int, int, int],
             place: Place, keep_colour: bool = True) -> None:
    sink.add(xml.text_box(sink.new_id(), box, paragraph_xml(paragraph, place, keep_colour)))


def run_xml(run: Run, place: Place, keep_colour: bool = True) -> str:
    properties = xml.run_properties(place.size(run.size), run.bold,
                                    run.colour if keep_colour else None,
                                    FAMILIES.get(run.font, run.font))
    if run.text == "\n":
        return xml.line_break(properties)
    return xml.run(run.text, properties)


def paragraph_xml(paragraph: Paragraph, place: Place, keep_colour: bool = True) -> str:
    """``paragraph`` as one PowerPoint paragraph (<a:p>)."""
    style = paragraph.style
    bullet = _bullet(paragraph)
    runs = paragraph_runs(paragraph)
    left, first = style.leftIndent, style.firstLineIndent
    if bullet is not None:
        first = style.bulletIndent - left
    if bullet is not None and len(bullet.text) > 1:
        # "2." is no bullet character: the number opens the line, a tab reaches the indent.
        runs.insert(0, Run(bullet.text + "\t", bullet.font, bullet.size, False,
                           bullet.colour))
        bullet = None
    indents = (f' marL="{place.length(left)}"' if left else "") + (
        f' indent="{place.length(first)}"' if first else "")
    spacing = f'<a:lnSpc><a:spcPts val="{round(place.size(style.leading) * 100)}"/></a:lnSpc>'
    if bullet is None:
        marks = "<a:buNone/>"
    else:
        colour = (f'<a:buClr><a:srgbClr val="{bullet.colour}"/></a:buClr>'
                  if bullet.colour else "")
        marks = (f'{colour}<a:buSzPts val="{round(place.size(bullet.size) * 100)}"/>'
                 f"<a:buFont typeface={xml.attr(FAMILIES.get(bullet.font, bullet.font))}/>"
                 f"<a:buChar char={xml.attr(bullet.text)}/>")
    align = _ALIGN.get(style.alignment, "l")
    content = "".join(run_xml(run, place, keep_colour) for run in runs)
    return f'<a:p><a:pPr algn="{align}"{indents}>{spacing}{marks}</a:pPr>{content}</a:p>'
