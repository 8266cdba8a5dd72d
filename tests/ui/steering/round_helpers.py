"""Building a Steering workshop and driving the check-in round as a person does.

Reusable by every Steering test (charts, grading, exports):

- :func:`steering_workshop` — teams with kept objectives and messy key results (accents,
  emoji, markup-looking text, a milestone, a falling target, a negative baseline, a key
  result with no baseline), participants per team, a parked candidate that the round
  leaves out;
- :func:`open_round` — the window on step 8, the Check-ins tab shown, "today" fixed;
- :func:`enter_row` / :func:`enter_round` — value, Tab, confidence, Tab, comment, Enter;
- :func:`run_cycle` — 13 weekly rounds entered through the window, the round's date moved
  week by week (the ``cycle_window`` fixture of conftest.py runs it on 6 teams).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from okr_workshop.domain.model import (
    Direction,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Participant,
    Step,
    Team,
    Workshop,
)
from okr_workshop.ui.steering.check_in_round import CheckInRoundTab
from tests.ui.keyboard import press, type_text

START = date(2027, 1, 4)  # a Monday
END = date(2027, 4, 4)  # 13 weeks later, a Sunday
WEEKS = 13


def _key_results(number: int) -> tuple[tuple[KeyResult, ...], tuple[KeyResult, ...]]:
    """Two objectives' key results for team ``number``: each kind of key result a round meets."""
    first = (
        KeyResult(text=f"Porter le NPS « client » de 30 à 50 — équipe {number}", metric="NPS",
                  baseline=30.0, target=50.0, direction=Direction.INCREASE),
        KeyResult(text="Réduire les <b>délais</b> de 8 à 5 jours 🚚", metric="délai",
                  baseline=8.0, target=5.0, unit="jours", direction=Direction.DECREASE),
        KeyResult(text="Lancer l’offre « Pro » & Co", milestone=True),
    )
    second = (
        KeyResult(text="Ramener la marge de -2 % à 3 %", baseline=-2.0, target=3.0, unit="%",
                  direction=Direction.INCREASE),
        KeyResult(text="Ouvrir 0 → 4 boutiques en ligne", baseline=0.0, target=4.0),
        KeyResult(text="Mesurer la satisfaction (pas de base)", target=8.0),
    )
    return first, second


def steering_workshop(teams: int = 6, language: Language = Language.FRENCH,
                      start: date | None = START, end: date | None = END,
                      key_results_per_team: int = 6) -> Workshop:
    """``teams`` teams of two kept objectives, ``key_results_per_team`` kept key results
    (up to 6) each, two participants per team, and a parked candidate per team."""
    people: list[Participant] = []
    built: list[Team] = []
    for number in range(1, teams + 1):
        team = Team(name=f"Équipe {number} « Nord » 🚀" if number % 2 else f"Team {number} <i>",
                    department="Ventes", position=number - 1)
        members = (Participant(name=f"Zoé {number}", team_id=team.id),
                   Participant(name=f"Amir {number} 😀", team_id=team.id))
        people.extend(members)
        first, second = _key_results(number)
        picked = (first + second)[:key_results_per_team]
        half = (len(picked) + 1) // 2
        objectives = (
            Objective(team_id=team.id, title=f"Faire revenir nos clients ({number})",
                      status=ObjectiveStatus.KEPT, key_results=picked[:half]),
            Objective(team_id=team.id, title="Vendre mieux, <script>pas plus</script>",
                      status=ObjectiveStatus.KEPT, position=1, key_results=picked[half:]),
            Objective(team_id=team.id, title="Idée mise de côté", status=ObjectiveStatus.PARKED,
                      position=2, key_results=(KeyResult(text="Jamais mesuré"),)),
        )
        built.append(replace(team, objectives=objectives))
    return Workshop(title="Atelier de pilotage « T1 »", cycle_label="T1 2027",
                    cycle_start=start, cycle_end=end, language=language,
                    participants=tuple(people), teams=tuple(built), current_step=Step.STEERING)


def open_round(qtbot, main_window, repository, workshop: Workshop, monkeypatch,
               today: date = START) -> CheckInRoundTab:
    """The workshop stored, opened in the window on Steering, its Check-ins tab shown, with
    "today" at ``today`` (the round's first date)."""
    monkeypatch.setattr("okr_workshop.app.clock.today", lambda: today)
    repository.add_workshop(workshop)
    main_window.open_workshop(workshop.id)
    main_window.workshop_view.go_to(Step.STEERING)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    page = main_window.workshop_view.current_page()
    tab = page.steering_tabs()[0]
    assert isinstance(tab, CheckInRoundTab)
    page.tabs.setCurrentWidget(tab)
    tab.focus_first()
    return tab


def focused():
    return QApplication.focusWidget()


def type_here(text: str) -> None:
    """Type ``text`` into whatever has the keys, one character at a time (the view opens
    its editor on the first key; the rest goes to the editor)."""
    for char in text:
        type_text(focused(), char)


def key(which: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    press(focused(), which, modifiers)


def enter_row(value: str | None, confidence: int | str | None, comment: str = "",
              next_step: str | None = None) -> None:
    """One key result as the room gives it: value, Tab, confidence, Tab, comment, Enter.
    ``value`` None leaves the preset; "done"/"not yet" picks a milestone's state."""
    if value in ("done", "not yet"):
        if not isinstance(focused(), QComboBox):
            key(Qt.Key.Key_F2)  # the cell's editor: the milestone's choice
        combo = focused()
        assert isinstance(combo, QComboBox), combo
        combo.setCurrentIndex(1 if value == "done" else 0)
    elif value is not None:
        type_here(value)
    key(Qt.Key.Key_Tab)
    if confidence is not None:
        type_here(str(confidence))
    key(Qt.Key.Key_Tab)
    if comment:
        type_here(comment)
    if next_step is not None:
        key(Qt.Key.Key_Tab)
        type_here(next_step)
    key(Qt.Key.Key_Return)


def set_round_day(tab: CheckInRoundTab, day: date) -> None:
    """Type the round's date as a person does (ISO is read in every language)."""
    tab.day.setFocus()
    tab.day.selectAll()
    type_text(tab.day, day.isoformat())
    press(tab.day, Qt.Key.Key_Return)
    assert tab.round_day() == day, tab.day.problem()
    tab.focus_first()


Plan = Callable[[int, int, KeyResult], tuple[str, int, str]]


def weekly_plan(week: int, row: int, kr: KeyResult) -> tuple[str, int, str]:
    """A plausible week: values moving from the baseline toward the target (a milestone done
    in week 10), confidence wandering, a messy comment."""
    if kr.milestone:
        return ("done" if week >= 10 else "not yet", 4 + week % 6,
                f"S{week}: « jalon » <ok> 🎯")
    start = kr.baseline if kr.baseline is not None else 0.0
    target = kr.target if kr.target is not None else start + 10
    value = start + (target - start) * week / WEEKS * (0.7 + 0.1 * (row % 4))
    return (f"{value:.1f}".replace(".", ","), (3 + week + row) % 11,
            f"Semaine {week} — « ça avance » 🚀 <i>{row}</i>")


def run_cycle(tab: CheckInRoundTab, weeks: int = WEEKS, plan: Plan = weekly_plan,
              start: date = START) -> None:
    """Enter ``weeks`` weekly rounds through the window: each week the round's date moves
    on by seven days and every key result of every team is checked in by keyboard."""
    for week in range(1, weeks + 1):
        set_round_day(tab, start + timedelta(weeks=week - 1))
        for row in range(tab.model.rowCount()):
            enter_row(*plan(week, row, tab.model.row_at(row).kr))
