"""Each of the audience view's scenes at 1920×1080, in French and English, on the samples
and a messy workshop: the main content at least MAIN_MIN_PIXELS, no text cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language, ObjectiveStatus, Step
from okr_workshop.ui.room.audience_window import AudienceWindow
from okr_workshop.ui.room.channel import Pointer, RoomChannel
from okr_workshop.ui.room.scene import MAIN_MIN_PIXELS
from tests.ui.room.audience_helpers import overflowing, shown_texts
from tests.ui.room.messy_room import messy_workshop

# The labels a scene's main content is in (its object names).
MAIN = {
    Step.SETUP: ("titleTitle",),
    Step.VISION: ("visionBody",),
    Step.CONTRIBUTIONS: ("cardTitle", "contributionsEmpty"),
    Step.KEY_RESULTS: ("krSentence", "krMeasure", "krVerdict"),
    Step.RESTITUTION: ("titleTitle",),
}
WORKSHOPS = {
    "fr": lambda: sample_workshop(Language.FRENCH),
    "en": lambda: sample_workshop(Language.ENGLISH),
    "messy": messy_workshop,
}


def pointers(workshop, step):
    if step == Step.VISION:
        yield Pointer(step)
        yield from (Pointer(step, objective_id=s.id) for s in workshop.strategic_objectives)
    elif step == Step.CONTRIBUTIONS:
        yield from (Pointer(step, team_id=t.id) for t in workshop.teams)
    elif step == Step.KEY_RESULTS:
        yield from (Pointer(step, o.team_id, o.id, k.id) for o in workshop.objectives()
                    if o.status == ObjectiveStatus.KEPT for k in o.key_results)
    else:
        yield Pointer(step)


@pytest.fixture(params=["english", "french"])
def language(request):
    if request.param == "french":
        request.getfixturevalue("french_ui")
    return request.param


@pytest.mark.parametrize("name", WORKSHOPS)
def test_every_scene_reads_from_the_back_of_the_room(qtbot, language, name):
    workshop = WORKSHOPS[name]()
    room = RoomChannel(workshop)
    window = AudienceWindow(room)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    checked = 0
    for step, names in MAIN.items():
        for pointer in pointers(workshop, step):
            room.point(step)
            room.point(team_id=pointer.team_id, objective_id=pointer.objective_id,
                       key_result_id=pointer.key_result_id)
            QApplication.processEvents()  # the layout, as before the frame is painted
            where = (name, language, step, pointer)
            main = [label for label in window.scene.findChildren(type(window.footer))
                    if label.objectName() in names and label.isVisible() and label.text()]
            assert main, where
            assert all(label.font().pixelSize() >= MAIN_MIN_PIXELS for label in main), (
                where, [(label.text(), label.font().pixelSize()) for label in main])
            assert overflowing(window) == [], where
            checked += 1
    assert checked > 10


def test_the_window_language_is_the_room_s(qtbot, french_ui):
    workshop = sample_workshop(Language.ENGLISH)  # an English workshop, a French window
    room = RoomChannel(workshop)
    window = AudienceWindow(room)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    kept = next(o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT)
    room.point(Step.KEY_RESULTS, team_id=kept.team_id, objective_id=kept.id,
               key_result_id=kept.key_results[0].id)
    texts = shown_texts(window)
    assert any(text.endswith("· Résultats clés") for text in texts), texts
    room.point(Step.CONTRIBUTIONS)
    assert any(text.startswith("Sert\u00a0: ") or text.startswith("Non aligné")
               for text in shown_texts(window)), shown_texts(window)
