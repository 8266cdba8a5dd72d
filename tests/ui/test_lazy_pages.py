"""Only the page on screen works after an edit; the others catch up when they are shown."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.domain.model import Step
from okr_workshop.ui.models.team_model import TeamModel
from okr_workshop.ui.pages.contributions_page import ContributionsPage
from okr_workshop.ui.pages.registry import page_classes
from tests.ui.keyboard import press, type_text
from tests.ui.setup_helpers import enter, open_editor

Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def loads(monkeypatch) -> Counter:
    """How many times each page class has loaded the whole workshop."""
    counted: Counter = Counter()
    for cls in page_classes():
        def load(self, workshop, _original=cls.load, _cls=cls):
            counted[_cls.__name__] += 1
            return _original(self, workshop)

        monkeypatch.setattr(cls, "load", load)
    return counted


def open_on_setup(qtbot, main_window, workshop_id):
    main_window.open_workshop(workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.SETUP)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    return view


def test_opening_a_workshop_loads_only_the_page_shown_and_each_page_once(
    qtbot, main_window, french_workshop_id, loads
):
    main_window.open_workshop(french_workshop_id)
    shown = type(main_window.workshop_view.current_page()).__name__
    assert loads == Counter({shown: 1})
    view = main_window.workshop_view
    for number in range(1, len(view.pages) + 1):  # every step, twice
        press(view.current_page(), Qt.Key(Qt.Key.Key_0 + number), Alt)
    for number in range(1, len(view.pages) + 1):
        press(view.current_page(), Qt.Key(Qt.Key.Key_0 + number), Alt)
    assert loads == Counter({cls.__name__: 1 for cls in page_classes()})


def test_a_hidden_page_does_no_work_on_an_edit_and_shows_it_when_shown(
    qtbot, main_window, french_workshop_id, loads
):
    view = open_on_setup(qtbot, main_window, french_workshop_id)
    press(view.current_page(), Qt.Key.Key_3, Alt)  # Contributions, loaded once
    contributions = view.current_page()
    assert isinstance(contributions, ContributionsPage)
    press(contributions, Qt.Key.Key_1, Alt)  # back to Setup
    setup = view.current_page()
    loads.clear()

    teams = setup.teams
    editor = open_editor(teams.view, 0, TeamModel.NAME)
    editor.selectAll()
    type_text(editor, "Équipe renommée « 🌱 »")
    enter(editor)
    assert main_window.bridge.workshop.teams[0].name == "Équipe renommée « 🌱 »"
    assert loads["ContributionsPage"] == 0 and contributions.stale  # no work while hidden
    assert set(loads) <= {"SetupPage"}

    press(setup, Qt.Key.Key_3, Alt)
    names = [contributions.teams.index(r, 0).data() for r in range(contributions.teams.rowCount())]
    assert any("Équipe renommée « 🌱 »" in (name or "") for name in names), names
    assert loads["ContributionsPage"] == 1 and not contributions.stale


def test_a_target_typed_on_screen_updates_its_row_without_rebuilding_the_tree(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.KEY_RESULTS)
    page = view.current_page()
    objective = page.objective()
    assert objective is not None and objective.key_results
    resets = []
    page.tree_model.modelReset.connect(lambda: resets.append(True))
    page.tree.expandAll()
    collapsed = page.tree_model.index(1, 0)
    page.tree.collapse(collapsed)  # how the person left it: kept, not expanded again

    page.editor.target.setFocus()
    page.editor.target.selectAll()
    type_text(page.editor.target, "77")
    press(page.editor.target, Qt.Key.Key_Return)

    kr = page.key_result()
    assert kr is not None and kr.target == 77
    saved = main_window.bridge.workshop.objective(objective.id).key_results
    assert any(k.id == kr.id and k.target == 77 for k in saved)
    assert page.editor.target.text() == "77"
    assert resets == [] and not page.tree.isExpanded(collapsed)


def test_opening_a_workshop_builds_only_the_page_shown(
    qtbot, main_window, french_workshop_id, monkeypatch
):
    built = []
    for cls in page_classes():
        def init(self, *args, _original=cls.__init__, _cls=cls, **kwargs):
            built.append(_cls.__name__)
            _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", init)
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    assert built == [type(view.current_page()).__name__]
    step_texts = [view.step_list.item(r).text() for r in range(view.step_list.count())]
    assert step_texts[0] == "1. Setup" and step_texts[4] == "5. Key results"
    press(view.current_page(), Qt.Key.Key_5, Alt)
    assert built[-1] == "KeyResultsPage" and view.current_page().isVisible()


def test_the_still_to_do_tooltip_gives_the_advice_for_every_finding_of_the_step(
    qtbot, main_window, french_workshop_id
):
    from okr_workshop.domain.rules.check import check_workshop
    from okr_workshop.domain.steps import findings_for_step

    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.SETUP)
    workshop = main_window.bridge.workshop
    findings = findings_for_step(workshop, Step.SETUP, check_workshop(workshop))
    assert findings
    expected = "\n".join(f.advice(workshop.language) for f in findings)
    assert view.missing.toolTip() == expected
