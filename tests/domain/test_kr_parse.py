"""Reading key-result sentences: every form the issue names, in French and English."""

from __future__ import annotations

import dataclasses
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from okr_workshop.domain.model import Direction, Language
from okr_workshop.domain.rules.kr_parse import ParsedKeyResult, detect_language, parse_sentence

NBSP, NNBSP = "\u00a0", "\u202f"
UP, DOWN = Direction.INCREASE, Direction.DECREASE
FLOOR, CEILING = Direction.AT_LEAST, Direction.AT_MOST

# text, baseline, target, unit, direction
FORMS = [
    # de X à Y / from X to Y / X → Y, with passer, porter, ramener
    ("Passer le NPS de 32 à 45", 32, 45, "", UP),
    ("Raise NPS from 32 to 45", 32, 45, "", UP),
    ("Taux de résolution : 65 % → 80 %", 65, 80, "%", UP),
    ("Support CSAT 82% -> 90%", 82, 90, "%", UP),
    ("Porter le panier moyen de 45 € à 60 €", 45, 60, "€", UP),
    ("Ramener le DSO de 65 à 50 jours", 65, 50, "jours", DOWN),
    ("Faire passer le taux de décroché de 78 % à 92 %", 78, 92, "%", UP),
    ("Bring monthly churn down from 3.5% to 2%", 3.5, 2, "%", DOWN),
    ("Augmenter la conversion de 25 à 35 %", 25, 35, "%", UP),
    ("Passer de 12 litiges clients à zéro", 12, 0, "", DOWN),
    ("Réduire le taux d'erreur de 3 % à moins de 1 %", 3, 1, "%", DOWN),
    # atteindre / reach
    ("Atteindre 500 clients actifs", None, 500, "", UP),
    ("Reach 99.95% API availability", None, 99.95, "%", UP),
    ("Porter le NPS à 50", None, 50, "", UP),
    # thresholds
    (f"Maintenir la disponibilité au-dessus de 99,9{NBSP}%", None, 99.9, "%", FLOOR),
    ("Au moins 90 % des commandes livrées en moins de 48 h", None, 90, "%", FLOOR),
    ("At least 95% of invoices paid on time", None, 95, "%", FLOOR),
    ("Score NPS ≥ 50", None, 50, "", FLOOR),
    ("Taux de disponibilité des camions : 97 % minimum", None, 97, "%", FLOOR),
    ("Maintenir le taux d'absentéisme sous 4 %", None, 4, "%", CEILING),
    ("Keep absenteeism below 4%", None, 4, "%", CEILING),
    ("Moins de 2 incidents critiques par trimestre", None, 2, "", CEILING),
    ("Fewer than 2 critical incidents per quarter", None, 2, "", CEILING),
    ("Taux de churn <= 2 %", None, 2, "%", CEILING),
    ("Keep churn at 2% or less", None, 2, "%", CEILING),
    # relative targets
    # A relative change is not a target (issue 11): its amount is the change; a percent
    # says nothing of the unit of what changes.
    ("Augmenter de 20 % le chiffre d'affaires", None, ("change", 20), "", UP),
    ("Grow recurring revenue by 20%", None, ("change", 20), "", UP),
    ("Réduire de 30 % les émissions de CO2", None, ("change", 30), "", DOWN),
    ("Croissance du CA : +15 %", None, ("change", 15), "", UP),
    ("Cut cost per hire by $1,000", None, ("change", 1000), "$", DOWN),
    # doubling and halving
    ("Doubler le CA de 2 M€", 2_000_000, 4_000_000, "€", UP),
    ("Diviser par deux les retours de 8 %", 8, 4, "%", DOWN),
    ("Halve the product return rate from 8%", 8, 4, "%", DOWN),
    ("Double export revenue from $2M", 2_000_000, 4_000_000, "$", UP),
    ("Tripler les rendez-vous de 40 à 120 par mois", 40, 120, "", UP),
    ("Doubler le nombre d'abonnés premium", None, ("change", 100), "", UP),
    ("Cut the number of complaints in half", None, ("change", 50), "", DOWN),
    # decimal commas, thousands separators, k/M and currencies
    ("Ramener le taux de réclamation de 1,8 % à 0,9 %", 1.8, 0.9, "%", DOWN),
    ("Reach 10,000 monthly active users", None, 10_000, "", UP),
    ("Atteindre 10 000 utilisateurs", None, 10_000, "", UP),
    (f"Atteindre 10{NBSP}000 utilisateurs", None, 10_000, "", UP),
    (f"Passer de 1{NNBSP}200 à 2{NNBSP}000 leads", 1200, 2000, "", UP),
    ("Go from 1,200 to 2,000 qualified leads", 1200, 2000, "", UP),
    ("Augmenter le MRR de 120 k€ à 180 k€", 120_000, 180_000, "€", UP),
    ("Generate $50k in upsell revenue", None, 50_000, "$", UP),
    ("Atteindre 1,5 M€ de chiffre d'affaires", None, 1_500_000, "€", UP),
    ("Reach €1.5M in revenue", None, 1_500_000, "€", UP),
    ("CA mensuel de 850 000 € à 1 M€", 850_000, 1_000_000, "€", UP),
    ("Passer de 3 à 5 M€ de CA", 3_000_000, 5_000_000, "€", UP),
    ("Atteindre 2 millions d'euros de ventes", None, 2_000_000, "€", UP),
    # durations
    ("Réduire le délai de 48 h à 24 h", 48, 24, "h", DOWN),
    ("Passer le délai de livraison de 9 semaines à 6 semaines", 9, 6, "semaines", DOWN),
    ("Cut onboarding time from 12 days to 5 days", 12, 5, "days", DOWN),
    ("Reduce MTTR from 4 hours to 1 hour", 4, 1, "h", DOWN),
    ("Keep p95 latency under 300 ms", None, 300, "ms", CEILING),
    ("Réduire le temps d'attente à moins de 5 minutes", None, 5, "min", CEILING),
    ("Home page load time from 3.2 s to 1.5 s", 3.2, 1.5, "s", DOWN),
    # zero
    ("Zéro accident du travail", None, 0, "", CEILING),
    ("Zero data breaches", None, 0, "", CEILING),
    # ratings and points
    ("Obtenir une note moyenne de 4,6/5", None, 4.6, "/5", UP),
    ("Raise engagement from 6.8 to 7.5 out of 10", 6.8, 7.5, "/10", UP),
    ("Augmenter la part de marché de 12 à 15 points", 12, 15, "pts", UP),
    # zero said with words, ceilings said with a negation, bands, "+"
    ("Aucun accident du travail sur l'année", None, 0, "", CEILING),
    ("No workplace accidents this year", None, 0, "", CEILING),
    ("No more than 3 incidents per quarter", None, 3, "", CEILING),
    ("Ne pas dépasser 3 % de casse", None, 3, "%", CEILING),
    ("Breakage rate no higher than 3%", None, 3, "%", CEILING),
    ("Dépasser 1 M€ de chiffre d'affaires", None, 1_000_000, "€", FLOOR),
    ("NPS de 50+", None, 50, "", FLOOR),
    ("Taux de marge entre 20 et 25 %", None, 20, "%", FLOOR),
    ("Keep gross margin between 38% and 42%", None, 38, "%", FLOOR),
    # the noun said twice, the factor split from its verb
    ("Passer d'un NPS de 20 à un NPS de 35", 20, 35, "", UP),
    ("Move from an NPS of 20 to an NPS of 35", 20, 35, "", UP),
    ("Divide customer-reported bugs by 2", None, ("change", 50), "", DOWN),
    ("Diviser le nombre de bugs par deux, de 40", 40, 20, "", DOWN),
    ("Multiplier par 3 les leads entrants", None, ("change", 200), "", UP),
    # French typed without accents, quotes, list markers
    ("Reduire le delai de livraison de 48h a 24h", 48, 24, "h", DOWN),
    ("« Passer le taux de churn de 5 % à 3 % »", 5, 3, "%", DOWN),
    ("1. Recruter 5 commerciaux", None, 5, "", UP),
    ("Atteindre € 3,000 de dons", None, 3000, "€", UP),
    # a baseline said apart
    ("Résoudre 80 % des demandes au premier contact (aujourd'hui 62 %)", 62, 80, "%", UP),
    ("Resolve 80% of requests on first contact (currently 62%)", 62, 80, "%", UP),
]


def said(parsed):
    """The target, or ("change", amount) for a relative change (which has no target)."""
    if parsed.change is None:
        return parsed.target
    assert parsed.target is None, parsed
    return ("change", parsed.change)


@pytest.mark.parametrize(("text", "baseline", "target", "unit", "direction"), FORMS)
def test_each_form(text, baseline, target, unit, direction):
    parsed = parse_sentence(text)
    assert (parsed.baseline, said(parsed)) == (baseline, target), parsed
    assert parsed.unit == unit
    assert parsed.direction is direction


# Dates, years, quarters, time frames and names never become a baseline or a target.
@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Augmenter la conversion de 2,1 % à 3 % d'ici fin T2", 2.1, 3),
    ("Atteindre 10 000 utilisateurs d'ici fin 2026", None, 10_000),
    ("Reach 10,000 users by December 2026", None, 10_000),
    ("Cut picking errors from 0.8% to 0.3% by June 30, 2026", 0.8, 0.3),
    ("Passer les erreurs de 0,8 % à 0,3 % d'ici le 30 juin 2026", 0.8, 0.3),
    ("Close 15 new deals in Q3", None, 15),
    ("Augmenter le CA de 10 % par rapport à 2025", None, ("change", 10)),
    ("Increase revenue by 10% vs 2025", None, ("change", 10)),
    ("Préparer le budget 2027", None, None),
    ("Prepare the 2027 budget", None, None),
    ("Finish the migration by March", None, None),
    ("Augmenter la rétention à 12 mois de 70 % à 80 %", 70, 80),
    ("Increase 12-month retention from 70% to 80%", 70, 80),
    ("Raise conversion from 25 to 35% within 6 months", 25, 35),
    ("Obtenir la certification ISO 27001 d'ici juin 2027", None, None),
    ("Migrer 100 % des postes vers Windows 11", None, 100),
    ("Réduire de 30 % les tickets de niveau 1", None, ("change", 30)),
    ("Reduce level-1 tickets by 30%", None, ("change", 30)),
    ("Réduire les émissions de CO2", None, None),
    ("Ship version 2 of the app before end of Q1", None, None),
    ("Atteindre 2000 clients", None, 2000),
    ("Au 31/12, 500 clients actifs", None, 500),
    ("Obtenir 4/5 de satisfaction", None, 4),
    ("Sur l'exercice 2026-2027, réduire les coûts de 10 %", None, ("change", 10)),
    ("Devenir n°1 du marché", None, None),
])
def test_dates_and_names_are_not_values(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, said(parsed)) == (baseline, target), parsed


def test_a_condition_is_set_aside_when_another_number_is_the_target():
    assert parse_sentence("Traiter 95 % des réclamations sous 48 h").target == 95
    assert parse_sentence("At least 90% of orders shipped within 48 hours").target == 90
    alone = parse_sentence("Répondre à tous les tickets en moins de 4 h")
    assert (alone.target, alone.unit, alone.direction) == (4, "h", CEILING)


def test_comma_and_dot_follow_the_sentence_language():
    assert parse_sentence("Atteindre 1,250 clients", "fr").target == 1.25
    assert parse_sentence("Reach 1,250 customers", "en").target == 1250
    assert parse_sentence("Atteindre 10.000 clients", Language.FRENCH).target == 10_000
    assert parse_sentence("Reach 2.5 customers", Language.ENGLISH).target == 2.5
    # Several groups are thousands in both languages.
    assert parse_sentence("Atteindre 1,250,000 visites", "fr").target == 1_250_000


@pytest.mark.parametrize(("text", "metric"), [
    ("Augmenter le taux de conversion du site de 2,1 % à 3 % d'ici fin T2",
     "taux de conversion du site"),
    ("Increase website conversion rate from 2.1% to 3% by end of Q2", "website conversion rate"),
    ("Maintenir la disponibilité de la plateforme au-dessus de 99,9 %",
     "disponibilité de la plateforme"),
    ("Au moins 90 % des commandes livrées en moins de 48 h",
     "part des commandes livrées en moins de 48 h"),
    ("At least 95% of supplier invoices paid on time", "share of supplier invoices paid on time"),
    ("Doubler le chiffre d'affaires export de 2 M€", "chiffre d'affaires export"),
    ("Passer de 1 200 à 2 000 leads qualifiés par mois", "leads qualifiés par mois"),
    ("Lancer un programme de parrainage pour atteindre 500 nouveaux clients par an",
     "nouveaux clients par an"),
    ("Taux de disponibilité des camions : 97 % minimum", "taux de disponibilité des camions"),
    ("KR1 : Passer le NPS de 32 à 45", "NPS"),
    ("Améliorer la satisfaction client", "satisfaction client"),
])
def test_the_metric_is_the_noun_phrase(text, metric):
    assert parse_sentence(text).metric == metric


def test_typographic_characters_are_read_like_plain_ones():
    curly = parse_sentence("Augmenter le taux d’ouverture de 18 % à 25 %")
    assert (curly.metric, curly.baseline, curly.target) == ("taux d’ouverture", 18, 25)
    minus = parse_sentence("Passer le solde de \u22125 à +10")
    assert (minus.baseline, minus.target) == (-5, 10)


@pytest.mark.parametrize(("text", "language"), [
    ("Augmenter le taux de conversion de 2 % à 3 %", Language.FRENCH),
    ("Organiser 4 ateliers", Language.FRENCH),
    ("Zéro accident", Language.FRENCH),
    ("Recruter 5 développeurs seniors", Language.FRENCH),
    ("Increase conversion rate from 2% to 3%", Language.ENGLISH),
    ("Hire 5 senior developers", Language.ENGLISH),
    ("Improve customer satisfaction", Language.ENGLISH),
    ("Zero data breaches", Language.ENGLISH),
])
def test_detect_language(text, language):
    assert detect_language(text) is language


def test_parsed_key_result_is_frozen_and_language_may_be_given_three_ways():
    parsed = parse_sentence("Passer le NPS de 32 à 45", None)
    assert isinstance(parsed, ParsedKeyResult)
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.target = 1.0  # type: ignore[misc]
    assert parse_sentence("Passer le NPS de 32 à 45", "fr") == parsed
    assert parse_sentence("Passer le NPS de 32 à 45", Language.FRENCH) == parsed
    assert parse_sentence("Passer le NPS de 32 à 45", "auto") == parsed
    with pytest.raises(ValueError):
        parse_sentence("Passer le NPS de 32 à 45", "de")


def test_nothing_to_read():
    assert parse_sentence("") == ParsedKeyResult("", None, None, "", None)
    assert parse_sentence("Lancer la nouvelle offre").target is None


def _french(value: float) -> str:
    whole, _, decimals = f"{value:,.2f}".rstrip("0").rstrip(".").partition(".")
    whole = whole.replace(",", NBSP)
    return f"{whole},{decimals}" if decimals else whole


amounts = st.decimals(min_value=0, max_value=9_999_999, places=2).map(float)


@settings(max_examples=60, deadline=None)
@given(amounts, amounts, st.sampled_from(["%", "€", "h", "jours", ""]))
def test_de_x_a_y_round_trips_in_french(baseline, target, unit):
    suffix = f"{NBSP}{unit}" if unit else ""
    text = f"Faire passer l'indicateur de {_french(baseline)}{suffix} à {_french(target)}{suffix}"
    parsed = parse_sentence(text)
    assert math.isclose(parsed.baseline, baseline) and math.isclose(parsed.target, target)
    assert parsed.unit == unit


@settings(max_examples=60, deadline=None)
@given(amounts, amounts, st.sampled_from(["%", " days", " hours", ""]))
def test_from_x_to_y_round_trips_in_english(baseline, target, unit):
    text = f"Move the indicator from {baseline:,.2f}{unit} to {target:,.2f}{unit}"
    parsed = parse_sentence(text)
    assert math.isclose(parsed.baseline, baseline) and math.isclose(parsed.target, target)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=120))
def test_any_text_is_read_without_error(text):
    parsed = parse_sentence(text)
    assert isinstance(parsed.metric, str)
    assert parsed.target is None or math.isfinite(parsed.target)


@pytest.mark.parametrize(
    "text, metric, direction, change",
    [
        # Issue 11, point 3: a time or context clause before the verb hid the verb, so the
        # change was read as the target (10 %) and the clause as part of the metric.
        ("Sur l'exercice 2026-2027, réduire les coûts de 10 %", "coûts",
         Direction.DECREASE, 10.0),
        ("D'ici fin 2027, réduire de 20 % les invendus", "invendus", Direction.DECREASE, 20.0),
        ("Pour l'année 2027 : diminuer de 15 % le taux de casse en entrepôt",
         "taux de casse en entrepôt", Direction.DECREASE, 15.0),
        ("In FY2027, cut costs by 10%", "costs", Direction.DECREASE, 10.0),
        ("By Q4 2027, grow recurring revenue by 15%", "recurring revenue",
         Direction.INCREASE, 15.0),
        ("In fiscal year 2026-2027, reduce warehouse breakage by 12%", "warehouse breakage",
         Direction.DECREASE, 12.0),
    ],
)
def test_a_leading_time_clause_does_not_hide_the_verb(text, metric, direction, change):
    parsed = parse_sentence(text)
    assert (parsed.metric, parsed.direction, parsed.change, parsed.target) == (
        metric, direction, change, None)


def test_a_leading_clause_that_is_not_about_time_is_not_skipped():
    # "NPS, passer de 30 à 45": the noun before the comma is the metric, not a context.
    assert parse_sentence("NPS : passer de 30 à 45").metric.startswith("NPS")


# A time of day is when something happens, not a value to reach (found in the English
# walkthrough: "the 7 to 9 am morning rush" was read as "from 7, target 9", and the linter
# then said the verb "Cut" went against the numbers).
@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Cut the average wait during the 7 to 9 am morning rush from 6 minutes to 3 minutes", 6, 3),
    ("Open the shop before 7 am and serve 200 customers", None, 200),
    ("Serve 150 breakfasts between 7:30 and 10:00 a.m. every day", None, 150),
    ("Deliver 95% of wholesale orders before 10am", None, 95),
    ("Servir 150 petits-déjeuners avant 7h30", None, 150),
    ("Ouvrir avant 7 h et servir 200 clients", None, 200),
    # Durations stay values: "de 48 h à 24 h" is what the team reduces.
    ("Réduire le délai de livraison de 48 h à 24 h", 48, 24),
    ("Cut delivery time from 48 hours to 24 hours", 48, 24),
])
def test_a_time_of_day_is_not_a_value(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, said(parsed)) == (baseline, target), parsed


@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Passer de cinq à huit partenaires actifs", 5, 8),
    ("Réduire les retards hebdomadaires de vingt-deux à neuf", 22, 9),
    ("Passer de deux cent cinquante à quatre-vingt-dix réclamations par mois", 250, 90),
    ("Passer de soixante-dix à quatre-vingt-quinze adhérents", 70, 95),
    ("Grow partner clinics from four to nine", 4, 9),
    ("Reduce open findings from forty-two to a dozen", 42, 12),
    ("Grow schools using the app from sixty to one hundred", 60, 100),
    ("Raise members from two hundred and fifty to four hundred", 250, 400),
    ("Porter les clients grands comptes de 14 à vingt", 14, 20),
])
def test_numbers_written_in_words_are_read(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, target)


@pytest.mark.parametrize(("text", "target"), [
    ("Atteindre cent mille visites mensuelles", 100_000),
    ("Atteindre un millier d'utilisateurs actifs", 1000),
    ("Reach one million monthly page views", 1_000_000),
    ("Get to a thousand weekly active users", 1000),
])
def test_scales_written_in_words_are_read(text, target):
    assert parse_sentence(text).target == target


@pytest.mark.parametrize("text", [
    "Un client sur deux recommande l'offre",  # "un" alone is an article
    "Clôturer les comptes avant le 15 sept",  # a date, not seven
    "Atteindre 20 pour cent de part de marché",
])
def test_words_that_only_look_like_numbers_stay_words(text):
    parsed = parse_sentence(text)
    assert parsed.target != 7 and parsed.target != 100 and parsed.baseline is None


@pytest.mark.parametrize(("text", "baseline", "target"), [
    # A relative change with its starting value written down is a target (issue 18).
    ("Réduire de 25 % le délai de paiement, aujourd'hui de 40 jours", 40, 30),
    ("Cut claim handling time by 25%, from 12 days today", 12, 9),
    ("Raise course completion by 10 points from the current 48%", 48, 58),
    ("Gagner 6 points de marge brute, actuellement à 31 %", 31, 37),
    ("Baisser de 10 % les 3 000 tonnes de déchets enfouis", 3000, 2700),
    ("Grow online sales by 30% from this year's $600k", 600_000, 780_000),
    ("Augmenter de 20 % les dons en ligne, qui atteignent 250 k€ cette année", 250_000, 300_000),
])
def test_a_change_and_its_starting_value_give_the_target(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.change) == (baseline, None)
    assert math.isclose(parsed.target, target)


@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Win 30 new logistics customers, compared with 11 last year", 11, 30),
    ("Land 15 municipal partnerships, up from 6 last year", 6, 15),
    ("Recover $120k of overdue invoices, versus $50k last year", 50_000, 120_000),
    ("Faire revenir 600 abonnés résiliés, contre 250 au semestre précédent", 250, 600),
    ("Prendre 5 points de part de marché, où nous sommes à 12 %", 12, 17),
    ("Close the books in five working days instead of eight", 8, 5),
    ("Cut overtime from 16 hours to no more than 8 hours per nurse", 16, 8),
])
def test_baselines_said_in_many_ways(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, target)


@pytest.mark.parametrize(("text", "baseline", "target", "change"), [
    ("Grow recurring donations 4x from today's 300 per month", 300, 1200, None),
    ("Grow active app users 1.5x", None, None, 50),
    ("2x upsell revenue at checkout", None, None, 100),
    ("Multiplier par 1,5 le nombre d'utilisateurs actifs", None, None, 50),
    ("Halve changeover time on press line 2", None, None, 50),
    ("Diviser par deux le temps de changement de série sur la presse 3", None, None, 50),
])
def test_multipliers_written_with_x_or_words(text, baseline, target, change):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, target)
    assert parsed.change == change


@pytest.mark.parametrize(("text", "target"), [
    ("Deliver a 4x return on ad spend for paid social", 4),
    ("Obtenir un retour sur dépenses publicitaires de 3,5x", 3.5),
])
def test_a_ratio_with_x_is_a_level_not_a_factor(text, target):
    parsed = parse_sentence(text)
    assert (parsed.target, parsed.unit, parsed.change) == (target, "x", None)


@pytest.mark.parametrize(("text", "target", "change"), [
    ("−10 % sur le temps moyen de préparation", None, 10),
    ("Améliorer de 3 points la marge opérationnelle", None, 3),
    ("Un passage aux urgences de moins de 4 heures pour 95 % des patients", 95, None),
    ("Pas plus de 2 réunions de plus d'une heure par semaine", 2, None),
])
def test_signs_points_conditions_and_ceilings(text, target, change):
    parsed = parse_sentence(text)
    assert (parsed.target, parsed.change) == (target, change)


@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Get our app store rating from 3.8 to four and a half stars", 3.8, 4.5),
    ("Cut onboarding time from two days to half a day", 2, 0.5),
    ("Grow sign-ups to 85k a month from where we're at today (52k)", 52_000, 85_000),
    ("Convert 60 trial users into paying customers (we converted 22 last quarter)", 22, 60),
    ("Get 9 out of 10 parents rating us good, from 6 out of 10 in the last survey", 6, 9),
    ("Cut failed deployments by a factor of four from last year's 48", 48, 12),
    ("Passer le retour publicitaire de x1,5 à x4", 1.5, 4),
    ("Take return on ad spend from 1.8x to 3x", 1.8, 3),
    ("Faire basculer en ligne 80 % des démarches, contre 52 % aujourd'hui", 52, 80),
])
def test_halves_asides_factors_and_causatives(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, target)


@pytest.mark.parametrize(("text", "baseline"), [
    ("Augmenter le nombre de bénévoles, on part d'environ 80", 80),
    ("Bring ticket volume down from around 900 a month", 900),
])
def test_an_approximate_starting_value_is_still_the_baseline(text, baseline):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, None)


def test_a_product_name_with_a_number_is_no_value():
    assert parse_sentence("Migrer la messagerie vers Microsoft 365").target is None
    assert parse_sentence("Gagner 25 % de visites en plus sur le site").change == 25


@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Réduire la durée de passage en hôpital de jour de 2 h 30 à 1 h 45", 2.5, 1.75),
    ("Cut resolution time from 2h30 to 1h30", 2.5, 1.5),
    ("Contenir le coût par embauche sous 3 500 € (base 2025 : 4 800 €)", 4800, 3500),
    ("Keep monthly churn under 2% (Q1 average: 2.6%)", 2.6, 2),
    ("Réduire les absences en salle 12 (cours de 8 h à 10 h) de 14 à 5 par semaine", 14, 5),
    ("Améliorer la marge de 150 points de base, à partir de 12,5 %", 12.5, 14),
    ("Lift gross margin by 150 bps from 38.5%", 38.5, 40),
    ("Gagner 2 jours sur la clôture mensuelle, qui prend aujourd'hui 9 jours", 9, 7),
    ("Shave 2 days off the month-end close (currently 8 working days)", 8, 6),
    ("Increase repeat donors 25 per cent on last year's 1,200", 1200, 1500),
    ("Drop response time 40% vs the current 10 hours", 10, 6),
    ("Get 500 new monthly donors signed up, against 320 last cycle", 320, 500),
    ("Grow footfall from 1.2 lakh to 1.8 lakh visitors per month", 120_000, 180_000),
    ("Bring the nurse-to-patient ratio from 1:8 to 1:5", 8, 5),
    ("Get one in five visitors to start a trial (today it's one in twenty)", 5, 20),
    ("Drive repeat purchase rate from 18 per cent to 25 per cent", 18, 25),
    ("Bring lost-time injuries down from seven a year to two", 7, 2),
])
def test_real_sheets_shorthand(text, baseline, target):
    parsed = parse_sentence(text)
    assert math.isclose(parsed.baseline, baseline) and math.isclose(parsed.target, target)


@pytest.mark.parametrize(("text", "change"), [
    ("Grow marketplace GMV four-fold", 300),
    ("Boost basket size 12% versus last year", 12),
    ("Cut Scope 2 emissions by 30% relative to 2025", 30),
])
def test_changes_said_without_a_starting_value(text, change):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target, parsed.change) == (None, None, change)


@pytest.mark.parametrize("text", [
    "Hausse du délai de traitement des dossiers de 12 à 7 jours",
    "Baisse du NPS de 30 à 45",
    "Taux de désabonnement réduit de 3 % à 5 %",
    "Churn reduced from 3% to 5%",
    "Decline in repeat purchases from 22% to 30%",
])
def test_nouns_and_participles_that_contradict_their_numbers(text):
    parsed = parse_sentence(text)
    assert parsed.contradiction is not None and parsed.direction is None


@pytest.mark.parametrize(("text", "baseline", "target", "change"), [
    # What the rules above must not catch.
    ("Atteindre 1 500 abonnés (soit 300 de plus)", None, 1500, None),
    ("Atteindre 30 % de part de marché sur l'année, contre 24 % aujourd'hui", 24, 30, None),
    ("Sign over 2000 members, up from 1200", 1200, 2000, None),
    ("Nombre de dossiers traités en délai réduit : de 40 à 60", 40, 60, None),
    ("Développer la notoriété auprès des 25-34 ans", None, None, None),
    ("Améliorer l'expérience client dans nos 3 magasins pilotes", None, None, None),
    ("Migrer la messagerie vers Microsoft 365", None, None, None),
])
def test_look_alikes_stay_what_they_are(text, baseline, target, change):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target, parsed.change) == (baseline, target, change)
    assert parsed.contradiction is None


@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Baisser le coût annuel de l'intérim de 450 keur à 300 keur", 450_000, 300_000),
    ("ramener ruptures de stock de neuf par semaine a deux", 9, 2),
    ("Ventes de Clio 5 hybrides en concession : 140 par mois vs 95 l'an dernier", 95, 140),
    ("iPhone 15 trade-ins per month: 1,200 vs 750 last year", 750, 1200),
    ("NHS 111 calls answered within 60 seconds: 95% vs 88% today", 88, 95),
])
def test_sticky_notes(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, target)


@pytest.mark.parametrize(("text", "target"), [
    ("Hire 4 band 5 nurses for the night rota", 4),  # the first word is the verb
    ("Objectif : Atteindre 500 clients actifs", 500),  # so is a clause's
    ("Go live with the new EPR on Ward 7 by September", None),
    ("Passer le NPS 32 à 45", 45),
])
def test_a_capitalised_word_and_a_number_make_a_name_only_inside_the_sentence(text, target):
    assert parse_sentence(text).target == target


@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("Faire passer les bénévoles réguliers d'une vingtaine à une cinquantaine", 20, 50),
    ("Go from a couple of partner schools to ten", 2, 10),
    ("Gagner 6 points de taux d'emploi à la sortie des formations (on est à 48 %)", 48, 54),
    ("Augmenter de 25 % le panier moyen, qui est de 36 €", 36, 45),
    ("Taux d'absentéisme -2 pts (réf. 9,5 %)", 9.5, 7.5),
    ("Augmenter de 10 % les adhérents de la coopérative, au nombre de 1.250", 1250, 1375),
    ("Ramener 150 demandeurs d'emploi vers un CDD de plus de 6 mois, contre 90 en 2025", 90, 150),
    ("Fidéliser 70 % des nouveaux clients au-delà de 12 mois, contre 55 % aujourd'hui", 55, 70),
    ("Faire adopter la téléconsultation par 60 médecins, en partant de 22", 22, 60),
    ("CSAT support N1 : point de départ 3,6/5, cible 4,3/5", 3.6, 4.3),
])
def test_starting_values_and_targets_among_other_numbers(text, baseline, target):
    parsed = parse_sentence(text)
    assert math.isclose(parsed.baseline, baseline) and math.isclose(parsed.target, target)


def test_a_denominator_follows_a_number_and_a_scope_names_where():
    assert parse_sentence("Moins de 2 incidents pour 1 000 commandes").target == 2
    assert parse_sentence("Roll out Windows 11 to all 3 offices").target is None


@pytest.mark.parametrize(("text", "baseline", "target"), [
    ("reduire nb d'erreurs de posologie signalees de onze a trois par trimestre", 11, 3),
    ("Ramener les plaintes à 5 par mois au maximum (14 en moyenne cette saison).", 14, 5),
    ("Faire en sorte qu'au moins 9 des 12 sections rendent leur bilan, contre 4 l'an dernier",
     4, 9),
    ("Réduire d'un quart les invendus de pain (1,2 t par semaine aujourd'hui).", 1.2, 0.9),
    ("Cut the museum's average queue time by a third from 45 minutes.", 45, 30),
    ("Faire signer une convention à 25 boulangeries du quartier ; 9 l'ont déjà fait.", 9, 25),
    ("Sign up 300 businesses to the green tariff; 110 have joined so far.", 110, 300),
    ("3) Lift the guest review score from 7.8/10 to 8.6/10.", 7.8, 8.6),
])
def test_fifth_batch_shapes(text, baseline, target):
    parsed = parse_sentence(text)
    assert math.isclose(parsed.baseline, baseline) and math.isclose(parsed.target, target)


def test_basis_points_stay_as_written_unless_applied_to_a_percentage():
    spread = parse_sentence("keep credit spread below 150 bps")
    assert (spread.target, spread.unit, spread.direction) == (150, "bps", Direction.AT_MOST)
    margin = parse_sentence("Lift gross margin by 150 bps from 38.5%")
    assert (margin.baseline, margin.target) == (38.5, 40)
    assert parse_sentence("Faire homologuer le stade pour la Ligue 2").target is None
    french = parse_sentence("maintenir l'écart de taux sous les 120 points de base")
    assert (french.metric, french.target, french.unit) == ("écart de taux", 120, "pb")


@pytest.mark.parametrize(("text", "baseline", "target"), [
    # Review of issue 18.
    ("Increase sales to 500 units (target 2027: 800)", None, 500),  # an aside goal
    ("Atteindre 300 inscrits (objectif 2027 : 500)", None, 300),
    ("Réduire les incidents à 5 par mois (seuil d'alerte : 10)", None, 5),
    ("Augmenter de moitié les ventes, aujourd'hui 200", 200, 300),  # +50 %, not ×0.5
    ("Réduire de moitié les retours, aujourd'hui 400", 400, 200),
    ("Un client sur deux recommande le produit, contre un sur quatre aujourd'hui", 25, 50),
    ("Ouvrir le centre six jours sur sept, contre cinq aujourd'hui", 5, 6),
    ("Tenir un stand sur 6 salons professionnels", None, 6),
    ("Atteindre un NPS de 45 à J+90, contre 30", 30, 45),
    ("Hit one hundred five-star reviews on Google", None, 100),
    ("Increase of 10% in sales, from 1,000", 1000, 1100),
    ("Multiplier par six le nombre d'adhérents (50 aujourd'hui)", 50, 300),
])
def test_review_cases(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, target)
    assert parsed.contradiction is None


def test_a_long_run_of_number_words_reads_in_linear_time():
    # "quatre-vingt-" repeated made the number-word pattern backtrack exponentially.
    assert parse_sentence("quatre-vingt-" * 2000).metric is not None
    assert parse_sentence("Increase 12-month retention from 70% to 80%").metric == (
        "12-month retention")


@pytest.mark.parametrize(("text", "baseline", "target"), [
    # From the sixth batch.
    ("Call abandon rate 14% -> 6%", 14, 6),  # "Call" opens a metric here
    ("ROAS e-shop 1.5x -> 4x", 1.5, 4),
    ("NPS support +8 pts (auj. 32)", 32, 40),
    ("Bring 1,000 new families to the pool pass, last summer we had 700", 700, 1000),
    ("Increase children aged 7 to 11 who can swim 50 metres from 45% to 70%", 45, 70),
    ("Ramener à une seule relance client en moyenne par dossier", None, 1),
    ("Délai de réponse aux courriers : de deux jours ouvrés à un seul", 2, 1),
    ("Atteindre 75 % de patients de plus de 65 ans ayant un bilan annuel", None, 75),
    ("Gagner 500 clients de plus d'ici juin", None, None),  # a change: 500 more
])
def test_sixth_batch_shapes(text, baseline, target):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target) == (baseline, target)


@pytest.mark.parametrize(("text", "change"), [
    ("Claims reopen rate /2", 50),
    ("Grow marketplace GMV four-fold", 300),
])
def test_a_slash_divides(text, change):
    assert parse_sentence(text).change == change


@pytest.mark.parametrize("text", [
    "Go-live nouveau SVI 15/09", "Go live w/ new IVR v2.1 in Q3",
    "Secure ISO 27001 certification before the end of the second half.",
    "Get organic certification for the 12 hectares of the estate",
    "Make the pool a more welcoming place for seniors over 70", "Le seul canal qui compte",
])
def test_dates_versions_periods_scopes_and_ages_are_no_values(text):
    parsed = parse_sentence(text)
    assert (parsed.baseline, parsed.target, parsed.change) == (None, None, None)


def test_a_contradiction_in_non_native_english():
    assert parse_sentence("Augment the waiting time from 6 minutes to 3 minutes").contradiction
