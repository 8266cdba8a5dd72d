"""Each step's picture on the audience view, by step: module (in this package) and class.
Named, not imported: a scene loads when the audience view first shows its step."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from okr_workshop.domain.enums import Step

if TYPE_CHECKING:
    from okr_workshop.ui.room.scene import Scene

SCENES: dict[Step, tuple[str, str]] = {
    Step.SETUP: ("title_scene", "TitleScene"),
    Step.VISION: ("vision_scene", "VisionScene"),
    Step.CONTRIBUTIONS: ("contributions_scene", "ContributionsScene"),
    Step.FOCUS: ("focus_scene", "FocusScene"),
    Step.KEY_RESULTS: ("key_results_scene", "KeyResultsScene"),
    Step.REVIEW: ("review_scene", "ReviewScene"),
    Step.RESTITUTION: ("title_scene", "TitleScene"),
    Step.STEERING: ("steering_scene", "SteeringScene"),
}


def scene_class(step: Step) -> type[Scene]:
    module, name = SCENES[step]
    return getattr(import_module(f"{__package__}.{module}"), name)
