"""Issue 19 on the home page: two laptops (two real libraries in tmp_path, two windows) and
one team folder between them, driven as coaches would: the dialog by keyboard, the buttons,
Enter in the team folder's list. What a sync engine would move needs no moving here: both
laptops see the same folder."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.app.samples import add_samples
from okr_workshop.app.team_folder import Writer, publish, set_team_settings, team_settings
from okr_workshop.domain.model import Language
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.team.folder_model import STATE, TITLE, WHEN, WHOSE
from okr_workshop.ui.workshop_list_model import TITLE as LIBRARY_TITLE
from tests.ui.doubles import ScriptedPrompts
from tests.ui.keyboard import press, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Équipe OKR"
    path.mkdir()
    return path


class Laptop:
    """One coach's library and window."""

    def __init__(self, qtbot, tmp_path: Path, name: str, settings_factory) -> None:
        self.repository = Repository(open_library(tmp_path / f"{name}.sqlite3"))
        self.prompts = ScriptedPrompts()
        self.window = MainWindow(self.repository, settings_factory(name), self.prompts)
        qtbot.addWidget(self.window)
        self.window.show()
        self.qtbot = qtbot

    @property
    def home(self):
        return self.window.home

    @property
    def team(self):
        return self.window.home.team

    def activate(self) -> None:
        self.window.activateWindow()
        self.qtbot.waitUntil(self.window.isActiveWindow)

    def rows(self) -> list[list[str]]:
        model = self.team.model
        return [[model.index(r, c).data() or "" for c in range(model.columnCount())]
                for r in range(model.rowCount())]

    def wait_for_row(self, title: str, state: str) -> list[str]:
        def found() -> bool:
            return any(row[TITLE] == title and row[STATE].startswith(state)
                       for row in self.rows())

        self.qtbot.waitUntil(found, timeout=10_000)
        return next(row for row in self.rows() if row[TITLE] == title)

    def select_in_library(self, workshop_id: str) -> None:
        model = self.home.model
        self.home.table.setCurrentIndex(model.index(model.row_of(workshop_id), LIBRARY_TITLE))
        self.home.table.setFocus()


@pytest.fixture
def laptops(qtbot, tmp_path: Path, folder: Path):
    from PySide6.QtCore import QSettings

    def settings(name: str) -> QSettings:
        return QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)

    claire = Laptop(qtbot, tmp_path, "claire", settings)
    malik = Laptop(qtbot, tmp_path, "malik", settings)
    return claire, malik


def use_folder(laptop: Laptop, folder: Path, coach: str) -> None:
    set_team_settings(laptop.repository, folder, coach)
    laptop.team.follow_settings()


def fresh(repository: Repository) -> Repository:
    return Repository(open_library(repository.path))


# Choosing the folder ------------------------------------------------------------------


def test_the_folder_and_the_name_are_chosen_in_the_dialog_by_keyboard(laptops, folder, qtbot):
    claire, _ = laptops
    # Said once the window has appeared (the library first).
    qtbot.waitUntil(lambda: "No team folder yet" in claire.team.notice.text())
    claire.activate()
    press(claire.home.search, Qt.Key.Key_F, CTRL_SHIFT)
    dialog = claire.team.team_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.folder_edit.isEnabled()  # no team folder yet
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)  # Use a team folder (Qt animates the click)
    qtbot.waitUntil(dialog.use_box.isChecked)
    assert dialog.folder_edit.isEnabled()
    claire.prompts.answers.append(folder)
    qtbot.keyClick(dialog, Qt.Key.Key_C, ALT)  # Choose…: the prompt seam's folder chooser
    qtbot.waitUntil(lambda: bool(claire.prompts.asked))
    assert claire.prompts.asked[-1] == ("choose_folder", "Choose the team folder")
    assert dialog.folder_edit.text() == str(folder)
    assert dialog.coach_edit.hasFocus()
    dialog.coach_edit.selectAll()
    type_text(dialog.coach_edit, "Claire Dupré-Lefèvre")
    press(dialog.coach_edit, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    chosen, writer = team_settings(fresh(claire.repository))
    assert chosen == folder and writer.coach == "Claire Dupré-Lefèvre"
    assert str(folder) in claire.team.where_label.full_text()
    assert "Claire Dupré-Lefèvre" in claire.home.message.text()
    assert "No workshop in the team folder yet" in claire.team.notice.text() or (
        claire.team.watch.busy)


def test_a_folder_that_does_not_exist_is_said_and_nothing_is_saved(laptops, tmp_path, qtbot):
    claire, _ = laptops
    claire.activate()
    claire.team.team_actions.settings_action.trigger()
    dialog = claire.team.team_actions.dialog
    dialog.use_box.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path / "nowhere"))
    press(dialog.coach_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "cannot be found" in dialog.error_label.text()
    assert "Traceback" not in dialog.error_label.text()
    assert team_settings(fresh(claire.repository))[0] is None
    dialog.reject()


def test_stop_using_the_team_folder(laptops, folder, qtbot):
    claire, _ = laptops
    use_folder(claire, folder, "Claire")
    claire.activate()
    claire.team.team_actions.settings_action.trigger()
    dialog = claire.team.team_actions.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)  # untick "Use a team folder"
    qtbot.waitUntil(lambda: not dialog.use_box.isChecked())
    press(dialog.coach_edit, Qt.Key.Key_Return)
    assert team_settings(fresh(claire.repository))[0] is None
    assert "No team folder yet" in claire.team.notice.text()
    assert not claire.team.share_button.isVisible()


# Sharing, seeing, opening ---------------------------------------------------------------


def test_shared_on_one_laptop_it_appears_on_the_other_which_opens_it(laptops, folder, qtbot):
    claire, malik = laptops
    (workshop,) = add_samples(claire.repository, (Language.FRENCH,))
    use_folder(claire, folder, "Claire")
    use_folder(malik, folder, "Malik Ben Saïd")
    claire.home.refresh()
    claire.activate()
    claire.select_in_library(workshop.id)

    qtbot.mouseClick(claire.team.share_button, Qt.MouseButton.LeftButton)

    (path,) = folder.iterdir()
    assert path.suffix == ".okrw"
    assert f"“{workshop.title}” is in the team folder" in claire.home.message.text()
    claire.wait_for_row(workshop.title, "Shared, up to date")
    # Malik's window is told by the file watcher: nobody asked it to read the folder.
    row = malik.wait_for_row(workshop.title, "A colleague’s, not in your library")
    assert row[WHOSE].startswith("Claire on ")
    assert row[WHEN].startswith("Today at ")
    assert row[-1] == "1"
    assert malik.repository.list_workshops() == []

    malik.activate()
    malik.team.table.setFocus()
    press(malik.team.table, Qt.Key.Key_Return)

    assert malik.window.workshop_view is not None
    assert workshop.title in malik.window.windowTitle()
    (summary,) = fresh(malik.repository).list_workshops()
    assert summary.id == workshop.id  # the same workshop, not a copy with new ids
    malik.window.show_home()
    malik.wait_for_row(workshop.title, "Shared, up to date")


def test_sharing_by_mistake_is_undone_from_the_message(laptops, folder, qtbot):
    claire, _ = laptops
    (workshop,) = add_samples(claire.repository, (Language.ENGLISH,))
    use_folder(claire, folder, "Claire")
    claire.home.refresh()
    claire.activate()
    claire.select_in_library(workshop.id)
    press(claire.home.table, Qt.Key.Key_S, CTRL_SHIFT)
    assert len(list(folder.iterdir())) == 1

    qtbot.mouseClick(claire.home.message.action_button, Qt.MouseButton.LeftButton)

    assert list(folder.iterdir()) == []
    assert fresh(claire.repository).team.link(workshop.id) is None
    assert fresh(claire.repository).load_workshop(workshop.id).title == workshop.title
    assert "no longer in the team folder" in claire.home.message.text()


def test_update_brings_a_colleagues_newer_version_and_leaves_unpublished_edits(
        laptops, folder, qtbot):
    claire, malik = laptops
    first, second = add_samples(claire.repository)
    use_folder(claire, folder, "Claire")
    use_folder(malik, folder, "Malik")
    claire.home.refresh()
    claire.activate()
    for workshop in (first, second):
        claire.select_in_library(workshop.id)
        qtbot.mouseClick(claire.team.share_button, Qt.MouseButton.LeftButton)
    malik.wait_for_row(first.title, "A colleague’s, not in your library")
    malik.wait_for_row(second.title, "A colleague’s, not in your library")
    for workshop in (first, second):
        malik.team.table.setCurrentIndex(
            malik.team.model.index(malik.team.model.row_of(workshop.id), TITLE))
        malik.team.team_actions.open_action.trigger()
        malik.window.show_home()
    # Claire publishes a new title of the first; Malik edits the second without publishing.
    claire.repository.save_workshop_header(
        replace(claire.repository.load_workshop(first.id), title="Séminaire <b>2027</b> 🚀"))
    publish(claire.repository, folder, first.id, Writer("Claire", "LAPTOP-12"))
    malik.repository.save_workshop_header(
        replace(malik.repository.load_workshop(second.id), title="Mine, not published"))
    malik.team.rescan()
    malik.wait_for_row(first.title, "A colleague published a newer version")
    malik.wait_for_row("Mine, not published", "Changes not yet published")

    malik.activate()
    press(malik.home.table, Qt.Key.Key_U, CTRL_SHIFT)

    on_disk = fresh(malik.repository)
    assert on_disk.load_workshop(first.id).title == "Séminaire <b>2027</b> 🚀"
    assert on_disk.load_workshop(second.id).title == "Mine, not published"
    message = malik.home.message.text()
    assert "“Séminaire <b>2027</b> 🚀” was updated from the team folder." in message
    assert "“Mine, not published”" in message
    assert "Séminaire <b>2027</b> 🚀" in [s.title for s in on_disk.list_workshops()]
    malik.wait_for_row("Séminaire <b>2027</b> 🚀", "Shared, up to date")


# What goes wrong --------------------------------------------------------------------------


def test_a_bad_file_is_shown_with_its_name_and_reason_and_changes_nothing(
        laptops, folder, qtbot):
    _, malik = laptops
    (folder / "Atelier cassé.okrw").write_text('{"format": "okr-workshop", "vers', "utf-8")
    use_folder(malik, folder, "Malik")
    said = "Unreadable file: "
    row = malik.wait_for_row("Atelier cassé.okrw", said)  # its name, then the reason
    assert len(row[STATE]) > len(said) + 10
    tip = malik.team.model.index(0, STATE).data(Qt.ItemDataRole.ToolTipRole)
    # Shown as written (escaped, never read as HTML): the file's name, then the reason.
    assert tip.startswith(f"<qt>Unreadable file “Atelier cassé.okrw”: {row[STATE][len(said):]}")

    malik.activate()
    malik.team.table.setFocus()
    press(malik.team.table, Qt.Key.Key_Return)
    assert malik.window.workshop_view is None
    assert "Nothing was read from this file." in malik.home.message.text()
    press(malik.home.table, Qt.Key.Key_U, CTRL_SHIFT)
    assert fresh(malik.repository).list_workshops() == []
    assert (folder / "Atelier cassé.okrw").read_text("utf-8").endswith('"vers')


def test_a_vanished_folder_is_said_in_the_panel_and_noticed_when_it_comes_back(
        laptops, folder, qtbot):
    claire, _ = laptops
    (workshop,) = add_samples(claire.repository, (Language.FRENCH,))
    use_folder(claire, folder, "Claire")
    claire.home.refresh()
    claire.activate()
    claire.select_in_library(workshop.id)
    qtbot.mouseClick(claire.team.share_button, Qt.MouseButton.LeftButton)
    claire.wait_for_row(workshop.title, "Shared, up to date")
    moved = folder.with_name("elsewhere")
    folder.rename(moved)  # an unplugged drive, a share gone

    claire.team.rescan()
    qtbot.waitUntil(lambda: "cannot be found" in claire.team.notice.text(), timeout=10_000)
    assert claire.team.notice.isVisible() and not claire.team.table.isVisible()
    assert str(folder) in claire.team.notice.text()
    press(claire.home.table, Qt.Key.Key_U, CTRL_SHIFT)  # said, never a traceback
    assert any(kind == "error" and "cannot be found" in text
               for kind, text in claire.prompts.asked)
    assert fresh(claire.repository).load_workshop(workshop.id).title == workshop.title

    moved.rename(folder)
    claire.team.rescan()
    claire.wait_for_row(workshop.title, "Shared, up to date")
    assert claire.team.table.isVisible()


def test_a_folder_that_hangs_never_freezes_the_window(laptops, folder, qtbot, monkeypatch):
    import threading

    claire, _ = laptops
    release = threading.Event()
    import okr_workshop.app.team_folder as team_folder

    real = team_folder.scan_team_folder

    def stalled(path):
        release.wait(10)
        return real(path)

    monkeypatch.setattr(team_folder, "scan_team_folder", stalled)
    use_folder(claire, folder, "Claire")
    # The window answers while the folder is being read, and reads it once, not once more
    # per request.
    for _ in range(3):
        claire.team.rescan()
        QApplication.processEvents()
    assert claire.team.watch.busy and claire.team.state_label.text() == "Reading…"
    release.set()
    qtbot.waitUntil(lambda: not claire.team.watch.busy, timeout=10_000)
    qtbot.waitUntil(lambda: "No workshop in the team folder" in claire.team.notice.text())


# The guard rail ----------------------------------------------------------------------------


def test_a_library_inside_a_synced_folder_is_warned_about(qtbot, tmp_path, settings):
    synced = tmp_path / "Sync"
    synced.mkdir()
    (synced / ".stfolder").mkdir()  # what Syncthing puts in every folder it shares
    repository = Repository(open_library(synced / "library.sqlite3"))
    window = MainWindow(repository, settings, ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    banner = window.home.banner
    assert banner.isVisible()
    assert "Syncthing" in banner.text() and str(synced / "library.sqlite3") in banner.text()
    assert "team folder" in banner.text()


def test_no_warning_for_a_library_outside_synced_folders(main_window):
    assert not main_window.home.banner.isVisible()


def test_the_team_folder_model(qtmodeltester, laptops, folder, qtbot):
    claire, _ = laptops
    add_samples(claire.repository)
    (folder / "x.okrw").write_text("{}", "utf-8")
    use_folder(claire, folder, "Claire")
    claire.home.refresh()
    for summary in claire.repository.list_workshops():
        claire.select_in_library(summary.id)
        claire.team.team_actions.share_action.trigger()
    qtbot.waitUntil(lambda: claire.team.model.rowCount() == 3, timeout=10_000)
    qtmodeltester.check(claire.team.model)


def test_gone_folder_files_do_not_hide_the_library(laptops, folder):
    claire, _ = laptops
    use_folder(claire, folder, "Claire")
    shutil.rmtree(folder)
    claire.team.rescan()
    assert claire.home.pages.isVisible()


def test_the_team_folder_cannot_be_the_librarys_own_folder(laptops, tmp_path, qtbot):
    claire, _ = laptops
    claire.activate()
    claire.team.team_actions.settings_action.trigger()
    dialog = claire.team.team_actions.dialog
    dialog.use_box.setChecked(True)
    dialog.folder_edit.setText(str(tmp_path))  # where claire.sqlite3 is
    press(dialog.coach_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Your library is in this folder" in dialog.error_label.text()
    assert team_settings(fresh(claire.repository))[0] is None
    dialog.reject()


@pytest.mark.parametrize("language", [Language.ENGLISH, Language.FRENCH], ids=["en", "fr"])
def test_each_alt_letter_means_one_thing_with_the_team_folder(
        language, qapp, qtbot, tmp_path, folder, settings):
    from PySide6.QtCore import QLocale

    from okr_workshop.ui.language import install_language, uninstall_language
    from tests.ui.test_mnemonics import clashes
    from tests.ui.test_workshop_window import mnemonic

    before = QLocale()
    if language is Language.FRENCH:
        install_language(Language.FRENCH)
    try:
        repository = Repository(open_library(tmp_path / "library.sqlite3"))
        (workshop,) = add_samples(repository, (language,))
        set_team_settings(repository, folder, "Claire")
        window = MainWindow(repository, settings, ScriptedPrompts())
        qtbot.addWidget(window)
        window.show()
        home = window.home
        qtbot.waitUntil(lambda: home.team.folder is not None)  # read once the window appears
        home.team.team_actions.share_action.trigger()  # the message bar offers Undo
        assert home.message.action_button.isVisible()
        assert home.team.share_button.isVisible()
        assert clashes(window, home) == {}
        file_menu = window.menuBar().actions()[0].menu()
        letters = [mnemonic(a.text()) for a in file_menu.actions() if not a.isSeparator()]
        letters = [letter for letter in letters if letter]
        assert len(letters) == len(set(letters)), letters
        home.team.team_actions.settings_action.trigger()
        dialog = home.team.team_actions.dialog
        assert clashes(None, dialog) == {}
        dialog.reject()
    finally:
        uninstall_language()
        QLocale.setDefault(before)


# Reading the folder when the watcher says nothing -------------------------------------------


def deaf(watch) -> None:
    """A folder whose changes are never notified (a network share, some engines)."""
    watch._watcher.addPath = lambda _path: False


def test_the_folder_is_read_again_every_little_while_when_no_change_is_notified(
        qtbot, folder, monkeypatch):
    import okr_workshop.ui.team.folder_watch as folder_watch

    monkeypatch.setattr(folder_watch, "RESCAN_MS", 100)
    watch = folder_watch.FolderWatch()
    deaf(watch)
    seen: list[object] = []
    watch.scanned.connect(lambda _folder, result: seen.append(result))
    watch.watch(folder)
    qtbot.waitUntil(lambda: bool(seen))
    (folder / "arrived later.okrw").write_text("{}", "utf-8")
    qtbot.waitUntil(lambda: any(getattr(r, "bad", None) for r in seen), timeout=5000)
    watch.watch(None)


def test_the_folder_is_read_again_when_the_library_is_shown(laptops, folder, qtbot):
    claire, _ = laptops
    (workshop,) = add_samples(claire.repository, (Language.FRENCH,))
    use_folder(claire, folder, "Claire")
    deaf(claire.team.watch)
    claire.team.watch._watcher.removePaths(claire.team.watch._watcher.directories() or [""])
    qtbot.waitUntil(lambda: not claire.team.watch.busy)
    claire.window.open_workshop(workshop.id)
    from okr_workshop.app.team_folder import share_workshop

    share_workshop(claire.repository, folder, workshop.id, Writer("Claire", "LAPTOP-12"))
    assert claire.team.model.rowCount() == 0  # nothing told the hidden page
    claire.window.show_home()
    claire.wait_for_row(workshop.title, "Shared, up to date")


def test_the_team_folder_speaks_french(french_ui, qtbot, tmp_path, folder, settings):
    from PySide6.QtCore import QSettings

    claire = Repository(open_library(tmp_path / "claire.sqlite3"))
    (workshop,) = add_samples(claire, (Language.FRENCH,))
    from okr_workshop.app.team_folder import share_workshop

    share_workshop(claire, folder, workshop.id, Writer("Claire", "LAPTOP-12"))
    (folder / "cassé.okrw").write_text("[]", "utf-8")
    malik = Laptop(qtbot, tmp_path, "malik",
                   lambda name: QSettings(str(tmp_path / f"{name}.ini"),
                                          QSettings.Format.IniFormat))
    use_folder(malik, folder, "Malik")
    row = malik.wait_for_row(workshop.title, "D’un collègue, absent de votre bibliothèque")
    assert row[WHOSE] == "Claire sur LAPTOP-12"
    assert row[WHEN].startswith("Aujourd’hui à ")
    bad = malik.wait_for_row("cassé.okrw", "Fichier illisible\u00a0: ")
    assert "Ce fichier" in bad[STATE] or len(bad[STATE]) > 30  # the reason, in French
    headers = [malik.team.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Atelier", "État", "Publié par", "Publié", "Révision"]
    assert malik.team.share_button.text() == "&Partager dans le dossier d’équipe"
    malik.activate()
    malik.team.table.setCurrentIndex(malik.team.model.index(
        malik.team.model.row_of(workshop.id), TITLE))
    malik.team.table.setFocus()
    press(malik.team.table, Qt.Key.Key_Return)
    assert malik.window.workshop_view is not None
    malik.window.show_home()
    assert malik.home.message.text() == (
        f"«\u00a0{workshop.title}\u00a0» a été ajouté à votre bibliothèque depuis le "
        "dossier d’équipe, relié à son fichier.")


def test_share_from_the_team_list_publishes_the_changes_of_the_row_selected(
        laptops, folder, qtbot):
    from okr_workshop.app.team_folder import share_workshop
    from okr_workshop.storage.team_file import read_team_file

    claire, _ = laptops
    first, second = add_samples(claire.repository)
    for workshop in (first, second):
        share_workshop(claire.repository, folder, workshop.id, Writer("Claire", "LAPTOP-12"))
    claire.repository.save_workshop_header(
        replace(claire.repository.load_workshop(second.id), title="Q1 <i>2027</i> — révisé"))
    use_folder(claire, folder, "Claire Dupré")
    claire.home.refresh()
    claire.select_in_library(first.id)  # the library's selection is another workshop
    claire.wait_for_row("Q1 <i>2027</i> — révisé", "Changes not yet published")
    claire.activate()
    model = claire.team.model
    claire.team.table.setCurrentIndex(model.index(model.row_of(second.id), TITLE))
    claire.team.table.setFocus()

    press(claire.team.table, Qt.Key.Key_S, CTRL_SHIFT)

    files = {read_team_file(p).workshop.id: read_team_file(p) for p in folder.iterdir()}
    assert files[second.id].header.revision == 2
    assert files[second.id].header.author == "Claire Dupré"
    assert files[second.id].workshop.title == "Q1 <i>2027</i> — révisé"
    assert files[first.id].header.revision == 1
    assert claire.home.message.text() == (
        "Your changes to “Q1 <i>2027</i> — révisé” were published in the team folder "
        "(revision 2).")
    press(claire.team.table, Qt.Key.Key_S, CTRL_SHIFT)  # nothing new: nothing written
    (path,) = [p for p in folder.iterdir() if read_team_file(p).workshop.id == second.id]
    assert read_team_file(path).header.revision == 2
    assert claire.home.message.text() == (
        "“Q1 <i>2027</i> — révisé” is up to date in the team folder (revision 2).")
    claire.wait_for_row("Q1 <i>2027</i> — révisé", "Shared, up to date")
