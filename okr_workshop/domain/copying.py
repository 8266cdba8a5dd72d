"""Copies of a workshop that can live beside the original: same content, fresh ids.

Used to import a file "as a new workshop" (the same file imported twice must not collide
with itself) and to duplicate a workshop for the next cycle; :func:`planned_again` is what a
duplicate keeps of the room kit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import Objective, Team, Workshop
from okr_workshop.domain.room import VoteRound
from okr_workshop.domain.values import check_timestamp, new_id, utc_now


def renew_ids(
    workshop: Workshop,
    *,
    now: datetime | None = None,
    make_id: Callable[[], str] = new_id,
) -> Workshop:
    """The same workshop where every entity has a fresh id and every link follows it.

    ``created_at`` and ``updated_at`` become ``now`` (default: the current UTC time): the
    copy is a new workshop. ``make_id`` exists so tests can ask for predictable ids.

    The workshop must be consistent (:func:`integrity_problems` empty): a dangling link
    has nothing to be remapped to, so it is refused with ``ValueError`` rather than kept
    pointing into the original.
    """
    problems = integrity_problems(workshop)
    if problems:
        raise ValueError(f"cannot renew the ids of an inconsistent workshop: {problems[0]}")
    stamp = check_timestamp("now", utc_now() if now is None else now)

    # Ids are unique (checked above), so one mapping serves every kind of link.
    fresh: dict[str, str] = {}

    def renew(old: str) -> str:
        fresh[old] = make_id()
        return fresh[old]

    def link(old: str | None) -> str | None:
        return None if old is None else fresh[old]

    # Everything that can be pointed at gets its new id before any link is rewritten.
    for entity in (
        *workshop.participants,
        *workshop.strategic_objectives,
        *workshop.teams,
        *workshop.objectives(),
        *workshop.feedback,
    ):
        renew(entity.id)

    def copy_objective(objective: Objective, team_id: str) -> Objective:
        key_results = tuple(
            replace(
                key_result,
                id=renew(key_result.id),
                check_ins=tuple(replace(c, id=renew(c.id), author_id=link(c.author_id))
                                for c in key_result.check_ins),
            )
            for key_result in objective.key_results
        )
        return replace(
            objective,
            id=fresh[objective.id],
            team_id=team_id,
            strategic_objective_id=link(objective.strategic_objective_id),
            author_id=link(objective.author_id),
            key_results=key_results,
        )

    def copy_round(vote_round: VoteRound) -> VoteRound:
        return replace(
            vote_round,
            id=make_id(),
            team_id=fresh[vote_round.team_id],
            votes=tuple(replace(v, id=make_id(), objective_id=fresh[v.objective_id],
                                participant_id=link(v.participant_id))
                        for v in vote_round.votes),
        )

    def copy_team(team: Team) -> Team:
        team_id = fresh[team.id]
        return replace(
            team,
            id=team_id,
            ambassador_id=link(team.ambassador_id),
            objectives=tuple(copy_objective(o, team_id) for o in team.objectives),
        )

    return replace(
        workshop,
        id=make_id(),
        created_at=stamp,
        updated_at=stamp,
        participants=tuple(
            replace(p, id=fresh[p.id], team_id=link(p.team_id)) for p in workshop.participants
        ),
        strategic_objectives=tuple(
            replace(s, id=fresh[s.id]) for s in workshop.strategic_objectives
        ),
        teams=tuple(copy_team(t) for t in workshop.teams),
        dependencies=tuple(
            replace(
                d,
                id=make_id(),
                from_objective_id=fresh[d.from_objective_id],
                to_objective_id=fresh[d.to_objective_id],
            )
            for d in workshop.dependencies
        ),
        rituals=tuple(replace(r, id=make_id()) for r in workshop.rituals),
        feedback=tuple(replace(f, id=fresh[f.id]) for f in workshop.feedback),
        checklist=tuple(replace(c, id=make_id()) for c in workshop.checklist),
        roti_votes=tuple(replace(v, id=make_id(), participant_id=link(v.participant_id))
                         for v in workshop.roti_votes),
        actions=tuple(replace(a, id=make_id(), owner_id=link(a.owner_id),
                              feedback_id=link(a.feedback_id)) for a in workshop.actions),
        vote_rounds=tuple(copy_round(r) for r in workshop.vote_rounds),
        agenda=tuple(replace(a, id=make_id()) for a in workshop.agenda),
    )


def planned_again(workshop: Workshop) -> Workshop:
    """The room kit of a workshop held again (a duplicate for the next cycle): the same run
    sheet, with no time spent yet and no session date, and no vote rounds.

    The rounds are not copied: they voted on the last cycle's candidates, and the objectives
    a duplicate carries come back as candidates for the room to decide on again; old dots
    would decide for it (and the first round of the new session would not be the first).
    """
    return replace(
        workshop,
        vote_rounds=(),
        agenda=tuple(replace(a, spent_seconds=0) for a in workshop.agenda),
        session_on=None,
    )
