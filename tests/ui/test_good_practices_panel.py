"""The "Good practices" panel under each step: the source's practices of the step on screen,
ticked with Space or a click, saved as checklist ticks, undoable, counted by the health check."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle

from okr_workshop.domain.good_practices import practice_text, practices_for_step
from okr_workshop.domain.model import Step
from okr_workshop.domain.rules.health import health_check
from okr_workshop.ui.models.base import ID_ROLE
from okr_workshop.ui.models.practices_model import PracticesModel
from tests.ui.keyboard import press
from tests.ui.setup_helpers import undo

Alt = Qt.KeyboardModifier.AltModifier


def shown(model: PracticesModel) -> list[tuple[str, bool]]:
    return [
        (model.index(r).data(), model.index(r).data(Qt.ItemDataRole.CheckStateRole)
         == Qt.CheckState.Checked)
        for r in range(model.rowCount())
    ]


def tips_ticked(workshop) -> int:
    lines = {line.code: line for line in health_check(workshop)[3].evidence}
    line = lines.get("health.m4.tips_ticked")
    return line.params["count"] if line else 0


def test_each_step_shows_its_practices_and_space_ticks_them(
        qtbot, main_window, french_workshop_id, repository):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    panel = view.practices
    view.go_to(Step.KEY_RESULTS)
    expected = [practice_text(p.code, "fr") for p in practices_for_step(Step.KEY_RESULTS)]
    assert [text for text, _ in shown(panel.model)] == expected
    assert panel.isVisible() and panel.list.isVisible()
    # The sample ticked "m3.data_access" (second practice of the step).
    assert [ticked for _, ticked in shown(panel.model)] == [False, True, False]
    assert panel.toggle.text() == "Good practices: 1 of 3 ticked"
    before = tips_ticked(repository.load_workshop(french_workshop_id))

    panel.list.setFocus()
    panel.list.setCurrentIndex(panel.model.index(0))
    press(panel.list, Qt.Key.Key_Space)
    assert [ticked for _, ticked in shown(panel.model)] == [True, True, False]
    stored = repository.load_workshop(french_workshop_id)
    assert "m3.measurable" in {t.item for t in stored.checklist}
    assert tips_ticked(stored) == before + 1
    assert panel.toggle.text() == "Good practices: 2 of 3 ticked"

    # A click on the box of the second one unticks it; Ctrl+Z ticks it again.
    rect = panel.list.visualRect(panel.model.index(1))
    box = panel.list.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 3 + box // 2, rect.center().y()))
    assert [ticked for _, ticked in shown(panel.model)] == [True, False, False]
    undo(main_window)
    assert [ticked for _, ticked in shown(panel.model)] == [True, True, False]
    assert main_window.statusBar().currentMessage() == "Unticking of the good practice undone"

    # Another step, other practices; folding the panel keeps it folded from step to step.
    view.go_to(Step.SETUP)
    codes = [p.code for p in practices_for_step(Step.SETUP)]
    assert [text for text, _ in shown(panel.model)] == [practice_text(c, "fr") for c in codes]
    panel.toggle.click()
    assert not panel.list.isVisible()
    view.go_to(Step.VISION)
    assert panel.isVisible() and not panel.list.isVisible()


def test_a_practice_says_which_mistake_it_answers(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.SETUP)
    model = view.practices.model
    row = [model.index(r).data(ID_ROLE) for r in range(model.rowCount())].index(
        "m4.ambassadors")
    tip = model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == ("Identifier des ambassadeurs au sein de l’entreprise\n"
                   "Against mistake 4: Négliger la culture de responsabilisation")
