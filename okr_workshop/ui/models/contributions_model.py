"""One team's objectives as a table: what the room proposes, what it serves, who said it.

Mistake 1 of the source: each team writes its own contribution, linked to the strategic
objective it serves — or openly marked "not aligned", with the reason. Every edit goes
through the session bridge, so it is saved at once and can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal

from okr_workshop.domain.model import Commitment, Objective, ObjectiveStatus, Team, Workshop
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.models.base import EditableRowsModel, Index, members_first
from okr_workshop.ui.models.choices import SEPARATOR
from okr_workshop.ui.models.strategic_model import preview
from okr_workshop.ui.session_bridge import SessionBridge

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

NONE = ""  # "not aligned", "nobody", "not set": combo boxes cannot find None


def strategic_choices(workshop: Workshop) -> list[tuple[str, str]]:
    """The strategic objectives, then "Not aligned…" (which asks for a reason)."""
    linked = [(s.title, s.id) for s in workshop.strategic_objectives]
    separator = [("", SEPARATOR)] if linked else []
    return [*linked, *separator, (translate("ContributionsModel", "Not aligned…"), NONE)]


def author_choices(workshop: Workshop, team_id: str | None) -> list[tuple[str, str]]:
    """Nobody, then the team's members, then everyone else in the room."""
    return [
        (translate("ContributionsModel", "— nobody —"), NONE),
        *members_first(workshop.participants, team_id),
    ]


def reason_heading() -> str:
    """The column of the reason for not being aligned: the hints name it by this heading,
    so nobody looks for it in the why (which every kept objective needs anyway)."""
    return translate("ContributionsModel", "Why not aligned")


def commitment_choices() -> list[tuple[str, str]]:
    return [
        (translate("ContributionsModel", "Not set"), NONE),
        (translate("ContributionsModel", "Committed"), Commitment.COMMITTED.value),
        (translate("ContributionsModel", "Aspirational"), Commitment.ASPIRATIONAL.value),
    ]


def status_text(status: ObjectiveStatus) -> str:
    return {
        ObjectiveStatus.CANDIDATE: translate("ContributionsModel", "Candidate"),
        ObjectiveStatus.KEPT: translate("ContributionsModel", "Kept"),
        ObjectiveStatus.PARKED: translate("ContributionsModel", "Parked"),
    }[status]


class ContributionsModel(EditableRowsModel):
    TITLE, WHY, STRATEGIC, REASON, AUTHOR, COMMITMENT, STATUS = range(7)
    COLUMNS = 7
    LENGTHS = {TITLE: ("objective", "title"), WHY: ("objective", "why"),  # field_lengths
               REASON: ("objective", "non_alignment_reason")}

    reason_wanted = Signal(str)  # an objective just marked "not aligned", without a reason

    def __init__(self, bridge: SessionBridge, parent=None) -> None:
        super().__init__(bridge, parent)
        self._team: Team | None = None

    # Content ------------------------------------------------------------------------------

    def set_team(self, workshop: Workshop, team_id: str | None) -> None:
        team = workshop.team(team_id) if team_id else None
        same_team = (team and team.id) == (self._team and self._team.id)
        self._team = team
        self._load(workshop, team.objectives if team else (), same_place=same_team)

    @property
    def team(self) -> Team | None:
        return self._team

    def objective_at(self, row: int) -> Objective:
        return self._rows[row]

    # Qt's model interface -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return flags
        column = index.column()
        if column == self.STATUS:
            return flags
        if column == self.REASON and self._rows[index.row()].is_aligned:
            return flags  # a reason only means something for an objective not aligned
        return flags | Qt.ItemFlag.ItemIsEditable

    def cell(self, item: Objective, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        return None

    def _shown(self, item: Objective, column: int) -> str:
        if column == self.TITLE:
            return item.title
        if column == self.WHY:
            return preview(item.why, 80)
        if column == self.STRATEGIC:
            served = item.strategic_objective_id and self._workshop.strategic_objective(
                item.strategic_objective_id
            )
            return served.title if served else translate("ContributionsModel", "Not aligned")
        if column == self.REASON:
            if item.is_aligned:
                return ""
            reason = preview(item.non_alignment_reason, 80)
            return reason or translate("ContributionsModel", "⚠ Reason needed")
        if column == self.AUTHOR:
            person = item.author_id and self._workshop.participant(item.author_id)
            return person.name if person else ""
        if column == self.COMMITMENT:
            labels = {value: label for label, value in commitment_choices()}
            return labels[item.commitment.value] if item.commitment else ""
        return status_text(item.status)

    def _value(self, item: Objective, column: int) -> str:
        return (
            item.title,
            item.why,
            item.strategic_objective_id or NONE,
            item.non_alignment_reason,
            item.author_id or NONE,
            item.commitment.value if item.commitment else NONE,
            item.status.value,
        )[column]

    def _tooltip(self, item: Objective, column: int) -> str:
        if column == self.TITLE:
            return translate(
                "ContributionsModel",
                "F2 or a double click edits it. Del deletes it; Alt+Up and Alt+Down reorder.",
            )
        if column == self.WHY:
            return item.why or translate(
                "ContributionsModel", "Why this matters now, in one sentence."
            )
        if column == self.STRATEGIC:
            return translate(
                "ContributionsModel",
                "The strategic objective this contribution serves. When it serves none, "
                "choose “Not aligned…” and say why in “%1”."
            ).replace("%1", reason_heading())
        if column == self.REASON:
            if item.is_aligned:
                return translate(
                    "ContributionsModel", "Only needed when the objective is not aligned."
                )
            return item.non_alignment_reason or translate(
                "ContributionsModel",
                "An objective that serves no strategic objective needs a reason, written "
                "down for everyone to read."
            )
        if column == self.AUTHOR:
            return translate(
                "ContributionsModel", "Who proposed it. The team's members come first in the list."
            )
        if column == self.COMMITMENT:
            return translate(
                "ContributionsModel",
                "Committed objectives aim for 100%, aspirational ones for about 70%."
            )
        return translate(
            "ContributionsModel",
            "Objectives are kept or moved to the parking lot in the Focus step.",
        )

    def headers(self) -> tuple[str, ...]:
        return (
            translate("ContributionsModel", "Objective"),
            translate("ContributionsModel", "Why"),
            translate("ContributionsModel", "Serves"),
            reason_heading(),
            translate("ContributionsModel", "Author"),
            translate("ContributionsModel", "Commitment"),
            translate("ContributionsModel", "Status"),
        )

    def header_tips(self) -> tuple[str, ...]:
        return (
            translate("ContributionsModel", "What the team wants to achieve, in its own words."),
            translate("ContributionsModel", "Why this matters now."),
            translate("ContributionsModel", "The strategic objective this contribution serves."),
            translate(
                "ContributionsModel",
                "Why the team wants this objective although it serves no strategic objective.",
            ),
            translate("ContributionsModel", "Who proposed it."),
            translate(
                "ContributionsModel", "Committed (aim for 100%) or aspirational (about 70%)."
            ),
            translate(
                "ContributionsModel", "Candidate, kept or parked: decided in the Focus step."
            ),
        )

    def choices(self, index: Index) -> list[tuple[str, str]]:
        """What the combo box of a cell offers (the choice delegate asks)."""
        if self._workshop is None or not index.isValid():
            return []
        if index.column() == self.STRATEGIC:
            return strategic_choices(self._workshop)
        if index.column() == self.AUTHOR:
            return author_choices(self._workshop, self._team.id if self._team else None)
        if index.column() == self.COMMITMENT:
            return commitment_choices()
        return []

    # Editing --------------------------------------------------------------------------------

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self._row(index)
        if role != Qt.ItemDataRole.EditRole or item is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        column, text = index.column(), str(value or "")
        if column == self.TITLE:
            if not text.strip():
                self.message.emit(
                    translate(
                        "ContributionsModel",
                        "An objective needs a title: the previous title is back.",
                    )
                )
                return False
            return self._update(
                item, edit_label("rename_objective"), title=text.strip()
            )
        if column == self.WHY:
            return self._update(
                item, edit_label("edit_why"), why=text.strip()
            )
        if column == self.STRATEGIC:
            return self._link(item, text or None)
        if column == self.REASON:
            return self._update(
                item,
                edit_label("edit_reason", reason_heading()),
                non_alignment_reason=text.strip(),
            )
        if column == self.AUTHOR:
            return self._update(
                item, edit_label("change_author"), author_id=text or None
            )
        if column == self.COMMITMENT:
            commitment = Commitment(text) if text else None
            return self._update(
                item, edit_label("change_commitment"), commitment=commitment
            )
        return False

    def _link(self, item: Objective, strategic_id: str | None) -> bool:
        if strategic_id is None:
            saved = self._update(
                item,
                edit_label("mark_not_aligned"),
                strategic_objective_id=None,
            )
            if saved and not item.non_alignment_reason.strip():
                self.reason_wanted.emit(item.id)
            return saved
        # Once aligned, an old reason for not being aligned no longer holds.
        return self._update(
            item,
            edit_label("link_objective"),
            strategic_objective_id=strategic_id,
            non_alignment_reason="",
        )
