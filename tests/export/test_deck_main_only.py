"""The main deck without its appendix (the default in the window and the command line)
never sends the room to an appendix that is not there: what the appendix would hold is
named on the slide or in its speaker notes, and the slide says which."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from okr_workshop.domain.model import Dependency, Language, Workshop
from okr_workshop.domain.steering.standing import Standing, objective_reading
from okr_workshop.export.deck import DeckPlan, draw_deck, plan_deck
from okr_workshop.export.sections import MAIN
from tests.export.builders import big_workshop, many_teams_workshop, messy_teams_workshop
from tests.export.conftest import fixed_sample
from tests.export.pdf_reading import flat, page_texts, reader

EN, FR = Language.ENGLISH, Language.FRENCH
APPENDIX_WORD = re.compile(r"\b(appendix|annexes?)\b", re.IGNORECASE)
NOTES_WORD = re.compile(r"\b(notes)\b", re.IGNORECASE)

BUILDS = {
    "sample_en": lambda: fixed_sample(EN),
    "sample_fr": lambda: fixed_sample(FR),
    "messy_en": lambda: messy_teams_workshop(EN),
    "messy_fr": lambda: messy_teams_workshop(FR),
    "25_teams_fr": lambda: many_teams_workshop(25, FR),
    "25_teams_en": lambda: many_teams_workshop(25, EN),
    # Dozens of dependencies would bury the diagram: its legend points elsewhere.
    "many_dependencies": lambda: linked(big_workshop(14)),
}


def linked(workshop: Workshop) -> Workshop:
    """Each team's first objective depends on the next team's."""
    firsts = [team.objectives[0].id for team in workshop.teams]
    return replace(workshop, dependencies=tuple(
        Dependency(from_objective_id=a, to_objective_id=b, note="Données partagées")
        for a, b in zip(firsts, firsts[1:], strict=False)))


def _plan(name: str) -> DeckPlan:
    workshop = BUILDS[name]()
    return plan_deck(workshop, workshop.language, appendix=False)


@pytest.fixture(scope="module", params=sorted(BUILDS))
def main_only(request) -> tuple[DeckPlan, list[str]]:
    plan = _plan(request.param)
    return plan, [flat(t) for t in page_texts(reader(draw_deck(plan)))]


def test_the_main_deck_alone_never_mentions_an_appendix(main_only):
    plan, texts = main_only
    assert {p.chapter.part for p in plan.pages} == {MAIN}
    said = [(n, t) for n, t in enumerate(texts) if APPENDIX_WORD.search(t)]
    assert said == []
    notes = [p.chapter.title for p in plan.pages if APPENDIX_WORD.search(p.chapter.notes)]
    assert notes == []


def test_a_long_dependency_legend_points_to_the_notes_that_hold_it():
    plan = _plan("many_dependencies")
    page = next(p for p in plan.pages if p.chapter.section == "alignment"
                and "Données partagées" in p.chapter.notes)
    assert len(re.findall("Données partagées", page.chapter.notes)) == 13


def test_key_results_without_a_check_in_are_named_where_the_slide_says(main_only):
    plan, texts = main_only
    ctx = plan.ctx
    if ctx.as_of is None:
        return
    unchecked = [r.kr.text for team in ctx.workshop.teams for o in ctx.kept(team)
                 for r in objective_reading(ctx.workshop, o, ctx.as_of).readings
                 if r.standing == Standing.NO_CHECK_IN]
    progress = [(p, t) for p, t in zip(plan.pages, texts, strict=True)
                if p.chapter.section == "progress"]
    assert progress or not unchecked
    on_slides = " ".join(t for _, t in progress)
    # In the notes of a slide that says they are there.
    pointed = " ".join(flat(p.chapter.notes) for p, t in progress if NOTES_WORD.search(t))
    missing = [kr for kr in unchecked if flat(kr) not in on_slides and flat(kr) not in pointed]
    assert missing == []
