"""The rituals' export as the window and the command line call it: checked, then written
whole or not at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from icalendar import Calendar

from okr_workshop.app.calendar_file import export_rituals, laptop_time_zone
from okr_workshop.app.errors import AppError, error_sentence
from okr_workshop.domain.model import Cadence, Ritual, RitualKind, Workshop

RITUAL = Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY, starts_on=date(2027, 1, 4),
                starts_at="09:30", time_zone="Europe/Paris")
WORKSHOP = Workshop(title="Atelier « T1 »", cycle_start=date(2027, 1, 4),
                    cycle_end=date(2027, 3, 31), rituals=(RITUAL,))


def test_the_file_is_written_and_reads_back(tmp_path):
    path = export_rituals(WORKSHOP, tmp_path / "rituals.ics", date(2027, 1, 10))
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == "Point d’étape hebdomadaire — Atelier « T1 »"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rituals.ics"]
    english = export_rituals(WORKSHOP, tmp_path / "en.ics", date(2027, 1, 10), "en")
    (event,) = Calendar.from_ical(english.read_bytes()).walk("VEVENT")
    assert str(event["summary"]).startswith("Weekly check-in")


def test_no_ritual_or_an_unknown_zone_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(AppError) as refused:
        export_rituals(replace(WORKSHOP, rituals=()), tmp_path / "a.ics")
    assert "Pilotage" in error_sentence(refused.value, "fr")
    odd = replace(WORKSHOP, rituals=(replace(RITUAL, time_zone="Mars/Olympus_Mons"),))
    with pytest.raises(AppError) as refused:
        export_rituals(odd, tmp_path / "b.ics")
    assert "Mars/Olympus_Mons" in error_sentence(refused.value, "en")
    assert list(tmp_path.iterdir()) == []


def test_the_laptop_s_zone_comes_from_tz_when_it_names_one():
    assert laptop_time_zone({"TZ": "America/Montreal"}) == "America/Montreal"
    assert laptop_time_zone({"TZ": ":Asia/Tokyo"}) == "Asia/Tokyo"
    assert laptop_time_zone({"TZ": "Nowhere/Land"}) in (None, laptop_time_zone({}))
