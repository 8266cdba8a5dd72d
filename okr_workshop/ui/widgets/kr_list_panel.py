"""One objective's key results: the table, its counter against the rule, and the list actions.

Insert adds, Delete removes (undoable, so no confirmation), Ctrl+Up / Ctrl+Down reorder,
Enter or F2 goes to the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.model import CommonRule, Objective, Workshop
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.key_results_model import KeyResultsModel
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.widgets.rule_counter import Level, RuleCounter

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def counter_texts() -> dict[Level, str]:
    return {
        Level.BELOW: translate("KeyResultListPanel", "%1 / %2 key results"),
        Level.FULL: translate("KeyResultListPanel", "%1 / %2 key results: limit reached"),
        Level.OVER: translate("KeyResultListPanel", "%1 / %2 key results: over the common rule"),
    }


def rule_tooltip(rule: CommonRule) -> str:
    limit = rule.max_key_results_per_objective
    if limit == 1:
        allowed = translate(
            "KeyResultListPanel", "The common rule of this workshop: one key result per objective."
        )
    else:
        allowed = fill(
            translate(
                "KeyResultListPanel",
                "The common rule of this workshop: at most %1 key results per objective.",
            ),
            limit,
        )
    why = translate(
        "KeyResultListPanel",
        "A few key results that show progress beat a long list nobody follows.",
    )
    if rule.strict:
        mode = translate("KeyResultListPanel", "The rule is strict: adding one more is refused.")
    else:
        mode = translate(
            "KeyResultListPanel", "The rule is flexible: one more is allowed, and flagged."
        )
    return "\n".join((allowed, why, mode))


class KeyResultListPanel(QWidget):
    add_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        self.objective_title = QLabel()
        self.objective_title.setObjectName("objectiveTitle")
        self.objective_title.setWordWrap(True)
        self.objective_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.objective_title.font()
        font.setBold(True)
        self.objective_title.setFont(font)
        self.counter = RuleCounter()
        self.counter.setObjectName("krCounter")

        self.model = KeyResultsModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside
        self.table.setObjectName("keyResultsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(
            translate("KeyResultListPanel", "Key results of the objective")
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KeyResultsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # The sentence is what the room reads: it gets the room. Metric and owner wrap in
        # narrower columns rather than take it (at 1366×768 the sentence had a sixth).
        char = self.fontMetrics().averageCharWidth()
        for column, chars in ((KeyResultsModel.METRIC, 14), (KeyResultsModel.OWNER, 12)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            # Never narrower than the heading: French "Responsable" read "esponsabl".
            header.resizeSection(column, max(char * chars, header.sectionSizeHint(column)))
        self.table.setWordWrap(True)

        self.add_button = self._button(
            "addKeyResultButton",
            translate("KeyResultListPanel", "&Add key result"),
            translate("KeyResultListPanel", "Add a key result to this objective (Insert)."),
        )
        self.delete_button = self._button(
            "deleteKeyResultButton",
            translate("KeyResultListPanel", "De&lete"),
            translate(
                "KeyResultListPanel",
                "Delete the selected key result (Delete). Ctrl+Z brings it back.",
            ),
        )
        self.up_button = self._button(
            "moveUpButton",
            translate("KeyResultListPanel", "Move u&p"),
            translate("KeyResultListPanel", "Move the key result up (Ctrl+Up)."),
        )
        self.down_button = self._button(
            "moveDownButton",
            translate("KeyResultListPanel", "Move do&wn"),
            translate("KeyResultListPanel", "Move the key result down (Ctrl+Down)."),
        )
        self.notice = QLabel()
        self.notice.setObjectName("krNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self._build_layout()
        self._add_actions()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Tall enough for the objective's title as wrapped at this width: the splitter
        above the form knows no height-for-width, and at a large zoom a two-line title
        squeezed the buttons beside the table to half their height."""
        hint = super().minimumSizeHint()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            hint.setHeight(max(hint.height(), layout.minimumHeightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the title wraps anew: the minimum above changes

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.objective_title, 1)
        top.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.notice)

    def _add_actions(self) -> None:
        self.add_button.clicked.connect(self.add_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.table.activated.connect(lambda _index: self.edit_requested.emit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        # Named, so the keyboard help (F1) lists them.
        shortcuts = (
            ("Delete", self.delete_requested.emit, self.table,
             translate("KeyResultListPanel", "Delete the key result")),
            ("Ctrl+Up", lambda: self.move_requested.emit(-1), self.table,
             translate("KeyResultListPanel", "Move the key result up")),
            ("Ctrl+Down", lambda: self.move_requested.emit(1), self.table,
             translate("KeyResultListPanel", "Move the key result down")),
            ("F2", self.edit_requested.emit, self.table,
             translate("KeyResultListPanel", "Edit the key result")),
        )
        for key, slot, widget, text in shortcuts:
            action = QAction(text, widget)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)
        # Insert anywhere on the page, which holds this panel.
        self.insert_action = QAction(translate("KeyResultListPanel", "Add key result"), self)
        self.insert_action.setShortcut(QKeySequence("Insert"))
        self.insert_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.insert_action.triggered.connect(self.add_requested)

    def show_objective(
        self, workshop: Workshop, objective: Objective | None, row: int, notice: str
    ) -> None:
        self.loading = True
        try:
            krs = objective.key_results if objective else ()
            self.model.set_key_results(krs, ui_language())
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self.loading = False
        self.objective_title.setText(objective.title if objective else "")
        rule = workshop.rule
        if objective is None:
            self.counter.hide()
        else:
            self.counter.show()
            self.counter.show_count(len(krs), rule.max_key_results_per_objective,
                                    counter_texts())
            self.counter.setToolTip(rule_tooltip(rule))
        self.add_button.setToolTip(
            translate("KeyResultListPanel", "Add a key result to this objective (Insert).")
            + "\n"
            + rule_tooltip(rule)
        )
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.add_button.setEnabled(objective is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row()
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
