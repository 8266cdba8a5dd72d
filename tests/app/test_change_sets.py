"""After every edit, undo and redo the session's workshop is the one the library holds,
without reading it back, and the change set names what changed."""

from __future__ import annotations

from datetime import date

from okr_workshop.app.session import WorkshopSession
from okr_workshop.domain.model import (
    Action,
    CheckIn,
    ClosingOutcome,
    Dependency,
    Feedback,
    FeedbackKind,
    FeedbackOccasion,
    KeyResult,
    Objective,
    PaceStatus,
    Participant,
    RotiVote,
    Step,
    Team,
    Workshop,
)
from okr_workshop.domain.room import AgendaItem, DotVote, VoteMode, VoteRound


def on_disk(session: WorkshopSession) -> Workshop:
    return session.repository.load_workshop(session.workshop.id)


def edits(session: WorkshopSession):
    """Every kind of edit, each reading the workshop as it is when it runs."""
    w = lambda: session.workshop  # noqa: E731
    yield lambda: session.update_workshop("Titre", title="Atelier « 🌷 » <b>x</b>")
    yield lambda: session.add("Équipe", Team(name="Équipe ∅"), None, 1)
    yield lambda: session.add("Objectif", Objective(
        team_id=w().teams[1].id, title="Objectif imbriqué", author_id=w().participants[0].id,
        key_results=(KeyResult(text="KR 1", check_ins=()), KeyResult(text="KR 2"))))
    yield lambda: session.update("Cible", w().teams[0].objectives[0].key_results[0], target=99.5)
    yield lambda: session.move("Déplacer", w().teams[0].objectives[-1], 0)
    yield lambda: session.update("Équipe", w().teams[0].objectives[0], team_id=w().teams[2].id)
    yield lambda: session.add("Dépendance", Dependency(
        from_objective_id=w().teams[2].objectives[-1].id,
        to_objective_id=w().teams[3].objectives[0].id), None, 0)
    yield lambda: session.add("Point", CheckIn(on=date(2027, 1, 15), value=3.0, confidence=5),
        w().teams[3].objectives[0].key_results[0].id)
    # Steering: links to a participant and to a feedback note, then both deleted.
    yield lambda: session.add("Point signé", CheckIn(
        on=date(2027, 1, 22), value=4.0, confidence=0, next_step="Relancer",
        author_id=w().participants[0].id), w().teams[3].objectives[0].key_results[0].id)
    yield lambda: session.add("Retour", Feedback(kind=FeedbackKind.BLOCKED, text="Données",
                                                 occasion=FeedbackOccasion.REVIEW))
    yield lambda: session.add("ROTI", RotiVote(score=5, participant_id=w().participants[0].id))
    yield lambda: session.add("Action", Action(
        text="Ouvrir l’accès", owner_id=w().participants[0].id, due=date(2027, 2, 1),
        feedback_id=w().feedback[-1].id))
    yield lambda: session.update("Fait", w().actions[-1], done=True)
    yield lambda: session.update("Clôture", w().teams[0].objectives[0],
                                 outcome=ClosingOutcome.CARRIED, learnings="Plus court")
    yield lambda: session.update("Statut", w().teams[0].objectives[0].key_results[0],
                                 status_override=PaceStatus.OFF_TRACK, grade=0.4)
    # The room kit: the session's date, the run sheet, vote rounds and their dots; a dot in
    # team 3's round sits on an objective of team 2, so deleting team 2 takes a dot from a
    # round it does not own.
    yield lambda: session.update_workshop("Séance", session_on=date(2027, 1, 12),
                                          session_starts_at="09:00")
    yield lambda: session.add("Déroulé", AgendaItem(step=Step.FOCUS, planned_minutes=15))
    yield lambda: session.add("Pause", AgendaItem(title="Pause « café » ☕ <b>",
                                                  planned_minutes=10), None, 0)
    yield lambda: session.update("Temps", w().agenda[1], spent_seconds=905)
    yield lambda: session.move("Avancer", w().agenda[1], 0)
    yield lambda: session.add("Tour", VoteRound(team_id=w().teams[3].id, votes=(
        DotVote(objective_id=w().teams[3].objectives[0].id, dots=2,
                participant_id=w().participants[0].id),
        DotVote(objective_id=w().teams[3].objectives[-1].id, dots=1,
                participant_id=w().participants[1].id))))
    yield lambda: session.add("Tour au mur", VoteRound(team_id=w().teams[2].id,
                                                       mode=VoteMode.TALLY), None, 0)
    yield lambda: session.add("Compte", DotVote(objective_id=w().teams[2].objectives[0].id,
                                                dots=7), w().vote_rounds[0].id)
    yield lambda: session.add("Gommette", DotVote(
        objective_id=w().teams[2].objectives[-1].id, dots=1,
        participant_id=w().participants[1].id), w().vote_rounds[1].id, 1)
    yield lambda: session.update("Dévoiler", w().vote_rounds[1], revealed=True)
    yield lambda: session.update("Recompter", w().vote_rounds[0].votes[0], dots=9)
    yield lambda: session.move("Gommette", w().vote_rounds[1].votes[1], 0)
    yield lambda: session.delete("Retour", w().feedback[-1])
    yield lambda: session.delete("Participant", w().participants[0])
    yield lambda: session.delete("Stratégique", w().strategic_objectives[0])
    yield lambda: session.delete("Équipe", w().teams[2])
    yield lambda: session.update_many("Deux", [
        (w().teams[0], {"name": "Renommée"}), (w().teams[1], {"department": "RH"})])
    yield lambda: session.add("Participant", Participant(name="Zoé", team_id=w().teams[0].id))
    # The first round's team was team 3, now the third: its objective with two dots on it
    # (one from the first participant, now anonymous), then the round itself.
    yield lambda: session.delete("Objectif", w().teams[2].objectives[0])
    yield lambda: session.delete("Tour", w().vote_rounds[0])
    yield lambda: session.delete("Pause", w().agenda[0])


def test_the_workshop_in_memory_is_the_one_on_disk_after_every_step(session):
    done = 0
    for edit in edits(session):
        edit()
        done += 1
        assert session.workshop == on_disk(session), done
    for step in range(done):
        session.undo()
        assert session.workshop == on_disk(session), f"undo {step}"
    for step in range(done):
        session.redo()
        assert session.workshop == on_disk(session), f"redo {step}"


def test_an_edit_does_not_read_the_whole_workshop_back(session, monkeypatch):
    def refused(_workshop_id):
        raise AssertionError("the whole workshop was read back")

    monkeypatch.setattr(session.repository, "load_workshop", refused)
    kr = session.workshop.teams[0].objectives[0].key_results[0]
    session.update("Cible", kr, target=42.0)
    session.undo()
    session.redo()
    assert session.workshop.teams[0].objectives[0].key_results[0].target == 42.0


def test_a_target_edit_names_its_key_result_and_nothing_else(session):
    heard = []
    session.subscribe_changes(heard.append)
    kr = session.workshop.teams[0].objectives[0].key_results[0]
    session.update("Cible", kr, target=42.0)
    (changes,) = heard
    assert changes.ids == {(KeyResult, kr.id)}
    assert changes.only_fields_of(KeyResult) and not changes.touches(Team, Workshop)


def test_deleting_a_team_names_what_went_with_it(session):
    heard = []
    session.subscribe_changes(heard.append)
    team = session.workshop.teams[0]
    session.delete("Équipe", team)
    changes = heard[-1]
    assert changes.reshaped and (Team, team.id) in changes.ids
    assert {(KeyResult, k.id) for o in team.objectives for k in o.key_results} <= changes.ids
    session.undo()
    assert heard[-1].ids == changes.ids


def test_workshop_fields_are_named(session):
    heard = []
    session.subscribe_changes(heard.append)
    session.update_workshop("Vision", vision="Nouvelle vision")
    assert heard[-1].workshop_fields == {"vision"} and heard[-1].touches(Workshop)


def test_undoing_a_deletion_puts_back_what_the_database_cascaded(session):
    """A deleted team takes its vote rounds; a deleted objective the dots on it in every
    round: undo brings each back where it was, on disk and in memory."""
    w = lambda: session.workshop  # noqa: E731
    mine, other = w().teams[0], w().teams[1]
    first, second = mine.objectives[0], other.objectives[0]
    someone = w().participants[0].id
    session.add("Tour", VoteRound(team_id=other.id, votes=(
        DotVote(objective_id=second.id, dots=1, participant_id=someone),)))
    session.add("Tour", VoteRound(team_id=mine.id, votes=(
        DotVote(objective_id=first.id, dots=2, participant_id=someone),
        DotVote(objective_id=second.id, dots=1, participant_id=someone),  # moved since
        DotVote(objective_id=mine.objectives[1].id, dots=1))))
    session.add("Encore", VoteRound(team_id=other.id, revealed=True, votes=(
        DotVote(objective_id=first.id, dots=3), DotVote(objective_id=second.id, dots=2))))
    before = w()

    session.delete("Objectif", second)
    assert [len(r.votes) for r in w().vote_rounds] == [0, 2, 1]
    assert w() == on_disk(session)
    session.undo()
    assert w() == on_disk(session)
    assert w().vote_rounds == before.vote_rounds

    session.delete("Équipe", mine)
    assert [r.team_id for r in w().vote_rounds] == [other.id, other.id]
    assert [[v.objective_id for v in r.votes] for r in w().vote_rounds] == [
        [second.id], [second.id]]
    assert w() == on_disk(session)
    session.undo()
    assert w() == on_disk(session)
    assert w().vote_rounds == before.vote_rounds and w().teams == before.teams
    session.redo()
    assert w() == on_disk(session) and len(w().vote_rounds) == 2

    session.undo()
    session.delete("Participant", w().participants[0])
    assert all(v.participant_id is None for r in w().vote_rounds for v in r.votes)
    assert w() == on_disk(session)
    session.undo()
    assert w().vote_rounds == before.vote_rounds == on_disk(session).vote_rounds


def test_a_cascade_is_named_in_the_change_set(session):
    heard = []
    session.subscribe_changes(heard.append)
    team, objective = session.workshop.teams[0], session.workshop.teams[0].objectives[0]
    session.add("Tour", VoteRound(team_id=team.id, votes=(
        DotVote(objective_id=objective.id, dots=2),)))
    vote_round = session.workshop.vote_rounds[0]
    session.delete("Équipe", team)
    assert {(VoteRound, vote_round.id), (DotVote, vote_round.votes[0].id)} <= heard[-1].ids
