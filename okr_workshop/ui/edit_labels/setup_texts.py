"""What the edits of Setup and Vision, and of the library, are called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def texts() -> dict[str, tuple[str, str, str, str]]:
    """Key → (Edit-menu name, done, undone, redone), in the window's language."""
    return {
        # Setup
        "edit_title": (
            translate("EditLabels", "edit title"), translate("EditLabels", "Title changed"),
            translate("EditLabels", "Change to the title undone"),
            translate("EditLabels", "Change to the title redone"),
        ),
        "edit_organisation": (
            translate("EditLabels", "edit organisation"),
            translate("EditLabels", "Organisation changed"),
            translate("EditLabels", "Change to the organisation undone"),
            translate("EditLabels", "Change to the organisation redone"),
        ),
        "edit_cycle": (
            translate("EditLabels", "edit cycle"), translate("EditLabels", "Cycle changed"),
            translate("EditLabels", "Change to the cycle undone"),
            translate("EditLabels", "Change to the cycle redone"),
        ),
        "edit_facilitator": (
            translate("EditLabels", "edit facilitator"),
            translate("EditLabels", "Facilitator changed"),
            translate("EditLabels", "Change of facilitator undone"),
            translate("EditLabels", "Change of facilitator redone"),
        ),
        "edit_start_date": (
            translate("EditLabels", "edit start date"),
            translate("EditLabels", "Start date changed"),
            translate("EditLabels", "Change to the start date undone"),
            translate("EditLabels", "Change to the start date redone"),
        ),
        "edit_end_date": (
            translate("EditLabels", "edit end date"), translate("EditLabels", "End date changed"),
            translate("EditLabels", "Change to the end date undone"),
            translate("EditLabels", "Change to the end date redone"),
        ),
        "change_language": (
            translate("EditLabels", "change language"),
            translate("EditLabels", "Workshop language changed"),
            translate("EditLabels", "Change of language undone"),
            translate("EditLabels", "Change of language redone"),
        ),
        "change_rule": (
            translate("EditLabels", "change the common rule"),
            translate("EditLabels", "Common rule changed"),
            translate("EditLabels", "Change to the common rule undone"),
            translate("EditLabels", "Change to the common rule redone"),
        ),
        "add_team": (
            translate("EditLabels", "add team"), translate("EditLabels", "Team added"),
            translate("EditLabels", "Team addition undone"),
            translate("EditLabels", "Team addition redone"),
        ),
        "delete_team": (
            translate("EditLabels", "delete team “%1”"),
            translate("EditLabels", "Team “%1” deleted"),
            translate("EditLabels", "Deletion of team “%1” undone"),
            translate("EditLabels", "Deletion of team “%1” redone"),
        ),
        "move_team": (
            translate("EditLabels", "move team"), translate("EditLabels", "Team moved"),
            translate("EditLabels", "Team move undone"),
            translate("EditLabels", "Team move redone"),
        ),
        "rename_team": (
            translate("EditLabels", "rename team"), translate("EditLabels", "Team renamed"),
            translate("EditLabels", "Team renaming undone"),
            translate("EditLabels", "Team renaming redone"),
        ),
        "change_department": (
            translate("EditLabels", "change department"),
            translate("EditLabels", "Team's department changed"),
            translate("EditLabels", "Change of department undone"),
            translate("EditLabels", "Change of department redone"),
        ),
        "change_ambassador": (
            translate("EditLabels", "change ambassador"),
            translate("EditLabels", "Ambassador changed"),
            translate("EditLabels", "Change of ambassador undone"),
            translate("EditLabels", "Change of ambassador redone"),
        ),
        "add_participant": (
            translate("EditLabels", "add participant"),
            translate("EditLabels", "Participant added"),
            translate("EditLabels", "Participant addition undone"),
            translate("EditLabels", "Participant addition redone"),
        ),
        "delete_participant": (
            translate("EditLabels", "delete participant “%1”"),
            translate("EditLabels", "Participant “%1” deleted"),
            translate("EditLabels", "Deletion of participant “%1” undone"),
            translate("EditLabels", "Deletion of participant “%1” redone"),
        ),
        "move_participant": (
            translate("EditLabels", "move participant"),
            translate("EditLabels", "Participant moved"),
            translate("EditLabels", "Participant move undone"),
            translate("EditLabels", "Participant move redone"),
        ),
        "rename_participant": (
            translate("EditLabels", "rename participant"),
            translate("EditLabels", "Participant renamed"),
            translate("EditLabels", "Participant renaming undone"),
            translate("EditLabels", "Participant renaming redone"),
        ),
        "edit_role": (
            translate("EditLabels", "edit role"), translate("EditLabels", "Role changed"),
            translate("EditLabels", "Change to the role undone"),
            translate("EditLabels", "Change to the role redone"),
        ),
        "change_participant_team": (
            translate("EditLabels", "change team"),
            translate("EditLabels", "Participant's team changed"),
            translate("EditLabels", "Change of team undone"),
            translate("EditLabels", "Change of team redone"),
        ),
        # Vision
        "edit_vision": (
            translate("EditLabels", "edit the vision"), translate("EditLabels", "Vision changed"),
            translate("EditLabels", "Change to the vision undone"),
            translate("EditLabels", "Change to the vision redone"),
        ),
        "edit_why": (
            translate("EditLabels", "edit the why"), translate("EditLabels", "Why changed"),
            translate("EditLabels", "Change to the why undone"),
            translate("EditLabels", "Change to the why redone"),
        ),
        "add_strategic": (
            translate("EditLabels", "add strategic objective"),
            translate("EditLabels", "Strategic objective added"),
            translate("EditLabels", "Strategic objective addition undone"),
            translate("EditLabels", "Strategic objective addition redone"),
        ),
        "delete_strategic": (
            translate("EditLabels", "delete strategic objective"),
            translate("EditLabels", "Strategic objective deleted"),
            translate("EditLabels", "Strategic objective deletion undone"),
            translate("EditLabels", "Strategic objective deletion redone"),
        ),
        "move_strategic": (
            translate("EditLabels", "move strategic objective"),
            translate("EditLabels", "Strategic objective moved"),
            translate("EditLabels", "Strategic objective move undone"),
            translate("EditLabels", "Strategic objective move redone"),
        ),
        "rename_strategic": (
            translate("EditLabels", "rename strategic objective"),
            translate("EditLabels", "Strategic objective renamed"),
            translate("EditLabels", "Strategic objective renaming undone"),
            translate("EditLabels", "Strategic objective renaming redone"),
        ),
        # The library
        "delete_workshop": (
            translate("EditLabels", "delete workshop"), translate("EditLabels", "Workshop deleted"),
            translate("EditLabels", "Workshop deletion undone"),
            translate("EditLabels", "Workshop deletion redone"),
        ),
        "rename_workshop": (
            translate("EditLabels", "rename workshop"), translate("EditLabels", "Workshop renamed"),
            translate("EditLabels", "Workshop renaming undone"),
            translate("EditLabels", "Workshop renaming redone"),
        ),
    }
