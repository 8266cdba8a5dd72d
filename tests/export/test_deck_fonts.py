"""The shipped fonts: embedded (every one of them), licensed, and never a crash on a
character they lack."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from okr_workshop.export.fonts import (
    BOLD,
    EMOJI,
    FALLBACK,
    MISSING,
    REGULAR,
    covered,
    font_runs,
    plain,
)
from tests.export.pdf_reading import fonts, is_embedded, reader

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def test_every_font_in_the_deck_is_embedded(deck_fr):
    found = fonts(reader(deck_fr))
    assert found, "no font found: the reader is broken"
    assert {name.split("+")[-1] for name in found} >= {"NotoSans-Regular", "NotoSans-Bold"}
    assert [name for name, font in found.items() if not is_embedded(font)] == []


def test_the_embedding_check_sees_a_font_that_is_not_embedded():
    assert not is_embedded({"/BaseFont": "/Helvetica", "/Subtype": "/Type1"})


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_says_every_font_is_embedded(deck_en, tmp_path):
    path = tmp_path / "deck.pdf"
    path.write_bytes(deck_en)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert lines
    for line in lines:
        # name, type (two words for "TrueType (CID)"), encoding, emb, sub, uni, object, id
        columns = line.split()
        assert columns[-5] == "yes", line  # "emb"


def test_the_fonts_and_their_licences_are_shipped():
    names = {path.name for path in FONTS.iterdir()}
    assert {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DejaVuSans.ttf",
            "NotoEmoji-Regular.ttf"} <= names
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL-NotoSans.txt").read_text()
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL-NotoEmoji.txt").read_text()
    assert "Bitstream Vera" in (FONTS / "LICENSE-DejaVu.txt").read_text()
    # The installed application carries them all: a budget of 3 MB (the emoji font is
    # 887 kB); a deck embeds only the glyphs it uses.
    assert (FONTS / "NotoEmoji-Regular.ttf").stat().st_size < 1_000_000
    total = sum(path.stat().st_size for path in FONTS.glob("*.ttf"))
    assert total < 3_000_000


def test_french_characters_are_in_the_main_font():
    main = covered(REGULAR)
    for char in "«»œŒæÆçÇéèêëàâîïôùûüÿ’…—–€\u00a0\u202f":
        assert ord(char) in main, char


def test_a_character_only_the_fallback_has_uses_the_fallback():
    assert ord("→") not in covered(REGULAR) and ord("→") in covered(FALLBACK)
    assert font_runs("a → b") == [("a ", REGULAR), ("→", FALLBACK), (" b", REGULAR)]
    assert font_runs("a → b", BOLD) == [("a ", BOLD), ("→", FALLBACK), (" b", BOLD)]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("中文", MISSING * 2),  # no font here has Chinese: one mark each
        ("\U000f0000", MISSING),  # a private character: nothing to draw it with
    ],
)
def test_characters_no_font_has_become_one_visible_mark(typed, shown):
    assert plain(f"a{typed}b") == f"a{shown}b"


@pytest.mark.parametrize(
    ("typed", "font"),
    [
        ("🚀", EMOJI),
        ("✅", EMOJI),  # a picture by default, though below U+1F000
        ("★", FALLBACK),  # a text symbol keeps the text style
        ("❤", FALLBACK),
        ("❤\ufe0f", EMOJI),  # ... unless U+FE0F asks for the picture
        ("©", REGULAR),
        ("1", REGULAR),
        ("1\ufe0f\u20e3", EMOJI),
    ],
)
def test_each_symbol_goes_to_the_font_that_draws_it_in_its_style(typed, font):
    [(chars, found)] = font_runs(typed)
    assert found == font
    if font != REGULAR:
        assert font_runs(f"a {typed} b") == [("a ", REGULAR), (chars, font), (" b", REGULAR)]


def test_control_characters_are_normalised():
    assert plain("a\x00b\tc\r\nd\x0be\u2028f") == "ab c\nd\ne\nf"


def test_plain_latin_text_is_one_run_untouched():
    text = "Porter le taux de 1,8\u00a0% à 3\u00a0% — « œuvre »"
    assert font_runs(text) == [(text, REGULAR)]
