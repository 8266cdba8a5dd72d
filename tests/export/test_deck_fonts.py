"""The shipped fonts: embedded (every one of them), licensed, and never a crash on a
character they lack."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from okr_workshop.export.fonts import FALLBACK, MISSING, REGULAR, covered, plain, runs
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
    assert {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DejaVuSans.ttf"} <= names
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL-NotoSans.txt").read_text()
    assert "Bitstream Vera" in (FONTS / "LICENSE-DejaVu.txt").read_text()
    total = sum(path.stat().st_size for path in FONTS.glob("*.ttf"))
    assert total < 2_000_000


def test_french_characters_are_in_the_main_font():
    main = covered(REGULAR)
    for char in "«»œŒæÆçÇéèêëàâîïôùûüÿ’…—–€\u00a0\u202f":
        assert ord(char) in main, char


def test_a_character_only_the_fallback_has_uses_the_fallback():
    assert ord("→") not in covered(REGULAR) and ord("→") in covered(FALLBACK)
    assert runs("a → b") == [("a ", False), ("→", True), (" b", False)]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("🚀", MISSING),  # neither font has it
        ("👨\u200d👩\u200d👧", MISSING),  # a family: one picture, one mark
        ("🇫🇷", MISSING),  # a flag: two letters, one mark
        ("👍🏽", MISSING),  # a skin tone joins its hand
        ("❤️", "❤"),  # the fallback has the heart; the variation selector is invisible
        ("中文", MISSING * 2),
    ],
)
def test_characters_no_font_has_become_one_visible_mark(typed, shown):
    assert plain(f"a{typed}b") == f"a{shown}b"


def test_control_characters_are_normalised():
    assert plain("a\x00b\tc\r\nd\x0be\u2028f") == "ab c\nd\ne\nf"


def test_plain_latin_text_is_one_run_untouched():
    text = "Porter le taux de 1,8\u00a0% à 3\u00a0% — « œuvre »"
    assert runs(text) == [(text, False)]
