"""Library errors read as one sentence naming the file, in English and in French."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from okr_workshop.storage import tables
from okr_workshop.storage.errors import (
    EditRefused,
    EntityNotFound,
    LibraryError,
    LibraryUnavailable,
    NotALibrary,
    WorkshopNotFound,
)
from okr_workshop.storage.library_words import KIND_NAMES, MESSAGES

PATH = Path("/home/léa/OKR Workshop/library.sqlite3")
PARAMS = {"detail": "disk I/O error", "id": "0d5e0f3a", "kind": "team",
          "no_kind": "Aucune équipe", "problem": "teams[0].name: must be a non-empty string",
          "aside": "/home/léa/library-damaged-20270104-091502.sqlite3", "pid": "4242",
          "host": "portable-lea", "since": "2027-01-04 09:15",
          "backup": "library-20270104-091502-000000.sqlite3", "readable": 1, "promised": 3,
          "count": 4, "title": "Atelier « T1 » 🎯", "when": "2027-01-04 09:15 UTC",
          "filename": "/home/léa/library.sqlite3.lock"}
NBSP = "\u00a0"


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_message_exists_in_both_languages_and_names_the_file(code: str):
    assert set(MESSAGES[code]) == {"en", "fr"}
    error = LibraryError(PATH, code, **PARAMS)
    for language in ("en", "fr"):
        text = error.message(language)
        assert str(PATH) in text
        assert text[0].isupper() or text[0] in "«“"
        assert text.endswith(".")
        assert "{" not in text
    assert str(error) == error.message("en")


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_french_typography(code: str):
    template = MESSAGES[code]["fr"]
    # A non-breaking space before : ; ! ? and inside « », never a plain one.
    assert not re.search(r"[^\u00a0][:;!?]", template.replace("{path}", "x"))
    assert not re.search(r"« |«[^\u00a0]| »|[^\u00a0]»", template)
    assert "'" not in template  # the typographic apostrophe ’


def test_every_entity_has_a_name_in_both_languages():
    assert {entity.__name__ for entity in tables.TABLES} == set(KIND_NAMES)
    for english, french in ((words["en"], words["fr"]) for words in KIND_NAMES.values()):
        assert english and french.startswith(("Aucun ", "Aucune "))


def test_subclasses_carry_their_details():
    missing = WorkshopNotFound(PATH, "abc")
    assert missing.workshop_id == "abc" and "abc" in str(missing)
    lost = EntityNotFound(PATH, tables.Team, "xyz")
    assert lost.entity_type is tables.Team and lost.entity_id == "xyz"
    french = "Aucune équipe n’a l’identifiant xyz dans la bibliothèque «"
    assert lost.message("fr").startswith(french + NBSP + str(PATH))
    assert str(lost).startswith("No team has the id xyz")
    for error in (missing, lost, EditRefused(PATH), LibraryUnavailable(PATH, "locked"),
                  NotALibrary(PATH, "damaged")):
        assert isinstance(error, LibraryError)
