"""What the Focus page puts up on the audience view while a team votes (issue 15, point 3).

Each carries the round as the page had it; the Focus scene reads the round from the workshop
as typed when it is there (the freshest), and shows of a secret round nothing but how many
have voted until it is revealed.
"""

from __future__ import annotations

from dataclasses import dataclass

from okr_workshop.domain.room import VoteRound


@dataclass(frozen=True)
class _RoundOverlay:
    round: VoteRound

    @property
    def team_id(self) -> str:
        return self.round.team_id

    @property
    def round_id(self) -> str:
        return self.round.id


@dataclass(frozen=True)
class BallotInProgress(_RoundOverlay):
    """A secret ballot is being cast: the room sees who has voted, never a count."""


@dataclass(frozen=True)
class TallyInProgress(_RoundOverlay):
    """The coach is typing the dots counted on the wall: the room sees the counts grow."""


@dataclass(frozen=True)
class VoteRevealed(_RoundOverlay):
    """The round's result is out: its totals are the objectives' votes."""


VotingOverlay = BallotInProgress | TallyInProgress | VoteRevealed
