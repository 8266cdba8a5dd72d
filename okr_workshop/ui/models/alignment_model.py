"""The alignment tree of the Review step: strategic objective → kept objectives → key results.

A last top-level node gathers the kept objectives aligned with no strategic objective, each
with the reason the team gave. Read-only. The rows are plain values compared on each load:
an edit that changes nothing here leaves the tree alone (selection, scroll, folds); any
other resets it, and the page puts the selection back by id.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from okr_workshop.app.formats import format_value
from okr_workshop.domain.coverage import Coverage, StrategicBranch
from okr_workshop.domain.model import KeyResult, Language, Objective, Workshop
from okr_workshop.domain.relative_change import change_text
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.models.base import ID_ROLE, ROOT, Index, NodeTreeModel
from okr_workshop.ui.models.review_badges import Tone, background, badge_text, foreground
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate

NAME, TEAM, MEASURE, OWNER = range(4)
UNALIGNED_ID = "not-aligned"  # the "Not aligned" node's id in ID_ROLE


class Kind(StrEnum):
    STRATEGIC = "strategic"
    UNALIGNED = "unaligned"
    OBJECTIVE = "objective"
    REASON = "reason"
    KEY_RESULT = "key_result"


@dataclass(frozen=True)
class Row:
    kind: Kind
    id: str
    texts: tuple[str, str, str, str]
    tooltip: str = ""
    tone: Tone | None = None  # a pill on the TEAM column (or NAME for a missing reason)
    children: tuple[Row, ...] = ()


def measure_text(kr: KeyResult, language: Language) -> str:
    """"1,8 % → 3 %": the baseline and the target with their unit, written the window's way."""
    if kr.baseline is None and kr.target is None and kr.change is None:
        return ""
    start = "—" if kr.baseline is None else format_value(kr.baseline, language, kr.unit)
    aimed = kr.aimed_target()
    end = "—" if aimed is None else format_value(aimed, language, kr.unit)
    if kr.is_relative:  # "— → −20 %", then "1 200 → 960 (−20 %)"
        change = change_text(kr, language)
        end = change if aimed is None else f"{end} ({change})"
    return fill(translate("AlignmentModel", "%1 → %2"), start, end)


def _count_text(count: int) -> str:
    if count == 1:
        return translate("AlignmentModel", "1 kept objective")
    return fill(translate("AlignmentModel", "%1 kept objectives"), count)


def _key_result_row(kr: KeyResult, language: Language) -> Row:
    tip = (
        kr.text
        if not kr.metric
        else fill(translate("AlignmentModel", "%1\nMetric: %2"), kr.text, kr.metric)
    )
    return Row(Kind.KEY_RESULT, kr.id, (kr.text, "", measure_text(kr, language), kr.owner), tip)


def _objective_row(workshop: Workshop, objective: Objective, with_reason: bool) -> Row:
    team = workshop.team(objective.team_id)
    children = [_key_result_row(kr, ui_language()) for kr in objective.key_results]
    if with_reason:
        reason = " ".join(objective.non_alignment_reason.split())
        if reason:
            children.insert(
                0,
                Row(
                    Kind.REASON,
                    objective.id,
                    (fill(translate("AlignmentModel", "Reason: %1"), reason), "", "", ""),
                    reason,
                ),
            )
        else:
            children.insert(
                0,
                Row(
                    Kind.REASON,
                    objective.id,
                    (
                        badge_text(
                            Tone.WARNING, translate("AlignmentModel", "No reason given yet")
                        ),
                        "",
                        "",
                        "",
                    ),
                    translate(
                        "AlignmentModel",
                        "Link it to the strategic objective it serves, or write down why it "
                        "serves none (Contributions step).",
                    ),
                    Tone.WARNING,
                ),
            )
    tip = objective.title if not objective.why.strip() else fill(
        translate("AlignmentModel", "%1\nWhy: %2"), objective.title, objective.why.strip())
    return Row(Kind.OBJECTIVE, objective.id,
               (objective.title, team.name if team else "", "", ""), tip,
               children=tuple(children))


def _strategic_row(workshop: Workshop, branch: StrategicBranch) -> Row:
    strategic = branch.strategic
    objectives = tuple(_objective_row(workshop, o, False) for o in branch.objectives)
    tip = strategic.title if not strategic.why.strip() else fill(
        translate("AlignmentModel", "%1\nWhy: %2"), strategic.title, strategic.why.strip())
    if objectives:
        return Row(Kind.STRATEGIC, strategic.id,
                   (strategic.title, _count_text(len(objectives)), "", ""), tip,
                   children=objectives)
    if branch.undecided == 1:
        tip += "\n" + translate(
            "AlignmentModel", "One candidate serving it is still to be kept or parked (Focus step)."
        )
    elif branch.undecided > 1:
        tip += "\n" + fill(
            translate(
                "AlignmentModel",
                "%1 candidates serving it are still to be kept or parked (Focus step).",
            ),
            branch.undecided,
        )
    return Row(
        Kind.STRATEGIC,
        strategic.id,
        (
            strategic.title,
            badge_text(Tone.WARNING, translate("AlignmentModel", "No kept objective")),
            "",
            "",
        ),
        tip,
        Tone.WARNING,
    )


def alignment_rows(workshop: Workshop, found: Coverage) -> tuple[Row, ...]:
    rows = [_strategic_row(workshop, branch) for branch in found.branches]
    if found.unaligned:
        rows.append(
            Row(
                Kind.UNALIGNED,
                UNALIGNED_ID,
                (
                    translate("AlignmentModel", "Not aligned with a strategic objective"),
                    _count_text(len(found.unaligned)),
                    "",
                    "",
                ),
                translate(
                    "AlignmentModel",
                    "Kept objectives that serve no strategic objective, with the team's reason.",
                ),
                children=tuple(_objective_row(workshop, o, True) for o in found.unaligned),
            )
        )
    return tuple(rows)


class AlignmentModel(NodeTreeModel):
    ID_ROLE = ID_ROLE
    KIND_ROLE = Qt.ItemDataRole.UserRole + 2
    COLUMNS = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[Row, ...] = ()

    def set_rows(self, rows: tuple[Row, ...]) -> bool:
        """Show ``rows``; False (and nothing touched) when they are what is shown already."""
        if rows == self._rows:
            return False
        self.beginResetModel()
        self._rows = rows
        self._clear_nodes()
        for row in rows:
            self._add(row, ROOT)
        self.endResetModel()
        return True

    def _add(self, row: Row, parent: int) -> None:
        number = self._add_node(row, parent)
        for child in row.children:
            self._add(child, number)

    def find(self, kind: str, entity_id: str) -> QModelIndex:
        for number, node in enumerate(self._nodes[1:], start=1):
            if node.item.kind == kind and node.item.id == entity_id:
                return self._index_of_node(number)
        return QModelIndex()

    # Qt's model interface ---------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._node(index).item
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == self.ID_ROLE:
            return row.id
        if role == self.KIND_ROLE:
            return row.kind.value
        if role == Qt.ItemDataRole.FontRole and row.kind in (Kind.STRATEGIC, Kind.UNALIGNED):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and row.kind == Kind.REASON:
            font = QFont()
            font.setItalic(True)
            return font
        pill = row.tone is not None and column == (NAME if row.kind == Kind.REASON else TEAM)
        if pill and role == Qt.ItemDataRole.BackgroundRole:
            return background(row.tone)
        if pill and role == Qt.ItemDataRole.ForegroundRole:
            return foreground(row.tone)
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            translate("AlignmentModel", "Strategic objective, objective or key result"),
            translate("AlignmentModel", "Team"),
            translate("AlignmentModel", "Baseline → target"),
            translate("AlignmentModel", "Owner"),
        )
