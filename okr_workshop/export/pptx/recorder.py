"""A draw pass on a throwaway canvas that records *what* is drawn *where*.

The PowerPoint export must put every piece of a slide where the PDF has it. Rather than
re-implement how frames, stacks, columns, the band and the footer place things, the very
same drawing code runs on a :class:`Recorder`: paragraphs, tables and drawings are recorded
whole (with their absolute position) instead of drawn, and the canvas calls of the small
flowables (a badge's rounded square, a chip's word, a progress bar) are recorded as shapes.

reportlab has no hook telling a canvas which flowable draws on it, so ``Flowable.drawOn``
is wrapped once: on a Recorder it records or checks the flowable's type; on any other
canvas it is the original method, untouched (one ``isinstance`` check).

A flowable type, or a canvas call, that the PowerPoint export does not know raises
:class:`UnsupportedContent`: a slide is never silently missing a piece.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from okr_workshop.export import flowables as ours


class UnsupportedContent(TypeError):
    """A slide holds something the PowerPoint export cannot turn into shapes (a bug: every
    flowable of the deck must be one of the kinds DECK.md lists)."""


# Drawn by their own code on the recorder (their canvas calls become shapes).
_DRAWN = (ours.Stack, ours.Columns, ours.Empty, ours.Rule, ours.Badge, ours.ProgressBar,
          ours.Chip, ours.Tile, ours.Dot)
# Recorded whole: they become a text box, a table, shapes of their own.
_RECORDED = (Paragraph, Table, Drawing)


@dataclass
class Placed:
    """A paragraph, table or drawing at its place: (x, y) its bottom left, in points."""

    flowable: Flowable
    x: float
    y: float
    width: float
    height: float
    phase: str


@dataclass
class Shape:
    """A canvas primitive: kind "rect", "round", "circle" or "line"; ``box`` (x, y, w, h)
    in points, bottom left, or the line's two ends."""

    kind: str
    box: tuple[float, float, float, float]
    fill: object | None
    stroke: object | None
    line_width: float
    radius: float
    phase: str


@dataclass
class Text:
    """A string drawn on the canvas: ``anchor`` "start", "middle" or "end" at (x, baseline)."""

    text: str
    x: float
    y: float
    font: str
    size: float
    colour: object
    anchor: str
    phase: str


@dataclass
class _State:
    dx: float = 0.0
    dy: float = 0.0
    fill: object = None
    stroke: object = None
    line_width: float = 1.0
    font: str = ""
    size: float = 10.0


@dataclass
class Recorder:
    """Enough of reportlab's Canvas for the deck's chrome and small flowables."""

    items: list = field(default_factory=list)
    phase: str = "content"
    _state: _State = field(default_factory=_State)
    _saved: list[_State] = field(default_factory=list)
    # Read and set back by a Table measuring its cells on the canvas it will draw on.
    _fontname: str = ""
    _fontsize: float = 10.0
    _leading: float = 12.0

    # State ---------------------------------------------------------------------------------
    def saveState(self) -> None:  # noqa: N802 (reportlab's names)
        self._saved.append(_State(**vars(self._state)))

    def restoreState(self) -> None:  # noqa: N802
        self._state = self._saved.pop()

    def translate(self, dx: float, dy: float) -> None:
        self._state.dx += dx
        self._state.dy += dy

    def absolutePosition(self, x: float, y: float) -> tuple[float, float]:  # noqa: N802
        return x + self._state.dx, y + self._state.dy

    def setFillColor(self, colour, alpha=None) -> None:  # noqa: N802
        self._state.fill = colour

    def setStrokeColor(self, colour, alpha=None) -> None:  # noqa: N802
        self._state.stroke = colour

    def setLineWidth(self, width: float) -> None:  # noqa: N802
        self._state.line_width = width

    def setFont(self, name: str, size: float, leading=None) -> None:  # noqa: N802
        self._state.font, self._state.size = name, size

    def stringWidth(self, text: str, font: str, size: float) -> float:  # noqa: N802
        return stringWidth(text, font, size)

    # Shapes --------------------------------------------------------------------------------
    def _shape(self, kind: str, box, stroke: int, fill: int, radius: float = 0.0) -> None:
        x, y = self.absolutePosition(box[0], box[1])
        state = self._state
        self.items.append(Shape(kind, (x, y, box[2], box[3]), state.fill if fill else None,
                                state.stroke if stroke else None, state.line_width, radius,
                                self.phase))

    def rect(self, x, y, width, height, stroke=1, fill=0) -> None:
        self._shape("rect", (x, y, width, height), stroke, fill)

    def roundRect(self, x, y, width, height, radius, stroke=1, fill=0) -> None:  # noqa: N802
        self._shape("round", (x, y, width, height), stroke, fill, radius)

    def circle(self, x_cen, y_cen, r, stroke=1, fill=0) -> None:
        self._shape("circle", (x_cen - r, y_cen - r, 2 * r, 2 * r), stroke, fill)

    def line(self, x1, y1, x2, y2) -> None:
        ax, ay = self.absolutePosition(x1, y1)
        bx, by = self.absolutePosition(x2, y2)
        self.items.append(Shape("line", (ax, ay, bx, by), None, self._state.stroke,
                                self._state.line_width, 0.0, self.phase))

    def _string(self, x, y, text, anchor: str) -> None:
        ax, ay = self.absolutePosition(x, y)
        state = self._state
        self.items.append(Text(text, ax, ay, state.font, state.size, state.fill, anchor,
                               self.phase))

    def drawString(self, x, y, text, *args, **kwargs) -> None:  # noqa: N802
        self._string(x, y, text, "start")

    def drawCentredString(self, x, y, text, *args, **kwargs) -> None:  # noqa: N802
        self._string(x, y, text, "middle")

    def drawRightString(self, x, y, text, *args, **kwargs) -> None:  # noqa: N802
        self._string(x, y, text, "end")

    def __getattr__(self, name: str):
        # Any other canvas call (an image, a path, a rotation): a kind of drawing the
        # export does not turn into shapes yet. Say so, loudly.
        if name.startswith("_"):
            raise AttributeError(name)  # a probe of the canvas's insides: "no such thing"
        raise UnsupportedContent(f"the PowerPoint export cannot record canvas.{name}()")

    # Flowables ----------------------------------------------------------------------------
    def flowable(self, flowable: Flowable, x: float, y: float, s_w: float,
                 original) -> None:
        if isinstance(flowable, _RECORDED):
            x = flowable._hAlignAdjust(x, s_w)
            ax, ay = self.absolutePosition(x, y)
            if isinstance(flowable, Table):
                width, height = sum(flowable._colWidths), sum(flowable._rowHeights)
            else:
                width, height = flowable.width, flowable.height
            self.items.append(Placed(flowable, ax, ay, width, height, self.phase))
        elif type(flowable) in _DRAWN:
            original(flowable, self, x, y, s_w)
        else:
            raise UnsupportedContent(
                f"the PowerPoint export does not know the flowable {type(flowable).__name__}: "
                "use a Paragraph, a Table, a Drawing or a flowable of export/flowables.py"
            )


_installed = threading.Lock()
_ORIGINAL = Flowable.drawOn


def install() -> None:
    """Wrap ``Flowable.drawOn`` (once): on a Recorder, record; elsewhere, the original."""
    with _installed:
        if getattr(Flowable.drawOn, "_okr_recorder", False):
            return

        def draw_on(self, canvas, x, y, _sW=0):  # noqa: N803 (reportlab's signature)
            if isinstance(canvas, Recorder):
                canvas.flowable(self, x, y, _sW, _ORIGINAL)
                return None
            return _ORIGINAL(self, canvas, x, y, _sW)

        draw_on._okr_recorder = True  # type: ignore[attr-defined]
        Flowable.drawOn = draw_on
