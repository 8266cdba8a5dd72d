"""The Focus scene of the audience view: no count during a secret ballot, the result with
the tie at the cut after the reveal, kept and parked columns, legible at 1080p."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from okr_workshop.domain.model import Objective, ObjectiveStatus, Step
from okr_workshop.domain.values import new_id
from okr_workshop.ui.pages.focus_texts import counter_texts
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.scene import AMBER, MAIN_MIN_PIXELS
from okr_workshop.ui.room.scenes import scene_class
from okr_workshop.ui.room.scenes.focus_scene import FocusScene
from okr_workshop.ui.room.voting_overlays import BallotInProgress, VoteRevealed
from okr_workshop.ui.widgets.rule_counter import Level
from tests.ui.room.focus_room_data import (
    TITLES,
    dark,
    overflowing,
    room_workshop,
    visible_texts,
    with_ballots,
)

# Four of six have voted: 1 and 2 lead, 3 and 4 tie across the cut of a rule of 3.
BALLOTS = [{0: 2, 1: 1}, {1: 2, 2: 1}, {0: 1, 3: 2}, {2: 2, 4: 1}]


@pytest.fixture
def scene(qtbot) -> FocusScene:
    scene = scene_class(Step.FOCUS)()
    assert isinstance(scene, FocusScene)
    dark(scene)
    qtbot.addWidget(scene)
    scene.resize(1920, 1080)
    scene.show()
    return scene


def revealed(workshop, round_):
    """What a reveal writes: the round closed, its totals the objectives' votes."""
    from okr_workshop.domain.voting import reveal_changes

    team = workshop.teams[0]
    votes = dict((o.id, n) for o, n in reveal_changes(team, round_))
    objectives = tuple(replace(o, votes=votes.get(o.id, o.votes)) for o in team.objectives)
    done = replace(round_, revealed=True)
    return replace(workshop, teams=(replace(team, objectives=objectives), *workshop.teams[1:]),
                   vote_rounds=(done,)), done


def test_during_a_secret_ballot_the_room_sees_who_has_voted_and_never_a_count(scene):
    workshop, round_ = with_ballots(room_workshop(), BALLOTS)
    team = workshop.teams[0]
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), BallotInProgress(round_))
    texts = visible_texts(scene)
    assert scene.status.text() == "Voting: 4 of 6 have voted"
    assert team.name in texts and TITLES[4] in texts  # what is on the ballot
    assert not [t for t in texts if t.isdigit()]  # no count anywhere
    assert not any(row.bar.isVisibleTo(scene) for row in scene.candidates.rows)
    assert not any(row.tie.isVisibleTo(scene) for row in scene.candidates.rows)


def test_after_the_reveal_the_totals_rank_and_the_tie_at_the_cut_is_amber(scene):
    workshop, round_ = revealed(*with_ballots(room_workshop(), BALLOTS))
    team = workshop.teams[0]
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_))
    rows = scene.candidates.shown_rows()
    assert [(r.title.text(), r.count.text()) for r in rows] == [
        (TITLES[0], "3"), (TITLES[1], "3"), (TITLES[2], "3"), (TITLES[3], "2"), (TITLES[4], "1")]
    # 3, 3, 3 for three places: no tie straddles the cut; a rule of 2 makes one.
    assert not any(r.tie.isVisibleTo(scene) for r in rows)
    assert scene.status.text() == "Round 1: the result"
    assert scene.badge.text() == "0 / 3 kept"
    assert scene.rule.text() == (
        "The common rule of this workshop: at most 3 kept objectives per team.")

    workshop = replace(workshop, rule=replace(workshop.rule, max_objectives_per_team=2))
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_))
    tied = [r for r in scene.candidates.shown_rows() if r.tie.isVisibleTo(scene)]
    assert [r.title.text() for r in tied] == list(TITLES[:3])
    assert tied[0].count.palette().color(tied[0].count.foregroundRole()) == AMBER
    assert tied[0].tie.text() == "Tied at the cut"


def test_kept_and_parked_objectives_stand_in_their_columns(scene):
    workshop, round_ = revealed(*with_ballots(room_workshop(), BALLOTS))
    team = workshop.teams[0]
    decided = [replace(o, status=ObjectiveStatus.KEPT) if i < 3 else
               replace(o, status=ObjectiveStatus.PARKED) for i, o in enumerate(team.objectives)]
    workshop = replace(workshop, teams=(replace(team, objectives=tuple(decided)),
                                        *workshop.teams[1:]))
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_))
    assert [r.title.text() for r in scene.kept.shown_rows()] == ["✓ " + t for t in TITLES[:3]]
    assert [r.title.text() for r in scene.parked.shown_rows()] == list(TITLES[3:])
    assert scene.candidates.empty.text() == "No candidate left to decide"
    assert scene.badge.text() == "3 / 3 kept: limit reached"


def test_next_and_previous_step_through_the_teams(scene):
    workshop = room_workshop()
    first, second = (t.id for t in workshop.teams)
    pointer = scene.moved(workshop, Pointer(Step.FOCUS, first), +1)
    assert pointer == Pointer(Step.FOCUS, team_id=second)
    assert scene.moved(workshop, pointer, +1) == pointer  # the last team stays
    assert scene.moved(workshop, pointer, -1).team_id == first
    scene.show_room(workshop, pointer, None)
    assert scene.team_name.text() == workshop.teams[1].name


def test_main_text_is_large_and_nothing_overflows_even_with_forty_five_candidates(scene):
    workshop, round_ = revealed(*with_ballots(room_workshop(max_objectives_per_team=2),
                                              BALLOTS))
    team = workshop.teams[0]
    many = [Objective(team_id=team.id, title=f"Candidat n°{i} « très long » " * 4,
                      votes=i % 4, position=10 + i) for i in range(40)]
    workshop = replace(workshop, teams=(replace(team, objectives=(*team.objectives, *many)),
                                        *workshop.teams[1:]))
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_))
    rows = scene.candidates.shown_rows()
    assert 3 <= len(rows) < 45
    assert scene.candidates.more.text() == f"+ {45 - len(rows)} more"
    for label in (rows[0].title, rows[0].count, scene.status):
        assert QFont(label.font()).pixelSize() >= MAIN_MIN_PIXELS
    assert overflowing(scene) == []
    folder = os.environ.get("OKR_ROOM_SCREENSHOTS")
    if folder:
        scene.grab().save(str(Path(folder) / "focus_scene_many.png"))


def test_a_scene_of_a_workshop_without_teams_says_so(scene):
    workshop = replace(room_workshop(), teams=())
    scene.show_room(workshop, Pointer(Step.FOCUS), None)
    assert scene.team_name.text() == "No team yet"
    assert [label for label in scene.findChildren(QLabel)
            if label.isVisibleTo(scene) and label.text().isdigit()] == []


def test_an_earlier_round_shows_its_own_totals(scene):
    workshop, first = revealed(*with_ballots(room_workshop(), BALLOTS))
    team = workshop.teams[0]
    later = replace(first, id=new_id(), votes=(), position=1)  # revealed, nobody voted
    workshop = replace(workshop, vote_rounds=(first, later))
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(first))
    assert [r.count.text() for r in scene.candidates.shown_rows()] == ["3", "3", "3", "2", "1"]
    assert scene.status.text() == "Round 1: the result"
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(later))
    assert scene.status.text() == "Round 2: the result"  # its votes are the objectives'


def test_in_french_the_scene_fits_and_says_the_rule_in_the_badges_words(qtbot, french_ui):
    scene = FocusScene()
    dark(scene)
    qtbot.addWidget(scene)
    scene.resize(1920, 1080)
    scene.show()
    workshop, round_ = with_ballots(room_workshop(max_objectives_per_team=2), BALLOTS)
    team = workshop.teams[0]
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), BallotInProgress(round_))
    assert scene.status.text() == "Vote en cours\u00a0: 4 sur 6 ont voté"
    workshop, round_ = revealed(workshop, round_)
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_))
    # The rule in the words of the Focus page's badge, in French.
    assert scene.badge.text() == counter_texts()[Level.BELOW].replace("%1", "0").replace(
        "%2", "2")
    assert "retenu" in scene.badge.text()
    tied = [r for r in scene.candidates.shown_rows() if r.tie.isVisibleTo(scene)]
    assert [r.tie.text() for r in tied] == ["Ex æquo à la limite"] * 3
    folder = os.environ.get("OKR_ROOM_SCREENSHOTS")
    if folder:
        scene.grab().save(str(Path(folder) / "focus_scene_fr.png"))
    assert overflowing(scene) == []


@pytest.mark.parametrize("revealed_", [False, True])
def test_the_example_round_for_screenshots_reads_well_on_the_samples(scene, revealed_):
    from okr_workshop.app.samples import sample_workshop
    from okr_workshop.domain.model import Language
    from okr_workshop.ui.room.scenes.focus_example import focus_example

    workshop, pointer, overlay = focus_example(sample_workshop(Language.FRENCH), revealed_)
    scene.show_room(workshop, pointer, overlay)
    if revealed_:
        assert scene.status.text() == "Round 1: the result"
        assert scene.kept.shown_rows() and scene.parked.shown_rows()
    else:
        assert scene.status.text() == "Voting: 2 of 3 have voted"
        assert room_digits(scene) == []
    assert overflowing(scene) == []


def room_digits(scene: FocusScene) -> list[str]:
    return [t for t in visible_texts(scene) if t.isdigit()]


def test_the_screenshot_scripts_examples_show_a_ballot_then_its_result(scene):
    from okr_workshop.ui.room.scenes.focus_scene import example_overlays

    workshop = room_workshop()
    ballot, result = example_overlays(workshop)
    scene.show_room(workshop, Pointer(Step.FOCUS), ballot)
    assert scene.status.text() == "Voting: 5 of 6 have voted"
    assert room_digits(scene) == []
    scene.show_room(workshop, Pointer(Step.FOCUS), result)
    assert scene.status.text() == "Round 1: the result"
    assert sum(int(r.count.text()) for r in scene.candidates.shown_rows()) == 15  # 5 × 3
    assert overflowing(scene) == []


def test_a_few_objectives_fill_the_screen_in_large_type_and_a_long_list_keeps_the_floor(
        scene):
    """The French sample's Focus (a few objectives) reads from the back of the room: its
    type grows to fill the height; 45 candidates stay at the floor with "+ N more"."""
    from okr_workshop.app.samples import sample_workshop
    from okr_workshop.domain.model import Language
    from okr_workshop.ui.room.scene import MAIN_PIXELS_1080, SECOND_PIXELS_1080

    workshop = sample_workshop(Language.FRENCH)
    scene.show_room(workshop, Pointer(Step.FOCUS), None)
    rows = scene.kept.shown_rows() + scene.parked.shown_rows()
    assert len(rows) == 3  # two kept, one parked: all of them
    for row in rows:
        assert row.title.font().pixelSize() >= 1.2 * MAIN_PIXELS_1080
    kept = scene.kept.shown_rows()[0]
    assert kept.count.font().pixelSize() == kept.title.font().pixelSize()
    for column in (scene.candidates, scene.kept, scene.parked):
        assert column.heading.font().pixelSize() >= SECOND_PIXELS_1080
        assert not column.more.isVisibleTo(scene)
    assert overflowing(scene) == []

    # Five candidates with their dots and the cut: larger than the floor, all shown.
    workshop, round_ = revealed(*with_ballots(room_workshop(), BALLOTS))
    team = workshop.teams[0]
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_))
    rows = scene.candidates.shown_rows()
    assert len(rows) == 5 and scene.candidates.cut.isVisibleTo(scene)
    assert rows[0].title.font().pixelSize() >= 1.1 * MAIN_PIXELS_1080
    assert rows[0].bar.height() > 14
    assert overflowing(scene) == []

    # Forty-five: the floor, what fits, and how many more.
    many = [Objective(team_id=team.id, title=f"Candidat n°{i} « très long » " * 4,
                      votes=i % 4, position=10 + i) for i in range(40)]
    workshop = replace(workshop, teams=(replace(team, objectives=(*team.objectives, *many)),
                                        *workshop.teams[1:]))
    scene.show_room(workshop, Pointer(Step.FOCUS, team.id), VoteRevealed(round_))
    rows = scene.candidates.shown_rows()
    assert rows[0].title.font().pixelSize() == MAIN_PIXELS_1080  # the floor at 1080
    assert rows[0].title.font().pixelSize() >= MAIN_MIN_PIXELS
    assert scene.candidates.more.text() == f"+ {45 - len(rows)} more"
    assert overflowing(scene) == []
