"""A relative change on the slides (issue 11, point 3): "Réduire de 20 % les invendus" was
printed "Cible : 20 %"; it is a change, not measurable until the baseline is known, then
shown from the baseline to the target that follows from it."""

from __future__ import annotations

import pytest

from okr_workshop.domain.model import Direction, Language
from okr_workshop.export import build_deck, build_poster
from tests.export.builders import key_result, team, workshop
from tests.export.pdf_reading import all_text, reader

CASES = {
    Language.FRENCH: ("Réduire de 20 % les invendus", "Cible : 20 %",
                      "−20 %, point de départ à mesurer : pas encore mesurable",
                      "1 200 → 960 (−20 %)"),
    Language.ENGLISH: ("Improve customer satisfaction by 10%", "Target: 10%",
                       "+10%, baseline still to measure: not measurable yet",
                       "1,200 → 1,320 (+10%)"),
}


def relative_workshop(language: Language, baseline: float | None):
    text = CASES[language][0]
    direction = Direction.DECREASE if language is Language.FRENCH else Direction.INCREASE
    amount = 20.0 if language is Language.FRENCH else 10.0
    kr = key_result(text, baseline=baseline, target=None, change=amount, unit="",
                    direction=direction)
    return workshop([team("Boutiques", [("Ne plus jeter le pain", [kr])])], language)


@pytest.mark.parametrize("language", list(Language), ids=["en", "fr"])
def test_a_relative_change_is_not_printed_as_a_target(language):
    _, wrong, unknown, known = CASES[language]
    pending = relative_workshop(language, None)
    text = all_text(reader(build_deck(pending, language)))
    assert wrong not in text and unknown in text
    poster = all_text(reader(build_poster(pending, pending.teams[0], language)))
    assert wrong not in poster and unknown in poster
    measured = relative_workshop(language, 1200.0)
    text = all_text(reader(build_deck(measured, language)))
    assert known in text and "point de départ à mesurer" not in text
