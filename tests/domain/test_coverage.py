"""Alignment and coverage as the Review step shows them: only kept objectives count."""

from __future__ import annotations

from dataclasses import replace

import pytest

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.coverage import coverage
from okr_workshop.domain.model import (
    Dependency,
    Language,
    Objective,
    ObjectiveStatus,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.rules.workshop import ONLY_PRODUCT_IT


def make_workshop() -> Workshop:
    growth = StrategicObjective(title="Grandir en ligne", why="Parce que.", position=0)
    people = StrategicObjective(title="Garder nos équipes", why="Parce que.", position=1)
    stores = StrategicObjective(title="Des boutiques vivantes", why="Parce que.", position=2)
    web, sales, tech = Team(name="Web", department="Digital"), Team(
        name="Ventes", department=" sales "), Team(name="Tech", department="Sales")
    web = replace(web, objectives=(
        Objective(team_id=web.id, title="Vendre en ligne", strategic_objective_id=growth.id,
                  status=ObjectiveStatus.KEPT),
        Objective(team_id=web.id, title="Refaire le site", non_alignment_reason="Dette",
                  status=ObjectiveStatus.KEPT),
        Objective(team_id=web.id, title="Une appli", strategic_objective_id=stores.id,
                  status=ObjectiveStatus.CANDIDATE),
        Objective(team_id=web.id, title="Un podcast", strategic_objective_id=people.id,
                  status=ObjectiveStatus.PARKED),
    ))
    sales = replace(sales, objectives=(
        Objective(team_id=sales.id, title="Vendre aux entreprises",
                  strategic_objective_id=growth.id, status=ObjectiveStatus.KEPT),
    ))
    dependency = Dependency(from_objective_id=sales.objectives[0].id,
                            to_objective_id=web.objectives[0].id, note="Le site d’abord")
    return Workshop(title="Atelier", strategic_objectives=(growth, people, stores),
                    teams=(web, sales, tech, Team(name="Direction")),
                    dependencies=(dependency,))


def test_each_strategic_objective_lists_the_kept_objectives_serving_it():
    workshop = make_workshop()
    found = coverage(workshop)
    assert [b.strategic.title for b in found.branches] == [
        "Grandir en ligne", "Garder nos équipes", "Des boutiques vivantes"]
    assert [[o.title for o in b.objectives] for b in found.branches] == [
        ["Vendre en ligne", "Vendre aux entreprises"], [], []]
    # The candidate is counted as undecided; the parked one is not counted at all.
    assert [b.undecided for b in found.branches] == [0, 0, 1]
    assert [b.strategic.title for b in found.unserved] == [
        "Garder nos équipes", "Des boutiques vivantes"]
    assert [o.title for o in found.unaligned] == ["Refaire le site"]


def test_a_link_to_a_deleted_strategic_objective_counts_as_not_aligned():
    workshop = make_workshop()
    workshop = replace(workshop, strategic_objectives=workshop.strategic_objectives[1:])
    assert [o.title for o in coverage(workshop).unaligned] == [
        "Vendre en ligne", "Refaire le site", "Vendre aux entreprises"]


def test_departments_are_grouped_whatever_the_case_with_their_kept_objectives():
    found = coverage(make_workshop())
    assert [(d.name, [t.name for t in d.teams], d.kept_objectives, d.product_or_it)
            for d in found.departments] == [
        ("Digital", ["Web"], 2, True),
        ("sales", ["Ventes", "Tech"], 1, False),
    ]
    assert [t.name for t in found.teams_without_department] == ["Direction"]
    assert [t.name for t in found.teams_without_kept] == ["Tech", "Direction"]
    assert found.participation == ()


def test_only_product_and_it_in_the_room_carries_the_rules_warning():
    workshop = make_workshop()
    teams = tuple(replace(t, department="Product") for t in workshop.teams)
    found = coverage(replace(workshop, teams=teams))
    assert [f.code for f in found.participation] == [ONLY_PRODUCT_IT]


def test_dependencies_name_both_teams_and_objectives():
    (link,) = coverage(make_workshop()).dependencies
    assert (link.from_team.name, link.from_objective.title) == ("Ventes",
                                                               "Vendre aux entreprises")
    assert (link.to_team.name, link.to_objective.title) == ("Web", "Vendre en ligne")
    assert link.dependency.note == "Le site d’abord"


@pytest.mark.parametrize("language", list(Language))
def test_the_samples_have_every_kept_objective_once_in_the_tree(language):
    workshop = sample_workshop(language)
    found = coverage(workshop)
    kept = {o.id for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT}
    in_tree = [o.id for b in found.branches for o in b.objectives] + [
        o.id for o in found.unaligned]
    assert sorted(in_tree) == sorted(kept)
    assert len(found.unaligned) == 1 and found.unaligned[0].non_alignment_reason
    assert len(found.dependencies) == len(workshop.dependencies)
    assert all(link.from_team and link.to_team for link in found.dependencies)
