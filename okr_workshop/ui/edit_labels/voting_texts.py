"""What the edits of dot voting (issue 15) are called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def texts() -> dict[str, tuple[str, str, str, str]]:
    """Key → (Edit-menu name, done, undone, redone), in the window's language."""
    return {
        "start_vote_round": (
            translate("EditLabels", "start voting round"),
            translate("EditLabels", "Voting round started"),
            translate("EditLabels", "Start of the voting round undone"),
            translate("EditLabels", "Start of the voting round redone"),
        ),
        "cast_ballot": (
            translate("EditLabels", "cast vote"),
            translate("EditLabels", "Vote cast"),
            translate("EditLabels", "Vote undone"),
            translate("EditLabels", "Vote redone"),
        ),
        "tally_count": (
            translate("EditLabels", "change dot count"),
            translate("EditLabels", "Dot count changed"),
            translate("EditLabels", "Change of dot count undone"),
            translate("EditLabels", "Change of dot count redone"),
        ),
        "reveal_round": (
            translate("EditLabels", "reveal votes"),
            translate("EditLabels", "Votes revealed"),
            translate("EditLabels", "Reveal of the votes undone"),
            translate("EditLabels", "Reveal of the votes redone"),
        ),
    }
