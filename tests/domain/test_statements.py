"""The sentence each kept objective is read aloud with, in French and English."""

from __future__ import annotations

import pytest

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import (
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Team,
    Workshop,
)
from okr_workshop.domain.statements import (
    clause,
    join_clauses,
    lower_first,
    objective_statement,
    read_aloud_text,
    team_statements,
)

NBSP = "\u00a0"
FR_KRS = (
    "Porter le taux de conversion de 1,8 % à 3 %",
    "Réduire l'abandon de panier de 62 % à 45 %.",
    "Passer le NPS de 32 à 45",
)
EN_KRS = (
    "Increase website conversion from 2.1% to 2.8%",
    "Reduce searches with no results from 14% to 5%.",
    "Raise store NPS from 48 to 60",
)


def build(title: str, krs: tuple[str, ...], language: Language) -> tuple[Workshop, Objective]:
    team = Team(name="Équipe")
    objective = Objective(
        team_id=team.id,
        title=title,
        status=ObjectiveStatus.KEPT,
        key_results=tuple(KeyResult(text=text, position=i) for i, text in enumerate(krs)),
    )
    team = Team(name="Équipe", id=team.id, objectives=(objective,))
    return Workshop(title="Atelier", language=language, teams=(team,)), objective


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, f"Nous allons rendre la commande simple{NBSP}— aucun résultat clé pour "
            "l’instant."),
        (1, f"Nous allons rendre la commande simple{NBSP}— mesuré par le taux de "
            f"conversion de 1,8{NBSP}% à 3{NBSP}%."),
        (2, f"Nous allons rendre la commande simple{NBSP}— mesuré par le taux de "
            f"conversion de 1,8{NBSP}% à 3{NBSP}% et l’abandon de panier de "
            f"62{NBSP}% à 45{NBSP}%."),
        (3, f"Nous allons rendre la commande simple{NBSP}— mesuré par le taux de "
            f"conversion de 1,8{NBSP}% à 3{NBSP}%, l’abandon de panier de "
            f"62{NBSP}% à 45{NBSP}% et le NPS de 32 à 45."),
    ],
)
def test_french_sentence_with_zero_to_three_key_results(count, expected):
    workshop, objective = build("Rendre la commande simple.", FR_KRS[:count], Language.FRENCH)
    assert objective_statement(workshop, objective, Language.FRENCH) == expected


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "We will make ordering simple — no key results yet."),
        (1, "We will make ordering simple as measured by website conversion from "
            "2.1% to 2.8%."),
        (2, "We will make ordering simple as measured by website conversion from "
            "2.1% to 2.8% and searches with no results from 14% to 5%."),
        (3, "We will make ordering simple as measured by website conversion from "
            "2.1% to 2.8%, searches with no results from 14% to 5% and store "
            "NPS from 48 to 60."),
    ],
)
def test_english_sentence_with_zero_to_three_key_results(count, expected):
    workshop, objective = build("Make ordering simple", EN_KRS[:count], Language.ENGLISH)
    assert objective_statement(workshop, objective, Language.ENGLISH) == expected


def test_an_english_objective_with_its_own_comma_is_closed_before_the_key_results():
    workshop, objective = build("Give customers a shop they trust, even on busy days",
                                EN_KRS[:1], Language.ENGLISH)
    assert objective_statement(workshop, objective) == (
        "We will give customers a shop they trust, even on busy days, as measured by "
        "website conversion from 2.1% to 2.8%.")


def test_the_language_defaults_to_the_workshops_and_can_be_asked_for():
    workshop, objective = build("Make ordering simple", EN_KRS[:1], Language.ENGLISH)
    assert objective_statement(workshop, objective).startswith("We will make")
    assert objective_statement(workshop, objective, "fr").startswith("Nous allons make")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Réduire les pertes", "fr", "réduire les pertes"),
        ("À chaque boutique son pain", "fr", "à chaque boutique son pain"),
        ("L'équipe au complet", "fr", "l'équipe au complet"),
        ("NPS au-dessus de 40", "fr", "NPS au-dessus de 40"),
        ("B2B : doubler les ventes", "fr", "B2B : doubler les ventes"),
        ("McDonald's as a partner", "en", "McDonald's as a partner"),
        ("YouTube views doubled", "en", "YouTube views doubled"),
        ("I help the team", "en", "I help the team"),
        ("Increase repeat purchases", "en", "increase repeat purchases"),
        ("« Zéro perte » partout", "fr", "« Zéro perte » partout"),
        ("déjà en minuscule", "fr", "déjà en minuscule"),
        ("", "fr", ""),
    ],
)
def test_lower_first_keeps_acronyms_and_brands(text, language, expected):
    assert lower_first(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Nous allons  réduire\nles pertes.", "fr", "réduire les pertes"),
        ("We will grow sales!", "en", "grow sales"),
        ("To grow sales…", "en", "grow sales"),
        ("Tomorrow's shop, today", "en", "tomorrow's shop, today"),
        ("Nous allons", "fr", "nous allons"),
    ],
)
def test_clause_drops_words_the_frame_already_says(text, language, expected):
    assert clause(text, language) == expected


def test_a_comma_inside_a_number_is_not_a_pause():
    assert join_clauses(["le taux de 1,8 % à 3 %", "le NPS"], Language.FRENCH) == (
        "le taux de 1,8 % à 3 % et le NPS"
    )
    assert join_clauses(["orders from 300 to 1,200", "NPS"], Language.ENGLISH) == (
        "orders from 300 to 1,200 and NPS"
    )


def test_join_uses_semicolons_when_an_inner_item_has_its_own_comma():
    items = ["réduire de 9 à 6, à volume égal", "porter le NPS à 45", "garder 95 %"]
    assert join_clauses(items, "fr") == (
        "réduire de 9 à 6, à volume égal ; porter le NPS à 45 et garder 95 %"
    )
    assert join_clauses(["a, b", "c", "d"], "en") == "a, b; c; and d"
    # A comma in the last item only is not ambiguous.
    assert join_clauses(["a", "b", "c, d"], "en") == "a, b and c, d"
    assert join_clauses(["a", "b, c"], "fr") == "a et b, c"


@pytest.mark.parametrize("language", list(Language))
def test_the_samples_read_aloud_every_kept_objective_grouped_by_team(language):
    workshop = sample_workshop(language)
    groups = team_statements(workshop)
    kept = [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]
    assert [o.id for g in groups for o, _ in g.statements] == [o.id for o in kept]
    text = read_aloud_text(workshop)
    lead = "Nous allons " if language is Language.FRENCH else "We will "
    assert text.count(lead) == len(kept)
    for group in groups:
        assert group.team.name in text
        assert all(sentence in text for _, sentence in group.statements)
    assert "  " not in text and ".." not in text


def test_french_sample_sentences_follow_french_typography():
    text = read_aloud_text(sample_workshop(Language.FRENCH))
    for mark in (" %", " :", " ;", " »", " —", "'"):
        assert mark not in text, mark
    assert f"1,8{NBSP}% à 3{NBSP}%" in text


def test_nothing_kept_gives_no_text():
    workshop, _ = build("Rendre la commande simple", (), Language.FRENCH)
    team = workshop.teams[0]
    parked = Team(name=team.name, id=team.id, objectives=tuple(
        Objective(team_id=team.id, title=o.title, status=ObjectiveStatus.PARKED, id=o.id)
        for o in team.objectives
    ))
    empty = Workshop(title="Atelier", teams=(parked,))
    assert team_statements(empty) == ()
    assert read_aloud_text(empty) == ""


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Porter le taux de réachat de 22 % à 30 %", Language.FRENCH,
         "le taux de réachat de 22 % à 30 %"),
        ("Faire passer la note de l’appli de 4,1 à 4,5", Language.FRENCH,
         "la note de l’appli de 4,1 à 4,5"),
        ("Increase the repeat purchase rate from 22% to 30%", Language.ENGLISH,
         "the repeat purchase rate from 22% to 30%"),
        # Without both ends, the verb carries the meaning and stays.
        ("Augmenter le panier moyen de 20 %", Language.FRENCH, "augmenter le panier moyen de 20 %"),
        ("Launch the new website", Language.ENGLISH, "launch the new website"),
        ("Passer de 8 000 à 15 000 utilisateurs actifs", Language.FRENCH,
         "passer de 8 000 à 15 000 utilisateurs actifs"),
        ("Keep website availability above 99.9% every month", Language.ENGLISH,
         "website availability above 99.9% every month"),
        ("Zéro accident du travail", Language.FRENCH, "zéro accident du travail"),
    ],
)
def test_a_change_is_read_as_what_is_measured(text, language, expected):
    from okr_workshop.domain.statements import measure_clause

    assert measure_clause(text, language) == expected


# Issue 11, point 4: a key result that is an action, not a measure, is never spliced after
# "mesuré par" / "as measured by" ("as measured by ship the new booking flow").
@pytest.mark.parametrize(
    ("krs", "language", "expected"),
    [
        (("Ship the new booking flow",), Language.ENGLISH,
         "We will make booking simple and ship the new booking flow (no measure yet)."),
        (("Améliorer la satisfaction client",), Language.FRENCH,
         "Nous allons rendre la réservation simple et améliorer la satisfaction client "
         "(pas encore de mesure)."),
        (("Increase website conversion from 2.1% to 2.8%", "Ship the new booking flow"),
         Language.ENGLISH,
         "We will make booking simple as measured by website conversion from 2.1% to 2.8%, "
         "and ship the new booking flow (no measure yet)."),
        (("Porter le taux de conversion de 1,8 % à 3 %", "Améliorer la satisfaction client",
          "Augmenter le panier moyen de 20 %"), Language.FRENCH,
         f"Nous allons rendre la réservation simple{NBSP}— mesuré par le taux de conversion "
         f"de 1,8{NBSP}% à 3{NBSP}%{NBSP}— et améliorer la satisfaction client (pas encore "
         f"de mesure) et augmenter le panier moyen de 20{NBSP}%."),
        (("Passer de 8 000 à 15 000 utilisateurs actifs",), Language.FRENCH,
         "Nous allons rendre la réservation simple et passer de 8 000 à 15 000 utilisateurs "
         "actifs."),
    ],
)
def test_a_key_result_without_a_measure_is_said_in_a_correct_sentence(krs, language, expected):
    title = "Make booking simple" if language is Language.ENGLISH else \
        "Rendre la réservation simple"
    workshop, objective = build(title, krs, language)
    sentence = objective_statement(workshop, objective)
    assert "measured by ship" not in sentence and "mesuré par améliorer" not in sentence
    assert sentence == expected


@pytest.mark.parametrize("language", list(Language))
def test_no_verb_is_ever_spliced_after_measured_by_in_the_samples(language):
    from okr_workshop.domain.rules.kr_parse import read

    text = read_aloud_text(sample_workshop(language))
    lead = "mesuré par " if language is Language.FRENCH else "measured by "
    for piece in text.split(lead)[1:]:
        reading = read(piece, language)
        assert not (reading.lead_kind and reading.lead_span[0] == 0), piece
