"""What a check-in file will add, shown before anything is: one row per check-in (team, key
result, date, value, confidence, what changed), lines already in the workshop counted
apart. OK adds them all as one undoable step; Cancel changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.check_in_file import CheckInPreview
from okr_workshop.domain.check_in_import import PlannedCheckIn
from okr_workshop.ui.language import show_day
from okr_workshop.ui.models.base import RowsModel
from okr_workshop.ui.models.check_in_round_model import value_text
from okr_workshop.ui.placeholders import fill

translate = QCoreApplication.translate


class ImportPreviewModel(RowsModel):
    COLUMNS = 7

    def __init__(self, preview: CheckInPreview, parent=None) -> None:
        super().__init__(parent)
        self._rows = preview.added

    def row_id(self, row: PlannedCheckIn) -> str:
        return row.check_in.id

    def headers(self) -> tuple[str, ...]:
        return (translate("ImportPreviewModel", "Line"),
                translate("ImportPreviewModel", "Team"),
                translate("ImportPreviewModel", "Key result"),
                translate("ImportPreviewModel", "Date"),
                translate("ImportPreviewModel", "Value"),
                translate("ImportPreviewModel", "Confidence"),
                translate("ImportPreviewModel", "What changed"))

    def cell(self, row: PlannedCheckIn, column: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = row.check_in
        return (str(row.line), row.team, row.key_result.text, show_day(c.on),
                value_text(row.key_result, c.value), str(c.confidence), c.comment)[column]


class CheckInImportDialog(QDialog):
    def __init__(self, preview: CheckInPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInImportDialog")
        self.setWindowTitle(self.tr("Import check-ins"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        key_results = len(preview.by_key_result())
        intro = fill(self.tr("“%1” — check-ins to add: %2, to key results: %3."), file_name,
                     len(preview.added), key_results)
        if preview.skipped:
            intro += " " + fill(self.tr("Lines already in the workshop, left out: %1."),
                                len(preview.skipped))
        self.intro = QLabel(intro)
        self.intro.setObjectName("importIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ImportPreviewModel(preview, self)
        self.view = QTableView()
        self.view.setObjectName("importPreview")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(2, 320)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add these check-ins"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 480)
