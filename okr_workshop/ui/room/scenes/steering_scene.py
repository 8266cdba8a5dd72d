"""Step 8 on the audience view: the weekly check-in round, or where the teams stand.

During the round the Check-ins tab puts up a
:class:`~okr_workshop.ui.room.check_in_view.CheckInRoundView` at every key typed: the key
result very large, its last value beside the new one, the confidence, what changed, the
chart — or the fist-to-five spread while the room votes. A spread put up on its own
(:class:`~okr_workshop.domain.fist_to_five.FistToFive`) shows over the pointed key result.
Outside a round: the pointed team's (or every team's) dashboard. The next/previous keys
step through the round's key results (the round follows), else the team's (the Progress
tab follows), else from every team to the first team.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from okr_workshop.domain.fist_to_five import FistToFive
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.steering.dashboard import kept_key_results
from okr_workshop.ui.models.check_in_round_model import value_text
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.check_in_view import CheckInRoundView
from okr_workshop.ui.room.scene import Scene, room_pixels
from okr_workshop.ui.room.scenes.room_parts import room_size, view_height
from okr_workshop.ui.room.scenes.steering_dashboard import DashboardPart
from okr_workshop.ui.room.scenes.steering_round import RoundPart

MARGIN_1080 = 48


class SteeringScene(Scene):
    step = Step.STEERING

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("steeringScene")
        self.round = RoundPart()
        self.dashboard = DashboardPart()
        self.parts = QStackedWidget()
        self.parts.addWidget(self.round)
        self.parts.addWidget(self.dashboard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.parts)
        self._shown: tuple[Workshop, Pointer, object | None] | None = None

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        self._shown = (workshop, pointer, overlay)
        view = view_height(self)
        margin = room_pixels(view, MARGIN_1080)
        self.layout().setContentsMargins(margin, margin * 2 // 3, margin, margin * 2 // 3)
        if isinstance(overlay, FistToFive):  # a vote put up without a round
            kr_id = overlay.key_result_id or pointer.key_result_id
            overlay = CheckInRoundView(kr_id, "", None, vote=overlay) if kr_id else None
        if isinstance(overlay, CheckInRoundView) and self.round.show_round(
                workshop, overlay, view):
            self.parts.setCurrentWidget(self.round)
            return
        width, height = room_size(self, view)
        self.dashboard.show_dashboard(workshop, pointer.team_id, pointer.key_result_id,
                                      width - 2 * margin, height - margin * 4 // 3, view)
        self.parts.setCurrentWidget(self.dashboard)

    def moved(self, workshop: Workshop, pointer: Pointer, delta: int) -> Pointer | None:
        """The next (previous) key result of the round; off the round, of the pointed team,
        or with every team on screen, the next team's dashboard."""
        overlay = self._shown[2] if self._shown else None
        rows = kept_key_results(workshop, None)
        where = {kr.id: (team.id, objective.id) for team, objective, kr in rows}
        if isinstance(overlay, CheckInRoundView) and overlay.order:
            ids = [i for i in overlay.order if i in where]
        elif pointer.team_id is None or workshop.team(pointer.team_id) is None:
            teams = [t.id for t in workshop.teams]
            if not teams:
                return None
            return Pointer(pointer.step, team_id=teams[0 if delta > 0 else -1])
        else:
            ids = [kr.id for team, _, kr in rows if team.id == pointer.team_id]
        if not ids:
            return None
        at = ids.index(pointer.key_result_id) if pointer.key_result_id in ids else -1
        kr_id = ids[(at + delta) % len(ids)] if at >= 0 else ids[0 if delta > 0 else -1]
        team_id, objective_id = where[kr_id]
        return Pointer(pointer.step, team_id=team_id, objective_id=objective_id,
                       key_result_id=kr_id)

    def texts(self) -> list[str]:
        return self.parts.currentWidget().texts()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._shown is not None and event.oldSize() != event.size():
            self.show_room(*self._shown)  # the type and what fits follow the screen


def screenshot_states(workshop: Workshop) -> list[tuple[str, Pointer, object | None]]:
    """(name, pointer, overlay) of each state worth a screenshot, for the audience view's
    screenshot script: a round with a value typed, a wide fist-to-five spread, a team's
    standing and every team's."""
    rows = kept_key_results(workshop, None)
    states: list[tuple[str, Pointer, object | None]] = [
        ("all-teams", Pointer(Step.STEERING), None)]
    if not rows:
        return states
    team, objective, kr = next((r for r in rows if r[2].check_ins), rows[0])
    pointer = Pointer(Step.STEERING, team_id=team.id, objective_id=objective.id,
                      key_result_id=kr.id)
    order = tuple(r[2].id for r in rows)
    place = order.index(kr.id) + 1
    last = kr.latest_check_in()
    start = last.value if last else kr.baseline or 0.0
    step = (kr.target - kr.baseline) / 10 if None not in (kr.target, kr.baseline) else 1.0
    value = round(start + step, 2)  # a week's progress, written the window's way
    on = last.on + timedelta(weeks=1) if last else workshop.cycle_start
    typed = value_text(kr, value)
    return [("round", pointer, CheckInRoundView(kr.id, typed, 7, "…", place, order,
                                                value=value, on=on)),
            ("fist-to-five", pointer, CheckInRoundView(
                kr.id, typed, 7, "", place, order, vote=FistToFive((1, 0, 2, 3, 4, 2), kr.id))),
            ("team", pointer, None), *states]
