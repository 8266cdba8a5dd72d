"""The console's side of the audience view: the Room menu's actions, the button over the
page, the keys, and where the view goes (``placement.py``), re-placed when a screen comes or
goes. ``install_audience(view)`` is the one line in ``WorkshopView._install_room_kit``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QWindow,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

from okr_workshop.ui.room.audience_window import AudienceWindow
from okr_workshop.ui.room.console_keys import ConsoleKeys
from okr_workshop.ui.room.placement import ScreenGeometry, place_audience, swapped

SCREEN_KEY = "room/audience_screen"  # the screen the coach chose ("": automatic)


def screen_key(screen: QScreen) -> str:
    """How a screen is remembered: its connector's name ("HDMI-1"), else its make and
    model, else its rank (some platforms name none)."""
    made = f"{screen.manufacturer()} {screen.model()}".strip()
    return screen.name() or made or f"#{QGuiApplication.screens().index(screen) + 1}"


def geometries(gone: QScreen | None = None) -> list[ScreenGeometry]:
    """The screens as plain geometries; ``gone``: one being unplugged, left out even if Qt
    still lists it while it says so."""
    primary = QGuiApplication.primaryScreen()
    return [ScreenGeometry(screen_key(s), s.geometry().x(), s.geometry().y(),
                           s.geometry().width(), s.geometry().height(), s is primary)
            for s in QGuiApplication.screens() if s is not gone]


def screen_named(name: str | None) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if screen_key(s) == name), None)


class AudienceControl(QObject):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.view = view
        self.room = view.bridge.room
        self.window: AudienceWindow | None = None
        self.fill_console = False  # "show to the room on this screen": until Esc
        self.windowed = False  # F on a full-screen view: a window the coach can drag
        self._return_focus: QWidget | None = None
        self._build_actions()
        self.keys = ConsoleKeys(view, {
            Qt.Key.Key_B: self.toggle_black, Qt.Key.Key_F: self.toggle_full_screen,
            Qt.Key.Key_S: self.swap, Qt.Key.Key_N: lambda: self.step_item(1),
            Qt.Key.Key_P: lambda: self.step_item(-1),
        }, lambda: self.window is not None)
        QApplication.instance().installEventFilter(self.keys)
        app = QGuiApplication.instance()
        # Bound methods: Qt forgets them with this object (a closed workshop).
        app.screenAdded.connect(self._place_again)
        app.screenRemoved.connect(self._screen_removed)
        self._console_handle: QWindow | None = None
        self.room.audience_wanted.connect(self.open)

    def _action(self, text: str, tip: str, shortcut: str, slot, checkable: bool = False
                ) -> QAction:
        action = QAction(text, self.view)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.toggle_action = self._action(
            self.tr("&Audience view"),
            self.tr("Show the room this step, large, on the projector (F5). Esc there, or F5 "
                    "again, closes it."), "F5", self.toggle, checkable=True)
        self.here_action = self._action(
            self.tr("Show to the room on t&his screen"),
            self.tr("The audience view fills this screen, in place of the console, until "
                    "Esc (Shift+F5)."), "Shift+F5", self.show_here)
        self.black_action = self._action(
            self.tr("&Black screen"),
            self.tr("Black out the audience view, and bring it back (B, or Ctrl+Shift+B)."),
            "Ctrl+Shift+B", self.toggle_black, checkable=True)
        self.swap_action = self._action(
            self.tr("&Swap screens"),
            self.tr("The console and the audience view change screens (S, or Ctrl+Shift+F5)."),
            "Ctrl+Shift+F5", self.swap)
        self.next_action = self._action(
            self.tr("&Next item"),
            self.tr("The next team, strategic objective or key result on the audience view "
                    "(N, or Ctrl+Shift+PgDown)."), "Ctrl+Shift+PgDown",
            lambda: self.step_item(1))
        self.previous_action = self._action(
            self.tr("&Previous item"),
            self.tr("The previous one on the audience view (P, or Ctrl+Shift+PgUp)."),
            "Ctrl+Shift+PgUp", lambda: self.step_item(-1))
        self.screen_menu = QMenu(self.tr("Audience &screen"), self.view)
        self.screen_menu.setObjectName("audienceScreenMenu")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.screen_menu_action = self.screen_menu.menuAction()
        self.screen_menu_action.setToolTip(
            self.tr("The screen the audience view goes to; remembered."))
        separator = QAction(self.view)
        separator.setSeparator(True)
        self.actions = [self.toggle_action, self.here_action, self.black_action,
                        self.swap_action, self.next_action, self.previous_action,
                        self.screen_menu_action]
        self.view.room_actions += [*self.actions, separator]
        for action in self.actions[:-1]:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.view.addAction(action)
        self.button = QToolButton()
        self.button.setObjectName("audienceButton")
        self.button.setDefaultAction(self.toggle_action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Like a toolbar's: F5 reaches it; Tab goes from the step list to the page.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.room_bar.addWidget(self.button)
        self._update_actions()

    def _update_actions(self) -> None:
        is_open = self.window is not None
        self.toggle_action.setChecked(is_open)
        self.black_action.setChecked(is_open and self.window.blacked_out)
        for action in (self.black_action, self.swap_action, self.next_action,
                       self.previous_action):
            action.setEnabled(is_open)

    # The coach's screen choice ------------------------------------------------------------------

    def settings(self) -> QSettings:
        return getattr(self.view.window(), "settings", None) or QSettings()

    @property
    def chosen(self) -> str | None:
        return str(self.settings().value(SCREEN_KEY, "") or "") or None

    def choose_screen(self, name: str | None) -> None:
        self.settings().setValue(SCREEN_KEY, name or "")
        self.fill_console = self.windowed = False
        self.place()

    def _fill_screen_menu(self) -> None:
        menu = self.screen_menu
        menu.clear()
        group = QActionGroup(menu)
        chosen = self.chosen if screen_named(self.chosen) else None
        entries = [(self.tr("Automatic: a screen other than the console’s"), None)]
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            name = screen.name() or self.tr("Screen %1").replace("%1", str(number))
            entries.append((f"{name} ({size.width()}×{size.height()})", screen_key(screen)))
        for text, name in entries:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, n=name: self.choose_screen(n))

    # Opening, placing, leaving -----------------------------------------------------------------

    def toggle(self) -> None:
        if self.window is None:
            self.open()
        else:
            self.leave()

    def show_here(self) -> None:
        self.fill_console = True
        if self.window is None:
            self.open()
        else:
            self.place()

    def open(self) -> None:
        if self.window is not None:
            self.window.raise_()
            return
        focused = QApplication.focusWidget()
        self._return_focus = focused if focused and focused.window() is self.view.window() \
            else None
        self.window = AudienceWindow(self.room, self.view)  # goes with the workshop
        self.window.leave_requested.connect(self.leave)
        self.window.swap_requested.connect(self.swap)
        self.window.full_screen_requested.connect(self.toggle_full_screen)
        self.window.blackout_changed.connect(lambda _black: self._update_actions())
        self._follow_console()
        self.place()
        self._update_actions()

    def console_screen(self) -> str | None:
        screen = self.view.window().screen()
        return screen_key(screen) if screen is not None else None

    def place(self, gone: QScreen | None = None) -> None:
        """Put the view where it belongs now: the coach's screen, or the default."""
        window = self.window
        if window is None:
            return
        console = self.console_screen()
        placement = place_audience(geometries(gone), self.chosen, console)
        if placement is None:
            return
        if self.fill_console:
            name, full = console, True
        else:
            name, full = placement.screen, placement.full_screen and not self.windowed
        screen = screen_named(name)
        alone = name == console
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not alone)
        if screen is not None:
            window.setScreen(screen)
        if full and screen is not None:
            window.setGeometry(screen.geometry())
            window.showFullScreen()
            window.setCursor(Qt.CursorShape.BlankCursor)  # no arrow left over the slide
        else:
            window.unsetCursor()
            # A window: centred on the console's only screen, or inset on the room's screen
            # (F pressed there); left where the coach dragged it while that screen is there.
            target = QRect(placement.x, placement.y, placement.w, placement.h)
            if placement.full_screen and screen is not None:
                target = screen.geometry().adjusted(80, 80, -80, -80)
            lost = screen is not None and not screen.geometry().intersects(window.geometry())
            moved = window.isFullScreen() or not window.isVisible() or lost
            if window.isFullScreen():
                window.showNormal()
            if moved:
                window.setGeometry(target)
            window.show()
        if alone:  # over the console: the keys go to it (Esc, F, B…)
            window.raise_()
            window.activateWindow()
            window.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_again(self, _screen: QScreen) -> None:
        self.place()

    def _screen_removed(self, screen: QScreen) -> None:
        self.place(gone=screen)

    def _follow_console(self) -> None:
        """The coach dragged the console onto the room's screen: the room's view moves."""
        handle = self.view.window().windowHandle()
        if handle is not None and handle is not self._console_handle:
            self._console_handle = handle
            handle.screenChanged.connect(self._place_again)

    def leave(self) -> None:
        window, self.window = self.window, None
        self.fill_console = self.windowed = False
        if window is not None:
            window.hide()
            window.deleteLater()
            console = self.view.window()
            console.activateWindow()
            target = self._return_focus
            if target is not None and target.isVisible():
                target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._return_focus = None
        self._update_actions()

    # The keys -----------------------------------------------------------------------------------

    def toggle_black(self) -> None:
        if self.window is not None:
            self.window.toggle_black()

    def toggle_full_screen(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isFullScreen():
            self.windowed, self.fill_console = True, False
        elif self.windowed:
            self.windowed = False
        else:  # a window on the only screen: fill it, in place of the console
            self.fill_console = True
        self.place()

    def swap(self) -> None:
        """Two screens: the console and the audience view exchange them. One screen: the
        audience view takes the console's place, or gives it back."""
        window = self.window
        if window is None:
            return
        console = self.console_screen()
        audience = screen_key(window.screen()) if window.screen() else None
        new_audience, new_console = swapped(geometries(), audience, console)
        if new_console == console:
            self.fill_console = not self.fill_console
            if not self.fill_console:
                window.showNormal()
            self.place()
            return
        self._move_console(screen_named(new_console))
        self.settings().setValue(SCREEN_KEY, new_audience or "")
        self.fill_console = self.windowed = False
        self.place()

    def _move_console(self, screen: QScreen | None) -> None:
        console = self.view.window()
        if screen is None:
            return
        maximised = console.isMaximized()
        full = console.isFullScreen()
        console.showNormal()
        old = console.screen().availableGeometry() if console.screen() else screen.geometry()
        offset = console.geometry().topLeft() - old.topLeft()
        console.setScreen(screen)
        console.move(screen.availableGeometry().topLeft() + offset)
        if full:
            console.showFullScreen()
        elif maximised:
            console.showMaximized()

    def step_item(self, delta: int) -> None:
        if self.window is not None:
            self.window.step_item(delta)


def install_audience(view: QWidget) -> AudienceControl:
    """The audience view's actions, button and keys on ``view`` (a WorkshopView)."""
    control = AudienceControl(view)
    view.audience = control
    return control
