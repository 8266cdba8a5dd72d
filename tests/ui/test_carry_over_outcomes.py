"""The next-cycle dialog's tree (issue 13, point 8): the closing form decides what is ticked,
and a key result says where it starts only when a measured value carries."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from okr_workshop.domain.model import (
    CheckIn,
    ClosingOutcome,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Team,
    Workshop,
)
from okr_workshop.ui.models.carry_over_model import DETAIL, NAME, CarryOverModel


def _workshop() -> Workshop:
    team = Team(name="Ventes")
    milestone = KeyResult(text="Ouvrir la boutique", milestone=True,
                          check_ins=(CheckIn(on=date(2027, 3, 3), value=1, confidence=9),))
    measured = KeyResult(text="Porter le NPS de 30 à 50", baseline=30, target=50,
                         check_ins=(CheckIn(on=date(2027, 3, 3), value=42, confidence=7),))
    objectives = (
        Objective(team_id=team.id, title="Kept", status=ObjectiveStatus.KEPT,
                  key_results=(measured, milestone)),
        Objective(team_id=team.id, title="Accomplished", status=ObjectiveStatus.KEPT,
                  outcome=ClosingOutcome.ACCOMPLISHED),
        Objective(team_id=team.id, title="Postponed", status=ObjectiveStatus.PARKED,
                  outcome=ClosingOutcome.POSTPONED),
    )
    return Workshop(title="Atelier", teams=(replace(team, objectives=objectives),))


def test_the_closing_form_decides_what_starts_ticked(qtmodeltester):
    model = CarryOverModel(_workshop())
    qtmodeltester.check(model)
    team = model.index(0, NAME)
    ticks = {model.index(r, NAME, team).data(): model.index(r, NAME, team).data(
        Qt.ItemDataRole.CheckStateRole) for r in range(model.rowCount(team))}
    assert ticks == {"Kept": Qt.CheckState.Checked, "Accomplished": Qt.CheckState.Unchecked,
                     "Postponed": Qt.CheckState.Checked}


NBSP = "\u00a0"


def _details() -> list[str]:
    model = CarryOverModel(_workshop())
    kept = model.index(0, NAME, model.index(0, NAME))
    return [model.index(r, DETAIL, kept).data() for r in range(2)]


def test_a_key_result_says_its_new_baseline_and_where_it_comes_from():
    measured, milestone = _details()
    assert measured.startswith("Baseline ← last value 42 (check-in of ")
    assert "2027" in measured and "3" in measured
    assert milestone == ""  # a milestone starts again as not done, not from "1"


def test_the_new_baseline_in_french(french_ui):
    measured, _ = _details()
    assert measured == f"Référence ← dernière valeur 42 (point d’étape du 3{NBSP}mars{NBSP}2027)"
