"""The Review step: alignment tree, coverage and dependencies, health, sentences to read aloud."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.coverage import coverage
from okr_workshop.domain.model import (
    Language,
    ObjectiveStatus,
    Step,
    StrategicObjective,
    Workshop,
)
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import health_check, status_label
from okr_workshop.domain.statements import objective_statement, read_aloud_text
from okr_workshop.ui.models.alignment_model import MEASURE, NAME, OWNER, TEAM, AlignmentModel
from okr_workshop.ui.models.departments import shown_department
from okr_workshop.ui.models.health_model import STATUS, HealthModel
from okr_workshop.ui.pages.registry import page_classes
from okr_workshop.ui.pages.review_page import ReviewPage
from tests.ui.keyboard import press

NBSP = "\u00a0"
FINANCE = "Donner à chaque responsable des chiffres fiables, au bon moment"
FINANCE_REASON = "le commissaire aux comptes a relevé nos retards de clôture"
ONLINE = "Rendre la commande en ligne aussi simple que de pousser la porte d’une boutique"
ONLINE_STRATEGY = "Réussir notre virage vers la commande en ligne et les clients entreprises"
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


def open_review(qtbot, main_window, workshop_id: str, monkeypatch) -> ReviewPage:
    # Only this page in the window: a test of one step does not depend on the others.
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [ReviewPage])
    main_window.open_workshop(workshop_id)
    main_window.workshop_view.go_to(Step.REVIEW)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    page = main_window.workshop_view.current_page()
    assert isinstance(page, ReviewPage)
    return page


@pytest.fixture
def page(qtbot, main_window, french_workshop_id, monkeypatch) -> ReviewPage:
    return open_review(qtbot, main_window, french_workshop_id, monkeypatch)


@pytest.fixture
def english_page(qtbot, main_window, repository, monkeypatch) -> ReviewPage:
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    return open_review(qtbot, main_window, workshop.id, monkeypatch)


def children(model, parent: QModelIndex, column: int = NAME) -> list[str]:
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


def top_row(page: ReviewPage, title: str) -> QModelIndex:
    model = page.alignment_model
    titles = children(model, QModelIndex())
    assert title in titles, titles
    return model.index(titles.index(title), NAME)


def find_objective(workshop: Workshop, title: str):
    return next(o for o in workshop.objectives() if o.title == title)


# The alignment tree ------------------------------------------------------------------------

def test_the_tree_shows_each_strategic_objective_with_the_kept_objectives_serving_it(page):
    workshop = page.bridge.workshop
    model = page.alignment_model
    for branch in coverage(workshop).branches:
        index = top_row(page, branch.strategic.title)
        kept = [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT
                and o.strategic_objective_id == branch.strategic.id]
        assert kept, "the sample serves every strategic objective"
        assert children(model, index) == [o.title for o in kept]
        assert children(model, index, TEAM) == [workshop.team(o.team_id).name for o in kept]
        assert model.index(index.row(), TEAM).data() == f"{len(kept)} kept objectives"
        for row, objective in enumerate(kept):
            below = model.index(row, NAME, index)
            assert children(model, below) == [kr.text for kr in objective.key_results]
            assert children(model, below, OWNER) == [kr.owner for kr in objective.key_results]
            assert page.alignment_tree.isExpanded(below)
        assert page.alignment_tree.isExpanded(index)
    online = model.index(0, NAME, top_row(page, ONLINE_STRATEGY))
    assert online.data() == ONLINE
    # Numbers are written the window's way (English in these tests), not the workshop's.
    assert children(model, online, MEASURE) == ["1.8% → 3%", "62% → 45%"]  # the unit on both


def test_the_not_aligned_node_lists_the_unaligned_kept_objective_with_its_reason(page):
    model = page.alignment_model
    node = top_row(page, "Not aligned with a strategic objective")
    assert node.row() == model.rowCount() - 1
    assert node.data(AlignmentModel.KIND_ROLE) == "unaligned"
    assert children(model, node) == [FINANCE]
    assert children(model, node, TEAM) == ["Finance & Achats"]
    objective = model.index(0, NAME, node)
    reason, *key_results = children(model, objective)
    assert reason.startswith("Reason: ") and FINANCE_REASON in reason
    assert len(key_results) == 2
    assert page.alignment_tree.isExpanded(node)


def test_an_edit_elsewhere_shows_in_the_tree_keeping_the_selection_and_undo_restores_it(
    page, main_window, repository, french_workshop_id
):
    tree, model = page.alignment_tree, page.alignment_model
    tree.setCurrentIndex(model.index(0, NAME, top_row(page, ONLINE_STRATEGY)))
    renamed = "Faire de la commande en ligne un réflexe « zéro friction » 🥖"
    objective = find_objective(page.bridge.workshop, ONLINE)
    assert page.bridge.edit(lambda s: s.update("rename objective", objective, title=renamed))

    assert tree.currentIndex().data() == renamed  # the same objective, still selected
    assert children(model, top_row(page, ONLINE_STRATEGY))[0] == renamed
    assert "Nous allons faire de la commande en ligne un réflexe «" in page.read_aloud.text()
    assert find_objective(repository.load_workshop(french_workshop_id), renamed)

    main_window.undo_action.trigger()
    assert children(model, top_row(page, ONLINE_STRATEGY))[0] == ONLINE


def test_unlinking_an_objective_moves_it_under_not_aligned_asking_for_a_reason(page):
    objective = find_objective(page.bridge.workshop, ONLINE)
    assert page.bridge.edit(lambda s: s.update("unlink", objective,
                                               strategic_objective_id=None))
    model = page.alignment_model
    assert ONLINE not in children(model, top_row(page, ONLINE_STRATEGY))
    node = top_row(page, "Not aligned with a strategic objective")
    assert children(model, node) == [ONLINE, FINANCE]
    assert model.index(node.row(), TEAM).data() == "2 kept objectives"
    reason = model.index(0, NAME, model.index(0, NAME, node))
    assert reason.data() == "⚠ No reason given yet"
    assert reason.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_a_strategic_objective_nobody_serves_is_marked_in_the_tree_and_in_coverage(page):
    export = StrategicObjective(title="Ouvrir une boutique à l’export", position=3)
    assert page.bridge.edit(lambda s: s.add("add strategic objective", export))
    model = page.alignment_model
    index = top_row(page, export.title)
    assert model.rowCount(index) == 0
    badge = model.index(index.row(), TEAM)
    assert badge.data() == "⚠ No kept objective"  # words and symbol, not colour alone
    assert badge.data(Qt.ItemDataRole.BackgroundRole) is not None
    unserved = page.coverage_panel.unserved_model
    assert [unserved.index(r, 0).data() for r in range(unserved.rowCount())] == [export.title]
    assert page.coverage_panel.unserved.view.isVisibleTo(page.coverage_panel)


def test_the_tree_is_read_only_and_navigable_with_the_keyboard(page):
    tree, model = page.alignment_tree, page.alignment_model
    first = model.index(0, NAME)
    assert not model.flags(first) & Qt.ItemFlag.ItemIsEditable
    tree.setFocus()
    tree.setCurrentIndex(first)
    press(tree, Qt.Key.Key_Down)
    objective = tree.currentIndex()
    assert objective.parent() == first  # into its first objective
    press(tree, Qt.Key.Key_Left)  # folds the objective's key results
    assert not tree.isExpanded(objective)
    press(tree, Qt.Key.Key_Left)  # to the strategic objective
    press(tree, Qt.Key.Key_Left)  # folds it
    assert tree.currentIndex() == first and not tree.isExpanded(first)
    # A fold chosen by the user survives a reload caused by an edit.
    finance = find_objective(page.bridge.workshop, FINANCE)
    assert page.bridge.edit(lambda s: s.update("rename", finance, title=FINANCE + " !"))
    assert not tree.isExpanded(model.index(0, NAME))
    assert tree.isExpanded(model.index(1, NAME))


# Coverage and dependencies -----------------------------------------------------------------

def test_coverage_shows_departments_teams_and_dependencies_as_the_domain_finds_them(page):
    panel = page.coverage_panel
    page.tabs.setCurrentWidget(panel)
    found = coverage(page.bridge.workshop)
    departments = panel.departments_model
    assert [(departments.index(r, 0).data(), departments.index(r, 2).data())
            for r in range(departments.rowCount())] == [
        (shown_department(d.name), str(d.kept_objectives)) for d in found.departments]
    assert departments.index(0, 0).data() == "Digital"
    assert departments.index(0, 1).data() == "Click & Collect"
    assert departments.index(0, 0).data(departments.ID_ROLE) == "Digital"
    # Every strategic objective is served and every team kept something, in the sample.
    assert panel.unserved.empty.isVisible() and not panel.unserved.view.isVisible()
    assert "Every team has kept" in panel.teams.empty.text()
    assert not panel.participation.isVisible()
    dependencies = panel.dependencies_model
    assert dependencies.rowCount() == len(found.dependencies) == 4
    first = found.dependencies[0]
    assert [dependencies.index(0, c).data() for c in range(5)] == [
        first.from_team.name, first.from_objective.title, first.to_team.name,
        first.to_objective.title, first.dependency.note]
    assert dependencies.index(0, 0).data() == "Ventes aux entreprises"
    assert dependencies.index(0, 3).data() == (
        "Livrer nos clients entreprises à l’heure, à chaque fois")
    assert panel.dependencies.title() == "Dependencies between teams (4)"


def test_only_product_and_it_in_the_room_shows_the_rules_warning(page):
    workshop = page.bridge.workshop
    *others, finance = workshop.teams
    changes = [(team, {"department": "Digital"}) for team in others]
    changes.append((finance, {"department": ""}))
    assert page.bridge.edit(lambda s: s.update_many("departments", changes))
    panel = page.coverage_panel
    page.tabs.setCurrentWidget(panel)
    assert panel.participation.isVisible()
    lines = panel.participation.text().split("\n")
    assert lines == ["⚠ Seules des équipes produit, digital ou informatique participent.",
                     f"ℹ No department set for team “{finance.name}”."]
    assert panel.departments_model.rowCount() == 1
    assert panel.departments_model.index(0, 1).data() == ", ".join(t.name for t in others)
    kept = sum(len(t.objectives_with(ObjectiveStatus.KEPT)) for t in others)
    assert panel.departments_model.index(0, 2).data() == str(kept)


def test_teams_that_kept_nothing_are_listed(page):
    workshop = page.bridge.workshop
    team = workshop.teams[0]
    changes = [(o, {"status": ObjectiveStatus.CANDIDATE}) for o in team.objectives
               if o.status == ObjectiveStatus.KEPT]
    assert page.bridge.edit(lambda s: s.update_many("back to candidates", changes))
    model = page.coverage_panel.teams_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [team.name]
    assert model.index(0, 0).data(model.ID_ROLE) == team.id


# Health and the sentences ------------------------------------------------------------------

def test_health_shows_the_five_mistakes_with_the_domains_statuses_and_evidence(page):
    workshop = page.bridge.workshop
    expected = health_check(workshop, check_workshop(workshop))
    model = page.health_model
    assert model.rowCount() == 5
    for row, health in enumerate(expected):
        index = model.index(row, 0)
        assert index.data(HealthModel.STATUS_ROLE) == health.status.value
        assert health.title("fr") in index.data()
        status = model.index(row, STATUS).data()
        assert status.endswith(status_label(health.status, "fr"))
        assert status[0] in "✓⚠✖"  # a symbol, never colour alone
        lines = children(model, index, 0)
        assert len(lines) == len(health.evidence)
        for line, finding in zip(lines, health.evidence, strict=True):
            assert line.endswith(finding.message("fr"))
        first = model.index(0, 0, index)
        assert first.data(Qt.ItemDataRole.ToolTipRole) == health.evidence[0].advice("fr")
        assert page.health_tree.isExpanded(index)


def test_read_aloud_has_one_french_sentence_per_kept_objective_and_copies_them(qtbot, page):
    workshop = page.bridge.workshop
    page.tabs.setCurrentWidget(page.read_aloud)
    shown = page.read_aloud.browser.document().toRawText()  # non-breaking spaces kept
    kept = [o for o in workshop.objectives() if o.status == ObjectiveStatus.KEPT]
    assert shown.count("Nous allons ") == len(kept)
    assert f"mesuré par le taux de conversion du site de 1,8{NBSP}% à 3{NBSP}%" in shown
    assert objective_statement(workshop, kept[0]) in shown
    assert "Finance & Achats" in shown

    QGuiApplication.clipboard().clear()
    page.read_aloud.browser.setFocus()
    press(page.read_aloud.browser, Qt.Key.Key_C, Ctrl | Shift)
    assert QGuiApplication.clipboard().text() == read_aloud_text(workshop)
    assert page.read_aloud.feedback.text() == "Copied to the clipboard."

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(page.read_aloud.copy_button, Qt.MouseButton.LeftButton)
    assert "Nous allons rendre la commande en ligne" in QGuiApplication.clipboard().text()


def test_ctrl_tab_goes_through_the_tabs(page):
    page.alignment_tree.setFocus()
    seen, focused = [page.tabs.currentIndex()], []
    for _ in range(page.tabs.count()):
        press(QApplication.focusWidget() or page.alignment_tree, Qt.Key.Key_Tab, Ctrl)
        seen.append(page.tabs.currentIndex())
        focused.append(QApplication.focusWidget())
    assert seen == [0, 1, 2, 3, 0]
    # Keys go to each tab's content; in the sample, the first coverage box with rows is
    # the departments table (every strategic objective is served, every team kept some).
    assert focused == [page.coverage_panel.departments.view, page.health_tree,
                       page.read_aloud.browser, page.alignment_tree]


def test_the_english_sample_reads_in_english(english_page):
    page = english_page
    workshop = page.bridge.workshop
    assert "We will make our website the easiest place to find the right kit as measured by " \
        "website conversion rate from 2.1% to 2.8%" in page.read_aloud.text()
    assert "Nous allons" not in page.read_aloud.browser.toPlainText()
    model = page.health_model
    statuses = [h.status for h in health_check(workshop)]
    assert [model.index(r, STATUS).data().split(" ", 1)[1] for r in range(5)] == [
        status_label(s, "en") for s in statuses]
    node = top_row(page, "Not aligned with a strategic objective")
    assert children(page.alignment_model, node) == ["Ship changes to the shop safely and "
                                                    "without drama"]
    web = page.alignment_model.index(0, NAME, top_row(page, "Make online and in-store feel "
                                                           "like one shop"))
    assert children(page.alignment_model, web, MEASURE)[0] == "2.1% → 2.8%"


def test_a_workshop_with_nothing_yet_says_where_to_start(qtbot, main_window, repository,
                                                          monkeypatch):
    empty = Workshop(title="Atelier vide")
    repository.add_workshop(empty)
    page = open_review(qtbot, main_window, empty.id, monkeypatch)
    assert page.alignment_model.rowCount() == 0
    assert "Vision step" in page.alignment_hint.text()
    assert page.health_model.rowCount() == 5
    assert not page.read_aloud.copy_button.isEnabled()
    assert "Setup step" in page.coverage_panel.teams.empty.text()


# Models and the window ----------------------------------------------------------------------

def test_the_models_pass_qts_checks(qtmodeltester, page):
    for model in (page.alignment_model, page.health_model,
                  page.coverage_panel.departments_model, page.coverage_panel.dependencies_model):
        qtmodeltester.check(model)
    workshop = page.bridge.workshop
    extra = StrategicObjective(title="Personne ne s’en occupe")
    page.load(replace(workshop, strategic_objectives=(*workshop.strategic_objectives, extra)))
    qtmodeltester.check(page.alignment_model)
    qtmodeltester.check(page.coverage_panel.unserved_model)


def test_review_is_the_sixth_step_reached_with_alt_6(qtbot, main_window, french_workshop_id):
    assert page_classes()[5] is ReviewPage
    main_window.open_workshop(french_workshop_id)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    view = main_window.workshop_view
    view.step_list.setFocus()
    press(view.step_list, Qt.Key.Key_6, Alt)
    assert isinstance(view.current_page(), ReviewPage)
    assert view.step_list.currentItem().text() == "6. Review"
