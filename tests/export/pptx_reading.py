"""Reading a produced .pptx back with python-pptx, as PowerPoint would show it."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.util import Emu


def open_pptx(data: bytes):
    return Presentation(io.BytesIO(data))


def shape_texts(shape) -> list[str]:
    texts = []
    if shape.has_text_frame:
        texts.append(shape.text_frame.text)
    if getattr(shape, "has_table", False) and shape.has_table:
        texts += [cell.text for row in shape.table.rows for cell in row.cells]
    if shape.shape_type is not None and shape.shape_type == 6:  # a group
        for inner in shape.shapes:
            texts += shape_texts(inner)
    return texts


def slide_text(slide) -> str:
    return " ".join(t for shape in slide.shapes for t in shape_texts(shape))


def squeezed(text: str) -> str:
    """No whitespace at all: a line broken in the PDF is one line in PowerPoint."""
    return "".join(text.split())


def notes(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def inside(shape, width: Emu, height: Emu, slack: int = 12700) -> bool:
    return (shape.left >= -slack and shape.top >= -slack
            and shape.left + shape.width <= width + slack
            and shape.top + shape.height <= height + slack)
