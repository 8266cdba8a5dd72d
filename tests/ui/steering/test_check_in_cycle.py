"""Done when: "a cycle of 13 weekly check-ins for a 6-team workshop entered through the
check-in round in a GUI test". The workshop it builds (the ``cycle_window`` fixture of
conftest.py) is reusable: the charts, grading and exports of that cycle extend it."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt

from okr_workshop.app.check_in_file import read_check_in_file
from okr_workshop.domain.model import ObjectiveStatus, Step
from okr_workshop.domain.steering.chart_geometry import kr_chart
from okr_workshop.domain.steering.chart_scene import VALUES, Mark
from tests.export.pdf_reading import all_text, reader
from tests.ui.steering.round_helpers import START, WEEKS, weekly_plan
from tests.ui.steering.test_closing_tab import type_grade


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


def test_the_cycle_is_charted_graded_and_exported_from_the_window(
        cycle_window, repository, prompts, qtbot, tmp_path):
    """The rest of "Done when": that same cycle, charted, graded and exported (deck, .ics,
    CSV) by a person in the window."""
    main_window, round_tab, workshop_id = cycle_window
    page = main_window.workshop_view.current_page()
    tabs = {type(t).__name__: t for t in page.steering_tabs()}

    # Charted: every key result counted on the dashboard, thirteen weeks drawn in one run.
    progress = tabs["ProgressTab"]
    page.tabs.setCurrentWidget(progress)
    counted = [int(label.accessibleName().rsplit(":", 1)[1])
               for label in progress.dashboard.counts.values()]
    assert sum(counted) == 36 and counted[-1] == 0  # none left without a check-in
    qtbot.keyClick(progress, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert progress.list.hasFocus()
    shown = progress.model.row_at(progress.list.currentIndex().row()).kr
    workshop = repository.load_workshop(workshop_id)
    runs = kr_chart(workshop, next(k for k in workshop.key_results() if k.id == shown.id)).runs
    assert [len(run) for run in runs] == [WEEKS]  # weekly, no week missed: one line
    drawn = [s for s in progress.chart.scene().shapes
             if isinstance(s, Mark) and s.colour == VALUES]
    assert len(drawn) >= WEEKS  # a mark per week (and the legend's)
    assert "Latest value" in progress.chart.accessibleDescription()

    # Graded: the first objective's first key result graded 0.7 by keyboard.
    closing = tabs["ClosingTab"]
    page.tabs.setCurrentWidget(closing)
    closing.objectives.setFocus()
    closing.objectives.setCurrentIndex(closing.objectives_model.index(0, 0))
    type_grade(closing, 0, "0.7")
    first = closing.form.model.key_result(0)
    assert next(k for k in repository.load_workshop(workshop_id).key_results()
                if k.id == first.id).grade == 0.7

    # Exported: the rituals to a calendar, the check-ins to CSV, the deck to PDF.
    rituals = tabs["RitualsTab"]
    page.tabs.setCurrentWidget(rituals)
    qtbot.mouseClick(rituals.propose_button, Qt.MouseButton.LeftButton)
    prompts.answers.append(tmp_path / "rituels")
    qtbot.mouseClick(rituals.export_button, Qt.MouseButton.LeftButton)
    calendar = Calendar.from_ical((tmp_path / "rituels.ics").read_bytes())
    assert len(list(calendar.walk("VEVENT"))) == 4

    page.tabs.setCurrentWidget(round_tab)
    prompts.answers.append(tmp_path / "points")
    qtbot.mouseClick(round_tab.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "points.csv"
    assert str(written) in round_tab.notice.text() and round_tab.notice.isVisible()
    again = read_check_in_file(repository.load_workshop(workshop_id), written)
    assert not again.added and len(again.skipped) == 36 * WEEKS  # every line already there

    main_window.workshop_view.go_to(Step.RESTITUTION)
    deck_page = main_window.workshop_view.current_page()
    # Every key result's chart is in the appendix: the coach asks for it.
    radio = deck_page.options.with_appendix
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert deck_page.options.appendix()
    prompts.answers.append(tmp_path / "deck.pdf")
    qtbot.mouseClick(deck_page.export_deck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Deck saved" in deck_page.result.text(), timeout=60_000)
    text = all_text(reader((tmp_path / "deck.pdf").read_bytes()))
    assert "Où en sont les résultats clés" in text  # the chart slides, in the deck's French
