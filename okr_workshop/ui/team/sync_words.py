"""What the window says about a shared workshop: published, updated, why not, who else has
it open. Sentences only; the decisions are the app layer's (app/team_folder.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from okr_workshop.app.errors import LibraryError
from okr_workshop.app.team_folder import FolderVersion, TeamFolderError
from okr_workshop.app.team_presence import Presence
from okr_workshop.ui.language import is_singular, ui_language
from okr_workshop.ui.placeholders import fill

# What using the team folder may meet: said (folder_problem), never raised into a slot.
FOLDER_ERRORS = (TeamFolderError, LibraryError, OSError)

# Literal calls, so lupdate finds each sentence.
translate = QCoreApplication.translate


def who(version: FolderVersion) -> str:
    """The colleague who wrote a version: their name, else their computer's."""
    header = version.header
    return header.author or header.computer or translate("TeamSync", "a colleague")


def published(revision: int) -> str:
    return fill(translate("TeamSync", "Published to the team folder (revision %1)"), revision)


def updated(version: FolderVersion) -> str:
    text = translate("TeamSync", "Updated with %1’s changes (revision %2)")
    return fill(text, who(version), version.header.revision)


def newer_waiting(version: FolderVersion) -> str:
    text = translate("TeamSync", "A colleague published a newer version: %1’s revision %2 "
                                 "comes in once nothing is being typed or edited here")
    return fill(text, who(version), version.header.revision)


def conflict(version: FolderVersion) -> str:
    text = translate("TeamSync",
                     "Conflict with %1’s version (revision %2): choose which version to keep")
    return fill(text, who(version), version.header.revision)


def unreachable(error: Exception) -> str:
    text = translate("TeamSync", "Not published: %1 Your changes are safe in this library "
                                 "and will be published when the folder is back.")
    return fill(text, folder_problem(error))


def folder_problem(error: Exception) -> str:
    """Why the team folder could not be used, as a sentence ending with a full stop."""
    if isinstance(error, TeamFolderError):
        folder = str(error.params.get("folder", ""))
        if error.code == "folder_missing":
            text = translate("TeamSync", "the team folder “%1” cannot be found (a "
                                         "disconnected drive or network share?).")
            return fill(text, folder)
        if error.code == "folder_unreadable":
            text = translate("TeamSync", "the team folder “%1” cannot be read (%2).")
            return fill(text, folder, error.params.get("reason", ""))
        said = error.message(ui_language())  # the app layer's own sentence, in both languages
        return said[:1].lower() + said[1:]
    if isinstance(error, OSError):
        text = translate("TeamSync", "the team folder cannot be written to (%1: %2).")
        return fill(text, error.filename or "", error.strerror or str(error))
    return fill(translate("TeamSync", "the team folder cannot be used (%1)."), error)


def removed() -> str:
    return translate("TeamSync", "Not published: this workshop’s file is no longer in the "
                                 "team folder (a colleague may have removed it). Your copy "
                                 "stays in this library.")


def bad_file(name: str, reason: str) -> str:
    text = translate("TeamSync", "Not published: the team file “%1” cannot be read (%2). It "
                                 "is read again at the next check; nothing is overwritten "
                                 "meanwhile.")
    return fill(text, name, reason)


def _since(moment: datetime) -> str:
    """10:02 today; the date too on another day; in this computer's time zone."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    time = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date() == QDateTime.currentDateTime().date():
        return time
    day = locale.toString(local.date(), QLocale.FormatType.ShortFormat)
    return fill(translate("TeamSync", "%1 at %2"), day, time)


def presence_line(presence: Presence) -> str:
    text = translate("TeamSync", "Also open by %1 on %2 since %3")
    name = presence.coach or translate("TeamSync", "a colleague")
    return fill(text, name, presence.computer, _since(presence.since))


def presence_text(found: list[Presence]) -> str:
    """One line for the status bar: the first colleague, and how many more."""
    if not found:
        return ""
    line = presence_line(found[0])
    others = len(found) - 1
    if others:
        more = (translate("TeamSync", "%1, and %2 other colleague") if is_singular(others)
                else translate("TeamSync", "%1, and %2 other colleagues"))
        line = fill(more, line, others)
    return line
