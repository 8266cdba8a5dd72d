"""Issue 11, point 24: Qt's own dialogs speak the window's language. The file dialog as it
appears under Linux without a portal (Qt's own, not the platform's) showed "Look in:" and
"Files of type:" in the French window: Qt 6 added mnemonics ("&Look in:") that Qt's French
catalogue does not know yet. And the rename dialog is wide enough for a normal title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QTreeView

from okr_workshop.domain.model import Language
from okr_workshop.ui.language import install_language, uninstall_language
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.qt_translations import with_mnemonic
from tests.ui.screen_texts import plain, screen_texts

Mode = QFileDialog.AcceptMode


def file_dialog_texts(qtbot, folder: Path, mode: QFileDialog.AcceptMode) -> set[str]:
    """Every text of Qt's own file dialog on ``folder``, in detail view, menus included."""
    dialog = QFileDialog(None, "", str(folder), "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    files = dialog.findChild(QTreeView, "treeView")
    model, root = files.model(), files.rootIndex()
    qtbot.waitUntil(lambda: model.rowCount(root) >= 2)  # read by a thread of Qt's
    texts = {text for _, text in screen_texts(dialog)}
    texts |= {str(model.index(row, column, root).data() or "")  # name, size, type, date
              for row in range(model.rowCount(root)) for column in range(model.columnCount())}
    texts |= {action.text() for action in dialog.findChildren(QAction)}
    dialog.close()
    return {plain(text) for text in texts if text.strip()}


def names_on_disk(*places: Path) -> set[str]:
    """The names of the files and folders the dialog may list, up to the root."""
    names: set[str] = set()
    for place in places:
        for folder in (place, *place.parents):
            names.add(folder.name)
            try:
                names.update(entry.name for entry in folder.iterdir())
            except OSError:
                pass
    return names


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "Ateliers").mkdir()
    (tmp_path / "deck.pdf").write_bytes(b"%PDF-1.4\n")
    return tmp_path


@pytest.mark.parametrize("mode", [Mode.AcceptOpen, Mode.AcceptSave], ids=["open", "save"])
def test_no_english_left_in_a_french_file_dialog(qtbot, qapp, folder, mode):
    english = file_dialog_texts(qtbot, folder, mode)
    assert {"Look in:", "Files of type:", "Cancel"} <= english  # the walk sees the labels
    before = QLocale()
    install_language(Language.FRENCH)
    try:
        french = file_dialog_texts(qtbot, folder, mode)
    finally:
        uninstall_language()
        QLocale.setDefault(before)
    # What is rightly the same in both: the folder's own names, the filter, sizes, dates.
    own = {"PDF (*.pdf)", "Type", *names_on_disk(folder, Path.cwd(), Path.home())}
    left = {t for t in english & french if t not in own and not any(c.isdigit() for c in t)
            and "/" not in t}
    assert left == set()
    assert {"Voir dans :", "Fichiers de type :"} <= french  # plain() makes NBSP a space


def test_the_mnemonic_goes_back_on_a_french_letter():
    assert with_mnemonic("Fichiers de type\u00a0:", "t") == "Fichiers de &type\u00a0:"
    assert with_mnemonic("Voir dans\u00a0:", "l") == "&Voir dans\u00a0:"
    assert with_mnemonic("Nouveau", "w") == "&Nouveau"


def test_the_rename_dialog_shows_a_normal_title_whole(qtbot):
    title = "Atelier OKR T1 2027 — Réseau des boutiques, fournils et livraisons"
    dialog = Prompts(None).text_dialog("Rename the workshop", "New title:", title)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit)
    assert edit.text() == title
    needed = edit.fontMetrics().horizontalAdvance(title)
    assert edit.width() > needed
    screen = QApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= screen.width()
