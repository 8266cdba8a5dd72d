"""Cutting content into slides: split at objective boundaries, "Sales (2/2)" titles, and
no slide nearly empty after one that had room (issue 14, point 3)."""

from __future__ import annotations

import pytest

from okr_workshop.domain.model import Language
from okr_workshop.export import build_deck, theme
from okr_workshop.export.deck import plan_deck
from okr_workshop.export.layout import Group, paginate, paginate_balanced, used_height
from okr_workshop.export.markup import para
from tests.export.builders import (
    big_workshop,
    many_teams_workshop,
    paragraph,
    remarks_workshop,
)
from tests.export.conftest import fixed_sample
from tests.export.pdf_reading import flat, page_texts, reader


def chapters(plan):
    """The planned pages, chapter by chapter."""
    runs: list[list] = []
    for page in plan.pages:
        if runs and runs[-1][0].chapter is page.chapter:
            runs[-1].append(page)
        else:
            runs.append([page])
    return runs


def fill(page, width: float) -> float:
    return used_height(page.flowables, width) / page.frame_height


def nearly_empty_after_room(plan) -> list[str]:
    """Slides under a third full whose previous slide of the chapter had room for their
    first piece of content."""
    width = plan.ctx.geometry.content_width
    found = []
    for pages in chapters(plan):
        for previous, page in zip(pages, pages[1:], strict=False):
            if fill(page, width) >= 1 / 3:
                continue
            first = page.flowables[0]
            room = previous.frame_height - used_height(previous.flowables, width)
            if first.getSpaceBefore() + first.wrap(width, 1e6)[1] <= room:
                found.append(f"{page.chapter.title}: {fill(page, width):.0%}")
    return found


def test_at_the_rule_s_maximum_objectives_stay_whole_and_pages_are_numbered():
    """3 objectives × 2 key results with check-ins: an objective never leaves a key result
    on the next slide, and the slides say "(1/2)", "(2/2)" in both languages."""
    for language, sample_team in ((Language.FRENCH, "Équipe 01"),
                                  (Language.ENGLISH, "Équipe 02")):
        workshop = big_workshop(teams=2, objectives=3, key_results=2, language=language)
        plan = plan_deck(workshop, language, sections=("teams",))
        assert nearly_empty_after_room(plan) == []
        texts = [flat(t) for t in page_texts(reader(build_deck(workshop, language,
                                                               sections=("teams",))))]
        for team in workshop.teams:
            pages = [t for t in texts if flat(team.name) in t]
            total = len(pages)
            if total > 1:  # "Sales commits to 3 objectives … (2/3)"
                for number, text in enumerate(pages, start=1):
                    assert f"({number}/{total})" in text
            for objective in team.objectives:
                if not objective.key_results:
                    continue
                holding = [t for t in pages if flat(objective.title) in t]
                assert len(holding) == 1, objective.title
                for kr in objective.key_results:  # on the objective's own slide
                    assert flat(kr.text) in holding[0]
        assert any(sample_team in t for t in texts)


def test_a_long_alignment_is_spread_evenly_and_never_leaves_one_line_alone():
    workshop = big_workshop(teams=14)
    plan = plan_deck(workshop, Language.ENGLISH, sections=("alignment",))
    pages = plan.pages
    assert len(pages) > 1
    width = plan.ctx.geometry.content_width
    # (The appendix's divider slide is short on purpose: it opens the appendix.)
    fills = [fill(page, width) for page in pages if page.chapter.section != "appendix"]
    assert min(fills) >= 1 / 3, fills
    # Never one line alone: a page holds several flowables, or a part of the coverage
    # matrix with its header and at least two teams' rows.
    assert all(len(page.flowables) > 1 or len(getattr(page.flowables[0], "_cellvalues", ()))
               >= 3 for page in pages), [[type(f).__name__ for f in p.flowables] for p in pages]
    assert nearly_empty_after_room(plan) == []
    texts = page_texts(reader(build_deck(workshop, Language.ENGLISH, sections=("alignment",))))
    # 14 teams: the story's matrix by department, each team's row in the appendix, over
    # several slides numbered "(i/n)" within their chapter.
    spread = 0
    for group in chapters(plan):
        if len(group) == 1:
            continue
        spread += 1
        start = pages.index(group[0])
        for number, page in enumerate(group, start=1):
            title = f"{page.chapter.title} ({number}/{len(group)})"
            assert flat(title) in flat(texts[start + number - 1])
    assert spread


def test_many_small_items_are_balanced_over_their_pages():
    style = theme.styles()["body"]
    items = [para(f"Ligne {n} " + paragraph(30, f"L{n}"), style) for n in range(41)]
    line = items[0].wrap(500, 1e6)[1] + style.spaceBefore
    height = 20 * line - 1  # 20 lines a page: greedy gives 20, 20 and 1
    assert [len(p) for p in paginate(items, 500, height, height)] == [20, 20, 1]
    counts = [len(p) for p in paginate_balanced(items, 500, height)]
    assert len(counts) == 3 and max(counts) - min(counts) <= 1, counts


def test_an_objective_taller_than_a_slide_keeps_its_heading_with_a_key_result():
    styles = theme.styles()
    heading = para("Objectif", styles["heading"])
    rows = [para(paragraph(400, f"KR{n}"), styles["body"]) for n in range(8)]
    intro = para(paragraph(600, "Intro"), styles["body"])
    pages = paginate([intro, Group([heading, *rows])], 600, 300, 300)
    for page in pages:
        assert page[-1] is not heading, "a heading alone at the foot of a slide"
    where = next(i for i, page in enumerate(pages) if heading in page)
    assert pages[where].index(heading) < len(pages[where]) - 1


def test_an_objective_that_fits_moves_whole_to_the_next_slide():
    styles = theme.styles()
    first = Group([para("Objectif 1", styles["heading"]),
                   *[para(paragraph(200, f"A{n}"), styles["body"]) for n in range(3)]])
    second_rows = [para(paragraph(200, f"B{n}"), styles["body"]) for n in range(3)]
    second = Group([para("Objectif 2", styles["heading"]), *second_rows])
    height = used_height(first.flowables, 600) + 60  # room for one more line, not three
    pages = paginate([first, second], 600, height, height)
    assert len(pages) == 2
    assert pages[1] == second.flowables


@pytest.mark.parametrize("build", [
    lambda: fixed_sample(Language.ENGLISH),
    lambda: remarks_workshop(Language.FRENCH),
    lambda: big_workshop(teams=9),
    lambda: big_workshop(teams=3, objectives=4, key_results=3, long_texts=True),
    lambda: many_teams_workshop(25),
    lambda: many_teams_workshop(40, Language.ENGLISH),
])
def test_no_slide_nearly_empty_after_one_that_had_room(build):
    workshop = build()
    assert nearly_empty_after_room(plan_deck(workshop, workshop.language)) == []


def test_balancing_never_splits_an_objective_that_fits_a_slide():
    """A tall objective then a short one: the short one moves to a second slide, under a
    third full, and balancing must not cut the tall one to even the slides out."""
    styles = theme.styles()
    tall = Group([para("Objectif 1", styles["heading"]),
                  *[para(paragraph(300, f"A{n}"), styles["body"]) for n in range(4)]])
    short = Group([para("Objectif 2", styles["heading"]),
                   para(paragraph(60, "B"), styles["body"])])
    height = used_height(tall.flowables, 600) + 20
    pages = paginate_balanced([tall, short], 600, height)
    assert pages == [tall.flowables, short.flowables]


def test_an_objective_taller_than_a_slide_repeats_its_heading_and_leaves_no_line_alone():
    styles = theme.styles()
    heading = para("Objectif", styles["heading"])
    line = para("Une ligne", styles["body"])
    step = used_height([heading, line], 600) - used_height([heading], 600)
    height = used_height([heading], 600) + 3 * step + 1  # three lines under the heading
    rows = [para(f"Résultat clé {n}", styles["body"]) for n in range(7)]
    pages = paginate([Group([heading, *rows], repeat=heading)], 600, height, height)
    # Greedy would give 3, 3 and one line alone: the last page takes one more.
    assert [len(page) - 1 for page in pages] == [3, 2, 2]
    assert all(page[0] is heading for page in pages)
    assert [f for page in pages for f in page[1:]] == rows  # every line, in order
    assert all(used_height(page, 600) <= height for page in pages)


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_a_strategic_objective_and_its_why_share_a_slide(language):
    """The French sample's second strategic objective ended slide 1 with its why on slide 2."""
    workshop = fixed_sample(language)
    texts = [flat(t) for t in page_texts(reader(build_deck(workshop, language,
                                                           sections=("strategy",))))]
    for objective in workshop.strategic_objectives:
        holding = [t for t in texts if flat(objective.title) in t]
        assert len(holding) == 1 and flat(objective.why) in holding[0], objective.title


@pytest.mark.parametrize("teams", [9, 25, 27, 40])
def test_the_bars_of_each_team_share_their_slides_evenly(teams):
    """Rows of two team bars: 25 teams gave 4, 4, 4 and 1 row (one team at 18 % after three
    full slides); the rows are shared out, never more than one apart."""
    workshop = many_teams_workshop(teams)
    for appendix in (True, False):
        plan = plan_deck(workshop, workshop.language, ("progress",), appendix=appendix)
        rows = [len(p.flowables) for p in plan.pages
                if p.chapter.title == plan.ctx.t("deck.progress.teams")]
        assert sum(rows) == (teams + 1) // 2, rows
        assert max(rows) - min(rows) <= 1, rows
