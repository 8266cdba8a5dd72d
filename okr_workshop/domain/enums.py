"""The fixed vocabularies of the model as enums: languages, steps, statuses, directions, rituals.

Stable string values: they are stored in the library and written in exchange files.
"""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    FRENCH = "fr"
    ENGLISH = "en"


class Step(StrEnum):
    """The workshop flow of DESIGN.md section 2, in order."""

    SETUP = "setup"
    VISION = "vision"
    CONTRIBUTIONS = "contributions"
    FOCUS = "focus"
    KEY_RESULTS = "key_results"
    REVIEW = "review"
    RESTITUTION = "restitution"
    STEERING = "steering"


class ObjectiveStatus(StrEnum):
    CANDIDATE = "candidate"
    KEPT = "kept"
    PARKED = "parked"  # the parking lot: kept for later, never deleted


class Commitment(StrEnum):
    """Committed objectives are expected at 1.0; aspirational ones around 0.7."""

    COMMITTED = "committed"
    ASPIRATIONAL = "aspirational"


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"
    AT_LEAST = "at_least"  # threshold to stay above ("au moins 99,9 %")
    AT_MOST = "at_most"  # threshold to stay below ("au plus 2 incidents")


class RitualKind(StrEnum):
    CHECK_IN = "check_in"  # the weekly check-in
    MONTHLY_REVIEW = "monthly_review"
    TEAM_REVIEW = "team_review"
    INTER_TEAM_REVIEW = "inter_team_review"
    GRADING = "grading"  # end-of-cycle grading and retrospective
    PLANNING = "planning"  # planning the next cycle
    ALL_HANDS = "all_hands"
    RETROSPECTIVE = "retrospective"
    OTHER = "other"


class Cadence(StrEnum):
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    ONCE = "once"


class FeedbackKind(StrEnum):
    WENT_WELL = "went_well"
    TO_IMPROVE = "to_improve"
    IDEA = "idea"
    HELPED = "helped"  # at a review: what helped, what blocked, ideas
    BLOCKED = "blocked"
    GOOD = "good"  # at the end of a cycle: GOOD / BAD / TRY
    BAD = "bad"
    TRY = "try"


class FeedbackOccasion(StrEnum):
    """When feedback was given: the workshop's end, a review during the cycle, its end."""

    WORKSHOP = "workshop"
    REVIEW = "review"
    CYCLE_END = "cycle_end"


class PaceStatus(StrEnum):
    """Where a key result stands against the line from baseline to target (Steering)."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"


class ClosingOutcome(StrEnum):
    """How an objective ended its cycle (the closing form)."""

    ACCOMPLISHED = "accomplished"
    MISSED = "missed"
    POSTPONED = "postponed"
    CARRIED = "carried"  # carried to the next cycle


# Departments offered in the window; free text is accepted too (mistake 5 is about
# who takes part, so the list spans the whole company, not only product and IT).
SUGGESTED_DEPARTMENTS = (
    "Product",
    "Engineering",
    "IT",
    "Digital",
    "Data",
    "Design",
    "Marketing",
    "Sales",
    "Customer Service",
    "Operations",
    "Logistics",
    "Finance",
    "Human Resources",
    "Legal",
    "Purchasing",
    "Quality",
    "Communication",
    "Executive Committee",
)
