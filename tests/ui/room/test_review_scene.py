"""The Review step on the audience view: it shows what the console's Review page shows (the
tab open is the part the room sees), frames the team selected, and reads at 1920×1080."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okr_workshop.app.samples import add_samples, sample_workshop
from okr_workshop.domain.coverage import coverage
from okr_workshop.domain.model import Language, Step
from okr_workshop.ui.models.alignment_model import AlignmentModel, Kind
from okr_workshop.ui.models.health_model import MISTAKE, STATUS
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.review_focus import ReviewFocus, ReviewPart
from okr_workshop.ui.room.scenes.review_scene import ReviewScene
from tests.ui.keyboard import press
from tests.ui.room.room_workshops import messy_workshop
from tests.ui.room.scene_checks import follow, legibility_problems, room_scene

Ctrl = Qt.KeyboardModifier.ControlModifier


def open_review(qtbot, main_window, repository):
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    main_window.open_workshop(workshop.id)
    view = main_window.workshop_view
    view.go_to(Step.REVIEW)
    scene = room_scene(qtbot, ReviewScene)
    follow(scene, view.bridge.room)
    return view.current_page(), scene


def first_objective(page):
    model = page.alignment_model
    for row in range(model.rowCount()):
        strategic = model.index(row, 0)
        for child in range(model.rowCount(strategic)):
            index = model.index(child, 0, strategic)
            if index.data(AlignmentModel.KIND_ROLE) == Kind.OBJECTIVE:
                return index
    raise AssertionError("no kept objective in the tree")


def test_the_room_sees_the_tab_the_coach_opens(qtbot, main_window, repository):
    page, scene = open_review(qtbot, main_window, repository)
    workshop = page.bridge.workshop
    texts = scene.texts()
    assert scene.part == ReviewPart.ALIGNMENT
    for strategic in workshop.strategic_objectives:
        assert strategic.title in texts
    assert "Not aligned with a strategic objective" in texts

    page.tabs.setCurrentIndex(2)  # the health of the five mistakes
    assert scene.texts()[0] == "Health of the five mistakes"
    console = [(page.health_model.index(r, STATUS).data(), page.health_model.index(r, MISTAKE)
                .data()) for r in range(page.health_model.rowCount())]
    states = scene.health.texts()
    assert [(states[r], states[5 + r]) for r in range(5)] == console

    page.tabs.setFocus()
    press(page.tabs, Qt.Key.Key_Tab, Ctrl | Qt.KeyboardModifier.ShiftModifier)  # back a tab
    assert page.tabs.currentIndex() == 1
    assert scene.part == ReviewPart.COVERAGE
    shown = " ".join(scene.texts())
    for share in coverage(workshop).departments:
        assert share.name in shown


def test_selecting_an_objective_frames_its_team_with_its_objectives(
        qtbot, main_window, repository):
    page, scene = open_review(qtbot, main_window, repository)
    index = first_objective(page)
    objective = page.bridge.workshop.objective(index.data(AlignmentModel.ID_ROLE))
    team = page.bridge.workshop.team(objective.team_id)
    assert not any(objective.title in t for t in scene.texts())
    page.alignment_tree.setCurrentIndex(index)
    assert page.bridge.room.pointer.team_id == team.id
    framed = [t for t in scene.texts() if t.startswith(team.name)]
    assert any(f"– {objective.title}" in t for t in framed)


def test_the_rooms_next_team_selects_its_objective_in_the_console(
        qtbot, main_window, repository):
    page, scene = open_review(qtbot, main_window, repository)
    room = page.bridge.room
    ahead = scene.moved(room.workshop, room.pointer, +1)
    room.point(team_id=ahead.team_id, objective_id=None, key_result_id=None)
    chosen = page.bridge.workshop.objective(
        page.alignment_tree.currentIndex().siblingAtColumn(0).data(AlignmentModel.ID_ROLE))
    assert chosen.team_id == ahead.team_id == page.bridge.workshop.teams[0].id
    assert room.pointer.objective_id == chosen.id
    assert any(f"– {chosen.title}" in t for t in scene.texts())


def test_the_next_key_steps_through_the_teams_then_the_whole_picture():
    workshop = sample_workshop(Language.ENGLISH)
    scene = ReviewScene()
    pointer = Pointer(Step.REVIEW)
    seen = []
    for _ in range(len(workshop.teams) + 1):
        pointer = scene.moved(workshop, pointer, +1)
        seen.append(pointer.team_id)
    assert seen == [t.id for t in workshop.teams] + [None]
    assert scene.moved(workshop, Pointer(Step.REVIEW), -1).team_id == workshop.teams[-1].id


def test_coverage_says_what_has_no_contribution_in_plain_words(qtbot):
    workshop = messy_workshop(25, Language.ENGLISH)
    scene = room_scene(qtbot, ReviewScene)
    scene.show_room(workshop, Pointer(Step.REVIEW), ReviewFocus(ReviewPart.COVERAGE))
    texts = scene.texts()
    assert "1 strategic objective of 4 has no contribution" in texts
    assert "✗ Réduire notre empreinte carbone & nos coûts — no contribution yet" in texts
    assert any(t.startswith("Teams with no kept objective: Équipe n°4") for t in texts)


@pytest.mark.parametrize("part", list(ReviewPart))
@pytest.mark.parametrize("which", ["sample", "messy25", "messy40"])
def test_legible_at_1080p(qtbot, room_language, part, which):
    workshop = (sample_workshop(room_language) if which == "sample"
                else messy_workshop(int(which[5:]), room_language))
    scene = room_scene(qtbot, ReviewScene)
    scene.show_room(workshop, Pointer(Step.REVIEW, team_id=workshop.teams[1].id),
                    ReviewFocus(part))
    assert legibility_problems(scene) == []
    if which != "sample" and part == ReviewPart.ALIGNMENT:  # summarised, not shrunk
        assert any(t.startswith("+") for t in scene.texts())
