"""Builders for the steering tests: a workshop around key results, check-ins in one line."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from okr_workshop.domain.model import (
    CheckIn,
    Commitment,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Team,
    Workshop,
)

START = date(2027, 1, 4)  # a Monday
END = date(2027, 4, 4)  # 13 weeks later, a Sunday


def ins(*points: tuple[date, float, int]) -> tuple[CheckIn, ...]:
    """Check-ins from (day, value, confidence) triples, with messy words in them."""
    return tuple(CheckIn(on=day, value=value, confidence=confidence,
                         comment="« <b>ça bouge</b> » 🎉", next_step="Relancer l'équipe")
                 for day, value, confidence in points)


def key_result(text: str = "Porter le NPS de 30 à 50", **fields) -> KeyResult:
    values: dict = dict(baseline=30.0, target=50.0)
    values.update(fields)
    return KeyResult(text=text, **values)


def workshop_with(*key_results: KeyResult, start: date | None = START, end: date | None = END,
                  status: ObjectiveStatus = ObjectiveStatus.KEPT,
                  commitment: Commitment | None = None,
                  language: Language = Language.FRENCH, **fields) -> Workshop:
    team = Team(name="Équipe « Nord » 🚀")
    objective = Objective(team_id=team.id, title="Faire revenir nos clients", status=status,
                          commitment=commitment, key_results=key_results)
    return Workshop(title="Atelier", cycle_start=start, cycle_end=end, language=language,
                    teams=(replace(team, objectives=(objective,)),), **fields)


def only_objective(workshop: Workshop) -> Objective:
    (objective,) = workshop.objectives()
    return objective
