"""What is due today: rituals due or overdue, key results left without a check-in.

**A ritual** is due today when one of its occurrences falls today and it has not been held
yet today; it is overdue when an occurrence went by and nothing says it was held since.
What says a ritual was held is the data it leaves: a check-in on any kept key result for a
check-in; feedback or a ROTI vote given at a review for a review; at the end of the cycle,
grades or closed objectives for grading, cycle-end feedback for a retrospective. The other
kinds (all-hands, planning, other) leave nothing behind: they are only ever due today.

**A key result** of a kept objective is due for a check-in when its last one (or the cycle's
start, before the first) is older than the period of the check-in ritual (weekly: 7 days,
fortnightly: 14…; the shortest when there are several; 7 days when there is none). A
milestone done, or a key result past its due date, waits for nothing more. Nothing is due
before the cycle starts or after it ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from okr_workshop.domain.catalogue import entry, lang_of
from okr_workshop.domain.enums import FeedbackOccasion, Language, ObjectiveStatus, RitualKind
from okr_workshop.domain.model import KeyResult, Ritual, Workshop
from okr_workshop.domain.rules.wording import Clock, Day, french, short
from okr_workshop.domain.steering.cycle import milestone_done
from okr_workshop.domain.steering.rituals import (
    PERIOD_DAYS,
    clock,
    kind_label,
    series_dates,
)

DEFAULT_PERIOD = 7  # no check-in ritual: a week, the usual rhythm
_REVIEWS = (RitualKind.MONTHLY_REVIEW, RitualKind.TEAM_REVIEW, RitualKind.INTER_TEAM_REVIEW)


@dataclass(frozen=True)
class DueItem:
    """One thing due: ``code`` + ``params`` (see :meth:`sentence`); ``ritual_id`` or
    ``key_result_id`` says which; ``since`` is the day it became due."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    since: date | None = None
    ritual_id: str | None = None
    key_result_id: str | None = None

    @property
    def overdue(self) -> bool:
        return not self.code.endswith(".today")

    def sentence(self, language: Language | str) -> str:
        lang = lang_of(language)
        params = dict(self.params)
        if "kind" in params:
            params["kind"] = kind_label(params["kind"], lang)
        return MESSAGES[self.code][lang].format(**params)


@dataclass(frozen=True)
class DueList:
    rituals: tuple[DueItem, ...] = ()
    key_results: tuple[DueItem, ...] = ()

    def __iter__(self):
        return iter((*self.rituals, *self.key_results))

    def __len__(self) -> int:
        return len(self.rituals) + len(self.key_results)

    def __bool__(self) -> bool:
        return bool(self.rituals or self.key_results)


def kept_key_results(workshop: Workshop) -> list[KeyResult]:
    return [kr for o in workshop.objectives() if o.status is ObjectiveStatus.KEPT
            for kr in o.key_results]


def _held_on(workshop: Workshop, ritual: Ritual) -> list[date] | None:
    """The days the ritual's data says it was held (None: its kind leaves no trace)."""
    if ritual.kind is RitualKind.CHECK_IN:
        return [c.on for kr in kept_key_results(workshop) for c in kr.check_ins]
    occasion = {**dict.fromkeys(_REVIEWS, FeedbackOccasion.REVIEW),
                RitualKind.GRADING: FeedbackOccasion.CYCLE_END,
                RitualKind.RETROSPECTIVE: FeedbackOccasion.CYCLE_END}.get(ritual.kind)
    if occasion is None:
        return None
    days = [f.on for f in (*workshop.feedback, *workshop.roti_votes)
            if f.occasion is occasion and f.on is not None]
    if ritual.kind is RitualKind.GRADING and _graded(workshop):
        days.append(date.max)  # grades carry no date: held, whenever it was
    return days


def _graded(workshop: Workshop) -> bool:
    kept = [o for o in workshop.objectives() if o.status is ObjectiveStatus.KEPT]
    return bool(kept) and all(o.outcome is not None or all(k.grade is not None
                                                           for k in o.key_results)
                              for o in kept)


def _ritual_item(workshop: Workshop, ritual: Ritual, today: date) -> DueItem | None:
    days = series_dates(ritual, workshop.cycle_end, today)
    if not days:
        return None
    held = _held_on(workshop, ritual)
    last_held = max(held, default=None) if held is not None else None
    params: dict[str, Any] = {"kind": ritual.kind, "time": Clock(ritual.starts_at)}
    if held is not None:
        missed = [d for d in days if d < today and (last_held is None or d > last_held)]
        if missed:
            return DueItem("due.ritual.overdue", {**params, "since": Day.of(missed[0]),
                                                  "missed": len(missed)},
                           missed[0], ritual_id=ritual.id)
    if days[-1] == today and (last_held is None or last_held < today):
        code = "due.ritual.today" if ritual.starts_at else "due.ritual.today_no_time"
        return DueItem(code, params, today, ritual_id=ritual.id)
    return None


def check_in_period(workshop: Workshop) -> int:
    """Days between check-ins: the shortest check-in ritual's period, else a week."""
    periods = [PERIOD_DAYS[r.cadence] for r in workshop.rituals
               if r.kind is RitualKind.CHECK_IN]
    return min(periods, default=DEFAULT_PERIOD)


def _key_result_item(workshop: Workshop, kr: KeyResult, today: date, period: int
                     ) -> DueItem | None:
    latest = kr.latest_check_in()
    if kr.due is not None and today > kr.due:
        return None  # its time is up: grading, not check-ins, is what it waits for
    if kr.milestone and latest is not None and milestone_done(latest.value):
        return None  # done is done
    params: dict[str, Any] = {"key_result": short(kr.text), "period": period}
    if latest is None:
        start = workshop.cycle_start
        if start is not None and (today - start).days <= period:
            return None  # the first check-in is not late yet
        params["since"] = Day.of(start) if start else None
        code = "due.kr.never" if start is None else "due.kr.never_since_start"
        return DueItem(code, params, start, key_result_id=kr.id)
    days = (today - latest.on).days
    if days <= period:
        return None
    return DueItem("due.kr.stale", {**params, "last": Day.of(latest.on), "days": days},
                   latest.on, key_result_id=kr.id)


def what_is_due(workshop: Workshop, today: date) -> DueList:
    """Rituals due or overdue on ``today``, then key results waiting for a check-in (the
    longest waiting first)."""
    if workshop.cycle_start is not None and today < workshop.cycle_start:
        return DueList()
    if workshop.cycle_end is not None and today > workshop.cycle_end:
        return DueList()
    rituals = [item for r in sorted(workshop.rituals,
                                    key=lambda r: (clock(r), r.position))
               if (item := _ritual_item(workshop, r, today)) is not None]
    rituals.sort(key=lambda item: (not item.overdue, item.since or date.min))
    period = check_in_period(workshop)
    key_results = [item for kr in kept_key_results(workshop)
                   if (item := _key_result_item(workshop, kr, today, period)) is not None]
    # Never checked in before stale since the same day.
    key_results.sort(key=lambda item: (item.since or date.min, item.code == "due.kr.stale"))
    return DueList(tuple(rituals), tuple(key_results))


MESSAGES = {
    "due.ritual.today": entry(en="{kind} today at {time:en}.",
                              fr=french("{kind} aujourd'hui à {time:fr}.")),
    "due.ritual.today_no_time": entry(en="{kind} today.", fr=french("{kind} aujourd'hui.")),
    "due.ritual.overdue": entry(
        en="{kind}: overdue since {since:en} ({missed} missed).",
        fr=french("{kind} : aucune séance depuis le {since:fr} (séances manquées : "
                  "{missed})."),
    ),
    "due.kr.never": entry(
        en="“{key_result}”: no check-in yet.",
        fr=french("« {key_result} » : aucun point d'étape pour l'instant."),
    ),
    "due.kr.never_since_start": entry(
        en="“{key_result}”: no check-in since the cycle started on {since:en}.",
        fr=french("« {key_result} » : aucun point d'étape depuis le début du cycle, le "
                  "{since:fr}."),
    ),
    "due.kr.stale": entry(
        en="“{key_result}”: last check-in on {last:en}, {days} days ago (one is expected "
           "every {period} days).",
        fr=french("« {key_result} » : dernier point d'étape le {last:fr}, il y a {days} jours "
                  "(un point est attendu tous les {period} jours)."),
    ),
}
