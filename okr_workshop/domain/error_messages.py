"""Why a value or a file was refused, in French and English, without Qt.

The checks (:mod:`okr_workshop.domain.values`, the model, the exchange reader, the
integrity check) raise a *code* with parameters; this module's tables, the sections
"problems" and "values" of :mod:`okr_workshop.domain.catalogue`, turn it into words. The
window and the command line both render from here, so neither parses English sentences.

``PROBLEMS``: code → language → phrase completing "<place>: …" (English ones are the
historic developer wording, kept as ``str(error)``). ``VALUE_SENTENCES``: the same codes
said on their own, for a field the person is editing. French typography: U+00A0 before
; : ? ! and inside « ».
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

NBSP = "\u00a0"

PROBLEMS: dict[str, dict[str, str]] = {
    # Values (domain/values.py, model.py)
    "not_text_id": entry(en="must be a text id", fr="doit être un identifiant texte"),
    "not_uuid": entry(en="must be a UUID", fr="doit être un UUID"),
    "empty_text": entry(en="must be a non-empty string", fr="doit être un texte non vide"),
    "not_text": entry(en="must be a string", fr="doit être un texte"),
    "too_long": entry(
        en="must be at most {max} characters",
        fr="doit compter au plus {max} caractères",
    ),
    "not_number": entry(en="must be a number", fr="doit être un nombre"),
    "not_finite": entry(en="must be a finite number", fr="doit être un nombre fini"),
    "not_whole": entry(en="must be a whole number", fr="doit être un nombre entier"),
    "out_of_range": entry(
        en="must be between {low} and {high}",
        fr="doit être compris entre {low} et {high}",
    ),
    "not_date": entry(en="must be a date", fr="doit être une date"),
    "not_timestamp": entry(
        en="must be a timestamp with a time zone",
        fr="doit être un horodatage avec fuseau horaire",
    ),
    "not_choice": entry(
        en="must be one of: {allowed}",
        fr=f"doit valoir l’un de{NBSP}: {{allowed}}",
    ),
    "not_bool": entry(en="must be true or false", fr="doit valoir true ou false"),
    "not_positive": entry(
        en="must be a positive amount (the direction says which way)",
        fr="doit être une quantité positive (le sens dit de quel côté)",
    ),
    "same_objective": entry(
        en="must differ from from_objective_id",
        fr="doit désigner un autre objectif que l’objectif de départ",
    ),
    "end_before_start": entry(
        en="must not be before cycle_start",
        fr="ne peut pas précéder le début du cycle",
    ),
    "not_rule": entry(en="must be a common rule", fr="doit être une règle commune"),
    # Text forms of the exchange file (storage/exchange_read.py)
    "uuid_form": entry(
        en="must be a UUID written in lowercase, 8-4-4-4-12",
        fr="doit être un UUID écrit en minuscules, 8-4-4-4-12",
    ),
    "date_form": entry(
        en="must be a date written YYYY-MM-DD",
        fr="doit être une date écrite AAAA-MM-JJ",
    ),
    "not_calendar_date": entry(
        en="{value} is not a date of the calendar",
        fr="{value} n’est pas une date qui existe",
    ),
    "timestamp_form": entry(
        en="must be a timestamp written YYYY-MM-DDTHH:MM:SS with an offset (+01:00, Z)",
        fr="doit être un horodatage écrit AAAA-MM-JJTHH:MM:SS avec un décalage (+01:00, Z)",
    ),
    "not_calendar_time": entry(
        en="{value} is not a time of the calendar",
        fr="{value} n’est pas une date et heure qui existent",
    ),
    "too_large_number": entry(en="is too large a number", fr="est un nombre trop grand"),
    # Shape of the exchange file
    "document_not_object": entry(
        en="the file must hold a JSON object, not {type}",
        fr="le fichier doit contenir un objet JSON, pas {type}",
    ),
    "format_missing": entry(
        en="is missing, so this is not an OKR Workshop file",
        fr="est absent ; ce n’est donc pas un fichier OKR Workshop",
    ),
    "format_wrong": entry(
        en="must be {expected}, not {found}, so this is not an OKR Workshop file",
        fr="doit valoir {expected} et non {found} ; ce n’est donc pas un fichier OKR Workshop",
    ),
    "missing": entry(en="is missing", fr="est absent"),
    "not_whole_type": entry(
        en="must be a whole number, not {type}",
        fr="doit être un nombre entier, pas {type}",
    ),
    "version_unsupported": entry(
        en="{version} is not supported: this OKR Workshop reads version {supported} only",
        fr=f"la version {{version}} n’est pas prise en charge{NBSP}: cet OKR Workshop ne lit "
        "que la version {supported}",
    ),
    "version_newer": entry(
        en="{version} is not supported: this OKR Workshop reads version {supported} only; "
        "the file comes from a newer OKR Workshop",
        fr=f"la version {{version}} n’est pas prise en charge{NBSP}: cet OKR Workshop ne lit "
        "que la version {supported} ; le fichier vient d’un OKR Workshop plus récent",
    ),
    "not_object": entry(
        en="must be a JSON object, not {type}",
        fr="doit être un objet JSON, pas {type}",
    ),
    "duplicate_key": entry(
        en="the field {key} appears twice",
        fr="le champ {key} figure deux fois",
    ),
    "unknown_field": entry(en="unknown field {key}", fr="champ inconnu {key}"),
    "unknown_top_field": entry(
        en="unknown top-level field {key}",
        fr="champ de premier niveau inconnu {key}",
    ),
    "surrogate": entry(
        en="contains an unpaired surrogate escape, which is not text",
        fr="contient un échappement de demi-caractère isolé, qui n’est pas du texte",
    ),
    "not_array": entry(
        en="must be a JSON array, not {type}",
        fr="doit être un tableau JSON, pas {type}",
    ),
    "too_many_items": entry(
        en="must hold at most {max} items",
        fr="doit contenir au plus {max} éléments",
    ),
    # Links inside the workshop (domain/integrity.py)
    "duplicate_id": entry(
        en="duplicate id, already used by {other}",
        fr="identifiant en double, déjà utilisé par {other}",
    ),
    "dangling": entry(
        en="no {kind} has this id",
        fr="{no_kind} ne porte cet identifiant",
    ),
    "wrong_team": entry(
        en="must be the id of the team it is in",
        fr="doit être l’identifiant de l’équipe qui le contient",
    ),
    # The file as a whole (storage/exchange.py)
    "file_missing": entry(
        en="the file {name} does not exist",
        fr="le fichier {name} n’existe pas",
    ),
    "file_unreadable": entry(
        en="the file {name} cannot be read: {reason}",
        fr=f"le fichier {{name}} ne peut pas être lu{NBSP}: {{reason}}",
    ),
    "is_folder": entry(
        en="{name} is a folder, not a file",
        fr="{name} est un dossier, pas un fichier",
    ),
    "not_regular": entry(
        en="{name} is not a regular file",
        fr="{name} n’est pas un fichier ordinaire",
    ),
    "too_large_file": entry(
        en="the file is too large ({size} bytes); an OKR Workshop file is at most "
        "{max_mb} MB ({max} bytes)",
        fr="le fichier est trop gros ({size} octets) ; un fichier OKR Workshop fait au plus "
        "{max_mb} Mo ({max} octets)",
    ),
    "utf16": entry(
        en="the file is UTF-16 text; save it as UTF-8",
        fr="le fichier est un texte UTF-16 ; enregistrez-le en UTF-8",
    ),
    "not_utf8": entry(
        en="the file is not UTF-8 text: invalid byte at line {line}, byte {byte}",
        fr=f"le fichier n’est pas un texte UTF-8{NBSP}: octet invalide à la ligne {{line}}, "
        "octet {byte}",
    ),
    "empty_file": entry(en="the file is empty", fr="le fichier est vide"),
    "json_constant": entry(
        en="invalid JSON: {constant} is not a number (JSON has no NaN or Infinity)",
        fr=f"JSON invalide{NBSP}: {{constant}} n’est pas un nombre (JSON n’a ni NaN ni "
        "Infinity)",
    ),
    "json_syntax": entry(
        en="invalid JSON at line {line}, column {column}: {detail}",
        fr=f"JSON invalide à la ligne {{line}}, colonne {{column}}{NBSP}: {{detail}}",
    ),
    "json_cut": entry(
        en="invalid JSON at line {line}, column {column}: {detail} (the file seems cut short)",
        fr=f"JSON invalide à la ligne {{line}}, colonne {{column}}{NBSP}: {{detail}} (le "
        "fichier semble tronqué)",
    ),
    "json_huge_int": entry(
        en="invalid JSON: a number has more than 4300 digits",
        fr=f"JSON invalide{NBSP}: un nombre a plus de 4300 chiffres",
    ),
    "json_other": entry(en="invalid JSON", fr="JSON invalide"),
    "too_deep": entry(
        en="the JSON is nested more than {depth} levels deep; no OKR Workshop file is",
        fr="le JSON est imbriqué sur plus de {depth} niveaux ; aucun fichier OKR Workshop "
        "ne l’est",
    ),
    "not_utf8_text": entry(
        en="the workshop holds text that cannot be written as UTF-8",
        fr="l’atelier contient du texte qui ne peut pas être écrit en UTF-8",
    ),
}

# What Python's JSON reader says (json.JSONDecodeError.msg) → the same in French. The reader
# keeps the stdlib's words in ``detail``; unknown ones are left out of the French sentence.
_JSON_DETAILS_FR: dict[str, str] = {
    "Expecting value": "une valeur est attendue",
    "Expecting ',' delimiter": "une virgule est attendue",
    "Expecting ':' delimiter": "un deux-points est attendu",
    "Expecting property name enclosed in double quotes":
        "un nom de champ entre guillemets droits est attendu",
    "Unterminated string starting at": "chaîne de caractères non fermée",
    "Invalid control character at": "caractère de contrôle interdit",
    "Invalid \\escape": "séquence d’échappement invalide",
    "Invalid \\uXXXX escape": "séquence \\uXXXX invalide",
    "Extra data": "des données suivent la fin du document",
}
# In the catalogue's one format, the English text being the code (as for the command line).
JSON_DETAILS: dict[str, Words] = {
    english: entry(en=english, fr=french) for english, french in _JSON_DETAILS_FR.items()
}

# Standalone sentences for a value refused in the window (no place: the field is in view).
VALUE_SENTENCES: dict[str, dict[str, str]] = {
    "empty_text": entry(en="This text cannot be empty.", fr="Ce texte ne peut pas être vide."),
    "too_long": entry(
        en="This text is too long: {max} characters at most.",
        fr=f"Ce texte est trop long{NBSP}: {{max}} caractères au plus.",
    ),
    "out_of_range": entry(
        en="The value must be between {low} and {high}.",
        fr="La valeur doit être comprise entre {low} et {high}.",
    ),
    "not_number": entry(en="The value must be a number.", fr="La valeur doit être un nombre."),
    "not_finite": entry(en="The value must be a number.", fr="La valeur doit être un nombre."),
    "not_whole": entry(
        en="The value must be a whole number.",
        fr="La valeur doit être un nombre entier.",
    ),
    "not_positive": entry(
        en="A change is a positive amount: the direction says which way.",
        fr=f"Une évolution est une quantité positive{NBSP}: le sens dit de quel côté.",
    ),
    "end_before_start": entry(
        en="The cycle cannot end before it starts.",
        fr="Le cycle ne peut pas finir avant de commencer.",
    ),
    "same_objective": entry(
        en="An objective cannot depend on itself.",
        fr="Un objectif ne peut pas dépendre de lui-même.",
    ),
}

# JSON value types named in "must be an array, not a string".
JSON_TYPES: dict[str, dict[str, str]] = {
    "null": entry(en="null", fr="null"),
    "true": entry(en="true", fr="true"),
    "false": entry(en="false", fr="false"),
    "whole": entry(en="a whole number", fr="un nombre entier"),
    "decimal": entry(en="a decimal number", fr="un nombre décimal"),
    "string": entry(en="a string", fr="un texte"),
    "array": entry(en="an array", fr="un tableau"),
    "object": entry(en="an object", fr="un objet"),
}

# Kinds a dangling link may point at: (English noun, French "no such" phrase with its gender).
LINK_KINDS: dict[str, Words] = {
    "team": entry(en="team", fr="aucune équipe"),
    "participant": entry(en="participant", fr="aucun participant"),
    "strategic_objective": entry(en="strategic objective", fr="aucun objectif stratégique"),
    "objective": entry(en="objective", fr="aucun objectif"),
}

# The places of a file, said as a person would: list name → (English, French) item noun.
ITEMS: dict[str, Words] = {
    "participants": entry(en="participant", fr="participant"),
    "strategic_objectives": entry(en="strategic objective", fr="objectif stratégique"),
    "teams": entry(en="team", fr="équipe"),
    "objectives": entry(en="objective", fr="objectif"),
    "key_results": entry(en="key result", fr="résultat clé"),
    "check_ins": entry(en="check-in", fr="point d’étape"),
    "dependencies": entry(en="dependency", fr="dépendance"),
    "rituals": entry(en="ritual", fr="rituel"),
    "feedback": entry(en="feedback", fr="retour"),
    "checklist": entry(en="checklist tick", fr="case de la liste de contrôle"),
}
# Field names (the keys of the file and of the model) → (English, French) label.
FIELDS: dict[str, Words] = {
    "format": entry(en="format", fr="format"),
    "version": entry(en="version", fr="version"),
    "workshop": entry(en="workshop", fr="atelier"),
    "rule": entry(en="common rule", fr="règle commune"),
    "id": entry(en="id", fr="identifiant"),
    "title": entry(en="title", fr="titre"),
    "organisation": entry(en="organisation", fr="organisation"),
    "cycle_label": entry(en="cycle", fr="cycle"),
    "cycle_start": entry(en="cycle start", fr="début du cycle"),
    "cycle_end": entry(en="cycle end", fr="fin du cycle"),
    "language": entry(en="language", fr="langue"),
    "facilitator": entry(en="facilitator", fr="animation"),
    "vision": entry(en="vision", fr="vision"),
    "current_step": entry(en="current step", fr="étape en cours"),
    "created_at": entry(en="creation time", fr="date de création"),
    "updated_at": entry(en="last change", fr="dernière modification"),
    "participants": entry(en="participants", fr="participants"),
    "strategic_objectives": entry(en="strategic objectives", fr="objectifs stratégiques"),
    "teams": entry(en="teams", fr="équipes"),
    "dependencies": entry(en="dependencies", fr="dépendances"),
    "rituals": entry(en="rituals", fr="rituels"),
    "feedback": entry(en="feedback", fr="retours"),
    "checklist": entry(en="checklist", fr="liste de contrôle"),
    "max_objectives_per_team": entry(en="objectives per team", fr="objectifs par équipe"),
    "max_key_results_per_objective": entry(en="key results per objective",
                                           fr="résultats clés par objectif"),
    "strict": entry(en="strict rule", fr="règle stricte"),
    "name": entry(en="name", fr="nom"),
    "role": entry(en="role", fr="rôle"),
    "team_id": entry(en="team", fr="équipe"),
    "note": entry(en="note", fr="note"),
    "why": entry(en="why", fr="pourquoi"),
    "department": entry(en="department", fr="direction"),
    "ambassador_id": entry(en="ambassador", fr="ambassadeur"),
    "objectives": entry(en="objectives", fr="objectifs"),
    "strategic_objective_id": entry(en="strategic objective served",
                                    fr="objectif stratégique servi"),
    "non_alignment_reason": entry(en="why not aligned", fr="pourquoi non relié"),
    "status": entry(en="status", fr="statut"),
    "votes": entry(en="votes", fr="votes"),
    "author_id": entry(en="author", fr="auteur"),
    "commitment": entry(en="commitment", fr="engagement"),
    "key_results": entry(en="key results", fr="résultats clés"),
    "text": entry(en="text", fr="texte"),
    "metric": entry(en="metric", fr="indicateur"),
    "baseline": entry(en="baseline", fr="valeur de départ"),
    "target": entry(en="target", fr="cible"),
    "change": entry(en="relative change", fr="évolution"),
    "change_percent": entry(en="change in percent", fr="évolution en pourcentage"),
    "unit": entry(en="unit", fr="unité"),
    "direction": entry(en="direction", fr="sens"),
    "data_source": entry(en="data source", fr="source des données"),
    "owner": entry(en="owner", fr="responsable"),
    "due": entry(en="due date", fr="échéance"),
    "check_ins": entry(en="check-ins", fr="points d’étape"),
    "on": entry(en="date", fr="date"),
    "value": entry(en="value", fr="valeur"),
    "confidence": entry(en="confidence", fr="confiance"),
    "comment": entry(en="comment", fr="commentaire"),
    "from_objective_id": entry(en="objective that depends", fr="objectif qui dépend"),
    "to_objective_id": entry(en="objective depended on", fr="objectif dont il dépend"),
    "kind": entry(en="kind", fr="type"),
    "cadence": entry(en="cadence", fr="rythme"),
    "author": entry(en="author", fr="auteur"),
    "item": entry(en="item", fr="élément"),
}

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
    for name in ("size", "max"):
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
    "not_choice", "not_bool", "same_objective", "end_before_start", "not_rule", "uuid_form",
    "date_form", "timestamp_form", "too_large_number", "format_missing", "format_wrong",
    "missing", "not_whole_type", "not_object", "surrogate", "not_array", "too_many_items",
    "wrong_team",
})  # fmt: skip
# The version of the file is about the file as a whole: said without a place, in a
# sentence of its own (the developer wording above keeps "version: 2 is not supported").
_WHOLE_FILE: dict[str, dict[str, str]] = {
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
            return cls(error.errno, error.strerror or type(error).__name__)
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
