"""The Key results step: every field, the sentence proposing them, live findings, undo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.findings import by_severity
from okr_workshop.domain.model import (
    CommonRule,
    Direction,
    KeyResult,
    Language,
    Objective,
    Step,
    Team,
    Workshop,
)
from okr_workshop.domain.rules.check import check_key_result
from okr_workshop.domain.rules.kr_parse import parse_sentence
from okr_workshop.ui.models.findings_model import FindingsModel
from okr_workshop.ui.models.kept_objectives_model import KeptObjectivesModel
from okr_workshop.ui.models.key_results_model import KeyResultsModel
from okr_workshop.ui.pages.key_results_page import KeyResultsPage
from okr_workshop.ui.widgets.kr_proposal import proposal_fields
from okr_workshop.ui.widgets.number_edit import parse_number
from tests.ui.keyboard import press, type_text

FLOUR = "Faire de nos farines locales une fierté que nos clients racontent"  # one key result
ONLINE = "Rendre la commande en ligne aussi simple que de pousser la porte d’une boutique"
SENTENCE = "Porter le taux de conversion de 1,8 % à 3 %"
Ctrl = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, main_window, french_workshop_id, monkeypatch) -> KeyResultsPage:
    # Only this page in the window: a test of one step does not depend on the others.
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [KeyResultsPage])
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.KEY_RESULTS)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    found = main_window.workshop_view.current_page()
    assert isinstance(found, KeyResultsPage)
    return found


def choose(page: KeyResultsPage, title: str) -> None:
    workshop = page.bridge.workshop
    objective = next(o for o in workshop.objectives() if o.title == title)
    page.tree.setCurrentIndex(page.tree_model.index_of(objective.id))
    assert page.list_panel.objective_title.text() == title


def stored_krs(repository, workshop_id: str, title: str) -> tuple[KeyResult, ...]:
    workshop = repository.load_workshop(workshop_id)
    return next(o for o in workshop.objectives() if o.title == title).key_results


def rows(page: KeyResultsPage) -> list[str]:
    model = page.list_panel.model
    return [model.index(r, KeyResultsModel.TEXT).data() for r in range(model.rowCount())]


def test_a_typed_sentence_proposes_the_fields_and_accept_fills_them_in_one_undo_step(
    qtbot, page, main_window, repository, french_workshop_id
):
    choose(page, FLOUR)
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    assert rows(page)[-1] == "New key result"
    editor = page.editor
    assert editor.sentence.hasFocus() and editor.sentence.selectedText() == "New key result"
    assert not editor.proposal.isVisible()

    type_text(editor.sentence, SENTENCE)
    assert editor.proposal.isVisible()
    proposal = editor.proposal.label.text()
    assert "baseline 1.8, target 3," in proposal  # numbers the window's way (English here)
    assert "“taux de conversion”" in proposal and "“%”" in proposal and "increase" in proposal
    press(editor.sentence, Qt.Key.Key_Return)  # the sentence is saved on its own
    assert stored_krs(repository, french_workshop_id, FLOUR)[-1].text == SENTENCE
    assert editor.proposal.isVisible()  # still offered after the save

    qtbot.mouseClick(editor.proposal.accept_button, LEFT)

    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert (kr.metric, kr.baseline, kr.target, kr.unit, kr.direction) == (
        "Taux de conversion", 1.8, 3.0, "%", Direction.INCREASE
    )
    assert editor.baseline.text() == "1.8" and editor.target.text() == "3"
    assert editor.unit.text() == "%" and editor.metric_field.text() == "Taux de conversion"
    assert editor.direction.currentText() == "Increase"
    assert not editor.proposal.isVisible()
    assert main_window.undo_action.text() == "Undo accept the proposed fields"

    main_window.undo_action.trigger()  # one step takes every field back

    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert (kr.text, kr.metric, kr.baseline, kr.target, kr.unit, kr.direction) == (
        SENTENCE, "", None, None, "", None
    )
    assert editor.baseline.text() == "" and editor.unit.text() == ""
    assert editor.proposal.isVisible()  # the sentence still says more than the fields


def test_ctrl_enter_accepts_the_sentence_and_its_fields_together(
    qtbot, page, main_window, repository, french_workshop_id
):
    choose(page, FLOUR)
    page.tree.setFocus()  # Insert works anywhere on the page
    qtbot.keyClick(page.tree, Qt.Key.Key_Insert)
    assert len(stored_krs(repository, french_workshop_id, FLOUR)) == 2
    type_text(page.editor.sentence, "Passer de 1 200 à 2 000 commandes par mois")
    qtbot.keyClick(page.editor.sentence, Qt.Key.Key_Return, Ctrl)
    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert (kr.text, kr.baseline, kr.target) == (
        "Passer de 1 200 à 2 000 commandes par mois", 1200.0, 2000.0
    )
    assert page.editor.baseline.text() == "1,200"  # the window's English, not the workshop's
    main_window.undo_action.trigger()
    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert (kr.text, kr.baseline, kr.target) == ("New key result", None, None)


def test_a_value_field_stops_at_a_million_billion_either_way(
    qtbot, page, repository, french_workshop_id
):
    # The limit of an imported file (domain/field_limits.py MAGNITUDE): a 16th digit that
    # would go past it is not taken, as a text field stops at its length.
    choose(page, FLOUR)
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    editor = page.editor
    editor.baseline.setFocus()
    editor.baseline.selectAll()
    type_text(editor.baseline, "12345678901234567")
    assert editor.baseline.text() == "123456789012345"
    press(editor.baseline, Qt.Key.Key_Return)
    editor.target.setFocus()
    editor.target.selectAll()
    type_text(editor.target, "-10000000000000000")
    assert editor.target.text() == "-1000000000000000"
    press(editor.target, Qt.Key.Key_Return)
    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert (kr.baseline, kr.target) == (123456789012345.0, -1e15)
    # Nor does the sentence propose a number the fields would not take.
    parsed = parse_sentence("Porter le chiffre de 10 à 20 000 000 000 000 000 €",
                            Language.FRENCH)
    assert parsed.target == 2e16
    assert "target" not in proposal_fields(parsed, kr) and "baseline" in proposal_fields(
        parsed, kr)


def test_every_field_is_saved_when_left_and_findings_follow(
    qtbot, page, repository, french_workshop_id
):
    choose(page, FLOUR)
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    editor = page.editor
    type_text(editor.sentence, SENTENCE)
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Return, Ctrl)
    no_owner = f"«\u00a0{SENTENCE}\u00a0» n’a pas de responsable."
    assert no_owner in page.findings.messages()
    assert page.findings.advice.text()  # the advice of the chosen finding, in words

    editor.owner.lineEdit().setFocus()
    type_text(editor.owner.lineEdit(), "Sarah Cohen")
    press(editor.owner.lineEdit(), Qt.Key.Key_Return)
    assert no_owner not in page.findings.messages()

    editor.baseline.setFocus()
    editor.baseline.selectAll()
    type_text(editor.baseline, "2,25")
    press(editor.baseline, Qt.Key.Key_Return)
    editor.data_source.setFocus()
    type_text(editor.data_source, "Google Analytics « site »")
    press(editor.data_source, Qt.Key.Key_Return)
    editor.direction.setCurrentIndex(editor.direction.findText("At least"))
    editor.direction.activated.emit(editor.direction.currentIndex())
    editor.due.check.setChecked(True)
    editor.due.edit.setDate(date(2027, 3, 15))
    editor.due.edit.editingFinished.emit()

    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert kr.owner == "Sarah Cohen"
    assert kr.baseline == 2.25
    assert kr.data_source == "Google Analytics « site »"
    assert kr.direction == Direction.AT_LEAST
    assert kr.due == date(2027, 3, 15)
    expected = check_key_result(repository.load_workshop(french_workshop_id), kr)
    assert page.findings.messages() == [
        f.message(Language.FRENCH) for f in by_severity(expected)
    ]
    assert rows(page)[-1] == SENTENCE
    assert page.list_panel.model.index(1, KeyResultsModel.OWNER).data() == "Sarah Cohen"


def test_a_refused_value_is_put_back(qtbot, page, repository, french_workshop_id):
    choose(page, FLOUR)
    before = stored_krs(repository, french_workshop_id, FLOUR)[0].text
    page.editor.sentence.setFocus()
    page.editor.sentence.selectAll()
    press(page.editor.sentence, Qt.Key.Key_Delete)
    press(page.editor.sentence, Qt.Key.Key_Return)  # an empty sentence is not a key result
    assert stored_krs(repository, french_workshop_id, FLOUR)[0].text == before
    assert page.editor.sentence.text() == before


def test_delete_and_undo_bring_the_key_result_back_in_place(
    qtbot, page, main_window, repository, french_workshop_id
):
    choose(page, ONLINE)
    first, second = stored_krs(repository, french_workshop_id, ONLINE)
    page.list_panel.table.setCurrentIndex(page.list_panel.model.index(0, 0))
    page.list_panel.table.setFocus()
    qtbot.keyClick(page.list_panel.table, Qt.Key.Key_Delete)
    assert rows(page) == [second.text]
    assert [k.id for k in stored_krs(repository, french_workshop_id, ONLINE)] == [second.id]
    assert page.editor.sentence.text() == second.text  # the next one is shown

    qtbot.keyClick(page.list_panel.table, Qt.Key.Key_Z, Ctrl)

    assert stored_krs(repository, french_workshop_id, ONLINE) == (first, second)
    assert rows(page) == [first.text, second.text]


def test_reorder_with_the_keyboard(qtbot, page, repository, french_workshop_id):
    choose(page, ONLINE)
    first, second = stored_krs(repository, french_workshop_id, ONLINE)
    page.list_panel.table.setCurrentIndex(page.list_panel.model.index(0, 0))
    page.list_panel.table.setFocus()
    qtbot.keyClick(page.list_panel.table, Qt.Key.Key_Down, Ctrl)
    assert [k.id for k in stored_krs(repository, french_workshop_id, ONLINE)] == [
        second.id, first.id
    ]
    assert page.key_result().id == first.id  # the moved one stays selected
    qtbot.mouseClick(page.list_panel.up_button, LEFT)
    assert rows(page) == [first.text, second.text]


def test_the_common_rule_on_key_results(qtbot, page, repository, french_workshop_id):
    choose(page, ONLINE)
    counter = page.list_panel.counter
    assert counter.text() == "2 / 2 key results: limit reached"
    assert counter.property("level") == "full"

    page.bridge.edit(lambda s: s.update_workshop("rule", rule=CommonRule(strict=True)))
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    assert len(stored_krs(repository, french_workshop_id, ONLINE)) == 2
    assert page.list_panel.notice.isVisible()
    assert page.list_panel.notice.text().startswith(
        "La règle commune est stricte\u00a0: «\u00a0Rendre la commande en ligne"
    )
    assert "limite de résultats clés (2)." in page.list_panel.notice.text()

    page.bridge.edit(lambda s: s.update_workshop("rule", rule=CommonRule(strict=False)))
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    assert len(stored_krs(repository, french_workshop_id, ONLINE)) == 3
    assert counter.property("level") == "over"
    assert "a 3 résultats clés\u00a0; la règle commune en autorise 2." in (
        page.list_panel.notice.text()
    )


def test_numbers_are_read_as_people_type_them():
    assert parse_number("1,8", Language.FRENCH) == 1.8
    assert parse_number("1,8", Language.ENGLISH) == 1.8
    assert parse_number("1\u00a0200,5", Language.FRENCH) == 1200.5
    assert parse_number("1.200", Language.FRENCH) == 1200.0
    assert parse_number("1,200.5", Language.ENGLISH) == 1200.5
    assert parse_number("−3", Language.FRENCH) == -3.0
    assert parse_number("  ", Language.FRENCH) is None
    for wrong in ("1,2,3", "abc", "1..2", "-"):
        with pytest.raises(ValueError):
            parse_number(wrong, Language.FRENCH)


def test_models_pass_the_model_tester(qtmodeltester, repository, french_workshop_id):
    workshop = repository.load_workshop(french_workshop_id)
    tree = KeptObjectivesModel()
    tree.set_workshop(workshop)
    qtmodeltester.check(tree)
    assert tree.rowCount() == len(workshop.teams)
    objective = next(workshop.objectives())
    assert tree.objective_of(tree.index_of(objective.id)) == objective
    table = KeyResultsModel()
    table.set_key_results(objective.key_results, workshop.language)
    qtmodeltester.check(table)
    # The language given, the unit on both values.
    assert table.index(0, KeyResultsModel.VALUES).data() == "1,8\u00a0% → 3\u00a0%"
    findings = FindingsModel()
    findings.set_findings(check_key_result(workshop, KeyResult(text="Faire mieux")), "fr")
    qtmodeltester.check(findings)
    assert findings.rowCount() > 0


def test_before_any_objective_is_kept_the_page_says_where_to_go(
    qtbot, main_window, repository, monkeypatch
):
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [KeyResultsPage])
    team = Team(name="Fournil")
    idea = Objective(team_id=team.id, title="Un pain meilleur chaque jour")  # a candidate
    blank = Workshop(title="Atelier à préparer", teams=(
        Team(name=team.name, id=team.id, objectives=(idea,)),
    ))
    repository.add_workshop(blank)
    main_window.open_workshop(blank.id)
    page = main_window.workshop_view.current_page()
    assert page.tree_model.rowCount() == 1  # the team, without children
    assert page.list_panel.model.rowCount() == 0
    assert "Focus" in page.list_panel.notice.text()
    assert not page.list_panel.add_button.isEnabled()
    assert not page.editor.sentence.isEnabled()
    page.add_key_result()
    assert main_window.bridge.session.undo_label is None


def test_ticking_the_due_date_proposes_the_end_of_the_cycle(
    qtbot, page, repository, french_workshop_id
):
    end = date(2027, 2, 26)  # not the sample's usual due date, nor today
    page.bridge.edit(lambda s: s.update_workshop("edit end date", cycle_end=end))
    choose(page, FLOUR)
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    assert page.editor.due.edit.date().toPython() == end  # greyed, what ticking will save
    qtbot.mouseClick(page.editor.due.check, LEFT)
    assert stored_krs(repository, french_workshop_id, FLOUR)[-1].due == end
    assert not [m for m in page.findings.messages() if "cycle" in m]


def test_directions_read_as_labels_not_as_stored_values(page):
    choose(page, ONLINE)
    shown = page.list_panel.model.index(0, KeyResultsModel.DIRECTION).data()
    assert shown == "Increase"  # not "increase", the value the library stores
    combo = page.editor.direction
    labels = [combo.itemText(row) for row in range(combo.count())]
    assert labels == ["Not set", "Increase", "Decrease", "At least", "At most"]
    assert not {d.value for d in Direction} & set(labels)


def test_a_relative_change_asks_for_the_baseline_then_shows_the_target(
    qtbot, page, main_window, repository, french_workshop_id
):
    # Issue 11, point 3: "Réduire de 20 % les invendus" was stored as target 20 %.
    choose(page, FLOUR)
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    editor = page.editor
    type_text(editor.sentence, "Réduire de 20 % les invendus")
    proposal = editor.proposal.label.text()
    assert "a change of −20%" in proposal and "target 20" not in proposal
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Return, Ctrl)

    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert (kr.target, kr.change, kr.change_percent, kr.direction) == (
        None, 20.0, True, Direction.DECREASE)
    assert editor.change_note.isVisible()
    assert "not measurable until you type today's value in Baseline" in \
        editor.change_note.text()
    assert editor.baseline.placeholderText() == "today's value?"
    not_measurable = "«\u00a0Réduire de 20 % les invendus\u00a0» dit une évolution"
    assert any(m.startswith(not_measurable) for m in page.findings.messages()), \
        page.findings.messages()
    values = page.list_panel.model.index(1, KeyResultsModel.VALUES).data()
    assert values == "— → −20%"

    editor.baseline.setFocus()
    type_text(editor.baseline, "1200")
    press(editor.baseline, Qt.Key.Key_Return)

    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert kr.baseline == 1200.0 and kr.aimed_target() == 960.0
    assert editor.change_note.text() == "Target from the change of −20%: from 1,200 to 960."
    assert editor.target.placeholderText() == "960"
    assert not any(m.startswith(not_measurable) for m in page.findings.messages())
    assert page.list_panel.model.index(1, KeyResultsModel.VALUES).data() == \
        "1,200 → 960 (−20%)"


def test_a_change_stored_as_a_target_is_taken_back_by_the_proposal(
    qtbot, page, main_window, repository, french_workshop_id
):
    choose(page, FLOUR)
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    # What an older version stored from the sentence.
    page.bridge.edit(lambda s: s.update("x", kr, text="Réduire de 20 % les invendus",
                                        target=20.0, unit="%", direction=Direction.DECREASE))
    page.editor.show_key_result(page.bridge.workshop, page.editor.current())
    assert any("évolution que dit la phrase" in m for m in page.findings.messages())
    editor = page.editor
    editor.sentence.setFocus()
    type_text(editor.sentence, " ")
    qtbot.keyClick(editor.sentence, Qt.Key.Key_Return, Ctrl)
    kr = stored_krs(repository, french_workshop_id, FLOUR)[-1]
    assert (kr.target, kr.change) == (None, 20.0)
