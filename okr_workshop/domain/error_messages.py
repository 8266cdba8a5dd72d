"""Why a value or a file was refused, in French and English, without Qt.

The checks (:mod:`okr_workshop.domain.values`, the model, the exchange reader, the
integrity check) raise a *code* with parameters; this module turns it into a sentence, from
the words of :mod:`okr_workshop.domain.error_words` (sections "problems", "values", … of
:mod:`okr_workshop.domain.catalogue`) and the sentence forms and system reasons below. The
window and the command line both render from here, so neither parses English sentences.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from okr_workshop.domain import catalogue
from okr_workshop.domain.catalogue import Entry as Words
from okr_workshop.domain.catalogue import entry
from okr_workshop.domain.error_words import NBSP
from okr_workshop.domain.file_words import ITEMS

_LANGS = {"en": 0, "fr": 1}
# Parameters that hold a piece of the file quoted by the reader ("…", escaped).
_QUOTED = ("key", "expected", "found", "value", "name")
_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _lang(language: object) -> str:
    value = getattr(language, "value", language)
    return value if value in _LANGS else "en"


def _group(number: int, lang: str) -> str:
    # Thin no-break space between thousands in French, comma in English (CLDR's own choice).
    return f"{number:,}".replace(",", "\u202f" if lang == "fr" else ",")


def place(path: str, language: object) -> str:
    """``workshop.teams[2].objectives[0].title`` → "team 3 › objective 1 › title"."""
    lang = _lang(language)
    words: list[str] = []
    fields = catalogue.section("file_fields")
    steps = path.split(".") if path else []
    for position, step in enumerate(steps):
        found = _STEP.fullmatch(step)
        if found is None:
            words.append(step)
            continue
        name, number = found.group(1), found.group(2)
        if name == "workshop" and position == 0 and len(steps) > 1:
            continue  # everything is in the workshop
        if number is not None and name in ITEMS:
            words.append(f"{catalogue.words('file_items', name, lang)} {int(number) + 1}")
        else:
            words.append(fields.get(name, {}).get(lang, name))
    return " › ".join(words)


def _params(code: str, params: Mapping[str, Any], lang: str) -> dict[str, Any]:
    shown = dict(params)
    if "type" in shown:
        shown["type"] = catalogue.section("json_types").get(shown["type"], {}).get(
            lang, shown["type"])
    if "other" in shown:
        shown["other"] = place(shown["other"], lang)
    if "kind" in shown:
        kind = catalogue.section("link_kinds").get(shown["kind"], {})
        noun, no_kind = kind.get("en", shown["kind"]), kind.get("fr", shown["kind"])
        shown["kind"] = noun
        shown["no_kind"] = no_kind
    for name in ("size", "max", "found"):
        if isinstance(shown.get(name), int) and not isinstance(shown[name], bool):
            shown[name] = _group(shown[name], lang)
    for name, value in shown.items():
        if isinstance(value, Reason):
            shown[name] = value.sentence(lang)
    if lang == "fr":
        for name in _QUOTED:  # quoted file content: French guillemets around it
            text = shown.get(name)
            if isinstance(text, str) and len(text) > 1 and text[0] == '"':
                end = text.rfind('"')
                shown[name] = f"«{NBSP}{text[1:end]}{NBSP}»{text[end + 1:]}"
    if lang == "fr" and "detail" in shown:
        known = catalogue.section("json_details").get(shown["detail"])
        shown["detail"] = known["fr"] if known else "erreur de syntaxe"
    return shown


def problem(code: str, params: Mapping[str, Any], language: object) -> str:
    """The phrase that completes "<place>: …" (or stands alone for the file as a whole)."""
    lang = _lang(language)
    return catalogue.words("problems", code, lang).format(**_params(code, params, lang))


def value_sentence(code: str, params: Mapping[str, Any], language: object) -> str:
    """A refused value said on its own, for the field the person is editing."""
    lang = _lang(language)
    template = catalogue.section("values").get(code, {}).get(lang)
    if template is not None:
        return template.format(**_params(code, params, lang))
    return catalogue.say("file_forms", "value.other", lang,
                         {"problem": problem(code, params, lang)})


# Codes whose phrase needs its subject ("must be a number", "is missing"). With a place they
# read as one sentence about that field ("the field “title” is missing"), never as a label
# glued before a verb ("Title: is missing"); the other codes are whole clauses already.
_PREDICATES = frozenset({
    "not_text_id", "not_uuid", "empty_text", "not_text", "too_long", "not_number",
    "not_finite", "not_whole", "not_positive", "out_of_range", "not_date", "not_timestamp",
    "not_choice", "not_bool", "not_time", "not_time_zone", "same_objective",
    "end_before_start", "not_rule", "uuid_form",
    "date_form", "timestamp_form", "too_large_number", "format_missing", "format_wrong",
    "missing", "not_whole_type", "not_object", "surrogate", "not_array", "too_many_items",
    "wrong_team", "above_budget", "break_untitled",
})  # fmt: skip
# The version of the file is about the file as a whole: said without a place, in a
# sentence of its own (the developer wording above keeps "version: 2 is not supported").
_WHOLE_FILE: dict[str, dict[str, str]] = {
    # domain/field_limits.py: what a workshop holds in all.
    "too_many_objectives": entry(
        en="its workshop holds {found} objectives, more than the {max} a workshop may hold",
        fr="son atelier compte {found} objectifs, plus que les {max} qu’un atelier peut "
        "contenir",
    ),
    "too_many_key_results": entry(
        en="its workshop holds {found} key results, more than the {max} a workshop may hold",
        fr="son atelier compte {found} résultats clés, plus que les {max} qu’un atelier "
        "peut contenir",
    ),
    "too_much_text": entry(
        en="its workshop holds {found} characters of text, more than the {max} a workshop "
        "may hold (titles, whys, names, notes and the latest check-in of each key result)",
        fr="son atelier compte {found} caractères de texte, plus que les {max} qu’un "
        "atelier peut contenir (titres, raisons, noms, notes et dernier point de chaque "
        "résultat clé)",
    ),
    "version_unsupported": entry(
        en="its version, {version}, is not supported (this OKR Workshop reads version "
        "{supported} only)",
        fr="sa version, {version}, n’est pas prise en charge (cet OKR Workshop ne lit que "
        "la version {supported})",
    ),
    "version_newer": entry(
        en="it comes from a newer OKR Workshop (version {version}; this one reads version "
        "{supported} only)",
        fr=f"il vient d’un OKR Workshop plus récent (version {{version}}{NBSP}; celui-ci ne "
        "lit que la version {supported})",
    ),
}
# The sentences around a problem: with its place, for a whole file, for a value alone.
_FORMS: dict[str, Words] = {
    "located.field": entry(en="the field “{place}” {problem}",
                           fr=f"le champ «{NBSP}{{place}}{NBSP}» {{problem}}"),
    "located.item": entry(en="the item “{place}” {problem}",
                          fr=f"l’élément «{NBSP}{{place}}{NBSP}» {{problem}}"),
    "located.clause": entry(en="{place}: {problem}", fr=f"{{place}}{NBSP}: {{problem}}"),
    "import.clause": entry(en="This file cannot be imported: {problem}.",
                           fr=f"Ce fichier ne peut pas être importé{NBSP}: {{problem}}."),
    "import.sentence": entry(en="This file cannot be imported. {problem}.",
                             fr="Ce fichier ne peut pas être importé. {problem}."),
    "value.other": entry(en="This value is refused: it {problem}.",
                         fr=f"Cette valeur est refusée{NBSP}: elle {{problem}}."),
}


# Where the developer wording above names another JSON key, a person reads its words.
_PERSON_EN: dict[str, str] = {
    "same_objective": "must name another objective than the one that depends",
    "end_before_start": "must not be before the cycle start",
}


def _curly(text: object) -> object:
    if isinstance(text, str) and len(text) > 1 and text[0] == '"':
        end = text.rfind('"')
        return f"“{text[1:end]}”{text[end + 1:]}"
    return text


def located(path: str, code: str, params: Mapping[str, Any], language: object) -> str:
    """The problem at ``path`` as a person says it: "the field “team 3 › title” is
    missing", or "team 1 › ambassador: no participant has this id" for a whole clause."""
    lang = _lang(language)
    if lang == "en":  # typographic quotes around quoted file content, as French has « »
        params = {k: _curly(v) if k in _QUOTED else v for k, v in params.items()}
    said = _PERSON_EN[code] if lang == "en" and code in _PERSON_EN else problem(code, params, lang)
    if not path:
        return said
    where = place(path, lang)
    if code in _PREDICATES:
        last = _STEP.fullmatch(path.rsplit(".", 1)[-1])
        item = last is not None and last.group(2) is not None
        form = "located.item" if item else "located.field"
        return catalogue.say("file_forms", form, lang, {"place": where, "problem": said})
    return catalogue.say("file_forms", "located.clause", lang, {"place": where, "problem": said})


def import_sentence(path: str, code: str, params: Mapping[str, Any], language: object) -> str:
    """The whole sentence for a file that cannot be imported, place and problem included."""
    lang = _lang(language)
    whole_file = catalogue.section("whole_file")
    if code in whole_file:
        said = whole_file[code][lang].format(**_params(code, params, lang))
        return catalogue.say("file_forms", "import.clause", lang, {"problem": said})
    said = located(path, code, params, lang)
    if not path or code in _PREDICATES:
        return catalogue.say("file_forms", "import.clause", lang, {"problem": said})
    return catalogue.say("file_forms", "import.sentence", lang,
                         {"problem": said[:1].upper() + said[1:]})


# Why the system refused (an OSError's errno), and our own short reasons, both languages.
_ERRNO_REASONS: dict[str, Words] = {
    "ENOENT": entry(en="no such file or folder", fr="fichier ou dossier introuvable"),
    "EACCES": entry(en="permission denied", fr="permission refusée"),
    "EPERM": entry(en="operation not permitted", fr="opération non autorisée"),
    "EISDIR": entry(en="it is a folder", fr="c’est un dossier"),
    "ENOTDIR": entry(en="a part of the path is not a folder",
                     fr="une partie du chemin n’est pas un dossier"),
    "ENOSPC": entry(en="the disk is full", fr="le disque est plein"),
    "EROFS": entry(en="the disk is read-only", fr="le disque est en lecture seule"),
    "EIO": entry(en="input/output error", fr="erreur d’entrée-sortie"),
    "EFBIG": entry(en="the file is too large", fr="le fichier est trop gros"),
    "ENAMETOOLONG": entry(en="the name is too long", fr="le nom est trop long"),
    "EBUSY": entry(en="the file is busy", fr="le fichier est occupé"),
    "EEXIST": entry(en="the file already exists", fr="le fichier existe déjà"),
    "ELOOP": entry(en="too many symbolic links", fr="trop de liens symboliques"),
    "EMFILE": entry(en="too many open files", fr="trop de fichiers ouverts"),
}
_OWN_REASONS: dict[str, Words] = {
    "edit_in_progress": entry(en="an edit is still in progress",
                              fr="une modification est en cours"),
    "no_file": entry(en="the library has no file", fr="la bibliothèque n’a pas de fichier"),
    # Files an export never writes over (okr_workshop.files.TargetRefused).
    "not_a_file": entry(en="it is not a regular file (a device or a pipe is never replaced)",
                        fr="ce n’est pas un fichier ordinaire (un périphérique ou un tube "
                           "n’est jamais remplacé)"),
    "not_a_folder": entry(en="it is a file, not a folder", fr="c’est un fichier, pas un dossier"),
    "read_only": entry(en="the file is read-only", fr="le fichier est en lecture seule"),
    "database": entry(en="it is a database (a library, a backup or one of their working "
                         "files), never replaced by an export",
                      fr="c’est une base de données (une bibliothèque, une sauvegarde ou un de "
                         "leurs fichiers de travail), jamais remplacée par un export"),
    "terminal": entry(en="a binary file is not written to a terminal (redirect it to a file "
                         "or a program, or give a file name)",
                      fr="un fichier binaire n’est pas écrit dans un terminal (redirigez-le "
                         "vers un fichier ou un programme, ou donnez un nom de fichier)"),
    "library": entry(en="it belongs to the library in use (the library itself, its backups, "
                        "its lock or its working files)",
                     fr="il appartient à la bibliothèque utilisée (la bibliothèque elle-même, "
                        "ses sauvegardes, son verrou ou ses fichiers de travail)"),
}


@dataclass(frozen=True)
class Reason:
    """A short reason inside a sentence ("… cannot be read: permission denied").

    ``code`` is an errno or one of ours; ``text`` is what the system said, kept as the
    technical detail when there are no words of our own for it (SQLite's messages).
    """

    code: int | str | None
    text: str = ""

    @classmethod
    def of(cls, error: BaseException) -> Reason:
        if isinstance(error, OSError):
            # Our own refusals (okr_workshop.files.TargetRefused) carry a code, no errno.
            code = error.errno if error.errno is not None else getattr(error, "code", None)
            return cls(code, error.strerror or type(error).__name__)
        return cls(None, str(error) or type(error).__name__)

    def sentence(self, language: object) -> str:
        # An errno is listed under its name ("ENOENT"), our own reasons under theirs.
        code = errno.errorcode.get(self.code, "") if isinstance(self.code, int) else self.code
        words = catalogue.section("reasons").get(code or "")
        if words is not None:
            return words[_lang(language)]
        if _lang(language) == "fr":
            return f"détail technique{NBSP}: {self.text}" if self.text else "erreur inconnue"
        return self.text or "unknown error"

    def __str__(self) -> str:
        return self.sentence("en")
