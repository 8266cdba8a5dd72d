"""The deck's key result charts: drawn from the window's chart definition, read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from reportlab.graphics.shapes import String

from okr_workshop.domain.model import CheckIn, Language
from okr_workshop.domain.steering.chart_geometry import kr_chart
from okr_workshop.domain.steering.chart_scene import chart_scene
from okr_workshop.export.charts import CHART_TEXT, chart_words, kr_drawing
from okr_workshop.export.deck import build_deck
from tests.export.pdf_reading import flat, page_texts, reader
from tests.ui.test_progress_tab import messy_workshop


def test_the_progress_section_holds_a_chart_per_checked_in_key_result():
    workshop = messy_workshop()
    pdf = reader(build_deck(workshop, "fr", sections=("progress",)))
    pages = [flat(text) for text in page_texts(pdf)]
    # The overview, each team's key results as bars, then one slide of charts per team
    # with check-ins.
    assert len(pages) == 5
    north, south = pages[3], pages[4]
    assert "Où en sont les résultats clés" in north and "Équipe « Nord »" in north
    # User text is shown as typed, never read as markup.
    assert "Porter le NPS de 30 à 50 <b>vite</b>" in north
    for word in ("Valeurs mesurées", "Rythme attendu", "Cible 50", "Valeur de départ 30",
                 "Cible 2 jours", "Valeur de départ 8 jours", "Confiance sur 10 (à droite)",
                 "Plus bas, c’est mieux", "Plus haut, c’est mieux", "-1 jour", " 2,5 ", "-2,5"):
        assert word in north, word
    # A key result without check-in has no chart; a milestone reads as steps.
    assert "Publier 3 guides" not in south
    assert "Lancer la V2" in south and "Pas encore" in south and "Fait" in south


def test_the_deck_draws_the_scene_the_window_paints():
    # One definition, one layout: the deck's drawing holds the scene's words, in order.
    workshop = messy_workshop()
    kr = workshop.teams[0].objectives[0].key_results[1]
    drawing = kr_drawing(workshop, kr, Language.ENGLISH, 420, 300)
    drawn = "".join(item.text for item in drawing.contents if isinstance(item, String))
    scene = chart_scene(kr_chart(workshop, kr), chart_words(Language.ENGLISH), 420, 300,
                        CHART_TEXT)
    assert drawn == "".join(scene.texts())
    assert "↓ Lower is better" in scene.texts() and "Target 2\u00a0jours" in scene.texts()


def test_no_check_in_no_chart_slide():
    workshop = messy_workshop()
    bare = replace(workshop, teams=tuple(
        replace(team, objectives=tuple(
            replace(objective, key_results=tuple(
                replace(kr, check_ins=()) for kr in objective.key_results))
            for objective in team.objectives))
        for team in workshop.teams))
    text = " ".join(page_texts(reader(build_deck(bare, "en"))))
    assert "Key results over time" not in text and "Measured values" not in text
    assert "Key results over time" in " ".join(page_texts(reader(build_deck(workshop, "en"))))


def test_a_key_results_title_never_ends_a_slide_without_its_chart():
    """French walkthrough: the third chart of a team went to the next slide while its title
    stayed alone at the bottom of the first, so the chart on the "(2/2)" slide had none."""
    from okr_workshop.app.samples import sample_workshop

    sample = sample_workshop(Language.FRENCH)
    first = sample.teams[0]  # Click & Collect: every key result checked in once more
    day = sample.cycle_start + timedelta(weeks=8)
    objectives = tuple(replace(o, key_results=tuple(
        replace(kr, check_ins=(*kr.check_ins, CheckIn(on=day, value=kr.baseline or 0.0,
                                                      confidence=5)))
        for kr in o.key_results)) for o in first.objectives)
    workshop = replace(sample, teams=(replace(first, objectives=objectives),
                                      *sample.teams[1:]))
    pages = [flat(text) for text in page_texts(reader(build_deck(
        workshop, "fr", sections=("progress",))))]
    chart_pages = [page for page in pages if "Où en sont les résultats clés" in page]
    assert any("(2/" in page for page in chart_pages)  # the case is met
    for page in chart_pages:
        titles = [kr.text for kr in workshop.key_results()
                  if kr.check_ins and " ".join(kr.text.split()) in page]
        assert len(titles) == page.count("Valeurs mesurées"), (titles, page[:200])


def test_a_chart_title_stays_on_the_page_of_its_chart(sample_en):
    """English walkthrough: once all four Web Experience key results had check-ins, the
    third and fourth titles ended page 20 alone, their charts on the next page without a
    title. A title and its chart are one block."""
    checked = CheckIn(on=date(2027, 2, 18), value=1.0, confidence=6, comment="Round")
    web = sample_en.teams[0]
    web = replace(web, objectives=tuple(
        replace(objective, key_results=tuple(
            replace(kr, check_ins=kr.check_ins or (replace(checked, value=kr.baseline),))
            for kr in objective.key_results))
        for objective in web.objectives))
    workshop = replace(sample_en, teams=(web, *sample_en.teams[1:]))
    pdf = reader(build_deck(workshop, "en", sections=("progress",)))
    charted = {" ".join(kr.text.split()) for team in workshop.teams
               for objective in team.objectives for kr in objective.key_results
               if kr.check_ins}
    chart_pages = [flat(text) for text in page_texts(pdf) if "Key results over time" in text]
    assert any("Key results over time (2/" in page for page in chart_pages)
    for page in chart_pages:
        titles = sum(page.count(text) for text in charted)
        assert titles == page.count("Measured values") > 0, page[:300]


def test_chart_text_is_at_the_slide_floor_of_18_pt():
    workshop = messy_workshop()
    for kr in workshop.key_results():
        drawing = kr_drawing(workshop, kr, Language.FRENCH, 408, 330)
        sizes = {item.fontSize for item in drawing.contents if isinstance(item, String)}
        assert sizes and min(sizes) >= 18, (kr.text, sizes)


def test_chart_marks_and_lines_contrast_3_to_1_on_the_white_slide():
    """Everything that carries data (values, target, baseline, pace, confidence) reads on
    a projector; only the grid is lighter, on purpose (a background, not a mark)."""
    from reportlab.lib.colors import HexColor, white

    from okr_workshop.domain.steering.chart_scene import GRID
    from tests.export.pictures_reading import contrast_on_white, shapes

    workshop = messy_workshop()
    for kr in workshop.key_results():
        drawing = kr_drawing(workshop, kr, Language.ENGLISH, 408, 330)
        for shape in shapes(drawing):
            for colour in (getattr(shape, "fillColor", None),
                           getattr(shape, "strokeColor", None)):
                if colour is None or colour in (white, HexColor(GRID)):
                    continue
                assert contrast_on_white(colour) >= 3.0, (kr.text, colour)
