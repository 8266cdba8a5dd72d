"""Looking at a scene as the room does: it follows the console's room channel, and what it
shows is legible at 1920×1080 (main text large enough, nothing cut)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from okr_workshop.ui.room.channel import RoomChannel
from okr_workshop.ui.room.scene import MAIN_MIN_PIXELS, Scene
from okr_workshop.ui.room.scenes.room_parts import use_projector_colours


def room_scene(qtbot, cls: type[Scene]) -> Scene:
    scene = cls()
    use_projector_colours(scene)
    qtbot.addWidget(scene)
    scene.resize(1920, 1080)
    scene.show()
    return scene


def follow(scene: Scene, room: RoomChannel) -> None:
    """The scene redrawn on every change of the channel, in the frame of the change."""
    def draw(*_args) -> None:
        if room.pointer.step == scene.step:
            scene.show_room(room.workshop, room.pointer, room.overlay)

    for signal in (room.workshop_changed, room.pointer_changed, room.overlay_changed):
        signal.connect(draw)
    draw()


def shown_labels(scene: Scene) -> list[QLabel]:
    QApplication.sendPostedEvents()
    scene.layout().activate()
    return [label for label in scene.findChildren(QLabel)
            if label.isVisibleTo(scene) and label.text()]


def legibility_problems(scene: Scene) -> list[str]:
    """Main text under the floor, labels cut (wrapped text taller than its label, a line
    wider than its label) or out of the screen."""
    problems = []
    labels = shown_labels(scene)
    assert labels, "the scene shows nothing"
    mains = [label for label in labels if label.property("roomRole") == "main"]
    assert mains, "no main text"
    for label in labels:
        text = label.text()[:40]
        if label in mains and label.font().pixelSize() < MAIN_MIN_PIXELS:
            problems.append(f"{text!r}: {label.font().pixelSize()} px")
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"{text!r}: needs {needed} px, has {label.height()}")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"{text!r}: needs {label.sizeHint().width()} px wide")
        corner = label.mapTo(scene, QPoint(label.width(), label.height()))
        if corner.x() > scene.width() + 1 or corner.y() > scene.height() + 1:
            problems.append(f"{text!r}: off the screen at {corner.x()},{corner.y()}")
    return problems


def framed_scene(qtbot, cls: type[Scene], footer: int = 90) -> tuple[QWidget, Scene]:
    """The scene inside a 1920×1080 window with a footer under it (as the audience window
    has one: the title, the step, the timer). Keep the window while the scene is used."""
    window = QWidget()
    qtbot.addWidget(window)
    scene = cls()
    use_projector_colours(scene)
    bottom = QLabel("footer")
    bottom.setFixedHeight(footer)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scene, 1)
    layout.addWidget(bottom)
    window.resize(1920, 1080)
    window.show()
    return window, scene
