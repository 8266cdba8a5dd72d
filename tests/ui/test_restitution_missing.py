"""Restitution: before export, the step says what would be wrong in the deck."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.model import ObjectiveStatus
from okr_workshop.domain.rules.key_results import NO_TARGET
from okr_workshop.ui.widgets import deck_jobs
from tests.ui.test_restitution_page import open_step

Alt = Qt.KeyboardModifier.AltModifier
NOTHING = "Nothing missing in this step."


@pytest.fixture(autouse=True)
def no_worker_left(main_window):
    yield
    main_window.close()
    assert deck_jobs.wait_for_jobs(0)


def unmeasurable(repository, workshop_id: str):
    """The sample with its first kept key result stripped of its target: not measurable."""
    workshop = repository.load_workshop(workshop_id)
    team = next(t for t in workshop.teams if t.objectives_with(ObjectiveStatus.KEPT))
    kr = team.objectives_with(ObjectiveStatus.KEPT)[0].key_results[0]
    repository.update(dataclasses.replace(kr, target=None))
    return team, kr


def test_a_tidy_workshop_has_nothing_missing(qtbot, main_window, french_workshop_id):
    open_step(qtbot, main_window, french_workshop_id)
    assert main_window.workshop_view.missing.text() == NOTHING


def test_an_unmeasurable_key_result_is_named_before_export(
    qtbot, main_window, repository, french_workshop_id
):
    team, kr = unmeasurable(repository, french_workshop_id)
    page = open_step(qtbot, main_window, french_workshop_id)
    shown = main_window.workshop_view.missing.text()
    assert shown != NOTHING
    assert "Exported now, the deck would carry this error:" in shown
    workshop = page.bridge.workshop
    finding = next(f for f in page.errors(workshop) if f.subject_id == kr.id)
    assert finding.code == NO_TARGET
    # The rule's own sentence, with the team it concerns.
    assert f"{team.name} — {finding.message(workshop.language)}" in shown

    # Measurable again: nothing left to say.
    assert page.bridge.edit(lambda s: s.update("edit the target", kr, target=kr.target))
    assert main_window.workshop_view.missing.text() == NOTHING


def test_several_errors_are_counted(qtbot, main_window, repository, french_workshop_id):
    workshop = repository.load_workshop(french_workshop_id)
    kept = [kr for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT
            for kr in o.key_results][:3]
    for kr in kept:
        repository.update(dataclasses.replace(kr, target=None))
    open_step(qtbot, main_window, french_workshop_id)
    assert "Exported now, the deck would carry these 3 errors:" in (
        main_window.workshop_view.missing.text()
    )
