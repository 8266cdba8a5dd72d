"""What the edits of Contributions, Focus and Key results are called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def texts() -> dict[str, tuple[str, str, str, str]]:
    """Key → (Edit-menu name, done, undone, redone), in the window's language."""
    return {
        # Contributions and Focus
        "add_candidate": (
            translate("EditLabels", "add candidate objective"),
            translate("EditLabels", "Candidate objective added"),
            translate("EditLabels", "Candidate objective addition undone"),
            translate("EditLabels", "Candidate objective addition redone"),
        ),
        "delete_objective": (
            translate("EditLabels", "delete objective"),
            translate("EditLabels", "Objective deleted"),
            translate("EditLabels", "Objective deletion undone"),
            translate("EditLabels", "Objective deletion redone"),
        ),
        "move_objective": (
            translate("EditLabels", "move objective"), translate("EditLabels", "Objective moved"),
            translate("EditLabels", "Objective move undone"),
            translate("EditLabels", "Objective move redone"),
        ),
        "rename_objective": (
            translate("EditLabels", "rename objective"),
            translate("EditLabels", "Objective renamed"),
            translate("EditLabels", "Objective renaming undone"),
            translate("EditLabels", "Objective renaming redone"),
        ),
        "edit_reason": (
            translate("EditLabels", "edit “%1”"), translate("EditLabels", "“%1” changed"),
            translate("EditLabels", "Change to “%1” undone"),
            translate("EditLabels", "Change to “%1” redone"),
        ),
        "change_author": (
            translate("EditLabels", "change author"), translate("EditLabels", "Author changed"),
            translate("EditLabels", "Change of author undone"),
            translate("EditLabels", "Change of author redone"),
        ),
        "change_commitment": (
            translate("EditLabels", "change commitment"),
            translate("EditLabels", "Commitment changed"),
            translate("EditLabels", "Change of commitment undone"),
            translate("EditLabels", "Change of commitment redone"),
        ),
        "mark_not_aligned": (
            translate("EditLabels", "mark not aligned"),
            translate("EditLabels", "Objective marked not aligned"),
            translate("EditLabels", "Marking as not aligned undone"),
            translate("EditLabels", "Marking as not aligned redone"),
        ),
        "link_objective": (
            translate("EditLabels", "link objective"),
            translate("EditLabels", "Objective linked to a strategic objective"),
            translate("EditLabels", "Link to the strategic objective undone"),
            translate("EditLabels", "Link to the strategic objective redone"),
        ),
        "add_vote": (
            translate("EditLabels", "add a vote"), translate("EditLabels", "Vote added"),
            translate("EditLabels", "Vote addition undone"),
            translate("EditLabels", "Vote addition redone"),
        ),
        "remove_vote": (
            translate("EditLabels", "remove a vote"), translate("EditLabels", "Vote removed"),
            translate("EditLabels", "Vote removal undone"),
            translate("EditLabels", "Vote removal redone"),
        ),
        "keep": (
            translate("EditLabels", "keep objective"), translate("EditLabels", "Objective kept"),
            translate("EditLabels", "Decision to keep the objective undone"),
            translate("EditLabels", "Decision to keep the objective redone"),
        ),
        "park": (
            translate("EditLabels", "park objective"),
            translate("EditLabels", "Objective moved to the parking lot"),
            translate("EditLabels", "Move to the parking lot undone"),
            translate("EditLabels", "Move to the parking lot redone"),
        ),
        "back_to_candidates": (
            translate("EditLabels", "back to candidates"),
            translate("EditLabels", "Objective back among the candidates"),
            translate("EditLabels", "Return to the candidates undone"),
            translate("EditLabels", "Return to the candidates redone"),
        ),
        "bring_back": (
            translate("EditLabels", "bring back objective"),
            translate("EditLabels", "Objective brought back from the parking lot"),
            translate("EditLabels", "Return from the parking lot undone"),
            translate("EditLabels", "Return from the parking lot redone"),
        ),
        # Key results
        "add_kr": (
            translate("EditLabels", "add key result"), translate("EditLabels", "Key result added"),
            translate("EditLabels", "Key result addition undone"),
            translate("EditLabels", "Key result addition redone"),
        ),
        "delete_kr": (
            translate("EditLabels", "delete key result"),
            translate("EditLabels", "Key result deleted"),
            translate("EditLabels", "Key result deletion undone"),
            translate("EditLabels", "Key result deletion redone"),
        ),
        "move_kr": (
            translate("EditLabels", "move key result"), translate("EditLabels", "Key result moved"),
            translate("EditLabels", "Key result move undone"),
            translate("EditLabels", "Key result move redone"),
        ),
        "accept_proposal": (
            translate("EditLabels", "accept the proposed fields"),
            translate("EditLabels", "Proposed fields accepted"),
            translate("EditLabels", "Acceptance of the proposed fields undone"),
            translate("EditLabels", "Acceptance of the proposed fields redone"),
        ),
        "kr_text": (
            translate("EditLabels", "edit the key result"),
            translate("EditLabels", "Key result sentence changed"),
            translate("EditLabels", "Change to the sentence undone"),
            translate("EditLabels", "Change to the sentence redone"),
        ),
        "kr_metric": (
            translate("EditLabels", "edit the metric"), translate("EditLabels", "Metric changed"),
            translate("EditLabels", "Change to the metric undone"),
            translate("EditLabels", "Change to the metric redone"),
        ),
        "kr_baseline": (
            translate("EditLabels", "edit the baseline"),
            translate("EditLabels", "Baseline changed"),
            translate("EditLabels", "Change to the baseline undone"),
            translate("EditLabels", "Change to the baseline redone"),
        ),
        "kr_target": (
            translate("EditLabels", "edit the target"), translate("EditLabels", "Target changed"),
            translate("EditLabels", "Change to the target undone"),
            translate("EditLabels", "Change to the target redone"),
        ),
        "kr_target_kind": (
            translate("EditLabels", "change the target type"),
            translate("EditLabels", "Target type changed"),
            translate("EditLabels", "Change of target type undone"),
            translate("EditLabels", "Change of target type redone"),
        ),
        "kr_change": (
            translate("EditLabels", "edit the relative change"),
            translate("EditLabels", "Relative change edited"),
            translate("EditLabels", "Edit of the relative change undone"),
            translate("EditLabels", "Edit of the relative change redone"),
        ),
        "kr_unit": (
            translate("EditLabels", "edit the unit"), translate("EditLabels", "Unit changed"),
            translate("EditLabels", "Change to the unit undone"),
            translate("EditLabels", "Change to the unit redone"),
        ),
        "kr_direction": (
            translate("EditLabels", "change the direction"),
            translate("EditLabels", "Direction changed"),
            translate("EditLabels", "Change of direction undone"),
            translate("EditLabels", "Change of direction redone"),
        ),
        "kr_data_source": (
            translate("EditLabels", "edit the data source"),
            translate("EditLabels", "Data source changed"),
            translate("EditLabels", "Change to the data source undone"),
            translate("EditLabels", "Change to the data source redone"),
        ),
        "kr_owner": (
            translate("EditLabels", "change the owner"), translate("EditLabels", "Owner changed"),
            translate("EditLabels", "Change of owner undone"),
            translate("EditLabels", "Change of owner redone"),
        ),
        "kr_due": (
            translate("EditLabels", "change the due date"),
            translate("EditLabels", "Due date changed"),
            translate("EditLabels", "Change to the due date undone"),
            translate("EditLabels", "Change to the due date redone"),
        ),
        "kr_milestone": (
            translate("EditLabels", "change whether it is a milestone"),
            translate("EditLabels", "Milestone setting changed"),
            translate("EditLabels", "Change to the milestone setting undone"),
            translate("EditLabels", "Change to the milestone setting redone"),
        ),
    }
