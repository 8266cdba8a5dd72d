"""One open workshop: the step list beside the current step's page, and what is missing.

Any step can be reached at any time (not a locked wizard): by click, Ctrl+PgUp/PgDown or
Alt+1…9. Under the page, the findings of the current step say what is still missing.

Pages are lazy (``pages/base.py``): after an edit only the page on screen updates, from the
edit's change set; the others are marked stale and load when they come on screen. A page is
built the first time it is shown: opening a workshop builds and loads one page, not seven.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.changes import ChangeSet
from okr_workshop.app.touched import Touched
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.steps import findings_for_step
from okr_workshop.ui.buddies import aim_buddies
from okr_workshop.ui.font_follow import console_zoom, follow_font, scale_font, scrolling
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.pages.registry import page_classes
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.room.audience_control import install_audience
from okr_workshop.ui.room.notes import install_notes
from okr_workshop.ui.room.timer_control import install_timer
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.severity import MARK
from okr_workshop.ui.step_names import step_name
from okr_workshop.ui.stray_alt import guard_text_fields
from okr_workshop.ui.widgets.practices_panel import PracticesPanel

# Beyond this the panel would squeeze the page on a 768-pixel-high laptop screen.
MISSING_LINES = 5


class MissingPanel(QLabel):
    """The "still to do" lines; its tooltip (the advice for every finding, hundreds on a
    large workshop) is written when a person hovers, not after every edit."""

    def __init__(self) -> None:
        super().__init__()
        self.advice: Callable[[], str] = str

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self.setToolTip(self.advice())
        return super().event(event)

    def toolTip(self) -> str:  # noqa: N802 - Qt's name
        self.setToolTip(self.advice())
        return super().toolTip()


class WorkshopView(QWidget):
    step_changed = Signal(object)  # Step

    def __init__(self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.bridge = bridge
        self.prompts = prompts
        # A page is built when first shown: opening a workshop builds one page, not seven.
        self._classes: list[type[StepPage]] = page_classes()
        self._built: list[StepPage | None] = [None] * len(self._classes)

        self.practices = PracticesPanel(bridge, self)
        self.step_list = QListWidget()
        self.step_list.setObjectName("stepList")
        self.step_list.setSpacing(2)
        scale_font(self.step_list, 1.15)
        self.stack = QStackedWidget()
        for number, cls in enumerate(self._classes, start=1):
            item = QListWidgetItem(f"{number}. {step_name(cls.step)}")
            item.setData(Qt.ItemDataRole.UserRole, cls.step)
            item.setToolTip(self.tr("Go to this step (Alt+%1)").replace("%1", str(number)))
            self.step_list.addItem(item)
            self.stack.addWidget(QWidget())  # stands in for the page until it is built
        self.step_list.currentRowChanged.connect(self._show_row)
        follow_font(self.step_list, self._fit_step_list)

        self.missing = MissingPanel()
        self.missing.setObjectName("missingPanel")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setContentsMargins(8, 6, 8, 6)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # The room kit's controls (audience view, timer): each part adds its widgets to this
        # bar and its actions to ``room_actions`` (the window's Room menu). The bar sits in
        # the corner under the page, beside the panels of fixed height there: over the page
        # it took a row from every page, which at 1366×768 hid a key result and a check-in.
        self.room_bar = QHBoxLayout()
        self.room_bar.setContentsMargins(6, 4, 6, 0)
        self.room_actions: list[QAction] = []
        right_layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        area = self._missing_area()
        bottom.addWidget(area, 3)
        bottom.addWidget(self.practices, 2)
        follow_font(self.missing, lambda: self._fit_missing(area))
        corner = QVBoxLayout()
        corner.addLayout(self.room_bar)
        corner.addStretch(1)
        bottom.addLayout(corner)
        right_layout.addLayout(bottom)

        splitter = QSplitter()
        splitter.addWidget(self.step_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._add_navigation_shortcuts()
        bridge.applied.connect(self._apply)
        bridge.revealed.connect(self.reveal)
        self._install_room_kit()
        self.go_to(bridge.workshop.current_step)
        self.current_page().bring_up_to_date()  # already current: no row change loaded it

    def _fit_step_list(self) -> None:
        # As wide as the longest step name at the zoom of now: never cut, never wider.
        metrics = self.step_list.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.step_list.item(row).text())
                      for row in range(self.step_list.count())), default=0)
        self.step_list.setMinimumWidth(max(170, widest + 2 * self.step_list.frameWidth() + 16))
        self.step_list.setMaximumWidth(max(round(280 * console_zoom()), widest + 40))

    def _missing_area(self) -> QScrollArea:
        """The panel keeps one height, that of its longest text, so the page above it (and
        the button under the mouse) never moves when an edit changes what is missing; a
        sentence wrapped longer than that scrolls."""
        area = QScrollArea()
        area.setObjectName("missingArea")
        area.setWidget(self.missing)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area

    def _fit_missing(self, area: QScrollArea) -> None:
        """As tall as its lines in the font of now (the zoom changes it), and wide enough
        to read beside the good practices."""
        area.setMinimumWidth(self.missing.fontMetrics().averageCharWidth() * 24)
        lines = MISSING_LINES + 2  # the heading, the lines, "…and N more"
        margins = self.missing.contentsMargins()
        self.missing_height = (
            lines * self.missing.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        )
        area.setFixedHeight(self.missing_height)
        self.practices.setFixedHeight(self.missing_height)

    # Navigation ---------------------------------------------------------------------------

    def _add_navigation_shortcuts(self) -> None:
        previous = QAction(self.tr("&Previous step"), self)
        previous.setShortcut(QKeySequence("Ctrl+PgUp"))
        previous.triggered.connect(lambda: self._jump(max(0, self.current_row() - 1)))
        following = QAction(self.tr("&Next step"), self)
        following.setShortcut(QKeySequence("Ctrl+PgDown"))
        following.triggered.connect(
            lambda: self._jump(min(len(self._classes) - 1, self.current_row() + 1))
        )
        self.navigation_actions = [previous, following]
        for number in range(1, min(9, len(self._classes)) + 1):
            # Named, so the Go menu lists every step with its key: "&3 Contributions".
            action = QAction(f"&{number} {step_name(self._classes[number - 1].step)}", self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self._jump(row))
            self.navigation_actions.append(action)
        for action in self.navigation_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _jump(self, row: int) -> None:
        """A step reached from the keyboard: its page gets the keys, rather than whatever
        widget Qt's focus chain landed on when the previous page was hidden."""
        self.step_list.setCurrentRow(row)
        self.current_page().focus_first()

    def current_row(self) -> int:
        return self.step_list.currentRow()

    def current_page(self) -> StepPage:
        return self.page_at(max(0, self.current_row()))

    @property
    def pages(self) -> list[StepPage]:
        """Every step's page, built now if it was not yet (the window itself only builds a
        page when it is shown)."""
        return [self.page_at(row) for row in range(len(self._classes))]

    def page_at(self, row: int) -> StepPage:
        page = self._built[row]
        if page is None:
            page = self._classes[row](self.bridge, self.prompts)
            aim_buddies(page)
            guard_text_fields(page)
            page.draft_changed.connect(lambda p=page: self._draft_changed(p))
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, scrolling(page))
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self._built[row] = page
            # Tab reads step list → page → the practices under it, then back to the list.
            QWidget.setTabOrder(self.practices.list, self.step_list)
        return page

    def _rows_of(self, step: Step | None) -> list[int]:
        return [i for i, cls in enumerate(self._classes) if cls.step == step]

    def go_to(self, step: Step) -> None:
        rows = self._rows_of(step)
        self.step_list.setCurrentRow(rows[0] if rows else 0)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page_at(row)
        page.bring_up_to_date()  # before it shows: never a flash of stale rows
        self.stack.setCurrentIndex(row)
        self.bridge.remember_step(page.step)
        self.bridge.room.point(page.step)
        self._show_workshop()
        self.step_changed.emit(page.step)

    def reveal(self, touched: Touched) -> None:
        """An undo or redo changed ``touched``: the step it was made on comes on screen, the
        change selected, so the room sees what was taken back."""
        # Back where the edit was made; else where such a change is shown.
        rows = self._rows_of(touched.made_on) or self._rows_of(touched.step)
        if not rows:
            return
        if rows[0] != self.current_row():
            self.step_list.setCurrentRow(rows[0])
        self.page_at(rows[0]).reveal(touched)

    # Showing the workshop -----------------------------------------------------------------

    def _apply(self, changes: ChangeSet) -> None:
        """An edit, undo or redo was saved: the page on screen shows it, the others will
        when they come on screen."""
        workshop = self.bridge.workshop
        current = self.current_page()
        for page in filter(None, self._built):
            if page is current:
                page.update_visible(workshop, changes)
            else:
                page.mark_stale()
        self._show_workshop()

    def reload(self) -> None:
        """The whole workshop was replaced (a colleague's revision): every page loads it
        again, the one on screen now, the others when they come on screen."""
        for page in filter(None, self._built):
            page.mark_stale()
        self.current_page().bring_up_to_date()
        self._show_workshop()

    def _draft_changed(self, page: StepPage) -> None:
        if page is self.current_page():
            self._show_workshop()

    # The room ------------------------------------------------------------------------------

    def _install_room_kit(self) -> None:
        """The audience view, the step timer and the coach's aids, each wired by its part."""
        install_audience(self)
        install_notes(self)
        install_timer(self)

    def _show_workshop(self) -> None:
        """What the step on screen still misses, and the audience view's picture, both from
        the workshop as typed: made once for both, as this runs at every key typed."""
        if not self._classes or self.current_row() < 0:
            return
        page = self.current_page()
        saved = self.bridge.workshop
        # What is typed and not saved yet is judged as typed: the list quotes it as it is.
        draft = page.draft(saved)
        self._show_missing(page, saved, draft)
        # The audience view follows the workshop as typed, within the frame of the edit.
        self.bridge.room.show_workshop(draft)

    def _show_missing(self, page: StepPage, saved: Workshop, workshop: Workshop) -> None:
        """``workshop``: the draft of ``page`` over ``saved``."""
        self.practices.show_step(saved, page.step)
        findings = findings_for_step(workshop, page.step, check_workshop(workshop))
        # Only the sentences shown are written out (a 40-team workshop has hundreds).
        lines = [f"{MARK[f.severity]} {f.message(workshop.language)}"
                 for f in findings[:MISSING_LINES]]
        extra = page.missing(workshop)
        lines += extra
        count = len(findings) + len(extra)
        if lines:
            header = self.tr("Still to do in this step:")
            self.missing.setText("\n".join([header, *lines[:MISSING_LINES]]))
            if count > MISSING_LINES:
                where = (
                    self.tr("…and %1 more (see the Health tab).")
                    if page.step == Step.REVIEW
                    else self.tr("…and %1 more (see the Review step).")
                )
                more = where.replace("%1", str(count - MISSING_LINES))
                self.missing.setText(self.missing.text() + "\n" + more)
            language = workshop.language
            self.missing.advice = lambda: "\n".join(f.advice(language) for f in findings)
        else:
            self.missing.setText(self.tr("Nothing missing in this step."))
            self.missing.advice = str
