"""The Review and Steering scenes through the real audience window: what the coach types in
the check-in round and the tab open on the Review page reach the window, and the window's
next-item key moves the round."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.model import Language, Step
from okr_workshop.ui.room.review_focus import ReviewPart
from okr_workshop.ui.room.scenes.review_scene import ReviewScene
from okr_workshop.ui.room.scenes.steering_scene import SteeringScene
from tests.ui.room.scene_checks import legibility_problems
from tests.ui.steering.round_helpers import key, open_round, steering_workshop, type_here

audience = pytest.importorskip("okr_workshop.ui.room.audience_window")  # helper B's window


def test_the_round_and_the_review_through_the_audience_window(
        qtbot, main_window, repository, monkeypatch):
    workshop = steering_workshop(teams=2, language=Language.ENGLISH)
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch)
    room = tab.bridge.room
    window = audience.AudienceWindow(room)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    tab.focus_first()
    assert isinstance(window.scene, SteeringScene)
    type_here("47")
    assert window.scene.round.figures[1].text() == "47"  # before Enter, in the same event
    key(Qt.Key.Key_Escape)

    window.step_item(+1)  # the audience view's next key
    assert tab.model.row_at(tab.view.currentIndex().row()).kr.id == room.pointer.key_result_id
    assert window.scene.round.sentence.text() == tab.model.row_at(1).kr.text
    assert legibility_problems(window.scene) == []

    main_window.workshop_view.go_to(Step.REVIEW)
    assert isinstance(window.scene, ReviewScene)
    page = main_window.workshop_view.current_page()
    page.tabs.setCurrentIndex(2)
    assert window.scene.part == ReviewPart.HEALTH
    assert legibility_problems(window.scene) == []
