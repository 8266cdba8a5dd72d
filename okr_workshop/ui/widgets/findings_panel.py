"""Live findings beside an editor: the rules' sentences, and the advice of the chosen one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from okr_workshop.domain.findings import Finding
from okr_workshop.domain.model import Language
from okr_workshop.ui.models.findings_model import FindingsModel


class FindingsPanel(QWidget):
    def __init__(self, title: str, all_clear: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_clear = all_clear
        self.model = FindingsModel(self)
        self.list = QListView()
        self.list.setObjectName("findingsList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(title.replace("&", ""))
        heading = QLabel(title)
        heading.setBuddy(self.list)
        self.advice = QLabel()
        self.advice.setObjectName("findingAdvice")
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.advice)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_advice())

    def show_findings(self, findings: Sequence[Finding] | None, language: Language) -> None:
        """None: nothing to judge (the list is empty and says nothing)."""
        code = self.list.currentIndex().data(FindingsModel.CODE_ROLE)
        self.model.set_findings(findings or (), language)
        codes = [self.model.index(r, 0).data(FindingsModel.CODE_ROLE)
                 for r in range(self.model.rowCount())]
        row = codes.index(code) if code in codes else 0
        if self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_advice(findings is not None)

    def messages(self) -> list[str]:
        return self.model.messages()

    def _show_advice(self, judged: bool = True) -> None:
        advice = self.list.currentIndex().data(FindingsModel.ADVICE_ROLE)
        if advice:
            self.advice.setText(advice)
        else:
            self.advice.setText(self._all_clear if judged and not self.model.rowCount() else "")
