"""Issue 4, end to end: a facilitator runs a whole workshop through the window.

From an empty library to the Review step and back again, with the keyboard and the mouse on
real widgets, in English and in French. Then the window is closed, a new one opens the same
library file, and everything typed is there. The French workshop runs twice: once in the
English window, once with the window itself in French (issue 7), where every word the test
reads on screen and every Alt+letter it presses is the French one.

Set OKR_E2E_SHOTS to a folder to save a picture of each step of the French run at 1366×768
and 1920×1080 (to look at the pages as a person would; never committed).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from okr_workshop.domain.model import Language, ObjectiveStatus, Step
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.language import install_language, ui_language, uninstall_language
from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.models.alignment_model import NAME
from okr_workshop.ui.models.contributions_model import ContributionsModel
from okr_workshop.ui.models.focus_model import FocusModel
from okr_workshop.ui.models.participant_model import ParticipantModel
from okr_workshop.ui.models.team_model import TeamModel
from okr_workshop.ui.placeholders import fill
from tests.ui.keyboard import press, type_text
from tests.ui.workshop_scripts import ENGLISH, FRENCH, Script

NoMod = Qt.KeyboardModifier.NoModifier
Ctrl = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
NBSP = "\u00a0"
SHOTS = os.environ.get("OKR_E2E_SHOTS", "")


# The facilitator's gestures ---------------------------------------------------------------


class Facilitator:
    """A person at the keyboard and the mouse, in front of one window."""

    def __init__(self, qtbot, window: MainWindow, shots: str = "") -> None:
        self.qtbot = qtbot
        self.window = window
        self.shots = Path(shots) if shots else None
        self.shot_number = 0

    # Where things are

    @property
    def view(self):
        return self.window.workshop_view

    def page(self):
        return self.view.current_page()

    def focused(self) -> QWidget:
        return QApplication.focusWidget() or self.window

    def wait_until_active(self, window: QWidget | None = None) -> None:
        # Offscreen there is no window manager to give the focus back after a dialog.
        window = window or self.window
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # Keys

    def press_key(self, key: Qt.Key, modifiers=NoMod, widget: QWidget | None = None) -> None:
        press(widget or self.focused(), key, modifiers)
        QApplication.processEvents()

    def shortcut(self, keys: str) -> None:
        """A key combination as written in the menus ("Ctrl+PgDown"), on the focused widget."""
        combination = QKeySequence(keys)[0]
        self.press_key(combination.key(), combination.keyboardModifiers())

    def open_step(self, number: int) -> None:
        self.shortcut(f"Alt+{number}")
        assert self.view.current_row() == number - 1
        assert self.page().isVisible()

    def type_into(self, widget: QWidget, text: str, *, enter: bool = False) -> None:
        """Click into a field, replace what it holds with ``text``; Enter when asked."""
        self.click(widget)
        assert widget.hasFocus(), widget
        self.press_key(Qt.Key.Key_A, Ctrl, widget)
        type_text(widget, text)
        if enter:
            self.press_key(Qt.Key.Key_Return, widget=widget)

    def type(self, text: str) -> None:
        type_text(self.focused(), text)

    # Mouse

    def click(self, widget: QWidget, pos=None) -> None:
        if pos is None:
            self.qtbot.mouseClick(widget, LEFT)  # in the middle
        else:
            self.qtbot.mouseClick(widget, LEFT, pos=pos)
        QApplication.processEvents()

    def click_row(self, view: QAbstractItemView, index: QModelIndex) -> None:
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center())
        assert view.currentIndex().row() == index.row()

    def double_click(self, view: QAbstractItemView, index: QModelIndex) -> QWidget:
        """Double-click a cell: the editor that opens, with the focus."""
        view.scrollTo(index)
        pos = view.visualRect(index).center()
        # Qt's item views only take a double click on the cell the button went down on.
        self.qtbot.mousePress(view.viewport(), LEFT, pos=pos)
        self.qtbot.mouseDClick(view.viewport(), LEFT, pos=pos)
        self.qtbot.mouseRelease(view.viewport(), LEFT, pos=pos)
        QApplication.processEvents()
        editor = QApplication.focusWidget()
        assert editor is not None and editor is not view and view.isAncestorOf(editor), editor
        return editor

    def check_saved(self) -> None:
        """What the window shows is what a fresh connection reads from the library file."""
        shown = self.window.bridge.workshop
        on_disk = Repository(open_library(self.window.repository.path)).load_workshop(shown.id)
        assert on_disk == shown
        assert self.window.save_state.text() == says(*SAVED)

    # Looking

    def look(self, name: str, dialog: QWidget | None = None) -> None:
        """A picture of the window at laptop and desktop sizes (of a dialog as it is), when
        asked for."""
        if self.shots is None:
            return
        self.shots.mkdir(parents=True, exist_ok=True)
        self.shot_number += 1
        if dialog is not None:
            dialog.grab().save(str(self.shots / f"{self.shot_number:02d}-{name}.png"))
            return
        before = self.window.size()
        for size in (QSize(1366, 768), QSize(1920, 1080)):
            self.window.resize(size)
            self.qtbot.waitUntil(lambda s=size: self.window.size() == s)
            QApplication.processEvents()
            path = self.shots / f"{self.shot_number:02d}-{name}-{size.width()}.png"
            self.window.grab().save(str(path))
        self.window.resize(before)


# Reading what the window shows ------------------------------------------------------------


def button(widget: QWidget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text]
    assert len(found) == 1, text
    return found[0]


def column(model, col: int, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    return [model.index(r, col, parent).data() for r in range(model.rowCount(parent))]


def row_of(model, col: int, text: str) -> int:
    texts = column(model, col)
    assert text in texts, (text, texts)
    return texts.index(text)


def says(context: str, english: str) -> str:
    """What the window shows for one of its texts, in the window's language."""
    return QCoreApplication.translate(context, english)


def alt(context: str, label: str) -> str:
    """The Alt+letter of a label, as the window's language writes it ("&Team:" is "É&quipe :"
    in French: Alt+Q)."""
    shown = says(context, label).replace("&&", "")
    return "Alt+" + shown[shown.index("&") + 1].upper()


def letter(context: str, caption: str) -> Qt.Key:
    """The plain key of a Focus decision: the underlined letter of its button, in the
    window's language ("&Keep" K, "&Retenir" R)."""
    return QKeySequence(alt(context, caption).removeprefix("Alt+"))[0].key()


SAVED = ("MainWindow", "All changes saved")


# The run ----------------------------------------------------------------------------------


@pytest.fixture
def one_letter_searches(qapp):
    """A letter typed in a list picks an entry afresh: a person types slower than this test,
    so Qt never joins two letters typed seconds apart into one search ("A" then "C")."""
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(0)
    yield
    QApplication.setKeyboardInputInterval(interval)


@pytest.fixture
def window_language(request, qapp):
    """The window's language for the run: French installs the catalogues, as at start."""
    before = QLocale()
    if request.param is Language.FRENCH:
        install_language(Language.FRENCH)
    yield request.param
    uninstall_language()
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("script", "window_language"),
    [(ENGLISH, Language.ENGLISH), (FRENCH, Language.ENGLISH), (FRENCH, Language.FRENCH)],
    ids=["english", "french", "french-window"],
    indirect=["window_language"],
)
def test_a_facilitator_runs_a_whole_workshop(
    qtbot, qtlog, repository, settings, prompts, script, window_language, one_letter_searches
):
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    french_window = window.menuBar().actions()[0].text() == "&Fichier"
    assert french_window == (window_language is Language.FRENCH)
    shots = SHOTS if window_language is Language.FRENCH else ""
    person = Facilitator(qtbot, window, shots)
    person.wait_until_active()

    workshop_id = create_the_workshop(person, script)
    set_up(person, script)
    write_the_vision(person, script)
    collect_contributions(person, script)
    focus(person, script)
    write_key_results(person, script)
    review(person, script)

    assert window.save_state.text() == says(*SAVED)
    window.close()
    reopen(qtbot, repository, settings, prompts, workshop_id, script)
    # Nothing Qt complained about on the way (the offscreen platform's own limits aside).
    complaints = [r.message for r in qtlog.records if "plugin does not support" not in r.message]
    assert complaints == []


def create_the_workshop(person: Facilitator, script: Script) -> str:
    home = person.window.home
    assert home.pages.currentWidget() is not home.table  # the welcome, not an empty list
    welcome = "Bienvenue" if ui_language() is Language.FRENCH else "Welcome"
    assert welcome in home.empty_label.text()
    person.look("welcome")

    person.shortcut("Ctrl+N")
    dialog = home.home_actions.dialog
    assert dialog is not None
    person.wait_until_active(dialog)
    assert dialog.title_edit.hasFocus()
    person.type(script.title)
    person.press_key(Qt.Key.Key_Tab)
    assert dialog.language_combo.hasFocus()
    language_name = says("NewWorkshopDialog", script.language_name)
    person.type(language_name[0])  # a letter picks the entry, as in any list
    assert dialog.language_combo.currentText() == language_name
    person.press_key(Qt.Key.Key_Tab)
    assert dialog.organisation_edit.hasFocus()
    person.type(script.organisation)
    person.press_key(Qt.Key.Key_Tab)
    person.type(script.cycle)
    person.look("new-workshop", dialog)
    person.press_key(Qt.Key.Key_Return)  # the dialog's default button: Create
    assert home.home_actions.dialog is None  # closed

    person.wait_until_active()
    window = person.window
    assert window.workshop_view is not None, "a new workshop opens at once"
    assert person.page().step == Step.SETUP
    (summary,) = window.repository.list_workshops()
    stored = window.repository.load_workshop(summary.id)
    assert (stored.title, stored.language, stored.organisation, stored.cycle_label) == (
        script.title,
        script.language,
        script.organisation,
        script.cycle,
    )
    assert script.title in window.windowTitle()
    person.look("new-setup")
    return summary.id


def set_up(person: Facilitator, script: Script) -> None:
    page = person.page()
    form = page.workshop_form
    assert form.title_edit.text() == script.title
    person.type_into(form.facilitator_edit, script.facilitator, enter=True)

    for optional_date, typed in ((form.start_date, "2027-07-01"), (form.end_date, "2027-09-30")):
        person.click(optional_date.check)  # ticked: a date is proposed and saved
        person.press_key(Qt.Key.Key_Tab)
        assert optional_date.edit.hasFocus()
        person.type(typed)
        person.press_key(Qt.Key.Key_Return)
    workshop = page.bridge.workshop
    assert (workshop.facilitator, str(workshop.cycle_start), str(workshop.cycle_end)) == (
        script.facilitator,
        "2027-07-01",
        "2027-09-30",
    )
    assert not page.notice.isVisible()

    teams = page.teams
    for number, (name, department) in enumerate(script.teams):
        if number == 0:
            person.click(button(teams, says("TeamsPanel", "&Add team").replace("&", "")))
        else:
            person.shortcut("Ctrl+Shift+N")  # from anywhere on the page
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), editor  # the new team's name, ready to type
        assert editor.selectedText() == says("TeamsPanel", "New team")  # typed over
        person.type(name)
        person.press_key(Qt.Key.Key_Return)
        assert teams.view.hasFocus()  # back in the table, on the new team
        person.press_key(Qt.Key.Key_Right)  # its department, typed in the cell's list
        person.press_key(Qt.Key.Key_F2)
        assert isinstance(QApplication.focusWidget(), QComboBox)
        person.press_key(Qt.Key.Key_A, Ctrl)
        person.type(department)
        person.press_key(Qt.Key.Key_Return)
    assert column(teams.model, TeamModel.NAME) == [name for name, _ in script.teams]
    assert [t.department for t in page.bridge.workshop.teams] == [d for _, d in script.teams]

    people = page.participants
    for number, name in enumerate(script.people):
        team_row = (0, 0, 1, 2)[number]  # two people in the first team, one in each other
        person.click_row(teams.view, teams.model.index(team_row, TeamModel.NAME))
        if number == 0:
            person.click(button(people, says("ParticipantsPanel", "Add &participant").replace(
                "&", "")))
        else:
            person.shortcut("Ctrl+Shift+P")
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit), editor
        assert editor.selectedText() == says("ParticipantsPanel", "New participant")
        person.type(name)
        person.press_key(Qt.Key.Key_Return)
    assert column(people.model, ParticipantModel.NAME) == list(script.people)
    team_names = [name for name, _ in script.teams]
    assert column(people.model, ParticipantModel.TEAM) == [
        team_names[0],
        team_names[0],
        team_names[1],
        team_names[2],
    ]

    # The first team's ambassador: a letter in the cell's list picks the person.
    combo = person.double_click(teams.view, teams.model.index(0, TeamModel.AMBASSADOR))
    assert isinstance(combo, QComboBox) and not combo.isEditable()
    person.type(script.people[0][0])
    assert teams.model.index(0, TeamModel.AMBASSADOR).data() == script.people[0]
    workshop = page.bridge.workshop
    assert workshop.teams[0].ambassador_id == workshop.participants[0].id
    assert person.window.save_state.text() == says(*SAVED)
    person.look("setup")
    person.check_saved()


def write_the_vision(person: Facilitator, script: Script) -> None:
    person.open_step(2)
    page = person.page()
    assert page.step == Step.VISION
    assert page.vision_edit.hasFocus()  # the keys are where the step's work starts
    person.type(script.vision)
    for title, why in script.strategic:
        person.shortcut(alt("VisionPage", "&New:"))  # leaving the vision (or a why) saves it
        assert page.new_edit.hasFocus()
        person.type(title)
        person.press_key(Qt.Key.Key_Return)
        assert page.current().title == title
        person.press_key(Qt.Key.Key_Tab)
        assert page.table.hasFocus()
        person.press_key(Qt.Key.Key_Tab)
        assert page.why_edit.hasFocus()
        person.type(why)
    person.press_key(Qt.Key.Key_Tab)  # leaving the field saves the last why

    workshop = page.bridge.workshop
    assert workshop.vision == script.vision
    assert [(s.title, s.why) for s in workshop.strategic_objectives] == list(script.strategic)
    assert column(page.model, page.model.TITLE) == [title for title, _ in script.strategic]
    person.look("vision")
    person.check_saved()


def collect_contributions(person: Facilitator, script: Script) -> None:
    person.open_step(3)
    page = person.page()
    assert page.step == Step.CONTRIBUTIONS
    assert page.quick.line.hasFocus()
    strategic_letters = [title[0] for title, _ in script.strategic]

    def propose(titles: tuple[str, ...], author: str, serves: tuple[int, ...]) -> None:
        person.shortcut(alt("QuickEntry", "A&uthor:"))
        assert page.quick.author.hasFocus()
        person.type(author[0])
        assert page.quick.author.currentText() == author
        for title, served in zip(titles, serves, strict=True):
            person.shortcut(alt("QuickEntry", "&Serves:"))
            assert page.quick.strategic.hasFocus()
            person.type(strategic_letters[served])
            person.shortcut(alt("QuickEntry", "&New candidate:"))
            assert page.quick.line.hasFocus()
            person.type(title)
            person.press_key(Qt.Key.Key_Return)
            assert page.quick.line.hasFocus() and page.quick.line.text() == ""

    propose(script.first_team, script.people[0], (0, 1, 0, 1))
    person.shortcut("Ctrl+2")  # the second team
    assert page.team_combo.currentText().startswith(script.teams[1][0])
    propose(script.second_team, script.people[2], (1, 0, 1, 0))

    # The last idea serves no strategic objective: say so, and why.
    model = page.model
    row = row_of(model, ContributionsModel.TITLE, script.second_team[-1])
    combo = person.double_click(page.table, model.index(row, ContributionsModel.STRATEGIC))
    assert isinstance(combo, QComboBox)
    person.press_key(Qt.Key.Key_End, widget=combo)  # "Not aligned…", the last entry
    person.qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.EditingState)
    assert page.table.currentIndex().column() == ContributionsModel.REASON
    person.type(script.reason)
    person.press_key(Qt.Key.Key_Return)
    person.qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)

    workshop = page.bridge.workshop
    first, second = workshop.teams[0], workshop.teams[1]
    s1, s2 = (s.id for s in workshop.strategic_objectives)
    assert [o.title for o in first.objectives] == list(script.first_team)
    assert [o.strategic_objective_id for o in first.objectives] == [s1, s2, s1, s2]
    assert [o.title for o in second.objectives] == list(script.second_team)
    assert [o.strategic_objective_id for o in second.objectives] == [s2, s1, s2, None]
    assert second.objectives[-1].non_alignment_reason == script.reason
    authors = {workshop.participant(o.author_id).name for o in first.objectives}
    assert authors == {script.people[0]}
    assert {workshop.participant(o.author_id).name for o in second.objectives} == {script.people[2]}
    assert model.index(row, ContributionsModel.REASON).data() == script.reason
    person.look("contributions")
    person.check_saved()


def focus(person: Facilitator, script: Script) -> None:
    person.open_step(4)
    page = person.page()
    assert page.step == Step.FOCUS
    assert page.table.hasFocus()
    assert page.team_combo.currentText() == script.teams[0][0]
    model, table = page.model, page.table
    a1, a2, a3, a4 = script.first_team
    keep, park = letter("FocusPage", "&Keep"), letter("FocusPage", "&Park")

    def select(title: str) -> None:
        person.click_row(table, model.index(row_of(model, FocusModel.TITLE, title), 0))

    # The room votes: the rows hold still while the votes are counted...
    for title, votes in ((a1, 3), (a3, 2), (a2, 1)):
        select(title)
        for _ in range(votes):
            person.press_key(Qt.Key.Key_Plus)
    assert column(model, FocusModel.TITLE) == [a1, a2, a3, a4]
    # ...and are ranked by votes once the keys leave the list.
    person.shortcut(alt("FocusPage", "&Team:"))
    assert column(model, FocusModel.TITLE) == [a1, a3, a2, a4]
    assert column(model, FocusModel.VOTES) == ["3", "2", "1", "0"]

    # Keep the three with most votes: the counter reaches the limit, in amber.
    select(a1)
    for _ in range(3):
        person.press_key(keep)
        person.press_key(Qt.Key.Key_Down)
    assert page.counter.property("level") == "full"
    assert page.counter.text() == fill(says("FocusPage", "%1 / %2 kept: limit reached"), 3, 3)
    # A fourth: the rule is soft, so it is allowed, and said to be too many, in red.
    assert page.selected().title == a4
    person.press_key(keep)
    assert page.counter.property("level") == "over"
    over = says("FocusPage", "%1 / %2 kept: over the common rule")
    assert page.counter.text() == fill(over, 4, 3)
    assert "#c62828" in page.counter.styleSheet()
    assert page.notice.isVisible()
    # Second thoughts: undo, and park it instead.
    person.shortcut("Ctrl+Z")
    assert page.counter.property("level") == "full"
    assert page.selected().title == a4
    person.press_key(park)
    assert a4 not in column(model, FocusModel.TITLE)
    assert column(page.parking_lot.model, 0) == [a4]

    # The rule becomes strict (Setup), and keeping beyond the limit is refused in words.
    person.open_step(1)
    rule = person.page().rule_editor
    # "St&rict: refuse"; Qt shows the button pressed, then clicks it.
    person.shortcut(alt("RuleEditor", "St&rict: refuse"))
    person.qtbot.waitUntil(rule.strict.isChecked)
    assert person.page().bridge.workshop.rule.strict
    person.open_step(4)
    parked = page.parking_lot.list
    person.click_row(parked, page.parking_lot.model.index(0, 0))
    person.press_key(Qt.Key.Key_Return)  # brought back as a candidate
    select(a4)
    person.press_key(keep)
    assert page.counter.property("level") == "full"
    assert page.notice.isVisible()
    assert page.notice.text().startswith(script.strict_words)
    status = {o.title: o.status for o in page.bridge.workshop.teams[0].objectives}
    assert status[a4] == ObjectiveStatus.CANDIDATE
    person.press_key(park)  # parked again

    # The second team keeps its first idea.
    person.shortcut(alt("FocusPage", "&Team:"))
    assert page.team_combo.hasFocus()
    person.press_key(Qt.Key.Key_Down)
    assert page.team_combo.currentText() == script.teams[1][0]
    select(script.second_team[0])
    person.press_key(keep)

    workshop = page.bridge.workshop
    kept = [o.title for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]
    assert kept == [a1, a2, a3, script.second_team[0]]
    parked_titles = [o.title for o in workshop.objectives() if o.status == ObjectiveStatus.PARKED]
    assert parked_titles == [a4]
    person.look("focus")
    person.check_saved()


def write_key_results(person: Facilitator, script: Script) -> None:
    person.open_step(5)
    page = person.page()
    assert page.step == Step.KEY_RESULTS
    assert page.tree.hasFocus()
    assert page.list_panel.objective_title.text() == script.first_team[0]
    editor = page.editor

    person.shortcut("Insert")  # a new key result, its sentence ready to be typed over
    assert editor.sentence.hasFocus()
    person.type(script.kr)
    assert editor.proposal.isVisible()
    person.shortcut("Ctrl+Return")  # accept the proposed fields
    kr = page.key_result()
    assert (kr.text, kr.baseline, kr.target, kr.unit) == (script.kr, 22.0, 30.0, "%")
    assert page.findings.model.rowCount() > 0  # no owner, no data source yet
    person.shortcut(alt("KeyResultEditor", "&Owner:"))
    assert editor.owner.hasFocus()
    person.type(script.owner)
    person.press_key(Qt.Key.Key_Return)
    person.shortcut(alt("KeyResultEditor", "Data &source:"))
    assert editor.data_source.hasFocus()
    person.type(script.source)
    person.press_key(Qt.Key.Key_Return)
    kr = page.key_result()
    assert (kr.owner, kr.data_source) == (script.owner, script.source)
    assert page.findings.messages() == []
    assert page.findings.advice.text() == says(
        "KeyResultsPage", "Nothing to improve in this key result."
    )

    # A second key result that is an activity, not an outcome.
    person.shortcut("Insert")
    assert editor.sentence.hasFocus()
    person.type(script.activity)
    person.press_key(Qt.Key.Key_Return)
    assert page.key_result().text == script.activity
    assert any(script.activity_words in m for m in page.findings.messages())
    texts = [k.text for k in page.objective().key_results]
    assert texts == [script.kr, script.activity]
    person.look("key-results")
    person.check_saved()


def review(person: Facilitator, script: Script) -> None:
    person.open_step(6)
    page = person.page()
    assert page.step == Step.REVIEW
    assert page.alignment_tree.hasFocus()
    # Ctrl+PgUp and Ctrl+PgDown go through the steps too.
    person.shortcut("Ctrl+PgUp")
    assert person.page().step == Step.KEY_RESULTS
    person.shortcut("Ctrl+PgDown")
    assert person.page() is page

    model = page.alignment_model
    strategic = [title for title, _ in script.strategic]
    assert column(model, NAME) == strategic
    a1, a2, a3, _ = script.first_team
    first, second = (model.index(row, NAME) for row in range(2))
    assert column(model, NAME, first) == [a1, a3]
    assert column(model, NAME, second) == [a2, script.second_team[0]]
    assert column(model, NAME, model.index(0, NAME, first)) == [script.kr, script.activity]
    assert page.health_model.rowCount() == 5

    person.look("review-alignment")
    for name in ("coverage", "health", "read-aloud"):
        person.shortcut("Ctrl+Tab")
        person.look(f"review-{name}")
    assert page.tabs.currentWidget() is page.read_aloud
    # What the room reads: the objective, then its key results (a change read as what it
    # measures: "the repeat purchase rate from 22% to 30%"), French spaces non-breaking.
    shown = page.read_aloud.browser.toPlainText()
    sentence = next(line for line in shown.splitlines() if script.first_team[0][1:] in line)
    assert sentence.startswith(f"{script.we_will} {script.first_team[0][0].lower()}")
    measured = script.kr.split(" ", 1)[1]  # without its verb
    assert measured in sentence.replace(NBSP, " ")
    assert script.activity[1:] in sentence
    assert measured in page.read_aloud.text().replace(NBSP, " ")  # what Copy all copies
    assert person.window.save_state.text() == says(*SAVED)


def reopen(qtbot, repository, settings, prompts, workshop_id: str, script: Script) -> None:
    again = MainWindow(Repository(open_library(repository.path)), settings, prompts)
    qtbot.addWidget(again)
    again.show()
    person = Facilitator(qtbot, again)
    person.wait_until_active()
    home = again.home
    assert column(home.model, 0) == [script.title]
    person.click_row(home.table, home.model.index(0, 0))
    person.press_key(Qt.Key.Key_Return)
    assert again.workshop_view is not None
    assert person.page().step == Step.REVIEW

    on_disk = Repository(open_library(repository.path)).load_workshop(workshop_id)
    shown = again.bridge.workshop
    assert shown == on_disk
    assert on_disk.facilitator == script.facilitator
    assert [t.name for t in on_disk.teams] == [name for name, _ in script.teams]
    assert [t.department for t in on_disk.teams] == [d for _, d in script.teams]
    assert [p.name for p in on_disk.participants] == list(script.people)
    assert on_disk.vision == script.vision
    assert [(s.title, s.why) for s in on_disk.strategic_objectives] == list(script.strategic)
    assert [o.title for o in on_disk.teams[0].objectives] == list(script.first_team)
    assert [o.title for o in on_disk.teams[1].objectives] == list(script.second_team)
    assert on_disk.teams[1].objectives[-1].non_alignment_reason == script.reason
    assert on_disk.rule.strict
    kr, activity = on_disk.teams[0].objectives[0].key_results
    assert (kr.text, kr.owner, kr.data_source, kr.baseline, kr.target) == (
        script.kr,
        script.owner,
        script.source,
        22.0,
        30.0,
    )
    assert activity.text == script.activity

    # A fresh window has nothing to undo: Ctrl+Z changes nothing.
    assert not again.undo_action.isEnabled()
    for _ in range(5):
        person.shortcut("Ctrl+Z")
    assert Repository(open_library(repository.path)).load_workshop(workshop_id) == on_disk
    assert again.bridge.workshop == on_disk
