"""The deck's fixed words come from the catalogue's "deck" section, declared beside the deck,
in both languages, and each code the export uses exists there (and each deck code is used)."""

from __future__ import annotations

import re
from pathlib import Path

from okr_workshop.domain import catalogue
from okr_workshop.domain.model import Cadence, FeedbackKind, RitualKind
from okr_workshop.export import labels

EXPORT = Path(labels.__file__).parent
# Codes written whole ("deck.kr.owner") or built from an enum value or a section key.
_WHOLE = re.compile(r"\"(deck(?:\.[a-z_]+)+)\"")
_BUILT = {
    "deck.ritual.": [k.value for k in RitualKind],
    "deck.cadence.": [c.value for c in Cadence],
    "deck.feedback.": [k.value for k in FeedbackKind],
    "deck.objective.": ["committed", "aspirational"],
}


def used_codes() -> set[str]:
    source = "\n".join(path.read_text("utf-8") for path in EXPORT.glob("*.py"))
    codes = set(_WHOLE.findall(source))
    for prefix, values in _BUILT.items():
        assert prefix in source
        codes |= {prefix + value for value in values}
    from okr_workshop.export.sections import SECTIONS

    return codes | {section.code for section in SECTIONS}


def test_every_code_the_export_uses_is_in_the_catalogue():
    deck = set(catalogue.section("deck"))
    used = used_codes()
    assert len(used) > 60
    assert used - deck == set()


def test_every_deck_code_in_the_catalogue_is_used():
    deck = set(catalogue.section("deck"))
    assert deck - used_codes() == set()


def test_numbers_and_dates_per_language():
    from datetime import date

    assert labels.number(1.8, "fr", "%") == "1,8\u00a0%"
    assert labels.number(1.8, "en", "%") == "1.8%"
    assert labels.number(15000, "fr", "clients") == "15\u202f000\u00a0clients"
    assert labels.number(15000, "en", "clients") == "15,000\u00a0clients"
    assert labels.percent(0.5, "fr") == "50\u00a0%" and labels.percent(0.254, "en") == "25%"
    assert labels.day(date(2027, 3, 1), "fr") == "1er\u00a0mars\u00a02027"
    assert labels.day(date(2026, 11, 27), "fr") == "27\u00a0nov.\u00a02026"
    assert labels.day(date(2026, 11, 27), "en") == "Nov\u00a027, 2026"


def test_labels_with_params_render_in_both_languages():
    assert labels.label("deck.kr.owner", "fr", name="Léa") == "Responsable\u00a0: Léa"
    assert labels.label("deck.kr.owner", "en", name="Léa") == "Owner: Léa"
    assert labels.label("deck.page_of_chapter", "fr", title="X", page=2, total=3) == "X (2/3)"
    assert labels.label("deck.page_of_chapter", "en", title="X", page=2, total=3) == "X (2/3)"
