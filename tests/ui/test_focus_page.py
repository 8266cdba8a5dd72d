"""The Focus step: votes, keep within the common rule, the parking lot, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.model import (
    CommonRule,
    Objective,
    ObjectiveStatus,
    Step,
    Team,
    Workshop,
)
from okr_workshop.ui.models.focus_model import FocusModel, ParkingLotModel
from okr_workshop.ui.pages.focus_page import FocusPage
from tests.ui.keyboard import press

SHOPS = "Réseau des boutiques"
CANDIDATE = "Redonner de l’éclat à nos boutiques les plus anciennes"
PARKED = "Accueillir nos clients le dimanche après-midi en centre-ville"
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(main_window, french_workshop_id, monkeypatch) -> FocusPage:
    # Only this page in the window: a test of one step does not depend on the others.
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [FocusPage])
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.FOCUS)
    focus = main_window.workshop_view.current_page()
    assert isinstance(focus, FocusPage)
    choose_team(focus, SHOPS)
    return focus


def choose_team(page: FocusPage, name: str) -> None:
    index = page.team_combo.findText(name)
    assert index >= 0, name
    page.team_combo.setCurrentIndex(index)


def titles(page: FocusPage) -> list[str]:
    return [page.model.index(r, FocusModel.TITLE).data() for r in range(page.model.rowCount())]


def select(page: FocusPage, title: str) -> None:
    row = titles(page).index(title)
    page.table.setCurrentIndex(page.model.index(row, 0))
    page.table.setFocus()


def parked_titles(page: FocusPage) -> list[str]:
    model = page.parking_lot.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def stored(repository, workshop_id: str, title: str) -> Objective:
    workshop = repository.load_workshop(workshop_id)
    return next(o for o in workshop.objectives() if o.title == title)


def test_votes_from_keys_and_buttons_reorder_the_list_and_are_saved(
    qtbot, page, repository, french_workshop_id
):
    assert titles(page)[-1] == CANDIDATE
    select(page, CANDIDATE)
    press(page.table, Qt.Key.Key_Plus)  # 1 → 2
    for _ in range(5):  # → 7, tied with the second kept objective: the team's order wins
        qtbot.mouseClick(page.vote_up_button, Qt.MouseButton.LeftButton)
    assert titles(page)[-1] == CANDIDATE
    press(page.table, Qt.Key.Key_Up, Ctrl)  # → 8, enough to be second
    # While voting the row stays under the cursor (point 12 of issue 11)...
    assert titles(page)[-1] == CANDIDATE
    assert page.model.index(len(titles(page)) - 1, FocusModel.VOTES).data() == "8"
    # ...and the list is ranked once the keys leave it.
    page.team_combo.setFocus()
    assert titles(page)[1] == CANDIDATE
    assert page.model.index(1, FocusModel.VOTES).data() == "8"
    assert page.selected().title == CANDIDATE  # the selection follows the objective
    assert stored(repository, french_workshop_id, CANDIDATE).votes == 8

    page.table.setFocus()
    press(page.table, Qt.Key.Key_Minus)
    qtbot.mouseClick(page.vote_down_button, Qt.MouseButton.LeftButton)
    assert titles(page)[1] == CANDIDATE
    page.team_combo.setFocus()
    assert titles(page)[-1] == CANDIDATE
    assert stored(repository, french_workshop_id, CANDIDATE).votes == 6


def test_votes_never_go_below_zero(qtbot, page, repository, french_workshop_id):
    select(page, CANDIDATE)
    press(page.table, Qt.Key.Key_Minus)
    assert not page.vote_down_button.isEnabled()
    press(page.table, Qt.Key.Key_Minus)
    qtbot.mouseClick(page.vote_down_button, Qt.MouseButton.LeftButton)
    assert stored(repository, french_workshop_id, CANDIDATE).votes == 0


def test_keeping_turns_the_counter_amber_at_the_limit_then_red_past_it(
    qtbot, page, repository, french_workshop_id
):
    assert page.counter.text() == "2 / 3 kept"
    assert page.counter.property("level") == "below"
    select(page, CANDIDATE)
    press(page.table, Qt.Key.Key_K)
    assert page.counter.property("level") == "full"
    assert page.counter.text() == "3 / 3 kept: limit reached"
    assert "3" in page.counter.toolTip() and "parking" in page.counter.toolTip()

    # The rule is flexible in the sample: a fourth is allowed, and said to be too many.
    page.parking_lot.list.setCurrentIndex(page.parking_lot.model.index(0, 0))
    qtbot.mouseClick(page.parking_lot.bring_back_button, Qt.MouseButton.LeftButton)
    select(page, PARKED)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert page.counter.property("level") == "over"
    assert page.counter.text() == "4 / 3 kept: over the common rule"
    assert stored(repository, french_workshop_id, PARKED).status == ObjectiveStatus.KEPT
    assert page.notice.isVisible()
    assert "L’équipe «\u00a0Réseau des boutiques\u00a0» a 4 objectifs retenus" in page.notice.text()


def test_a_strict_rule_refuses_to_keep_past_the_limit_and_says_why(
    qtbot, page, repository, french_workshop_id
):
    page.bridge.edit(lambda s: s.update_workshop("rule", rule=CommonRule(strict=True)))
    select(page, CANDIDATE)
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)  # the third: allowed
    page.parking_lot.list.setCurrentIndex(page.parking_lot.model.index(0, 0))
    press(page.parking_lot.list, Qt.Key.Key_Return)  # Enter brings it back
    select(page, PARKED)

    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)

    assert stored(repository, french_workshop_id, PARKED).status == ObjectiveStatus.CANDIDATE
    assert page.counter.property("level") == "full"
    assert page.notice.isVisible()
    assert page.notice.text().startswith(
        "La règle commune est stricte\u00a0: «\u00a0Réseau des boutiques\u00a0» a déjà atteint "
        "sa limite d’objectifs retenus (3)."
    )
    assert "parking" in page.notice.text()  # the advice: park another one first
    # Choosing another row puts the refusal away.
    select(page, CANDIDATE)
    assert not page.notice.isVisible()


def test_parking_moves_an_objective_to_the_parking_lot_and_keeps_it(
    qtbot, page, repository, french_workshop_id
):
    top = titles(page)[0]
    select(page, top)
    press(page.table, Qt.Key.Key_P)
    assert top not in titles(page)
    assert parked_titles(page) == [top, PARKED]  # in the team's order
    assert page.parking_lot.isVisible()
    assert page.selected().title == titles(page)[0]  # the next one, ready for the next cut
    saved = stored(repository, french_workshop_id, top)
    assert saved.status == ObjectiveStatus.PARKED
    assert len(saved.key_results) == 2  # parked, not emptied

    qtbot.mouseClick(page.parking_lot.all_teams, Qt.MouseButton.LeftButton)
    workshop = repository.load_workshop(french_workshop_id)
    every = [o for o in workshop.objectives() if o.status == ObjectiveStatus.PARKED]
    assert len(parked_titles(page)) == len(every) == 9
    assert f"{SHOPS} — {top}" in parked_titles(page)


def test_ctrl_z_undoes_a_keep(qtbot, page, main_window, repository, french_workshop_id):
    select(page, CANDIDATE)
    qtbot.keyClick(page.table, Qt.Key.Key_K, Ctrl)
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.KEPT
    assert main_window.undo_action.text() == "Undo keep objective"

    main_window.undo_action.trigger()

    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.CANDIDATE
    row = titles(page).index(CANDIDATE)
    assert page.model.index(row, FocusModel.STATUS).data() == "Candidate"
    assert page.counter.text() == "2 / 3 kept"
    main_window.redo_action.trigger()
    assert page.counter.property("level") == "full"


def test_french_names_with_accents_and_emoji(qtbot, page, repository, french_workshop_id):
    team = Team(name="Équipe « Pain » 🥖")
    page.bridge.edit(lambda s: s.add("add team", team))
    idea = Objective(team_id=team.id, title="Ouvrir un fournil éphémère l’été ☀️", votes=2)
    page.bridge.edit(lambda s: s.add("add objective", idea, parent_id=team.id))
    choose_team(page, team.name)
    assert titles(page) == [idea.title]
    assert page.counter.text() == "0 / 3 kept"
    select(page, idea.title)
    qtbot.mouseClick(page.park_button, Qt.MouseButton.LeftButton)
    assert titles(page) == []
    assert parked_titles(page) == [idea.title]
    assert stored(repository, french_workshop_id, idea.title).status == ObjectiveStatus.PARKED


def test_models_pass_the_model_tester(qtmodeltester, repository, french_workshop_id):
    workshop = repository.load_workshop(french_workshop_id)
    focus = FocusModel()
    focus.set_team(workshop.teams[3])
    qtmodeltester.check(focus)
    assert focus.rowCount() == 3
    parking = ParkingLotModel()
    parking.set_teams(workshop.teams, with_team_names=True)
    qtmodeltester.check(parking)
    assert parking.rowCount() == 8
    empty = FocusModel()
    empty.set_team(None)
    qtmodeltester.check(empty)


def test_a_workshop_without_teams_says_what_to_do_first(
    qtbot, main_window, repository, monkeypatch
):
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [FocusPage])
    blank = Workshop(title="Atelier à préparer")
    repository.add_workshop(blank)
    main_window.open_workshop(blank.id)
    page = main_window.workshop_view.current_page()
    assert page.team_combo.count() == 0
    assert page.model.rowCount() == 0 and page.parking_lot.model.rowCount() == 0
    assert "Setup" in page.notice.text()
    assert not any(b.isEnabled() for b in (page.keep_button, page.park_button,
                                           page.vote_up_button))
    press(page.table, Qt.Key.Key_K)  # nothing selected, nothing happens
    assert main_window.bridge.session.undo_label is None


def test_a_refusal_goes_away_once_the_rule_makes_room(qtbot, page):
    page.bridge.edit(
        lambda s: s.update_workshop("rule", rule=CommonRule(strict=True, max_objectives_per_team=2))
    )
    select(page, CANDIDATE)
    press(page.table, Qt.Key.Key_K)
    assert page.notice.text().startswith("La règle commune est stricte")
    page.bridge.edit(
        lambda s: s.update_workshop("rule", rule=CommonRule(strict=True, max_objectives_per_team=3))
    )
    assert not page.notice.isVisible()
    press(page.table, Qt.Key.Key_K)
    assert page.selected().status == ObjectiveStatus.KEPT


def test_rows_are_tall_enough_to_tell_apart_on_a_projector(page):
    assert page.model.rowCount() > 0
    assert page.table.rowHeight(0) >= page.table.fontMetrics().height() + 10


def test_down_then_plus_votes_for_the_row_below_while_the_list_holds_still(
    qtbot, page, main_window, repository, french_workshop_id
):
    # Issue 11, point 12: the coach counts hands row by row, from the keyboard.
    page.table.setFocus()
    before = titles(page)
    votes = {t: stored(repository, french_workshop_id, t).votes for t in before}
    select(page, before[-2])
    for _ in range(9):  # enough to rank first
        press(page.table, Qt.Key.Key_Plus)
    press(page.table, Qt.Key.Key_Down)
    press(page.table, Qt.Key.Key_Plus)
    assert titles(page) == before  # nothing slid under the cursor
    assert page.selected().title == before[-1]
    assert stored(repository, french_workshop_id, before[-2]).votes == votes[before[-2]] + 9
    assert stored(repository, french_workshop_id, before[-1]).votes == votes[before[-1]] + 1
    for title in before[:-2]:
        assert stored(repository, french_workshop_id, title).votes == votes[title]

    # Leaving the step ranks the list: seen again, the most voted comes first.
    main_window.workshop_view.hide()
    main_window.workshop_view.show()
    assert titles(page)[0] == before[-2]
    assert page.selected().title == before[-1]


def test_the_letters_are_the_buttons_underlined_ones_in_english(page):
    assert page.keep_button.text() == "&Keep"
    assert "K to keep, P to park, C to make a candidate again" in page.table.toolTip()
    assert "(K or Ctrl+K)" in page.keep_button.toolTip()


def test_french_letters_are_those_of_the_french_words(
    qtbot, french_ui, repository, settings, prompts, french_workshop_id, monkeypatch
):
    # Issue 11, point 13: "R pour retenir", not "K pour retenir" (Keep) with R doing nothing.
    from okr_workshop.ui.main_window import MainWindow

    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [FocusPage])
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(french_workshop_id)
    page = window.workshop_view.current_page()
    choose_team(page, SHOPS)
    tip = page.table.toolTip()
    assert "R pour retenir, P pour mettre au parking, C pour remettre en candidat" in tip
    assert "(R ou Ctrl+K)" in page.keep_button.toolTip()
    assert "(P ou Ctrl+P)" in page.park_button.toolTip()

    select(page, CANDIDATE)
    press(page.table, Qt.Key.Key_K)  # the English letter means nothing here
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.CANDIDATE
    press(page.table, Qt.Key.Key_R)
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.KEPT
    press(page.table, Qt.Key.Key_C)
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.CANDIDATE
    press(page.table, Qt.Key.Key_P)
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.PARKED



def test_a_key_the_domain_refuses_for_this_status_changes_nothing_and_says_nothing(
    qtbot, page, main_window, repository, french_workshop_id
):
    # C on a candidate (focus.not_kept) and K on a kept objective (focus.not_a_candidate)
    # are refused by the domain's rules: nothing saved, nothing said, the one undo step
    # still the keep.
    select(page, CANDIDATE)
    assert not page.candidate_button.isEnabled()
    notice = page.notice.text()
    press(page.table, Qt.Key.Key_C)
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.CANDIDATE
    assert page.notice.text() == notice
    press(page.table, Qt.Key.Key_K)
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.KEPT
    select(page, CANDIDATE)
    assert not page.keep_button.isEnabled() and page.candidate_button.isEnabled()
    notice = page.notice.text()
    press(page.table, Qt.Key.Key_K)
    assert stored(repository, french_workshop_id, CANDIDATE).status == ObjectiveStatus.KEPT
    assert page.notice.text() == notice
    assert main_window.undo_action.text() == "Undo keep objective"
