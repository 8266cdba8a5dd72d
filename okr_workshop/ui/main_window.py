"""The main window: wires the home page and the open workshop together. No business logic.

Menus and shortcuts live here because they span pages; every action calls a page, the
session bridge or the application layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from okr_workshop import APP_NAME
from okr_workshop.app.errors import LibraryError
from okr_workshop.app.library_file import LibraryFile, Repository
from okr_workshop.domain.model import Language
from okr_workshop.ui.home_page import HomePage
from okr_workshop.ui.language import NATIVE_NAMES, NEXT_START, remember_language, ui_language
from okr_workshop.ui.pending_edits import PendingEdits
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.room.shortcut_sheet import install_help
from okr_workshop.ui.typing_watcher import TypingWatcher
from okr_workshop.ui.undo_keys import WindowUndoKeys
from okr_workshop.ui.window_geometry import place_window
from okr_workshop.ui.zoom import install_zoom

if TYPE_CHECKING:
    from okr_workshop.ui.edited_document import EditedDocument
    from okr_workshop.ui.session_bridge import SessionBridge
    from okr_workshop.ui.team.shared_workshop import SharedWorkshop
    from okr_workshop.ui.workshop_view import WorkshopView

# How long a "Saved" message stays in the status bar (ms); errors stay until the next edit.
STATUS_TIMEOUT_MS = 4000


class MainWindow(QMainWindow):
    def __init__(
        self,
        repository: Repository,
        settings: QSettings,
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
        *,
        library: LibraryFile | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        # The open library file, closed (log folded in, lock released) with the window.
        self.library = library
        self.settings = settings
        self.prompts = prompts or Prompts(self)
        # Every save dialog refuses the library's own files (app.output_guard).
        self.prompts.library = repository.path
        self.bridge: SessionBridge | None = None
        self._save_failed = False  # the last edit was refused: the status bar says so
        self.workshop_view: WorkshopView | None = None
        self.team: SharedWorkshop | None = None  # the open workshop's team-folder side
        # The open document, which Undo and Redo act on: the library, or a workshop.
        self._editing: EditedDocument

        self.home = HomePage(repository, self.prompts)
        self.home.open_requested.connect(self.open_workshop)
        self.home.undo_state_changed.connect(self._update_undo_actions)
        self._editing = self.home
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self.save_state = QLabel()
        self.statusBar().addPermanentWidget(self.save_state)
        self.retry_button = QToolButton()
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Save the last change again"))
        self.retry_button.clicked.connect(self._retry)
        self.retry_button.hide()
        self.statusBar().addPermanentWidget(self.retry_button)

        self._build_menus()
        # Ctrl+Z in a field with no typing of its own undoes the last saved edit.
        QApplication.instance().installEventFilter(WindowUndoKeys(self))
        # Typing is saved after a pause and before any shortcut, click elsewhere or close.
        QApplication.instance().installEventFilter(TypingWatcher(self, self.pending_edits))
        app = QApplication.instance()
        if hasattr(app, "commitDataRequest"):  # logout: the session may end us right after
            app.commitDataRequest.connect(self.save_typing)
        app.aboutToQuit.connect(self.save_typing)
        place_window(self, settings.value("window/geometry"))
        self.show_home()

    # Menus -----------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.home_action = self._action(self.tr("&Library"), "Ctrl+L", self.show_home)
        self.home_action.setToolTip(self.tr("Back to the library of workshops"))
        file_menu.addAction(self.home_action)
        for action in self.home.file_actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        # Actions that undo work or end the session have no letter in their menu: with a
        # menu opened by mistake (Alt+E for "Export"), typing a path would run them.
        quit_action = self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setObjectName("quitAction")
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("Undo"), QKeySequence.StandardKey.Undo, self._undo)
        self.redo_action = self._action(self.tr("Redo"), "Ctrl+Shift+Z", self._redo)
        # Ctrl+Y too: what Windows users press.
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        # The room kit's actions (audience view, timer…), from the open workshop's view.
        # No Alt letter: R, o and m each already mean something on some page.
        self.room_menu = self.menuBar().addMenu(self.tr("Room"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.full_screen_action = self._action(
            self.tr("&Full screen"), QKeySequence.StandardKey.FullScreen, self._toggle_full_screen
        )
        view_menu.addAction(self.full_screen_action)
        self._build_language_menu(view_menu)
        self.zoom = install_zoom(self, self.settings, view_menu)
        self.help_action = install_help(self)
        self._update_undo_actions()

    def _build_language_menu(self, view_menu) -> None:
        """View > Language: each language named in itself, the window's own ticked."""
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.language_actions: dict[Language, QAction] = {}
        for language, name in NATIVE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(language is ui_language())
            action.triggered.connect(lambda _=False, chosen=language: self._choose_language(chosen))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action

    def _choose_language(self, language: Language) -> None:
        """Remembered now, applied at the next start (the pages build their texts once)."""
        remember_language(self.settings, language)
        if language is not ui_language():
            self.prompts.information(*NEXT_START[language])

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # Home and workshops --------------------------------------------------------------------

    def show_home(self) -> None:
        self._close_workshop()
        self._editing = self.home
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.setWindowTitle(APP_NAME)
        self.go_menu.setEnabled(False)
        self.room_menu.clear()
        self.room_menu.setEnabled(False)
        self._update_undo_actions()

    def open_workshop(self, workshop_id: str) -> None:
        # The workshop's session, pages and rules load with the first workshop opened, not
        # with the window: the library page is what start-up shows.
        from okr_workshop.app.session import WorkshopSession
        from okr_workshop.ui.session_bridge import SessionBridge
        from okr_workshop.ui.workshop_view import WorkshopView

        try:
            session = WorkshopSession(self.repository, workshop_id)
        except LibraryError as error:
            from okr_workshop.ui.damaged_workshop import explain_or_restore

            restored = explain_or_restore(self.prompts, self.repository, error)
            self.home.refresh()
            if restored:
                self.open_workshop(workshop_id)
            return
        self._close_workshop()
        self.bridge = SessionBridge(session, self)
        self._editing = self.bridge
        self.bridge.pending.pending_changed.connect(self._on_pending)
        self.bridge.saved.connect(self._on_saved)
        self.bridge.save_failed.connect(self._on_save_failed)
        self.bridge.undo_state_changed.connect(self._update_undo_actions)
        self.bridge.changed.connect(
            lambda workshop: self.setWindowTitle(f"{workshop.title} — {APP_NAME}")
        )
        self.workshop_view = WorkshopView(self.bridge, self.prompts)
        self.stack.addWidget(self.workshop_view)
        self.stack.setCurrentWidget(self.workshop_view)
        self.setWindowTitle(f"{session.workshop.title} — {APP_NAME}")
        self.go_menu.clear()
        for action in self.workshop_view.navigation_actions[:2]:
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        for action in self.workshop_view.navigation_actions[2:]:
            self.go_menu.addAction(action)
        self.go_menu.setEnabled(True)
        self.room_menu.clear()
        for action in self.workshop_view.room_actions:
            if action.isSeparator():
                self.room_menu.addSeparator()
            else:
                self.room_menu.addAction(action)
        self.room_menu.setEnabled(bool(self.workshop_view.room_actions))
        self.save_state.setText(self.tr("All changes saved"))
        self._update_undo_actions()
        from okr_workshop.ui.team.shared_workshop import attach_shared

        self.team = attach_shared(self)  # None unless shared through a team folder

    def _close_workshop(self) -> None:
        self.save_typing()
        self._close_team()
        if self.workshop_view is not None:
            self.stack.removeWidget(self.workshop_view)
            self.workshop_view.deleteLater()
            self.workshop_view = None
        if self.bridge is not None:
            self.bridge.deleteLater()
            self.bridge = None
            self._editing = self.home
        self.retry_button.hide()

    def _close_team(self) -> None:
        """Publish what the closing workshop holds and withdraw its presence marker."""
        if self.team is not None:
            self.team.close()
            self.team = None

    # Saving, undo ------------------------------------------------------------------------

    def pending_edits(self) -> PendingEdits | None:
        """The open workshop's typing not saved yet (None on the home page)."""
        return self.bridge.pending if self.bridge is not None else None

    def save_typing(self) -> None:
        """Save at once whatever is typed and not saved yet (quit, logout, SIGTERM, close)."""
        if self.bridge is not None:
            self.bridge.pending.flush()

    def _on_pending(self, pending: bool) -> None:
        if pending:
            self.save_state.setText(self.tr("Saving…"))
        elif not self._save_failed:
            self.save_state.setText(self.tr("All changes saved"))

    def _on_saved(self, status: str) -> None:
        self._save_failed = False
        pending = self.bridge is not None and self.bridge.pending.is_pending()
        # Other typing still waiting: the status bar does not claim it is saved.
        self.save_state.setText(self.tr("Saving…") if pending else self.tr("All changes saved"))
        self.save_state.setStyleSheet("")
        self.retry_button.hide()
        if status:
            self.statusBar().showMessage(status, STATUS_TIMEOUT_MS)

    def _on_save_failed(self, message: str) -> None:
        self._save_failed = True
        self.save_state.setText(self.tr("Last change NOT saved"))
        self.save_state.setStyleSheet(
            "color: palette(highlighted-text); background: #b3261e; padding: 0 6px;"
        )
        self.statusBar().showMessage(message)
        self.retry_button.setVisible(self.bridge is not None and self.bridge.failed is not None)

    def _retry(self) -> None:
        if self.bridge is not None:
            self.bridge.retry()
        self._update_undo_actions()

    def _undo(self) -> None:
        self._editing.undo()
        self._update_undo_actions()

    def _redo(self) -> None:
        self._editing.redo()
        self._update_undo_actions()

    def _update_undo_actions(self) -> None:
        # Whichever document is open (the library, a workshop): its one undo stack.
        document = self._editing.document
        undo_label, redo_label = document.undo_label, document.redo_label
        self.undo_action.setEnabled(bool(undo_label))
        self.redo_action.setEnabled(bool(redo_label))
        self.undo_action.setText(
            self.tr("Undo %1").replace("%1", undo_label) if undo_label else self.tr("Undo")
        )
        self.redo_action.setText(
            self.tr("Redo %1").replace("%1", redo_label) if redo_label else self.tr("Redo")
        )

    # Closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.save_typing()
        # A field typed in without the window's knowing saves when it loses the focus.
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()
        self._close_team()  # after every typed letter is saved, before the library closes
        if self.library is not None:
            self.library.close()
        super().closeEvent(event)
