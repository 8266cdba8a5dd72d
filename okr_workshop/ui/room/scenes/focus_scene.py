"""Step 4 on the audience view: one team's vote and its decisions, as the room should see it.

The team's candidates with their dots as bars, most first, the common rule's cut among them
and the ties that straddle it in amber; the kept objectives and the parking lot beside them;
the rule in the words of the Focus page's badge. While a secret ballot is cast the room sees
only how many have voted (and what is on the ballot), never a count: the totals appear at
the reveal. ``moved`` steps through the teams.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from okr_workshop.domain.model import ObjectiveStatus, Step, Team, Workshop
from okr_workshop.domain.room import VoteMode, VoteRound
from okr_workshop.domain.voting import (
    focus_ranking,
    latest_revealed,
    round_number,
    totals,
    turnout,
)
from okr_workshop.ui.language import is_singular
from okr_workshop.ui.pages.focus_texts import counter_texts, rule_allowed
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.scene import (
    AMBER,
    MAIN_PIXELS_1080,
    RED,
    SECOND_PIXELS_1080,
    Scene,
    room_label,
    room_pixels,
)
from okr_workshop.ui.room.scenes.focus_cards import FitColumn, Sized, coloured
from okr_workshop.ui.room.scenes.focus_example import example_round
from okr_workshop.ui.room.scenes.focus_fit import best_scale
from okr_workshop.ui.room.voting_overlays import BallotInProgress, TallyInProgress, VoteRevealed
from okr_workshop.ui.widgets.rule_counter import Level, level_of


class FocusScene(Scene, Sized):
    step = Step.FOCUS

    def __init__(self, parent: QWidget | None = None) -> None:
        Scene.__init__(self, parent)
        Sized.__init__(self)
        self.team_name = self.sized(room_label("", MAIN_PIXELS_1080 + 8, "focusTeam"),
                                    MAIN_PIXELS_1080 + 8)
        bold = QFont(self.team_name.font())
        bold.setBold(True)
        self.team_name.setFont(bold)
        self.badge = self.sized(room_label("", SECOND_PIXELS_1080, "focusRuleBadge"),
                                SECOND_PIXELS_1080)
        self.badge.setWordWrap(False)
        self.rule = self.sized(room_label("", SECOND_PIXELS_1080, "focusRule"),
                               SECOND_PIXELS_1080)
        self.status = self.sized(room_label("", MAIN_PIXELS_1080, "focusStatus"),
                                 MAIN_PIXELS_1080)
        self.scale = 1.0  # the columns' type, grown when a few items leave room
        self.candidates = FitColumn("candidates")
        self.kept = FitColumn("kept")
        self.parked = FitColumn("parked")
        self._build()

    def _build(self) -> None:
        rule_line = QHBoxLayout()
        rule_line.setSpacing(24)
        rule_line.addWidget(self.badge)
        rule_line.addWidget(self.rule, 1)
        columns = QHBoxLayout()
        columns.setSpacing(64)
        columns.addWidget(self.candidates, 5)
        columns.addWidget(self.kept, 3)
        columns.addWidget(self.parked, 3)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.team_name)
        self._layout.addLayout(rule_line)
        self._layout.addWidget(self.status)
        self._layout.addSpacing(12)
        self._layout.addLayout(columns, 1)
        self._columns = columns

    # Drawing -------------------------------------------------------------------------------

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        team = _team(workshop, pointer)
        if team is None:
            self.team_name.setText(self.tr("No team yet"))
            for widget in (self.badge, self.rule, self.status):
                widget.clear()
            for column in (self.candidates, self.kept, self.parked):
                column.heading.clear()
                column.show_rows(0, "")
            self._fit_type()
            return
        self.team_name.setText(team.name)
        self._show_rule(workshop, team)
        round_ = _round(workshop, team, overlay)
        secret_open = (round_ is not None and round_.mode is VoteMode.SECRET
                       and not round_.revealed)
        self._show_status(workshop, round_, overlay)
        if round_ is not None and round_.mode is VoteMode.TALLY and not round_.revealed:
            counted = totals(round_)  # the wall's counts, as the coach types them
        elif round_ is not None and round_.revealed and \
                round_ != latest_revealed(workshop, team.id):
            counted = totals(round_)  # an earlier round, shown again to compare
        else:
            counted = {o.id: o.votes for o in team.objectives}
        self._show_candidates(workshop, team, counted, secret_open)
        self._show_decided(team, secret_open)
        # Once every candidate is decided, the kept ones take the room's eye (and width).
        left = bool(team.objectives_with(ObjectiveStatus.CANDIDATE))
        stretches = (5, 3, 3) if left else (2, 5, 4)
        if stretches != tuple(self._columns.stretch(i) for i in range(3)):
            for index, stretch in enumerate(stretches):
                self._columns.setStretch(index, stretch)
        self._fit_type()

    def _show_rule(self, workshop: Workshop, team: Team) -> None:
        limit = workshop.rule.max_objectives_per_team
        kept = len(team.objectives_with(ObjectiveStatus.KEPT))
        level = level_of(kept, limit)
        self.badge.setText(fill(counter_texts()[level], kept, limit))
        coloured(self.badge, {Level.FULL: AMBER, Level.OVER: RED}.get(level))
        self.rule.setText(rule_allowed(workshop.rule))

    def _show_status(self, workshop: Workshop, round_: VoteRound | None,
                     overlay: object | None) -> None:
        if round_ is None:
            self.status.clear()
            self.status.hide()
            return
        self.status.show()
        number = round_number(workshop, round_)
        if round_.mode is VoteMode.SECRET and not round_.revealed:
            voted, expected = turnout(workshop, round_)
            if voted == 0:
                text = fill(self.tr("Round %1, secret ballot: nobody has voted yet (0 of %2)"),
                            number, expected)
            elif is_singular(voted):
                text = fill(self.tr("Voting: %1 of %2 has voted"), voted, expected)
            else:
                text = fill(self.tr("Voting: %1 of %2 have voted"), voted, expected)
        elif not round_.revealed:
            text = fill(self.tr("Round %1: counting the dots"), number)
        else:
            text = fill(self.tr("Round %1: the result"), number)
        self.status.setText(text)

    def _show_candidates(self, workshop: Workshop, team: Team, counted: dict[str, int],
                         secret_open: bool) -> None:
        ranking = focus_ranking(team, workshop.rule, counted)
        column = self.candidates
        if secret_open:
            column.heading.setText(self.tr("On the ballot"))
            shown = [o for o in team.objectives if o.status == ObjectiveStatus.CANDIDATE]
        else:
            column.heading.setText(self.tr("Candidates, most dots first"))
            shown = list(ranking.order)
        top = max([ranking.totals.get(o.id, 0) for o in shown] + [1])
        for index, objective in enumerate(shown):
            count = None if secret_open else ranking.totals.get(objective.id, 0)
            column.row(index).show_objective(objective.title, count, (count or 0) / top,
                                             objective.id in ranking.tied)
        cut = -1 if secret_open or not ranking.any_votes else ranking.cut
        column.show_rows(len(shown), self.tr("No candidate left to decide"), cut, ranking.cut)

    def _show_decided(self, team: Team, secret_open: bool) -> None:
        for column, status, heading, empty in (
            (self.kept, ObjectiveStatus.KEPT, self.tr("Kept"), self.tr("Nothing kept yet")),
            (self.parked, ObjectiveStatus.PARKED, self.tr("Parking lot"),
             self.tr("Nothing parked")),
        ):
            objectives = team.objectives_with(status)
            column.heading.setText(heading)
            for index, objective in enumerate(objectives):
                count = None if secret_open or status is ObjectiveStatus.PARKED \
                    else objective.votes
                column.row(index).show_objective(objective.title, count, 0.0, False,
                                                 kept=status is ObjectiveStatus.KEPT)
                column.row(index).bar.hide()
            column.show_rows(len(objectives), empty)

    # Stepping and sizing --------------------------------------------------------------------

    def moved(self, workshop: Workshop, pointer: Pointer, delta: int) -> Pointer | None:
        teams = [t.id for t in workshop.teams]
        if not teams:
            return None
        team = _team(workshop, pointer)
        index = teams.index(team.id) if team else 0
        index = max(0, min(len(teams) - 1, index + delta))
        return Pointer(Step.FOCUS, team_id=teams[index])

    def resizeEvent(self, event) -> None:
        height = self.height()
        self.resize_type(height)
        margin = room_pixels(height, 48)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._columns.setSpacing(room_pixels(height, 64))
        super().resizeEvent(event)
        self._fit_type(force=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_type()  # drawn while hidden, the columns had no size to fit yet

    def _fit_type(self, force: bool = False) -> None:
        """The columns' type as large as lets every row show whole (up to MAX_SCALE), or
        the floor with "+ N more" when even that does not fit."""
        self._layout.activate()  # the columns' widths and height in this frame
        columns = [self.candidates, self.kept, self.parked]
        scale = best_scale(columns, self.height())
        self._apply(columns, scale, fonts=force or scale != self.scale)
        # The metrics' estimate is checked against the laid-out rows: were a row lost
        # to a pixel's rounding, the floor (which shows what fits, then "+ N more").
        if scale > 1.0 and not all(column.all_shown() for column in columns):
            self._apply(columns, 1.0)

    def _apply(self, columns: list[FitColumn], scale: float, fonts: bool = True) -> None:
        self.scale = scale
        if fonts:
            for column in columns:
                column.resize_type(self.height(), scale)
            self._layout.activate()
        for column in columns:
            column.fit()
            column.layout().activate()  # the rows shown laid out in this frame


def example_overlays(workshop: Workshop) -> list[object]:
    """For the screenshot script: a secret ballot under way, then its result, on the team
    the scene shows when none is pointed (the first)."""
    if not workshop.teams:
        return []
    team = workshop.teams[0]
    return [BallotInProgress(example_round(workshop, team, revealed=False)),
            VoteRevealed(example_round(workshop, team, revealed=True))]


def _team(workshop: Workshop, pointer: Pointer) -> Team | None:
    team = workshop.team(pointer.team_id or "")
    return team if team is not None else (workshop.teams[0] if workshop.teams else None)


def _round(workshop: Workshop, team: Team, overlay: object | None) -> VoteRound | None:
    """The round the page put up for this team, when it is still in the workshop."""
    if not isinstance(overlay, BallotInProgress | TallyInProgress | VoteRevealed):
        return None
    if overlay.team_id != team.id:
        return None
    # The workshop's own copy is the freshest; the overlay's stands in for a round shown
    # without being stored (the screenshots' example).
    return next((r for r in workshop.vote_rounds if r.id == overlay.round_id), overlay.round)
