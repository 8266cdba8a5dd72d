"""The Steering step on the audience view: the check-in round as it is typed (each key
reaches the room before Enter), the round and the room's next/previous keys moving
together, the dashboard outside a round, and legibility at 1920×1080."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.fist_to_five import FistToFive
from okr_workshop.domain.model import Language, Step
from okr_workshop.domain.steering.dashboard import kept_key_results
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.check_in_view import CheckInRoundView
from okr_workshop.ui.room.scene import BLUE
from okr_workshop.ui.room.scenes.steering_scene import SteeringScene
from tests.ui.room.room_workshops import messy_workshop
from tests.ui.room.scene_checks import follow, legibility_problems, room_scene
from tests.ui.steering.round_helpers import key, open_round, steering_workshop, type_here


@pytest.fixture
def round_and_scene(qtbot, main_window, repository, monkeypatch):
    workshop = steering_workshop(teams=2, language=Language.ENGLISH)
    scene = room_scene(qtbot, SteeringScene)  # first: the console then takes the keys
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch)
    follow(scene, tab.bridge.room)
    return tab, scene


def test_each_key_typed_in_the_round_reaches_the_room(round_and_scene):
    tab, scene = round_and_scene
    room, shown = tab.bridge.room, scene.round
    first = tab.model.row_at(0)
    assert room.pointer.key_result_id == first.kr.id
    assert room.pointer.team_id == first.team.id
    assert shown.sentence.text() == first.kr.text
    assert shown.where.text().startswith("Check-in round · 1 of 12")
    type_here("4")
    assert shown.figures[1].text() == "4"
    type_here("2,5")
    assert shown.figures[1].text() == "42.5"  # read as the English window writes it
    newest = shown.chart.chart.runs[-1][-1]  # the chart shows it where it falls
    assert (newest.on, newest.value) == (tab.round_day(), 42.5)
    key(Qt.Key.Key_Tab)
    type_here("8")
    assert shown.figures[2].text() == "8/10"
    key(Qt.Key.Key_Tab)
    type_here("Pilote lancé « enfin » 🚀")
    assert shown.comment.text() == "What changed: Pilote lancé « enfin » 🚀"
    assert not tab.bridge.workshop.objective(first.objective.id).key_results[0].check_ins
    key(Qt.Key.Key_Return)  # saved; the round goes on to the next key result
    assert tab.bridge.workshop.objective(first.objective.id).key_results[0].check_ins
    second = tab.model.row_at(1)
    assert room.pointer.key_result_id == second.kr.id
    assert shown.sentence.text() == second.kr.text
    assert shown.comment.isHidden()


def test_the_rooms_next_key_moves_the_round(round_and_scene):
    tab, scene = round_and_scene
    room = tab.bridge.room
    ahead = scene.moved(room.workshop, room.pointer, +1)
    room.point(team_id=ahead.team_id, objective_id=ahead.objective_id,
               key_result_id=ahead.key_result_id)
    assert tab.model.row_at(tab.view.currentIndex().row()).kr.id == ahead.key_result_id
    assert scene.round.sentence.text() == tab.model.row_at(1).kr.text
    back = scene.moved(room.workshop, room.pointer, -1)
    assert back.key_result_id == tab.model.row_at(0).kr.id


def test_off_the_round_the_room_sees_where_the_team_stands(round_and_scene, main_window):
    tab, scene = round_and_scene
    page = main_window.workshop_view.current_page()
    page.tabs.setCurrentIndex(1)  # Progress
    assert tab.bridge.room.overlay is None
    assert scene.parts.currentWidget() is scene.dashboard
    assert scene.texts()[0].startswith("Where we stand — ")
    page.tabs.setCurrentIndex(0)  # back to the round: it goes up again
    assert isinstance(tab.bridge.room.overlay, CheckInRoundView)
    assert scene.parts.currentWidget() is scene.round


def test_the_progress_tab_chooses_the_team_the_room_sees(round_and_scene, main_window):
    tab, scene = round_and_scene
    page = main_window.workshop_view.current_page()
    page.tabs.setCurrentIndex(1)
    progress = page.tabs.currentWidget()
    assert scene.texts()[0] == "Where we stand — all teams"
    team = tab.bridge.workshop.teams[1]
    progress.teams.setCurrentIndex(progress.teams.findData(team.id))
    assert scene.texts()[0] == f"Where we stand — {team.name}"
    room = tab.bridge.room
    ahead = scene.moved(room.workshop, room.pointer, +1)
    room.point(team_id=ahead.team_id, objective_id=ahead.objective_id,
               key_result_id=ahead.key_result_id)
    chosen = progress.model.row_at(progress.list.currentIndex().row())
    assert chosen.kr.id == ahead.key_result_id and chosen.team.id == team.id
    picked = [line.text() for line in scene.dashboard.lines
              if line.palette().color(QPalette.ColorRole.WindowText) == BLUE]
    assert len(picked) == 1 and chosen.kr.text in picked[0]  # the room sees which one


def test_coming_back_to_the_step_puts_the_round_up_again(round_and_scene, main_window):
    tab, scene = round_and_scene
    main_window.workshop_view.go_to(Step.REVIEW)
    assert not isinstance(tab.bridge.room.overlay, CheckInRoundView)
    main_window.workshop_view.go_to(Step.STEERING)
    assert isinstance(tab.bridge.room.overlay, CheckInRoundView)


def _workshop(which: str, language: Language):
    return (sample_workshop(language) if which == "sample"
            else messy_workshop(25, language, step=Step.STEERING))


@pytest.mark.parametrize("state", ["round", "vote", "team", "all"])
@pytest.mark.parametrize("which", ["sample", "messy25"])
def test_legible_at_1080p(qtbot, room_language, which, state):
    workshop = _workshop(which, room_language)
    rows = kept_key_results(workshop)
    team, objective, kr = max(rows, key=lambda r: len(r[2].text))  # the longest sentence
    pointer = Pointer(Step.STEERING, team_id=team.id, objective_id=objective.id,
                      key_result_id=kr.id)
    order = tuple(r[2].id for r in rows)
    overlay = {
        "round": CheckInRoundView(kr.id, "1 234,5 €", 7, "« Pilote » lancé 🚀 " * 4, 3, order),
        "vote": CheckInRoundView(kr.id, "", 4, "", 3, order,
                                 vote=FistToFive((1, 0, 2, 3, 4, 2), kr.id)),
        "team": None, "all": None,
    }[state]
    if state == "all":
        pointer = Pointer(Step.STEERING)
    scene = room_scene(qtbot, SteeringScene)
    scene.show_room(workshop, pointer, overlay)
    assert legibility_problems(scene) == []
    if state == "vote":
        assert scene.round.warning.isVisibleTo(scene)
    if state == "all" and which == "messy25":
        assert scene.texts()[-1].startswith("+")  # 25 teams: summarised, not shrunk


def test_a_spread_put_up_on_its_own_shows_over_the_pointed_key_result(qtbot):
    workshop = sample_workshop(Language.ENGLISH)
    team, objective, kr = kept_key_results(workshop)[0]
    scene = room_scene(qtbot, SteeringScene)
    scene.show_room(workshop, Pointer(Step.STEERING, team_id=team.id, key_result_id=kr.id),
                    FistToFive((0, 0, 0, 4, 2, 1)))  # 3 to 5 fingers: close enough
    assert scene.round.sentence.text() == kr.text
    assert scene.round.bars.texts()[3:] == ["3: 4", "4: 2", "5: 1"]
    assert scene.round.vote_line.text() == "7 people · middle hand 3 → confidence 6/10"
    assert not scene.round.warning.isVisibleTo(scene)
