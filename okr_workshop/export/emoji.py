"""Emoji drawn with the shipped monochrome Noto Emoji, sequences included, and read back as
the very characters typed.

An emoji is often several characters: "🧗‍♀️" is climber + zero-width joiner + female sign
+ variation selector, "👍🏽" a thumb and a skin tone, "🇫🇷" two regional letters, "1️⃣" a
digit, a selector and a keycap. A font draws such a *sequence* as one picture through its
ligature table (OpenType GSUB), which reportlab does not apply. So this module reads that
table itself (ligature lookups only: a few dozen lines, no shaping engine) and gives each
sequence found in the text a private code (plane 16, never typed: :mod:`fonts` replaces such
characters before they get here) mapped to the ligature's glyph. The PDF's ToUnicode map
sends that code back to the whole sequence, so copying, searching or reading the PDF aloud
gives "🧗‍♀️", not "□♀".

What the font cannot draw as one picture is drawn as its first emoji, the whole sequence
still in the text layer: a ZWJ sequence the font does not know shows its first person, and
every flag shows the font's one flag picture (monochrome Noto Emoji has no national flags).
"""

from __future__ import annotations

import struct
import threading

from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

ZWJ = 0x200D
KEYCAP = 0x20E3
SELECTORS = frozenset((0xFE0E, 0xFE0F))  # text / emoji presentation
SKIN_TONES = range(0x1F3FB, 0x1F400)
REGIONAL = range(0x1F1E6, 0x1F200)  # the letters of a flag
TAGS = range(0xE0020, 0xE0080)  # the letters of a subdivision flag (🏴 + tags + cancel)
KEYCAP_BASES = frozenset(map(ord, "0123456789#*"))
_BLACK_FLAG, _CANCEL_TAG = 0x1F3F4, 0xE007F
_FIRST_PRIVATE = 0x100000  # Supplementary Private Use Area-B

# Emoji that are pictures by default, below U+1F000 (Unicode's Emoji_Presentation=Yes):
# drawn by the emoji font even where the symbol font has a text-style glyph (⭐, ✅, ⚡).
# Other symbols (★, ✓, ☺, ❤) keep their text style unless U+FE0F asks for the picture.
_PICTURES_BELOW_1F000 = (
    (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
    (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
    (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE),
    (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
    (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD),
    (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C),
    (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
)


def is_picture(code: int) -> bool:
    """An emoji shown as a picture by default (no U+FE0F needed)."""
    return code >= 0x1F000 or any(low <= code <= high for low, high in _PICTURES_BELOW_1F000)


class EmojiFont(TTFont):
    """The emoji font, knowing its sequences (see the module's docstring)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        face = self.face
        data, (gsub, _) = face._ttf_data, face.get_table_pos("GSUB")
        self._ligatures = _ligatures(data, gsub)
        self._advances = _advances(face)
        self._lock = threading.Lock()
        self._codes: dict[str, int] = {}  # sequence → its private code
        self.texts: dict[int, str] = {}  # private code → the sequence, for ToUnicode
        # The font's picture of a flag it does not know (what it draws for 🏴 + cancel tag).
        self._flag = self._ligatures.get(
            (face.charToGlyph[_BLACK_FLAG], face.charToGlyph[_CANCEL_TAG]),
            face.charToGlyph[_BLACK_FLAG])

    def glyph_char(self, sequence: str) -> str:
        """One character this font draws as the picture of ``sequence``."""
        if len(sequence) == 1:
            return sequence
        with self._lock:
            code = self._codes.get(sequence)
            if code is None:
                code = _FIRST_PRIVATE + len(self._codes)
                glyph = self._glyph([ord(c) for c in sequence])
                face = self.face
                face.charToGlyph[code] = glyph
                face.glyphToChar.setdefault(glyph, []).append(code)
                face.charWidths[code] = self._advances(glyph)
                self.texts[code] = sequence
                self._codes[sequence] = code
        return chr(code)

    def _glyph(self, codes: list[int]) -> int:
        """The ligature glyph for the longest start of the sequence the font knows."""
        key = [c for c in codes if c not in SELECTORS and (c not in TAGS or c == _CANCEL_TAG)]
        if key[0] in REGIONAL or (key[0] == _BLACK_FLAG and _CANCEL_TAG in key):
            return self._flag
        glyphs = [self.face.charToGlyph.get(c, 0) for c in key]
        for length in range(len(glyphs), 1, -1):
            glyph = self._ligatures.get(tuple(glyphs[:length]))
            if glyph is not None:
                return glyph
        return glyphs[0]

    def addObjects(self, doc) -> None:  # noqa: N802 (reportlab's name)
        """reportlab's embedding, with a ToUnicode map that sends each code to its whole
        sequence, written in UTF-16 (reportlab's own map writes characters beyond U+FFFF
        as five hex digits, which readers do not decode)."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            base = b"".join((SUBSETN(number), b"+", self.face.name,
                             self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = to_unicode_cmap(base, [self.texts.get(c, chr(c))
                                                        for c in subset])


def to_unicode_cmap(name: str, texts: list[str]) -> str:
    """A ToUnicode CMap: code ``i`` (one byte) → ``texts[i]`` in UTF-16BE."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})",
             "/Supplement 0", ">> def", f"/CMapName /{name} def", "/CMapType 2 def",
             "1 begincodespacerange", f"<00> <{len(texts) - 1:02X}>", "endcodespacerange"]
    entries = [f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>"
               for code, text in enumerate(texts)]
    for start in range(0, len(entries), 100):  # at most 100 entries a block (PDF spec)
        block = entries[start:start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def _u16(data: bytes, at: int) -> int:
    return struct.unpack_from(">H", data, at)[0]


def _ligatures(data: bytes, gsub: int) -> dict[tuple[int, ...], int]:
    """Every ligature substitution of the GSUB table: glyph sequence → ligature glyph
    (lookup type 4, also inside extension lookups, type 7). The first one found wins, as
    a shaper applies the lookups in order."""
    found: dict[tuple[int, ...], int] = {}
    lookups = gsub + _u16(data, gsub + 8)
    for index in range(_u16(data, lookups)):
        lookup = lookups + _u16(data, lookups + 2 + 2 * index)
        kind = _u16(data, lookup)
        for sub in range(_u16(data, lookup + 4)):
            table = lookup + _u16(data, lookup + 6 + 2 * sub)
            table_kind = kind
            if kind == 7:
                table_kind = _u16(data, table + 2)
                table += struct.unpack_from(">I", data, table + 4)[0]
            if table_kind == 4:
                _ligature_table(data, table, found)
    return found


def _ligature_table(data: bytes, at: int, found: dict[tuple[int, ...], int]) -> None:
    for index, first in enumerate(_coverage(data, at + _u16(data, at + 2))):
        ligature_set = at + _u16(data, at + 6 + 2 * index)
        for number in range(_u16(data, ligature_set)):
            ligature = ligature_set + _u16(data, ligature_set + 2 + 2 * number)
            glyph, count = struct.unpack_from(">2H", data, ligature)
            rest = struct.unpack_from(f">{count - 1}H", data, ligature + 4)
            found.setdefault((first, *rest), glyph)


def _coverage(data: bytes, at: int) -> list[int]:
    count = _u16(data, at + 2)
    if _u16(data, at) == 1:
        return list(struct.unpack_from(f">{count}H", data, at + 4))
    glyphs: list[int] = []
    for number in range(count):
        start, end, _ = struct.unpack_from(">3H", data, at + 4 + 6 * number)
        glyphs += range(start, end + 1)
    return glyphs


def _advances(face):
    """glyph → advance width in thousandths of an em (hmtx), for glyphs no character maps
    to (the ligatures)."""
    data = face._ttf_data
    head, _ = face.get_table_pos("head")
    hhea, _ = face.get_table_pos("hhea")
    hmtx, _ = face.get_table_pos("hmtx")
    units = _u16(data, head + 18)
    metrics = _u16(data, hhea + 34)

    def advance(glyph: int) -> float:
        return _u16(data, hmtx + 4 * min(glyph, metrics - 1)) * 1000 / units

    return advance
