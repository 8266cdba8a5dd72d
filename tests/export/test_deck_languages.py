"""Issue 7: the deck's own words, numbers, dates and department names in the language chosen
at export, whatever the workshop's: "27 nov. 2026" / "Nov 27, 2026", "Ventes" / "Sales"."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.domain.model import Language
from okr_workshop.export import build_deck
from okr_workshop.export.context import DeckContext
from okr_workshop.export.slides_teams import team_subtitle
from tests.export.pdf_reading import all_text, reader

# The samples were last changed on 3 February 2027 (FIXED); their cycle is Q1 2027.
COVER = {
    "fr": ("3 févr. 2027", "T1 2027 · du 1er janv. 2027 au 31 mars 2027"),
    "en": ("Feb 3, 2027", "from Jan 1, 2027 to Mar 31, 2027"),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_cover_dates_the_deck_in_its_language(sample_fr, language):
    text = all_text(reader(build_deck(sample_fr, language, sections=("cover",))))
    day, cycle = COVER[language]
    assert day in text
    assert cycle in text


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [("fr", "Ventes", "Sales"), ("en", "Sales", "Ventes")],
)
def test_a_team_department_is_named_in_the_deck_language(sample_fr, language, expected, absent):
    sales = next(t for t in sample_fr.teams if t.department == "Sales")
    subtitle = team_subtitle(DeckContext(sample_fr, Language(language)), sales)
    assert subtitle.startswith(expected) and absent not in subtitle
    text = all_text(reader(build_deck(sample_fr, language, sections=("teams",))))
    assert expected in text


def test_a_department_typed_by_hand_is_printed_as_typed(sample_fr):
    team = replace(sample_fr.teams[0], department="Boulangerie")
    assert team_subtitle(DeckContext(sample_fr, Language.ENGLISH), team).startswith("Boulangerie")
