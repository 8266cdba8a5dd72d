"""How much a workshop may hold: the longest text of each field, the most items of each
list, the most text in all, and the largest number.

Checked when a file is imported (storage/exchange_read.py) and applied to the window's
fields (their maximum length), documented in docs/exchange-format.md and the JSON schema.
No real workshop comes near them: a title is a sentence, a why a paragraph, a room holds
at most a few dozen teams. They are there so that the largest workshop they allow still
exports its deck in seconds and a few hundred megabytes (benchmarks/largest_bench.py)
rather than a 12 MB file printing 9,525 pages in a minute. The domain's own checks
(values.py) stay wider, so a library written before these limits still opens.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from enum import Enum

TITLE = 300  # a sentence: a title, a key result, a strategic objective
NAME = 100  # a person's or a team's name, a label
LINE = 200  # one line of detail: a metric, a data source, an owner, an organisation
PARAGRAPH = 2_000  # a why, the vision, a note, learnings
COMMENT = 1_000  # a check-in comment, a next step, a reason

# The largest number a key result or a check-in may hold, either way: a million billion
# (10^15). No measure comes near (a world's yearly product is about 10^14 dollars), a float
# still holds every whole number up to it exactly, and the deck, the posters and the charts
# write a larger one (stored before this limit) in scientific notation rather than fail.
MAGNITUDE = 10**15
# kind → the number fields held to MAGNITUDE.
NUMBERS: dict[str, tuple[str, ...]] = {
    "key_result": ("baseline", "target", "change"),
    "check_in": ("value",),
}


def number_beyond(value: float) -> bool:
    """Whether ``value`` is a finite number larger than :data:`MAGNITUDE` either way (an
    infinite one is refused as such by the domain's own check)."""
    return abs(value) > MAGNITUDE and abs(value) != float("inf")


# kind → field → the most characters it may hold. A text field not listed keeps the
# domain's own limit (values.py).
LENGTHS: dict[str, dict[str, int]] = {
    "workshop": {"title": TITLE, "organisation": LINE, "cycle_label": NAME,
                 "facilitator": LINE, "vision": PARAGRAPH},
    "participant": {"name": NAME, "role": NAME},
    "strategic_objective": {"title": TITLE, "why": PARAGRAPH},
    "team": {"name": NAME, "department": NAME},
    "objective": {"title": TITLE, "why": PARAGRAPH, "non_alignment_reason": COMMENT,
                  "learnings": PARAGRAPH, "decisions": PARAGRAPH},
    "key_result": {"text": TITLE, "metric": LINE, "unit": 40, "data_source": LINE,
                   "owner": LINE, "status_reason": COMMENT},
    "check_in": {"comment": COMMENT, "next_step": COMMENT},
    "dependency": {"note": COMMENT},
    "ritual": {"note": PARAGRAPH, "place": LINE, "attendees": PARAGRAPH},
    "feedback": {"text": PARAGRAPH, "author": NAME},
    "checklist_tick": {"item": NAME},
    "action": {"text": COMMENT},
    "agenda_item": {"title": LINE},
}

# (kind, list) → the most items. The common rule may allow up to 20 objectives per team
# and 20 key results per objective; a team's list also holds its candidates and parking
# lot, so its cap is the rule's bound, and a key result keeps two years of weekly check-ins.
COUNTS: dict[tuple[str, str], int] = {
    ("workshop", "teams"): 40,
    ("workshop", "participants"): 400,
    ("workshop", "strategic_objectives"): 8,  # a vision has a handful (3 to 5 usually)
    ("workshop", "dependencies"): 400,
    ("workshop", "rituals"): 30,
    ("workshop", "feedback"): 500,
    ("workshop", "checklist"): 200,
    ("workshop", "roti_votes"): 500,
    ("workshop", "actions"): 300,
    # The room kit: a few rounds per team; a round holds at most one line per participant
    # and objective (400 × 20); a day's run sheet, breaks included, has a dozen lines.
    ("workshop", "vote_rounds"): 200,
    ("vote_round", "votes"): 8_000,
    ("workshop", "agenda"): 50,
    ("team", "objectives"): 20,
    ("objective", "key_results"): 20,
    ("key_result", "check_ins"): 110,
}

# Objectives and key results in the whole workshop: a team may have many, not every team
# (40 teams × 20 × 20 would be 16,000 key results, a deck of thousands of slides). A large
# real workshop has about 40 × 3 = 120 kept objectives (and some candidates) and 240 key
# results.
TOTAL_OBJECTIVES = 250
TOTAL_KEY_RESULTS = 300

# Every text of the workshop together, counting the latest check-in of each key result
# only (the one a deck prints): about 80 pages of a book. A large real workshop (40
# teams, 3 objectives with a why, 2 key results each, a sentence per check-in) holds
# about 100,000.
TOTAL_TEXT = 200_000


def length_limit(kind: str, field: str) -> int | None:
    return LENGTHS.get(kind, {}).get(field)


def count_limit(kind: str, name: str) -> int | None:
    return COUNTS.get((kind, name))


def totals_problem(workshop: object) -> tuple[str, int, int] | None:
    """The first total over its limit, as (code, found, max), or None."""
    objectives = [o for team in workshop.teams for o in team.objectives]  # type: ignore[attr-defined]
    key_results = sum(len(o.key_results) for o in objectives)
    if len(objectives) > TOTAL_OBJECTIVES:
        return "too_many_objectives", len(objectives), TOTAL_OBJECTIVES
    if key_results > TOTAL_KEY_RESULTS:
        return "too_many_key_results", key_results, TOTAL_KEY_RESULTS
    text = text_total(workshop)
    if text > TOTAL_TEXT:
        return "too_much_text", text, TOTAL_TEXT
    return None


def text_total(workshop: object) -> int:
    """The characters of every text of ``workshop`` (ids and choices aside), counting the
    latest check-in of each key result only."""
    total = 0
    for item in fields(workshop):  # type: ignore[arg-type]
        value = getattr(workshop, item.name)
        if isinstance(value, str) and not isinstance(value, Enum) and item.name != "id" \
                and not item.name.endswith("_id"):
            total += len(value)
        elif isinstance(value, tuple):
            if item.name == "check_ins" and value:
                value = (max(value, key=lambda check_in: check_in.on),)
            total += sum(text_total(child) for child in value if is_dataclass(child))
        elif is_dataclass(value):
            total += text_total(value)
    return total
