"""Status from pace: on track / at risk / off track, each with the sentence that explains it.

**The expected line** runs straight from the baseline on the first day of the cycle to the
aimed target (:meth:`KeyResult.aimed_target`) on the key result's due date, else the cycle's
last day (13 weeks after the start when the cycle has no end). Without a cycle start the line
starts at the key result's first check-in. A threshold ("at least 99 %", "at most 2
incidents") has no line: its level is to be held all along.

**The rule** (the worse of two readings, so the room sees whichever worries more):

- *pace*: the last value is judged against the line on the day it was measured (a late
  check-in is :mod:`.due`'s business, not a status), or against the target once the due
  date has passed. The lag is how far behind the line the value is, as a share of the whole
  way from baseline to target: up to 10 % is on track, up to 25 % at risk, beyond off track.
  Directions come from the numbers, so a falling target ("from 8 % down to 5 %") works the
  same way up. A threshold held is on track, breached is off track.
- *confidence* (Koan's bands on 0–10): 8–10 on track, 4–7 at risk, 0–3 off track.

A milestone is on track once done; not done, it is off track when its due date has passed,
else its confidence says. A key result without a baseline or a target has no line: its
status follows confidence alone, and its sentence says so. No check-in yet: no status.

The coach's override (``status_override`` with ``status_reason``) always wins, and its
sentence says it was set by the coach and what pace and confidence alone would say.
An objective's status is its weakest key result's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from okr_workshop.domain.catalogue import lang_of
from okr_workshop.domain.enums import Direction, Language, PaceStatus
from okr_workshop.domain.model import CheckIn, KeyResult, Objective, Workshop
from okr_workshop.domain.rules.wording import Day, Num, short
from okr_workshop.domain.steering.cycle import CYCLE_WEEKS, milestone_done, reached, way
from okr_workshop.domain.steering.pace_words import MESSAGES

ON_TRACK_LAG = 0.10  # behind the line by at most 10 % of the way: on track
AT_RISK_LAG = 0.25  # …by at most 25 %: at risk; beyond: off track
CONFIDENCE_ON_TRACK = 8  # Koan: 8–10 on track
CONFIDENCE_AT_RISK = 4  # 4–7 at risk (issues), 0–3 off track

THRESHOLDS = (Direction.AT_LEAST, Direction.AT_MOST)
# Weakest first: the order an objective's status and a worried room read them in.
_RANK = {PaceStatus.OFF_TRACK: 0, PaceStatus.AT_RISK: 1, PaceStatus.ON_TRACK: 2}


@dataclass(frozen=True)
class KrStatus:
    """A status and its reason: ``code`` + ``params`` say why (see :func:`status_sentence`).

    ``status`` is None when there is nothing to judge yet (no check-in). ``overridden``
    says the coach set it, with ``reason``."""

    status: PaceStatus | None
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    overridden: bool = False
    reason: str = ""


def line_span(workshop: Workshop, kr: KeyResult) -> tuple[date, date] | None:
    """(start, end) of the expected line; None without a cycle start or any check-in."""
    start = workshop.cycle_start
    if start is None:
        first = min((c.on for c in kr.check_ins), default=None)
        if first is None:
            return None
        start = first
    end = kr.due or workshop.cycle_end or start + timedelta(weeks=CYCLE_WEEKS, days=-1)
    return start, max(start, end)


def _elapsed(span: tuple[date, date], on: date) -> float:
    """The share of the line's time gone by on ``on``, 0.0 to 1.0."""
    start, end = span
    if end <= start:
        return 1.0 if on >= start else 0.0
    return min(1.0, max(0.0, (on - start).days / (end - start).days))


def expected_value(workshop: Workshop, kr: KeyResult, on: date) -> float | None:
    """Where the value should be on ``on``: on the straight line from the baseline at the
    cycle start to the aimed target at the due date (or the cycle end); a threshold's level
    all along. None for a milestone, or while the baseline or target is unknown."""
    aimed = kr.aimed_target()
    if kr.milestone or aimed is None:
        return None
    if kr.direction in THRESHOLDS:
        return aimed
    span = line_span(workshop, kr)
    if kr.baseline is None or span is None:
        return None
    return kr.baseline + (aimed - kr.baseline) * _elapsed(span, on)


def confidence_status(confidence: int) -> PaceStatus:
    if confidence >= CONFIDENCE_ON_TRACK:
        return PaceStatus.ON_TRACK
    if confidence >= CONFIDENCE_AT_RISK:
        return PaceStatus.AT_RISK
    return PaceStatus.OFF_TRACK


def weakest(statuses: list[PaceStatus]) -> PaceStatus | None:
    return min(statuses, key=_RANK.__getitem__, default=None)


def _decimals(number: float) -> int:
    """How many decimals ``number`` is written with (1.25 → 2, 40.0 → 0)."""
    exponent = Decimal(repr(float(number))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


def _shown(value: float, *written: float) -> float:
    """A computed number as precise as the numbers it comes from, plus one decimal (the
    line from 30 to 50 expects 40.1, not 40.1098901), at most six; -0 as 0."""
    places = min(6, max(_decimals(n) for n in written) + 1)
    return round(value, places) + 0.0


def kr_status(workshop: Workshop, kr: KeyResult, today: date) -> KrStatus:
    """The key result's status on ``today``: the coach's override, else pace and confidence."""
    computed = _computed(workshop, kr, today)
    if kr.status_override is None:
        return computed
    code = "pace.override" if kr.status_reason.strip() else "pace.override.no_reason"
    params = {"reason": kr.status_reason.strip(),
              "computed": computed.status.value if computed.status else None}
    return KrStatus(kr.status_override, code, params, True, kr.status_reason.strip())


def _computed(workshop: Workshop, kr: KeyResult, today: date) -> KrStatus:
    latest = kr.latest_check_in()
    if latest is None:
        return KrStatus(None, "pace.no_check_in")
    confidence = confidence_status(latest.confidence)
    base = {"measured": Day.of(latest.on), "confidence": latest.confidence}
    span = line_span(workshop, kr)
    if kr.milestone:
        return _milestone(latest, span, today, confidence, base)
    aimed, direction = kr.aimed_target(), way(kr)
    unit = kr.unit
    base["value"] = Num(latest.value, unit)
    if aimed is not None and direction in THRESHOLDS:
        held = reached(latest.value, aimed, direction)
        pace = PaceStatus.ON_TRACK if held else PaceStatus.OFF_TRACK
        code = "pace.threshold.held" if held else "pace.threshold.breached"
        return _combined(pace, confidence, code, {**base, "target": Num(aimed, unit)})
    if aimed is None or kr.baseline is None or direction is None or span is None:
        missing = ("no_target" if aimed is None else
                   "no_baseline" if kr.baseline is None else "no_direction")
        return KrStatus(confidence, f"pace.confidence_only.{missing}", base)
    time_up = today > span[1]
    judged_on = span[1] if time_up else latest.on
    total = aimed - kr.baseline
    if total == 0:
        progress = 1.0 if reached(latest.value, aimed, direction) else 0.0
    else:
        progress = (latest.value - kr.baseline) / total
    lag = _elapsed(span, judged_on) - progress
    expected = expected_value(workshop, kr, judged_on)
    shown = _shown(expected or 0.0, kr.baseline, aimed, latest.value)
    params = {**base, "expected": Num(shown, unit), "on": Day.of(judged_on),
              "lag": Num(math.ceil(max(lag, 0.0) * 100 - 1e-9), "%"),
              "tolerance": Num(ON_TRACK_LAG * 100, "%")}
    if lag <= 0:
        return _combined(PaceStatus.ON_TRACK, confidence, "pace.ahead", params)
    if lag <= ON_TRACK_LAG:
        return _combined(PaceStatus.ON_TRACK, confidence, "pace.close", params)
    pace = PaceStatus.AT_RISK if lag <= AT_RISK_LAG else PaceStatus.OFF_TRACK
    return _combined(pace, confidence, "pace.behind", params)


def _milestone(latest: CheckIn, span: tuple[date, date] | None, today: date,
               confidence: PaceStatus, base: dict[str, Any]) -> KrStatus:
    if milestone_done(latest.value):
        return KrStatus(PaceStatus.ON_TRACK, "pace.milestone.done", base)
    if span is not None and today > span[1]:
        return KrStatus(PaceStatus.OFF_TRACK, "pace.milestone.overdue",
                        {**base, "due": Day.of(span[1])})
    return KrStatus(confidence, "pace.milestone.pending", base)


def _combined(pace: PaceStatus, confidence: PaceStatus, code: str,
              params: dict[str, Any]) -> KrStatus:
    """The worse of pace and confidence; the code says when confidence is what worries."""
    if _RANK[confidence] < _RANK[pace]:
        return KrStatus(confidence, f"{code}.low_confidence", params)
    return KrStatus(pace, code, params)


def objective_status(workshop: Workshop, objective: Objective, today: date) -> KrStatus:
    """Its weakest key result's status (the first one in order among equals), saying which;
    when all are on track, it says so rather than naming one."""
    statuses = [(kr, kr_status(workshop, kr, today)) for kr in objective.key_results]
    judged = [(kr, s) for kr, s in statuses if s.status is not None]
    if not judged:
        return KrStatus(None, "pace.objective.none" if statuses else "pace.objective.empty")
    kr, status = min(judged, key=lambda pair: _RANK[pair[1].status])
    if status.status is PaceStatus.ON_TRACK and not status.overridden:
        return KrStatus(PaceStatus.ON_TRACK, "pace.objective.all_on_track",
                        {"judged": len(judged), "count": len(statuses)})
    params = {**status.params, "key_result": short(kr.text), "key_result_id": kr.id,
              "detail_code": status.code}
    return KrStatus(status.status, "pace.objective.weakest", params, status.overridden,
                    status.reason)


def status_label(status: PaceStatus | None, language: Language | str) -> str:
    """"On track", "At risk", "Off track", or "No status yet"."""
    return MESSAGES[f"pace.status.{status.value if status else 'none'}"][lang_of(language)]


def status_sentence(status: KrStatus, language: Language | str) -> str:
    """The status explained in one sentence: "Off track: 30 on Mar 3, 2027, behind…"."""
    lang = lang_of(language)
    detail = _detail(status.code, status.params, lang)
    if status.status is None:
        return detail
    return MESSAGES["pace.form"][lang].format(status=status_label(status.status, lang),
                                              detail=detail)


def _detail(code: str, params: dict[str, Any], lang: str) -> str:
    values = dict(params)
    if code == "pace.objective.weakest":
        values["detail"] = _detail(params["detail_code"], params, lang)
    if "computed" in values:
        computed = values["computed"]
        label = status_label(PaceStatus(computed) if computed else None, lang)
        values["computed"] = label[0].lower() + label[1:]
    return MESSAGES[code][lang].format(**values)
