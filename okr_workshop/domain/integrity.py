"""Cross-references inside a workshop: every id unique, every link pointing somewhere.

Entities check their own fields; this module checks what only the whole tree can see.
Problems come back as ``path: message`` lines, the path in the exchange format's terms.
"""

from __future__ import annotations

from okr_workshop.domain.model import Workshop


def integrity_problems(workshop: Workshop) -> list[str]:
    problems: list[str] = []
    seen: dict[str, str] = {}

    def claim(entity_id: str, path: str) -> None:
        if entity_id in seen:
            problems.append(f"{path}.id: duplicate id, already used by {seen[entity_id]}")
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
            problems.append(f"{path}.team_id: no team has this id")
    for i, strategic in enumerate(workshop.strategic_objectives):
        claim(strategic.id, f"strategic_objectives[{i}]")
    for t, team in enumerate(workshop.teams):
        path = f"teams[{t}]"
        claim(team.id, path)
        if team.ambassador_id is not None and team.ambassador_id not in participant_ids:
            problems.append(f"{path}.ambassador_id: no participant has this id")
        for o, objective in enumerate(team.objectives):
            opath = f"{path}.objectives[{o}]"
            claim(objective.id, opath)
            if objective.team_id != team.id:
                problems.append(f"{opath}.team_id: must be the id of the team it is in")
            if (
                objective.strategic_objective_id is not None
                and objective.strategic_objective_id not in strategic_ids
            ):
                problems.append(
                    f"{opath}.strategic_objective_id: no strategic objective has this id"
                )
            if objective.author_id is not None and objective.author_id not in participant_ids:
                problems.append(f"{opath}.author_id: no participant has this id")
            for k, key_result in enumerate(objective.key_results):
                kpath = f"{opath}.key_results[{k}]"
                claim(key_result.id, kpath)
                for c, check_in in enumerate(key_result.check_ins):
                    claim(check_in.id, f"{kpath}.check_ins[{c}]")
    for i, dependency in enumerate(workshop.dependencies):
        path = f"dependencies[{i}]"
        claim(dependency.id, path)
        for end in ("from_objective_id", "to_objective_id"):
            if getattr(dependency, end) not in objective_ids:
                problems.append(f"{path}.{end}: no objective has this id")
    for name in ("rituals", "feedback", "checklist"):
        for i, item in enumerate(getattr(workshop, name)):
            claim(item.id, f"{name}[{i}]")
    return problems
