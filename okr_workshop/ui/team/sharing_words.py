"""What the window says about the team folder: each state in words, and the team folder's
errors (codes of :class:`~okr_workshop.app.team_folder.TeamFolderError`) as sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from okr_workshop.app.errors import error_sentence
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.placeholders import fill

if TYPE_CHECKING:
    from okr_workshop.app.team_folder import Standing

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def state_text(found: Standing) -> str:
    """Where a workshop stands, in a few words, for the panel's State column."""
    state = found.state
    if state is SyncState.IN_SYNC:
        return translate("TeamWords", "Shared, up to date")
    if state is SyncState.LOCAL_CHANGES:
        return translate("TeamWords", "Changes not yet published")
    if state is SyncState.NEWER_IN_FOLDER:
        return translate("TeamWords", "A colleague published a newer version")
    if state is SyncState.CONFLICT:
        return translate("TeamWords", "Conflict: both versions changed")
    if state is SyncState.ONLY_IN_FOLDER:
        return translate("TeamWords", "A colleague’s, not in your library")
    if state is SyncState.REMOVED:
        return translate("TeamWords", "Removed from the team folder")
    # A bad file with no workshop of this library is listed under its own name.
    return bad_file_text(found, named=bool(found.workshop_id))


def bad_file_text(found: Standing, *, named: bool = True) -> str:
    """"Unreadable file “x.okrw”: the reason" (the reason from the import's checks); without
    the name where it is beside it already (the list's row of a file with no workshop)."""
    if found.bad is None:
        return translate("TeamWords", "Unreadable file")
    reason = found.bad.error.sentence(ui_language().value)
    if not named:
        return fill(translate("TeamWords", "Unreadable file: %1"), reason)
    return fill(translate("TeamWords", "Unreadable file “%1”: %2"), found.bad.path.name, reason)


def state_tip(found: Standing) -> str:
    """What the state means and what to do about it, for the tooltip."""
    state = found.state
    if state is SyncState.IN_SYNC:
        return translate("TeamWords", "Your copy and the team folder’s file are the same.")
    if state is SyncState.LOCAL_CHANGES:
        return translate("TeamWords", "You changed it since it was last published: Share "
                                      "(Ctrl+Shift+S) publishes your changes.")
    if state is SyncState.NEWER_IN_FOLDER:
        return translate("TeamWords", "Update from the team folder (Ctrl+Shift+U) or open it "
                                      "to bring the newer version into your library.")
    if state is SyncState.CONFLICT:
        return translate("TeamWords", "Your copy and the team folder’s both changed since "
                                      "you last shared them. Nothing was overwritten: open it "
                                      "to compare both versions and choose.")
    if state is SyncState.ONLY_IN_FOLDER:
        return translate("TeamWords", "Open it (Enter) to bring it into your library, linked "
                                      "to its file.")
    if state is SyncState.REMOVED:
        return translate("TeamWords", "Its file is no longer in the team folder (a colleague "
                                      "deleted it, or the sync engine has not brought it "
                                      "yet). Your copy is kept.")
    return translate("TeamWords", "This file was not read into your library: nothing in it "
                                  "changed anything here. Ask its author to share the "
                                  "workshop again.")


def error_text(error: BaseException) -> str:
    """Any error of a team-folder action as a sentence in the window's language (the app
    layer's catalogue says the team folder's own errors)."""
    from okr_workshop.app.team_home import ShareNotTakenBack

    if isinstance(error, ShareNotTakenBack) and error.code == "published_since":
        return translate("TeamWords", "A colleague has published it since: it stays in the "
                                      "team folder.")
    if isinstance(error, ShareNotTakenBack):
        return translate("TeamWords", "This workshop is not shared.")
    return error_sentence(error, ui_language())
