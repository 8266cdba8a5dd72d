"""Every error a person may read, as one sentence in their language, for the window and
the command line alike.

Each error carries a code and parameters (DESIGN.md: never English prose that a caller
parses); this module picks the catalogue that says it: the library's
(:mod:`okr_workshop.storage.errors`), the values' and files'
(:mod:`okr_workshop.domain.error_messages`), or this layer's own below.
"""

from __future__ import annotations

import re

from okr_workshop.domain.catalogue import entry, say
from okr_workshop.domain.check_in_import import CheckInFileError
from okr_workshop.domain.error_messages import Reason, value_sentence
from okr_workshop.domain.values import InvalidValue
from okr_workshop.storage.errors import BackupError, LibraryError, WorkshopName
from okr_workshop.storage.exchange_format import ExchangeError

# The library's and the exchange file's errors are named here so the window catches them
# without reaching into storage/ (DESIGN.md section 3).
__all__ = [
    "MESSAGES",
    "USER_ERRORS",
    "AppError",
    "BackupError",
    "CheckInFileError",
    "ExchangeError",
    "LibraryError",
    "WorkshopName",
    "error_sentence",
]

NBSP = "\u00a0"

# The catalogue's "app" section (okr_workshop.domain.catalogue): code → language → template
# over the error's params.
MESSAGES: dict[str, dict[str, str]] = {
    "id_too_short": entry(
        en="No workshop has the id “{text}” (give the whole id or at least its first "
        "{min} characters; `okr-workshop list` shows them).",
        fr=f"Aucun atelier n’a l’identifiant «{NBSP}{{text}}{NBSP}» (donnez l’identifiant "
        f"entier ou au moins ses {{min}} premiers caractères{NBSP}; «{NBSP}okr-workshop "
        f"list{NBSP}» les affiche).",
    ),
    "no_match": entry(
        en="No workshop has an id starting with “{text}” (`okr-workshop list` shows them).",
        fr=f"Aucun atelier n’a d’identifiant commençant par «{NBSP}{{text}}{NBSP}» "
        f"(«{NBSP}okr-workshop list{NBSP}» les affiche).",
    ),
    "ambiguous": entry(
        en="{count} workshops have an id starting with “{text}”; give more characters.",
        fr=f"{{count}} ateliers ont un identifiant commençant par «{NBSP}{{text}}{NBSP}»{NBSP}; "
        "donnez plus de caractères.",
    ),
    "no_rituals": entry(
        en="“{title}” has no ritual yet: add one on the Steering step, then export the "
        "calendar.",
        fr=f"«{NBSP}{{title}}{NBSP}» n’a encore aucun rituel{NBSP}: ajoutez-en un à l’étape "
        "Pilotage, puis exportez le calendrier.",
    ),
    "unknown_time_zone": entry(
        en="This computer does not know the time zone “{zone}” (write it as Europe/Paris or "
        "America/Montreal).",
        fr=f"Cet ordinateur ne connaît pas le fuseau horaire «{NBSP}{{zone}}{NBSP}» "
        f"(écrivez-le comme Europe/Paris ou America/Montreal).",
    ),
    "pptx_template_unreadable": entry(
        en="“{name}” is not a PowerPoint presentation or template that can be read: choose a "
        ".pptx or .potx file saved by PowerPoint or LibreOffice.",
        fr=f"«{NBSP}{{name}}{NBSP}» n’est pas une présentation ou un modèle PowerPoint "
        f"lisible{NBSP}: choisissez un fichier .pptx ou .potx enregistré par PowerPoint ou "
        "LibreOffice.",
    ),
    "pptx_template_no_title_layout": entry(
        en="“{name}” has no slide layout with a title: choose a template with a “Title Only” "
        "layout.",
        fr=f"«{NBSP}{{name}}{NBSP}» n’a aucune disposition de diapositive avec un titre{NBSP}: "
        f"choisissez un modèle qui a une disposition «{NBSP}Titre seul{NBSP}».",
    ),
    "run_sheet_too_long": entry(
        en="The run sheet’s {count} lines do not fit one page, even in small type: remove or "
        "merge some breaks, or shorten the longest titles.",
        fr=f"Les {{count}} lignes du déroulé ne tiennent pas sur une page, même en petits "
        f"caractères{NBSP}: supprimez ou regroupez des pauses, ou raccourcissez les titres les "
        "plus longs.",
    ),
    # The team folder (app/team_folder.py)
    "team_folder_missing": entry(
        en="The team folder {folder} cannot be found: is the drive or the synced folder "
        "connected? Choose it again if it moved.",
        fr=f"Le dossier d’équipe {{folder}} est introuvable{NBSP}: le disque ou le dossier "
        f"synchronisé est-il branché{NBSP}? Choisissez-le de nouveau s’il a été déplacé.",
    ),
    "team_folder_unreadable": entry(
        en="The team folder {folder} cannot be read ({reason}).",
        fr="Le dossier d’équipe {folder} ne peut pas être lu ({reason}).",
    ),
    "team_holds_library": entry(
        en="The team folder {folder} holds your library: a sync engine would copy the live "
        "database and corrupt it. Choose a folder that does not hold the library.",
        fr=f"Le dossier d’équipe {{folder}} contient votre bibliothèque{NBSP}: un moteur de "
        "synchronisation copierait la base en cours d’utilisation et l’abîmerait. Choisissez "
        "un dossier qui ne contient pas la bibliothèque.",
    ),
    "team_library_synced": entry(
        en="warning: the library {path} is inside a {engine} folder; a sync engine can "
        "corrupt a live database. Move it out (okr-workshop --library) and share workshops "
        "through the team folder.",
        fr=f"attention{NBSP}: la bibliothèque {{path}} est dans un dossier {{engine}}{NBSP}; un "
        "moteur de synchronisation peut abîmer une base en cours d’utilisation. Sortez-la de "
        f"ce dossier («{NBSP}okr-workshop --library{NBSP}») et partagez les ateliers par le "
        "dossier d’équipe.",
    ),
    "team_folder_changed": entry(
        en="The team folder changed while you were comparing (a colleague published, or "
        "another version arrived): nothing was done. Compare again, then choose.",
        fr=f"Le dossier d’équipe a changé pendant la comparaison (un collègue a publié, ou une "
        f"autre version est arrivée){NBSP}: rien n’a été fait. Comparez de nouveau, puis "
        "choisissez.",
    ),
    "team_too_many_revisions": entry(
        en="This workshop’s file is at revision {revision}, the most a team file may hold: "
        "share the workshop again under a new file (remove its file from the team folder "
        "first).",
        fr=f"Le fichier de cet atelier en est à la révision {{revision}}, le maximum pour un "
        f"fichier d’équipe{NBSP}: partagez de nouveau l’atelier dans un nouveau fichier "
        "(retirez d’abord son fichier du dossier d’équipe).",
    ),
    "team_file_gone": entry(
        en="This workshop is no longer in the team folder: a colleague may have removed its "
        "file.",
        fr=f"Cet atelier n’est plus dans le dossier d’équipe{NBSP}: un collègue a peut-être "
        "supprimé son fichier.",
    ),
    "team_not_in_library": entry(
        en="This workshop is not in your library: open it from the team folder first.",
        fr=f"Cet atelier n’est pas dans votre bibliothèque{NBSP}: ouvrez-le d’abord depuis le "
        "dossier d’équipe.",
    ),
    "team_no_folder": entry(
        en="No team folder is chosen: give one with --team-folder, or choose it in the "
        "window (Team folder…); `okr-workshop team folder PATH` keeps it.",
        fr=f"Aucun dossier d’équipe n’est choisi{NBSP}: indiquez-en un avec «{NBSP}--team-folder"
        f"{NBSP}», ou "
        f"choisissez-le dans la fenêtre (Dossier d’équipe…){NBSP}; «{NBSP}okr-workshop team "
        f"folder CHEMIN{NBSP}» le garde.",
    ),
    "os_error": entry(
        en="{reason}: {filename}",
        fr=f"{{reason}}{NBSP}: {{filename}}",
    ),
}


class AppError(Exception):
    """An error of the application layer: a code of :data:`MESSAGES` and its params."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: object) -> str:
        return say("app", self.code, language, self.params)


def error_sentence(error: BaseException, language: object) -> str:
    """``error`` as one sentence in ``language`` ("fr"/"en" or a Language)."""
    lang = "fr" if getattr(language, "value", language) == "fr" else "en"
    if isinstance(error, LibraryError):
        return error.message(lang)
    if isinstance(error, ExchangeError):
        return error.sentence(lang)
    if isinstance(error, InvalidValue):
        return value_sentence(error.code, error.params, lang)
    if isinstance(error, AppError | CheckInFileError):
        return error.message(lang)
    if isinstance(error, OSError):
        reason = Reason.of(error).sentence(lang)
        if error.filename:
            return AppError("os_error", reason=reason, filename=error.filename).message(lang)
        return reason[:1].upper() + reason[1:]
    # One line, breaks and runs of spaces folded; the no-break spaces French puts before
    # its colons stay what they are (str.split would fold them too).
    return _FOLDED_SPACE.sub(" ", str(error)).strip(" ") or type(error).__name__


_FOLDED_SPACE = re.compile(r"[^\S\u00a0\u202f]+")


# What a person can fix: said in one line, never a traceback.
USER_ERRORS: tuple[type[BaseException], ...] = (
    AppError, LibraryError, ExchangeError, InvalidValue, CheckInFileError, OSError,
)
