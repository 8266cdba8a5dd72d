"""Where a key result and an objective stand, as a report says it (the deck, the posters):
one word of five and the number behind it, honest about what it counts.

**The five words** (one vocabulary for the whole deck, the window's status words plus two):
*done*, *on track*, *at risk*, *off track*, *no check-in yet*.

- *done*: a milestone done, or a target reached (the latest value on the right side of the
  aimed target). A threshold ("at least 99.9 %") is never *done*: it is a level to hold all
  cycle long, held (on track) or breached (off track). The coach's override always wins.
- otherwise pace's status (:func:`~.pace.kr_status`, confidence included);
- no check-in: *no check-in yet*, never a made-up 0 %.

**The measure** says how far, in the key result's own terms:

- a range (baseline → target): the share of the way covered, 0–1 (scoring's progress);
- a threshold or a milestone: met or not met, never a percentage of a range (99.88 % against
  "at least 99.9 %" is *not met*, not "0 %");
- nothing to measure: no check-in yet, or no baseline / target to measure the way with.

**An objective's progress** is the mean of the key results that can be counted (a range's
share of the way; a threshold or milestone counts 1 when met, 0 when not), and it names the
key results it leaves out and why, so a mean over 2 of 3 key results says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from okr_workshop.domain.catalogue import entry, lang_of
from okr_workshop.domain.enums import Direction, Language, PaceStatus
from okr_workshop.domain.model import CheckIn, KeyResult, Objective, Workshop
from okr_workshop.domain.scoring import key_result_progress
from okr_workshop.domain.steering.cycle import milestone_done, reached, way
from okr_workshop.domain.steering.pace import kr_status, status_label

THRESHOLDS = (Direction.AT_LEAST, Direction.AT_MOST)


class Standing(StrEnum):
    DONE = "done"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_CHECK_IN = "no_check_in"


# The order a report lists them in: what is behind us first, what worries next.
STANDINGS: tuple[Standing, ...] = (Standing.DONE, Standing.ON_TRACK, Standing.AT_RISK,
                                   Standing.OFF_TRACK, Standing.NO_CHECK_IN)


class Measure(StrEnum):
    RANGE = "range"  # baseline → target: a share of the way
    THRESHOLD = "threshold"  # a level to hold: met / not met
    MILESTONE = "milestone"  # done / not yet
    NONE = "none"  # nothing to measure yet (see KrReading.missing)


@dataclass(frozen=True)
class KrReading:
    kr: KeyResult
    standing: Standing
    measure: Measure
    latest: CheckIn | None
    progress: float | None = None  # RANGE only: 0–1
    met: bool | None = None  # THRESHOLD and MILESTONE only
    missing: str = ""  # NONE only: "no_check_in" or "not_measurable"

    @property
    def score(self) -> float | None:
        """What the key result adds to its objective's mean (None: left out of it)."""
        if self.measure == Measure.RANGE:
            return self.progress
        if self.met is not None:
            return 1.0 if self.met else 0.0
        return None


@dataclass(frozen=True)
class ObjectiveReading:
    objective: Objective
    readings: tuple[KrReading, ...]

    @property
    def counted(self) -> tuple[KrReading, ...]:
        return tuple(r for r in self.readings if r.score is not None)

    @property
    def left_out(self) -> tuple[KrReading, ...]:
        return tuple(r for r in self.readings if r.score is None)

    @property
    def progress(self) -> float | None:
        scores = [r.score for r in self.counted]
        return sum(scores) / len(scores) if scores else None  # type: ignore[arg-type]


def kr_reading(workshop: Workshop, kr: KeyResult, today: date) -> KrReading:
    """How ``kr`` stands on ``today`` (the report's as-of date, never the clock)."""
    latest = kr.latest_check_in()
    status = kr_status(workshop, kr, today)
    if latest is None:
        return KrReading(kr, Standing.NO_CHECK_IN, Measure.NONE, None, missing="no_check_in")
    aimed, direction = kr.aimed_target(), way(kr)
    progress: float | None = None
    if kr.milestone:
        measure, met = Measure.MILESTONE, milestone_done(latest.value)
        done = met
    elif aimed is not None and direction in THRESHOLDS:
        measure, met = Measure.THRESHOLD, reached(latest.value, aimed, direction)
        done = False  # a level to hold is held or breached, never behind us
    else:
        progress, met = key_result_progress(kr), None
        measure = Measure.RANGE if progress is not None else Measure.NONE
        done = (progress is not None and aimed is not None and direction is not None
                and reached(latest.value, aimed, direction))
    standing = Standing.DONE if done and not status.overridden else _standing(status.status)
    return KrReading(kr, standing, measure, latest, progress, met,
                     "not_measurable" if measure == Measure.NONE else "")


def _standing(status: PaceStatus | None) -> Standing:
    return Standing.NO_CHECK_IN if status is None else Standing(status.value)


def objective_reading(workshop: Workshop, objective: Objective, today: date
                      ) -> ObjectiveReading:
    krs = sorted(objective.key_results, key=lambda kr: kr.position)
    return ObjectiveReading(objective, tuple(kr_reading(workshop, kr, today) for kr in krs))


def whole_percent(fraction: float) -> int:
    """A share as a whole percentage that never overstates: 99.6 % of the way is 99, not
    100 (100 says "reached"); rounded down, 1e-9 forgiving float noise."""
    if fraction >= 1.0:
        return 100
    return max(0, min(99, math.floor(fraction * 100 + 1e-9)))


def standing_label(standing: Standing, language: Language | str) -> str:
    """"Done", "On track", "At risk", "Off track", "No check-in yet": the window's status
    words, and the two a report adds."""
    if standing in (Standing.ON_TRACK, Standing.AT_RISK, Standing.OFF_TRACK):
        return status_label(PaceStatus(standing.value), language)
    return MESSAGES[f"standing.{standing.value}"][lang_of(language)]


def threshold_label(met: bool, language: Language | str) -> str:
    """"Threshold met" / "Threshold not met": a level held or not at the latest check-in,
    in the same words on every slide."""
    return MESSAGES["standing.met" if met else "standing.not_met"][lang_of(language)]


MESSAGES = {
    "standing.done": entry(en="Done", fr="Atteint"),
    "standing.no_check_in": entry(en="No check-in yet", fr="Aucun point d’étape"),
    "standing.met": entry(en="Threshold met", fr="Seuil tenu"),
    "standing.not_met": entry(en="Threshold not met", fr="Seuil non tenu"),
}
