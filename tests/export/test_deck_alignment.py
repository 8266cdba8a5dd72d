"""How the work connects, read back: the team × strategic-objective coverage matrix (a
Table of Paragraphs, gaps visible, split between teams), the dependencies diagram (a
Drawing of boxes and numbered arrows with its legend), at scale and with hostile text."""

from __future__ import annotations

from dataclasses import replace

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import white
from reportlab.platypus import Paragraph, Table

from okr_workshop.domain.model import (
    Dependency,
    Language,
    Objective,
    ObjectiveStatus,
    StrategicObjective,
)
from okr_workshop.export.deck import build_deck, plan_deck
from okr_workshop.export.sections import APPENDIX, MAIN
from tests.export.builders import (
    EMOJI,
    MARKUP,
    big_workshop,
    key_result,
    numbered_words,
    paragraph,
    team,
    workshop,
)
from tests.export.pdf_reading import flat, page_texts, reader
from tests.export.pictures_reading import contrast_on_white, drawings, shapes, strings

ALLOWED = (Rect, Line, Polygon, Circle, String)


def connected_workshop(language: Language = Language.ENGLISH):
    growth, loyalty, planet = (StrategicObjective(title=t, position=n) for n, t in
                               enumerate(("Growth", "Loyalty", "Planet")))
    north = team("North", [("Sell more", [key_result("A")]), ("Keep them", [key_result("B")])],
                 department="Sales")
    south = team("South " + MARKUP, [("Refactor", [key_result("C")])], department="IT")
    east = team("East", [("Ship", [key_result("D")])])
    north = replace(north, objectives=(
        replace(north.objectives[0], strategic_objective_id=growth.id),
        replace(north.objectives[1], strategic_objective_id=loyalty.id)))
    south = replace(south, objectives=(replace(
        south.objectives[0], non_alignment_reason="Tech debt <b>first</b>"),))
    east = replace(east, objectives=(replace(east.objectives[0],
                                             strategic_objective_id=growth.id),))
    deps = (Dependency(from_objective_id=north.objectives[0].id,
                       to_objective_id=south.objectives[0].id, note="Weekly sync 🚀"),
            Dependency(from_objective_id=south.objectives[0].id,
                       to_objective_id=east.objectives[0].id),
            Dependency(from_objective_id=north.objectives[1].id,
                       to_objective_id=south.objectives[0].id))
    return workshop([north, south, east], language,
                    strategic_objectives=(growth, loyalty, planet), dependencies=deps)


def test_the_matrix_shows_who_serves_what_and_the_gaps():
    data = build_deck(connected_workshop(), "en", sections=("alignment",))
    first = flat(page_texts(reader(data))[0])
    assert "Strategic objectives served: 2 of 3" in first  # the takeaway, as the title
    assert "1 Growth 2 Loyalty 3 Planet Outside the strategy" in first
    assert "Teams serving it 2 1 None yet 1" in first  # Planet: no team, in red
    assert "South " + MARKUP in first and "Tech debt <b>first</b>" in first
    assert 'color="#' not in first and "&lt;" not in first and "<br/>" not in first
    plan = plan_deck(connected_workshop(), "en", sections=("alignment",))
    tables = [f for f in plan.pages[0].flowables if isinstance(f, Table)]
    assert len(tables) == 1
    # Each cell holds one Paragraph: a native table in PowerPoint.
    cells = [cell for row in tables[0]._cellvalues for cell in row]
    assert all(len(cell) == 1 and isinstance(cell[0], Paragraph) for cell in cells)
    north_row = [c[0].getPlainText() for c in tables[0]._cellvalues[2]]
    assert north_row[1:] == ["1", "1", "", ""]


def test_dependencies_are_a_diagram_of_boxes_and_numbered_arrows_with_a_legend():
    plan = plan_deck(connected_workshop(), "en", sections=("alignment",))
    page = next(p for p in plan.pages if p.chapter.title ==
                "Dependencies between teams: 3 (teams involved: 3)")
    assert page.chapter.part == MAIN
    diagram = next(f for f in page.flowables if isinstance(f, Drawing))
    drawn = list(shapes(diagram))
    assert all(isinstance(s, ALLOWED) for s in drawn)
    texts = [s.text for s in strings(diagram)]
    assert "North" in texts and "East" in texts and any(t.startswith("South") for t in texts)
    # North → South carries two dependencies (1 and 3), South → East one (2).
    assert "1, 3" in texts and "2" in texts
    assert sum(isinstance(s, Polygon) for s in drawn) == 2  # one arrowhead per arrow
    for shape in drawn:
        if isinstance(shape, String):
            assert shape.fontSize >= 18
        for colour in (getattr(shape, "fillColor", None), getattr(shape, "strokeColor", None)):
            if colour is not None and colour != white:
                assert contrast_on_white(colour) >= 3.0
    pages = [flat(t) for t in page_texts(reader(build_deck(
        connected_workshop(), "en", sections=("alignment",))))]
    # The slide's legend says who depends on whom; the appendix says it in full.
    diagram_page = next(p for p in pages if "Dependencies between teams: 3" in p)
    assert "1. North depends on South <b>gras</b> <font size=80" in diagram_page
    assert "3. North depends on South" in diagram_page  # a long name shortened to 60
    full = next(p for p in pages if "Dependencies between teams in full" in p)
    assert "1. “Sell more” (North) depends on “Refactor” (South " + MARKUP + ")" in full
    assert "Weekly sync" in full
    assert next(p for p in plan.pages if p.chapter.title ==
                "Dependencies between teams in full").chapter.part == APPENDIX


def test_every_connection_slide_has_speaker_notes():
    plan = plan_deck(connected_workshop(Language.FRENCH), "fr", sections=("alignment",))
    chapters = list({id(p.chapter): p.chapter for p in plan.pages}.values())
    assert all(c.notes.strip() for c in chapters)
    # The appendix's chapter (every dependency in full) follows the divider that opens it.
    assert [c.section for c in chapters] == ["alignment", "alignment", "appendix",
                                            "alignment"]
    notes = "\n".join(c.notes for c in chapters)
    assert "3. Planet — aucune équipe" in notes and "Weekly sync 🚀" in notes


def long_connected(teams: int = 40):
    """``teams`` teams with 300-character names, titles and strategic objectives, each
    depending on the next."""
    base = big_workshop(teams=teams, long_texts=True, check_ins=False)
    strategic = tuple(replace(s, title=paragraph(300, f"Axe{n}"))
                      for n, s in enumerate(base.strategic_objectives))
    named = tuple(replace(t, name=paragraph(300, f"Nom{n:02d}")) for n, t in
                  enumerate(base.teams))
    kept = [next(o for o in t.objectives if o.status == ObjectiveStatus.KEPT) for t in named]
    deps = tuple(Dependency(from_objective_id=a.id, to_objective_id=b.id)
                 for a, b in zip(kept, kept[1:], strict=False))
    return replace(base, teams=named, strategic_objectives=strategic, dependencies=deps)


def test_forty_teams_with_300_character_texts_split_between_teams_without_overflow():
    big = long_connected(40)
    plan = plan_deck(big, "fr", sections=("alignment",))
    matrix_pages = [p for p in plan.pages if any(isinstance(f, Table) for f in p.flowables)]
    main = [p for p in matrix_pages if p.chapter.part == MAIN]
    appendix = [p for p in matrix_pages if p.chapter.part == APPENDIX]
    # The main deck: one row per department, on one slide.
    assert len(main) == 1
    rows = [flat(c[0][0].getPlainText()) for f in main[0].flowables if isinstance(f, Table)
            for c in f._cellvalues[2:]]
    assert rows == ["Ventes · Équipes : 20", "Opérations · Équipes : 20"]
    # The appendix: every team's row, the header and totals repeated, never a row cut.
    tables = [f for p in appendix for f in p.flowables if isinstance(f, Table)]
    assert sum(len(t._cellvalues) - 2 for t in tables) == 40 and len(appendix) > 1
    pages = [flat(t) for t in page_texts(reader(build_deck(big, "fr",
                                                           sections=("alignment",))))]
    assert sum("Équipes contributrices" in page for page in pages) == len(matrix_pages)
    # Forty teams in play: the diagram's boxes are the departments, the legend says all,
    # with each team's whole name.
    diagram = next(d for d in drawings(plan.pages) if d.height > 200)
    assert {"Ventes", "Opérations"} <= {s.text for s in strings(diagram)}
    text = " ".join(pages)
    assert all(f"{n}." in text for n in range(1, 40))
    for team_ in big.teams:
        assert all(word in text for word in numbered_words(team_.name))


def test_a_workshop_without_strategy_teams_or_dependencies_still_gets_its_slide():
    bare = workshop([team("Solo", [("Objectif", [key_result("KR")])])])
    text = flat(page_texts(reader(build_deck(bare, "fr", sections=("alignment",))))[0])
    assert "Aucun objectif stratégique n’est encore posé" in text
    nobody = workshop([], strategic_objectives=(StrategicObjective(title="Axe"),))
    assert len(reader(build_deck(nobody, "fr", sections=("alignment",))).pages) == 1
    emoji = connected_workshop()
    emoji = replace(emoji, teams=(replace(emoji.teams[0], name=EMOJI), *emoji.teams[1:]))
    assert EMOJI.split()[0] in flat(page_texts(reader(build_deck(
        emoji, "en", sections=("alignment",))))[0])


def test_the_focus_slide_counts_undecided_candidates_and_has_notes():
    sample = connected_workshop()
    north = sample.teams[0]
    north = replace(north, objectives=(*north.objectives, Objective(
        team_id=north.id, title="Maybe later", status=ObjectiveStatus.CANDIDATE,
        position=9)))
    sample = replace(sample, teams=(north, *sample.teams[1:]))
    plan = plan_deck(sample, "en", sections=("focus",))
    # The focus slide is in the appendix: after the divider that opens it.
    text = flat(page_texts(reader(build_deck(sample, "en", sections=("focus",))))[1])
    assert "5 Objectives proposed 4 Objectives kept 0 In the parking lot 1 Still undecided" \
        in text
    assert plan.pages[1].chapter.notes.startswith(
        "Objectives proposed: 5; kept: 4; parked: 0; still undecided: 1.")
    plain = plan_deck(connected_workshop(), "en", sections=("focus",))
    assert "Still undecided" not in flat(page_texts(reader(build_deck(
        connected_workshop(), "en", sections=("focus",))))[1])
    assert plain.pages[0].chapter.notes


def test_the_matrix_shortens_titles_and_names_to_the_room_a_slide_has():
    from okr_workshop.domain.coverage import coverage
    from okr_workshop.export import theme
    from okr_workshop.export.pictures.matrix import MatrixRow, MatrixWords, coverage_matrix

    strategic = tuple(StrategicObjective(title=paragraph(300, f"Axe{n}"), position=n)
                      for n in range(8))
    base = connected_workshop()
    north = base.teams[0]
    long_name = paragraph(100, "Nord")
    words = MatrixWords("Outside", "Teams serving it", "None yet", "Nothing kept")
    row = MatrixRow(long_name, ("Sales",), frozenset(o.id for o in north.objectives))
    found = coverage(replace(base, strategic_objectives=strategic))

    def heights(room):
        table = coverage_matrix(found, [row], theme.styles(), 848.0, words, room)
        table.wrap(848.0, 1e6)
        name = flat(table._cellvalues[2][0][0].getPlainText())
        titles = [flat(c[0].getPlainText()) for c in table._cellvalues[0][1:9]]
        return table._rowHeights, name, titles

    roomy, name, titles = heights(None)  # 4 lines of name, 3 of each title
    assert name.startswith("Nord dolor0001") and name.endswith("… · Sales")
    assert all(t.startswith(f"{n} Axe{n - 1} ") and t.endswith("…")
               for n, t in enumerate(titles, start=1))
    for room in (300.0, 200.0, 150.0):  # a slide of less room: shorter, never over
        rows, short_name, short_titles = heights(room)
        assert sum(rows) <= room
        assert len(short_name) <= len(name) and short_name.split()[0] == "Nord"
        assert [t.split()[0] for t in short_titles] == [str(n) for n in range(1, 9)]
    assert sum(heights(150.0)[0]) < sum(heights(200.0)[0]) < sum(roomy)


def test_the_matrix_names_departments_in_the_deck_s_language(sample_fr):
    """The French sample stores "Sales", "Human Resources": the matrix said them in English
    while the team slides said « Ventes », « Ressources humaines »."""
    texts = page_texts(reader(build_deck(sample_fr, "fr", sections=("alignment",))))
    matrix = " ".join(texts)
    assert "Ressources humaines" in matrix and "Ventes" in matrix
    assert "Human Resources" not in matrix and "Sales" not in matrix
