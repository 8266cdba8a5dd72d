"""Every state the Review and Steering scenes offer the screenshot script reads well at
1920×1080, in English and French, on a sample and on a messy 25-team workshop."""

from __future__ import annotations

import pytest

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Step
from okr_workshop.ui.room.scenes import review_scene, steering_scene
from tests.ui.room.room_workshops import messy_workshop
from tests.ui.room.scene_checks import framed_scene, legibility_problems, room_scene


@pytest.mark.parametrize("module", [review_scene, steering_scene], ids=["review", "steering"])
@pytest.mark.parametrize("which", ["sample", "messy25"])
def test_every_screenshot_state_reads_well(qtbot, room_language, module, which):
    cls = module.ReviewScene if module is review_scene else module.SteeringScene
    workshop = (sample_workshop(room_language) if which == "sample"
                else messy_workshop(25, room_language, step=cls.step))
    states = module.screenshot_states(workshop)
    assert len(states) >= 3
    for name, pointer, overlay in states:
        assert pointer.step == cls.step
        scene = room_scene(qtbot, cls)
        scene.show_room(workshop, pointer, overlay)
        assert legibility_problems(scene) == [], name


def test_no_team_still_has_a_state_to_show():
    workshop = messy_workshop(0, step=Step.STEERING)
    assert [name for name, _, _ in steering_scene.screenshot_states(workshop)] == ["all-teams"]


@pytest.mark.parametrize("module", [review_scene, steering_scene], ids=["review", "steering"])
def test_an_empty_workshop_says_so(qtbot, module):
    from okr_workshop.domain.model import Workshop

    cls = module.ReviewScene if module is review_scene else module.SteeringScene
    workshop = Workshop(title="Vide")
    for _name, pointer, overlay in module.screenshot_states(workshop):
        scene = room_scene(qtbot, cls)
        scene.show_room(workshop, pointer, overlay)
        texts = " ".join(scene.texts())
        # "No strategic objective yet.", "No kept key result yet.", "✖ Missing" five times.
        assert "yet" in texts or texts.count("Missing") == 5


@pytest.mark.parametrize("module", [review_scene, steering_scene], ids=["review", "steering"])
def test_a_footer_under_the_scene_does_not_shrink_the_type(qtbot, module):
    cls = module.ReviewScene if module is review_scene else module.SteeringScene
    workshop = messy_workshop(25, step=cls.step)
    window, scene = framed_scene(qtbot, cls)
    for name, pointer, overlay in module.screenshot_states(workshop):
        scene.show_room(workshop, pointer, overlay)
        assert scene.height() < 1000 and window.height() == 1080
        assert legibility_problems(scene) == [], name
