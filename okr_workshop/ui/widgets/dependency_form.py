"""Recording who needs whom (mistake 5): a dependency is one team's kept objective needing
another team's kept objective, with a note saying what for.

The same form serves the Review step (any objective, under the table of every dependency)
and the Key results step (the objective on screen, with its own dependencies listed). Picking
a row loads it into the form; "Add" records the form as a new dependency, "Save changes"
changes the one picked, "Delete" removes it. Each is one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from okr_workshop.domain.model import Dependency, Objective, ObjectiveStatus, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.base import ID_ROLE
from okr_workshop.ui.pending_edits import mark_draft
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.choice_combo import show_choices
from okr_workshop.ui.widgets.field_lengths import limited


def objective_choice(workshop: Workshop, objective: Objective) -> str:
    team = workshop.team(objective.team_id)
    return f"{team.name} — {objective.title}" if team else objective.title


class DependencyForm(QWidget):
    def __init__(self, bridge: SessionBridge, view: QAbstractItemView, *,
                 texts: dict[str, str], fixed_from: bool = False,
                 parent: QWidget | None = None) -> None:
        """``view`` lists the dependencies (their ids in ``ID_ROLE``); ``texts`` are the
        labels of the page it sits on (each page has its own Alt+letters); with
        ``fixed_from`` the objective that depends is the one given to :meth:`load`."""
        super().__init__(parent)
        self.bridge = bridge
        self.view = view
        self.fixed_from = fixed_from
        self._from_id: str | None = None
        self._loading = False
        mark_draft(self)  # saved by Add or Save changes, never half-typed
        self.from_combo = QComboBox()
        self.from_combo.setObjectName("dependencyFrom")
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("dependencyTo")
        # Said in the empty lists, or a greyed "Add" would not say why.
        self.from_combo.setPlaceholderText(self.tr("No kept objective yet (Focus step)"))
        self.to_combo.setPlaceholderText(self.tr("No kept objective of another team yet"))
        self.note = limited(QLineEdit(), "dependency", "note")
        self.note.setObjectName("dependencyNote")
        self.note.setPlaceholderText(self.tr("What for: a deliverable, data, a decision…"))
        self.add_button = QPushButton(texts["add"])
        self.add_button.setObjectName("addDependency")
        self.save_button = QPushButton(texts["save"])
        self.save_button.setObjectName("saveDependency")
        self.delete_button = QPushButton(texts["delete"])
        self.delete_button.setObjectName("deleteDependency")
        for combo in (self.from_combo, self.to_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        fields = [] if fixed_from else [(texts["from"], self.from_combo)]
        fields += [(texts["to"], self.to_combo), (texts["note"], self.note)]
        # Under a key result the form sits in a narrow column: each label above its field,
        # or the labels and buttons were cut at 1366×768 ("Needs another tean", "ave changes").
        stacked = fixed_from
        for row, (text, field) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(field)
            if stacked:
                grid.addWidget(label, 2 * row, 0, 1, 2)
                grid.addWidget(field, 2 * row + 1, 0, 1, 2)
            else:
                grid.addWidget(label, row, 0)
                grid.addWidget(field, row, 1)
        self.from_combo.setVisible(not fixed_from)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 2 * len(fields) if stacked else len(fields), 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.from_combo.currentIndexChanged.connect(lambda _: self._offer_targets())
        self.note.returnPressed.connect(self._enter)
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def connect_view(self) -> None:
        """Call once the view has its model: picking a row loads it into the form."""
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self.view.model().modelReset.connect(self._show_selected)

    # Showing --------------------------------------------------------------------------------

    def load(self, workshop: Workshop, from_id: str | None = None,
             select: str | None = None) -> None:
        """Show ``workshop``; ``select`` is the dependency picked before the list was
        refreshed, picked again when it is still there."""
        self._workshop = workshop
        if select and self.selected() is None:
            self._select(select)
        kept = [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]
        self._kept = kept
        if self.fixed_from:
            self._from_id = from_id
        else:
            show_choices(self.from_combo,
                         [(objective_choice(workshop, o), o.id) for o in kept])
        self._offer_targets()
        self._show_selected()

    def source_id(self) -> str | None:
        return self._from_id if self.fixed_from else self.from_combo.currentData()

    def _offer_targets(self) -> None:
        workshop = getattr(self, "_workshop", None)
        if workshop is None:
            return
        source = workshop.objective(self.source_id() or "")
        team_id = source.team_id if source else None
        show_choices(self.to_combo, [(objective_choice(workshop, o), o.id)
                                     for o in self._kept if o.team_id != team_id])
        self._enable()

    def selected(self) -> Dependency | None:
        dependency_id = self.view.currentIndex().data(ID_ROLE) if self.view.model() else None
        return next((d for d in self.bridge.workshop.dependencies if d.id == dependency_id),
                    None)

    def _show_selected(self) -> None:
        dependency = self.selected()
        if dependency is not None:
            self._loading = True
            try:
                if not self.fixed_from:
                    row = self.from_combo.findData(dependency.from_objective_id)
                    if row >= 0:
                        self.from_combo.setCurrentIndex(row)
                self._offer_targets()
                row = self.to_combo.findData(dependency.to_objective_id)
                if row >= 0:
                    self.to_combo.setCurrentIndex(row)
                self.note.setText(dependency.note)
            finally:
                self._loading = False
        self._enable()

    def _enable(self) -> None:
        possible = self.source_id() is not None and self.to_combo.currentData() is not None
        self.add_button.setEnabled(possible)
        chosen = self.selected() is not None
        self.save_button.setEnabled(possible and chosen)
        self.delete_button.setEnabled(chosen)

    # Editing --------------------------------------------------------------------------------

    def _enter(self) -> None:
        (self.save if self.selected() is not None else self.add)()

    def _wanted(self) -> dict[str, str] | None:
        source, target = self.source_id(), self.to_combo.currentData()
        if source is None or target is None:
            self.bridge.save_failed.emit(self.tr("Pick the objective that depends and the "
                                                 "other team's objective it needs."))
            return None
        return {"from_objective_id": source, "to_objective_id": target,
                "note": self.note.text().strip()}

    def _already(self, wanted: dict[str, str], other_than: str | None = None) -> bool:
        same = any(d.from_objective_id == wanted["from_objective_id"]
                   and d.to_objective_id == wanted["to_objective_id"] and d.id != other_than
                   for d in self.bridge.workshop.dependencies)
        if same:
            self.bridge.save_failed.emit(self.tr("This dependency is already recorded: pick "
                                                 "it in the list to change its note."))
        return same

    def add(self) -> None:
        wanted = self._wanted()
        if wanted is None or self._already(wanted):
            return
        dependency = Dependency(**wanted)
        if self.bridge.edit(lambda s: s.add(edit_label("add_dependency"), dependency)):
            self._select(dependency.id)

    def save(self) -> None:
        dependency, wanted = self.selected(), self._wanted()
        if dependency is None or wanted is None or self._already(wanted, dependency.id):
            return
        self.bridge.edit(lambda s: s.update(edit_label("edit_dependency"), dependency,
                                            **wanted))

    def delete(self) -> None:
        dependency = self.selected()
        if dependency is not None:
            self.bridge.edit(lambda s: s.delete(edit_label("delete_dependency"), dependency))

    def _select(self, dependency_id: str) -> None:
        model = self.view.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) == dependency_id:
                # Rows fit their notes: lay them out first, or the scroll aims at a row
                # height not yet known and leaves the new row a sliver under the edge.
                self.view.doItemsLayout()
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return

    def focus_first(self) -> None:
        (self.to_combo if self.fixed_from else self.from_combo).setFocus(
            Qt.FocusReason.OtherFocusReason)
