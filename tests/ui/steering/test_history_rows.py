"""The check-in history under the round shows a month of weekly check-ins at 1280×720 (the
window on a 1366×768 screen); the English walkthrough saw two rows of thirteen, the round's
table above keeping eight."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from okr_workshop.domain.model import CheckIn
from tests.ui.steering.round_helpers import START, open_round, steering_workshop


def test_the_history_shows_four_check_ins_and_the_round_still_six_key_results(
        qtbot, main_window, repository, monkeypatch):
    main_window.resize(1280, 720)
    workshop = steering_workshop(teams=2)
    team = workshop.teams[0]
    first = team.objectives[0]
    kr = replace(first.key_results[0], check_ins=tuple(
        CheckIn(on=START + timedelta(weeks=w), value=30 + w, confidence=7, comment="Semaine")
        for w in range(6)))
    first = replace(first, key_results=(kr, *first.key_results[1:]))
    team = replace(team, objectives=(first, *team.objectives[1:]))
    workshop = replace(workshop, teams=(team, *workshop.teams[1:]))
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch,
                     today=START + timedelta(weeks=7))
    qtbot.waitExposed(tab)
    history = tab.history.view
    assert history.model().rowCount() == 6
    row = history.rowHeight(0)
    assert history.viewport().height() >= 4 * row, (history.viewport().height(), row)
    assert tab.view.viewport().height() >= 6 * tab.view.rowHeight(0)
