"""Cross-references inside a workshop: every id unique, every link pointing somewhere.

Entities check their own fields; this module checks what only the whole tree can see.
Problems come back with a path in the exchange format's terms and a code of
:mod:`okr_workshop.domain.error_messages`; ``str()`` is the English ``path: message`` line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from okr_workshop.domain.error_messages import located, problem
from okr_workshop.domain.model import Workshop


@dataclass(frozen=True)
class IntegrityProblem:
    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.path}: {problem(self.code, self.params, 'en')}"

    def sentence(self, language: object) -> str:
        """"team 2 › ambassador: no participant has this id", in ``language``."""
        return located(self.path, self.code, self.params, language)


def integrity_problems(workshop: Workshop) -> list[IntegrityProblem]:
    problems: list[IntegrityProblem] = []
    seen: dict[str, str] = {}

    def add(path: str, code: str, **params: Any) -> None:
        problems.append(IntegrityProblem(path, code, params))

    def claim(entity_id: str, path: str) -> None:
        if entity_id in seen:
            add(f"{path}.id", "duplicate_id", other=seen[entity_id])
        else:
            seen[entity_id] = path

    participant_ids = {p.id for p in workshop.participants}
    strategic_ids = {s.id for s in workshop.strategic_objectives}
    team_ids = {t.id for t in workshop.teams}
    objective_ids = {o.id for o in workshop.objectives()}

    for i, participant in enumerate(workshop.participants):
        path = f"participants[{i}]"
        claim(participant.id, path)
        if participant.team_id is not None and participant.team_id not in team_ids:
            add(f"{path}.team_id", "dangling", kind="team")
    for i, strategic in enumerate(workshop.strategic_objectives):
        claim(strategic.id, f"strategic_objectives[{i}]")
    for t, team in enumerate(workshop.teams):
        path = f"teams[{t}]"
        claim(team.id, path)
        if team.ambassador_id is not None and team.ambassador_id not in participant_ids:
            add(f"{path}.ambassador_id", "dangling", kind="participant")
        for o, objective in enumerate(team.objectives):
            opath = f"{path}.objectives[{o}]"
            claim(objective.id, opath)
            if objective.team_id != team.id:
                add(f"{opath}.team_id", "wrong_team")
            if (
                objective.strategic_objective_id is not None
                and objective.strategic_objective_id not in strategic_ids
            ):
                add(f"{opath}.strategic_objective_id", "dangling", kind="strategic_objective")
            if objective.author_id is not None and objective.author_id not in participant_ids:
                add(f"{opath}.author_id", "dangling", kind="participant")
            for k, key_result in enumerate(objective.key_results):
                kpath = f"{opath}.key_results[{k}]"
                claim(key_result.id, kpath)
                for c, check_in in enumerate(key_result.check_ins):
                    cpath = f"{kpath}.check_ins[{c}]"
                    claim(check_in.id, cpath)
                    if check_in.author_id is not None and \
                            check_in.author_id not in participant_ids:
                        add(f"{cpath}.author_id", "dangling", kind="participant")
    for i, dependency in enumerate(workshop.dependencies):
        path = f"dependencies[{i}]"
        claim(dependency.id, path)
        for end in ("from_objective_id", "to_objective_id"):
            if getattr(dependency, end) not in objective_ids:
                add(f"{path}.{end}", "dangling", kind="objective")
    for name in ("rituals", "feedback", "checklist"):
        for i, item in enumerate(getattr(workshop, name)):
            claim(item.id, f"{name}[{i}]")
    feedback_ids = {f.id for f in workshop.feedback}
    for i, vote in enumerate(workshop.roti_votes):
        claim(vote.id, f"roti_votes[{i}]")
        if vote.participant_id is not None and vote.participant_id not in participant_ids:
            add(f"roti_votes[{i}].participant_id", "dangling", kind="participant")
    for i, action in enumerate(workshop.actions):
        claim(action.id, f"actions[{i}]")
        if action.owner_id is not None and action.owner_id not in participant_ids:
            add(f"actions[{i}].owner_id", "dangling", kind="participant")
        if action.feedback_id is not None and action.feedback_id not in feedback_ids:
            add(f"actions[{i}].feedback_id", "dangling", kind="feedback")
    # The room kit. A dot may sit on an objective of another team (moved after the vote):
    # the tally reads the round's team; only a link to nothing is a problem.
    for r, vote_round in enumerate(workshop.vote_rounds):
        path = f"vote_rounds[{r}]"
        claim(vote_round.id, path)
        if vote_round.team_id not in team_ids:
            add(f"{path}.team_id", "dangling", kind="team")
        for v, vote in enumerate(vote_round.votes):
            vpath = f"{path}.votes[{v}]"
            claim(vote.id, vpath)
            if vote.objective_id not in objective_ids:
                add(f"{vpath}.objective_id", "dangling", kind="objective")
            if vote.participant_id is not None and vote.participant_id not in participant_ids:
                add(f"{vpath}.participant_id", "dangling", kind="participant")
    for i, item in enumerate(workshop.agenda):
        claim(item.id, f"agenda[{i}]")
    return problems
