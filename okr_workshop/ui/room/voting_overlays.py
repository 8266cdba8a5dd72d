"""What the Focus page puts up on the audience view while a team votes (issue 15, point 3).

Ids only: the Focus scene reads the round from the workshop as typed, and shows of a secret
round nothing but how many have voted until it is revealed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BallotInProgress:
    """A secret ballot is being cast: the room sees who has voted, never a count."""

    team_id: str
    round_id: str


@dataclass(frozen=True)
class TallyInProgress:
    """The coach is typing the dots counted on the wall: the room sees the counts grow."""

    team_id: str
    round_id: str


@dataclass(frozen=True)
class VoteRevealed:
    """The round's result is out: its totals are the objectives' votes."""

    team_id: str
    round_id: str


VotingOverlay = BallotInProgress | TallyInProgress | VoteRevealed
