"""Under the key result's form: what its objective needs from other teams ("depends on
team X for…"), recorded from here as well as from the Review step (mistake 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QListView, QVBoxLayout, QWidget

from okr_workshop.domain.model import KeyResult, Objective, Workshop
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.models.coverage_models import LinesModel
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.dependency_form import DependencyForm, objective_choice


class KeyResultDependencies(QGroupBox):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Depends on another team"), parent)
        self.setObjectName("krDependencies")
        self.model = LinesModel(self)
        self.list = QListView()
        self.list.setObjectName("krDependencyList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        follow_font(self.list, lambda: self.list.setMaximumHeight(
            self.list.fontMetrics().lineSpacing() * 5))
        self.list.setAccessibleName(self.title())
        self.form = DependencyForm(bridge, self.list, fixed_from=True, texts={
            "to": self.tr("Needs another team’s:"), "note": self.tr("For:"),
            "add": self.tr("Add"), "save": self.tr("Save"), "delete": self.tr("Delete"),
        })
        self.form.to_combo.setToolTip(self.tr("The other team’s kept objective this one "
                                              "depends on."))
        self.form.connect_view()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.form)

    def focus_chain(self) -> list[QWidget]:
        form = self.form
        return [self.list, form.to_combo, form.note, form.add_button, form.save_button,
                form.delete_button]

    def show_objective(self, workshop: Workshop, objective: Objective | None,
                       kr: KeyResult | None) -> None:
        self.setEnabled(objective is not None)
        lines = []
        for dependency in workshop.dependencies:
            target = workshop.objective(dependency.to_objective_id)
            if objective is None or dependency.from_objective_id != objective.id or not target:
                continue
            text = objective_choice(workshop, target)
            if dependency.note:
                text += f" — {dependency.note}"
            lines.append((text, dependency.note, dependency.id))
        chosen = self.list.currentIndex().data(LinesModel.ID_ROLE)
        self.model.set_lines(tuple(lines))
        self.list.setVisible(bool(lines))
        if kr is not None and not self.form.note.text():
            self.form.note.setPlaceholderText(kr.text)
        self.form.load(workshop, objective.id if objective else None, select=chosen)
