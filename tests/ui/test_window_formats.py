"""Issue 7: numbers, dates and counts in the window follow the window's language.

"1,8 %" and "27 nov. 2026" in French, "1.8%" and "Nov 27, 2026" in English; "0 équipe" but
"0 teams"; fields take a decimal comma in French. The workshop's language does not decide
these (it decides the rules' messages): the English sample in a French window shows French
numbers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language, Step, Workshop
from okr_workshop.ui.language import is_singular, show_day, show_number
from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.models.alignment_model import MEASURE
from okr_workshop.ui.models.key_results_model import KeyResultsModel
from okr_workshop.ui.workshop_list_model import WorkshopListModel, readable_time
from tests.ui.keyboard import press, type_text

NBSP = "\u00a0"
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def test_numbers_and_dates_in_the_french_window(french_ui):
    assert show_number(1.8, "%") == f"1,8{NBSP}%"
    assert show_number(15000) == "15\u202f000"  # a narrow no-break space (CLDR)
    assert show_day(date(2026, 11, 27)) == f"27{NBSP}nov.{NBSP}2026"
    assert show_day(date(2027, 3, 1)) == f"1er{NBSP}mars{NBSP}2027"
    assert [is_singular(n) for n in (0, 1, 2)] == [True, True, False]


def test_numbers_and_dates_in_the_english_window():
    assert show_number(1.8, "%") == "1.8%"
    assert show_number(15000) == "15,000"
    assert show_day(date(2026, 11, 27)) == f"Nov{NBSP}27, 2026"
    assert [is_singular(n) for n in (0, 1, 2)] == [False, True, False]


def test_an_older_change_is_dated_the_window_way(french_ui):
    now = datetime(2027, 3, 10, 15, 0, tzinfo=UTC).astimezone()
    older = now - timedelta(days=103)
    assert readable_time(now - timedelta(minutes=5), now).startswith("Aujourd’hui à ")
    assert readable_time(now - timedelta(days=1), now).startswith("Hier à ")
    assert readable_time(older, now).startswith(f"{show_day(older.date())} à ")
    assert "nov." in readable_time(older, now)


@pytest.mark.parametrize("french", [True, False], ids=["french", "english"])
def test_the_library_counts_teams_the_way_each_language_does(request, repository, french):
    if french:
        request.getfixturevalue("french_ui")
    repository.add_workshop(Workshop(title="Vide"))
    add_samples(repository, (Language.FRENCH,))
    model = WorkshopListModel()
    model.set_workshops(repository.list_workshops())
    tips = {model.index(r, 0).data(): model.index(r, 0).data(TOOLTIP) for r in range(2)}
    if french:
        assert "0 équipe, 0 objectif, 0 résultat clé." in tips["Vide"]
        assert "8 équipes, 25 objectifs, 29 résultats clés." in tips["Atelier OKR — T1 2027"]
    else:
        assert "0 teams, 0 objectives, 0 key results." in tips["Vide"]
        assert "8 teams, 25 objectives, 29 key results." in tips["Atelier OKR — T1 2027"]


def test_the_key_results_step_writes_and_reads_numbers_the_french_way(
    qtbot, french_ui, repository, settings, prompts
):
    # The English sample in a French window: numbers and dates are the window's.
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(workshop.id)
    window.workshop_view.go_to(Step.KEY_RESULTS)
    page = window.workshop_view.current_page()
    objective = page.objective()
    kr = next(k for k in objective.key_results if k.baseline and not k.baseline.is_integer())
    row = page.list_panel.model.row_of(kr.id)
    page.list_panel.table.selectRow(row)
    assert page.key_result().id == kr.id

    values = page.list_panel.model.index(row, KeyResultsModel.VALUES).data()
    assert values == f"{show_number(kr.baseline, kr.unit)} → {show_number(kr.target, kr.unit)}"
    assert "," in values  # a decimal comma, the sample being English
    if kr.due:
        assert page.list_panel.model.index(row, KeyResultsModel.DUE).data() == show_day(kr.due)
    editor = page.editor
    assert editor.baseline.text() == show_number(kr.baseline)

    # A decimal comma typed in a French window is a decimal point.
    editor.target.setFocus()
    press(editor.target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.target, "2,5")
    press(editor.target, Qt.Key.Key_Return)
    stored = repository.load_workshop(workshop.id)
    saved = next(k for o in stored.objectives() for k in o.key_results if k.id == kr.id)
    assert saved.target == 2.5
    assert editor.target.text() == "2,5"


def test_the_review_writes_measures_the_window_way(qtbot, french_ui, repository, settings, prompts):
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(workshop.id)
    window.workshop_view.go_to(Step.REVIEW)
    model = window.workshop_view.current_page().alignment_model
    measures = []
    for top in range(model.rowCount()):
        strategic = model.index(top, 0)
        for row in range(model.rowCount(strategic)):
            objective = model.index(row, 0, strategic)
            measures += [
                model.index(r, MEASURE, objective).data() for r in range(model.rowCount(objective))
            ]
    assert any(f"{NBSP}%" in m for m in measures)
    assert not any(m.endswith("%") and not m.endswith(f"{NBSP}%") for m in measures)


@pytest.mark.parametrize(
    ("typed", "expected"), [("3,000", 3000), (f"3{NBSP}000", 3000), ("1'000", 1000), ("1,5", 1.5)]
)
def test_the_target_field_reads_numbers_like_the_sentence_reader(
    qtbot, french_ui, repository, settings, prompts, typed, expected
):
    # Issue 11 point 8: "3,000" typed in French was 3.0 in the field, 3000 in the sentence.
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(workshop.id)
    window.workshop_view.go_to(Step.KEY_RESULTS)
    page = window.workshop_view.current_page()
    kr = page.key_result()
    editor = page.editor
    editor.target.setFocus()
    press(editor.target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor.target, typed)
    press(editor.target, Qt.Key.Key_Return)
    stored = repository.load_workshop(workshop.id)
    saved = next(k for o in stored.objectives() for k in o.key_results if k.id == kr.id)
    assert saved.target == expected
    assert editor.target.text() == show_number(expected)


def _all_rows(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _all_rows(model, index)


@pytest.mark.parametrize("french", [False, True], ids=["english", "french"])
def test_money_units_and_check_ins_in_the_window(
    request, qtbot, repository, settings, prompts, french
):
    # Issue 11 point 2: "85,000 $ → 140,000 $", "18 → 30%", "1 days", "27.3180641653".
    from okr_workshop.ui.models.carry_over_model import CarryOverModel
    from tests.export.test_deck_money import money_workshop

    if french:
        request.getfixturevalue("french_ui")
    workshop = money_workshop()
    repository.add_workshop(workshop)
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(workshop.id)
    window.workshop_view.go_to(Step.KEY_RESULTS)
    model = window.workshop_view.current_page().list_panel.model
    values = [model.index(r, KeyResultsModel.VALUES).data() for r in range(model.rowCount())]
    window.workshop_view.go_to(Step.REVIEW)
    review = window.workshop_view.current_page().alignment_model
    measures = {i.sibling(i.row(), MEASURE).data() for i in _all_rows(review)}
    carry = CarryOverModel(repository.load_workshop(workshop.id))
    details = " ".join(str(carry.index(i.row(), 1, i.parent()).data()) for i in _all_rows(carry))
    if french:
        expected = [f"85\u202f000{NBSP}$ → 140\u202f000{NBSP}$", f"— → 64{NBSP}£",
                    f"3,50{NBSP}€ → 4,20{NBSP}€", f"3,5{NBSP}days → 1{NBSP}day",
                    f"18{NBSP}% → 30{NBSP}%"]
        assert f"27,32{NBSP}%" in details
    else:
        expected = ["$85,000 → $140,000", "— → £64", "€3.50 → €4.20",
                    f"3.5{NBSP}days → 1{NBSP}day", "18% → 30%"]
        assert "27.32%" in details
    assert values == expected
    assert set(expected) <= measures


@pytest.mark.parametrize(("french", "typed", "expected", "shown"), [
    (True, "04/01/2027", date(2027, 1, 4), f"4{NBSP}janv.{NBSP}2027"),
    (False, "04/01/2027", date(2027, 4, 1), f"Apr{NBSP}1, 2027"),
])
def test_a_due_date_is_typed_in_the_windows_short_format(
    request, qtbot, repository, settings, prompts, french, typed, expected, shown
):
    # Issue 11 point 7: "04/01/2027" typed in French was saved as 2026-01-20.
    if french:
        request.getfixturevalue("french_ui")
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(workshop.id)
    window.workshop_view.go_to(Step.KEY_RESULTS)
    page = window.workshop_view.current_page()
    kr = page.key_result()
    due = page.editor.due
    if not due.check.isChecked():
        qtbot.mouseClick(due.check, Qt.MouseButton.LeftButton)
    due.edit.setFocus()
    press(due.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(due.edit, typed)
    press(due.edit, Qt.Key.Key_Return)
    stored = repository.load_workshop(workshop.id)
    assert next(k for o in stored.objectives() for k in o.key_results if k.id == kr.id).due == (
        expected)
    assert due.edit.text() == typed
    row = page.list_panel.model.row_of(kr.id)
    assert page.list_panel.model.index(row, KeyResultsModel.DUE).data() == shown

    # Something that is not a date is refused where it was typed, and nothing is saved.
    due.edit.setFocus()
    press(due.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(due.edit, "31/02/2027")
    press(due.edit, Qt.Key.Key_Return)
    assert "31/02/2027" in due.edit.problem()
    stored = repository.load_workshop(workshop.id)
    assert next(k for o in stored.objectives() for k in o.key_results if k.id == kr.id).due == (
        expected)


def test_regional_french_follows_the_system(qtbot, regional_ui):
    # Issue 11 point 9: a French window on a Swiss system is Swiss, not French.
    regional_ui(Language.FRENCH, "fr_CH")
    assert QLocale().name() == "fr_CH"
    assert show_number(1234.5) == "1'234,5"
    assert show_number(18, "%") == "18%"
    assert QLocale().toString(1234.5, "f", 1) == "1'234,5"  # Qt's own numbers agree
    regional_ui(Language.FRENCH, "fr_CA")
    assert QLocale().name() == "fr_CA"
    assert show_number(1234.5) == f"1{NBSP}234,5"
    regional_ui(Language.ENGLISH, "fr_CH")  # English on a Swiss system: English as usual
    assert QLocale().name() == "en_US"


def test_money_keeps_its_cents_in_the_form_and_the_proposal(
    qtbot, french_ui, repository, settings, prompts
):
    """French walkthrough: « de 4,20 € à 3,50 € » showed « 4,20 € → 3,50 € » in the table
    but « 4,2 » and « 3,5 » in the proposal and in the fields once accepted."""
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(workshop.id)
    window.workshop_view.go_to(Step.KEY_RESULTS)
    editor = window.workshop_view.current_page().editor
    editor.sentence.setFocus()
    editor.sentence.selectAll()
    type_text(editor.sentence, "Faire passer le coût d’une baguette de 4,20 € à 3,50 € d’ici mars")
    proposal = editor.proposal.label.text()
    assert "4,20," in proposal and "3,50," in proposal, proposal
    qtbot.mouseClick(editor.proposal.accept_button, Qt.MouseButton.LeftButton)
    assert (editor.baseline.text(), editor.target.text()) == ("4,20", "3,50")
    # A count keeps no invented decimals, and a field left as shown stores the same value.
    editor.unit.setFocus()
    editor.unit.selectAll()
    type_text(editor.unit, "clients")
    press(editor.unit, Qt.Key.Key_Return)
    assert (editor.baseline.text(), editor.target.text()) == ("4,2", "3,5")
