"""The fonts shipped in resources/fonts/, registered once with reportlab, and what they cover.

Noto Sans (regular and bold) sets the text. DejaVu Sans is the fallback for the characters
Noto Sans lacks (→, ✓, ★, Hebrew, Arabic, a few emoji). A character neither font has is
*replaced* before layout by a visible □ (drawn with the fallback font), rather than handed
to a font fallback chain we do not control: the export never crashes and never prints
an invisible or blank glyph. Invisible format characters (joiners, variation selectors,
direction marks) are dropped when the fonts lack them, so one emoji sequence gives one □.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from okr_workshop.export.bidi import visual_order

REGULAR = "OKRSans"
BOLD = "OKRSans-Bold"
FALLBACK = "OKRSymbols"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
}

MISSING = "\u25a1"  # □, drawn with the fallback font
NEWLINE = "\n"

_lock = threading.Lock()
_covered: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the three fonts with reportlab (idempotent, thread-safe)."""
    with _lock:
        if _covered:
            return
        folder = resources.files("okr_workshop.resources").joinpath("fonts")
        for name, filename in _FILES.items():
            # as_file: the font is read whole into memory, so a temporary copy (zip install)
            # may go away afterwards.
            with resources.as_file(folder.joinpath(filename)) as path:
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _covered[name] = frozenset(font.face.charToGlyph)
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
        )


def covered(font: str) -> frozenset[int]:
    register_fonts()
    return _covered[font]


# Invisible characters: kept when the font has them, dropped otherwise (never a □).
_IGNORABLE = frozenset(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x180B, 0x1810))
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + list(range(0xFE00, 0xFE10))
    + list(range(0xE0000, 0xE1000))
)
_ZWJ = 0x200D
# Characters that join the previous emoji into one picture: skin tones, the ZWJ sequence's
# next member, the second letter of a flag.
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_FLAG_LETTERS = range(0x1F1E6, 0x1F200)


def _control(code: int) -> str | None:
    """Line breaks become newlines, tabs spaces, other control characters nothing."""
    if code in (0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029):
        return NEWLINE
    if code == 0x09:
        return " "
    if code < 0x20 or 0x7F <= code < 0xA0:
        return ""
    return None


def runs(text: str) -> list[tuple[str, bool]]:
    """``text`` as runs of (characters, drawn with the fallback font), with every character
    the fonts lack replaced by □, control characters normalised (newlines stay ``"\\n"``)
    and right-to-left phrases in visual order (bidi.py)."""
    text = text.replace("\r\n", "\n")
    main = covered(REGULAR)
    if all(ord(c) in main and not 0x0590 <= ord(c) <= 0x08FF for c in text):
        return [(text, False)] if text else []  # the usual case: no work
    chars, fonts = _covered_chars(text)
    chars, rtl = visual_order(chars)
    if any(rtl):
        # Back to each character's font; a right-to-left run stays in the fallback font
        # (it draws spaces and punctuation too) so it is one piece of text in the PDF.
        fonts = [r or ord(c) not in main for c, r in zip(chars, rtl, strict=True)]
    out: list[tuple[str, bool]] = []
    for char, fallback in zip(chars, fonts, strict=True):
        _append(out, char, fallback)
    return out


def _covered_chars(text: str) -> tuple[list[str], list[bool]]:
    """Each visible character and whether it needs the fallback font."""
    main, fallback = covered(REGULAR), covered(FALLBACK)
    chars: list[str] = []
    fonts: list[bool] = []
    previous_missing = False  # the last visible character was an emoji turned into □
    glue = False  # a ZWJ, or a flag's first letter, glues the next emoji to that □
    for char in text:
        code = ord(char)
        replacement = _control(code)
        if replacement is not None:
            if replacement:
                chars.append(replacement)
                fonts.append(False)
            previous_missing = glue = False
        elif code == _ZWJ and previous_missing:
            glue = True  # dropped: it glues two emoji into one □
        elif code in main or (code in fallback and code not in _IGNORABLE):
            chars.append(char)
            fonts.append(code not in main)
            previous_missing = glue = False
        elif code in _IGNORABLE:
            pass  # invisible, and no font here draws it
        elif previous_missing and (glue or code in _SKIN_TONES):
            glue = False  # part of the same picture: already one □
        else:
            chars.append(MISSING)
            fonts.append(True)
            previous_missing = True
            glue = code in _FLAG_LETTERS
    return chars, fonts


def _append(out: list[tuple[str, bool]], chars: str, fallback: bool) -> None:
    if out and out[-1][1] == fallback:
        out[-1] = (out[-1][0] + chars, fallback)
    else:
        out.append((chars, fallback))


def plain(text: str) -> str:
    """``text`` with what the fonts lack replaced, as one string (for canvas strings)."""
    return "".join(chars for chars, _ in runs(text))
