"""The few flowables the slides are made of, beyond reportlab's Paragraph.

``Stack`` (one above the other) and ``Columns`` (side by side) compose paragraphs into
cards and rows, and both can *split*: a row too tall for what is left of a slide gives a
first part that fits and a rest, so the paginator (layout.py) can continue any content on a
next slide instead of cutting it. Decorations (badges, rules, bars) have a fixed size.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from okr_workshop.export import theme
from okr_workshop.export.fonts import BOLD, plain

FUZZ = 1e-6
_BIG = 1e6  # "as tall as needed": a Paragraph's height does not depend on it


def split_flowable(flowable: Flowable, width: float, height: float) -> list[Flowable] | None:
    """``flowable`` split into a first part that fits ``height`` and the rest, or None."""
    if height <= FUZZ:
        return None
    # A Paragraph splits along the lines of its *last* wrap: wrap at this width first.
    flowable.wrap(width, height)
    parts = flowable.split(width, height)
    if len(parts) < 2:
        return None
    _, first = parts[0].wrap(width, height)
    return parts if first <= height + FUZZ else None


def simplest_parts(flowable: Flowable) -> list[Flowable] | None:
    """What a composite flowable is made of, for when it cannot be split in place."""
    parts = getattr(flowable, "parts", None)
    return parts() if parts else None


class Stack(Flowable):
    """Children one above the other; each child's spaceBefore counts, except the first's."""

    def __init__(self, children: list[Flowable], space_before: float = 0.0) -> None:
        super().__init__()
        self.children = [c for c in children if c is not None]
        self.spaceBefore = space_before
        self._sizes: list[tuple[float, float]] = []

    def _gap(self, index: int) -> float:
        return self.children[index].getSpaceBefore() if index else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # Pagination measures the same content many times (balancing tries several page
        # budgets): the children never change, so a wrap at the same width is remembered.
        if getattr(self, "_wrapped_at", None) == availWidth:
            return self.width, self.height
        self._sizes = []
        total = 0.0
        for index, child in enumerate(self.children):
            _, height = child.wrap(availWidth, _BIG)
            total += self._gap(index) + height
            self._sizes.append((self._gap(index), height))
        self.width, self.height = availWidth, total
        self._wrapped_at = availWidth
        return availWidth, total

    def draw(self) -> None:
        y = self.height
        for child, (gap, height) in zip(self.children, self._sizes, strict=True):
            y -= gap + height
            # Wrapped again: a failed split trial may have dropped a paragraph's lines
            # (reportlab deletes them), and a remembered wrap would not have rebuilt them.
            child.wrap(self.width, _BIG)
            child.drawOn(self.canv, 0, y)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        used = 0.0
        for index, child in enumerate(self.children):
            gap, height = self._sizes[index]
            if used + gap + height <= availHeight + FUZZ:
                used += gap + height
                continue
            parts = split_flowable(child, availWidth, availHeight - used - gap)
            head = self.children[:index] + (parts[:1] if parts else [])
            tail = (parts[1:] if parts else [child]) + self.children[index + 1:]
            if not head:
                return []
            return [Stack(head, self.spaceBefore), Stack(tail)]
        return [self]

    def parts(self) -> list[Flowable]:
        return list(self.children)


class Columns(Flowable):
    """Cells side by side, top-aligned. ``widths``: points, or None for one cell taking
    what the others leave."""

    def __init__(self, cells: list[Flowable], widths: list[float | None], gap: float = 0.0,
                 space_before: float = 0.0) -> None:
        super().__init__()
        if len(cells) != len(widths):
            raise ValueError("one width per cell")
        self.cells, self.widths, self.gap = cells, widths, gap
        self.spaceBefore = space_before
        self._heights: list[float] = []

    def _column_widths(self, available: float) -> list[float]:
        fixed = sum(w for w in self.widths if w is not None) + self.gap * (len(self.cells) - 1)
        flexible = sum(1 for w in self.widths if w is None)
        share = max(available - fixed, 0.0) / flexible if flexible else 0.0
        return [share if w is None else w for w in self.widths]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if getattr(self, "_wrapped_at", None) == availWidth:  # as Stack.wrap
            return self.width, self.height
        widths = self._column_widths(availWidth)
        self._heights = [cell.wrap(w, _BIG)[1] for cell, w in zip(self.cells, widths,
                                                                   strict=True)]
        self.width = availWidth
        self.height = max((h for cell, h in zip(self.cells, self._heights, strict=True)
                           if not getattr(cell, "stretch", False)), default=0.0)
        self._widths = widths
        self._wrapped_at = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        x = 0.0
        for cell, width, height in zip(self.cells, self._widths, self._heights, strict=True):
            if getattr(cell, "stretch", False):
                cell.height = self.height
                height = self.height
            else:
                cell.wrap(width, _BIG)  # as in Stack.draw
            cell.drawOn(self.canv, x, self.height - height)
            x += width + self.gap

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        heads: list[Flowable] = []
        tails: list[Flowable] = []
        for cell, width, height in zip(self.cells, self._widths, self._heights, strict=True):
            if getattr(cell, "stretch", False) or height <= availHeight + FUZZ:
                heads.append(cell)
                tails.append(cell.again() if getattr(cell, "stretch", False) else Empty())
                continue
            parts = split_flowable(cell, width, availHeight)
            if not parts:
                return []
            heads.append(parts[0])
            tails.append(parts[1] if len(parts) == 2 else Stack(parts[1:]))
        if all(isinstance(t, Empty) or getattr(t, "stretch", False) for t in tails):
            return [self]
        return [Columns(heads, self.widths, self.gap, self.spaceBefore),
                Columns(tails, self.widths, self.gap)]

    def parts(self) -> list[Flowable]:
        """The cells' content one after the other, decorations left out."""
        return [cell for cell in self.cells if not getattr(cell, "decoration", False)]


class Empty(Flowable):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0.0, 0.0

    def draw(self) -> None:
        pass


class Rule(Flowable):
    """A vertical accent rule as tall as its row (in Columns)."""

    stretch = True
    decoration = True

    def __init__(self, width: float = 4.0, colour=theme.ACCENT) -> None:
        super().__init__()
        self.rule_width, self.colour = width, colour
        self.height = 0.0

    def again(self) -> Rule:
        return Rule(self.rule_width, self.colour)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.rule_width, 0.0

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        self.canv.rect(0, 0, self.rule_width, self.height, stroke=0, fill=1)


class Badge(Flowable):
    """A small rounded square with a number: "1", "2", … (never user text)."""

    decoration = True

    def __init__(self, text: str, size: float = 26.0, colour=theme.ACCENT,
                 top: float = 0.0) -> None:
        super().__init__()
        self.text, self.size, self.colour, self.top = text, size, colour, top

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size + self.top

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        canvas.roundRect(0, 0, self.size, self.size, self.size * 0.22, stroke=0, fill=1)
        canvas.setFillColor(theme.WHITE)
        canvas.setFont(BOLD, self.font_size)
        canvas.drawCentredString(self.size / 2, (self.size - self.font_size * 0.7) / 2,
                                 self.text)

    @property
    def font_size(self) -> float:
        """The digit's size: at least the floor on a slide's badge, within the square on a
        small (scaled poster) one."""
        return min(max(self.size * 0.55, theme.TEXT_FLOOR), self.size * 0.75)


class ProgressBar(Flowable):
    """A bar filled to ``fraction`` (0–1) with its percentage at the right.

    The empty part is a light track with a grey edge (``track_colour``, ``edge_colour``):
    3:1 on white, so the bar's whole length shows on a projector and in black and white."""

    decoration = True
    track_colour = theme.BAR_EMPTY
    edge_colour = theme.BAR_EDGE
    edge_width = 1.0
    thickness = 12.0

    def __init__(self, fraction: float, label: str, width: float, height: float = 24.0,
                 colour=theme.ACCENT, font_size: float = theme.TEXT_FLOOR) -> None:
        super().__init__()
        self.fraction = min(1.0, max(0.0, fraction))
        self.label, self.bar_width, self.bar_height = plain(label), width, height
        self.colour, self.font_size = colour, font_size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.bar_width, self.bar_height

    def draw(self) -> None:
        canvas = self.canv
        label_width = stringWidth("100 %", BOLD, self.font_size) + 8
        track = max(self.bar_width - label_width, 10.0)
        thickness = self.thickness
        y = (self.bar_height - thickness) / 2
        canvas.setFillColor(self.track_colour)
        canvas.setStrokeColor(self.edge_colour)
        canvas.setLineWidth(self.edge_width)
        canvas.roundRect(0, y, track, thickness, thickness / 2, stroke=1, fill=1)
        if self.fraction > 0:
            canvas.setFillColor(self.colour)
            filled = max(track * self.fraction, thickness)
            canvas.roundRect(0, y, filled, thickness, thickness / 2, stroke=0, fill=1)
        canvas.setFillColor(theme.TEXT)
        canvas.setFont(BOLD, self.font_size)
        canvas.drawRightString(self.bar_width, y + thickness / 2 - self.font_size * 0.35,
                               self.label)


class Chip(Flowable):
    """A coloured label ("En place", "Chaque semaine"): a fixed word, at most one line."""

    decoration = True

    def __init__(self, text: str, colour, width: float, font_size: float = theme.TEXT_FLOOR,
                 top: float = 0.0) -> None:
        super().__init__()
        self.text, self.colour, self.chip_width = plain(text), colour, width
        self.font_size, self.top = font_size, top
        self.chip_height = font_size * 1.9

    @staticmethod
    def width_for(texts: list[str], font_size: float = theme.TEXT_FLOOR) -> float:
        return max(stringWidth(plain(t), BOLD, font_size) for t in texts) + font_size * 1.6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.chip_width, self.chip_height + self.top

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.colour)
        canvas.roundRect(0, 0, self.chip_width, self.chip_height, self.chip_height / 2,
                         stroke=0, fill=1)
        canvas.setFillColor(theme.WHITE)
        canvas.setFont(BOLD, self.font_size)
        canvas.drawCentredString(self.chip_width / 2, self.chip_height / 2 - self.font_size
                                 * 0.36, self.text)


class Tile(Flowable):
    """A key figure on a light card: a big number and its label under it."""

    def __init__(self, value: str, label: Flowable, height: float = 112.0) -> None:
        super().__init__()
        self.value, self.label, self.tile_height = plain(value), label, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        _, label_height = self.label.wrap(availWidth - 40, _BIG)
        self.height = max(self.tile_height, 70 + label_height)
        return availWidth, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(theme.SURFACE)
        canvas.roundRect(0, 0, self.width, self.height, 10, stroke=0, fill=1)
        canvas.setFont(BOLD, 40)
        canvas.setFillColor(theme.ACCENT)
        canvas.drawString(20, self.height - 58, self.value)
        _, label_height = self.label.wrap(self.width - 40, _BIG)
        self.label.drawOn(canvas, 20, self.height - 70 - label_height)


class Dot(Flowable):
    """A bullet: a small accent disc centred in its cell, ``top`` points below the row's
    top."""

    decoration = True

    def __init__(self, top: float, radius: float = 4.0, colour=theme.ACCENT) -> None:
        super().__init__()
        self.top, self.radius, self.colour = top, radius, colour

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, self.top + self.radius

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        self.canv.circle(self.width / 2, self.radius, self.radius, stroke=0, fill=1)
