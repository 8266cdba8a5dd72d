"""The quick-entry line: type a candidate, Enter, type the next — as fast as the room talks.

The strategic objective and the author chosen beside the line stay chosen for the next
entries, since a team often proposes several ideas for the same strategic objective. They
are the team's own: another team starts from its own last choice (or from nobody), so a
Marketing idea is never credited to the Production participant chosen a minute before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from okr_workshop.domain.model import Workshop
from okr_workshop.ui.models.contributions_model import NONE, author_choices, strategic_choices
from okr_workshop.ui.pending_edits import mark_draft
from okr_workshop.ui.widgets.choice_combo import show_choices
from okr_workshop.ui.widgets.field_lengths import limited


class QuickEntry(QWidget):
    # title, strategic objective id or None, author id or None
    submitted = Signal(str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._team_id: str | None = None
        # Per team: the strategic objective and the author last chosen (ids, "" for none).
        self._chosen: dict[str, tuple[object, object]] = {}
        # The teams whose strategic objective the person picked: the others follow the list
        # (its first entry), so "Not aligned…", the only entry before the Vision step has
        # any, is never kept as if someone had chosen it.
        self._picked: set[str] = set()
        self.line = limited(QLineEdit(), "objective", "title")
        self.line.setObjectName("quickEntry")
        mark_draft(self.line)  # becomes data when Enter adds it
        self._placeholder = self.tr("Type a candidate objective and press Enter; then the next one")
        self.line.setPlaceholderText(self._placeholder)
        self.line.setToolTip(
            self.tr(
                "Enter adds it as a candidate of this team, linked and credited as chosen "
                "below, and leaves you here for the next one (Insert)."
            )
        )
        self.line.returnPressed.connect(self._submit)
        line_label = QLabel(self.tr("&New candidate:"))
        line_label.setBuddy(self.line)

        self.strategic = QComboBox()
        self.strategic.setObjectName("quickStrategic")
        self.strategic.setToolTip(self.tr("The strategic objective the next candidates serve."))
        strategic_label = QLabel(self.tr("&Serves:"))
        strategic_label.setBuddy(self.strategic)
        self.strategic.activated.connect(self._on_strategic_picked)
        self.author = QComboBox()
        self.author.setObjectName("quickAuthor")
        self.author.setToolTip(
            self.tr("Who proposes the next candidates. The team's members come first.")
        )
        author_label = QLabel(self.tr("A&uthor:"))
        author_label.setBuddy(self.author)

        choose = QHBoxLayout()
        choose.addWidget(strategic_label)
        choose.addWidget(self.strategic, 2)
        choose.addWidget(author_label)
        choose.addWidget(self.author, 1)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(line_label, 1, 0)
        self.grid.addWidget(self.line, 1, 1)
        self.grid.addLayout(choose, 2, 1)
        self.grid.setColumnStretch(1, 1)

    def show_workshop(self, workshop: Workshop, team_id: str | None) -> None:
        switched = team_id != self._team_id
        if switched and self._team_id is not None:
            self._chosen[self._team_id] = (self.strategic.currentData(), self.author.currentData())
        show_choices(self.strategic, strategic_choices(workshop))
        show_choices(self.author, author_choices(workshop, team_id))
        if switched:
            self._team_id = team_id
            strategic, author = self._chosen.get(team_id or "", (None, None))
            _choose(self.strategic, strategic)
            _choose(self.author, author)
        if (team_id or "") not in self._picked and self.strategic.currentData() == NONE:
            self.strategic.setCurrentIndex(0)  # a strategic objective when there is one
        self.line.setEnabled(team_id is not None)
        self.line.setPlaceholderText(
            self._placeholder if team_id else self.tr("Add teams in the Setup step first.")
        )

    def _on_strategic_picked(self, _row: int) -> None:
        self._picked.add(self._team_id or "")

    def take_focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _submit(self) -> None:
        title = self.line.text().strip()
        if title:
            self.submitted.emit(
                title, self.strategic.currentData() or None, self.author.currentData() or None
            )


def _choose(combo: QComboBox, value: object) -> None:
    """``value`` when it is still offered, else the first entry (nobody, for the author)."""
    row = combo.findData(value) if value is not None else -1
    combo.setCurrentIndex(max(row, 0))
