"""The printed run sheet, read back: one A4 page, every line with its times and minutes,
the totals, the metadata; twenty breaks with long accented titles still one page; a sheet
that cannot fit is refused with a sentence, never cut."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from okr_workshop.app.errors import AppError
from okr_workshop.app.export_run_sheet import export_run_sheet, suggested_run_sheet_name
from okr_workshop.domain.agenda import default_agenda
from okr_workshop.domain.enums import Step
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.domain.room import AgendaItem
from okr_workshop.export.run_sheet import build_run_sheet
from tests.export.pdf_reading import flat, reader


def numbered(items) -> tuple[AgendaItem, ...]:
    return tuple(dataclasses.replace(item, position=n) for n, item in enumerate(items))


def session(**changes) -> Workshop:
    items = list(default_agenda())
    items.insert(3, AgendaItem(title="Pause café <b>&</b> croissants ☕", planned_minutes=15))
    items[1] = dataclasses.replace(items[1], spent_seconds=725)
    items[2] = dataclasses.replace(items[2], title="Atelier « contributions »", spent_seconds=1500)
    base = Workshop(title="Atelier OKR — T1 2027", organisation="Acmé", cycle_label="T1 2027",
                    facilitator="Zoé Lefèvre", language=Language.FRENCH,
                    agenda=numbered(items), session_on=date(2027, 1, 14),
                    session_starts_at="09:00")
    return dataclasses.replace(base, **changes)


def text_of(data: bytes) -> tuple[int, str]:
    pdf = reader(data)
    return len(pdf.pages), flat(" ".join(page.extract_text() for page in pdf.pages))


def test_one_page_every_line_its_times_and_the_totals_in_french():
    data = build_run_sheet(session(), Language.FRENCH)
    pages, text = text_of(data)
    assert pages == 1
    for words in ("Déroulé de la séance", "Atelier OKR — T1 2027", "Acmé · T1 2027 · Zoé Lefèvre",
                  "de 09:00 à 11:05",
                  "09:00–09:10", "Préparation", "09:10–09:20", "Vision", "12:05",
                  "Contributions · Atelier « contributions »", "25:00",
                  "09:40–09:55", "Pause café <b>&</b> croissants",
                  "Résultats clés", "30 min", "Restitution",
                  "Total, dont 15 min de pauses", "125 min", "37:05"):
        assert words in text, words
    assert "Pilotage" not in text  # Steering is after the workshop
    info = reader(data).metadata
    assert info.title == "Atelier OKR — T1 2027"
    assert info.author == "Zoé Lefèvre"
    assert "Déroulé" in info.subject
    assert reader(data).trailer["/Root"]["/Lang"] == "fr"
    box = reader(data).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)  # A4 portrait


def test_english_no_start_time_counts_from_the_start():
    data = build_run_sheet(session(session_starts_at="", session_on=None), Language.ENGLISH)
    pages, text = text_of(data)
    assert pages == 1
    for words in ("Run sheet", "No start time set", "From start", "0:00–0:10", "Setup",
                  "1:10–1:40", "Key results", "Presentation", "Total, breaks: 15 min"):
        assert words in text, words


def test_past_midnight_says_the_next_day():
    _pages, text = text_of(build_run_sheet(session(session_starts_at="23:00"), Language.ENGLISH))
    assert "(+1 d)" in text and "01:05 (+1 d)" in text
    _pages, text = text_of(build_run_sheet(session(session_starts_at="23:00"), Language.FRENCH))
    assert "01:05 (J+1)" in text


def test_twenty_breaks_with_long_accented_titles_still_fit_one_page():
    long = ("Pause déjeuner à la brasserie « Chez Hélène » de l’autre côté de la place, "
            "réservée pour douze, café compris ")
    items = list(default_agenda())
    for n in range(20):
        items.insert(1 + n // 3 * 2, AgendaItem(title=f"{long}{n + 1}", planned_minutes=5))
    workshop = session(agenda=numbered(items))
    pages, text = text_of(build_run_sheet(workshop, Language.FRENCH))
    assert pages == 1
    for n in range(1, 21):
        assert f"café compris {n}" in text
    assert "Résultats clés" in text and "Total" in text


def test_a_sheet_that_cannot_fit_is_refused_with_a_sentence(tmp_path):
    items = [AgendaItem(title="Pause " + "très longue " * 15, planned_minutes=1)
             for _ in range(120)]
    target = tmp_path / "déroulé.pdf"
    with pytest.raises(AppError) as refused:
        export_run_sheet(session(agenda=numbered(items)), target)
    assert refused.value.code == "run_sheet_too_long"
    assert "120" in refused.value.message("fr") and "page" in refused.value.message("fr")
    assert not target.exists()


def test_export_writes_the_file_in_the_workshop_s_language(tmp_path):
    target = export_run_sheet(session(), tmp_path / "r.pdf")
    assert "Déroulé de la séance" in text_of(target.read_bytes())[1]
    assert suggested_run_sheet_name(session()) == "Atelier OKR — T1 2027 — déroulé.pdf"
    assert suggested_run_sheet_name(session(), "en").endswith("— run sheet.pdf")


def test_an_empty_agenda_prints_the_default_sheet():
    workshop = Workshop(title="Atelier", language=Language.ENGLISH)
    pages, text = text_of(build_run_sheet(workshop, Language.ENGLISH))
    assert pages == 1
    assert "110 min" in text and Step.STEERING.value not in text.lower()
