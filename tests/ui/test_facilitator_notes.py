"""The facilitator's notes (issue 15, point 5): F9 shows, beside the page, the good practices
of the step and a short script (say, ask, traps), in the window's language; they follow the
step and never reach the room channel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.enums import Language, Step
from okr_workshop.domain.facilitation import notes
from okr_workshop.domain.good_practices import practice_text, practices_for_step
from okr_workshop.domain.model import ChecklistTick


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def open_notes(qtbot, main_window):
    view = main_window.workshop_view
    activate(qtbot, main_window)
    qtbot.keyClick(view.step_list, Qt.Key.Key_F9)
    assert view.notes_panel.isVisible()
    return view.notes_panel


def every_note_line() -> list[str]:
    return [line for step in Step for language in Language
            for lines in notes(step, language).values() for line in lines]


def test_f9_shows_the_steps_notes_and_they_follow_the_step(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.FOCUS)
    assert not view.notes_panel.isVisible()
    panel = open_notes(qtbot, main_window)
    text = panel.texts()
    assert "Focus" in text
    assert "What to say" in text and "What to ask" in text and "Typical traps" in text
    for lines in notes(Step.FOCUS, Language.ENGLISH).values():
        assert all(line in text for line in lines)
    assert notes(Step.VISION, Language.ENGLISH)["say"][0] not in text

    view.go_to(Step.KEY_RESULTS)
    text = panel.texts()
    assert notes(Step.KEY_RESULTS, Language.ENGLISH)["traps"][0] in text
    assert notes(Step.FOCUS, Language.ENGLISH)["say"][0] not in text
    # The source's practices of the step, read-only here, with whether they are ticked, in
    # the workshop's language as in the panel under the page (the sample is French).
    for practice in practices_for_step(Step.KEY_RESULTS):
        assert practice_text(practice.code, Language.FRENCH) in text
    assert "not ticked yet" in text

    qtbot.keyClick(view.step_list, Qt.Key.Key_F9)  # and away again
    assert not panel.isVisible()
    assert not view.notes_action.isChecked()


def test_a_practice_ticked_under_the_page_shows_ticked_in_the_notes(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.VISION)
    panel = open_notes(qtbot, main_window)
    (practice,) = practices_for_step(Step.VISION)
    assert "☐" in panel.texts()
    model = view.practices.model
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ChecklistTick in {type(t) for t in main_window.bridge.workshop.checklist}
    assert "☑" in panel.texts() and "(ticked)" in panel.texts()


def test_the_notes_are_in_french_in_a_french_window(
    qtbot, french_ui, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.CONTRIBUTIONS)
    panel = open_notes(qtbot, main_window)
    text = panel.texts()
    assert "Ce qu’il faut dire" in text and "Pièges fréquents" in text
    for lines in notes(Step.CONTRIBUTIONS, Language.FRENCH).values():
        assert all(line in text for line in lines)
    assert notes(Step.CONTRIBUTIONS, Language.ENGLISH)["ask"][0] not in text
    room_menu = [a.text() for a in main_window.room_menu.actions()]
    assert "Notes d’&animation" in room_menu


def test_the_room_menu_lists_the_notes_with_f9(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    action = next(a for a in main_window.room_menu.actions() if a.objectName() == "notesAction")
    assert action is main_window.workshop_view.notes_action
    assert action.text() == "&Facilitator’s notes"
    assert action.shortcut().toString() == "F9"
    action.trigger()
    assert main_window.workshop_view.notes_panel.isVisible()


def test_the_room_channel_never_carries_the_notes(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    room = main_window.bridge.room
    published: list[object] = []
    for signal in (room.workshop_changed, room.pointer_changed, room.overlay_changed,
                   room.timer_changed):
        signal.connect(published.append)
    open_notes(qtbot, main_window)
    for step in Step:
        view.go_to(step)
    assert published  # the steps were published, as they should be
    # The Steering step puts its check-in round up for the room: published, and note-free.
    said = "\n".join(repr(item) for item in [*published, room.overlay])
    assert [line for line in every_note_line() if line in said] == []


def test_at_a_large_zoom_the_notes_keep_their_words_whole(qtbot, main_window, french_workshop_id):
    main_window.resize(1366, 768)
    main_window.open_workshop(french_workshop_id)
    main_window.zoom.set_percent(200)
    view = main_window.workshop_view
    view.go_to(Step.FOCUS)
    panel = open_notes(qtbot, main_window)
    QApplication.processEvents()
    metrics = panel.text.fontMetrics()
    longest = max((word for lines in notes(Step.FOCUS, Language.ENGLISH).values()
                   for line in lines for word in line.split()), key=metrics.horizontalAdvance)
    # Room for the longest word beside a bullet: never a column of syllables.
    assert panel.text.viewport().width() > metrics.horizontalAdvance(longest) + 60
