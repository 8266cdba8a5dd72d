"""A number too large for the window or an import (a check-in of 1e300, typed before the
limits or by a script) never stops an export: the deck, its speaker notes, the posters and
the PowerPoint are written, and the number reads in scientific notation ("1E300") instead
of three hundred digits or a crash."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from okr_workshop.domain.model import CheckIn, Direction, KeyResult, Language
from okr_workshop.export import build_poster
from okr_workshop.export.deck import draw_deck, plan_deck
from okr_workshop.export.formats import format_value
from okr_workshop.export.pptx import build_pptx
from tests.export.builders import key_result, team, workshop
from tests.export.pdf_reading import all_text, reader
from tests.export.pptx_reading import notes, open_pptx, slide_text

HUGE = (1e300, 1e20, -1e300, 5e299, 1.5e16)


def huge_workshop(language: Language) -> object:
    def kr(text: str, value: float, **fields) -> KeyResult:
        return key_result(text, check_ins=(
            CheckIn(on=date(2027, 1, 8), value=1.0, confidence=5, comment="Début"),
            CheckIn(on=date(2027, 2, 1), value=value, confidence=7, comment="Énorme"),
        ), **fields)

    krs = [
        kr("Chiffre d'affaires astronomique", 1e300, unit="€"),
        kr("Visiteurs du site", 1e20, unit=""),
        kr("Marge négative", -1e300, unit="%"),
        kr("Seuil de disponibilité", 5e299, direction=Direction.AT_LEAST, baseline=99.0,
           target=1e300, unit="%"),
        kr("Jours gagnés", 1.5e16, unit="jours", baseline=-1e300, target=1e20),
    ]
    built = team("Finance", [("Tout compter", krs[:3]), ("Tout mesurer", krs[3:])])
    return workshop([built], language)


@pytest.mark.parametrize("value", HUGE)
@pytest.mark.parametrize("unit", ["", "%", "€", "k€", "jours", "/5"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_huge_number_is_written_short_in_scientific_notation(value, unit, language):
    text = format_value(value, language, unit)
    digits = sum(c.isdigit() for c in text)
    assert digits <= 8, text
    assert "E" in text
    assert format_value(value, language, unit, exact=True)  # a field shows it too


def test_numbers_under_the_limit_keep_their_usual_form():
    assert format_value(1e15, "en") == "1,000,000,000,000,000"  # the import limit
    assert format_value(-1e15, "fr", "%") == "-1" + "\u202f000" * 5 + "\u00a0%"
    assert format_value(1.5e16, "en") == "1.5E16"
    assert format_value(1e300, "fr", "€") == "1E300\u00a0€"
    assert format_value(-1e20, "en", "%") == "-1E20%"


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_the_deck_notes_and_powerpoint_are_written(language):
    plan = plan_deck(huge_workshop(language), language, appendix=True)
    pdf = draw_deck(plan)
    text = all_text(reader(pdf))
    assert "1E300" in text and "1E20" in text
    said = "\n".join(page.chapter.notes for page in plan.pages)
    assert "1E300" in said
    presentation = open_pptx(build_pptx(plan))
    assert "1E300" in "\n".join(slide_text(slide) for slide in presentation.slides)
    assert "1E300" in "\n".join(notes(slide) for slide in presentation.slides)


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_the_posters_are_written(paper):
    ws = huge_workshop(Language.FRENCH)
    pdf = build_poster(ws, ws.teams[0], Language.FRENCH, paper)
    assert "1E300" in all_text(reader(pdf))


def test_a_lone_surrogate_in_user_text_gives_a_pdf_and_a_powerpoint():
    # "\ud83d" alone (half an emoji pasted from a broken source): the PowerPoint raised
    # UnicodeEncodeError, and so did the PDF's outline and metadata. The PDF draws it as
    # any character no font has (□); what XML cannot encode becomes U+FFFD.
    ws = huge_workshop(Language.FRENCH)
    team = ws.teams[0]
    broken = replace(team, name="Finance \ud83d fin", objectives=(replace(
        team.objectives[0], title="Tout \udc00 compter", why="Parce que \ud800."),
        *team.objectives[1:]))
    ws = replace(ws, teams=(broken,), title="Atelier \udfff", facilitator="Léa \ud800")
    plan = plan_deck(ws, Language.FRENCH, appendix=True)
    pdf = reader(draw_deck(plan))
    assert re.search("Tout [\u25a1\ufffd] compter", all_text(pdf))
    assert pdf.metadata.title == "Atelier \ufffd" and pdf.metadata.author == "Léa \ufffd"
    presentation = open_pptx(build_pptx(plan))
    shown = "\n".join(slide_text(slide) for slide in presentation.slides)
    assert re.search("Tout [\u25a1\ufffd] compter", shown)
    assert re.search("Finance [\u25a1\ufffd] fin", shown)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in shown)
