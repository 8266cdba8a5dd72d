"""domain/entered.py (issue 16, points 7 and 16): what shows nothing is blank — for the
model's required titles and for the rules that look for a missing why, owner or source —
and what may be entered, cleaned as the window cleans what is pasted."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.entered import (
    clean_text,
    duplicate_dependency,
    is_blank,
    text_problem,
    timestamp_problem,
)
from okr_workshop.domain.model import Language
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import health_check

INVISIBLE = ["", " ", "\u200b", "\ufeff", "\u2060", "\u200e\u200f", "\u202e", "\u00a0\u202f",
             "\u3164", "\u2800", "\t\u200b\n"]


@pytest.mark.parametrize("text", INVISIBLE)
def test_text_that_shows_nothing_is_blank(text: str) -> None:
    assert is_blank(text)


@pytest.mark.parametrize("text", ["a", "\u200bA", "🚀", "\u0301", "·", "—"])
def test_text_that_shows_something_is_not_blank(text: str) -> None:
    assert not is_blank(text)


def _codes(workshop) -> list[str]:
    return sorted(f.code for f in check_workshop(workshop))


def test_a_why_of_zero_width_spaces_is_a_missing_why() -> None:
    workshop = sample_workshop(Language.FRENCH)
    team = workshop.teams[0]
    objective = team.objectives[0]

    def with_why(why: str):
        changed = replace(team, objectives=(replace(objective, why=why), *team.objectives[1:]))
        return replace(workshop, teams=(changed, *workshop.teams[1:]),
                       vision=why, strategic_objectives=tuple(
                           replace(s, why=why) for s in workshop.strategic_objectives))

    empty, invisible = with_why(""), with_why("\u200b\u2060 \u00a0")
    assert _codes(invisible) == _codes(empty) != _codes(workshop)
    assert [h.status for h in health_check(invisible)] == [h.status for h in health_check(empty)]


def test_what_may_be_entered() -> None:
    assert text_problem("workshop", "title", "\u200b").code == "empty_text"
    assert text_problem("workshop", "title", "A\nB").code == "line_break"
    assert text_problem("workshop", "title", "A\tB").code == "control_character"
    assert text_problem("workshop", "vision", "A\n\tB") is None
    assert text_problem("workshop", "vision", "A\x1b[2J").params == {"char": "U+001B"}
    assert text_problem("workshop", "organisation", "") is None


def test_pasted_text_is_cleaned_as_the_window_does() -> None:
    assert clean_text("A\x1b[2J\r\nB\tC\u2028D\x00", multiline=False) == "A[2J B C D"
    assert clean_text("A\x1b[2J\r\nB\tC\rD\x00", multiline=True) == "A[2J\nB\tC\nD"


def test_a_dependency_twice_is_found_whatever_its_note() -> None:
    workshop = sample_workshop(Language.ENGLISH)
    first = workshop.dependencies[0]
    again = replace(first, id="00000000-0000-4000-8000-000000000001", note="other")
    assert duplicate_dependency(workshop.dependencies) is None
    assert duplicate_dependency((*workshop.dependencies, again)) == \
        (0, len(workshop.dependencies))


NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


@pytest.mark.parametrize(("stamp", "code"), [
    (datetime(2100, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(hours=23, minutes=59))),
     "offset_out_of_range"),
    (datetime(2027, 1, 1, tzinfo=timezone(timedelta(hours=14, minutes=30))),
     "offset_out_of_range"),
    (datetime(1999, 12, 31, 23, 59, tzinfo=UTC), "out_of_range"),
    (datetime(2032, 12, 8, tzinfo=UTC), "out_of_range"),
])
def test_implausible_timestamps(stamp: datetime, code: str) -> None:
    assert timestamp_problem("updated_at", stamp, NOW).code == code


@pytest.mark.parametrize("stamp", [
    datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=14))),
    datetime(2031, 12, 1, tzinfo=timezone(-timedelta(hours=12))),
    NOW,
])
def test_plausible_timestamps(stamp: datetime) -> None:
    assert timestamp_problem("updated_at", stamp, NOW) is None
