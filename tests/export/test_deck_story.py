"""The deck tells a story: cover, summary in numbers, who took part, the cycle ahead; the
coach's diagnostics in an appendix after it, behind a divider; speaker notes everywhere.
Read back from the PDF, as the room would read it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
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
)
from reportlab.pdfbase.pdfmetrics import stringWidth

from okr_workshop.domain.model import (
    Action,
    Cadence,
    Language,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    RitualKind,
    StrategicObjective,
)
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import HealthStatus, health_check, status_label
from okr_workshop.export import build_deck
from okr_workshop.export.deck import draw_deck, plan_deck
from okr_workshop.export.sections import APPENDIX, BY_KEY, MAIN, SECTIONS
from okr_workshop.export.slides_summary import shorten
from tests.export.builders import (
    EMOJI,
    key_result,
    many_teams_workshop,
    messy_teams_workshop,
    paragraph,
    team,
    workshop,
)
from tests.export.conftest import fixed_sample
from tests.export.pdf_reading import all_text, flat, outline, page_texts, reader

ALLOWED_SHAPES = (Rect, Line, String, Circle, Polygon, PolyLine, Path, Group)


def story_workshop(language: Language = Language.ENGLISH):
    """Two teams with ambassadors, a guest, rituals with time and place, actions with
    owners and due dates, an undecided candidate and a parked objective; messy names."""
    sales = team("Sales <b>& Co</b>", [("Win the south", [key_result("Sign 10 shops")])])
    ops = team("Ops " + EMOJI, [("Ship faster", [key_result("Cut lead time")])])
    ana = Participant(name="Ana Ñúñez", team_id=sales.id, position=0)
    bob = Participant(name="Bob <i>O'Brien</i>", team_id=sales.id, position=1)
    chen = Participant(name="Chén Lǐ", team_id=ops.id, position=2)
    dina = Participant(name="Dina Guest", position=3)  # in no team
    undecided = Objective(team_id=ops.id, title="Maybe open a shop in Lyon", position=5)
    parked = Objective(team_id=sales.id, title="Later: a loyalty card", position=6,
                       status=ObjectiveStatus.PARKED)
    sales = replace(sales, ambassador_id=ana.id, objectives=(*sales.objectives, parked))
    ops = replace(ops, ambassador_id=chen.id, objectives=(*ops.objectives, undecided))
    rituals = (
        Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY, starts_on=date(2027, 1, 4),
               starts_at="09:30", duration_minutes=15, place="Room Alpine & <b>bold</b>",
               note="Latest values and confidence"),
        Ritual(kind=RitualKind.ALL_HANDS, cadence=Cadence.ONCE, starts_on=date(2027, 3, 25),
               starts_at="17:00", duration_minutes=60, place="Canteen", position=1),
    )
    actions = (
        Action(text="Send the posters to print", owner_id=bob.id, due=date(2027, 1, 8)),
        Action(text="Book the canteen <b>now</b>", owner_id=dina.id, due=date(2027, 2, 1),
               position=1),
    )
    return workshop([sales, ops], language, vision="Outdoors for everyone. " * 30,
                    participants=(ana, bob, chen, dina), rituals=rituals, actions=actions)


@pytest.fixture(scope="module")
def story_en():
    return story_workshop(Language.ENGLISH)


@pytest.fixture(scope="module")
def plan_en(story_en):
    return plan_deck(story_en, Language.ENGLISH)


@pytest.fixture(scope="module")
def texts_en(plan_en) -> list[str]:
    return [flat(text) for text in page_texts(reader(draw_deck(plan_en)))]


def test_the_english_cover_says_okr_results_and_no_slide_says_restitution(deck_en, deck_fr):
    english = page_texts(reader(deck_en))
    assert "OKR results" in flat(english[0])
    assert "restitution" not in all_text(reader(deck_en)).lower()
    assert "Restitution des OKR" in flat(page_texts(reader(deck_fr))[0])


def test_the_summary_follows_the_cover_with_the_vision_strategy_and_numbers(sample_en):
    plan = plan_deck(sample_en, Language.ENGLISH)
    assert plan.pages[1].chapter.section == "summary"
    text = flat(page_texts(reader(draw_deck(plan)))[1])
    assert text.startswith("At a glance")
    assert sample_en.vision.split(".")[0] in text
    for strategic in sample_en.strategic_objectives:
        assert strategic.title in text
    kept = [o for t in sample_en.teams for o in t.objectives_with(ObjectiveStatus.KEPT)]
    krs = sum(len(o.key_results) for o in kept)
    for number, words in ((len(kept), "objectives kept"), (krs, "key results"),
                          (len(sample_en.participants), "people took part")):
        assert f"{number} {words}" in text, (number, words)


@pytest.mark.parametrize(("language", "people", "expected"), [
    (Language.ENGLISH, 1, ("1 team committed", "1 objective kept", "1 key result",
                           "1 person took part")),
    (Language.ENGLISH, 0, ("0 people took part",)),
    (Language.FRENCH, 1, ("1 équipe engagée", "1 objectif retenu", "1 résultat clé",
                          "1 participant")),
    (Language.FRENCH, 0, ("0 participant",)),
])
def test_the_summary_tiles_read_right_for_one(language, people, expected):
    """"1 teams committed" would be the first thing the room reads wrong."""
    lone = team("Ventes", [("Gagner le sud", [key_result("Signer 10 boutiques")])])
    participants = (Participant(name="Ana", team_id=lone.id),)[:people]
    plan = plan_deck(workshop([lone], language, participants=participants), language,
                     ("cover", "summary"))
    text = flat(page_texts(reader(draw_deck(plan)))[1])
    for words in expected:
        assert words in text, (words, text)
    assert "1 teams" not in text and "1 équipes" not in text and "0 participants" not in text


def test_the_summary_quotes_a_long_vision_short_and_its_notes_keep_it_whole(plan_en,
                                                                           texts_en):
    summary = plan_en.pages[1].chapter
    assert summary.section == "summary"
    assert texts_en[1].count("Outdoors for everyone") < 30 and "…" in texts_en[1]
    assert ("Outdoors for everyone. " * 30).strip() in summary.notes


def test_the_agenda_announces_the_story_only(texts_en):
    agenda = next(text for text in texts_en if text.startswith("Agenda"))
    for section in SECTIONS:
        name = section.name("en")
        if section.part == APPENDIX:
            assert name not in agenda
    assert "Who took part" in agenda and "The cycle ahead" in agenda


def test_who_took_part_names_every_participant_by_team_and_the_ambassadors(
    story_en, texts_en
):
    page = next(text for text in texts_en if text.startswith("Who took part"))
    for person in story_en.participants:
        assert " ".join(person.name.split()) in page, person.name
    assert "Ambassador: Ana Ñúñez" in page
    assert "Facilitation and guests" in page and page.index("Dina Guest") > page.index(
        "Facilitation and guests")
    assert "Sales <b>& Co</b>" in page


def test_the_cycle_ahead_shows_each_ritual_s_day_time_place_and_cadence(texts_en):
    page = next(text for text in texts_en if text.startswith("The cycle ahead"))
    assert "Weekly, from Jan 4, 2027 · at 09:30 · 15 min" in page
    assert "Where: Room Alpine & <b>bold</b>" in page
    assert "On Mar 25, 2027 · at 17:00 · 60 min" in page
    assert "Feb 1" in page and "Mar 1" in page  # the months under the lanes
    assert "Start Jan 1" in page and "End Mar 31" in page  # the timeline's ends


def _shapes(node):
    for child in getattr(node, "contents", []):
        yield child
        yield from _shapes(child)


def _drawings(flowable):
    if isinstance(flowable, Drawing):
        yield flowable
    for child in getattr(flowable, "cells", []) + getattr(flowable, "children", []):
        yield from _drawings(child)


def test_the_timeline_is_a_drawing_of_plain_shapes_with_a_mark_per_meeting(plan_en):
    page = next(p for p in plan_en.pages if p.chapter.section == "rituals")
    drawings = [d for f in page.flowables for d in _drawings(f)]
    assert len(drawings) == 1
    shapes = list(_shapes(drawings[0]))
    assert shapes and all(isinstance(s, ALLOWED_SHAPES) for s in shapes)
    # 13 weekly check-ins from Jan 4 to Mar 29, one all-hands (a diamond); 2 lane badges.
    assert sum(isinstance(s, Circle) for s in shapes) == 13 + 2
    assert sum(isinstance(s, Polygon) for s in shapes) == 1
    assert all(s.fontSize >= 18 for s in shapes if isinstance(s, String))


def test_next_steps_are_the_workshop_s_actions_with_owner_and_due_date_then_ours(texts_en):
    page = next(text for text in texts_en if "Next steps" in text[:40])
    assert "1. Send the posters to print — Owner: Bob <i>O'Brien</i> · due Jan 8, 2027" in page
    assert "2. Book the canteen <b>now</b> — Owner: Dina Guest · due Feb 1, 2027" in page
    assert "3. Pin up each team's poster" in page


JARGON = ("Good practices ticked", "Bonnes pratiques cochées", "Mistake ", "Erreur ",
          "In place", "En place", "quality", "qualité", "health", "santé", "remark",
          "remarque", "finding", "constat", "diagnostic", "coach")


def typed_texts(workshop_) -> list[str]:
    """Everything the people in the room typed: theirs to word, longest first."""
    texts = [workshop_.title, workshop_.organisation, workshop_.vision,
             workshop_.facilitator, workshop_.cycle_label]
    texts += [t for s in workshop_.strategic_objectives for t in (s.title, s.why)]
    for team_ in workshop_.teams:
        texts += [team_.name, team_.department]
        for o in team_.objectives:
            texts += [o.title, o.why, o.non_alignment_reason]
            for kr in o.key_results:
                texts += [kr.text, kr.metric, kr.owner, kr.data_source, kr.unit]
                texts += [c.comment for c in kr.check_ins]
    texts += [p.name for p in workshop_.participants]
    texts += [t for r in workshop_.rituals for t in (r.note, r.place)]
    texts += [a.text for a in workshop_.actions] + [f.text for f in workshop_.feedback]
    texts = [flat(t) for t in texts if len(t.strip()) > 3]  # "h", "km": parts of words
    # Quoted short on the summary and the department slides: "… la même qualité, qu’il…".
    texts += [shorten(t, limit).rstrip("…") for t in texts for limit in (42, 80, 110, 220)
              if len(t) > limit]
    return sorted(set(texts), key=len, reverse=True)


@pytest.mark.parametrize("build", [
    lambda: fixed_sample(Language.ENGLISH),
    lambda: fixed_sample(Language.FRENCH),
    lambda: messy_teams_workshop(Language.ENGLISH),
    lambda: messy_teams_workshop(Language.FRENCH),
    lambda: many_teams_workshop(25, Language.ENGLISH),
    lambda: many_teams_workshop(25, Language.FRENCH),
], ids=["sample_en", "sample_fr", "messy_en", "messy_fr", "25_teams_en", "25_teams_fr"])
def test_no_coach_jargon_on_the_main_slides(build):
    """What the coach's diagnostics call things stays in the appendix (words of ours only:
    what the teams typed is theirs to word)."""
    workshop_ = build()
    plan = plan_deck(workshop_, workshop_.language)
    texts = page_texts(reader(draw_deck(plan)))
    main = " ".join(flat(t) for t, p in zip(texts, plan.pages, strict=True)
                    if p.chapter.part == MAIN)
    for typed in typed_texts(workshop_):
        main = main.replace(typed, " ")
    # "Restitution des OKR" is the French cover; in English it means repayment.
    english = ("restitution",) if workshop_.language == Language.ENGLISH else ()
    for jargon in (*JARGON, *english):
        at = main.casefold().find(jargon.casefold())
        assert at < 0, (jargon, main[max(0, at - 80):at + 40])


def test_the_appendix_follows_the_whole_story_behind_a_divider(plan_en, texts_en):
    parts = [page.chapter.part for page in plan_en.pages]
    first = parts.index(APPENDIX)
    assert set(parts[:first]) == {MAIN} and set(parts[first:]) == {APPENDIX}
    assert texts_en[first].startswith("Appendix")
    for name in ("Key-result quality", "OKR health", "Parking lot and undecided objectives"):
        assert name in texts_en[first]
    sections = [page.chapter.section for page in plan_en.pages[first + 1:]]
    assert sections[0] == "quality" and "health" in sections and sections[-1] == "focus"


def test_the_appendix_names_the_parking_lot_and_the_undecided_candidates(texts_en):
    appendix = " ".join(texts_en[-3:])
    assert "Later: a loyalty card" in appendix
    assert "Neither kept nor parked" in appendix
    assert "Maybe open a shop in Lyon" in appendix
    assert "1 Still undecided" in appendix


def test_health_shows_five_large_states_in_one_vocabulary(texts_en, story_en):
    page = next(text for text in texts_en if text.startswith("OKR health"))
    states = [status_label(s, "en") for s in HealthStatus]
    assert sum(page.count(state) for state in states) >= 5
    assert status_label(HealthStatus.AT_RISK, "fr") == "À risque"


def test_main_deck_only_leaves_out_every_appendix_page(story_en):
    plan = plan_deck(story_en, Language.ENGLISH, appendix=False)
    assert {page.chapter.part for page in plan.pages} == {MAIN}
    text = all_text(reader(draw_deck(plan)))
    assert "Appendix" not in text and "Maybe open a shop in Lyon" not in text
    assert "Who took part" in text
    # The bookmarks stop with the story.
    assert "Appendix" not in [b.title for b in outline(reader(draw_deck(plan)))]


def test_every_slide_of_the_story_frame_has_speaker_notes(plan_en):
    mine = {"cover", "summary", "agenda", "vision", "strategy", "people", "rituals",
            "feedback", "appendix", "quality", "health", "focus"}
    built = {page.chapter.section for page in plan_en.pages} & mine
    assert built >= {"cover", "summary", "people", "rituals", "appendix", "health", "focus"}
    for page in plan_en.pages:
        if page.chapter.section in mine:
            assert page.chapter.notes.strip(), page.chapter.section


def test_the_notes_keep_what_the_slide_leaves_out(plan_en):
    rituals = next(p.chapter for p in plan_en.pages if p.chapter.section == "rituals")
    assert "Latest values and confidence" in rituals.notes  # the agenda of the check-in
    people = next(p.chapter for p in plan_en.pages if p.chapter.section == "people")
    assert "(4)" in people.notes


def test_french_story_words_are_native(tmp_path):
    text = all_text(reader(build_deck(story_workshop(Language.FRENCH), "fr")))
    for words in ("L’essentiel", "Qui a participé", "Le cycle qui vient", "Annexe",
                  "Ambassadeur : Ana Ñúñez", "Ni retenus ni mis au parking"):
        assert words in text, words
    assert "Chaque semaine, à partir du" in text


def test_a_workshop_without_participants_or_rituals_still_gives_a_story():
    bare = workshop([team("Solo", [("Do it", [key_result("One")])])], Language.ENGLISH)
    plan = plan_deck(bare, "en")
    sections = [page.chapter.section for page in plan.pages]
    assert "people" not in sections  # nothing to show: left out, like feedback
    assert "rituals" in sections


def test_a_team_s_card_is_never_cut_from_its_ambassador():
    """A row of cards that did not fit the rest of the slide was split: a team's name at
    the foot of one slide, its ambassador at the top of the next."""
    teams, people = [], []
    for number in range(6):
        built = team(f"Team {number}", [("Objective", [key_result("One")])])
        ambassador = Participant(name=f"Ambassador{number} Person", team_id=built.id,
                                 position=number * 100)
        people += [ambassador] + [
            Participant(name=f"Member{number}x{k} Longername", team_id=built.id,
                        position=number * 100 + k + 1) for k in range(12)]
        teams.append(replace(built, ambassador_id=ambassador.id))
    plan = plan_deck(workshop(teams, Language.ENGLISH, participants=tuple(people)), "en",
                     sections=("people",))
    texts = [flat(text) for text in page_texts(reader(draw_deck(plan)))]
    assert len(texts) > 1
    for number in range(6):
        assert any(f"Team {number}" in text and f"Ambassador{number} Person" in text
                   for text in texts), number


def test_a_huge_team_name_is_shortened_on_its_card_so_its_ambassador_follows_it():
    huge = team("Équipe " + paragraph(490, "Nom"), [("Objectif", [key_result("Un")])])
    ambassador = Participant(name="Zoé Ambassadrice", team_id=huge.id)
    bare = workshop([replace(huge, ambassador_id=ambassador.id)], Language.FRENCH,
                    participants=(ambassador,))
    plan = plan_deck(bare, "fr", sections=("people",))
    texts = [flat(text) for text in page_texts(reader(draw_deck(plan)))]
    assert len(texts) == 1
    assert "Équipe Nom dolor0001" in texts[0] and "Ambassadeur : Zoé Ambassadrice" in texts[0]


def _timeline_strings(plan) -> list[String]:
    page = next(p for p in plan.pages if p.chapter.section == "rituals")
    drawings = [d for f in page.flowables for d in _drawings(f)]
    return [s for d in drawings for s in _shapes(d) if isinstance(s, String)]


def test_a_long_cycle_labels_fewer_months_so_they_never_overlap():
    long = replace(story_workshop(), cycle_start=date(2027, 1, 1), cycle_end=date(2028, 12, 31))
    strings = _timeline_strings(plan_deck(long, "en", sections=("rituals",)))
    months = sorted((s for s in strings if s.y < 10), key=lambda s: s.x)
    assert 6 <= len(months) < 23  # not all 23 month starts: no room for them
    for left, right in zip(months, months[1:], strict=False):
        half = (stringWidth(left.text, left.fontName, left.fontSize)
                + stringWidth(right.text, right.fontName, right.fontSize)) / 2
        assert right.x - left.x > half, (left.text, right.text)


def test_rituals_without_any_date_give_their_list_and_no_timeline():
    undated = replace(story_workshop(), cycle_start=None, cycle_end=None, rituals=(
        Ritual(kind=RitualKind.RETROSPECTIVE, cadence=Cadence.MONTHLY, place="Salle 2"),))
    plan = plan_deck(undated, "en", sections=("rituals",))
    assert _timeline_strings(plan) == []
    text = all_text(reader(draw_deck(plan)))
    assert "Monthly, date to be set · 30 min" in text and "Where: Salle 2" in text


@pytest.mark.parametrize("which", ["fr", "en"])
def test_every_participant_of_the_samples_is_named(which, request):
    sample = request.getfixturevalue(f"sample_{which}")
    text = all_text(reader(request.getfixturevalue(f"deck_{which}")))
    missing = [p.name for p in sample.participants if flat(p.name) not in text]
    assert missing == [] and len(sample.participants) > 20


def test_more_strategic_objectives_than_the_summary_holds_are_counted_not_dropped():
    many = replace(story_workshop(), strategic_objectives=tuple(
        StrategicObjective(title=f"Strategic {n}", position=n) for n in range(7)))
    plan = plan_deck(many, "en", sections=("summary", "strategy"))
    texts = [flat(t) for t in page_texts(reader(draw_deck(plan)))]
    assert "Strategic 3" in texts[0] and "Strategic 4" not in texts[0]
    assert "… and 3 more." in texts[0]
    assert all(f"Strategic {n}" in " ".join(texts[1:]) for n in range(7))
    assert all(f"{n + 1}. Strategic {n}" in plan.pages[0].chapter.notes for n in range(7))


def test_many_teams_put_three_cards_a_row_and_never_break_a_name():
    names = ("Ana Lefèvre", "Marie-Hélène Dubois", "Océane Marchand")
    teams, people = [], []
    for number in range(12):
        built = team(f"Team {number:02d}", [("Objective", [key_result("One")])])
        members = [Participant(name=f"{name} {number}", team_id=built.id,
                               position=number * 10 + k) for k, name in enumerate(names)]
        people += members
        teams.append(replace(built, ambassador_id=members[0].id))
    plan = plan_deck(workshop(teams, Language.FRENCH, participants=tuple(people)), "fr",
                     sections=("people",))
    lines = [line.replace("\u00a0", " ") for text in page_texts(reader(draw_deck(plan)))
             for line in text.splitlines()]
    for person in people:
        assert any(person.name in line for line in lines), person.name
    first_row = plan.pages[0].flowables[0]
    assert len(first_row.flowables[0].cells if hasattr(first_row, "flowables")
               else first_row.cells) == 3


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.FRENCH])
def test_the_sample_s_timeline_and_its_four_rituals_share_one_slide(language):
    from tests.export.conftest import fixed_sample

    plan = plan_deck(fixed_sample(language), language, sections=("rituals",))
    assert [page.chapter.section for page in plan.pages] == ["rituals", "rituals"]
    text = flat(page_texts(reader(draw_deck(plan)))[0])
    for ritual in fixed_sample(language).rituals:
        assert plan.ctx.t(f"deck.ritual.{ritual.kind.value}") in text


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_the_five_states_never_cut_a_mistake_s_title_mid_word(language):
    """Five states side by side left 150 pt a title: the French read « com munication » and
    « resp onsabilisation »."""
    workshop = messy_teams_workshop(language)
    texts = page_texts(reader(build_deck(workshop, language, sections=("health",),
                                         appendix=True)))
    name = flat(BY_KEY["health"].name(language))
    first = next(flat(t) for t in texts if flat(t).startswith(name))
    for mistake in health_check(workshop, check_workshop(workshop)):
        assert flat(mistake.title(language)) in first, mistake.title(language)
