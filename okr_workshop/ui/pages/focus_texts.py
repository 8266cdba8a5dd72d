"""Sentences of the Focus step that explain the common rule (mistake 2 of the source)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.model import CommonRule, ObjectiveStatus, Workshop
from okr_workshop.domain.rules.focus import Decision
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.severity import INFO
from okr_workshop.ui.widgets.rule_counter import Level

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def counter_texts() -> dict[Level, str]:
    """%1 is the number of kept objectives, %2 the rule's limit."""
    return {
        Level.BELOW: translate("FocusPage", "%1 / %2 kept"),
        Level.FULL: translate("FocusPage", "%1 / %2 kept: limit reached"),
        Level.OVER: translate("FocusPage", "%1 / %2 kept: over the common rule"),
    }


def rule_allowed(rule: CommonRule) -> str:
    """The rule in one sentence: the badge's tooltip and the audience view's Focus scene."""
    limit = rule.max_objectives_per_team
    if limit == 1:
        return translate(
            "FocusPage", "The common rule of this workshop: one kept objective per team."
        )
    return fill(
        translate(
            "FocusPage",
            "The common rule of this workshop: at most %1 kept objectives per team.",
        ),
        limit,
    )


def rule_tooltip(rule: CommonRule) -> str:
    allowed = rule_allowed(rule)
    why = translate(
        "FocusPage",
        "Too many objectives scatter the team's effort: the source advises two or three, "
        "each with two key results. The other candidates go to the parking lot, "
        "where nothing is lost.",
    )
    if rule.strict:
        mode = translate(
            "FocusPage", "The rule is strict: keeping one more is refused until another is parked."
        )
    else:
        mode = translate(
            "FocusPage",
            "The rule is flexible: going over is allowed, but the counter turns red "
            "and the review flags it.",
        )
    return "\n".join((allowed, why, mode))


def letter_tips(letters: Mapping[Decision, str]) -> tuple[str, str, str]:
    """The table's, the Park button's and the Back button's tooltips, with the letters of
    the window's language (``letters``: keep, park, back to candidates → "K"…)."""
    return (
        fill(translate("FocusPage",
                       "+ or − to vote, %1 to keep, %2 to park, %3 to make a candidate again."),
             letters[Decision.KEEP], letters[Decision.PARK],
             letters[Decision.BACK_TO_CANDIDATES]),
        fill(translate("FocusPage",
                       "Move to the parking lot: set aside, never lost (%1 or Ctrl+P)."),
             letters[Decision.PARK]),
        fill(translate("FocusPage",
                       "Undo the decision: the objective is a candidate again (%1 or Ctrl+B)."),
             letters[Decision.BACK_TO_CANDIDATES]),
    )


def keep_tip(letter: str) -> str:
    return fill(translate("FocusPage", "Keep this objective for the cycle (%1 or Ctrl+K)."),
                letter)


def missing_lines(workshop: Workshop) -> list[str]:
    """What the window says is still to do on the Focus step, beyond the rules' findings."""
    lines = []
    for team in workshop.teams:
        count = len(team.objectives_with(ObjectiveStatus.CANDIDATE))
        if count == 1:
            lines.append(INFO + fill(translate(
                "FocusPage", "“%1” still has one candidate to keep or park."), team.name))
        elif count > 1:
            lines.append(INFO + fill(translate(
                "FocusPage", "“%1” still has %2 candidates to keep or park."), team.name, count))
    return lines
