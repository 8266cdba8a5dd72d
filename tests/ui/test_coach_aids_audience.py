"""The coach's aids stay in the console (issue 15, points 4 and 5): with the audience view
open, the facilitator's notes never appear on it, and the console's zoom leaves its sizes
alone. Runs once the audience view (part B) is in the tree."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from okr_workshop.domain.enums import Language, Step
from okr_workshop.domain.facilitation import notes

pytest.importorskip("okr_workshop.ui.room.audience_window")


def every_note_line() -> list[str]:
    return [line for step in Step for language in Language
            for lines in notes(step, language).values() for line in lines]


def audience_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.text()]


def test_the_audience_view_never_shows_the_notes_and_keeps_its_sizes(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.audience.open()
    window = view.audience.window
    qtbot.waitUntil(window.isVisible)
    view.notes_action.trigger()
    assert view.notes_panel.isVisible()
    lines = every_note_line()
    for step in Step:
        view.go_to(step)
        texts = "\n".join(audience_texts(window))
        assert texts, step  # the room sees the step
        assert [line for line in lines if line in texts] == [], step
    # Every scene has been built: the size of each of their labels, before and after.
    # Scenes rebuild their cards on each showing: a label is known by its name and text.
    def sizes() -> dict[tuple[str, str], int]:
        return {(label.objectName(), label.text()): label.font().pixelSize()
                for label in window.findChildren(QLabel) if label.text()}

    before = sizes()
    main_window.zoom.set_percent(200)
    for step in Step:
        view.go_to(step)
        assert [line for line in lines if line in "\n".join(audience_texts(window))] == []
    after = sizes()
    shared = before.keys() & after.keys()
    assert len(shared) > len(before) // 2, "the same scenes were shown"
    assert {key: after[key] for key in shared} == {key: before[key] for key in shared}
