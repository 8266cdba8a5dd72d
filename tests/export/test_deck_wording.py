"""The deck's words as a native speaker and a typographer read them (issue 14's review,
points 7, 11–13): a count never breaks from its total, the notes say what an objective
contributes to, an empty team reads naturally, a threshold reads as one."""

from __future__ import annotations

import re

import pytest

from okr_workshop.domain import catalogue
from okr_workshop.domain.model import Language, Participant
from okr_workshop.export.deck import draw_deck, plan_deck
from tests.export.builders import messy_teams_workshop
from tests.export.pdf_reading import all_text, reader

NBSP = "\u00a0"
# "{counted} of {total}", "{good} sur {total}": two numbers joined by one word.
COUNT_OF_TOTAL = re.compile(r"\{\w+\}(\s)(?:of|sur)(\s)\{\w+\}")


def deck_templates() -> list[tuple[str, str, str]]:
    found = []
    for code, words in catalogue.section("deck").items():
        for language, text in words.items():
            for template in text if isinstance(text, tuple) else (text,):
                found.append((code, language, template))
    return found


def test_a_count_never_breaks_from_its_total():
    # "Key results counted: 6 of⏎6" on a slide: the total keeps to its word, the count to
    # the colon (no-break spaces on both sides of "of" / « sur »).
    broken = [(code, language, template) for code, language, template in deck_templates()
              for match in COUNT_OF_TOTAL.finditer(template)
              if match.group(1) != NBSP or match.group(2) != NBSP]
    assert broken == []
    assert any(COUNT_OF_TOTAL.search(t) for _, _, t in deck_templates())  # the test bites


@pytest.fixture(scope="module")
def plan_fr():
    workshop = messy_teams_workshop(Language.FRENCH)
    # Support has nobody listed; Ventes has one person.
    person = Participant(name="Zoé Martin", team_id=workshop.teams[0].id)
    workshop = workshop.__class__(**{**workshop.__dict__, "participants": (person,)})
    return plan_deck(workshop, Language.FRENCH, appendix=True)


@pytest.fixture(scope="module")
def plan_en():
    return plan_deck(messy_teams_workshop(Language.ENGLISH), Language.ENGLISH, appendix=True)


def notes_of(plan) -> str:
    return "\n".join(page.chapter.notes for page in plan.pages)


def test_the_team_notes_say_what_each_objective_contributes_to(plan_fr):
    said = notes_of(plan_fr)
    assert "pourquoi il compte et à quoi il contribue" in said
    assert "ce qu’il sert" not in said and "ce qu'il sert" not in said


def test_a_team_without_participants_reads_naturally(plan_fr):
    text = all_text(reader(draw_deck(plan_fr)))
    assert "Personne n’est encore inscrit" in text
    assert "Personne d’inscrit" not in text


def test_a_threshold_reads_value_then_threshold_in_parentheses():
    words = catalogue.section("deck")["deck.progress.threshold"]
    assert words["en"][0] == "{value} (threshold: {target})"
    assert words["fr"][0] == f"{{value}} (seuil{NBSP}: {{target}})"


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_one_status_vocabulary_on_the_team_and_progress_slides(language):
    # "no check-in" read four ways in French, "Met" beside "Threshold met" in English: the
    # team and progress slides now say the standing words (domain/steering/standing.py).
    from okr_workshop.domain.steering.standing import Standing, standing_label, threshold_label

    workshop = messy_teams_workshop(language)
    team0 = workshop.teams[0]
    # One key result left without check-ins, so "no check-in yet" shows on both slides.
    first = team0.objectives[1]
    bare = first.key_results[1].__class__(**{**first.key_results[1].__dict__, "check_ins": ()})
    objective = first.__class__(**{**first.__dict__, "key_results": (
        first.key_results[0], bare, *first.key_results[2:])})
    team0 = team0.__class__(**{**team0.__dict__, "objectives": (
        team0.objectives[0], objective, *team0.objectives[2:])})
    workshop = workshop.__class__(**{**workshop.__dict__, "teams": (team0,
                                                                     *workshop.teams[1:])})
    plan = plan_deck(workshop, language, sections=("teams", "progress"), appendix=False)
    text = " ".join(all_text(reader(draw_deck(plan))).split())
    shown = {standing_label(Standing.NO_CHECK_IN, language), threshold_label(False, language)}
    for words in shown:
        assert text.count(words) >= 2, words  # on the team slide and on the progress slide
    others = {Language.FRENCH: ("Pas encore de point", "Sans point d’étape"),
              Language.ENGLISH: (" Met ", " Not met ")}[language]
    for words in others:
        assert words not in f" {text} ", words
    for code in ("deck.kr.no_check_in", "deck.kr.threshold_met", "deck.kr.threshold_not_met",
                 "deck.progress.met", "deck.progress.not_met"):
        assert code not in catalogue.section("deck"), code  # the duplicates are gone


# The instructions the French notes give, in the infinitive: the notes speak to the coach in
# one register, the « vous » imperative (« Invitez », « Lisez »), as the team notes do.
INFINITIVES = re.compile(
    r"(?:^|[.:;,]\s|\bet\s)(accueillir|présenter|annoncer|lire|dire|remercier|inviter|"
    r"rappeler|reprendre|à reprendre|expliquer|montrer)\b", re.IGNORECASE)


def test_the_french_speaker_notes_speak_in_one_register():
    notes = {code: words["fr"][0] for code, words in catalogue.section("deck").items()
             if code.startswith("deck.notes.")}
    infinitive = {code: text for code, text in notes.items() if INFINITIVES.search(text)}
    assert infinitive == {}
    said = " ".join(notes.values())
    for imperative in ("Accueillez", "Lisez", "Remerciez", "Invitez", "dites"):
        assert imperative in said, imperative
