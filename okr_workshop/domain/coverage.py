"""What the Review step shows about alignment and coverage (mistakes 1 and 5).

- the alignment tree: each strategic objective with the kept objectives that serve it, and
  the kept objectives aligned with none (they carry a reason instead);
- the gaps: strategic objectives no kept objective serves, teams that kept nothing;
- who takes part: the departments named by the teams, with how many objectives each keeps,
  and the rules' warning when only product or IT are in the room;
- the dependencies between teams, each end named by its team and objective.

Only kept objectives count here: they are the cycle's commitments. (The rules' own
"nobody contributes" finding also counts candidates, to warn during the Contributions step;
a strategic objective served only by candidates says how many are still undecided.)
"""

from __future__ import annotations

from dataclasses import dataclass

from okr_workshop.domain.entered import is_blank
from okr_workshop.domain.findings import Finding
from okr_workshop.domain.model import (
    Dependency,
    Objective,
    ObjectiveStatus,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.rules.workshop import (
    department_is_product_or_it,
    participation_findings,
)


@dataclass(frozen=True)
class StrategicBranch:
    strategic: StrategicObjective
    objectives: tuple[Objective, ...]  # kept and aligned with it, in team order
    undecided: int  # candidates aligned with it, not kept yet

    @property
    def is_served(self) -> bool:
        return bool(self.objectives)


@dataclass(frozen=True)
class DepartmentShare:
    name: str  # as the first team wrote it, spaces tidied
    teams: tuple[Team, ...]
    kept_objectives: int
    product_or_it: bool


@dataclass(frozen=True)
class DependencyLink:
    dependency: Dependency
    from_team: Team | None  # None only when the file points at a missing objective
    from_objective: Objective | None
    to_team: Team | None
    to_objective: Objective | None


@dataclass(frozen=True)
class Coverage:
    branches: tuple[StrategicBranch, ...]  # every strategic objective, in order
    unaligned: tuple[Objective, ...]  # kept objectives serving no strategic objective
    departments: tuple[DepartmentShare, ...]
    teams_without_department: tuple[Team, ...]
    teams_without_kept: tuple[Team, ...]
    participation: tuple[Finding, ...]  # no teams / no departments / only product or IT
    dependencies: tuple[DependencyLink, ...]

    @property
    def unserved(self) -> tuple[StrategicBranch, ...]:
        return tuple(b for b in self.branches if not b.is_served)


def _kept(workshop: Workshop) -> list[Objective]:
    return [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]


def _branches(workshop: Workshop) -> tuple[StrategicBranch, ...]:
    branches = []
    for strategic in workshop.strategic_objectives:
        aligned = [o for o in workshop.objectives() if o.strategic_objective_id == strategic.id]
        branches.append(StrategicBranch(
            strategic,
            tuple(o for o in aligned if o.status == ObjectiveStatus.KEPT),
            sum(1 for o in aligned if o.status == ObjectiveStatus.CANDIDATE),
        ))
    return tuple(branches)


def _unaligned(workshop: Workshop) -> tuple[Objective, ...]:
    known = {s.id for s in workshop.strategic_objectives}
    # A link to a strategic objective that no longer exists aligns with nothing.
    return tuple(o for o in _kept(workshop) if o.strategic_objective_id not in known)


def _departments(workshop: Workshop) -> tuple[DepartmentShare, ...]:
    groups: dict[str, tuple[str, list[Team]]] = {}
    for team in workshop.teams:
        name = " ".join(team.department.split())
        if name:
            groups.setdefault(name.casefold(), (name, []))[1].append(team)
    return tuple(
        DepartmentShare(
            name,
            tuple(teams),
            sum(len(t.objectives_with(ObjectiveStatus.KEPT)) for t in teams),
            bool(department_is_product_or_it(name)),
        )
        for name, teams in groups.values()
    )


def _link(workshop: Workshop, dependency: Dependency) -> DependencyLink:
    source = workshop.objective(dependency.from_objective_id)
    target = workshop.objective(dependency.to_objective_id)
    return DependencyLink(
        dependency,
        workshop.team(source.team_id) if source else None,
        source,
        workshop.team(target.team_id) if target else None,
        target,
    )


def coverage(workshop: Workshop) -> Coverage:
    return Coverage(
        branches=_branches(workshop),
        unaligned=_unaligned(workshop),
        departments=_departments(workshop),
        teams_without_department=tuple(t for t in workshop.teams if is_blank(t.department)),
        teams_without_kept=tuple(
            t for t in workshop.teams if not t.objectives_with(ObjectiveStatus.KEPT)
        ),
        participation=tuple(participation_findings(workshop)),
        dependencies=tuple(_link(workshop, d) for d in workshop.dependencies),
    )
