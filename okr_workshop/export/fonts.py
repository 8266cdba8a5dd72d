"""The fonts shipped in resources/fonts/, registered once with reportlab, and what they cover.

Noto Sans (regular and bold) sets the text. DejaVu Sans is the fallback for the characters
Noto Sans lacks (→, ✓, ★, Hebrew, Arabic). Noto Emoji (monochrome) draws the emoji, their
sequences included (emoji.py: "🧗‍♀️" is one picture and copies back as those characters).
A character no font has (Chinese, say) is *replaced* before layout by a visible □ (drawn with
the fallback font), rather than handed to a font fallback chain we do not control: the
export never crashes and never prints an invisible or blank glyph. Invisible format
characters (joiners, variation selectors, direction marks) outside an emoji are dropped
when the fonts lack them.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from okr_workshop.export import emoji
from okr_workshop.export.bidi import MIRRORED, visual_indices

REGULAR = "OKRSans"
BOLD = "OKRSans-Bold"
FALLBACK = "OKRSymbols"
EMOJI = "OKREmoji"

_FILES = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
}

MISSING = "\u25a1"  # □, drawn with the fallback font
NEWLINE = "\n"

_lock = threading.Lock()
_covered: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the four fonts with reportlab (idempotent, thread-safe)."""
    with _lock:
        if _covered:
            return
        folder = resources.files("okr_workshop.resources").joinpath("fonts")
        for name, filename in _FILES.items():
            # as_file: the font is read whole into memory, so a temporary copy (zip install)
            # may go away afterwards.
            with resources.as_file(folder.joinpath(filename)) as path:
                font = (emoji.EmojiFont if name == EMOJI else TTFont)(name, str(path))
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


def _control(code: int) -> str | None:
    """Line breaks become newlines, tabs spaces, other control characters nothing."""
    if code in (0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029):
        return NEWLINE
    if code == 0x09:
        return " "
    if code < 0x20 or 0x7F <= code < 0xA0:
        return ""
    return None


def font_runs(text: str, main: str = REGULAR) -> list[tuple[str, str]]:
    """``text`` as runs of (characters, the font that draws them): ``main`` (REGULAR or
    BOLD) where it has the characters, else the emoji or the fallback font. Every character
    no font has is replaced by □, each emoji sequence by the one character that draws it
    (:func:`typed` gives the sequence back), control characters are normalised (newlines
    stay ``"\\n"``) and right-to-left phrases are in visual order (bidi.py)."""
    text = text.replace("\r\n", "\n")
    covered_main = covered(REGULAR)
    if all(ord(c) in covered_main and not 0x0590 <= ord(c) <= 0x08FF for c in text):
        return [(text, main)] if text else []  # the usual case: no work
    chars, fonts = _pieces(text)
    order, rtl = visual_indices(chars)
    if any(rtl):
        # A right-to-left run stays in the fallback font (it draws spaces and punctuation
        # too) so it is one piece of text in the PDF; an emoji in it keeps its own font.
        chars = [chars[i].translate(MIRRORED) if r else chars[i]
                 for i, r in zip(order, rtl, strict=True)]
        fonts = [fonts[i] or (FALLBACK if r else None) for i, r in zip(order, rtl, strict=True)]
    out: list[tuple[str, str]] = []
    for char, font in zip(chars, fonts, strict=True):
        _append(out, char, font or main)
    return out


def _pieces(text: str) -> tuple[list[str], list[str | None]]:
    """Each visible character (an emoji sequence as one) and its font (None: the main)."""
    main, fallback, pictures = covered(REGULAR), covered(FALLBACK), covered(EMOJI)
    emoji_font = pdfmetrics.getFont(EMOJI)
    codes = [ord(c) for c in text]
    chars: list[str] = []
    fonts: list[str | None] = []
    index = 0
    while index < len(codes):
        code = codes[index]
        replacement = _control(code)
        end = None if replacement is not None else _emoji_end(codes, index, pictures,
                                                               main, fallback)
        if replacement is not None:
            if replacement:
                chars.append(replacement)
                fonts.append(None)
        elif end is not None:
            chars.append(emoji_font.glyph_char(text[index:end]))
            fonts.append(EMOJI)
            index = end
            continue
        elif code in main or (code in fallback and code not in _IGNORABLE):
            chars.append(text[index])
            fonts.append(None if code in main else FALLBACK)
        elif code in _IGNORABLE:
            pass  # invisible, and no font here draws it
        elif code in pictures:
            chars.append(text[index])  # a symbol only the emoji font has (⏏, 🏽 alone)
            fonts.append(EMOJI)
        else:
            chars.append(MISSING)
            fonts.append(FALLBACK)
        index += 1
    return chars, fonts


def _emoji_end(codes: list[int], start: int, pictures: frozenset[int],
               main: frozenset[int], fallback: frozenset[int]) -> int | None:
    """Where the emoji (or emoji sequence) starting at ``start`` ends, or None when the
    character there is text: set in the text fonts when they have it."""
    code = codes[start]
    after = codes[start + 1:start + 3]
    if code in emoji.KEYCAP_BASES:  # 1️⃣: a digit, maybe a selector, the keycap
        if after[:1] == [emoji.KEYCAP]:
            return start + 2
        if after == [0xFE0F, emoji.KEYCAP]:
            return start + 3
        return None
    if code not in pictures:
        return None
    if code in emoji.REGIONAL:  # a flag is two regional letters
        return start + (2 if after[:1] and after[0] in emoji.REGIONAL else 1)
    if code in main or code in fallback:
        if after[:1] == [0xFE0E] or (after[:1] != [0xFE0F] and not emoji.is_picture(code)):
            return None  # ★, ✓, ❤, ©: text, unless U+FE0F asks for the picture
    end = start + 1
    while end < len(codes):
        following = codes[end]
        if (following in emoji.SELECTORS or following in emoji.SKIN_TONES
                or following == emoji.KEYCAP or following in emoji.TAGS):
            end += 1
        elif following == emoji.ZWJ and end + 1 < len(codes) and codes[end + 1] in pictures:
            end += 2
        else:
            break
    return end


def _append(out: list[tuple[str, str]], chars: str, font: str) -> None:
    if out and out[-1][1] == font:
        out[-1] = (out[-1][0] + chars, font)
    else:
        out.append((chars, font))


def typed(text: str) -> str:
    """Text from :func:`font_runs` with each emoji sequence back as the characters typed
    (for a renderer that writes text, not glyphs: PowerPoint, notes)."""
    register_fonts()
    texts = pdfmetrics.getFont(EMOJI).texts
    if not texts or all(ord(c) < 0x100000 for c in text):
        return text
    return "".join(texts.get(ord(c), c) for c in text)


def plain(text: str) -> str:
    """``text`` with what the fonts lack replaced, as one string (for a canvas string in
    one font: an emoji there is the characters typed)."""
    return typed("".join(chars for chars, _ in font_runs(text)))
