"""The size and place of every piece of text in a PDF, read back with pypdf."""

from __future__ import annotations

import math
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass(frozen=True)
class Run:
    page: int  # 0-based
    text: str
    size: float  # points, as printed (font size × text and graphics scaling)
    x: float
    y: float  # baseline, from the page's bottom edge


def _multiply(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return [a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u]


def text_runs(pdf: PdfReader) -> list[Run]:
    """Every non-blank run of glyphs pypdf sees, with its printed size and position."""
    runs: list[Run] = []
    for number, page in enumerate(pdf.pages):
        def visit(text, cm, tm, font, size, number=number):
            if not text.strip():
                return
            matrix = _multiply(list(tm), list(cm))
            printed = size * math.hypot(matrix[2], matrix[3])
            runs.append(Run(number, text, round(printed, 2), matrix[4], matrix[5]))

        page.extract_text(visitor_text=visit)
    return runs
