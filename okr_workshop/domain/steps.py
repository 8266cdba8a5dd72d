"""Which findings each step of the workshop shows as "still missing".

The rules decide what is wrong; this table only decides *where* the facilitator sees it, so
each page can say what is left to do in its own step, in sentences from the rules.
"""

from __future__ import annotations

from okr_workshop.domain.findings import Finding, by_severity
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.rules.check import check_workshop

# A finding belongs to a step when its code starts with one of these prefixes.
STEP_CODES: dict[Step, tuple[str, ...]] = {
    Step.SETUP: (
        "workshop.no_teams",
        "workshop.no_departments",
        "workshop.only_product_it",
        "workshop.team_without_ambassador",
    ),
    Step.VISION: (
        "workshop.no_vision",
        "workshop.no_strategic_objectives",
        "workshop.strategic_without_why",
    ),
    Step.CONTRIBUTIONS: ("objective.", "workshop.strategic_uncovered"),
    Step.FOCUS: ("rule.too_many_objectives", "rule.keep_refused", "workshop.team_without_kept"),
    Step.KEY_RESULTS: (
        "kr.",
        "rule.too_many_key_results",
        "rule.key_result_refused",
        "rule.no_key_result",
    ),
    Step.REVIEW: ("",),  # the review shows everything
    Step.RESTITUTION: (),
    Step.STEERING: (
        "workshop.no_rituals",
        "workshop.no_check_in_ritual",
        "workshop.check_in_too_rare",
    ),
}


def findings_for_step(
    workshop: Workshop, step: Step, findings: list[Finding] | None = None
) -> list[Finding]:
    """The findings this step shows, errors first. Pass ``findings`` to reuse a check."""
    prefixes = STEP_CODES[step]
    if not prefixes:
        return []
    every = check_workshop(workshop) if findings is None else findings
    return by_severity([f for f in every if f.code.startswith(prefixes)])
