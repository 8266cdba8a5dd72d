"""The teams table of the Setup step: add, rename, reorder, department, ambassador."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QHeaderView, QWidget

from okr_workshop.app.commands import EditLabel
from okr_workshop.domain.model import Team, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.team_model import TeamModel
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.choice_delegate import ChoiceDelegate
from okr_workshop.ui.widgets.table_panel import TablePanel


class TeamsPanel(TablePanel):
    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(bridge, TeamModel(bridge), parent)
        self.view.setObjectName("teamTable")
        self.department_delegate = ChoiceDelegate(self.view, editable=True)
        self.ambassador_delegate = ChoiceDelegate(self.view)
        self.view.setItemDelegateForColumn(TeamModel.DEPARTMENT, self.department_delegate)
        self.view.setItemDelegateForColumn(TeamModel.AMBASSADOR, self.ambassador_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TeamModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TeamModel.OBJECTIVES, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.view.setColumnWidth(TeamModel.DEPARTMENT, 150)
        self.view.setColumnWidth(TeamModel.AMBASSADOR, 160)

    def load(self, workshop: Workshop) -> None:
        super().load(workshop)
        # Tall enough for every team of a usual workshop (up to ten) without scrolling.
        rows = min(max(len(workshop.teams), 3), 10)
        header = self.view.horizontalHeader().sizeHint().height()
        row = self.view.verticalHeader().defaultSectionSize()
        self.view.setMinimumHeight(header + rows * row + 2 * self.view.frameWidth() + 2)

    def add_text(self) -> str:
        return self.tr("&Add team")

    def entities(self, workshop: Workshop) -> tuple[Team, ...]:
        return workshop.teams

    def new_entity(self) -> Team:
        return Team(name=self.tr("New team"))

    def add_label(self) -> EditLabel:
        return edit_label("add_team")

    def delete_label(self, entity: Team) -> EditLabel:  # type: ignore[override]
        # Said once it is done: what went with the team, and how to get it back.
        count = len(entity.objectives)
        if count == 0:
            text = self.tr("Team “%1” deleted (Ctrl+Z brings it back)")
        elif count == 1:
            text = self.tr("Team “%1” deleted with its objective (Ctrl+Z brings them back)")
        else:
            text = self.tr("Team “%1” deleted with its %2 objectives (Ctrl+Z brings them back)")
        done = text.replace("%1", entity.name).replace("%2", str(count))
        return replace(edit_label("delete_team", entity.name), done=done)

    def move_label(self) -> EditLabel:
        return edit_label("move_team")

    def nothing_selected(self) -> str:
        return self.tr("Select a team in the table first.")
