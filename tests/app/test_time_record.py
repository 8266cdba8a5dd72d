"""The step timer's record: saved at once on the run sheet, never an undo step, and never
taken back by undoing an edit of the run sheet."""

from __future__ import annotations

from okr_workshop.domain.agenda import item_for, run_sheet_items
from okr_workshop.domain.model import Step
from okr_workshop.domain.room import MAX_SPENT_SECONDS, AgendaItem
from tests.app.on_disk import reopened


def _spent(workshop, step: Step) -> int:
    return item_for(run_sheet_items(workshop), step).spent_seconds


def test_recorded_time_is_on_disk_with_the_default_sheet_and_no_undo_step(session, library):
    assert session.workshop.agenda == ()
    assert session.record_time(Step.FOCUS, 754)
    on_disk = reopened(library, session.workshop.id)
    assert _spent(on_disk, Step.FOCUS) == 754
    assert [i.step for i in run_sheet_items(on_disk)][:2] == [Step.SETUP, Step.VISION]
    assert len(on_disk.agenda) == 7
    assert session.undo_edit is None  # nothing for Ctrl+Z to take back
    session.record_time(Step.FOCUS, 800)
    assert _spent(reopened(library, session.workshop.id), Step.FOCUS) == 800
    assert session.undo_edit is None


def test_no_line_for_steering_nothing_recorded(session, library):
    assert not session.record_time(Step.STEERING, 60)
    assert reopened(library, session.workshop.id).agenda == ()


def test_a_clock_gone_wrong_is_held_within_bounds(session):
    session.record_time(Step.VISION, -5)
    assert _spent(session.workshop, Step.VISION) == 0
    session.record_time(Step.VISION, 10**9)
    assert _spent(session.workshop, Step.VISION) == MAX_SPENT_SECONDS


def test_undoing_a_run_sheet_edit_keeps_the_time_recorded_since(session, library):
    session.keep_run_sheet()
    vision = item_for(run_sheet_items(session.workshop), Step.VISION)
    session.update("Plan", vision, planned_minutes=25)
    session.record_time(Step.VISION, 300)
    session.add("Break", AgendaItem(title="Pause café", planned_minutes=15), index=2)
    session.record_time(Step.VISION, 420)

    assert session.undo() == "Break"
    assert session.undo() == "Plan"
    on_disk = reopened(library, session.workshop.id)
    assert item_for(run_sheet_items(on_disk), Step.VISION).planned_minutes == 10
    assert _spent(on_disk, Step.VISION) == 420
    assert _spent(session.workshop, Step.VISION) == 420
    assert session.redo() == "Plan"
    assert _spent(reopened(library, session.workshop.id), Step.VISION) == 420
    # The default sheet was stored before the first edit: undoing it all leaves it there.
    session.undo()
    assert len(reopened(library, session.workshop.id).agenda) == 7
