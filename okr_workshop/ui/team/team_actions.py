"""The team folder's actions on the home page: choose the folder (File › Team folder…),
share the selected workshop, open a colleague's, update from the folder. Each calls the app
layer, then says what happened in the page's message bar; a failure is a sentence.

Scopes: all four work anywhere in the library page (Ctrl+Shift+F, Ctrl+Shift+S,
Ctrl+Shift+U) and Enter opens the row selected in the team folder's list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from okr_workshop.app.errors import USER_ERRORS
from okr_workshop.domain.team_sharing import SyncState
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.team.sharing_words import bad_file_text, error_text, state_text

Scope = Qt.ShortcutContext
translate = QCoreApplication.translate


def failures() -> tuple[type[BaseException], ...]:
    """What an action says as a sentence (the team folder's modules load on first use)."""
    from okr_workshop.app.team_folder import TeamFolderError
    from okr_workshop.app.team_home import ShareNotTakenBack

    return (TeamFolderError, ShareNotTakenBack, *USER_ERRORS)


class Panel(Protocol):
    """What the actions need of the team folder's panel (which builds them)."""

    page: Any  # the home page (TeamHost in team_panel.py)
    folder: Path | None
    writer: Any  # the app layer's Writer, once the settings were read
    table: Any
    model: Any

    def follow_settings(self) -> None: ...
    def rescan(self) -> None: ...
    def selected_standing(self) -> Any: ...
    def selected_local_id(self) -> str | None: ...
    def show_standings(self, rows: Any) -> None: ...


class TeamActions(QObject):
    def __init__(self, panel: Panel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.settings_action = self._action(
            self.tr("&Team folder…"), "Ctrl+Shift+F", self.choose_settings,
            self.tr("Choose the folder shared with other coaches and the name they see "
                    "(Ctrl+Shift+F)"))
        self.share_action = self._action(
            self.tr("S&hare in the team folder"), "Ctrl+Shift+S", self.share,
            self.tr("Put the selected workshop in the team folder, or publish your changes "
                    "to it (Ctrl+Shift+S)"))
        self.open_action = self._action(
            self.tr("O&pen from the team folder"), "", self.open,
            self.tr("Open the workshop selected in the team folder’s list; a colleague’s "
                    "comes into your library (Enter)"))
        self.pull_action = self._action(
            self.tr("Upd&ate from the team folder"), "Ctrl+Shift+U", self.update,
            self.tr("Bring the newer versions colleagues published into your library; "
                    "workshops with changes not yet published are left as they are "
                    "(Ctrl+Shift+U)"))
        self.open_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.open_action.setShortcutContext(Scope.WidgetShortcut)
        panel.table.addAction(self.open_action)
        self._tips = {action: action.toolTip()
                      for action in (self.share_action, self.open_action, self.pull_action)}

    def _action(self, text: str, shortcut: str, slot: Callable[[], None],
                tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Scope.WidgetWithChildrenShortcut)
            self.panel.page.addAction(action)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def set_library_shown(self, shown: bool) -> None:
        """Share, Open and Update act on the lists: only while the library is on screen."""
        for action, tip in self._tips.items():
            action.setEnabled(shown)
            if not shown:
                tip = translate("HomeActions", "Go back to the library (Ctrl+L) to use this.")
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def all(self) -> list[QAction]:
        return [self.settings_action, self.share_action, self.open_action, self.pull_action]

    @property
    def page(self):
        return self.panel.page

    def _say(self, text: str, action_text: str = "",
             action: Callable[[], None] | None = None) -> None:
        self.page.message.show_message(text, action_text, action)

    def _failed(self, title: str, error: BaseException) -> None:
        self.page.prompts.error(title, error_text(error))
        self.panel.rescan()

    # The folder -------------------------------------------------------------------------

    def choose_settings(self) -> None:
        from okr_workshop.ui.team.team_dialog import TeamFolderDialog

        dialog = TeamFolderDialog(self.page.repository, self.page.prompts, self.page)
        self.dialog = dialog
        dialog.accepted.connect(self._settings_saved)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog) -> None:
        if getattr(self, "dialog", None) is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _settings_saved(self) -> None:
        self.panel.follow_settings()
        if self.panel.folder is None:
            self._say(self.tr("No team folder: your workshops stay on this computer only."))
        else:
            self._say(fill(self.tr("Workshops are shared through “%1”, as %2."),
                           self.panel.folder, self.panel.writer.coach))

    def _folder_or_ask(self):
        if self.panel.folder is None:
            self.panel.follow_settings()  # before the first paint, it has not looked yet
        if self.panel.folder is None:
            self._say(self.tr("Choose a team folder first."))
            self.choose_settings()
        return self.panel.folder

    # Sharing ----------------------------------------------------------------------------

    def share(self) -> None:
        folder = self._folder_or_ask()
        if folder is None:
            return
        workshop_id = self.panel.selected_local_id() or self.page.selected_id_or_tell()
        if workshop_id is None:
            return
        from okr_workshop.app.team_folder import share_workshop

        link = self.page.repository.team.link(workshop_id)
        was_linked = link is not None
        try:
            found = share_workshop(self.page.repository, folder, workshop_id,
                                   self.panel.writer)
        except failures() as error:
            self._failed(self.tr("Cannot share the workshop"), error)
            return
        self.panel.rescan()
        revision = found.file.header.revision if found.file is not None else 0
        if found.state is SyncState.IN_SYNC and not was_linked:
            self._say(fill(self.tr("“%1” is in the team folder: colleagues can open it."),
                           found.title),
                      self.tr("&Undo"), lambda: self._unshare(workshop_id, found.title))
        elif found.state is SyncState.IN_SYNC and link is not None and revision > link.revision:
            self._say(fill(self.tr("Your changes to “%1” were published in the team folder "
                                   "(revision %2)."), found.title, revision))
        elif found.state is SyncState.IN_SYNC:
            self._say(fill(self.tr("“%1” is up to date in the team folder (revision %2)."),
                           found.title, revision))
        elif found.state is SyncState.NEWER_IN_FOLDER:
            self._say(fill(self.tr("A colleague published a newer version of “%1”: update "
                                   "from the team folder first (Ctrl+Shift+U)."), found.title))
        elif found.state is SyncState.CONFLICT:
            self._say(fill(self.tr("“%1” changed both here and in the team folder; nothing "
                                   "was overwritten. Open it to compare both versions and "
                                   "choose."), found.title))
        else:
            self._say(fill(self.tr("“%1” could not be published: %2"), found.title,
                           state_text(found)))

    def _unshare(self, workshop_id: str, title: str) -> None:
        folder = self.panel.folder
        if folder is None:
            return
        from okr_workshop.app.team_home import unshare

        try:
            unshare(self.page.repository, folder, workshop_id)
        except failures() as error:
            self._failed(self.tr("Cannot take the workshop back"), error)
            return
        self.panel.rescan()
        self._say(fill(self.tr("“%1” is no longer in the team folder; your copy is kept."),
                       title))

    # Reading ----------------------------------------------------------------------------

    def open(self) -> None:
        found = self.panel.selected_standing()
        folder = self.panel.folder
        if found is None or folder is None:
            self._say(self.tr("Select a workshop in the team folder’s list first."))
            return
        if not found.workshop_id:
            self._say(fill(self.tr("Nothing was read from this file. %1"), bad_file_text(found)))
            return
        from okr_workshop.app.team_folder import open_from_folder

        try:
            workshop = open_from_folder(self.page.repository, folder, found.workshop_id)
        except failures() as error:
            self._failed(self.tr("Cannot open the workshop"), error)
            return
        self.panel.rescan()
        self.page.refresh(workshop.id)
        if found.state in (SyncState.ONLY_IN_FOLDER, SyncState.NEWER_IN_FOLDER):
            # Said where the person will look on coming back to the library.
            self._say(fill(self.tr("“%1” was brought into your library from the team "
                                   "folder, linked to its file."), workshop.title))
        self.page.open_requested.emit(workshop.id)

    def update(self) -> None:
        folder = self._folder_or_ask()
        if folder is None:
            return
        from okr_workshop.app.team_folder import pull

        before = {s.workshop_id: s.state for s in self.panel.model.standings()}
        try:
            after = pull(self.page.repository, folder, bring_new=False)
        except failures() as error:
            self._failed(self.tr("Cannot update from the team folder"), error)
            return
        self.panel.show_standings(after)
        self.page.refresh()
        updated = [s for s in after if s.state is SyncState.IN_SYNC
                   and before.get(s.workshop_id) is SyncState.NEWER_IN_FOLDER]
        kept = [s for s in after if s.state in (SyncState.LOCAL_CHANGES, SyncState.CONFLICT)]
        if len(updated) == 1:
            text = fill(self.tr("“%1” was updated from the team folder."), updated[0].title)
        elif updated:
            text = fill(self.tr("%1 workshops were updated from the team folder."),
                        len(updated))
        else:
            text = self.tr("Your workshops are up to date with the team folder.")
        if kept:
            text += " " + fill(self.tr("Left as they are, with changes of yours not yet "
                                       "published: %1."),
                               ", ".join(fill(self.tr("“%1”"), s.title) for s in kept))
        self._say(text)
