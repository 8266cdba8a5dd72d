"""Emoji in the deck, the posters and the charts: drawn with the shipped monochrome emoji
font (never □), and read back as the very characters typed, sequences included
("🧗‍♀️" never "□♀"), by poppler (pdftotext) and by pypdf."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from reportlab.graphics import renderPDF

from okr_workshop.domain.model import CheckIn, Language
from okr_workshop.export import build_deck, build_poster
from okr_workshop.export.charts import kr_drawing
from okr_workshop.export.fonts import EMOJI, MISSING, REGULAR, covered, font_runs, plain, typed
from tests.export.builders import key_result, team, workshop
from tests.export.pdf_reading import fonts, is_embedded, reader

# A woman climbing (ZWJ + gender + VS16), a rocket, a check mark (a BMP emoji), a thumb
# with a skin tone, a flag (two regional letters), a keycap, a family (two ZWJ).
TYPED = ("🧗\u200d♀\ufe0f", "🚀", "✅", "👍🏽", "🇫🇷", "1\ufe0f\u20e3",
         "👨\u200d👩\u200d👧", "❤\ufe0f")
LINE = "Grimpe " + " ".join(TYPED) + " fin"

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def emoji_workshop():
    krs = [key_result(f"Atteindre le sommet {LINE}", owner=f"Léa {TYPED[0]}",
                      check_ins=(CheckIn(on=date(2027, 1, 15), value=15.0, confidence=7,
                                         comment=f"Bien parti {LINE}"),))]
    return workshop([team(f"Escalade {TYPED[0]}", [(f"Objectif {LINE}", krs)])],
                    title=f"Atelier {LINE}", vision=f"Vision {LINE}")


@pytest.fixture(scope="module")
def deck(emoji_workshop) -> bytes:
    return build_deck(emoji_workshop, Language.FRENCH)


def _pdftotext(data: bytes, tmp_path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


@needs_poppler
def test_pdftotext_gives_back_every_emoji_typed_and_no_box(deck, tmp_path):
    text = _pdftotext(deck, tmp_path)
    assert MISSING not in text
    assert LINE in text.replace("\n", " ")


def test_pypdf_reads_the_same_characters(deck):
    text = " ".join(page.extract_text() for page in reader(deck).pages)
    assert MISSING not in text
    assert LINE in " ".join(text.split())


def test_the_emoji_font_is_embedded_as_a_subset(deck):
    found = fonts(reader(deck))
    emoji = [name for name in found if name.split("+")[-1] == "NotoEmoji-Regular"]
    assert emoji, sorted(found)
    # "ABCDEF+Name": a subset, never the whole 880 kB font
    assert all(len(name.lstrip("/").split("+")[0]) == 6 for name in emoji)
    assert all(is_embedded(found[name]) for name in emoji)
    assert len(deck) < 400_000


@needs_poppler
def test_the_poster_gives_back_every_emoji(emoji_workshop, tmp_path):
    data = build_poster(emoji_workshop, emoji_workshop.teams[0], Language.ENGLISH)
    text = _pdftotext(data, tmp_path)
    assert MISSING not in text
    assert LINE in text.replace("\n", " ")


@needs_poppler
def test_a_chart_label_draws_emoji_in_the_emoji_font(emoji_workshop, tmp_path):
    kr = key_result("Sommets", unit=TYPED[0],
                    check_ins=(CheckIn(on=date(2027, 1, 15), value=15.0, confidence=7),))
    drawing = kr_drawing(emoji_workshop, kr, Language.FRENCH, 500, 300)
    path = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(path))
    text = _pdftotext(path.read_bytes(), tmp_path)
    assert MISSING not in text
    assert TYPED[0] in text


@pytest.mark.parametrize("typed_text", TYPED)
def test_each_sequence_is_one_piece_of_the_emoji_font(typed_text):
    pieces = font_runs(f"a{typed_text}b")
    assert [font for _, font in pieces] == [REGULAR, EMOJI, REGULAR]
    assert len(pieces[1][0]) == 1  # one glyph: the sequence's own picture
    assert typed(pieces[1][0]) == typed_text  # and the characters typed behind it
    assert plain(f"a{typed_text}b") == f"a{typed_text}b"


def test_the_emoji_font_covers_the_emoji_and_is_small():
    assert {0x1F680, 0x2705, 0x1F9D7, 0x1F1EB} <= covered(EMOJI)


def test_the_same_workshop_gives_the_same_bytes_whatever_was_exported_before(emoji_workshop):
    # Sequences get their private codes in the order a process meets them; the PDF holds
    # glyphs and their text, never those codes, so a deck is the same file every time.
    first = build_deck(emoji_workshop, Language.FRENCH)
    other = workshop([team("Autre 👩\u200d🚀 🏳\ufe0f\u200d🌈", [("Titre 🫶🏾", [])])])
    build_deck(other, Language.FRENCH)
    assert build_deck(emoji_workshop, Language.FRENCH) == first


def test_the_powerpoint_holds_the_characters_typed_in_the_emoji_font(emoji_workshop):
    from okr_workshop.export.deck import plan_deck
    from okr_workshop.export.pptx import build_pptx
    from tests.export.pptx_reading import open_pptx, slide_text

    prs = open_pptx(build_pptx(plan_deck(emoji_workshop, Language.FRENCH)))
    text = " ".join(slide_text(slide) for slide in prs.slides)
    assert LINE in " ".join(text.split())  # never a private code, never □
    assert MISSING not in text and not any(ord(c) >= 0xF0000 for c in text)
    faces = set()
    for slide in prs.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                faces |= {run.font.name for p in shape.text_frame.paragraphs
                          for run in p.runs if any(c in run.text for c in "🚀✅")}
    assert faces == {"Noto Emoji"}
