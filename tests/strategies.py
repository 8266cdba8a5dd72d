"""Hypothesis strategies for valid domain objects, shared by every test package.

``workshops()`` draws a complete, consistent :class:`Workshop`: every invariant holds,
ids are unique across the whole tree, every link points at an entity of the same
workshop (``integrity_problems`` is empty) and positions follow list order, as storage
and the exchange format give them back. Text is any Unicode a person can type or paste
(French accents, « guillemets », emoji, other scripts, control characters), except lone
surrogates, which no UTF-8 file or SQLite text can hold.

Import with ``from tests.strategies import workshops`` (pytest puts the checkout on
``sys.path``, see ``pythonpath`` in pyproject.toml).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from hypothesis import strategies as st

from okr_workshop.domain.entered import is_blank
from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    ChecklistTick,
    Commitment,
    CommonRule,
    Dependency,
    Direction,
    Feedback,
    FeedbackKind,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    RitualKind,
    Step,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.room import AgendaItem, DotVote, VoteMode, VoteRound
from okr_workshop.domain.values import EARLIEST_DATE, LATEST_DATE

# Words a French-speaking room really types, so shrunk examples stay readable and the
# accents, apostrophes, non-breaking spaces and emoji appear often, not by luck.
SAMPLE_TEXTS = (
    "Équipe Données",
    "Réduire le délai d'onboarding à 3 jours",
    "Taux de satisfaction ≥ 90\u00a0%",
    "« Client d'abord »",
    "Çà et là, où ? Noël !",
    "Ship faster 🚀",
    "👩🏽‍💻 Dév & Ops",
    "Œuvre, cœur, Ægir",
    "データ品質",
    "مرحبا",
    "line one\nline two",
)

_CHARACTERS = st.characters(exclude_categories=("Cs",))


def texts(max_size: int = 40) -> st.SearchStrategy[str]:
    """An optional free text (may be empty)."""
    return st.one_of(
        st.text(_CHARACTERS, max_size=max_size),
        st.sampled_from(SAMPLE_TEXTS),
    )


def titles(max_size: int = 40) -> st.SearchStrategy[str]:
    """A required text: not empty once surrounding whitespace is removed."""
    return texts(max_size).filter(lambda s: bool(s.strip()))


# What a person may enter (domain/entered.py): no control character, no line break, no
# invisible format character; a title that shows something.
_ENTERED_CHARACTERS = st.characters(exclude_categories=("Cs", "Cc", "Cf", "Zl", "Zp"))


def entered_texts(max_size: int = 40) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(_ENTERED_CHARACTERS, max_size=max_size),
        st.sampled_from([t for t in SAMPLE_TEXTS if "\n" not in t]),
    )


def entered_titles(max_size: int = 40) -> st.SearchStrategy[str]:
    return entered_texts(max_size).filter(lambda s: not is_blank(s))


def dates() -> st.SearchStrategy[date]:
    return st.dates(min_value=EARLIEST_DATE, max_value=LATEST_DATE)


def optional_dates() -> st.SearchStrategy[date | None]:
    return st.none() | dates()


def numbers(bound: float | None = None) -> st.SearchStrategy[float]:
    """Finite floats, from round figures to the extremes (-0.0, subnormals, 1.7e308, or
    ``bound`` either way: an exchange file holds a million billion at most)."""
    return st.one_of(
        st.integers(-1_000_000, 1_000_000).map(float),
        st.floats(allow_nan=False, allow_infinity=False,
                  min_value=None if bound is None else -bound, max_value=bound),
    )


def optional_numbers(bound: float | None = None) -> st.SearchStrategy[float | None]:
    return st.none() | numbers(bound)


TIME_ZONES = (
    UTC,
    timezone(timedelta(hours=2)),
    timezone(timedelta(hours=-5, minutes=-30)),
    timezone(timedelta(hours=13, minutes=45)),
)


def timestamps(latest: date = LATEST_DATE) -> st.SearchStrategy[datetime]:
    """Aware timestamps to the second, like ``utc_now``, in a few offsets."""
    return st.builds(
        lambda day, seconds, zone: datetime.combine(day, time(), zone)
        + timedelta(seconds=seconds),
        st.dates(min_value=EARLIEST_DATE, max_value=latest),
        st.integers(0, 86_399),
        st.sampled_from(TIME_ZONES),
    )


def rules() -> st.SearchStrategy[CommonRule]:
    return st.builds(
        CommonRule,
        max_objectives_per_team=st.integers(1, 20),
        max_key_results_per_objective=st.integers(1, 20),
        strict=st.booleans(),
    )


class _Ids:
    """Draws UUID texts never used before in the same workshop."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw
        self._used: set[str] = set()

    def new(self) -> str:
        value = self._draw(st.uuids().map(str).filter(lambda s: s not in self._used))
        self._used.add(value)
        return value


def _maybe(draw: st.DrawFn, choices: list[str]) -> str | None:
    """None, or one of ``choices`` (None only when there is nothing to point at)."""
    return draw(st.none() | st.sampled_from(choices)) if choices else None


@st.composite
def workshops(
    draw: st.DrawFn,
    *,
    max_teams: int = 3,
    max_objectives: int = 3,
    max_key_results: int = 2,
    max_check_ins: int = 2,
    max_items: int = 3,
    max_text: int = 40,
    number_bound: float | None = None,
    entered: bool = False,
) -> Workshop:
    """A valid, consistent workshop. The ``max_*`` bound each list (keep them small:
    the machine running the suite is shared); ``number_bound`` each number either way.
    ``entered``: only what a person or a file may enter (domain/entered.py), not all the
    model holds (a library written before those rules)."""
    ids = _Ids(draw)

    def count(high: int) -> int:
        return draw(st.integers(0, high))

    def text() -> str:
        return draw(entered_texts(max_text) if entered else texts(max_text))

    def title() -> str:
        return draw(entered_titles(max_text) if entered else titles(max_text))

    def short(most: int) -> str:
        size = min(max_text, most)
        return draw(entered_texts(size) if entered else texts(size))

    def stamp() -> datetime:
        return draw(timestamps(date(2030, 12, 31) if entered else LATEST_DATE))

    strategic = [
        StrategicObjective(id=ids.new(), title=title(), why=text(), position=i)
        for i in range(count(max_items))
    ]
    strategic_ids = [s.id for s in strategic]
    team_ids = [ids.new() for _ in range(count(max_teams))]
    participants = [
        Participant(
            id=ids.new(), name=title(), role=text(), team_id=_maybe(draw, team_ids), position=i
        )
        for i in range(count(max_items))
    ]
    participant_ids = [p.id for p in participants]

    def key_result(position: int) -> KeyResult:
        return KeyResult(
            id=ids.new(),
            text=title(),
            metric=text(),
            baseline=draw(optional_numbers(number_bound)),
            target=draw(optional_numbers(number_bound)),
            change=draw(st.none() | st.floats(min_value=0.001, max_value=1e6)),
            change_percent=draw(st.booleans()),
            unit=short(40),
            direction=draw(st.none() | st.sampled_from(Direction)),
            data_source=text(),
            owner=text(),
            due=draw(optional_dates()),
            position=position,
            check_ins=tuple(
                CheckIn(
                    id=ids.new(),
                    on=draw(dates()),
                    value=draw(numbers(number_bound)),
                    confidence=draw(st.integers(1, 10)),
                    comment=text(),
                )
                for _ in range(count(max_check_ins))
            ),
        )

    def objective(team_id: str, position: int) -> Objective:
        return Objective(
            id=ids.new(),
            team_id=team_id,
            title=title(),
            why=text(),
            strategic_objective_id=_maybe(draw, strategic_ids),
            non_alignment_reason=text(),
            status=draw(st.sampled_from(ObjectiveStatus)),
            votes=draw(st.integers(0, 10_000)),
            author_id=_maybe(draw, participant_ids),
            commitment=draw(st.none() | st.sampled_from(Commitment)),
            position=position,
            key_results=tuple(key_result(k) for k in range(count(max_key_results))),
        )

    teams = [
        Team(
            id=team_id,
            name=title(),
            department=short(200),
            ambassador_id=_maybe(draw, participant_ids),
            position=t,
            objectives=tuple(objective(team_id, o) for o in range(count(max_objectives))),
        )
        for t, team_id in enumerate(team_ids)
    ]
    objective_ids = [o.id for team in teams for o in team.objectives]
    dependencies = []
    if len(objective_ids) >= 2:
        for _ in range(count(max_items)):
            ends = draw(st.lists(st.sampled_from(objective_ids), min_size=2, max_size=2,
                                 unique=True))
            if entered and any((d.from_objective_id, d.to_objective_id) == tuple(ends)
                               for d in dependencies):
                continue  # recorded once
            dependencies.append(
                Dependency(id=ids.new(), from_objective_id=ends[0], to_objective_id=ends[1],
                           note=text())
            )

    # The room kit: rounds on a team's objectives (a dot may name any objective: one moved
    # to another team keeps its dots), with or without a participant; a run sheet.
    vote_rounds = []
    for position in range(count(2) if objective_ids else 0):
        budget = draw(st.integers(1, 20))
        votes = tuple(
            DotVote(id=ids.new(), objective_id=draw(st.sampled_from(objective_ids)),
                    dots=draw(st.integers(0, 10_000)),
                    participant_id=_maybe(draw, participant_ids))
            for _ in range(count(max_items))
        )
        vote_rounds.append(VoteRound(
            id=ids.new(), team_id=draw(st.sampled_from(team_ids)),
            mode=draw(st.sampled_from(VoteMode)), dots_per_person=budget,
            max_per_objective=draw(st.integers(1, budget)), revealed=draw(st.booleans()),
            votes=votes, position=position))
    agenda = []
    for position in range(count(max_items)):
        step = draw(st.none() | st.sampled_from(Step))
        agenda.append(AgendaItem(
            id=ids.new(), step=step, title=title() if step is None else text(),
            planned_minutes=draw(st.integers(0, 1440)),
            spent_seconds=draw(st.integers(0, 7 * 24 * 3600)), position=position))
    session_starts_at = draw(st.sampled_from(("", "00:00", "09:30", "23:59")))

    start, end = draw(optional_dates()), draw(optional_dates())
    if start is not None and end is not None and end < start:
        start, end = end, start
    return Workshop(
        id=ids.new(),
        title=title(),
        organisation=text(),
        cycle_label=short(100),
        cycle_start=start,
        cycle_end=end,
        language=draw(st.sampled_from(Language)),
        facilitator=text(),
        rule=draw(rules()),
        vision=text(),
        current_step=draw(st.sampled_from(Step)),
        created_at=stamp(),
        updated_at=stamp(),
        participants=tuple(participants),
        strategic_objectives=tuple(strategic),
        teams=tuple(teams),
        dependencies=tuple(dependencies),
        rituals=tuple(
            Ritual(id=ids.new(), kind=draw(st.sampled_from(RitualKind)),
                   cadence=draw(st.sampled_from(Cadence)), note=text(), position=i)
            for i in range(count(max_items))
        ),
        feedback=tuple(
            Feedback(id=ids.new(), kind=draw(st.sampled_from(FeedbackKind)), text=title(),
                     author=text(), position=i)
            for i in range(count(max_items))
        ),
        checklist=tuple(
            ChecklistTick(id=ids.new(), item=draw((entered_titles if entered else titles)(
                min(max_text, 100))))
            for _ in range(count(max_items))
        ),
        vote_rounds=tuple(vote_rounds),
        agenda=tuple(agenda),
        session_on=draw(optional_dates()),
        session_starts_at=session_starts_at,
    )
