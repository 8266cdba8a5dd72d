"""Issue 11 point 2: one formatter for numbers, units and money, per language (CLDR)."""

from __future__ import annotations

from datetime import date

import pytest

from okr_workshop.app.formats import date_field_pattern, format_day, format_value, use_region

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def _no_region():
    use_region(None)
    yield
    use_region(None)


@pytest.mark.parametrize(("value", "unit", "fr", "en"), [
    # Money: the symbol where the language puts it, cents kept, none invented.
    (85000, "$", f"85{NNBSP}000{NBSP}$", "$85,000"),
    (64, "£", f"64{NBSP}£", "£64"),
    (4.2, "€", f"4,20{NBSP}€", "€4.20"),
    (-5, "€", f"-5{NBSP}€", "-€5"),
    (12, "k€", f"12{NBSP}k€", "€12k"),
    (1.5, "M€", f"1,5{NBSP}M€", "€1.5M"),
    (12, "CHF", f"12{NBSP}CHF", f"CHF{NBSP}12"),
    # Percentages: the unit on every value, the space French puts before it.
    (18, "%", f"18{NBSP}%", "18%"),
    (27.3180641653, "%", f"27,32{NBSP}%", "27.32%"),
    # Other units agree with their number.
    (1, "days", f"1{NBSP}day", f"1{NBSP}day"),
    (3.5, "days", f"3,5{NBSP}days", f"3.5{NBSP}days"),
    (1.5, "jours", f"1,5{NBSP}jours", f"1.5{NBSP}jours"),
    (-1, "jours", f"-1{NBSP}jour", f"-1{NBSP}jour"),
    (1, "mois", f"1{NBSP}mois", f"1{NBSP}mois"),
    (0, "returns", f"0{NBSP}returns", f"0{NBSP}returns"),  # the unit's language is unknown
    (1, "NPS points", f"1{NBSP}NPS point", f"1{NBSP}NPS point"),
    (1, "pts", f"1{NBSP}pt", f"1{NBSP}pt"),
    (4.5, "/5", "4,5/5", "4.5/5"),
    (1, "semaines", f"1{NBSP}semaine", f"1{NBSP}semaine"),
    (1, "jours ouvrés", f"1{NBSP}jour ouvré", f"1{NBSP}jour ouvré"),
    # Not every word ending in "s" is a plural, and abbreviations stay as typed.
    (1, "process", f"1{NBSP}process", f"1{NBSP}process"),
    (1, "temps", f"1{NBSP}temps", f"1{NBSP}temps"),
    (1, "kbps", f"1{NBSP}kbps", f"1{NBSP}kbps"),
    (1, "boxes", f"1{NBSP}boxes", f"1{NBSP}boxes"),
    (1, "NPS", f"1{NBSP}NPS", f"1{NBSP}NPS"),
    # Rounded sensibly, grouped the language's way.
    (1234567.891, "", f"1{NNBSP}234{NNBSP}567,89", "1,234,567.89"),
    (0.012345, "", "0,0123", "0.0123"),
    (0.1 + 0.2, "", "0,3", "0.3"),
    (2500000.0, "", f"2{NNBSP}500{NNBSP}000", "2,500,000"),
])
def test_values_per_language(value, unit, fr, en):
    assert format_value(value, "fr", unit) == fr
    assert format_value(value, "en", unit) == en


def test_a_field_shows_every_decimal_typed():
    assert format_value(1234.5678, "fr", exact=True) == f"1{NNBSP}234,5678"
    assert format_value(27.3180641653, "en", exact=True) == "27.3180641653"


def test_days():
    assert format_day(date(2027, 3, 1), "fr") == f"1er{NBSP}mars{NBSP}2027"
    assert format_day(date(2026, 11, 27), "en") == f"Nov{NBSP}27, 2026"


@pytest.mark.parametrize(("system", "fr", "percent", "day", "field"), [
    (None, f"1{NNBSP}234,5", f"18{NBSP}%", f"31{NBSP}mars{NBSP}2027", "dd/MM/yyyy"),
    ("fr_CH.UTF-8", "1'234,5", "18%", f"31{NBSP}mars{NBSP}2027", "dd.MM.yyyy"),
    ("fr_CA", f"1{NBSP}234,5", f"18{NBSP}%", f"31{NBSP}mars{NBSP}2027", "yyyy-MM-dd"),
    ("fr_BE", f"1{NNBSP}234,5", f"18{NBSP}%", f"31{NBSP}mars{NBSP}2027", "dd/MM/yyyy"),
    ("en_GB", f"1{NNBSP}234,5", f"18{NBSP}%", f"31{NBSP}mars{NBSP}2027", "dd/MM/yyyy"),
    ("C", f"1{NNBSP}234,5", f"18{NBSP}%", f"31{NBSP}mars{NBSP}2027", "dd/MM/yyyy"),
])
def test_french_follows_a_french_speaking_system(system, fr, percent, day, field):
    use_region(system)
    assert format_value(1234.5, "fr") == fr
    assert format_value(18, "fr", "%") == percent
    assert format_day(date(2027, 3, 31), "fr") == day
    assert date_field_pattern("fr") == field


def test_english_follows_an_english_speaking_system():
    assert date_field_pattern("en") == "MM/dd/yyyy"
    assert format_day(date(2027, 3, 31), "en") == f"Mar{NBSP}31, 2027"
    use_region("en_GB")
    assert date_field_pattern("en") == "dd/MM/yyyy"
    assert format_day(date(2027, 3, 31), "en") == f"31{NBSP}Mar{NBSP}2027"
    assert format_value(1234567, "fr") == f"1{NNBSP}234{NNBSP}567"  # French stays France's
