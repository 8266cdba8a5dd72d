"""The Setup step's table models: Qt's model contract, and edits saved through the bridge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import SUGGESTED_DEPARTMENTS, Language, Participant, Team
from okr_workshop.ui.models import departments
from okr_workshop.ui.models.choices import SEPARATOR
from okr_workshop.ui.models.participant_model import ParticipantModel
from okr_workshop.ui.models.team_model import TeamModel
from okr_workshop.ui.session_bridge import SessionBridge

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def bridge(qapp, repository, french_workshop_id) -> SessionBridge:
    return SessionBridge(WorkshopSession(repository, french_workshop_id))


def connected(model, bridge):
    # What the page does: every saved change reloads the model.
    bridge.changed.connect(model.set_workshop)
    model.set_workshop(bridge.workshop)
    return model


@pytest.fixture
def teams(bridge) -> TeamModel:
    return connected(TeamModel(bridge), bridge)


@pytest.fixture
def people(bridge) -> ParticipantModel:
    return connected(ParticipantModel(bridge), bridge)


def test_the_models_keep_qts_contract_through_edits(qtmodeltester, bridge, teams, people):
    qtmodeltester.check(teams)
    qtmodeltester.check(people)
    team = bridge.workshop.teams[2]
    bridge.edit(lambda s: s.delete("delete team", team))  # a reset
    bridge.edit(lambda s: s.add("add team", Team(name="Équipe « Café » ☕")))
    assert teams.setData(teams.index(0, TeamModel.NAME), "Click & Collect 🛒", EDIT)
    qtmodeltester.check(teams)
    qtmodeltester.check(people)


def test_an_empty_model_keeps_the_contract(qtmodeltester, bridge):
    qtmodeltester.check(TeamModel(bridge))
    qtmodeltester.check(ParticipantModel(bridge))


def test_team_cells_show_and_edit_the_stored_values(bridge, teams, repository, french_workshop_id):
    first = bridge.workshop.teams[0]
    assert teams.index(0, TeamModel.NAME).data() == "Click & Collect"
    assert teams.index(0, TeamModel.DEPARTMENT).data() == "Digital"
    assert teams.index(0, TeamModel.AMBASSADOR).data() == "Julien Marchand"
    assert teams.index(0, TeamModel.AMBASSADOR).data(EDIT) == first.ambassador_id
    assert teams.index(0, TeamModel.OBJECTIVES).data() == str(len(first.objectives))
    assert teams.index(0, 0).data(TeamModel.ID_ROLE) == first.id
    assert not teams.flags(teams.index(0, TeamModel.OBJECTIVES)) & Qt.ItemFlag.ItemIsEditable
    finance = teams.row_of(bridge.workshop.teams[-1].id)
    assert teams.index(finance, TeamModel.AMBASSADOR).data() == "— none —"

    assert teams.setData(teams.index(0, TeamModel.NAME), "  Retrait en boutique  ", EDIT)
    assert repository.load_workshop(french_workshop_id).teams[0].name == "Retrait en boutique"
    assert teams.index(0, TeamModel.NAME).data() == "Retrait en boutique"


def test_an_empty_team_name_is_refused_with_a_sentence(qtbot, bridge, teams):
    with qtbot.waitSignal(teams.message) as said:
        assert not teams.setData(teams.index(0, TeamModel.NAME), "   ", EDIT)
    assert "needs a name" in said.args[0]
    assert bridge.workshop.teams[0].name == "Click & Collect"
    assert bridge.session.undo_label is None


def test_ambassador_choices_put_the_teams_members_first(bridge, teams):
    team = bridge.workshop.teams[0]
    choices = teams.choices(teams.index(0, TeamModel.AMBASSADOR))
    members = [p.id for p in bridge.workshop.participants if p.team_id == team.id]
    assert choices[0] == ("— none —", "")
    assert [value for _, value in choices[1 : 1 + len(members)]] == members
    assert choices[1 + len(members)][1] == SEPARATOR
    assert len(choices) == 2 + len(bridge.workshop.participants)

    assert teams.setData(teams.index(0, TeamModel.AMBASSADOR), "", EDIT)
    assert bridge.workshop.teams[0].ambassador_id is None


def test_departments_are_shown_translated_and_stored_in_english(monkeypatch, bridge, teams):
    monkeypatch.setattr(departments, "ui_language", lambda: Language.FRENCH)  # a French window
    choices = teams.choices(teams.index(0, TeamModel.DEPARTMENT))
    assert ("Logistique", "Logistics") in choices
    assert len(choices) == len(SUGGESTED_DEPARTMENTS)

    assert teams.setData(teams.index(0, TeamModel.DEPARTMENT), "ressources HUMAINES", EDIT)
    assert bridge.workshop.teams[0].department == "Human Resources"
    assert teams.index(0, TeamModel.DEPARTMENT).data() == "Ressources humaines"
    assert teams.index(0, TeamModel.DEPARTMENT).data(EDIT) == "Human Resources"

    assert teams.setData(teams.index(0, TeamModel.DEPARTMENT), "Atelier viennoiserie", EDIT)
    assert bridge.workshop.teams[0].department == "Atelier viennoiserie"
    assert teams.index(0, TeamModel.DEPARTMENT).data() == "Atelier viennoiserie"


def test_every_suggested_department_has_a_translatable_name():
    assert [name for name, _ in departments.suggested_departments()] == list(SUGGESTED_DEPARTMENTS)
    shown = [shown for _, shown in departments.suggested_departments()]
    assert len(set(shown)) == len(shown)


def test_participant_cells_edit_name_role_and_team(bridge, people):
    person = bridge.workshop.participants[0]
    assert people.index(0, ParticipantModel.NAME).data() == person.name
    assert people.index(0, ParticipantModel.TEAM).data() == "Click & Collect"

    assert people.setData(people.index(0, ParticipantModel.ROLE), "Cheffe de produit", EDIT)
    assert people.setData(people.index(0, ParticipantModel.TEAM), "", EDIT)
    stored = bridge.workshop.participants[0]
    assert (stored.role, stored.team_id) == ("Cheffe de produit", None)
    assert people.index(0, ParticipantModel.TEAM).data() == "— no team —"

    choices = people.choices(people.index(0, ParticipantModel.TEAM))
    assert choices[0] == ("— no team —", "")
    assert [name for name, _ in choices[1:]] == [t.name for t in bridge.workshop.teams]
    assert people.choices(people.index(0, ParticipantModel.NAME)) == []


def test_a_participant_without_a_name_is_refused(qtbot, bridge, people):
    bridge.edit(lambda s: s.add("add participant", Participant(name="Noé")))
    row = people.rowCount() - 1
    with qtbot.waitSignal(people.message):
        assert not people.setData(people.index(row, ParticipantModel.NAME), "", EDIT)
    assert bridge.workshop.participants[-1].name == "Noé"


def test_an_unchanged_value_saves_nothing(bridge, teams, people):
    assert teams.setData(teams.index(0, TeamModel.NAME), "Click & Collect", EDIT)
    assert people.setData(people.index(0, ParticipantModel.TEAM), people.index(0, 2).data(EDIT))
    assert bridge.session.undo_label is None
