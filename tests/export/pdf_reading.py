"""Reading a produced PDF back, as a person's viewer (or a search engine) would."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import IndirectObject


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(pdf: PdfReader) -> list[str]:
    return [page.extract_text() for page in pdf.pages]


def flat(text: str) -> str:
    """Whitespace (line breaks of wrapped paragraphs, NBSP) collapsed to single spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def all_text(pdf: PdfReader) -> str:
    return flat(" ".join(page_texts(pdf)))


@dataclass(frozen=True)
class Bookmark:
    title: str
    level: int
    page: int  # 0-based


def outline(pdf: PdfReader) -> list[Bookmark]:
    found: list[Bookmark] = []

    def walk(entries, level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                found.append(Bookmark(entry.title, level, pdf.get_destination_page_number(entry)))

    walk(pdf.outline, 0)
    return found


def _resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def fonts(pdf: PdfReader) -> dict[str, dict]:
    """Every font any page uses, by base name, with its dictionary."""
    found: dict[str, dict] = {}
    for page in pdf.pages:
        resources = _resolve(page.get("/Resources")) or {}
        for font in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(font)
            found[str(font["/BaseFont"])] = font
    return found


def is_embedded(font: dict) -> bool:
    """A simple or composite font whose program is in the file (FontFile, 2 or 3)."""
    descriptors = []
    if "/FontDescriptor" in font:
        descriptors.append(_resolve(font["/FontDescriptor"]))
    for descendant in _resolve(font.get("/DescendantFonts")) or []:
        descendant = _resolve(descendant)
        if "/FontDescriptor" in descendant:
            descriptors.append(_resolve(descendant["/FontDescriptor"]))
    return bool(descriptors) and all(
        any(key in d for key in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors
    )


def annotations(pdf: PdfReader) -> list:
    return [_resolve(a) for page in pdf.pages for a in (_resolve(page.get("/Annots")) or [])]


def image_objects(pdf: PdfReader) -> list:
    """Every image XObject on any page (none expected: bars and badges are shapes)."""
    images = []
    for page in pdf.pages:
        resources = _resolve(page.get("/Resources")) or {}
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Image":
                images.append(xobject)
    return images


def raw_contains(data: bytes, pattern: bytes) -> bool:
    return re.search(pattern, data) is not None


# The deck's own paragraph markup and escapes (markup.py): none of it may ever be printed.
_OUR_MARKUP = re.compile(
    r"</?(?:font|b|i|u|br|bullet|para|super|sub|strike)\b[^>]*>|&(?:amp|lt|gt|quot|#\d+);")


def markup_shown(text: str, typed: tuple[str, ...] = ()) -> list[str]:
    """Pieces of reportlab markup or XML escapes printed as text, once the user texts
    ``typed`` (which may look like markup and must be printed literally) are taken out."""
    text = flat(text)
    for literal in typed:
        # A narrow cell may wrap the typed text inside a "word" (`"red` | `">rouge`), and the
        # reader then puts a space there: a space may appear between any two characters.
        chars = [re.escape(c) for c in flat(literal) if not c.isspace()]
        text = re.sub(r"\s*".join(chars), " ", text)
    return _OUR_MARKUP.findall(text)
