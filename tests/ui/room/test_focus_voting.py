"""Dot voting on the Focus page: a tally typed count by count (one undo each), a re-cast the
coach allows, earlier rounds kept and readable, the console's counts hidden while a secret
ballot runs, and the audience view's next/previous keys moving the page's team."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.model import Step
from okr_workshop.domain.voting import totals, voters
from okr_workshop.ui.models.focus_model import FocusModel
from okr_workshop.ui.pages.focus_page import FocusPage
from tests.ui.keyboard import press, type_text
from tests.ui.room.focus_room_data import room_workshop

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(main_window, repository) -> FocusPage:
    workshop = room_workshop()
    repository.add_workshop(workshop)
    main_window.open_workshop(workshop.id)
    main_window.workshop_view.go_to(Step.FOCUS)
    page = main_window.workshop_view.current_page()
    assert isinstance(page, FocusPage)
    return page


def start(qtbot, page: FocusPage, mode_text: str, dots: int = 3, cap: int = 2) -> None:
    panel = page.voting.panel
    panel.mode.setCurrentIndex(panel.mode.findText(mode_text))
    panel.dots.setValue(dots)
    panel.cap.setValue(cap)
    qtbot.mouseClick(panel.start_button, LEFT)


def test_a_tally_is_typed_count_by_count_and_each_count_undoes_alone(qtbot, main_window, page):
    start(qtbot, page, "Tally")
    bridge = main_window.workshop_view.bridge
    team = bridge.workshop.teams[0]
    boxes = page.voting.panel.tally.boxes
    first, second = (o.id for o in team.objectives[:2])
    boxes[first].setFocus()
    boxes[first].selectAll()
    type_text(boxes[first], "12")
    press(boxes[first], Qt.Key.Key_Return)
    boxes[second].setFocus()  # leaving a box confirms its count, so does the arrow
    press(boxes[second], Qt.Key.Key_Up)
    (round_,) = bridge.workshop.vote_rounds
    assert totals(round_, [first, second]) == {first: 12, second: 1}
    # The room sees the wall's counts as they are typed.
    room = bridge.room
    assert type(room.overlay).__name__ == "TallyInProgress"

    main_window.undo_action.trigger()  # the arrow's count only
    assert totals(bridge.workshop.vote_rounds[0], [first, second]) == {first: 12, second: 0}
    assert boxes[second].value() == 0 and boxes[first].value() == 12

    qtbot.mouseClick(page.voting.panel.reveal_button, LEFT)
    assert bridge.workshop.objective(first).votes == 12
    assert boxes[first].isReadOnly()  # a revealed round is read, not typed
    assert page.model.index(0, FocusModel.TITLE).data() == team.objectives[0].title


def test_a_recast_needs_the_coachs_leave_and_replaces_the_first_ballot(qtbot, main_window, page):
    start(qtbot, page, "Secret ballot")
    bridge = main_window.workshop_view.bridge
    team = bridge.workshop.teams[0]
    person = next(p for p in bridge.workshop.participants if p.team_id == team.id)
    panel, booth = page.voting.panel, page.voting.booth
    qtbot.mouseClick(panel.booth_button, LEFT)
    qtbot.mouseClick(booth.names.buttons[person.id], LEFT)
    qtbot.mouseClick(booth.ballot.plus[team.objectives[0].id], LEFT)
    qtbot.keyClick(booth.ballot.plus[team.objectives[0].id], Qt.Key.Key_Return)  # casts
    assert booth.pages.currentWidget() is booth.names
    assert not booth.names.buttons[person.id].isEnabled()

    panel.recast.setChecked(True)  # the coach, from the console
    assert booth.names.buttons[person.id].isEnabled()
    qtbot.mouseClick(booth.names.buttons[person.id], LEFT)
    assert booth.ballot.left.text() == "3 dots left of 3 (at most 2 on one objective)"
    qtbot.mouseClick(booth.ballot.plus[team.objectives[1].id], LEFT)
    qtbot.mouseClick(booth.ballot.plus[team.objectives[1].id], LEFT)
    assert booth.ballot.left.text() == "1 dot left of 3 (at most 2 on one objective)"
    qtbot.mouseClick(booth.ballot.cast_button, LEFT)
    (round_,) = bridge.workshop.vote_rounds
    ids = [o.id for o in team.objectives[:2]]
    assert voters(round_) == {person.id}
    assert totals(round_, ids) == {ids[0]: 0, ids[1]: 2}
    main_window.undo_action.trigger()
    assert totals(bridge.workshop.vote_rounds[0], ids) == {ids[0]: 1, ids[1]: 0}


def test_during_a_secret_ballot_the_console_hides_and_refuses_counts(qtbot, main_window, page):
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert page.vote_up_button.isEnabled()
    start(qtbot, page, "Secret ballot")
    assert page.table.isColumnHidden(FocusModel.VOTES)
    page.table.setCurrentIndex(page.model.index(0, 0))
    assert not page.vote_up_button.isEnabled()
    page.table.setFocus()
    press(page.table, Qt.Key.Key_Plus)  # the key does nothing either
    bridge = main_window.workshop_view.bridge
    assert all(o.votes == 0 for o in bridge.workshop.teams[0].objectives)


def test_a_revote_is_a_new_round_and_the_first_stays_readable(qtbot, main_window, page):
    bridge = main_window.workshop_view.bridge
    first_objective = bridge.workshop.teams[0].objectives[0].id
    start(qtbot, page, "Tally")
    box = page.voting.panel.tally.boxes[first_objective]
    box.setFocus()
    press(box, Qt.Key.Key_Up)
    qtbot.mouseClick(page.voting.panel.reveal_button, LEFT)
    start(qtbot, page, "Secret ballot", dots=5, cap=3)
    rounds = page.voting.panel.rounds
    assert [rounds.itemText(i) for i in range(rounds.count())] == [
        "Round 1, tally: revealed", "Round 2, secret ballot: open"]
    assert rounds.currentIndex() == 1
    assert "5 dots each, at most 3 on one objective." in page.voting.panel.state.text()
    rounds.setCurrentIndex(0)
    rounds.activated.emit(0)
    assert page.voting.panel.tally.boxes[first_objective].value() == 1
    assert page.voting.panel.state.text().startswith("Revealed")
    assert len(bridge.workshop.vote_rounds) == 2


def test_the_audience_views_next_key_moves_the_pages_team(qtbot, main_window, page):
    bridge = main_window.workshop_view.bridge
    first, second = bridge.workshop.teams
    assert bridge.room.pointer.team_id == first.id
    bridge.room.point(team_id=second.id)  # what the audience window does on N
    assert page.team_combo.currentData() == second.id
    page.choose_team_row(0)
    assert bridge.room.pointer.team_id == first.id


def test_revealing_before_everyone_voted_asks_first(qtbot, main_window, page):
    start(qtbot, page, "Secret ballot")
    bridge = main_window.workshop_view.bridge
    team = bridge.workshop.teams[0]
    person = next(p for p in bridge.workshop.participants if p.team_id == team.id)
    booth = page.voting.booth
    qtbot.mouseClick(page.voting.panel.booth_button, LEFT)
    qtbot.mouseClick(booth.names.buttons[person.id], LEFT)
    qtbot.mouseClick(booth.ballot.cast_button, LEFT)  # a blank ballot: they have voted
    qtbot.mouseClick(booth.close_button, LEFT)

    said: list[str] = []
    answers = [False, True]
    page.voting.prompts.confirm = lambda title, text: said.append(text) or answers.pop(0)
    qtbot.mouseClick(page.voting.panel.reveal_button, LEFT)
    assert said == ["Only 1 of 6 has voted. Reveal the votes now? The others can no longer "
                    "vote in this round."]
    assert not bridge.workshop.vote_rounds[0].revealed
    assert bridge.room.overlay.__class__.__name__ == "BallotInProgress"

    qtbot.mouseClick(page.voting.panel.reveal_button, LEFT)
    assert bridge.workshop.vote_rounds[0].revealed
    assert bridge.room.overlay.__class__.__name__ == "VoteRevealed"
