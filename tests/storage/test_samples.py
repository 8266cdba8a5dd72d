"""The shipped samples load through the real importer and show the practices the app preaches.

A newcomer's first workshop, the demos and the deck tests all start from these files, so
they must show the good practices of the source: the whole company in the room, focus (the
common rule, a parking lot), measurable key results with an owner and a data source, and
check-ins to steer with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from okr_workshop.domain.integrity import integrity_problems
from okr_workshop.domain.model import (
    Direction,
    Language,
    ObjectiveStatus,
    Step,
    Workshop,
)
from okr_workshop.storage.exchange import read_workshop_file

SAMPLES = {Language.FRENCH: "sample-fr.json", Language.ENGLISH: "sample-en.json"}
PRODUCT_OR_IT = {"Product", "Engineering", "IT", "Digital", "Data", "Design"}
# Activities are not outcomes (mistake 3): a kept key result never starts like this.
ACTIVITY = re.compile(
    r"^(lancer|organiser|mettre en place|créer|déployer|launch|organi[sz]e|run|hold|create|"
    r"build|roll out|implement)\b",
    re.IGNORECASE,
)
# French typography: a non-breaking space, never a plain one, before these and inside « ».
PLAIN_SPACE_BEFORE = re.compile(r" [:;!?%»]|« ")


def sample_path(language: Language) -> Path:
    resource = resources.files("okr_workshop.resources").joinpath("samples", SAMPLES[language])
    assert resource.is_file(), f"{SAMPLES[language]} is not shipped"
    return Path(str(resource))


@pytest.fixture(params=list(SAMPLES), ids=[lang.value for lang in SAMPLES])
def sample(request: pytest.FixtureRequest) -> tuple[Language, Workshop]:
    language = request.param
    return language, read_workshop_file(sample_path(language))


def test_sample_loads_consistently_in_its_language(sample):
    language, workshop = sample
    assert workshop.language == language
    assert integrity_problems(workshop) == []
    assert workshop.current_step == Step.REVIEW
    assert workshop.cycle_start is not None and workshop.cycle_end is not None
    assert workshop.vision.strip() and workshop.facilitator.strip()
    assert len(workshop.strategic_objectives) == 3
    assert all(s.why.strip() for s in workshop.strategic_objectives)


def test_the_whole_company_takes_part(sample):
    _, workshop = sample
    departments = {team.department for team in workshop.teams}
    assert len(workshop.teams) >= 6
    assert len(departments) >= 5
    assert len(departments - PRODUCT_OR_IT) >= 4, departments
    members = {team.id: [p for p in workshop.participants if p.team_id == team.id]
               for team in workshop.teams}
    assert all(len(people) >= 2 for people in members.values())
    for team in workshop.teams:
        if team.ambassador_id is not None:
            assert team.ambassador_id in {p.id for p in members[team.id]}, team.name


def test_only_one_french_team_lacks_an_ambassador(sample):
    language, workshop = sample
    without = [team.name for team in workshop.teams if team.ambassador_id is None]
    # The French sample leaves one gap on purpose, so the health check has something to say.
    assert len(without) == (1 if language == Language.FRENCH else 0), without


def test_teams_focus_within_the_rule_and_park_the_rest(sample):
    _, workshop = sample
    assert workshop.rule.max_objectives_per_team == 3
    assert workshop.rule.max_key_results_per_objective == 2
    assert not workshop.rule.strict
    for team in workshop.teams:
        assert 1 <= len(team.objectives_with(ObjectiveStatus.KEPT)) <= 3, team.name
    parked = [o for o in workshop.objectives() if o.status == ObjectiveStatus.PARKED]
    assert len(parked) >= len(workshop.teams) // 2
    for objective in workshop.objectives():
        assert not re.search(r"\d", objective.title), objective.title
        assert objective.why.strip(), objective.title
        if objective.strategic_objective_id is None:
            assert objective.non_alignment_reason.strip(), objective.title


def kept_key_results(workshop: Workshop) -> Iterator:
    for objective in workshop.objectives():
        if objective.status == ObjectiveStatus.KEPT:
            assert 1 <= len(objective.key_results) <= 2, objective.title
            assert objective.commitment is not None, objective.title
            yield from objective.key_results


def test_every_kept_key_result_is_measurable_and_owned(sample):
    _, workshop = sample
    names = {p.name for p in workshop.participants}
    key_results = list(kept_key_results(workshop))
    assert len(key_results) >= 2 * len(workshop.teams)
    for kr in key_results:
        assert not ACTIVITY.match(kr.text), kr.text
        for name in ("metric", "unit", "data_source", "owner"):
            assert getattr(kr, name).strip(), f"{kr.text}: empty {name}"
        assert None not in (kr.baseline, kr.target, kr.direction, kr.due), kr.text
        assert kr.owner in names, kr.owner
        assert workshop.cycle_start <= kr.due <= workshop.cycle_end, kr.text
        if kr.direction == Direction.INCREASE:
            assert kr.target > kr.baseline, kr.text
        elif kr.direction == Direction.DECREASE:
            assert kr.target < kr.baseline, kr.text


def test_check_ins_give_the_charts_something_to_draw(sample):
    _, workshop = sample
    with_history = [kr for kr in workshop.key_results() if len(kr.check_ins) >= 2]
    assert len(with_history) >= 5
    for kr in workshop.key_results():
        for check_in in kr.check_ins:
            assert workshop.cycle_start <= check_in.on <= workshop.updated_at.date()


def test_steering_material_is_there(sample):
    _, workshop = sample
    kept = {o.id: o.team_id for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT}
    assert len(workshop.dependencies) >= 3
    for dependency in workshop.dependencies:
        ends = (dependency.from_objective_id, dependency.to_objective_id)
        assert all(end in kept for end in ends), dependency.note
        assert kept[ends[0]] != kept[ends[1]], dependency.note
    assert {r.kind for r in workshop.rituals} >= {"check_in", "inter_team_review"}
    assert {f.kind for f in workshop.feedback} == {"went_well", "to_improve", "idea"}
    assert workshop.checklist


def test_french_sample_uses_french_typography():
    raw = sample_path(Language.FRENCH).read_text(encoding="utf-8")
    texts = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            texts.append(node)

    walk(json.loads(raw))
    assert not [t for t in texts if PLAIN_SPACE_BEFORE.search(t)]
    assert any("\u00a0%" in t for t in texts) and any("«\u00a0" in t for t in texts)
    assert "\\u" not in raw  # real characters, readable in any editor


def test_rituals_are_dated_as_their_agendas_say(sample):
    # `okr-workshop demo` then `rituals export` is a coach's first .ics: each event must
    # fall when its agenda says, not on the cycle's first day (New Year's Day, all day).
    _, workshop = sample
    rituals = {r.kind: r for r in workshop.rituals}
    check_in = rituals["check_in"]
    assert check_in.starts_on.weekday() == 0 and check_in.starts_at  # Mondays, at a time
    review = rituals["inter_team_review"]
    assert review.starts_on.weekday() == 3 and review.starts_on.day <= 7  # first Thursday
    assert rituals["retrospective"].starts_on.isoformat() == "2027-03-31"
    for ritual in workshop.rituals:
        assert workshop.cycle_start <= ritual.starts_on <= workshop.cycle_end, ritual.kind
        assert ritual.starts_at and ritual.duration_minutes >= 15, ritual.kind
