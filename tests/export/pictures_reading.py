"""Reading the deck's pictures back as reportlab objects: every String and filled shape of
the Drawings on planned pages, and the contrast of a colour against the white slide."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Shape, String
from reportlab.lib.colors import Color


def walk(flowable):
    """Every flowable inside ``flowable`` (Stack, Columns, Table cells), itself included."""
    yield flowable
    for child in (getattr(flowable, "children", None) or getattr(flowable, "cells", None)
                  or []):
        yield from walk(child)
    for row in getattr(flowable, "_cellvalues", None) or []:
        for cell in row:
            for item in cell if isinstance(cell, list | tuple) else [cell]:
                yield from walk(item)


def drawings(pages) -> list[Drawing]:
    return [f for page in pages for top in page.flowables for f in walk(top)
            if isinstance(f, Drawing)]


def shapes(drawing: Drawing):
    for item in drawing.contents:
        yield from _shapes(item)


def _shapes(item: Shape):
    if isinstance(item, Group):
        for child in item.contents:
            yield from _shapes(child)
    else:
        yield item


def strings(drawing: Drawing) -> list[String]:
    return [s for s in shapes(drawing) if isinstance(s, String)]


def luminance(colour: Color) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) \
        + 0.0722 * channel(colour.blue)


def contrast_on_white(colour: Color) -> float:
    return 1.05 / (luminance(colour) + 0.05)
