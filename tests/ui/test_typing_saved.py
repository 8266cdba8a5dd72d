"""What is typed reaches the library within a second and before anything else happens, and
the status bar says "Saving…" until it has (issue 11, points 5 and 6)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from okr_workshop.domain.model import KeyResult, Step
from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.pending_edits import MAX_WAIT_MS, PAUSE_MS
from okr_workshop.ui.room.audience_window import AudienceWindow
from okr_workshop.ui.typing_watcher import commit_for
from okr_workshop.ui.widgets.field_lengths import OneLineText
from tests.ui.doubles import ScriptedPrompts
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier
SAVED, SAVING = "All changes saved", "Saving…"
FLOUR = "Faire de nos farines locales une fierté que nos clients racontent"


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def key_results(window: MainWindow, qtbot):
    window.workshop_view.go_to(Step.KEY_RESULTS)
    activate(qtbot, window)
    page = window.workshop_view.current_page()
    objective = next(o for o in page.bridge.workshop.objectives() if o.title == FLOUR)
    page.tree.setCurrentIndex(page.tree_model.index_of(objective.id))
    return page


def stored_kr(repository, workshop_id: str, kr_id: str):
    return next(k for k in repository.load_workshop(workshop_id).key_results() if k.id == kr_id)


def test_the_status_says_saving_from_the_first_keystroke_until_the_text_is_stored(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    kr = page.key_result()
    metric = page.editor.metric_field
    metric.setFocus()
    metric.setCursorPosition(0)
    type_text(metric, "Part de ")
    # Typed, not stored yet: the status bar does not pretend otherwise.
    assert main_window.save_state.text() == SAVING
    assert stored_kr(repository, french_workshop_id, kr.id).metric == kr.metric
    # A pause saves it, the focus still in the field and the cursor where it was.
    qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED, timeout=MAX_WAIT_MS + 1000)
    assert stored_kr(repository, french_workshop_id, kr.id).metric == "Part de " + kr.metric
    assert metric.hasFocus() and metric.cursorPosition() == len("Part de ")
    type_text(metric, "la ")
    assert metric.text() == "Part de la " + kr.metric


def test_typing_without_a_pause_is_still_saved_within_a_second(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    kr, sentence = page.key_result(), page.editor.sentence
    sentence.setFocus()
    sentence.selectAll()
    saved_while_typing = []
    for word in "Passer de 1 200 à 2 000 commandes livrées par mois sans relance".split():
        type_text(sentence, word + " ")
        qtbot.wait(150)  # a steady typist never pauses long enough for a pause to save
        saved_while_typing.append(stored_kr(repository, french_workshop_id, kr.id).text)
    assert any(text.startswith("Passer de 1 200") for text in saved_while_typing)


def test_the_window_closing_saves_the_typing(qtbot, main_window, repository, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    kr = page.key_result()
    page.editor.data_source.setFocus()
    page.editor.data_source.selectAll()
    type_text(page.editor.data_source, "Tableau de bord « ventes » 📈")
    main_window.close()
    assert stored_kr(repository, french_workshop_id, kr.id).data_source == (
        "Tableau de bord « ventes » 📈"
    )


def test_a_table_cell_being_typed_in_is_saved_and_stays_open(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.SETUP)
    activate(qtbot, main_window)
    page = main_window.workshop_view.current_page()
    table = page.teams.view
    team = repository.load_workshop(french_workshop_id).teams[0]
    index = table.model().index(0, 0)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Meunerie & <b>Four</b>")
    assert main_window.save_state.text() == SAVING
    qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED, timeout=MAX_WAIT_MS + 1000)
    stored = next(t for t in repository.load_workshop(french_workshop_id).teams if t.id == team.id)
    assert stored.name == "Meunerie & <b>Four</b>"
    assert QApplication.focusWidget() is editor  # still typing: the cell stays open
    type_text(editor, " ✓")
    press(editor, Qt.Key.Key_Return)  # the table commits Enter on its next turn

    def name() -> str:
        return next(t.name for t in repository.load_workshop(french_workshop_id).teams
                    if t.id == team.id)

    qtbot.waitUntil(lambda: name() == "Meunerie & <b>Four</b> ✓")


def test_alt_a_keeps_the_sentence_typed_in_the_form(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    kr, sentence = page.key_result(), page.editor.sentence
    sentence.setFocus()
    sentence.selectAll()
    type_text(sentence, "Passer de 12 à 30 boulangeries partenaires")
    qtbot.keyClick(sentence, Qt.Key.Key_A, Alt)  # "&Add key result", focus still in the field

    def count() -> int:
        workshop = repository.load_workshop(french_workshop_id)
        return len(next(o for o in workshop.objectives() if o.title == FLOUR).key_results)

    qtbot.waitUntil(lambda: count() == 2)  # a mnemonic clicks the button on its next turn
    assert stored_kr(repository, french_workshop_id, kr.id).text == (
        "Passer de 12 à 30 boulangeries partenaires"
    )


# Every shortcut, accelerator and mnemonic -----------------------------------------------------

class CancelEverything(ScriptedPrompts):
    """Every question a shortcut asks is answered "no" / cancelled."""

    def _next(self, kind: str, title: str) -> object:
        self.asked.append((kind, title))
        return None


# Keys that are the field's own while it has typing (Ctrl+Z takes the typing back), or that
# end the test's window.
NOT_WALKED = {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Q"}


def text_editor(page: QWidget) -> QWidget | None:
    """The first visible field of ``page`` that takes free text and saves it."""
    for widget in page.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()) or commit_for(widget) is None:
            continue
        # A validator other than the text fields' own (control characters out) is a number's.
        numeric = isinstance(widget, QLineEdit) and widget.validator() is not None and \
            not isinstance(widget.validator(), OneLineText)
        if isinstance(widget, QLineEdit) and (numeric or widget.parent() is None):
            continue
        if hasattr(widget, "commit_typing") or type(widget) is QLineEdit:
            return widget
    return None


def shortcuts(window: MainWindow, page: QWidget) -> set[str]:
    keys = {s.toString() for a in window.findChildren(QAction) for s in a.shortcuts()}
    keys |= {s.key().toString() for s in window.findChildren(QShortcut)}
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in page.findChildren(QWidget):
        if widget.isVisible() and (
            isinstance(widget, QAbstractButton)
            or (isinstance(widget, QLabel) and widget.buddy() is not None)
        ):
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    keys |= {QKeySequence.mnemonic(t).toString() for t in texts}
    return {k for k in keys if k and k not in NOT_WALKED}


class ShortcutsSeen(QObject):
    """Counts the shortcuts Qt runs (actions, QShortcuts, mnemonics, menu accelerators)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.count += 1
        return False


def settle(window: MainWindow) -> None:
    """Close what a shortcut opened: menus, dialogs, the audience view."""
    for _ in range(3):
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog | QMenu) and widget.isVisible():
            widget.close()
    if window.workshop_view is not None and window.workshop_view.audience.window is not None:
        window.workshop_view.audience.leave()
    assert not any(isinstance(w, AudienceWindow) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_every_shortcut_saves_what_was_typed_before_it_runs(
    qtbot, repository, french_workshop_id, settings
):
    window = MainWindow(repository, settings, CancelEverything())
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(french_workshop_id)
    walked: list[tuple[str, str]] = []
    seen = ShortcutsSeen()
    QApplication.instance().installEventFilter(seen)
    for step in [page.step for page in window.workshop_view.pages]:
        window.workshop_view.go_to(step)
        page = window.workshop_view.current_page()
        if text_editor(page) is None:
            continue  # nothing to type in on this step
        for number, key in enumerate(sorted(shortcuts(window, page))):
            if window.workshop_view is None:
                window.open_workshop(french_workshop_id)
            window.workshop_view.go_to(step)
            activate(qtbot, window)
            editor = text_editor(window.workshop_view.current_page())
            if editor is None:
                # The last shortcut left nothing to type in (another team's objective with
                # no key result): start again from the workshop as it opens.
                window.show_home()
                window.open_workshop(french_workshop_id)
                window.workshop_view.go_to(step)
                activate(qtbot, window)
                editor = text_editor(window.workshop_view.current_page())
            assert editor is not None, (step, key)
            page = window.workshop_view.current_page()
            session = window.bridge.session
            probe = f"probe {number} {key}"
            editor.setFocus()
            editor.selectAll()
            type_text(editor, probe)
            assert window.bridge.pending.is_pending()
            combination = QKeySequence(key)[0]
            before = seen.count
            qtbot.keyClick(editor, combination.key(), combination.keyboardModifiers())
            ran = seen.count > before
            qtbot.wait(100)  # a mnemonic clicks its button on the next turn
            settle(window)
            if not ran:
                continue  # not a shortcut from this field (another widget's own key)
            reached = repr(repository.load_workshop(french_workshop_id))
            reached += repr(session.history.commands())
            assert probe in reached, (page.title(), key, type(editor).__name__)
            walked.append((page.title(), key))
    QApplication.instance().removeEventFilter(seen)
    titles = {title for title, _key in walked}
    assert len(titles) >= 4, titles
    assert ("Key results", "Alt+A") in walked and ("Key results", "Ins") in walked


def test_findings_and_the_checklist_quote_the_sentence_as_typed(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    objective = page.objective()
    label = "add key result"
    main_window.bridge.edit(
        lambda s: s.add(label, KeyResult(text="Livrer le nouveau parcours"), parent_id=objective.id)
    )
    page.list_panel.table.selectRow(1)
    assert page.key_result().text == "Livrer le nouveau parcours"
    sentence = page.editor.sentence
    sentence.setFocus()
    sentence.selectAll()
    type_text(sentence, "Ouvrir la boutique de Lyon")
    # Not saved yet (no pause): what the room reads already quotes what is typed.
    assert main_window.save_state.text() == SAVING
    quoted = "Ouvrir la boutique de Lyon"
    assert any(quoted in m for m in page.findings.messages()), page.findings.messages()
    assert not any("Livrer" in m for m in page.findings.messages())
    missing = main_window.workshop_view.missing.text()
    assert quoted in missing and "Livrer" not in missing


def test_a_field_emptied_to_be_retyped_is_not_refused_by_a_pause(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.SETUP)
    activate(qtbot, main_window)
    title = main_window.workshop_view.current_page().workshop_form.title_edit
    before = title.text()
    title.setFocus()
    title.selectAll()
    press(title, Qt.Key.Key_Delete)
    qtbot.wait(PAUSE_MS * 2)  # a pause to think of the new title
    assert title.text() == ""  # not "the previous title is back" under the fingers
    assert main_window.save_state.text() == SAVING  # and not claimed saved
    assert repository.load_workshop(french_workshop_id).title == before
    type_text(title, "Atelier « printemps » 🌱")
    qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED, timeout=MAX_WAIT_MS + 1000)
    assert repository.load_workshop(french_workshop_id).title == "Atelier « printemps » 🌱"


def test_a_sentence_typed_with_pauses_is_undone_at_once(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    kr, sentence = page.key_result(), page.editor.sentence
    sentence.setFocus()
    sentence.selectAll()
    for words in ("Passer de 12 ", "à 30 boulangeries ", "partenaires"):
        type_text(sentence, words)
        qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED,
                        timeout=MAX_WAIT_MS + 1000)  # each pause saved
    press(sentence, Qt.Key.Key_Return)
    assert stored_kr(repository, french_workshop_id, kr.id).text == (
        "Passer de 12 à 30 boulangeries partenaires"
    )
    press(main_window.workshop_view.step_list, Qt.Key.Key_Z, Ctrl)
    assert stored_kr(repository, french_workshop_id, kr.id).text == kr.text
    assert sentence.text() == kr.text


def test_a_number_saved_by_a_pause_is_not_rewritten_under_the_fingers(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    kr, target = page.key_result(), page.editor.target
    target.setFocus()
    target.selectAll()
    type_text(target, "1200")
    qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED, timeout=MAX_WAIT_MS + 1000)
    assert stored_kr(repository, french_workshop_id, kr.id).target == 1200
    type_text(target, "5")  # the person goes on typing the number
    assert target.text() == "12005"
    qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED, timeout=MAX_WAIT_MS + 1000)
    assert stored_kr(repository, french_workshop_id, kr.id).target == 12005


def test_a_date_is_saved_by_a_pause_once_it_reads_as_a_date(
    qtbot, main_window, repository, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    page = key_results(main_window, qtbot)
    kr, due = page.key_result(), page.editor.due.edit
    assert kr.due is not None
    due.setFocus()
    due.selectAll()
    type_text(due, "03/1")  # half a date, then a pause
    qtbot.wait(PAUSE_MS * 2)
    assert due.problem() == "" and due.text() == "03/1"  # not refused under the fingers
    assert main_window.save_state.text() == SAVING
    type_text(due, "5/2027")
    qtbot.waitUntil(lambda: main_window.save_state.text() == SAVED, timeout=MAX_WAIT_MS + 1000)
    assert stored_kr(repository, french_workshop_id, kr.id).due.isoformat() == "2027-03-15"
