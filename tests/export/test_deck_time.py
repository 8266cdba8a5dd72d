"""The appendix's time per step (planned against real, as the step timer recorded it): read
back from the PDF in both languages, legible (no text under 18 pt but the footer), left out
when no time was recorded, and converted to a native PowerPoint table."""

from __future__ import annotations

import dataclasses

import pytest

from okr_workshop.domain.agenda import default_agenda
from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Language
from okr_workshop.domain.room import AgendaItem
from okr_workshop.export import theme
from okr_workshop.export.deck import draw_deck, plan_deck
from okr_workshop.export.pptx import build_pptx
from okr_workshop.export.sections import has_content
from tests.export.conftest import fixed_sample
from tests.export.pdf_reading import flat, reader
from tests.export.pdf_sizes import text_runs
from tests.export.pptx_reading import open_pptx, slide_text, squeezed

SPENT = {Step.SETUP: 540, Step.VISION: 725, Step.CONTRIBUTIONS: 1500, Step.FOCUS: 900}


def timed(language: Language):
    items = []
    for n, item in enumerate(default_agenda()):
        items.append(dataclasses.replace(item, position=n,
                                         spent_seconds=SPENT.get(item.step, 0)))
    items.insert(2, AgendaItem(title="Pause <café>", planned_minutes=15, spent_seconds=999,
                               position=2))
    items = [dataclasses.replace(item, position=n) for n, item in enumerate(items)]
    return dataclasses.replace(fixed_sample(language), agenda=tuple(items))


@pytest.fixture(scope="module")
def plan_fr():
    return plan_deck(timed(Language.FRENCH), Language.FRENCH, ("time",), appendix=True)


def page_of(pdf_bytes: bytes, title: str) -> tuple[int, str]:
    pdf = reader(pdf_bytes)
    for number, page in enumerate(pdf.pages):
        text = flat(page.extract_text())
        if text.startswith(title):
            return number, text
    raise AssertionError(f"no page titled {title}")


def test_the_french_table_planned_real_and_the_gap(plan_fr):
    data = draw_deck(plan_fr)
    _number, text = page_of(data, "Temps par étape")
    for words in ("Étape", "Prévu", "Réel", "Écart",
                  "Préparation 10 min 00 s 9 min 00 s −1 min 00 s",
                  "Vision 10 min 00 s 12 min 05 s +2 min 05 s",
                  "Contributions 20 min 00 s 25 min 00 s +5 min 00 s",
                  "Focus 15 min 00 s 15 min 00 s 0 min 00 s",
                  "Résultats clés 30 min 00 s — —",  # not timed: no real time
                  "Total 110 min 00 s 61 min 05 s +6 min 05 s"):
        assert words in text, (words, text)
    assert "Pause" not in text  # breaks are on the run sheet, not in the deck
    notes = plan_fr.pages[-1].chapter.notes
    assert "Vision 12 min 05 s / 10 min 00 s" in notes


def test_legible_from_the_back_row(plan_fr):
    data = draw_deck(plan_fr)
    number, _text = page_of(data, "Temps par étape")
    runs = [run for run in text_runs(reader(data)) if run.page == number]
    body = [run for run in runs if run.y > theme.SLIDE_GEOMETRY.footer_height]
    assert body and min(run.size for run in body) >= theme.TEXT_FLOOR


def test_english_words():
    workshop = timed(Language.ENGLISH)
    data = draw_deck(plan_deck(workshop, Language.ENGLISH, ("time",), appendix=True))
    _number, text = page_of(data, "Time per step")
    for words in ("Step", "Planned", "Real", "Difference", "Setup", "Key results",
                  "Presentation", "Total"):
        assert words in text


def test_left_out_when_the_timer_recorded_nothing(sample_en):
    assert not has_content(sample_en, "time")
    plan = plan_deck(sample_en, Language.ENGLISH, ("time", "health"), appendix=True)
    assert "time" not in {page.chapter.section for page in plan.pages}


def test_the_powerpoint_has_it_as_a_native_table(plan_fr):
    deck = open_pptx(build_pptx(plan_fr))
    slide = next(s for s in deck.slides if s.shapes.title.text == "Temps par étape")
    assert any(shape.has_table for shape in slide.shapes)
    assert squeezed("Vision 10 min 00 s 12 min 05 s +2 min 05 s") in squeezed(slide_text(slide))
