"""The participants table of the Setup step: name, role and team of each person."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QHeaderView, QWidget

from okr_workshop.app.commands import EditLabel
from okr_workshop.domain.model import Participant, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.participant_model import ParticipantModel
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.choice_delegate import ChoiceDelegate
from okr_workshop.ui.widgets.table_panel import TablePanel


class ParticipantsPanel(TablePanel):
    def __init__(
        self,
        bridge: SessionBridge,
        current_team: Callable[[], str | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(bridge, ParticipantModel(bridge), parent)
        # A new person joins the team selected in the teams table, if any.
        self.current_team = current_team
        self.view.setObjectName("participantTable")
        self.team_delegate = ChoiceDelegate(self.view)
        self.view.setItemDelegateForColumn(ParticipantModel.TEAM, self.team_delegate)
        header = self.view.horizontalHeader()
        for column in (ParticipantModel.NAME, ParticipantModel.ROLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.view.setColumnWidth(ParticipantModel.TEAM, 180)

    def add_text(self) -> str:
        return self.tr("Add &participant")

    def entities(self, workshop: Workshop) -> tuple[Participant, ...]:
        return workshop.participants

    def new_entity(self) -> Participant:
        team_id = self.current_team()
        if self.bridge.workshop.team(team_id or "") is None:
            team_id = None
        return Participant(name=self.tr("New participant"), team_id=team_id)

    def add_label(self) -> EditLabel:
        return edit_label("add_participant")

    def delete_label(self, entity: Participant) -> EditLabel:  # type: ignore[override]
        done = self.tr("Participant “%1” deleted (Ctrl+Z brings them back)")
        return replace(edit_label("delete_participant", entity.name),
                       done=done.replace("%1", entity.name))

    def move_label(self) -> EditLabel:
        return edit_label("move_participant")

    def nothing_selected(self) -> str:
        return self.tr("Select a participant in the table first.")
