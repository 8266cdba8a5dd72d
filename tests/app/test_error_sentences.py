"""Every refusal a person can read, in both languages, from codes and parameters: no
English left inside a French sentence (issue 11, point 25)."""

from __future__ import annotations

import errno
import re
import string
from pathlib import Path

import pytest

from okr_workshop.app.errors import MESSAGES as APP_MESSAGES
from okr_workshop.app.errors import error_sentence
from okr_workshop.app.workshops import UnknownWorkshop
from okr_workshop.domain import error_messages as em
from okr_workshop.domain import error_words as ew
from okr_workshop.domain import file_words as fw
from okr_workshop.domain.integrity import IntegrityProblem
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage.errors import LibraryError
from okr_workshop.storage.exchange import ExchangeError, parse_workshop_bytes
from okr_workshop.storage.library_words import MESSAGES as LIBRARY_MESSAGES

# Words of our English messages that have no business in a French one.
ENGLISH = set(
    "the must is not be been file missing number string field invalid line column cannot "
    "which only with of and to an has this already used by no team objective key result "
    "text too large characters between whole written calendar folder byte bytes empty "
    "save newer reads supported unknown appears twice array object items at most contains "
    "digits nested levels deep library open backup disk denied such technical "
    "detail workshop workshops found starting give more first was were could there does "
    "exist check path start id it its in or for from refused value this that".split()
)

SAMPLE = {
    "max": 20_000, "low": 0, "high": 10_000, "allowed": "candidate, kept, parked",
    "value": '"2027-02-30"', "key": '"colour"', "expected": '"okr-workshop"',
    "found": '"okr-workshp"', "type": "string", "other": "workshop.participants[0]",
    "kind": "participant", "name": '"atelier é.json"',
    "reason": em.Reason(errno.EACCES, "Permission denied"), "size": 25_000_000,
    "max_mb": 20, "line": 3, "byte": 17, "column": 5, "detail": "Expecting value",
    "constant": "NaN", "depth": 32, "version": "2", "supported": 1, "text": "zz",
    "count": 2, "min": 4, "filename": "/tmp/x é.pdf", "pid": "42", "host": "portable",
    "since": "2027-01-04 09:00", "aside": "/tmp/lib-damaged.sqlite3",
    "backup": "/tmp/lib-2027.sqlite3", "problem": IntegrityProblem(
        "teams[0].ambassador_id", "dangling", {"kind": "participant"}),
    "id": "0b1c2d3e", "no_kind": "Aucune équipe", "title": "Atelier", "zone": "Mars/Base",
    "char": "U+001B",
    "when": "2027-01-04 09:00 UTC",
    "readable": 1, "promised": 3, "folder": "/home/claire/Équipe OKR",
    "path": "/tmp/Sync/lib.sqlite3", "engine": "Syncthing", "revision": 1_000_000_000,
}  # fmt: skip


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def leftovers(french: str) -> set[str]:
    """English words of a French sentence, quoted file content and paths left out."""
    text = re.sub(r"«\u00a0.*?\u00a0»|“.*?”|\"[^\"]*\"|/tmp/\S+|OKR Workshop", " ", french)
    return {w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH}


def all_templates():
    for code, by_language in ew.PROBLEMS.items():
        yield "problem", code, by_language
    for code, by_language in ew.VALUE_SENTENCES.items():
        yield "value", code, by_language
    for code, by_language in LIBRARY_MESSAGES.items():
        yield "library", code, by_language
    for code, by_language in APP_MESSAGES.items():
        yield "app", code, by_language


CASES = list(all_templates())


def test_the_catalogue_covers_every_kind_of_refusal():
    kinds = {kind for kind, _, _ in CASES}
    assert kinds == {"problem", "value", "library", "app"}
    assert len(CASES) > 80


@pytest.mark.parametrize(("kind", "code", "by_language"), CASES,
                         ids=[f"{kind}:{code}" for kind, code, _ in CASES])  # fmt: skip
def test_every_code_reads_in_both_languages_without_english_in_french(kind, code, by_language):
    assert set(by_language) == {"en", "fr"}
    if kind != "library" and code != "dangling":  # French says "no team" with its gender
        assert fields_of(by_language["en"]) == fields_of(by_language["fr"])
    if kind == "problem":
        said = {lang: em.problem(code, SAMPLE, lang) for lang in ("en", "fr")}
        said["fr"] = em.import_sentence("workshop.teams[0].title", code, SAMPLE, "fr")
    elif kind == "value":
        said = {lang: em.value_sentence(code, SAMPLE, lang) for lang in ("en", "fr")}
    elif kind == "library":
        sample = {**SAMPLE, "detail": em.Reason(errno.EIO, "Input/output error")}
        error = LibraryError(Path("/tmp/lib.sqlite3"), code, **{
            name: sample[name] for name in fields_of(by_language["en"]) | fields_of(
                by_language["fr"]) if name != "path"})  # fmt: skip
        said = {lang: error.message(lang) for lang in ("en", "fr")}
    else:
        said = {lang: by_language[lang].format(**{
            k: v.sentence(lang) if isinstance(v, em.Reason) else v for k, v in SAMPLE.items()})
            for lang in ("en", "fr")}  # fmt: skip
    assert said["en"] != said["fr"]
    for text in said.values():
        assert "{" not in text and "}" not in text
    assert leftovers(said["fr"]) == set(), said["fr"]
    assert not re.search(r"[^\u00a0\u202f][:;!?](\s|$)", said["fr"]), said["fr"]


def test_every_place_of_a_file_is_said_in_french():
    for name in fw.FIELDS:
        assert leftovers(em.place(f"workshop.teams[1].{name}", "fr")) == set(), name
    for name in fw.ITEMS:
        assert leftovers(em.place(f"workshop.{name}[0].id", "fr")) == set(), name
    title = "workshop.teams[2].objectives[0].title"
    assert em.place(title, "fr") == "équipe 3 › objectif 1 › titre"
    assert em.place(title, "en") == "team 3 › objective 1 › title"


def test_every_system_reason_is_said_in_french():
    for code in [*em._ERRNO_REASONS, *em._OWN_REASONS]:
        french = em.Reason(code, "Some English").sentence("fr")
        assert leftovers(french) == set() and "English" not in french


def refusal(**fields) -> InvalidValue:
    try:
        Workshop(**fields)
    except InvalidValue as error:
        return error
    raise AssertionError("accepted")


def test_a_refused_value_carries_a_code_and_reads_in_both_languages():
    error = refusal(title="x" * 600)
    assert (error.field, error.code, error.params) == ("title", "too_long", {"max": 500})
    assert error_sentence(error, "en") == "This text is too long: 500 characters at most."
    assert error_sentence(error, "fr") == "Ce texte est trop long\u00a0: 500 caractères au plus."
    odd = InvalidValue("strict", "not_bool")
    assert leftovers(error_sentence(odd, "fr")) == set()


HOSTILE_FILES = [
    b"Titre: atelier\n",
    b'{"format": "okr-workshop", "version": 1, "workshop": [',
    b"",
    b"[]",
    b'{"name": "trello"}',
    b'{"format": "okr-workshop", "version": 7, "workshop": {}}',
    b'{"format": "okr-workshop", "version": 1, "workshop": {"title": 3}}',
    b'{"format": "okr-workshop", "version": 1, "workshop": {}, "x": NaN}',
    "é".encode("latin-1") * 3,
    b"[" * 100 + b"]" * 100,
]


@pytest.mark.parametrize("data", HOSTILE_FILES)
def test_a_hostile_file_is_refused_in_whole_french(data):
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(data)
    french = error_sentence(caught.value, "fr")
    assert french.startswith("Ce fichier ne peut pas être importé")
    assert leftovers(french) == set(), french
    assert "anglais" not in french


def test_app_and_os_errors_read_in_french():
    unknown = UnknownWorkshop("no_match", text="zzzz")
    french = error_sentence(unknown, "fr")
    assert "zzzz" in french and leftovers(french) == set()
    os_error = PermissionError(errno.EACCES, "Permission denied", "/tmp/deck é.pdf")
    french = error_sentence(os_error, "fr")
    assert "/tmp/deck é.pdf" in french and "permission refusée" in french


# A place glued before a verb ("Workshop: is missing", « Atelier : est absent ») is a form
# label, not a sentence: a file refused in either language reads as one sentence.
LABEL_THEN_VERB = {
    "en": re.compile(r"\w[:] (must|is|contains)\b"),
    "fr": re.compile(r"\w\u00a0: (doit|est|ne|contient)\b"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("code", sorted(ew.PROBLEMS))
def test_a_refusal_at_a_place_reads_as_a_sentence_not_a_label(code, lang):
    for path in ("workshop", "workshop.teams[2]", "workshop.teams[0].objectives[1].title"):
        said = em.import_sentence(path, code, SAMPLE, lang)
        assert not LABEL_THEN_VERB[lang].search(said), said
        assert len(re.findall(r":\s", said)) <= 2, said  # never "version: 2 is not supported: …"


def test_a_missing_field_and_a_newer_file_in_words_a_person_uses():
    data = b'{"format": "okr-workshop", "version": 1}'
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(data)
    assert error_sentence(caught.value, "fr") == (
        "Ce fichier ne peut pas être importé\u00a0: le champ «\u00a0atelier\u00a0» est absent."
    )
    assert error_sentence(caught.value, "en") == (
        "This file cannot be imported: the field “workshop” is missing."
    )
    with pytest.raises(ExchangeError) as caught:
        parse_workshop_bytes(b'{"format": "okr-workshop", "version": 7, "workshop": {}}')
    assert error_sentence(caught.value, "fr") == (
        "Ce fichier ne peut pas être importé\u00a0: il vient d’un OKR Workshop plus récent "
        "(version 7\u00a0; celui-ci ne lit que la version 1)."
    )


def test_the_places_use_the_glossary_words():
    # resources/translations/README.md: department = direction, baseline = valeur de
    # départ, check-in = point d’étape, facilitator = animation, not aligned = non relié.
    kr = "workshop.teams[0].objectives[0].key_results[0]"
    assert em.place(f"{kr}.baseline", "fr").endswith("valeur de départ")
    assert em.place(f"{kr}.check_ins[1].value", "fr") == (
        "équipe 1 › objectif 1 › résultat clé 1 › point d’étape 2 › valeur"
    )
    assert em.place("workshop.teams[0].department", "fr") == "équipe 1 › direction"
    assert em.place("workshop.facilitator", "fr") == "animation"
    assert "non relié" in em.place("workshop.teams[0].objectives[0].non_alignment_reason", "fr")


def test_every_field_of_the_exchange_format_has_its_words():
    # A field the catalogue does not know is shown as its JSON key, in English, inside a
    # French sentence ("… › change : …").
    from okr_workshop.storage.exchange_format import FIELDS as FILE_FIELDS

    for kind, names in FILE_FIELDS.items():
        for name in names:
            assert name in fw.FIELDS or name in fw.ITEMS, (kind, name)


@pytest.mark.parametrize("code", sorted(ew.PROBLEMS))
def test_a_person_never_reads_a_json_key_in_english_either(code):
    said = em.import_sentence("workshop.dependencies[0].to_objective_id", code, SAMPLE, "en")
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", said), said


def test_quoted_file_content_has_typographic_quotes_in_english_too():
    said = em.import_sentence("", "file_missing", {"name": '"absent é.json"'}, "en")
    assert said == "This file cannot be imported: the file “absent é.json” does not exist."
    said = em.import_sentence("workshop", "unknown_field", {"key": '"colour"'}, "en")
    assert said == "This file cannot be imported. Workshop: unknown field “colour”."


def test_a_plain_error_is_one_line_and_keeps_french_no_break_spaces():
    said = error_sentence(Exception("un fichier à la fois\u00a0: ouvrez\n   d’abord\tle premier "),
                          "fr")
    assert said == "un fichier à la fois\u00a0: ouvrez d’abord le premier"
