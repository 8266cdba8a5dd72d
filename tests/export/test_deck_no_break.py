"""A French number is never split over two lines of the deck: "10 100" keeps its narrow
no-break space together (reportlab breaks at any whitespace but U+00A0, and read the French
thousands separator U+202F as a plain space: the Click & Collect slide said « Dernier point :
10 » and « 100 utilisateurs » on two lines)."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle

from okr_workshop.export.markup import para
from tests.export.pdf_reading import page_texts, reader

NARROW = ParagraphStyle("narrow", fontName="Helvetica", fontSize=12, leading=14)


def _lines(paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1000)
    return [" ".join(str(word) for word in line[1]) if isinstance(line, tuple)
            else " ".join(line.words) for line in paragraph.blPara.lines]


def test_a_number_grouped_with_narrow_no_break_spaces_stays_on_one_line():
    for space in ("\u202f", "\u00a0", "\u2007"):
        lines = _lines(para(f"Dernier point : 10{space}100{space}000 utilisateurs", NARROW), 80)
        assert any("10\u00a0100\u00a0000" in line for line in lines), (repr(space), lines)


def test_no_number_of_the_french_sample_is_split_across_lines(deck_fr):
    split = []
    for number, text in enumerate(page_texts(reader(deck_fr)), start=1):
        if "Où en sont les résultats clés" in text:
            continue  # a chart's axis: "80" above "100" are two ticks, not one number
        lines = text.splitlines()
        for line, following in zip(lines, lines[1:], strict=False):
            # ("confiance 6/10" ends a line of its own: a score, not a number cut in two.)
            if re.search(r"(?<![\d,./])\d{1,3}$", line.rstrip()) \
                    and re.match(r"\d{3}\b", following):
                split.append((number, line, following))
    assert split == []
