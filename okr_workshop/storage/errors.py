"""Errors a person may see about the library, each one sentence in English and in French.

``str(error)`` is the English sentence (logs, command line); ``error.message("fr")`` is the
French one for the window. Every sentence names the library file, so "which file?" never
needs a second question.
"""

from __future__ import annotations

from pathlib import Path

from okr_workshop.domain.model import Language

# code → language → template. Templates may use {path} and the error's params. French
# typography: U+00A0 (no-break space) before ; : ? ! and inside « ».
MESSAGES: dict[str, dict[str, str]] = {
    "not_sqlite": {
        "en": "“{path}” is not an OKR Workshop library (it is not a SQLite database) "
        "and was left untouched.",
        "fr": "« {path} » n’est pas une bibliothèque OKR Workshop (ce n’est pas une base "
        "SQLite) et n’a pas été modifié.",
    },
    "damaged": {
        "en": "“{path}” is damaged or incomplete, so it cannot be opened as an OKR Workshop "
        "library; it was left untouched.",
        "fr": "« {path} » est endommagé ou incomplet et ne peut pas être ouvert comme "
        "bibliothèque OKR Workshop ; il n’a pas été modifié.",
    },
    "other_application": {
        "en": "“{path}” belongs to another application, not to OKR Workshop, and was left "
        "untouched.",
        "fr": "« {path} » appartient à une autre application, pas à OKR Workshop, et n’a pas "
        "été modifié.",
    },
    "too_new": {
        "en": "“{path}” was saved by a newer version of OKR Workshop; update the application "
        "to open it.",
        "fr": "« {path} » a été enregistré par une version plus récente d’OKR Workshop ; "
        "mettez l’application à jour pour l’ouvrir.",
    },
    "locked": {
        "en": "The library “{path}” is busy in another program; close it there and try again.",
        "fr": "La bibliothèque « {path} » est occupée par un autre programme ; fermez-la "
        "là-bas puis réessayez.",
    },
    "read_only": {
        "en": "The library “{path}” is read-only; choose a folder you can write to.",
        "fr": "La bibliothèque « {path} » est en lecture seule ; choisissez un dossier où "
        "vous pouvez écrire.",
    },
    "no_wal": {
        "en": "The library “{path}” cannot be opened because its folder does not allow the "
        "write-ahead log SQLite needs (is it a network drive?).",
        "fr": "La bibliothèque « {path} » ne peut pas être ouverte, car son dossier ne permet "
        "pas le journal d’écriture anticipée dont SQLite a besoin (est-ce un lecteur réseau ?).",
    },
    "cannot_open": {
        "en": "The library “{path}” cannot be opened ({detail}).",
        "fr": "La bibliothèque « {path} » ne peut pas être ouverte ({detail}).",
    },
    "save_failed": {
        "en": "The change could not be saved in “{path}” ({detail}); nothing was changed.",
        "fr": "La modification n’a pas pu être enregistrée dans « {path} » ({detail}) ; rien "
        "n’a été modifié.",
    },
    "workshop_not_found": {
        "en": "The workshop {id} is not in the library “{path}”; it may have been deleted.",
        "fr": "L’atelier {id} n’est pas dans la bibliothèque « {path} » ; il a peut-être été "
        "supprimé.",
    },
    "workshop_damaged": {
        "en": "The workshop {id} in “{path}” holds a value OKR Workshop cannot read "
        "({detail}).",
        "fr": "L’atelier {id} de « {path} » contient une valeur qu’OKR Workshop ne sait pas "
        "lire ({detail}).",
    },
    "entity_not_found": {
        "en": "No {kind} has the id {id} in the library “{path}”.",
        "fr": "{no_kind} n’a l’identifiant {id} dans la bibliothèque « {path} ».",
    },
    "duplicate_id": {
        "en": "Something with the same id is already in the library “{path}”, so nothing was "
        "saved.",
        "fr": "Un élément portant le même identifiant existe déjà dans la bibliothèque "
        "« {path} » ; rien n’a été enregistré.",
    },
    "broken_reference": {
        "en": "The change points to something that is not in this workshop, so nothing was "
        "saved in “{path}”.",
        "fr": "La modification renvoie à un élément absent de cet atelier ; rien n’a été "
        "enregistré dans « {path} ».",
    },
    "invalid_workshop": {
        "en": "The workshop cannot be saved in “{path}”: {problem}.",
        "fr": "L’atelier ne peut pas être enregistré dans « {path} » : {problem}.",
    },
}

# Entity class name → (English noun, French "no such" phrase, which carries the gender).
KIND_NAMES: dict[str, tuple[str, str]] = {
    "Participant": ("participant", "Aucun participant"),
    "StrategicObjective": ("strategic objective", "Aucun objectif stratégique"),
    "Team": ("team", "Aucune équipe"),
    "Objective": ("objective", "Aucun objectif"),
    "KeyResult": ("key result", "Aucun résultat clé"),
    "CheckIn": ("check-in", "Aucun point de suivi"),
    "Dependency": ("dependency", "Aucune dépendance"),
    "Ritual": ("ritual", "Aucun rituel"),
    "Feedback": ("feedback", "Aucun retour"),
    "ChecklistTick": ("checklist tick", "Aucune case cochée"),
}


class LibraryError(Exception):
    """Base of the library errors a person may read: one sentence naming the file."""

    code = "cannot_open"

    def __init__(self, path: Path | str, code: str | None = None, **params: str) -> None:
        self.path = Path(path)
        self.code = code or self.code
        self.params = params
        super().__init__(self.message(Language.ENGLISH))

    def message(self, language: Language | str) -> str:
        template = MESSAGES[self.code][Language(language).value]
        return template.format(path=self.path, **self.params)


class NotALibrary(LibraryError):
    """The file exists but is not a readable OKR Workshop library; it was not written to.

    ``code`` says why: ``not_sqlite``, ``damaged``, ``other_application`` or ``too_new``.
    """

    code = "not_sqlite"


class LibraryUnavailable(LibraryError):
    """A library that cannot be opened or written right now (busy, read-only, disk full)."""

    code = "cannot_open"


class WorkshopNotFound(LibraryError):
    code = "workshop_not_found"

    def __init__(self, path: Path | str, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        super().__init__(path, id=workshop_id)


class EntityNotFound(LibraryError):
    code = "entity_not_found"

    def __init__(self, path: Path | str, entity_type: type, entity_id: str) -> None:
        self.entity_type = entity_type
        self.entity_id = entity_id
        name = entity_type.__name__
        kind, no_kind = KIND_NAMES.get(name, (name, "Aucun élément"))
        super().__init__(path, id=entity_id, kind=kind, no_kind=no_kind)


class EditRefused(LibraryError):
    """The library refused an edit (duplicate id, broken link, invalid tree); nothing changed."""

    code = "broken_reference"
