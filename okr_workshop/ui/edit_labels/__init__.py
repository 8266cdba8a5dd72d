"""What each edit is called in the window: its name in the Edit menu ("Undo add team") and
what the status bar says once it is done, undone and redone ("Team added", "Team addition
undone", "Team addition redone").

Whole sentences for each edit, never a verb glued after "Saved:" or "Undone:": French agrees
the participle with the noun (« Équipe ajoutée », « Suppression de l’atelier annulée »),
so no one template fits every edit. ``%1`` in a text is filled with the values given.
"""

from __future__ import annotations

from okr_workshop.app.commands import EditLabel
from okr_workshop.ui.edit_labels import (
    cycle_texts,
    people_texts,
    setup_texts,
    steering_texts,
    step_texts,
    voting_texts,
)
from okr_workshop.ui.placeholders import fill


def all_texts() -> dict[str, tuple[str, str, str, str]]:
    return {**setup_texts.texts(), **step_texts.texts(), **steering_texts.texts(),
            **cycle_texts.texts(), **people_texts.texts(),
            **voting_texts.texts()}


def edit_label(key: str, *values: object) -> EditLabel:
    """The texts of the edit ``key`` (a KeyError for a key that names no edit)."""
    name, done, undone, redone = all_texts()[key]
    return EditLabel(*(fill(text, *values) for text in (name, done, undone, redone)))
