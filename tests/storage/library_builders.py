"""A hand-made workshop with one or more of everything, for the library tests.

French and emoji text, numbers left empty, dates and references of every kind, so a
round trip through SQLite has something to lose if the mapping is wrong.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    ChecklistTick,
    Commitment,
    CommonRule,
    Dependency,
    Direction,
    Feedback,
    FeedbackKind,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    RitualKind,
    Step,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.values import new_id

LONG_AGO = datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)


def rich_workshop(title: str = "Atelier OKR — École 🚀", teams: int = 2) -> Workshop:
    ids = {name: new_id() for name in ("anne", "bob", "growth", "trust")}
    team_ids = [new_id() for _ in range(teams)]
    participants = (
        Participant(id=ids["anne"], name="Anne-Sophie Lefèvre", role="Sponsor", team_id=None),
        Participant(id=ids["bob"], name="Bob 🧑‍💻", role="Dév", team_id=team_ids[0]),
        Participant(name="Zoé d’Arc", role="", team_id=team_ids[-1]),
    )
    strategic = (
        StrategicObjective(id=ids["growth"], title="Croître à l’international", why="« Pour »"),
        StrategicObjective(id=ids["trust"], title="Gagner la confiance", why=""),
    )

    def key_results(prefix: str) -> tuple[KeyResult, ...]:
        return (
            KeyResult(
                text=f"{prefix} : passer de 40 % à 60 %",
                metric="Taux de réussite",
                baseline=40.0,
                target=60.5,
                unit="%",
                direction=Direction.INCREASE,
                data_source="Tableau de bord",
                owner="Anne",
                due=date(2027, 3, 31),
                check_ins=(
                    CheckIn(on=date(2027, 1, 15), value=45.0, confidence=7, comment="Bien ✅"),
                    CheckIn(on=date(2027, 2, 15), value=-0.5, confidence=3),
                ),
            ),
            KeyResult(text=f"{prefix} : qualité", baseline=None, target=None, due=None),
        )

    built_teams = []
    for number, team_id in enumerate(team_ids):
        objectives = (
            Objective(
                team_id=team_id,
                title=f"Objectif n°{number} — clients ravis",
                why="Parce que « le client d’abord »",
                strategic_objective_id=ids["growth"],
                status=ObjectiveStatus.KEPT,
                votes=4,
                author_id=ids["bob"],
                commitment=Commitment.COMMITTED,
                key_results=key_results(f"KR{number}"),
            ),
            Objective(
                team_id=team_id,
                title="Hors stratégie",
                non_alignment_reason="Obligation légale",
                status=ObjectiveStatus.PARKED,
                commitment=None,
            ),
            Objective(team_id=team_id, title="Candidat", author_id=ids["anne"]),
        )
        built_teams.append(
            Team(
                id=team_id,
                name=f"Équipe {number} 🌍",
                department="Finance" if number % 2 else "Ressources humaines",
                ambassador_id=ids["anne"] if number == 0 else None,
                objectives=objectives,
            )
        )
    first, second = built_teams[0].objectives[0].id, built_teams[-1].objectives[1].id
    return Workshop(
        title=title,
        organisation="Société Générale des Œuvres",
        cycle_label="T1 2027",
        cycle_start=date(2027, 1, 1),
        cycle_end=date(2027, 3, 31),
        language=Language.FRENCH,
        facilitator="Léa",
        rule=CommonRule(max_objectives_per_team=2, max_key_results_per_objective=3, strict=True),
        vision="Être la référence 🌟\nsur deux lignes",
        current_step=Step.KEY_RESULTS,
        participants=participants,
        strategic_objectives=strategic,
        teams=tuple(built_teams),
        dependencies=(
            Dependency(from_objective_id=first, to_objective_id=second, note="Données"),
            Dependency(from_objective_id=second, to_objective_id=first),
        ),
        rituals=(
            Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY, note="Lundi 9 h"),
            Ritual(kind=RitualKind.ALL_HANDS, cadence=Cadence.QUARTERLY),
        ),
        feedback=(
            Feedback(kind=FeedbackKind.WENT_WELL, text="Très clair !", author="Bob"),
            Feedback(kind=FeedbackKind.IDEA, text="Plus de pauses ☕"),
        ),
        checklist=(ChecklistTick(item="vision.shared"), ChecklistTick(item="focus.voted")),
        created_at=LONG_AGO,
        # An offset other than UTC: stored as UTC, equal as an instant.
        updated_at=datetime(2020, 1, 2, 5, 4, 5, tzinfo=timezone(timedelta(hours=2))),
    )


def count_rows(path: Path, table: str, where: str = "1", params: tuple = ()) -> int:
    """Count rows with a separate plain connection, as another reader would see them."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0]
    finally:
        conn.close()


def workshop_titles(path: Path) -> set[str]:
    """The workshops' titles in the file at ``path``, read through a read-only connection."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT title FROM workshops")}
    finally:
        conn.close()


def column(path: Path, table: str, name: str, row_id: str) -> object:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(f'SELECT "{name}" FROM {table} WHERE id = ?', (row_id,)).fetchone()
        return found[0] if found else None
    finally:
        conn.close()


def behind_our_back(path: Path, sql: str, params: tuple = ()) -> None:
    """A change made to the library file by another program (or the disk), not through the
    repository: what the per-workshop checksums must catch."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()
