"""The Review step's coverage tab (mistake 5): who takes part, what nobody serves, who needs whom.

Four boxes: strategic objectives no kept objective serves, teams that kept nothing, the
departments taking part (with the rules' warning when only product or IT are in the room),
and the dependencies between teams, recorded, changed and deleted here too (mistake 5).
An empty list gives way to a sentence saying so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.coverage import Coverage, StrategicBranch
from okr_workshop.domain.findings import Severity
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.models.coverage_models import DepartmentsModel, DependenciesModel, LinesModel
from okr_workshop.ui.models.review_badges import SEVERITY_MARK, SYMBOL, Tone
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.dependency_form import DependencyForm

WARNING_STYLE = ("QLabel { background: #f2b233; color: #1f1f1f; border-radius: 4px;"
                 " padding: 4px 8px; }")


class SectionBox(QGroupBox):
    """A titled view, replaced by a sentence when it has nothing to show."""

    def __init__(self, title: str, view: QAbstractItemView, name: str) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self.view = view
        self.view.setObjectName(name + "View")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(title.replace("&", ""))
        self.empty = QLabel()
        self.empty.setObjectName(name + "Empty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.empty, 1)

    def show_state(self, empty: bool, sentence: str) -> None:
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        self.empty.setText(sentence)


def _list_view() -> QListView:
    view = QListView()
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setSpacing(2)
    return view


def _table_view(stretch: tuple[int, ...], fit: tuple[int, ...] = ()) -> QTableView:
    view = QTableView()
    view.setWordWrap(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    view.setProperty("stretch", stretch)
    view.setProperty("fit", fit)
    return view


def _fit_columns(view: QTableView) -> None:
    header = view.horizontalHeader()
    for column in view.property("stretch"):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    for column in view.property("fit"):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class CoveragePanel(QWidget):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unserved_model = LinesModel(self)
        self.teams_model = LinesModel(self)
        self.departments_model = DepartmentsModel(self)
        self.dependencies_model = DependenciesModel(self)

        self.unserved = SectionBox(self.tr("Strategic objectives no kept objective serves"),
                                   _list_view(), "unserved")
        self.unserved.view.setModel(self.unserved_model)
        self.teams = SectionBox(self.tr("Teams without a kept objective"), _list_view(),
                                "teamsWithoutKept")
        self.teams.view.setModel(self.teams_model)
        self.departments = SectionBox(self.tr("Departments taking part"),
                                      _table_view((1,), (0, 2)), "departments")
        self.departments.view.setModel(self.departments_model)
        _fit_columns(self.departments.view)
        self.participation = QLabel()
        self.participation.setObjectName("participationWarning")
        self.participation.setWordWrap(True)
        self.participation.setTextFormat(Qt.TextFormat.PlainText)
        self.participation.setStyleSheet(WARNING_STYLE)
        self.departments.layout_.addWidget(self.participation)
        self.dependencies = SectionBox(self.tr("Dependencies between teams"),
                                       _table_view((1, 3, 4), (0, 2)), "dependencies")
        self.dependencies.view.setModel(self.dependencies_model)
        _fit_columns(self.dependencies.view)
        self.dependencies.view.setToolTip(
            self.tr("Each row: an objective, and the other team's objective it depends on. "
                    "Pick one to change or delete it below."))
        self.dependency_form = DependencyForm(bridge, self.dependencies.view, texts={
            "from": self.tr("&Objective:"), "to": self.tr("&Depends on:"),
            "note": self.tr("&Note:"), "add": self.tr("Add dependenc&y"),
            "save": self.tr("&Save changes"), "delete": self.tr("Dele&te"),
        })
        self.dependency_form.connect_view()
        self.dependencies.layout_.addWidget(self.dependency_form)

        gaps = QSplitter(Qt.Orientation.Horizontal)
        gaps.addWidget(self.unserved)
        gaps.addWidget(self.teams)
        gaps.addWidget(self.departments)
        gaps.setStretchFactor(0, 3)
        gaps.setStretchFactor(1, 2)
        gaps.setStretchFactor(2, 3)
        gaps.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(gaps)
        splitter.addWidget(self.dependencies)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.unserved.view, self.teams.view)
        self.setTabOrder(self.teams.view, self.departments.view)
        self.setTabOrder(self.departments.view, self.dependencies.view)
        previous = self.dependencies.view
        form = self.dependency_form
        for field in (form.from_combo, form.to_combo, form.note, form.add_button,
                      form.save_button, form.delete_button):
            self.setTabOrder(previous, field)
            previous = field

    def focus_first(self) -> None:
        """Keys go to the first list or table that has something to show."""
        boxes = (self.unserved, self.teams, self.departments, self.dependencies)
        views = [box.view for box in boxes if not box.view.isHidden()]
        (views[0] if views else self).setFocus()

    def show_coverage(self, workshop: Workshop, found: Coverage) -> None:
        language = workshop.language
        self.unserved_model.set_lines(tuple(
            (b.strategic.title, self._unserved_tip(b), b.strategic.id) for b in found.unserved))
        if not workshop.strategic_objectives:
            sentence = self.tr("No strategic objective yet: add them in the Vision step.")
        else:
            sentence = self.tr("%1 Every strategic objective is served by at least one kept "
                               "objective.").replace("%1", SYMBOL[Tone.GOOD])
        self.unserved.show_state(not found.unserved, sentence)

        self.teams_model.set_lines(tuple((t.name, "", t.id) for t in found.teams_without_kept))
        if not workshop.teams:
            sentence = self.tr("No team yet: add them in the Setup step.")
        else:
            sentence = self.tr("%1 Every team has kept at least one objective.").replace(
                "%1", SYMBOL[Tone.GOOD])
        self.teams.show_state(not found.teams_without_kept, sentence)

        self.departments_model.set_departments(found.departments)
        self.departments.show_state(not found.departments,
                                    self.tr("No team has a department yet (Setup step)."))
        warnings = [f"{SEVERITY_MARK[f.severity]} {f.message(language)}"
                    for f in found.participation if found.departments]
        if found.teams_without_department and found.departments:
            names = ", ".join(t.name for t in found.teams_without_department)
            if len(found.teams_without_department) == 1:
                warnings.append(fill(self.tr("%1 No department set for team “%2”."),
                                     SEVERITY_MARK[Severity.INFO], names))
            else:
                warnings.append(fill(self.tr("%1 No department set for these teams: %2."),
                                     SEVERITY_MARK[Severity.INFO], names))
        self.participation.setText("\n".join(warnings))
        self.participation.setToolTip(
            "\n".join(f.advice(language) for f in found.participation))
        self.participation.setVisible(bool(warnings))

        chosen = self.dependency_form.view.currentIndex().data(DependenciesModel.ID_ROLE)
        self.dependencies_model.set_links(found.dependencies)
        self.dependency_form.load(workshop, select=chosen)
        count = len(found.dependencies)
        self.dependencies.setTitle(
            self.tr("Dependencies between teams") if not count
            else self.tr("Dependencies between teams (%1)").replace("%1", str(count)))
        self.dependencies.show_state(
            not count, self.tr("No dependency between teams is recorded yet: ask each team "
                               "whom it needs in order to succeed."))

    def _unserved_tip(self, branch: StrategicBranch) -> str:
        lines = [branch.strategic.why.strip()] if branch.strategic.why.strip() else []
        if branch.undecided == 1:
            lines.append(self.tr("One candidate serving it is still to be kept or parked "
                                 "(Focus step)."))
        elif branch.undecided > 1:
            lines.append(self.tr("%1 candidates serving it are still to be kept or parked "
                                 "(Focus step).").replace("%1", str(branch.undecided)))
        return "\n".join(lines)
