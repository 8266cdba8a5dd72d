"""Key result charts in the deck: the window's chart scene drawn with reportlab graphics.

The layout is :func:`~okr_workshop.domain.steering.chart_scene.chart_scene`'s, shared with
the window's QPainter renderer, so a chart looks the same on screen and on the slide. This
module only copies shapes (y flipped: reportlab's origin is bottom left) and sets text in
the deck's fonts; a character the fonts lack becomes □ (fonts.font_runs), never a blank.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, PolyLine, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from okr_workshop.domain.model import KeyResult, Language, Workshop
from okr_workshop.domain.steering.chart_geometry import kr_chart
from okr_workshop.domain.steering.chart_scene import (
    Box,
    ChartWords,
    Label,
    Mark,
    Scene,
    Stroke,
    chart_scene,
)
from okr_workshop.export.fonts import BOLD, REGULAR, font_runs, register_fonts
from okr_workshop.export.formats import format_short_day, format_value
from okr_workshop.export.labels import label
from okr_workshop.export.theme import CHART_TEXT  # the text floor: legible from the back row


def chart_words(language: Language) -> ChartWords:
    def t(code: str) -> str:
        return label(f"deck.chart.{code}", language)

    return ChartWords(
        values=t("values"), expected=t("expected"), target=t("target"),
        baseline=t("baseline"), confidence=t("confidence"),
        lower_is_better=t("lower_is_better"), higher_is_better=t("higher_is_better"),
        done=t("done"), not_yet=t("not_yet"), no_check_in=t("no_check_in"),
        number=lambda value, unit: format_value(value, language, unit),
        day=lambda on: format_short_day(on, language),
    )


def kr_drawing(workshop: Workshop, kr: KeyResult, language: Language, width: float,
               height: float) -> Drawing:
    """The key result's chart as a flowable drawing of ``width`` × ``height`` points."""
    scene = chart_scene(kr_chart(workshop, kr), chart_words(language), width, height,
                        CHART_TEXT)
    return scene_drawing(scene)


def scene_drawing(scene: Scene) -> Drawing:
    register_fonts()
    # initialFontName: else the drawing starts in Helvetica, a font the PDF does not embed.
    drawing = Drawing(scene.width, scene.height, initialFontName=REGULAR,
                      initialFontSize=CHART_TEXT)
    h = scene.height
    for shape in scene.shapes:
        if isinstance(shape, Stroke):
            colour = HexColor(shape.colour)
            style = {"strokeColor": colour, "strokeWidth": shape.width,
                     "strokeDashArray": list(shape.dash) or None, "strokeLineCap": 1,
                     "strokeLineJoin": 1}
            if shape.pairs:
                path = Path(fillColor=None, **style)
                for (x1, y1), (x2, y2) in zip(shape.points[::2], shape.points[1::2],
                                              strict=True):
                    path.moveTo(x1, h - y1)
                    path.lineTo(x2, h - y2)
                drawing.add(path)
            elif len(shape.points) == 2:
                (x1, y1), (x2, y2) = shape.points
                drawing.add(Line(x1, h - y1, x2, h - y2, **style))
            else:
                flat = [c for x, y in shape.points for c in (x, h - y)]
                drawing.add(PolyLine(flat, **style))
        elif isinstance(shape, Mark):
            _mark(drawing, shape, h)
        elif isinstance(shape, Box):
            drawing.add(Rect(shape.x, h - shape.y - shape.height, shape.width, shape.height,
                             fillColor=HexColor(shape.colour), strokeColor=None))
        elif isinstance(shape, Label):
            _label(drawing, shape, h)
    return drawing


def _mark(drawing: Drawing, mark: Mark, h: float) -> None:
    colour, white = HexColor(mark.colour), HexColor("#FFFFFF")
    half = mark.size / 2
    if mark.shape == "circle":
        drawing.add(Circle(mark.x, h - mark.y, half, fillColor=colour, strokeColor=white,
                           strokeWidth=1.5))
    else:
        drawing.add(Rect(mark.x - half, h - mark.y - half, mark.size, mark.size,
                         fillColor=colour, strokeColor=white, strokeWidth=1.5))


def _label(drawing: Drawing, text: Label, h: float) -> None:
    """The text in pieces, each in the font that has its characters, placed by anchor."""
    main = BOLD if text.bold else REGULAR
    pieces = font_runs(text.text, main)
    widths = [stringWidth(chars, font, text.size) for chars, font in pieces]
    total = sum(widths)
    x = text.x - (total if text.anchor == "end" else total / 2 if text.anchor == "middle"
                  else 0.0)
    for (chars, font), width in zip(pieces, widths, strict=True):
        drawing.add(String(x, h - text.y, chars, fontName=font, fontSize=text.size,
                           fillColor=HexColor(text.colour)))
        x += width
