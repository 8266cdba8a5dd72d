"""The Progress slides, read back: honest percentages (thresholds met / not met, key results
without check-in named, never averaged away), the as-of date, confidence, status counts in
the one status vocabulary, pictures legible (18 pt) and visible (3:1), speaker notes."""

from __future__ import annotations

from datetime import date

from reportlab.lib.colors import white

from okr_workshop.domain.model import CheckIn, Direction, Language
from okr_workshop.export.deck import build_deck, plan_deck
from okr_workshop.export.flowables import Stack
from okr_workshop.export.sections import APPENDIX, MAIN
from tests.export.builders import big_workshop, key_result, team, workshop
from tests.export.pdf_reading import flat, page_texts, reader
from tests.export.pictures_reading import contrast_on_white, drawings, shapes, strings


def progress_workshop(language: Language = Language.ENGLISH):
    uptime = key_result("Keep availability at or above 99.9%", baseline=None, target=99.9,
                        direction=Direction.AT_LEAST, position=0, check_ins=(
                            CheckIn(on=date(2027, 2, 10), value=99.88, confidence=6,
                                    comment="Two <b>outages</b> 🚀"),))
    nps = key_result("Raise NPS from 30 to 50", baseline=30.0, target=50.0, unit="",
                     position=1, check_ins=(CheckIn(on=date(2027, 2, 20), value=40.0,
                                                    confidence=7),))
    guides = key_result("Publish 3 guides", baseline=0.0, target=3.0, unit="", position=2)
    launch = key_result("Launch the V2", milestone=True, position=0, baseline=None,
                        target=None, check_ins=(CheckIn(on=date(2027, 2, 1), value=1.0,
                                                        confidence=9),))
    return workshop([team("North", [("Delight customers", [uptime, nps, guides])]),
                     team("South", [("Ship the V2", [launch])])], language)


def texts(data: bytes) -> list[str]:
    return [flat(t) for t in page_texts(reader(data))]


def test_a_threshold_is_met_or_not_met_never_a_percentage_of_a_range():
    pages = texts(build_deck(progress_workshop(), "en", sections=("progress",)))
    north = next(p for p in pages if "North — done or on track: 0 of 3" in p)
    row = north[north.index("Keep availability"):north.index("Raise NPS")]
    assert "Threshold not met" in row and "99.88% (threshold: 99.9%)" in row
    assert "%" not in row.replace("99.9%", "").replace("99.88%", "")  # no "0%" bar


def test_percentages_say_over_which_key_results_and_name_those_left_out():
    pages = texts(build_deck(progress_workshop(), "en", sections=("progress",)))
    north = next(p for p in pages if "North — done or on track" in p)
    # (0 for the breached threshold + 50% of the way for the NPS) / 2 = 25%
    assert "25%" in north
    assert ("Key results counted: 2 of 3; not counted: “Publish 3 guides” (no check-in yet)"
            in north)
    assert "Mean of its key results as of Feb 20, 2027" in north


def test_the_overview_counts_statuses_as_of_the_latest_check_in_with_confidence():
    data = build_deck(progress_workshop(), "en", sections=("progress",))
    overview = texts(data)[0]
    assert overview.startswith("Progress · As of Feb 20, 2027, the date of the latest "
                               "check-in Key results done or on track: 1 of 4")
    for word, count in (("Done", 1), ("On track", 0), ("At risk", 1), ("Off track", 1),
                        ("No check-in yet", 1)):
        assert f"{word} {count}" in overview
    assert "Mean confidence at the latest check-ins: 7.3/10 (key results: 3)" in overview
    french = texts(build_deck(progress_workshop(Language.FRENCH), "fr",
                              sections=("progress",)))[0]
    assert "Au 20 févr. 2027" in french or "Au 20 février 2027" in french
    assert "Hors trajectoire 1" in french and "Aucun point d’étape 1" in french


def test_confidence_and_latest_value_are_on_each_key_result():
    pages = texts(build_deck(progress_workshop(), "en", sections=("progress",)))
    north = next(p for p in pages if "North — done or on track" in p)
    assert "40 on Feb 20, 2027 · confidence 7/10" in north
    south = next(p for p in pages if "South — done or on track: 1 of 1" in p)
    assert "Launch the V2 Done" in south
    assert "Checked in on Feb 1, 2027 · confidence 9/10" in south


def test_pictures_text_is_18_pt_or_more_and_marks_contrast_3_to_1():
    plan = plan_deck(progress_workshop(), "en", sections=("progress",))
    pictures = [d for d in drawings(plan.pages) if not any(
        s.text.startswith("↑") or s.text.startswith("↓") for s in strings(d))]
    own = [d for d in pictures if d.height < 300]  # bars and counts, not the line charts
    assert len(own) >= 7  # the counts, 2 objective bars, 4 key-result marks
    for drawing in own:
        for shape in shapes(drawing):
            if hasattr(shape, "fontSize"):
                assert shape.fontSize >= 18, shape.text
            fill = getattr(shape, "fillColor", None)
            stroke = getattr(shape, "strokeColor", None)
            visible = [c for c in (fill, stroke) if c is not None and c != white]
            for colour in visible:
                assert contrast_on_white(colour) >= 3.0, (colour, shape)


def test_every_progress_slide_has_speaker_notes():
    plan = plan_deck(progress_workshop(), "en", sections=("progress",))
    chapters = {id(p.chapter): p.chapter for p in plan.pages}.values()
    assert len(chapters) >= 4
    for chapter in chapters:
        assert chapter.notes.strip(), chapter.title
    notes = "\n".join(c.notes for c in chapters)
    assert "Two <b>outages</b> 🚀" in notes  # the check-in's comment, said by the coach
    assert "No check-in yet: “Publish 3 guides”" in notes


def test_with_many_teams_the_main_deck_keeps_the_overview_and_a_bar_per_team():
    plan = plan_deck(big_workshop(teams=25, long_texts=True), "fr", sections=("progress",))
    main = [p for p in plan.pages if p.chapter.part == MAIN]
    appendix = [p for p in plan.pages if p.chapter.part == APPENDIX]
    assert len(main) <= 5 and len(appendix) > 25
    assert [p.chapter.title for p in main][1:] == ["Avancement de chaque équipe"] * (
        len(main) - 1)
    details = {p.chapter.title for p in appendix}
    assert "Équipe 07 — Région 0 — atteints ou en bonne voie\u00a0: 0\u00a0sur\u00a06" in details
    small = plan_deck(progress_workshop(), "en", sections=("progress",))
    assert all(p.chapter.part == MAIN for p in small.pages)


def test_the_main_deck_alone_does_not_build_the_appendix_chapters():
    """Forty teams' charts and details are the appendix's: a main-deck-only export (the
    default) must not spend its time drawing them."""
    from okr_workshop.export.context import DeckContext
    from okr_workshop.export.slides_alignment import alignment
    from okr_workshop.export.slides_progress import progress_slides

    big = big_workshop(teams=40)
    main_only = DeckContext(big, Language.FRENCH, appendix=False)
    chapters = progress_slides(main_only) + alignment(main_only)
    assert chapters and all(c.part == MAIN for c in chapters)
    full = DeckContext(big, Language.FRENCH)
    assert any(c.part == APPENDIX for c in progress_slides(full) + alignment(full))


def test_an_objective_and_its_key_results_stay_on_one_slide(sample_fr):
    """French sample: a team's last key result went alone to a "(suite)" slide."""
    plan = plan_deck(sample_fr, "fr", sections=("progress",))
    detail = [p for p in plan.pages if "atteints ou en bonne voie" in p.chapter.title
              and p.chapter is not plan.pages[0].chapter]
    assert len(detail) > len({id(p.chapter) for p in detail})  # some teams take 2 slides
    for page in detail:  # every slide starts with an objective (bold), never a key result
        first = page.flowables[0]
        first = first.children[0] if isinstance(first, Stack) else first
        assert getattr(first, "style", None) is not None and first.style.name == "label"
        assert len(page.flowables) > 1  # and a key result with it
