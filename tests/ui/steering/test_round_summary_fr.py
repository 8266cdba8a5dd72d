"""The line under the round, in French as a French coach says it (walkthrough at scale 1.5):
« résultats clés renseignés », and « et 2 autres » rather than « et d’autres : 2 »."""

from __future__ import annotations

from datetime import date

from okr_workshop.domain.model import CheckIn, KeyResult, Objective, Team
from okr_workshop.ui.models.check_in_round_model import RoundRow
from okr_workshop.ui.steering.round_summary import round_summary

NBSP = "\u00a0"
DAY = date(2027, 2, 26)


def row(name: str, before: int | None, now: int | None) -> RoundRow:
    kr = KeyResult(text=name)
    last = CheckIn(on=date(2027, 2, 19), value=10.0, confidence=before) if before else None
    saved = CheckIn(on=DAY, value=11.0, confidence=now) if now is not None else None
    team = Team(name="Équipe")
    return RoundRow(team, Objective(team_id=team.id, title="O"), kr, last, saved)


def test_the_round_summary_in_french(french_ui):
    rows = [row(f"KR {n}", 8, 3) for n in range(1, 6)] + [row("Sans point", None, None)]
    text = round_summary(rows, DAY)
    assert text.startswith(
        f"Tour du 26{NBSP}févr.{NBSP}2027 — résultats clés renseignés{NBSP}: 5 sur 6")
    assert f"valeurs en hausse{NBSP}: 5, en baisse{NBSP}: 0" in text
    assert text.endswith("KR 1 (8 → 3), KR 2 (8 → 3), KR 3 (8 → 3) et 2 autres")


def test_grades_read_as_grades_in_french(french_ui):
    """The closing tab proposed « 1 » beside « 0,67 », and listed « 0,3 · Manqué », while its
    sentence said « 1,0 est donc attendu »: a grade keeps one decimal at least."""
    from okr_workshop.ui.models.grades_model import grade_text

    assert [grade_text(g) for g in (1.0, 0.0, 0.3, 0.67, 0.675, None)] == [
        "1,0", "0,0", "0,3", "0,67", "0,68", "—"]
