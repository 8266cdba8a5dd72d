"""The one catalogue of every word outside Qt's, in French and English: a small gettext.

Qt's ``.ts`` catalogue says the window's widgets. Everything else a person reads (the rules'
findings, the deck, refused values and files, the library's and the application's errors,
the command line) comes from here, so the window, the deck and the command line say the
same thing without a Qt translator.

**One format.** A catalogue module declares ``MESSAGES``: code → :func:`entry`, that is
``{"en": words, "fr": words}``, where *words* are a ``str.format`` template over the params,
or for a finding or a deck word a (message, advice) pair of templates. French typography:
U+00A0 before ; : ? ! % » and after «, typographic apostrophe.

**One list.** :data:`SECTIONS` names every catalogue module, by section: nothing is found by
importing a whole package, and a test checks that each listed module loads and that each
code reads in both languages. A section is loaded, once, the first time its own layer asks
for a word (this module imports none of them: domain code asks only for domain sections).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, TypeVar

from okr_workshop.domain.enums import Language

W = TypeVar("W", str, tuple[str, str])
# language → words; words are a template, or (message, advice) for findings and deck words.
Entry = Mapping[str, Any]
Messages = Mapping[str, Entry]

LANGUAGES = ("en", "fr")

# section → the modules holding its MESSAGES ("module:NAME" when the table has another name).
SECTIONS: dict[str, tuple[str, ...]] = {
    # Findings of the rules, said by the window, the deck and `okr-workshop check`.
    "rules": (
        "okr_workshop.domain.rules.common_rule",
        "okr_workshop.domain.rules.focus",
        "okr_workshop.domain.rules.health",
        "okr_workshop.domain.rules.health_alignment",
        "okr_workshop.domain.rules.health_delivery",
        "okr_workshop.domain.rules.key_results",
        "okr_workshop.domain.rules.kr_sentence",
        "okr_workshop.domain.rules.objectives",
        "okr_workshop.domain.rules.workshop",
        "okr_workshop.domain.scoring",
    ),
    # The suggested departments' names, and the few words the OKR statements add.
    "departments": ("okr_workshop.domain.rules.department_names",),
    "statements": ("okr_workshop.domain.statements",),
    # The source's good practices, ticked off on the steps where they apply.
    "good_practices": ("okr_workshop.domain.good_practices",),
    # The facilitator's notes per step (what to say, to ask, the traps): the console only.
    "facilitation": ("okr_workshop.domain.facilitation",),
    # Steering: status from pace, grades, default rituals, what is due, the next cycle.
    "steering": ("okr_workshop.domain.steering.pace_words", "okr_workshop.domain.steering.grading",
                 "okr_workshop.domain.steering.ritual_words", "okr_workshop.domain.steering.due",
                 "okr_workshop.domain.next_cycle", "okr_workshop.domain.steering.standing"),
    # Two versions of one workshop compared (team folder conflicts): fields, kinds, values.
    "workshop_diff": ("okr_workshop.domain.workshop_diff_words",),
    # A refused value or file: the phrase after "<place>: …", and the sentence said alone.
    "problems": ("okr_workshop.domain.error_words:PROBLEMS",),
    "values": ("okr_workshop.domain.error_words:VALUE_SENTENCES",),
    # …and the words those sentences are built from: a file's places, JSON's types and
    # messages, the kinds a link names, the sentence forms, the system's reasons.
    "file_fields": ("okr_workshop.domain.file_words:FIELDS",),
    "file_items": ("okr_workshop.domain.file_words:ITEMS",),
    "json_types": ("okr_workshop.domain.file_words:JSON_TYPES",),
    "json_details": ("okr_workshop.domain.error_words:JSON_DETAILS",),
    "link_kinds": ("okr_workshop.domain.file_words:LINK_KINDS",),
    "whole_file": ("okr_workshop.domain.error_messages:_WHOLE_FILE",),
    "file_forms": ("okr_workshop.domain.error_messages:_FORMS",),
    "reasons": ("okr_workshop.domain.error_messages:_ERRNO_REASONS",
                "okr_workshop.domain.error_messages:_OWN_REASONS"),
    # A check-in file (CSV) refused as a whole, or one of its lines.
    "check_in_file": ("okr_workshop.domain.check_in_words",),
    # The restitution deck's and the posters' fixed words.
    "deck": ("okr_workshop.export.deck_labels", "okr_workshop.export.deck_terms",
             "okr_workshop.export.words_story", "okr_workshop.export.words_pictures",
             "okr_workshop.export.words_teams", "okr_workshop.export.words_layout",
             "okr_workshop.export.words_pptx", "okr_workshop.export.words_frame",
             "okr_workshop.export.words_room"),
    # The calendar file's (.ics) event titles and descriptions.
    "calendar": ("okr_workshop.export.calendar_words",),
    # The library file's errors, and the application layer's.
    "library": ("okr_workshop.storage.library_words",),
    "entity_kinds": ("okr_workshop.storage.library_words:KIND_NAMES",),  # (noun, French "no such")
    "app": ("okr_workshop.app.errors",),
    # The command line, argparse's own words included (the English text is the code), and
    # the words around the findings in the `check` and `check-kr` reports.
    "cli": ("okr_workshop.cli_text",),
    "reports": ("okr_workshop.app.check_workshop", "okr_workshop.app.check_kr"),
}

_PART = {"message": 0, "advice": 1}
_loaded: dict[str, dict[str, Entry]] = {}


def entry(*, en: W, fr: W) -> dict[str, W]:
    """One catalogue entry: the same words in English and in French."""
    return {"en": en, "fr": fr}


def table(name: str) -> Messages:
    """The ``MESSAGES`` (or named table) of one listed module, ``"module[:NAME]"``."""
    module_name, _, attribute = name.partition(":")
    return getattr(importlib.import_module(module_name), attribute or "MESSAGES")


def section(name: str) -> Mapping[str, Entry]:
    """Every code of section ``name``, each declared once."""
    merged = _loaded.get(name)
    if merged is None:
        merged = {}
        for module in SECTIONS[name]:
            for code, words in table(module).items():
                if code in merged:
                    raise RuntimeError(f"message code declared twice in {name!r}: {code}")
                merged[code] = words
        _loaded[name] = merged
    return merged


def lang_of(language: Language | str | object) -> str:
    """"fr" or "en" for a Language, its value, or anything else (English)."""
    value = getattr(language, "value", language)
    return "fr" if value == "fr" else "en"


def words(name: str, code: str, language: Language | str | object) -> Any:
    """The words of ``code`` in section ``name``, in ``language``; a KeyError if unknown."""
    return section(name)[code][lang_of(language)]


def say(name: str, code: str, language: Language | str | object,
        params: Mapping[str, Any] | None = None) -> str:
    """The one-template entry ``code`` of section ``name``, filled with ``params``."""
    return words(name, code, language).format(**(params or {}))


def all_messages() -> Mapping[str, Entry]:
    """Every code of the rules' findings: (message, advice) per language."""
    return section("rules")


def render(code: str, part: str, language: Language | str, params: Mapping[str, Any]) -> str:
    """The message or advice of a rules finding ``code``."""
    template = words("rules", code, Language(language))[_PART[part]]
    return template.format(**params)
