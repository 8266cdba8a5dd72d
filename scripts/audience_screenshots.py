"""Render the audience view at 1920×1080, offscreen, for every step, in French and English,
on the samples and a messy workshop; one PNG per picture in OUTDIR. Look at every one.

    python scripts/audience_screenshots.py OUTDIR

A scene module may offer ``screenshot_states(workshop) -> [(name, Pointer, overlay)]``
(every picture worth seeing), or ``example_overlays(workshop) -> list[object]`` (a ballot,
a reveal…: each rendered beside the scene without overlay). Key results, Contributions and
Vision are rendered on a few pointers (the vague key result, the team with many candidates,
a strategic objective).
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

import okr_workshop.app.formats  # noqa: E402, F401 - the one number formatter, as in the app
from okr_workshop.app.samples import sample_workshop  # noqa: E402
from okr_workshop.domain.enums import Step  # noqa: E402
from okr_workshop.domain.model import Language, ObjectiveStatus, Workshop  # noqa: E402
from okr_workshop.domain.timer_reading import TimerReading  # noqa: E402
from okr_workshop.ui.language import install_language, uninstall_language  # noqa: E402
from okr_workshop.ui.room.audience_window import AudienceWindow  # noqa: E402
from okr_workshop.ui.room.channel import Pointer, RoomChannel  # noqa: E402
from okr_workshop.ui.room.scenes import SCENES  # noqa: E402
from tests.ui.room.messy_room import messy_workshop  # noqa: E402


def pointers(workshop: Workshop, step: Step) -> list[tuple[str, Pointer]]:
    """The pictures worth seeing for ``step``: named pointers."""
    if step == Step.VISION and workshop.strategic_objectives:
        return [("vision", Pointer(step)),
                ("strategic1", Pointer(step, objective_id=workshop.strategic_objectives[0].id))]
    if step == Step.CONTRIBUTIONS and workshop.teams:
        busiest = max(workshop.teams, key=lambda t: len(t.objectives))
        return [("first", Pointer(step, team_id=workshop.teams[0].id)),
                ("busiest", Pointer(step, team_id=busiest.id))]
    if step == Step.KEY_RESULTS:
        kept = [(o, k) for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT
                for k in o.key_results][:2]
        return [(f"kr{n}", Pointer(step, o.team_id, o.id, k.id))
                for n, (o, k) in enumerate(kept, start=1)] or [("none", Pointer(step))]
    return [("", Pointer(step))]


def scene_module(step: Step) -> ModuleType | None:
    try:
        return import_module(f"okr_workshop.ui.room.scenes.{SCENES[step][0]}")
    except ModuleNotFoundError:  # a scene not written yet: the title scene stands in
        return None


def states(workshop: Workshop, step: Step) -> list[tuple[str, Pointer, object | None]]:
    """(name, pointer, overlay) to render for ``step``: the scene module's own
    ``screenshot_states(workshop)`` when it has one; else our pointers, each without overlay
    and with each of its ``example_overlays(workshop)``."""
    module = scene_module(step)
    own = getattr(module, "screenshot_states", None)
    if own is not None:
        return list(own(workshop))
    example = getattr(module, "example_overlays", None)
    found = [(f"overlay{n}", o) for n, o in
             enumerate(example(workshop) if example else [], start=1)]
    return [("_".join(p for p in (where, what) if p), pointer, overlay)
            for where, pointer in pointers(workshop, step)
            for what, overlay in [("", None), *found]]


def render(outdir: Path) -> list[Path]:
    app = QApplication.instance() or QApplication([])
    outdir.mkdir(parents=True, exist_ok=True)
    workshops = {"fr": sample_workshop(Language.FRENCH), "en": sample_workshop(Language.ENGLISH),
                 "messy": messy_workshop()}
    written = []
    for language in (Language.FRENCH, Language.ENGLISH):
        install_language(language)
        for name, workshop in workshops.items():
            room = RoomChannel(workshop)
            window = AudienceWindow(room)
            window.resize(1920, 1080)
            window.show()
            for number, step in enumerate(Step, start=1):
                room.show_timer(TimerReading(step, 600, 540 if number % 2 else 700, True)
                                if number > 1 else None)
                for where, pointer, overlay in states(workshop, step):
                    room.point(step)
                    room.point(team_id=pointer.team_id, objective_id=pointer.objective_id,
                               key_result_id=pointer.key_result_id)
                    room.show(overlay)
                    app.processEvents()
                    parts = [language.value, name, f"{number}-{step.value}", where]
                    path = outdir / ("_".join(p for p in parts if p) + ".png")
                    window.grab().save(str(path))
                    written.append(path)
            window.close()
            window.deleteLater()
        uninstall_language()
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in render(Path(sys.argv[1])):
        print(path)
