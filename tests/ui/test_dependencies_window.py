"""Point 13: dependencies between teams are recorded, changed and deleted in the window —
under the Review step's table and from a key result ("depends on team X for…") — undoably,
and the health check sees them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language, ObjectiveStatus, Step
from okr_workshop.domain.rules.health import health_check
from okr_workshop.ui.models.coverage_models import DependenciesModel
from okr_workshop.ui.pages.key_results_page import KeyResultsPage
from okr_workshop.ui.pages.review_page import ReviewPage
from tests.ui.keyboard import press, type_text
from tests.ui.setup_helpers import pick, undo

Alt = Qt.KeyboardModifier.AltModifier
NOTE = "les données <i>clients</i> & « tarifs » 🚚"


def open_step(qtbot, main_window, workshop_id, digit):
    main_window.open_workshop(workshop_id)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    press(main_window.workshop_view.step_list, digit, Alt)
    return main_window.workshop_view.current_page()


def label(workshop, objective) -> str:
    return f"{workshop.team(objective.team_id).name} — {objective.title}"


def m5_dependencies(workshop) -> int:
    lines = {line.code: line for line in health_check(workshop)[4].evidence}
    return lines["health.m5.dependencies"].params["count"] if "health.m5.dependencies" in \
        lines else 0


def test_add_change_delete_a_dependency_in_the_review(qtbot, main_window, repository):
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    before = len(workshop.dependencies)
    kept = [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]
    first = kept[0]
    others = [o for o in kept if o.team_id != first.team_id]
    page = open_step(qtbot, main_window, workshop.id, Qt.Key.Key_6)
    assert isinstance(page, ReviewPage)
    press(page.tabs, Qt.Key.Key_C, Alt)  # the Coverage and dependencies tab
    panel = page.coverage_panel
    form = panel.dependency_form
    assert page.tabs.currentWidget() is panel and form.isVisible()

    pick(form.from_combo, label(workshop, first))
    targets = [form.to_combo.itemText(r) for r in range(form.to_combo.count())]
    assert label(workshop, first) not in targets  # never the objective's own team
    assert targets == [label(workshop, o) for o in others]
    pick(form.to_combo, label(workshop, others[-1]))
    form.note.setFocus()
    type_text(form.note, NOTE)
    press(form.note, Qt.Key.Key_Return)
    stored = repository.load_workshop(workshop.id)
    assert len(stored.dependencies) == before + 1
    added = stored.dependencies[-1]
    assert (added.from_objective_id, added.to_objective_id, added.note) == (
        first.id, others[-1].id, NOTE)
    assert m5_dependencies(stored) == before + 1
    model = panel.dependencies_model
    row = model.row_of(added.id)
    assert model.index(row, DependenciesModel.NOTE).data() == NOTE
    assert form.selected() == added  # the new row is picked, ready to change

    # Change it: another objective it needs, and the note; Enter saves the picked one.
    pick(form.to_combo, label(workshop, others[0]))
    form.note.selectAll()
    type_text(form.note, "le tarif")
    press(form.note, Qt.Key.Key_Return)
    changed = next(d for d in repository.load_workshop(workshop.id).dependencies
                   if d.id == added.id)
    assert (changed.to_objective_id, changed.note) == (others[0].id, "le tarif")
    assert len(repository.load_workshop(workshop.id).dependencies) == before + 1

    # The same pair twice is refused, with the reason in the status bar.
    form.add_button.click()
    assert len(repository.load_workshop(workshop.id).dependencies) == before + 1
    assert "already recorded" in main_window.statusBar().currentMessage()

    form.delete_button.click()
    assert model.row_of(added.id) == -1
    undo(main_window)
    assert model.row_of(added.id) >= 0
    assert next(d for d in repository.load_workshop(workshop.id).dependencies
                if d.id == added.id).note == "le tarif"


def test_a_key_result_records_what_its_objective_needs(qtbot, main_window, repository):
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    page = open_step(qtbot, main_window, workshop.id, Qt.Key.Key_5)
    assert isinstance(page, KeyResultsPage) and page.step == Step.KEY_RESULTS
    objective = page.objective()
    box = page.dependencies
    assert box.isVisible() and box.isEnabled()
    had = [d for d in workshop.dependencies if d.from_objective_id == objective.id]
    assert box.model.rowCount() == len(had)
    other = next(o for o in workshop.objectives()
                 if o.status == ObjectiveStatus.KEPT and o.team_id != objective.team_id
                 and all(d.to_objective_id != o.id for d in had))
    pick(box.form.to_combo, label(workshop, other))
    box.form.note.setFocus()
    type_text(box.form.note, NOTE)
    press(box.form.note, Qt.Key.Key_Return)
    stored = repository.load_workshop(workshop.id)
    added = stored.dependencies[-1]
    assert (added.from_objective_id, added.to_objective_id, added.note) == (
        objective.id, other.id, NOTE)
    assert box.model.rowCount() == len(had) + 1
    assert f"{label(workshop, other)} — {NOTE}" in [
        box.model.index(r, 0).data() for r in range(box.model.rowCount())]
    box.form.delete_button.click()
    assert len(repository.load_workshop(workshop.id).dependencies) == len(stored.dependencies) - 1
    undo(main_window)
    assert len(repository.load_workshop(workshop.id).dependencies) == len(stored.dependencies)
