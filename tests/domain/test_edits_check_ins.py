"""Check-ins added, changed and deleted in memory as the library does: a check-in has no
position, so adding one must not fall back on reading the whole workshop again (which
cost about 240 ms per Enter in the check-in round of a 40-team workshop)."""

from __future__ import annotations

from datetime import date

from okr_workshop.domain.edits import with_added, with_deleted, with_updated
from okr_workshop.domain.model import CheckIn, KeyResult, Objective, Team, Workshop


def workshop_and_kr() -> tuple[Workshop, KeyResult]:
    kr = KeyResult(text="Porter le NPS de 30 à 50", check_ins=(
        CheckIn(on=date(2027, 1, 4), value=31.0, confidence=7, comment="« un »"),))
    team = Team(name="Équipe 🚀")
    objective = Objective(team_id=team.id, title="Clients", key_results=(kr,))
    return Workshop(title="Atelier", teams=(Team(id=team.id, name=team.name,
                                                 objectives=(objective,)),)), kr


def check_ins(workshop: Workshop) -> list[tuple[date, float]]:
    (kr,) = workshop.key_results()
    return sorted((c.on, c.value) for c in kr.check_ins)


def test_a_check_in_is_added_changed_and_deleted_in_memory():
    workshop, kr = workshop_and_kr()
    added = CheckIn(on=date(2027, 1, 11), value=-2.5, confidence=0)
    workshop = with_added(workshop, added, kr.id, None)
    assert check_ins(workshop) == [(date(2027, 1, 4), 31.0), (date(2027, 1, 11), -2.5)]
    workshop = with_updated(workshop, CheckIn(on=added.on, value=0.0, confidence=3,
                                              id=added.id))
    assert check_ins(workshop) == [(date(2027, 1, 4), 31.0), (date(2027, 1, 11), 0.0)]
    workshop = with_deleted(workshop, kr.check_ins[0].id)
    assert check_ins(workshop) == [(date(2027, 1, 11), 0.0)]
