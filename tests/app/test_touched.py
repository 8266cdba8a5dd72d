"""Every edit, undo and redo says what it touched and on which step it is seen."""

from __future__ import annotations

from okr_workshop.domain.model import (
    Action,
    Feedback,
    KeyResult,
    Objective,
    Ritual,
    RotiVote,
    Step,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.room import AgendaItem, DotVote, VoteRound


def test_each_kind_of_edit_is_seen_on_its_step(session):
    workshop = session.workshop
    objective = next(iter(workshop.objectives()))
    kr = next(iter(workshop.key_results()))
    cases = [
        (lambda: session.update_workshop("t", title="Autre « titre »"), Workshop, Step.SETUP),
        (lambda: session.update_workshop("v", vision="Une vision"), Workshop, Step.VISION),
        (lambda: session.update("t", workshop.teams[0], name="Équipe"), Team, Step.SETUP),
        (lambda: session.update("s", workshop.strategic_objectives[0], why="Parce que"),
         StrategicObjective, Step.VISION),
        (lambda: session.update("o", objective, title="Nouveau"), Objective, Step.CONTRIBUTIONS),
        (lambda: session.update("v", objective, votes=objective.votes + 2), Objective, Step.FOCUS),
        (lambda: session.update("k", kr, metric="Part"), KeyResult, Step.KEY_RESULTS),
        (lambda: session.add("a", KeyResult(text="Neuf"), parent_id=objective.id), KeyResult,
         Step.KEY_RESULTS),
        (lambda: session.move("m", workshop.teams[1], 0), Team, Step.SETUP),
        # Steering: the grade, the closing form and the cycle's lists are seen there.
        (lambda: session.update("g", kr, grade=0.7), KeyResult, Step.STEERING),
        (lambda: session.update("c", objective, outcome="carried", learnings="Court"),
         Objective, Step.STEERING),
        (lambda: session.add("r", RotiVote(score=4)), RotiVote, Step.STEERING),
        (lambda: session.add("a", Action(text="Relancer")), Action, Step.STEERING),
        (lambda: session.add("f", Feedback(kind="helped", text="Les données")), Feedback,
         Step.STEERING),
        (lambda: session.add("r", Ritual(kind="planning", cadence="once")), Ritual,
         Step.STEERING),
        # The room kit: votes are seen on Focus, the run sheet and the session on Setup.
        (lambda: session.add("v", VoteRound(team_id=objective.team_id)), VoteRound, Step.FOCUS),
        (lambda: session.add("d", DotVote(objective_id=objective.id, dots=2),
                             parent_id=session.workshop.vote_rounds[0].id), DotVote, Step.FOCUS),
        (lambda: session.update("d", session.workshop.vote_rounds[0], revealed=True),
         VoteRound, Step.FOCUS),
        (lambda: session.add("a", AgendaItem(title="Pause")), AgendaItem, Step.SETUP),
        (lambda: session.update_workshop("s", session_starts_at="09:00"), Workshop,
         Step.SETUP),
    ]
    for edit, kind, step in cases:
        edit()
        assert (session.last_touched.kind, session.last_touched.step) == (kind, step)
        session.undo()
        assert (session.last_touched.kind, session.last_touched.step) == (kind, step)
        session.redo()
        assert session.last_touched.step == step


def test_a_batch_reads_as_its_first_change_and_a_deletion_knows_it_is_gone(session):
    workshop = session.workshop
    first, second = list(workshop.objectives())[:2]
    session.update_many("keep", [(first, {"votes": 5}), (second, {"votes": 1})])
    assert session.last_touched.id == first.id
    assert session.last_touched.fields == frozenset({"votes"})
    kr = next(iter(workshop.key_results()))
    session.delete("d", kr)
    assert session.last_touched.gone
    session.undo()
    assert not session.last_touched.gone and session.last_touched.id == kr.id


def test_an_edit_remembers_the_step_it_was_made_on(session):
    session.go_to_step(Step.REVIEW)
    session.update("t", session.workshop.teams[0], name="Équipe")
    assert session.last_touched.made_on == Step.REVIEW
    session.go_to_step(Step.SETUP)
    session.undo()
    assert (session.last_touched.made_on, session.last_touched.step) == (Step.REVIEW, Step.SETUP)
    session.redo()
    assert session.last_touched.made_on == Step.REVIEW


def test_saves_of_a_field_being_typed_undo_as_one_step(session):
    kr = next(iter(session.workshop.key_results()))
    team = session.workshop.teams[0]
    session.update("rename team", team, name="Équipe A")  # an edit before the typing
    session.typing = True  # what the window says while it saves typing after a pause
    for text in ("Porter", "Porter le taux", "Porter le taux à 3 %"):
        session.update("edit the key result", kr, text=text)
    session.typing = False
    session.update("edit the key result", kr, text="Porter le taux à 3 % ✓")  # Enter
    assert first_kr_text(session) == "Porter le taux à 3 % ✓"
    session.undo()
    assert first_kr_text(session) == kr.text  # the whole sentence at once
    assert session.undo_label == "rename team"
    session.redo()
    assert first_kr_text(session) == "Porter le taux à 3 % ✓"
    # The burst ended with Enter: the next save of the same field is a step of its own.
    session.update("edit the key result", kr, text="Autre")
    session.undo()
    assert first_kr_text(session) == "Porter le taux à 3 % ✓"


def test_typing_saves_of_another_field_are_steps_of_their_own(session):
    kr = next(iter(session.workshop.key_results()))
    session.typing = True
    session.update("edit the key result", kr, text="Un")
    session.update("edit the metric", kr, metric="Deux")
    session.typing = False
    session.undo()
    assert first_kr_text(session) == "Un"


def first_kr_text(session) -> str:
    return next(iter(session.workshop.key_results())).text
