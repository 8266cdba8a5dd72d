"""One key result's history beside the round: its check-ins (each editable and deletable,
undone with Ctrl+Z like every edit), its status from pace with the sentence that explains
it, and the coach's override with its reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.enums import PaceStatus
from okr_workshop.domain.model import KeyResult, Workshop
from okr_workshop.domain.steering.pace import kr_status, status_label, status_sentence
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.check_in_history_model import (
    AUTHOR,
    CONFIDENCE,
    DATE,
    RAW_ROLE,
    VALUE,
    CheckInHistoryModel,
)
from okr_workshop.ui.models.check_in_round_model import milestone_text
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.field_lengths import limited
from okr_workshop.ui.widgets.refusing_delegate import (
    ConfidenceSpin,
    RefusingDelegate,
    author_combo,
    milestone_combo,
)


class HistoryDelegate(RefusingDelegate):
    def __init__(self, model: CheckInHistoryModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        kr, column = self._model.kr, index.column()
        if column == VALUE and kr is not None and kr.milestone:
            editor: QWidget = milestone_combo(parent, milestone_text(True), milestone_text(False))
        elif column == CONFIDENCE:
            editor = ConfidenceSpin(parent)
        elif column == AUTHOR and self._model.bridge is not None:
            team = next((t for t in self._model.bridge.workshop.teams
                         if any(k.id == (kr.id if kr else None)
                                for o in t.objectives for k in o.key_results)), None)
            editor = author_combo(parent, self._model.bridge.workshop, team.id if team else None)
        else:  # the comment or the next step: the same limit
            editor = limited(QLineEdit(parent), "check_in", "comment")
        return self.remember(editor, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        raw = index.data(RAW_ROLE)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(raw)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(raw))
            editor.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
            editor.selectAll()

    def _typed(self, editor: QWidget) -> object:
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.text()  # type: ignore[attr-defined]

    def problem(self, editor: QWidget, index: QModelIndex) -> str:
        return self._model.problem(index.column(), self._typed(editor))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        reason = self.problem(editor, index)
        if reason:
            # A pause in typing ("3," on the way to "3,5") is not a refusal yet: Tab, Enter
            # and leaving the cell say why.
            if not self._model.bridge.pending.saving:
                self.refused.emit(reason)
            return
        model.setData(index, self._typed(editor), Qt.ItemDataRole.EditRole)


class KrHistoryPanel(QWidget):
    message = Signal(str)  # a refusal to show ("" clears it)

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._kr: KeyResult | None = None
        self._day = date.today()
        self.title = QLabel()
        self.title.setObjectName("historyTitle")
        self.title.setWordWrap(True)
        self.model = CheckInHistoryModel(bridge, self)
        self.view = QTableView()
        self.view.setObjectName("historyTable")
        self.view.setModel(self.model)
        self.delegate = HistoryDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        follow_font(self.view, self._fit_rows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 90, 80, 320, 220)):
            self.view.setColumnWidth(column, width)
        history_label = QLabel(self.tr("Check-in histor&y:"))
        history_label.setBuddy(self.view)
        self.delete_action = QAction(self.tr("Delete check-in"), self.view)
        self.delete_action.setShortcut(QKeySequence("Delete"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.view.addAction(self.delete_action)
        self.delete_button = QPushButton(self.tr("Delete check-in (Del)"))
        self.delete_button.setObjectName("deleteCheckIn")
        self.delete_button.clicked.connect(self.delete_selected)

        self.status = QLabel()
        self.status.setObjectName("statusSentence")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.override = QComboBox()
        self.override.setObjectName("statusOverride")
        self.override.addItem(self.tr("From pace and confidence"), None)
        for status in PaceStatus:
            self.override.addItem(status_label(status, ui_language()), status.value)
        self.override.activated.connect(self._override_chosen)
        self.reason = limited(QLineEdit(), "key_result", "status_reason")
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(self.tr("Why the coach sets this status"))
        self.reason.editingFinished.connect(self._reason_typed)
        self.clear_button = QPushButton(self.tr("&Clear override"))
        self.clear_button.setObjectName("clearOverride")
        self.clear_button.clicked.connect(self.clear_override)
        self._layout(history_label)
        self.model.message.connect(self.message)
        self.delegate.refused.connect(self.message)

    def _fit_rows(self) -> None:
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        # A month of weekly check-ins in view under the round, even at 1280×720 (the round's
        # splitter gave it two rows there).
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height()
                                   + 4 * self.view.verticalHeader().defaultSectionSize()
                                   + 2 * self.view.frameWidth() + 2)

    def _layout(self, history_label: QLabel) -> None:
        override_label = QLabel(self.tr("&Override status:"))
        override_label.setBuddy(self.override)
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason)
        overrides = QHBoxLayout()
        for widget in (override_label, self.override, reason_label):
            overrides.addWidget(widget)
        overrides.addWidget(self.reason, 1)
        overrides.addWidget(self.clear_button)
        heading = QHBoxLayout()
        heading.addWidget(history_label)
        heading.addStretch(1)
        heading.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(overrides)
        layout.addLayout(heading)
        layout.addWidget(self.view, 1)

    # Showing -----------------------------------------------------------------------------

    def show_key_result(self, workshop: Workshop, kr: KeyResult | None, day: date) -> None:
        self._kr, self._day = kr, day
        self.model.show_key_result(workshop, kr)
        for widget in (self.view, self.override, self.reason, self.clear_button,
                       self.delete_button):
            widget.setEnabled(kr is not None)
        if kr is None:
            self.title.setText(self.tr("Choose a key result to see its check-ins."))
            self.status.clear()
            return
        self.title.setText(fill(self.tr("Check-ins of “%1”"), kr.text))
        self.status.setText(status_sentence(kr_status(workshop, kr, day), ui_language()))
        self.override.setCurrentIndex(max(0, self.override.findData(
            kr.status_override.value if kr.status_override else None)))
        if not (self.reason.hasFocus() and self.reason.isModified()):
            self.reason.setText(kr.status_reason)
        self.clear_button.setEnabled(kr.status_override is not None or bool(kr.status_reason))

    # Editing -----------------------------------------------------------------------------

    def delete_selected(self) -> None:
        check_in = self.model.check_in_at(self.view.currentIndex().row())
        if check_in is None:
            self.message.emit(self.tr("Choose the check-in to delete in the history first."))
            return
        row = self.view.currentIndex().row()
        if self.bridge.edit(lambda s: s.delete(edit_label("delete_check_in"), check_in)):
            self.message.emit("")
            count = self.model.rowCount()
            if count:
                self.view.setCurrentIndex(self.model.index(min(row, count - 1), DATE))

    def _override_chosen(self, number: int) -> None:
        kr = self._kr
        value = self.override.itemData(number)
        if kr is None:
            return
        if value is None:
            self.clear_override()
            return
        status = PaceStatus(value)
        reason = self.reason.text().strip()
        if kr.status_override != status or kr.status_reason != reason:
            self.bridge.edit(lambda s: s.update(edit_label("override_status"), kr,
                                                status_override=status, status_reason=reason))
        if not reason:
            self.reason.setFocus()  # the reason is what makes an override worth reading

    def _reason_typed(self) -> None:
        kr = self._kr
        self.reason.setModified(False)
        reason = self.reason.text().strip()
        # Saved even before a status is chosen: what is typed is never lost.
        if kr is None or kr.status_reason == reason:
            return
        self.bridge.edit(lambda s: s.update(edit_label("override_status"), kr,
                                            status_reason=reason))

    def clear_override(self) -> None:
        kr = self._kr
        if kr is None or (kr.status_override is None and not kr.status_reason):
            return
        self.bridge.edit(lambda s: s.update(edit_label("clear_status_override"), kr,
                                            status_override=None, status_reason=""))
