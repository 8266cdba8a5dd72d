"""Done when: "a cycle of 13 weekly check-ins for a 6-team workshop entered through the
check-in round in a GUI test". The workshop it builds (the ``cycle_window`` fixture of
conftest.py) is reusable: the charts, grading and exports of that cycle extend it."""

from __future__ import annotations

from datetime import timedelta

from okr_workshop.domain.model import ObjectiveStatus
from tests.ui.steering.round_helpers import START, WEEKS, weekly_plan


def test_thirteen_weekly_rounds_for_six_teams_are_entered_through_the_round(
        cycle_window, repository):
    main_window, tab, workshop_id = cycle_window
    stored = repository.load_workshop(workshop_id)
    kept = [kr for o in stored.objectives() if o.status == ObjectiveStatus.KEPT
            for kr in o.key_results]
    assert len(kept) == 36 and len(stored.teams) == 6
    mondays = [START + timedelta(weeks=w) for w in range(WEEKS)]
    for row, kr in enumerate(kept):
        assert sorted(c.on for c in kr.check_ins) == mondays, kr.text
        last = max(kr.check_ins, key=lambda c: c.on)
        value, confidence, comment = weekly_plan(WEEKS, row, kr)
        assert last.confidence == confidence and last.comment == comment
        if kr.milestone:
            assert last.value == 1.0
        else:
            assert f"{last.value:.1f}".replace(".", ",") == value
    # What the room sees at the last round: everything checked in, thirteen weeks of history.
    assert "key results checked in: 36 of 36" in tab.summary.text()
    tab.view.setCurrentIndex(tab.model.index(4, 0))
    assert tab.history.model.rowCount() == WEEKS
    assert tab.history.status.text()
