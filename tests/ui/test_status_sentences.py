"""What the status bar says after an edit, an undo and a redo: whole sentences in the
window's language ("Facilitator changed", « Modification de l’animation annulée »), never
a verb glued after "Saved:" (« Enregistré : modifier l’animation »)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.ui.edit_labels import all_texts, edit_label
from okr_workshop.ui.pages.setup_page import SetupPage
from tests.ui.keyboard import press, type_text

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier

SENTENCES = {
    "en": ("Facilitator changed", "Change of facilitator undone",
           "Change of facilitator redone"),
    "fr": ("Animation modifiée", "Modification de l’animation annulée",
           "Modification de l’animation rétablie"),
}
LIBRARY = {
    "en": ("Workshop deletion undone.", "Workshop deletion redone."),
    "fr": ("Suppression de l’atelier annulée.", "Suppression de l’atelier rétablie."),
}


@pytest.fixture(params=["en", "fr"])
def language(request) -> str:
    if request.param == "fr":
        request.getfixturevalue("french_ui")  # before the window is built
    return request.param


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_an_edit_its_undo_and_its_redo_are_told_in_sentences(
    language, qtbot, main_window, french_workshop_id, monkeypatch
):
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [SetupPage])
    main_window.open_workshop(french_workshop_id)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    edit = main_window.workshop_view.current_page().workshop_form.facilitator_edit
    edit.setFocus()
    press(edit, Qt.Key.Key_A, Ctrl)
    type_text(edit, "Noémie Faure")
    press(edit, Qt.Key.Key_Return)
    done, undone, redone = SENTENCES[language]
    assert status(main_window) == done

    press(main_window.workshop_view.step_list, Qt.Key.Key_Z, Ctrl)
    assert main_window.bridge.workshop.facilitator == "Claire Dumont"
    assert status(main_window) == undone

    main_window.redo_action.trigger()
    assert main_window.bridge.workshop.facilitator == "Noémie Faure"
    assert status(main_window) == redone


def test_undoing_a_deletion_in_the_library_says_so(
    language, qtbot, main_window, repository, french_workshop_id
):
    home = main_window.home
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    home.refresh()
    home.table.setCurrentIndex(home.model.index(home.model.row_of(french_workshop_id), 0))
    home.table.setFocus()
    press(home.table, Qt.Key.Key_Delete)
    undone, redone = LIBRARY[language]
    main_window.undo_action.trigger()
    assert home.message.text() == undone
    main_window.redo_action.trigger()
    assert home.message.text() == redone


# The catalogue -----------------------------------------------------------------------------

GLUED = re.compile(r"^(Saved|Undone|Redone|Enregistré|Annulé|Rétabli)\b")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_edit_has_its_own_sentences(lang, request):
    if lang == "fr":
        request.getfixturevalue("french_ui")
    texts = all_texts()
    assert len(texts) > 40
    for key in texts:
        label = edit_label(key, "Équipe « Fournil »")
        name, done, undone, redone = label.name, label.done, label.undone, label.redone
        assert len({name, done, undone, redone}) == 4, key
        for sentence in (done, undone, redone):
            assert sentence[0].isupper() or sentence[0] in "“«", (key, sentence)
            assert not GLUED.match(sentence), (key, sentence)
            assert not sentence.endswith("."), (key, sentence)


def test_the_french_sentences_are_french(french_ui):
    expected = {
        "add_team": ("Équipe ajoutée", "Ajout de l’équipe annulé", "Ajout de l’équipe rétabli"),
        "delete_workshop": ("Atelier supprimé", "Suppression de l’atelier annulée",
                            "Suppression de l’atelier rétablie"),
    }
    for key, sentences in expected.items():
        label = edit_label(key)
        assert (label.done, label.undone, label.redone) == sentences
