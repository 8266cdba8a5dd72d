"""The editable PowerPoint: the same pages as the PDF, read back with python-pptx.

A messy deck (markup-looking text, emoji, right-to-left text, 5,000-character paragraphs
cut over several slides) plus a slide with a table and one with every drawing shape:
every slide converts, holds every text of its PDF page, keeps its shapes on the slide, its
title in the title placeholder, and its speaker notes."""

from __future__ import annotations

import re

import pytest
from lxml import etree
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Polygon,
    PolyLine,
    Rect,
    String,
    Wedge,
)
from reportlab.lib.colors import HexColor
from reportlab.platypus import Spacer, Table, TableStyle

from okr_workshop.domain.model import Language
from okr_workshop.export import theme
from okr_workshop.export.context import Chapter
from okr_workshop.export.deck import Cancelled, DeckPlan, draw_deck, plan_deck, plan_pages
from okr_workshop.export.flowables import Chip, ProgressBar
from okr_workshop.export.fonts import REGULAR
from okr_workshop.export.pptx import UnsupportedContent, build_pptx, write_pptx
from tests.export.builders import ENTITIES, HEBREW, IMAGE, MARKUP, hostile_workshop
from tests.export.pdf_reading import page_texts, reader
from tests.export.pptx_reading import inside, notes, open_pptx, slide_text, squeezed

NOTES = "Say why this matters.\nThen the details: <b>not markup</b> & « guillemets »."
HOSTILE_NOTES = "Alert\x00\x07 bell\r\nnext\u2028line 🚀 שלום"


def table_chapter(ctx) -> Chapter:
    cells = [[ctx.p(text, "body") for text in row] for row in
             (["Équipe", "Objectifs", "Résultats"], ["Ventes <b>", "2", "4 🚀"],
              ["Support", "1", "2"], ["Fusion des deux", "", "3"])]
    table = Table(cells, colWidths=[300, 200, 200])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), theme.SURFACE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [theme.WHITE, theme.SURFACE]),
        ("GRID", (0, 0), (-1, -1), 0.8, theme.LINE),
        ("LINEBELOW", (0, 0), (-1, 0), 2, theme.ACCENT),
        ("SPAN", (0, 3), (1, 3)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return Chapter("alignment", "Un tableau", [table, Chip("En place", theme.OK, 120),
                                               ProgressBar(0.4, "40 %", 300)],
                   kicker="Annexe", notes=NOTES)


def drawing_chapter(ctx) -> Chapter:
    drawing = Drawing(800, 260, initialFontName=REGULAR)
    drawing.add(Rect(0, 0, 200, 100, rx=12, ry=12, fillColor=theme.ACCENT, strokeColor=None))
    drawing.add(Rect(220, 0, 100, 100, fillColor=None, strokeColor=theme.TEXT))
    drawing.add(Line(0, 120, 400, 120, strokeColor=theme.MUTED, strokeDashArray=[3, 2]))
    drawing.add(PolyLine([0, 140, 100, 200, 200, 150, 300, 220], strokeColor=theme.OK))
    drawing.add(Polygon([420, 0, 520, 0, 470, 80], fillColor=theme.RISK))
    drawing.add(Circle(600, 50, 40, fillColor=theme.MISSING, strokeColor=theme.WHITE))
    path = Path(fillColor=theme.SURFACE, strokeColor=theme.INK)
    path.moveTo(650, 150)
    path.curveTo(700, 250, 750, 250, 790, 150)
    path.closePath()
    drawing.add(path)
    drawing.add(String(400, 230, "Mesure ↑ « texte »", fontName=REGULAR, fontSize=18,
                       fillColor=HexColor("#1F2937"), textAnchor="middle"))
    moved = Group(Rect(0, 0, 40, 20, fillColor=theme.OK),
                  String(0, 30, "Groupé", fontName=REGULAR, fontSize=14), transform=(2, 0, 0,
                                                                                     2, 450, 140))
    turned = Group(Rect(0, 0, 60, 20, fillColor=theme.ACCENT),
                   String(0, 0, "Tourné", fontName=REGULAR, fontSize=14),
                   transform=(0, 1, -1, 0, 780, 20))
    drawing.add(moved)
    drawing.add(turned)
    return Chapter("progress", "Un dessin", [drawing], notes="Notes du dessin.\n" + HOSTILE_NOTES)


def messy_plan() -> DeckPlan:
    plan = plan_deck(hostile_workshop(), Language.FRENCH)
    ctx = plan.ctx
    for unit, chapter in enumerate((table_chapter(ctx), drawing_chapter(ctx)),
                                   start=plan.units):
        plan.pages += plan_pages(ctx, chapter, unit)
    plan.units += 2
    # Notes on the vision, which the long vision text spreads over several pages.
    for page in plan.pages:
        if page.chapter.section == "vision":
            page.chapter.notes = NOTES
    return plan


@pytest.fixture(scope="module")
def plan() -> DeckPlan:
    return messy_plan()


@pytest.fixture(scope="module")
def pdf_pages(plan) -> list[str]:
    return page_texts(reader(draw_deck(plan)))


@pytest.fixture(scope="module")
def deck(plan):
    return open_pptx(build_pptx(plan))


def test_one_16_9_slide_per_pdf_page(deck, pdf_pages):
    assert len(deck.slides) == len(pdf_pages) > 10
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)  # 13.333 × 7.5 in


def test_every_text_of_each_pdf_page_is_on_its_slide(deck, pdf_pages):
    for number, (slide, pdf_text) in enumerate(zip(deck.slides, pdf_pages, strict=True), 1):
        text = squeezed(slide_text(slide))
        bullets = bullet_marks(slide)
        words = [word for word in pdf_text.split() if word.isprintable()]  # not pypdf's \x00
        missing = [word for word in words if word not in text and word not in bullets]
        assert not missing, f"slide {number} lacks {missing[:5]}"


def bullet_marks(slide) -> set[str]:
    """A bullet is the paragraph's own bullet in PowerPoint, not a character of its text."""
    return set(re.findall(r'<a:buChar char="(.)"', etree.tostring(slide._element,
                                                                   encoding="unicode")))


def test_user_text_is_plain_text_never_markup(deck):
    text = " ".join(slide_text(slide) for slide in deck.slides)
    assert " ".join(MARKUP.split()) in " ".join(text.split())  # literally, as typed
    assert HEBREW in text  # in reading order, as PowerPoint lays it out itself
    assert " ".join(ENTITIES.split()) in " ".join(text.split())
    assert " ".join(IMAGE.split()) in " ".join(text.split())
    # Nothing of the deck's own markup (fallback font, colours, escapes) reaches a text.
    for ours in ('<font face="', '<font color="#', "&amp;amp;", "<bullet>", "OKRSymbols"):
        assert ours not in text


def test_titles_are_in_the_title_placeholder(deck, plan):
    for slide, page in zip(deck.slides, plan.pages, strict=True):
        title = slide.shapes.title
        assert title is not None and title.is_placeholder
        assert title.placeholder_format.type in (PP_PLACEHOLDER.TITLE,
                                                 PP_PLACEHOLDER.CENTER_TITLE)
        if page.band is not None:
            assert " ".join(title.text.split()).startswith(
                " ".join(page.chapter.title.split())[:40]) or "(suite)" in title.text
    continued = [s.shapes.title.text for s, p in zip(deck.slides, plan.pages, strict=True)
                 if p.chapter.section == "vision"]
    assert len(continued) > 1 and all(continued)


def test_text_keeps_font_size_bold_and_colour(deck):
    slide = next(s for s in deck.slides if s.shapes.title.text == "Un tableau")
    title_run = slide.shapes.title.text_frame.paragraphs[0].runs[0]
    assert title_run.font.bold and title_run.font.size.pt == theme.styles()["title"].fontSize
    assert str(title_run.font.color.rgb) == "FFFFFF"
    assert title_run.font.name == "Noto Sans"


def test_every_shape_is_on_its_slide(deck):
    for number, slide in enumerate(deck.slides, 1):
        for shape in slide.shapes:
            assert inside(shape, deck.slide_width, deck.slide_height), (number, shape.name)


def test_speaker_notes_on_every_page_of_their_chapter_and_none_elsewhere(deck, plan):
    for slide, page in zip(deck.slides, plan.pages, strict=True):
        if page.chapter.notes == NOTES:
            assert notes(slide) == NOTES
        if not page.chapter.notes:
            assert not slide.has_notes_slide
    assert sum(notes(s) == NOTES for s in deck.slides) >= 3  # the vision's pages and the table
    # Control characters dropped, line separators kept as lines, emoji and Hebrew as typed.
    assert notes(deck.slides[-1]) == "Notes du dessin.\nAlert bell\nnext\nline 🚀 שלום"


def test_a_table_becomes_a_native_table(deck):
    slide = next(s for s in deck.slides if s.shapes.title.text == "Un tableau")
    table = next(shape for shape in slide.shapes if shape.has_table).table
    assert (len(table.rows), len(table.columns)) == (4, 3)
    assert [c.text for c in table.rows[1].cells] == ["Ventes <b>", "2", "4 🚀"]  # never □
    assert table.cell(3, 0).is_merge_origin and table.cell(3, 1).is_spanned
    assert str(table.cell(0, 0).fill.fore_color.rgb) == theme.SURFACE_HEX[1:].upper()
    # The chip is one shape holding its word; the progress bar's label is there.
    texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
    assert "En place" in texts and "40 %" in texts


def test_a_drawing_becomes_native_shapes(deck):
    slide = next(s for s in deck.slides if s.shapes.title.text == "Un dessin")
    # One group the person moves as a whole, of native shapes they can edit one by one.
    (chart,) = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.GROUP]
    kinds = [shape.shape_type for shape in chart.shapes]
    assert kinds.count(MSO_SHAPE_TYPE.FREEFORM) >= 3  # polyline, polygon, path
    assert MSO_SHAPE_TYPE.LINE in kinds and MSO_SHAPE_TYPE.AUTO_SHAPE in kinds
    texts = [shape.text_frame.text for shape in chart.shapes if shape.has_text_frame]
    assert {"Mesure ↑ « texte »", "Groupé", "Tourné"} <= set(texts)
    turned = next(s for s in chart.shapes if s.has_text_frame and s.text_frame.text == "Tourné")
    assert round(turned.rotation) % 360 == 270


@pytest.mark.parametrize("piece", [Spacer(10, 10), Drawing(10, 10, Wedge(5, 5, 5, 0, 90))])
def test_a_piece_with_no_powerpoint_form_fails_loudly(piece):
    plan = plan_deck(hostile_workshop(), Language.FRENCH, ["cover", "vision"])
    plan.pages += plan_pages(plan.ctx, Chapter("vision", "Inconnu", [piece]), plan.units)
    with pytest.raises(UnsupportedContent):
        build_pptx(plan)


def test_cancel_writes_nothing_and_progress_reaches_the_end(tmp_path, plan):
    seen = []
    target = tmp_path / "deck.pptx"
    write_pptx(plan, target, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and target.stat().st_size > 0
    target.unlink()
    with pytest.raises(Cancelled):
        write_pptx(plan, target, progress=lambda done, total: done < total - 1)
    assert list(tmp_path.iterdir()) == []


def test_the_same_workshop_gives_the_same_bytes():
    first = build_pptx(plan_deck(hostile_workshop(), Language.FRENCH, ["cover", "vision"]))
    again = build_pptx(plan_deck(hostile_workshop(), Language.FRENCH, ["cover", "vision"]))
    assert first == again


def test_the_longest_titles_the_limits_allow_fit_the_file_properties():
    # A title of 300 characters (domain/field_limits.py): PowerPoint's document
    # properties hold 255 at most; the file's title says as much as fits, with "…".
    from dataclasses import replace

    from okr_workshop.domain.field_limits import LENGTHS
    from tests.export.builders import paragraph

    title = paragraph(LENGTHS["workshop"]["title"], "Séminaire")
    workshop = replace(hostile_workshop(), title=title,
                       facilitator=paragraph(LENGTHS["workshop"]["facilitator"], "Anne"))
    core = open_pptx(build_pptx(plan_deck(workshop, Language.FRENCH, ["cover"]))) \
        .core_properties
    assert len(core.title) <= 255 and core.title.endswith("…")
    assert title.startswith(core.title[:-1]) and core.title.startswith("Séminaire dolor0001")
    assert len(core.subject) <= 255 and "Séminaire" in core.subject
    assert core.author.startswith("Anne")


def test_notes_slides_are_named_without_walking_the_whole_package_each_time(monkeypatch):
    # python-pptx names each new notes slide by walking every part of the package: once
    # per slide, quadratic (10 of the 15 s of the largest workshop's 1,161 slides).
    from pptx.opc.package import OpcPackage

    from tests.export.builders import big_workshop

    walks = []
    real = OpcPackage.iter_parts
    monkeypatch.setattr(OpcPackage, "iter_parts", lambda self: walks.append(1) or real(self))
    plan = plan_deck(big_workshop(teams=12), Language.FRENCH)
    noted = sum(bool(page.chapter.notes.strip()) for page in plan.pages)
    deck = open_pptx(build_pptx(plan))
    assert noted >= 20 and len(walks) < noted / 2
    names = [slide.notes_slide.part.partname for slide in deck.slides if slide.has_notes_slide]
    assert len(names) == noted == len(set(names))


def test_wrapped_text_shrinks_to_its_box_where_our_font_is_missing(deck):
    """Boxes are sized in Noto Sans; a wider stand-in font (LibreOffice's DejaVu Sans) took
    an extra line and wrote over the next box: wrapped text is set to shrink on overflow."""
    from pptx.enum.text import MSO_AUTO_SIZE

    # (The title placeholder keeps its layout's own fitting: a company template's say.)
    wrapped = [shape.text_frame for slide in deck.slides for shape in slide.shapes
               if shape.has_text_frame and shape.text_frame.word_wrap
               and not shape.is_placeholder]
    assert wrapped
    assert all(frame.auto_size == MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE for frame in wrapped)
