"""A shared workshop open in the window (issue 19): published when edits settle and on
close, updated with a colleague's revision when nothing changed here, a conflict shown and
ended from a dialog by keyboard, who else has it open, and a folder that goes away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from okr_workshop.app import team_presence
from okr_workshop.domain.model import Step
from okr_workshop.ui.team import shared_workshop
from tests.ui.keyboard import type_text
from tests.ui.team_laptops import two_laptops

FLOUR = "Faire de nos farines locales une fierté que nos clients racontent"
TYPED = "<b>Part</b> d’œufs bio 🥚 "
WAIT = 15_000  # every wait is bounded


@pytest.fixture
def laptops(tmp_path, repository, monkeypatch):
    # Short settle and check intervals: the tests wait for them, never for seconds of
    # nothing. Each test that needs only one of them lengthens the others.
    monkeypatch.setattr(shared_workshop, "SETTLE_MS", 300)
    monkeypatch.setattr(shared_workshop, "WATCH_DELAY_MS", 100)
    monkeypatch.setattr(shared_workshop, "CHECK_MS", 1000)
    return two_laptops(tmp_path, repository)


def quiet_folder(monkeypatch) -> None:
    """Nothing but the settle looks at the folder: what happens there waits for it."""
    monkeypatch.setattr(shared_workshop, "WATCH_DELAY_MS", 3_600_000)
    monkeypatch.setattr(shared_workshop, "CHECK_MS", 3_600_000)


def open_on_key_results(qtbot, window, laptops):
    window.open_workshop(laptops.workshop_id)
    assert window.team is not None
    window.workshop_view.go_to(Step.KEY_RESULTS)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.workshop_view.current_page()
    objective = next(o for o in page.bridge.workshop.objectives() if o.title == FLOUR)
    page.tree.setCurrentIndex(page.tree_model.index_of(objective.id))
    return page


def type_in_metric(page) -> str:
    metric = page.editor.metric_field
    metric.setFocus()
    metric.setCursorPosition(0)
    before = metric.text()
    type_text(metric, TYPED)
    return TYPED + before


def test_an_edit_is_published_once_it_settles(qtbot, main_window, laptops):
    page = open_on_key_results(qtbot, main_window, laptops)
    kr_id = page.key_result().id
    assert laptops.file().header.revision == 1
    expected = type_in_metric(page)
    qtbot.waitUntil(lambda: laptops.file().header.revision == 2, timeout=WAIT)
    published = laptops.file()
    assert published.header.author == "Malik Ben Saïd"
    assert next(k for k in published.file.workshop.key_results() if k.id == kr_id).metric \
        == expected
    qtbot.waitUntil(lambda: "revision 2" in main_window.statusBar().currentMessage(),
                    timeout=WAIT)
    assert main_window.statusBar().currentMessage() == \
        "Published to the team folder (revision 2)"
    assert main_window.team.bar.state.text() == "Team folder: revision 2"


@pytest.mark.parametrize("how", ["quit", "back to the library"])
def test_closing_publishes_the_typing_not_saved_yet(qtbot, main_window, laptops,
                                                    monkeypatch, how):
    monkeypatch.setattr(shared_workshop, "SETTLE_MS", 3_600_000)
    quiet_folder(monkeypatch)
    page = open_on_key_results(qtbot, main_window, laptops)
    kr_id = page.key_result().id
    marker = team_presence.marker_path(laptops.folder, laptops.workshop_id,
                                       main_window.team.writer)
    assert marker.exists()
    expected = type_in_metric(page)
    assert main_window.bridge.pending.is_pending()  # typed, not even in the library yet
    if how == "quit":
        main_window.close()
    else:
        QTest.keyClick(main_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert main_window.team is None
    published = laptops.file()
    assert published.header.revision == 2
    assert next(k for k in published.file.workshop.key_results() if k.id == kr_id).metric \
        == expected
    assert not marker.exists()  # nobody is shown as having it open any more


def test_a_colleagues_revision_updates_the_window_and_undo_stops_there(
        qtbot, main_window, laptops):
    page = open_on_key_results(qtbot, main_window, laptops)
    type_in_metric(page)
    qtbot.waitUntil(lambda: laptops.file().header.revision == 2, timeout=WAIT)
    assert main_window.undo_action.isEnabled()
    laptops.claire_publishes("Séminaire « été » — version de Claire ☀")
    qtbot.waitUntil(lambda: main_window.windowTitle().startswith("Séminaire « été »"),
                    timeout=WAIT)
    assert main_window.statusBar().currentMessage() == \
        "Updated with Claire’s changes (revision 3)"
    assert not main_window.undo_action.isEnabled()  # never undo across Claire's work
    assert main_window.workshop_view.current_page().step is Step.KEY_RESULTS
    assert laptops.here.load_workshop(laptops.workshop_id).title.endswith("Claire ☀")


def rows(tree) -> dict[str, list[tuple[str, ...]]]:
    """What the differences tree shows: each group's rows, three cells each."""
    found = {}
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        found[group.text(0)] = [tuple(group.child(j).text(c) for c in range(3))
                                for j in range(group.childCount())]
    return found


def conflict(qtbot, window, laptops, monkeypatch):
    """Claire publishes, then this laptop edits before it has seen her revision."""
    quiet_folder(monkeypatch)
    page = open_on_key_results(qtbot, window, laptops)
    laptops.claire_publishes("Version de Claire")
    expected = type_in_metric(page)
    qtbot.waitUntil(lambda: window.team.bar.text() != "", timeout=WAIT)
    return page, expected


def test_a_colleagues_revision_never_replaces_an_edit_made_here(qtbot, main_window, laptops,
                                                                monkeypatch):
    page, expected = conflict(qtbot, main_window, laptops, monkeypatch)
    assert main_window.team.bar.text() == \
        "Conflict with Claire’s version (revision 2): choose which version to keep"
    assert main_window.team.bar.state.text() == "Team folder: conflict"
    here = laptops.here.load_workshop(laptops.workshop_id)
    assert here.title != "Version de Claire"
    assert page.editor.metric_field.text() == expected
    assert laptops.file().file.workshop.title == "Version de Claire"  # nothing overwritten
    assert laptops.file().header.revision == 2


@pytest.mark.parametrize("letter", ["M", "T", "B"])
def test_keep_mine_theirs_or_both_from_the_dialog_by_keyboard(
        qtbot, main_window, laptops, monkeypatch, prompts, letter):
    page, expected = conflict(qtbot, main_window, laptops, monkeypatch)
    mine_title = laptops.here.load_workshop(laptops.workshop_id).title
    button = main_window.team.bar.conflict_bar.action_button
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    dialog = main_window.team.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)
    shown = rows(dialog.tree)
    # Side by side, by where it is: the workshop's title, and the KR typed in here.
    assert shown["Workshop"] == [("Title", mine_title, "Version de Claire")]
    (where,) = [w for w in shown if w.startswith(f"Teams › Marketing & Fidélité › {FLOUR[:20]}")]
    assert shown[where] == [("Metric", expected, expected[len(TYPED):])]
    # The selected difference whole, under the list: where, and both values.
    group = dialog.tree.findItems(where, Qt.MatchFlag.MatchExactly)[0]
    dialog.tree.setCurrentItem(group.child(0))
    assert dialog.where_label.text().endswith("Metric")
    # (toPlainText gives no-break spaces back as spaces; they are shown as typed)
    nbsp = str.maketrans("\xa0", " ")
    assert (dialog.mine_text.toPlainText(), dialog.theirs_text.toPlainText()) == \
        (expected.translate(nbsp), expected[len(TYPED):].translate(nbsp))
    dialog.tree.setFocus()
    prompts.answers.append(True)
    QTest.keyClick(dialog, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: main_window.team.dialog is None, timeout=WAIT)
    assert prompts.asked[-1][0] == "confirm"
    assert laptops.file().header.revision == 3
    titles = {w.title for w in laptops.here.list_workshops()}
    if letter == "M":
        assert laptops.file().file.workshop.title == mine_title
        assert main_window.workshop_view.current_page().editor.metric_field.text() == expected
    else:
        assert laptops.file().file.workshop.title == "Version de Claire"
        assert main_window.windowTitle().startswith("Version de Claire")
        assert main_window.workshop_view.current_page().editor.metric_field.text() != expected
    assert (f"{mine_title} (ma version)" in titles) == (letter == "B")
    assert main_window.team.bar.text() == ""
    assert not main_window.undo_action.isEnabled()


def test_later_changes_nothing_and_the_bar_stays(qtbot, main_window, laptops, monkeypatch):
    conflict(qtbot, main_window, laptops, monkeypatch)
    main_window.team.bar.conflict_bar.action_button.click()
    dialog = main_window.team.dialog
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: main_window.team.dialog is None, timeout=WAIT)
    qtbot.waitUntil(lambda: main_window.team.bar.text().startswith(
        "Conflict with Claire’s version"), timeout=WAIT)
    assert laptops.file().header.revision == 2


def test_who_else_has_it_open_is_shown_but_never_oneself(qtbot, main_window, laptops,
                                                         monkeypatch):
    open_on_key_results(qtbot, main_window, laptops)
    presence = main_window.team.bar.presence
    main_window.team.check()
    assert presence.isHidden()  # this window's own marker is there, and not shown
    laptops.claire_opens(monkeypatch)
    qtbot.waitUntil(lambda: presence.isVisible(), timeout=WAIT)
    assert presence.text().startswith("Also open by Claire on LAPTOP-12 since ")
    assert main_window.team.writer.computer not in presence.text()


def test_a_folder_gone_away_is_said_and_nothing_is_lost(qtbot, main_window, laptops,
                                                        monkeypatch):
    monkeypatch.setattr(shared_workshop, "CHECK_MS", 3_600_000)
    page = open_on_key_results(qtbot, main_window, laptops)
    kr_id = page.key_result().id
    away = laptops.folder.with_name("team-unplugged")
    laptops.folder.rename(away)
    expected = type_in_metric(page)
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith(
        "Not published"), timeout=WAIT)
    message = main_window.statusBar().currentMessage()
    assert str(laptops.folder) in message and "safe in this library" in message
    assert main_window.team.bar.state.text() == "Team folder: not published"
    stored = laptops.here.load_workshop(laptops.workshop_id)
    assert next(k for k in stored.key_results() if k.id == kr_id).metric == expected
    away.rename(laptops.folder)  # the share is back
    main_window.team.check()
    qtbot.waitUntil(lambda: laptops.file().header.revision == 2, timeout=WAIT)
    assert next(k for k in laptops.file().file.workshop.key_results()
                if k.id == kr_id).metric == expected
    assert main_window.statusBar().currentMessage() == \
        "Published to the team folder (revision 2)"


def test_a_workshop_not_shared_has_no_team_side(qtbot, main_window, french_workshop_id,
                                                laptops):
    main_window.open_workshop(french_workshop_id)
    assert main_window.team is None
    assert main_window.findChild(type(main_window.statusBar()), "teamState") is None


def test_a_half_copied_file_is_named_and_never_written_over(qtbot, main_window, laptops,
                                                             monkeypatch):
    quiet_folder(monkeypatch)
    page = open_on_key_results(qtbot, main_window, laptops)
    path = laptops.file().path
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # the engine is still copying it in
    type_in_metric(page)
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith(
        "Not published: the team file"), timeout=WAIT)
    assert f"“{path.name}”" in main_window.statusBar().currentMessage()
    assert path.read_bytes() == whole[: len(whole) // 2]
    path.write_bytes(whole)  # copied now
    main_window.team.check()
    qtbot.waitUntil(lambda: laptops.file().header.revision == 2, timeout=WAIT)


def test_in_french_the_bar_and_the_dialog_speak_french(qtbot, french_ui, repository, settings,
                                                      prompts, laptops, monkeypatch):
    from okr_workshop.ui.main_window import MainWindow

    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    conflict(qtbot, window, laptops, monkeypatch)
    assert window.team.bar.text() == ("Conflit avec la version de Claire (révision 2)\u00a0: "
                                      "choisissez la version à garder")
    assert window.team.bar.state.text() == "Dossier d’équipe\u00a0: conflit"
    window.team.bar.conflict_bar.action_button.click()
    dialog = window.team.dialog
    buttons = [b.text() for b in (dialog.mine_button, dialog.theirs_button, dialog.both_button,
                                  dialog.later_button)]
    assert buttons == ["Garder la &mienne", "Garder celle de l’&autre", "Garder les &deux",
                       "Décider plus &tard"]
    header = dialog.tree.headerItem()
    assert [header.text(c) for c in range(3)] == ["Ce qui diffère", "Votre version",
                                                  "Version de Claire"]
    assert "Équipes › Marketing & Fidélité" in "\n".join(
        dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount()))
    dialog.reject()


def test_an_engine_conflict_copy_is_shown_and_keep_theirs_takes_it(
        qtbot, main_window, laptops, monkeypatch, prompts, tmp_path):
    import json

    quiet_folder(monkeypatch)
    path = laptops.file().path
    copy = path.with_name(f"{path.stem}.sync-conflict-20261207-101500-ABCDEF7{path.suffix}")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["workshop"]["title"] = "Version de Claire, gardée par Syncthing"
    data["shared"]["author"] = "Claire"
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    main_window.open_workshop(laptops.workshop_id)
    qtbot.waitUntil(lambda: main_window.team.bar.text() != "", timeout=WAIT)
    assert main_window.team.bar.text().startswith("Conflict with Claire’s version")
    main_window.team.bar.conflict_bar.action_button.click()
    dialog = main_window.team.dialog
    assert rows(dialog.tree)["Workshop"][0][2] == "Version de Claire, gardée par Syncthing"
    prompts.answers.append(True)
    dialog.theirs_button.click()
    qtbot.waitUntil(lambda: main_window.team.dialog is None, timeout=WAIT)
    assert main_window.windowTitle().startswith("Version de Claire, gardée par Syncthing")
    assert sorted(p.name for p in laptops.folder.glob("*.okrw")) == [path.name]
    assert laptops.file().file.workshop.title == "Version de Claire, gardée par Syncthing"


def test_a_file_removed_by_a_colleague_is_said_and_the_copy_here_kept(
        qtbot, main_window, laptops, monkeypatch):
    quiet_folder(monkeypatch)
    page = open_on_key_results(qtbot, main_window, laptops)
    laptops.file().path.unlink()
    expected = type_in_metric(page)
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith(
        "Not published: this workshop’s file is no longer in the team folder"), timeout=WAIT)
    kr_id = page.key_result().id
    stored = laptops.here.load_workshop(laptops.workshop_id)
    assert next(k for k in stored.key_results() if k.id == kr_id).metric == expected
    assert list(laptops.folder.glob("*.okrw")) == []  # not written back behind their back


def test_a_colleagues_revision_waits_while_a_dialog_is_open(qtbot, main_window, laptops):
    from PySide6.QtWidgets import QMessageBox

    open_on_key_results(qtbot, main_window, laptops)
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Still there?",
                      QMessageBox.StandardButton.Ok, main_window)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box, timeout=WAIT)
    laptops.claire_publishes("Version de Claire")
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage().startswith(
        "A colleague published a newer version: Claire’s revision 2"), timeout=WAIT)
    assert not main_window.windowTitle().startswith("Version de Claire")  # not under it
    box.accept()
    qtbot.waitUntil(lambda: main_window.windowTitle().startswith("Version de Claire"),
                    timeout=WAIT)
    assert main_window.statusBar().currentMessage() == \
        "Updated with Claire’s changes (revision 2)"


def test_the_presence_marker_is_refreshed_while_the_workshop_stays_open(
        qtbot, main_window, laptops, monkeypatch):
    import json

    monkeypatch.setattr(shared_workshop, "ANNOUNCE_MS", 300)
    main_window.open_workshop(laptops.workshop_id)
    marker = team_presence.marker_path(laptops.folder, laptops.workshop_id,
                                       main_window.team.writer)
    first = json.loads(marker.read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: json.loads(marker.read_text(encoding="utf-8"))["refreshed"]
                    != first["refreshed"], timeout=WAIT)
    again = json.loads(marker.read_text(encoding="utf-8"))
    assert again["since"] == first["since"]  # still open since the same moment
