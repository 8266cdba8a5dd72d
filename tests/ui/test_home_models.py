"""The library's item models: Qt's model checks, and what each cell says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from okr_workshop.app.samples import add_samples, sample_workshop
from okr_workshop.domain.model import Language, ObjectiveStatus
from okr_workshop.ui.models.carry_over_model import DETAIL, NAME, CarryOverModel
from okr_workshop.ui.workshop_list_model import (
    MODIFIED,
    PROGRESS,
    WorkshopListModel,
    readable_time,
)

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def test_the_list_model_passes_qts_checks(qtmodeltester, repository):
    add_samples(repository)
    model = WorkshopListModel()
    model.set_workshops(repository.list_workshops())
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 5
    ids = {model.index(row, 0).data(model.ID_ROLE) for row in range(2)}
    assert ids == {s.id for s in repository.list_workshops()}
    assert model.row_of("not an id") is None


def test_the_list_says_at_which_step_each_workshop_is_open(repository):
    """Found in the English walkthrough: a workshop taken to Restitution, then back to the
    Vision to fix a word, was listed under "Step reached" as "Vision (2/8)", out of eight
    steps when the window shows seven. The column says the step it opens at, out of the
    steps the window has."""
    from okr_workshop.ui.pages.registry import page_classes

    add_samples(repository, (Language.FRENCH,))
    model = WorkshopListModel()
    model.set_workshops(repository.list_workshops())
    shown = len(page_classes())
    assert model.headerData(PROGRESS, Qt.Orientation.Horizontal) == "Current step"
    assert model.index(0, PROGRESS).data() == f"Review (6/{shown})"
    assert model.index(0, PROGRESS).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Open at step 6 of {shown}: Review"
    )
    # The whole date and time in the tooltip; the cell says "Today at …".
    tooltip = model.index(0, MODIFIED).data(Qt.ItemDataRole.ToolTipRole)
    assert str(datetime.now().year) in tooltip
    assert model.index(0, MODIFIED).data().startswith("Today at ")


def test_last_modified_reads_as_people_say_it():
    now = datetime(2027, 3, 10, 15, 0, tzinfo=UTC).astimezone()
    assert readable_time(now - timedelta(minutes=5), now).startswith("Today at ")
    assert readable_time(now - timedelta(days=1), now).startswith("Yesterday at ")
    older = readable_time(now - timedelta(days=30), now)
    assert not older.startswith(("Today", "Yesterday")) and " at " in older


def test_the_carry_over_model_passes_qts_checks(qtmodeltester):
    model = CarryOverModel(sample_workshop(Language.FRENCH))
    qtmodeltester.check(model)


def test_kept_objectives_and_their_key_results_are_ticked_by_default():
    workshop = sample_workshop(Language.FRENCH)
    model = CarryOverModel(workshop)
    objectives, key_results = model.chosen_ids()
    kept = [o for o in workshop.objectives() if o.status is ObjectiveStatus.KEPT]
    assert objectives == {o.id for o in kept}
    assert key_results == {k.id for o in kept for k in o.key_results}
    assert len(kept) < len(list(workshop.objectives()))  # parked ones left out
    team = model.index(0, NAME)
    assert team.data(Qt.ItemDataRole.CheckStateRole) is None  # teams always carry over
    assert not model.flags(team) & Qt.ItemFlag.ItemIsUserCheckable


def test_a_key_result_travels_only_with_its_objective():
    workshop = sample_workshop(Language.ENGLISH)
    model = CarryOverModel(workshop)
    team = model.index(0, NAME)
    objective = model.index(0, NAME, team)
    key_result = model.index(0, NAME, objective)
    assert objective.data(Qt.ItemDataRole.CheckStateRole) == CHECKED
    before = model.index(0, DETAIL).data()

    assert model.setData(objective, UNCHECKED.value, Qt.ItemDataRole.CheckStateRole)
    assert not model.flags(key_result) & Qt.ItemFlag.ItemIsEnabled
    assert "Tick its objective first" in key_result.data(Qt.ItemDataRole.ToolTipRole)
    objectives, key_results = model.chosen_ids()
    assert objective.data(model.ID_ROLE) not in objectives
    assert key_result.data(model.ID_ROLE) not in key_results
    assert model.index(0, DETAIL).data() != before  # the team's count follows

    # Ticked again, the objective brings its key results back as they were.
    assert model.setData(objective, CHECKED, Qt.ItemDataRole.CheckStateRole)
    assert key_result.data(model.ID_ROLE) in model.chosen_ids()[1]
    assert model.index(0, DETAIL).data() == before


def test_a_parked_objective_can_be_brought_along(qtmodeltester):
    workshop = sample_workshop(Language.FRENCH)
    model = CarryOverModel(workshop)
    parked = next(o for o in workshop.teams[0].objectives if o.status is ObjectiveStatus.PARKED)
    team = model.index(0, NAME)
    row = [model.index(r, NAME, team).data(model.ID_ROLE) for r in range(model.rowCount(team))]
    index = model.index(row.index(parked.id), NAME, team)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == UNCHECKED
    assert model.index(index.row(), DETAIL, team).data() == "Parked"
    model.setData(index, CHECKED, Qt.ItemDataRole.CheckStateRole)
    assert parked.id in model.chosen_ids()[0]
    qtmodeltester.check(model)
