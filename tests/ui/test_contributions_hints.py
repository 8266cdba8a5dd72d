"""Contributions: what the hints ask for is what the form offers, team by team."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from okr_workshop.domain.model import Step
from okr_workshop.ui.models.contributions_model import ContributionsModel
from okr_workshop.ui.pages.contributions_page import ContributionsPage
from tests.ui.keyboard import press, type_text
from tests.ui.one_page import open_alone
from tests.ui.test_contributions_page import (
    SHOPS,
    enter_in_editor,
    on_disk,
    open_editor,
    select,
    team,
    titles,
)

Ctrl = Qt.KeyboardModifier.ControlModifier
Model = ContributionsModel
TITLE = "Repeindre les camions"


@pytest.fixture
def page(main_window, french_workshop_id, monkeypatch) -> ContributionsPage:
    contributions = open_alone(main_window, monkeypatch, french_workshop_id, ContributionsPage,
                               Step.CONTRIBUTIONS)
    contributions.choose_team_row(contributions.teams.row_of(team(contributions, SHOPS).id))
    return contributions


def add_unaligned(page: ContributionsPage) -> None:
    page.quick.strategic.setCurrentIndex(page.quick.strategic.findData(""))
    page.quick.line.setFocus()
    type_text(page.quick.line, TITLE)
    press(page.quick.line, Qt.Key.Key_Return)


def hint(main_window) -> str:
    lines = main_window.workshop_view.missing.text().splitlines()
    return next((line for line in lines if TITLE in line), "")


def test_the_not_aligned_hint_names_the_field_that_clears_it(
    qtbot, page, main_window, tmp_path, french_workshop_id
):
    add_unaligned(page)
    assert hint(main_window)
    field = page.model.headerData(Model.REASON, Qt.Orientation.Horizontal)
    assert f"“{field}”" in hint(main_window)  # the column, by the name on its heading
    # The why beside the table is another field: the hint does not send people there.
    why = page.notes.why_label.text().replace("&", "")
    assert "why it matters" not in hint(main_window).lower()
    assert why.lower() not in hint(main_window).lower()

    # Filling the why does not clear the hint, and the hint never said it would.
    page.notes.why_edit.setFocus()
    type_text(page.notes.why_edit, "Des camions ternes, c’est une marque ternie.")
    press(page.notes.why_edit, Qt.Key.Key_Tab)
    assert hint(main_window)

    # Filling the field it names does.
    select(page, TITLE, Model.REASON)
    press(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.EditingState)
    editor = open_editor(page, QLineEdit)
    type_text(editor, "Une demande du comité : « nos camions sont notre vitrine »")
    enter_in_editor(qtbot, page, editor)
    assert hint(main_window) == ""
    stored = next(o for o in on_disk(tmp_path, french_workshop_id).objectives()
                  if o.title == TITLE)
    assert stored.non_alignment_reason.startswith("Une demande du comité")
    assert stored.why.startswith("Des camions ternes")


def test_the_not_aligned_hint_in_french_names_the_french_heading(
    french_ui, qtbot, main_window, french_workshop_id, monkeypatch
):
    monkeypatch.setattr(
        "okr_workshop.ui.workshop_view.page_classes", lambda: [ContributionsPage]
    )
    main_window.open_workshop(french_workshop_id)
    page = main_window.workshop_view.current_page()
    add_unaligned(page)
    field = page.model.headerData(Model.REASON, Qt.Orientation.Horizontal)
    assert f"«\u00a0{field}\u00a0»" in hint(main_window)
    assert "pourquoi il compte" not in hint(main_window)


def test_author_and_serves_are_remembered_per_team(page, tmp_path, french_workshop_id):
    shops = team(page, SHOPS)
    member = next(p for p in page.bridge.workshop.participants if p.team_id == shops.id)
    second = page.bridge.workshop.strategic_objectives[1]
    page.quick.author.setCurrentIndex(page.quick.author.findData(member.id))
    page.quick.strategic.setCurrentIndex(page.quick.strategic.findData(second.id))

    other_row = next(r for r in range(page.teams.rowCount())
                     if page.teams.team_at(r).id != shops.id)
    other = page.teams.team_at(other_row)
    press(page.quick.line, getattr(Qt.Key, f"Key_{other_row + 1}"), Ctrl)
    assert page.model.team.id == other.id
    # Another team: nobody is credited until someone of that team is chosen.
    assert page.quick.author.currentData() == ""
    assert page.quick.strategic.currentIndex() == 0
    page.quick.line.setFocus()
    type_text(page.quick.line, "Des affiches qui donnent faim")
    press(page.quick.line, Qt.Key.Key_Return)
    added = next(o for o in on_disk(tmp_path, french_workshop_id).objectives()
                 if o.title == "Des affiches qui donnent faim")
    assert added.team_id == other.id and added.author_id is None

    # Back to the first team: its own last choice is there again.
    press(page.quick.line, getattr(Qt.Key, f"Key_{page.teams.row_of(shops.id) + 1}"), Ctrl)
    assert page.model.team.id == shops.id
    assert page.quick.author.currentData() == member.id
    assert page.quick.strategic.currentData() == second.id
    assert titles(page)  # the table follows the team too


def test_serves_offers_the_first_strategic_objective_once_the_vision_has_some(qtbot):
    """Found in the English walkthrough: the Contributions page first seen before the Vision
    step had strategic objectives kept "Not aligned…" (then the only entry) as the choice, so
    every candidate typed afterwards was filed as not aligned until someone noticed."""
    from dataclasses import replace

    from okr_workshop.domain.model import StrategicObjective, Team, Workshop
    from okr_workshop.ui.widgets.quick_entry import QuickEntry

    sales = Team(name="Sales")
    workshop = Workshop(title="Q1", teams=(sales,))
    entry = QuickEntry()
    qtbot.addWidget(entry)
    entry.show_workshop(workshop, sales.id)
    assert entry.strategic.currentText() == "Not aligned…"

    grow = StrategicObjective(title="Grow the wholesale business")
    entry.show_workshop(replace(workshop, strategic_objectives=(grow,)), sales.id)
    assert entry.strategic.currentData() == grow.id
    assert entry.strategic.currentText() == "Grow the wholesale business"


def test_serves_keeps_not_aligned_when_the_person_chose_it(qtbot):
    from dataclasses import replace

    from okr_workshop.domain.model import StrategicObjective, Team, Workshop
    from okr_workshop.ui.widgets.quick_entry import QuickEntry

    sales = Team(name="Sales")
    grow = StrategicObjective(title="Grow the wholesale business")
    workshop = Workshop(title="Q1", teams=(sales,), strategic_objectives=(grow,))
    entry = QuickEntry()
    qtbot.addWidget(entry)
    entry.show_workshop(workshop, sales.id)
    entry.strategic.setCurrentIndex(entry.strategic.findText("Not aligned…"))
    entry.strategic.activated.emit(entry.strategic.currentIndex())
    roast = StrategicObjective(title="Roast greener")
    entry.show_workshop(replace(workshop, strategic_objectives=(grow, roast)), sales.id)
    assert entry.strategic.currentText() == "Not aligned…"


def test_what_the_rules_say_about_a_candidate_not_aligned_without_a_reason(qtbot, page):
    """Found in the English walkthrough: the panel beside the table said "Nothing to say
    about this objective." for the candidate the "Still to do" panel asked a reason for."""
    add_unaligned(page)
    select(page, TITLE)
    field = page.model.headerData(Model.REASON, Qt.Orientation.Horizontal)
    remarks = page.notes.remarks.text()
    assert remarks.startswith("⚠") and f"“{field}”" in remarks, remarks

    select(page, TITLE, Model.REASON)
    press(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.EditingState)
    editor = open_editor(page, QLineEdit)
    type_text(editor, "A request from the board")
    enter_in_editor(qtbot, page, editor)
    select(page, TITLE)
    assert f"“{field}”" not in page.notes.remarks.text()
