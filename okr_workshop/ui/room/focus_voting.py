"""Dot voting on the Focus page: the coach's panel and the ballot booth wired to the undoable
use cases (:mod:`okr_workshop.app.dot_voting`), and what the audience view is told.

The page owns the team; this follows it. Each cast ballot, typed count, start and reveal is
one undo step. While a secret round is open, the console hides its counts too (the page asks
:meth:`FocusVoting.counts_hidden`), and the room sees only who has voted.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTableView

from okr_workshop.app import dot_voting as use
from okr_workshop.domain.model import Step, Team, Workshop
from okr_workshop.domain.room import VoteMode, VoteRound
from okr_workshop.domain.voting import (
    ALREADY_VOTED,
    ROUND_REVEALED,
    Problem,
    electorate,
    focus_ranking,
    objective_votes,
    on_the_ballot,
    round_number,
    team_rounds,
    totals,
    turnout,
    voters,
)
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.language import is_singular
from okr_workshop.ui.models.focus_model import FocusModel
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.room.ballot_booth import BallotBooth
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.voting_overlays import BallotInProgress, TallyInProgress, VoteRevealed
from okr_workshop.ui.room.voting_panel import VotingPanel
from okr_workshop.ui.session_bridge import SessionBridge


class FocusVoting(QObject):
    booth_shown = Signal(bool)  # the page swaps its console for the booth and back

    def __init__(self, bridge: SessionBridge, prompts: Prompts,
                 choose_team: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.prompts = prompts
        self._choose_team = choose_team
        self.panel = VotingPanel()
        self.booth = BallotBooth()
        self._workshop = bridge.workshop
        self._team: Team | None = None
        self._chosen: dict[str, str] = {}  # team id → the round on show
        self._pointing = False
        self.panel.start.connect(self._start)
        self.panel.round_chosen.connect(self._choose_round)
        self.panel.open_booth.connect(lambda: self._show_booth(True))
        self.panel.reveal.connect(self._reveal)
        self.panel.recast.toggled.connect(lambda _: self._show_booth_people())
        self.panel.tally.counted.connect(self._count)
        self.booth.cast.connect(self._cast)
        self.booth.closed.connect(lambda: self._show_booth(False))
        bridge.room.pointer_changed.connect(self._pointed)

    # What is on show ---------------------------------------------------------------------

    def current(self) -> VoteRound | None:
        if self._team is None:
            return None
        rounds = team_rounds(self._workshop, self._team.id)
        chosen = self._chosen.get(self._team.id)
        return next((r for r in rounds if r.id == chosen), rounds[-1] if rounds else None)

    def counts_hidden(self) -> bool:
        """A secret round of this team is being cast: no count on the console either."""
        return any(r.mode is VoteMode.SECRET and not r.revealed
                   for r in team_rounds(self._workshop, self._team.id)) if self._team else False

    def show_counts(self, table: QTableView, model: FocusModel) -> None:
        """The console's votes column: hidden while a secret ballot is cast; otherwise the
        ties at the rule's cut highlighted, as on the audience view."""
        hidden = self.counts_hidden()
        table.setColumnHidden(FocusModel.VOTES, hidden)
        team = self._team
        ranking = None if hidden or team is None else focus_ranking(
            team, self._workshop.rule, objective_votes(team.objectives))
        model.set_tied(ranking.tied if ranking else frozenset())

    def show_team(self, workshop: Workshop, team: Team | None) -> None:
        changed_team = (team.id if team else None) != (self._team.id if self._team else None)
        self._workshop, self._team = workshop, team
        if changed_team and self.booth.isVisible():
            self._show_booth(False)
        round_ = self.current()
        self.panel.setEnabled(team is not None)
        entries = [(self._round_text(r), r.id) for r in team_rounds(workshop, team.id)] \
            if team else []
        self.panel.show_rounds(entries, round_.id if round_ else None)
        self._show_round(round_)
        self._show_booth_people()
        self.publish()

    def _round_text(self, round_: VoteRound) -> str:
        number = round_number(self._workshop, round_)
        mode = self.tr("secret ballot") if round_.mode is VoteMode.SECRET else self.tr("tally")
        if round_.revealed:
            return fill(self.tr("Round %1, %2: revealed"), number, mode)
        return fill(self.tr("Round %1, %2: open"), number, mode)

    def _show_round(self, round_: VoteRound | None) -> None:
        panel = self.panel
        is_open = round_ is not None and not round_.revealed
        secret_open = is_open and round_.mode is VoteMode.SECRET
        panel.booth_button.setVisible(secret_open)
        panel.recast.setVisible(secret_open)
        panel.reveal_button.setVisible(is_open)
        panel.tally_area.setVisible(round_ is not None and not secret_open)
        if round_ is None or self._team is None:
            panel.state.setText(self.tr("No round yet: choose how the team votes below, then "
                                        "start a round."))
            return
        objectives = on_the_ballot(self._team)
        if not secret_open:
            panel.tally.show_counts(objectives, totals(round_, [o.id for o in objectives]),
                                    editable=is_open)
        budget = fill(self.tr("%1 dot each, at most %2 on one objective.")
                      if is_singular(round_.dots_per_person) else
                      self.tr("%1 dots each, at most %2 on one objective."),
                      round_.dots_per_person, round_.max_per_objective)
        if secret_open:
            voted, expected = turnout(self._workshop, round_)
            text = fill(self.tr("Secret ballot: %1 of %2 has voted. The counts stay hidden "
                                "until you reveal them.") if is_singular(voted) else
                        self.tr("Secret ballot: %1 of %2 have voted. The counts stay hidden "
                                "until you reveal them."), voted, expected)
        elif is_open:
            text = self.tr("Tally: type the dots counted on the wall for each objective.")
        else:
            text = self.tr("Revealed: its totals were written to the objectives’ votes.")
        panel.state.setText(text + " " + budget)

    # The booth -----------------------------------------------------------------------------

    def _show_booth(self, shown: bool) -> None:
        if shown:
            self._show_booth_people()
            self.booth.show_names()
        self.booth_shown.emit(shown)

    def _show_booth_people(self) -> None:
        round_ = self.current()
        if round_ is None or self._team is None or round_.mode is not VoteMode.SECRET:
            return
        people = electorate(self._workshop, round_)
        own = [p for p in people if p.team_id == round_.team_id]
        others = [p for p in people if p.team_id != round_.team_id]
        voted, expected = turnout(self._workshop, round_)
        heading = fill(self.tr("Round %1 of “%2”: pick your name"),
                       round_number(self._workshop, round_), self._team.name)
        self.booth.show_round(round_, heading, own, others, voters(round_),
                              self.panel.recast.isChecked(),
                              fill(self.tr("%1 of %2 has voted.") if is_singular(voted)
                                   else self.tr("%1 of %2 have voted."), voted, expected),
                              on_the_ballot(self._team))

    def _cast(self, participant_id: str, ballot: dict[str, int]) -> None:
        round_ = self.current()
        if round_ is None:
            return
        problems: list[Problem] = []
        saved = self.bridge.edit(lambda s: problems.extend(use.cast_ballot(
            s, edit_label("cast_ballot"), round_.id, participant_id, ballot,
            recast=self.panel.recast.isChecked())))
        if saved and not problems:
            self.booth.show_names()
        elif problems:
            self.booth.ballot.heading.setText(self._problem_text(problems[0]))

    def _problem_text(self, problem: Problem) -> str:
        if problem.code == ALREADY_VOTED:
            return self.tr("You have already voted in this round. Ask the coach if you need "
                           "to vote again.")
        if problem.code == ROUND_REVEALED:
            return self.tr("This round is closed: its votes were revealed.")
        return self.tr("This ballot cannot be cast: check your dots.")

    # The coach's edits -----------------------------------------------------------------------

    def _start(self, mode: VoteMode, dots: int, cap: int) -> None:
        if self._team is None:
            return
        team_id = self._team.id
        self._chosen.pop(team_id, None)  # the new round, the latest, is shown
        self.bridge.edit(lambda s: use.start_round(s, edit_label("start_vote_round"), team_id,
                                                   mode, dots, cap))

    def _choose_round(self, round_id: str) -> None:
        if self._team is not None:
            self._chosen[self._team.id] = round_id
            self.show_team(self._workshop, self._team)

    def _count(self, objective_id: str, dots: int) -> None:
        round_ = self.current()
        if round_ is not None:
            self.bridge.edit(lambda s: use.set_tally(s, edit_label("tally_count"), round_.id,
                                                     objective_id, dots))

    def _reveal(self) -> None:
        round_ = self.current()
        if round_ is None or not self._reveal_early_confirmed(round_):
            return
        self._show_booth(False)
        self.bridge.edit(lambda s: use.reveal(s, edit_label("reveal_round"), round_.id))

    def _reveal_early_confirmed(self, round_: VoteRound) -> bool:
        """A secret round revealed before everyone voted closes it for the others: ask."""
        voted, expected = turnout(self._workshop, round_)
        if round_.mode is not VoteMode.SECRET or voted >= expected:
            return True
        if voted == 0:
            text = self.tr("Nobody has voted yet (0 of %2). Reveal the votes now? Nobody "
                           "can vote in this round afterwards.")
        elif is_singular(voted):
            text = self.tr("Only %1 of %2 has voted. Reveal the votes now? The others can no "
                           "longer vote in this round.")
        else:
            text = self.tr("Only %1 of %2 have voted. Reveal the votes now? The others can no "
                           "longer vote in this round.")
        return self.prompts.confirm(self.tr("Reveal the votes"), fill(text, voted, expected))

    # The room ------------------------------------------------------------------------------

    def publish(self) -> None:
        """Point the audience view at the team and put up the round on show (only while the
        Focus step is the one on screen: another step's overlay is not ours to replace)."""
        room = self.bridge.room
        if room.pointer.step is not Step.FOCUS or self._team is None:
            return
        self._pointing = True
        try:
            room.point(team_id=self._team.id)
        finally:
            self._pointing = False
        round_ = self.current()
        overlay: object | None = None
        if round_ is not None:
            kind = (VoteRevealed if round_.revealed else
                    BallotInProgress if round_.mode is VoteMode.SECRET else TallyInProgress)
            overlay = kind(round_)
        if overlay != room.overlay:
            room.show(overlay)

    def _pointed(self, pointer: Pointer) -> None:
        """The step came on screen (which took the overlay down), or the audience view's
        next/previous keys moved to another team: follow."""
        if self._pointing or pointer.step is not Step.FOCUS:
            return
        if pointer.team_id and self._team is not None and pointer.team_id != self._team.id:
            self._choose_team(pointer.team_id)  # the page shows it, then publishes
        else:
            self.publish()
