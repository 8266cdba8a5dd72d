"""Issue 18, family 6 in the window: a candidate typed as a project ("Refondre l'intranet")
gets the coach's remark beside the Contributions table and in the step's list of what is
left to do; renamed into an ambition, the remark goes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.model import Step
from okr_workshop.ui.models.contributions_model import ContributionsModel
from okr_workshop.ui.pages.contributions_page import ContributionsPage
from tests.ui.keyboard import press, type_text
from tests.ui.one_page import open_alone

SHOPS = "Réseau des boutiques"
PROJECT = "Déployer un outil de ticketing pour le SAV"
REMARK = ("«\u00a0" + PROJECT + "\u00a0» décrit un projet\u00a0: il sera terminé une fois "
          "livré, que quelque chose ait changé ou non.")


@pytest.fixture
def page(main_window, french_workshop_id, monkeypatch) -> ContributionsPage:
    contributions = open_alone(main_window, monkeypatch, french_workshop_id, ContributionsPage,
                               Step.CONTRIBUTIONS)
    shops = next(t for t in contributions.bridge.workshop.teams if t.name == SHOPS)
    contributions.choose_team_row(contributions.teams.row_of(shops.id))
    return contributions


def test_a_project_typed_as_an_objective_gets_the_coachs_remark(page, main_window):
    page.quick.line.setFocus()
    type_text(page.quick.line, PROJECT)
    press(page.quick.line, Qt.Key.Key_Return)
    assert page.current().title == PROJECT
    remarks = page.notes.remarks.text()
    assert REMARK in remarks
    assert ("«\u00a0Déployer un outil\u00a0» n’est qu’un moyen\u00a0: demandez ce que cela "
            "doit changer pour les clients ou pour l’entreprise") in remarks
    assert REMARK in main_window.workshop_view.missing.text()

    # Renamed into what the project should change, the remark goes.
    index = page.model.index(page.model.rowCount() - 1, ContributionsModel.TITLE)
    assert page.model.setData(index, "Répondre à chaque client du SAV le jour même")
    assert "décrit un projet" not in page.notes.remarks.text()
    assert "décrit un projet" not in main_window.workshop_view.missing.text()
