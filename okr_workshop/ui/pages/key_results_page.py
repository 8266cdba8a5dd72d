"""Step 5, Key results: for each kept objective, measurable key results (mistake 3).

Left, the kept objectives by team and what the chosen one needs from other teams (mistake
5: "depends on team X for…"); right, the objective's key results, the editor of the
chosen one with every field, and the rules' live findings beside it, in the workshop's
language. The common rule caps key results per objective: strict refuses one more, in the
rule's own sentence; flexible lets it through and says so.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.changes import ChangeSet
from okr_workshop.app.touched import Touched
from okr_workshop.domain.model import KeyResult, Objective, ObjectiveStatus, Step, Workshop
from okr_workshop.domain.rules.check import check_key_result
from okr_workshop.domain.rules.common_rule import add_key_result_refusal, objective_rule_findings
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.models.kept_objectives_model import KeptObjectivesModel
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.tab_order import set_tab_chain
from okr_workshop.ui.widgets.findings_panel import FindingsPanel
from okr_workshop.ui.widgets.form_scroll import scrolled
from okr_workshop.ui.widgets.kr_dependencies import KeyResultDependencies
from okr_workshop.ui.widgets.kr_editor import KeyResultEditor
from okr_workshop.ui.widgets.kr_list_panel import KeyResultListPanel
from okr_workshop.ui.widgets.team_keys import add_team_shortcuts, team_keys_hint
from okr_workshop.ui.widgets.wrap_delegate import WrapDelegate


class KeyResultsPage(StepPage):
    step = Step.KEY_RESULTS

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self._workshop = bridge.workshop
        self._objective_id: str | None = None
        self._kr_id: str | None = None
        self._fallback_row = -1
        self._refusal = ""
        self._loading = False

        self.tree_model = KeptObjectivesModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("keptObjectivesTree")
        self.tree.setModel(self.tree_model)
        self.tree.setItemDelegate(WrapDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.setToolTip(self.tr("Key results are written for kept objectives only."))
        tree_label = QLabel(self.tr("&Kept objectives:"))
        tree_label.setBuddy(self.tree)

        self.list_panel = KeyResultListPanel()
        self.editor = KeyResultEditor(bridge)
        self.dependencies = KeyResultDependencies(bridge)
        self.findings = FindingsPanel(self.tr("Fin&dings:"),
                                      self.tr("Nothing to improve in this key result."))
        self._build_layout(tree_label)
        self.addAction(self.list_panel.insert_action)
        add_team_shortcuts(self, self.choose_team_row)
        self.tree.setToolTip(self.tree.toolTip() + "\n" + team_keys_hint())

        self.tree.selectionModel().currentChanged.connect(self._on_objective_chosen)
        self.list_panel.table.selectionModel().currentRowChanged.connect(self._on_kr_chosen)
        self.list_panel.add_requested.connect(self.add_key_result)
        self.list_panel.delete_requested.connect(self.delete_key_result)
        self.list_panel.move_requested.connect(self.move_key_result)
        self.list_panel.edit_requested.connect(self.editor.focus_sentence)
        self.editor.draft_changed.connect(self._on_typed)
        bridge.room.pointer_changed.connect(self._follow_room)

    def _build_layout(self, tree_label: QLabel) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(tree_label)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.dependencies)  # of the objective chosen above

        editor_box = QGroupBox(self.tr("Key result"))
        QVBoxLayout(editor_box).addWidget(self.editor)
        # As tall as its sentence and proposal are long: with less room, a 250-character
        # sentence was drawn over the proposal at 1366×768.
        form_area = scrolled(editor_box)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(form_area, 3)
        bottom_layout.addWidget(self.findings, 2)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.list_panel)
        right.addWidget(bottom)
        right.setChildrenCollapsible(False)
        # The form and findings take the height they need; the key results table the rest,
        # so several key results of two or three lines are seen at once.
        bottom.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 0)
        self._right = right

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        # Room for the objectives' titles, which are whole sentences.
        follow_font(left, lambda: left.setMinimumWidth(left.fontMetrics().averageCharWidth() * 28))
        splitter.setSizes([self.fontMetrics().averageCharWidth() * 44, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        # The objectives, their key results and buttons, the chosen one's form, its findings.
        panel = self.list_panel
        set_tab_chain([self.tree, *self.dependencies.focus_chain(), panel.table,
                       panel.add_button, panel.delete_button, panel.up_button, panel.down_button,
                       *self.editor.focus_chain(),
                       self.findings.list])

    def title(self) -> str:
        return self.tr("Key results")

    def focus_first(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)  # choose the objective first

    def choose_team_row(self, row: int) -> None:
        """Ctrl+digit: the team's first kept objective (the team itself when it has none)."""
        if not 0 <= row < self.tree_model.rowCount():
            return
        team = self.tree_model.index(row, 0)
        first = self.tree_model.index(0, 0, team)
        self.tree.setCurrentIndex(first if first.isValid() else team)

    # Showing -------------------------------------------------------------------------------

    def reveal(self, touched: Touched) -> None:
        if touched.kind is not KeyResult or touched.gone:
            return
        owner = next((o for o in self._workshop.objectives()
                      if any(k.id == touched.id for k in o.key_results)), None)
        if owner is None:
            return
        self._objective_id, self._kr_id = owner.id, touched.id
        self.load(self._workshop)

    def objective(self) -> Objective | None:
        objective = self._workshop.objective(self._objective_id or "")
        return objective if objective and objective.status == ObjectiveStatus.KEPT else None

    def key_result(self) -> KeyResult | None:
        objective = self.objective()
        if objective is None:
            return None
        return next((k for k in objective.key_results if k.id == self._kr_id), None)

    def load(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self._loading = True
        try:
            self.tree_model.set_workshop(workshop)
            self.tree.expandAll()
            index = self.tree_model.index_of(self._objective_id) if self._objective_id else None
            if index is None or not index.isValid():
                index = self.tree_model.first_objective()
                self._objective_id = index.data(KeptObjectivesModel.ID_ROLE) if index.isValid() \
                    else None
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            self._show_objective()
        finally:
            self._loading = False

    def show_changes(self, workshop: Workshop, changes: ChangeSet) -> None:
        """A key result's own fields (a target…): its objective's row and the panels beside
        the tree update; the tree of 40 teams is not rebuilt. Anything else: a load."""
        if not changes.only_fields_of(KeyResult):
            self.load(workshop)
            return
        ids = changes.ids_of(KeyResult)
        self._workshop = workshop
        self._loading = True
        try:
            # The tree shows an objective's title and count, not its key results' fields.
            self.tree_model.refresh_items({o.id: o for o in workshop.objectives()
                                           if any(k.id in ids for k in o.key_results)},
                                          redraw=False)
            self._show_objective()
        finally:
            self._loading = False

    def _show_objective(self) -> None:
        objective = self.objective()
        krs = objective.key_results if objective else ()
        row = next((i for i, k in enumerate(krs) if k.id == self._kr_id), -1)
        if row < 0 and krs:
            row = min(max(self._fallback_row, 0), len(krs) - 1)
        self._fallback_row = -1
        self._kr_id = krs[row].id if row >= 0 else None
        self.list_panel.show_objective(self._workshop, objective, row, self._notice(objective))
        self._show_key_result()

    def _notice(self, objective: Objective | None) -> str:
        if objective is None:
            if not any(True for o in self._workshop.objectives()
                       if o.status == ObjectiveStatus.KEPT):
                return self.tr("No team has kept an objective yet: keep objectives in the "
                               "Focus step, then write their key results here.")
            return self.tr("Choose a kept objective on the left.")
        # Shown while it still holds: an undo or a change of rule may have made room.
        if self._refusal and add_key_result_refusal(objective, self._workshop.rule):
            return self._refusal
        self._refusal = ""
        language = self._workshop.language
        return "\n".join(f.message(language)
                         for f in objective_rule_findings(objective, self._workshop.rule))

    def _show_key_result(self) -> None:
        kr = self.key_result()
        self.editor.show_key_result(self._workshop, kr)
        self.dependencies.show_objective(self._workshop, self.objective(), kr)
        self._show_findings()
        self._point()

    def _point(self) -> None:
        """The room sees the key result chosen here (its objective and team with it)."""
        room, objective = self.bridge.room, self.objective()
        if room.pointer.step == self.step:
            room.point(team_id=objective.team_id if objective else None,
                       objective_id=objective.id if objective else None, key_result_id=self._kr_id)

    def _follow_room(self, pointer: Pointer) -> None:
        """The step just reached, or the audience view's next / previous key result."""
        if pointer.step != self.step or self.stale:
            return
        if pointer.objective_id is None:
            self._point()
        elif (pointer.objective_id, pointer.key_result_id) != (self._objective_id, self._kr_id):
            self._objective_id, self._kr_id = pointer.objective_id, pointer.key_result_id
            self.load(self._workshop)

    def _show_findings(self) -> None:
        """The findings of the key result as typed, saved or not yet."""
        kr = self.editor.draft()
        workshop = self.draft(self._workshop)
        objective = workshop.objective(self._objective_id or "") if kr else None
        findings = check_key_result(workshop, kr, objective) if kr else None
        self.findings.show_findings(findings, self._workshop.language)

    def _on_typed(self) -> None:
        self._show_findings()
        self.draft_changed.emit()

    def draft(self, workshop: Workshop) -> Workshop:
        kr = self.editor.draft()
        if kr is None:
            return workshop
        teams = tuple(
            dataclasses.replace(team, objectives=tuple(
                dataclasses.replace(objective, key_results=tuple(
                    kr if k.id == kr.id else k for k in objective.key_results))
                if any(k.id == kr.id for k in objective.key_results) else objective
                for objective in team.objectives))
            for team in workshop.teams
        )
        return dataclasses.replace(workshop, teams=teams)

    def _on_objective_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        objective = self.tree_model.objective_of(current)
        self._objective_id = objective.id if objective else None
        self._kr_id = None
        self._refusal = ""
        self._show_objective()

    def _on_kr_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or self.list_panel.loading:
            return
        kr = self.list_panel.model.key_result_at(current.row())
        self._kr_id = kr.id if kr else None
        self._show_key_result()

    # Editing the list ----------------------------------------------------------------------

    def add_key_result(self) -> None:
        objective = self.objective()
        if objective is None:
            return
        refusal = add_key_result_refusal(objective, self._workshop.rule)
        if refusal is not None:
            language = self._workshop.language
            self._refusal = fill("%1\n%2", refusal.message(language), refusal.advice(language))
            self._show_objective()
            return
        self._refusal = ""
        kr = KeyResult(text=self.tr("New key result"))
        self._kr_id = kr.id
        label = edit_label("add_kr")
        if self.bridge.edit(lambda s: s.add(label, kr, parent_id=objective.id)):
            self.editor.focus_sentence()
        else:
            self.load(self.bridge.workshop)

    def delete_key_result(self) -> None:
        kr = self.key_result()
        if kr is None:
            return
        self._refusal = ""
        self._fallback_row = self.list_panel.model.row_of(kr.id)
        if not self.bridge.edit(lambda s: s.delete(edit_label("delete_kr"), kr)):
            self.load(self.bridge.workshop)

    def move_key_result(self, step: int) -> None:
        kr = self.key_result()
        objective = self.objective()
        if kr is None or objective is None:
            return
        row = self.list_panel.model.row_of(kr.id)
        if 0 <= row + step < len(objective.key_results):
            self.bridge.edit(lambda s: s.move(edit_label("move_kr"), kr, row + step))
