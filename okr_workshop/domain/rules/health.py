"""The OKR health check: for each of the source's five mistakes, a status and its evidence.

The Review step and the deck show it. Each status is justified by evidence lines (findings,
positive ones included): a mistake is *missing* when nothing is in place against it yet,
*at risk* when any evidence line is a warning or an error, *ok* otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from okr_workshop.domain.findings import Finding, Severity
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.domain.rules.health_alignment import Evidence, mistake_1, mistake_5
from okr_workshop.domain.rules.health_delivery import mistake_2, mistake_3, mistake_4
from okr_workshop.domain.rules.wording import entry


class HealthStatus(StrEnum):
    OK = "ok"
    AT_RISK = "at_risk"
    MISSING = "missing"


@dataclass(frozen=True)
class MistakeHealth:
    mistake: int  # 1 to 5, in the source's order
    status: HealthStatus
    evidence: tuple[Finding, ...]

    def title(self, language: Language | str) -> str:
        return mistake_title(self.mistake, language)


MISTAKES = (1, 2, 3, 4, 5)

# Titles: message = the mistake's title, advice = what the check looks at.
MESSAGES = {
    "health.m1": entry(
        fr=("Imposer les OKR et négliger la communication",
            "Vision écrite, stratégie expliquée, objectifs écrits et reliés par les équipes."),
        en=("OKRs imposed top-down, vision poorly communicated",
            "Vision written, strategy explained, objectives written and linked by the teams."),
    ),
    "health.m2": entry(
        fr=("Trop d'objectifs ou de résultats clés",
            "Une règle commune posée et respectée ; le surplus va au parking."),
        en=("Too many objectives or key results",
            "A common rule set and kept; the extra goes to the parking lot."),
    ),
    "health.m3": entry(
        fr=("Négliger le pilotage des résultats clés",
            "Résultats clés mesurables, données accessibles, points d'étape prévus."),
        en=("Key results forgotten during delivery",
            "Measurable key results, data at hand, check-ins planned."),
    ),
    "health.m4": entry(
        fr=("Négliger la culture de responsabilisation",
            "Des ambassadeurs, des retours écoutés, les bonnes pratiques suivies."),
        en=("Accountability culture overlooked",
            "Ambassadors, feedback listened to, good practices followed."),
    ),
    "health.m5": entry(
        fr=("Limiter les OKR au produit et au digital",
            "Toutes les directions participent, les dépendances sont notées, la stratégie "
            "est couverte."),
        en=("OKRs limited to product and digital",
            "Every department takes part, dependencies are recorded, the strategy is "
            "covered."),
    ),
    "health.status.ok": entry(
        fr=("En place", "Rien d'inquiétant sur ce point."),
        en=("In place", "Nothing worrying on this point."),
    ),
    "health.status.at_risk": entry(
        fr=("À risque", "Quelques points à reprendre avant de présenter les OKR."),
        en=("At risk", "A few points to work on before presenting the OKRs."),
    ),
    "health.status.missing": entry(
        fr=("Absent", "Rien n'est encore en place contre cette erreur."),
        en=("Missing", "Nothing is in place yet against this mistake."),
    ),
}


def _render(code: str, part: str, language: Language | str) -> str:
    from okr_workshop.domain.catalogue import render

    return render(code, part, language, {})


def mistake_title(mistake: int, language: Language | str) -> str:
    return _render(f"health.m{mistake}", "message", language)


def mistake_scope(mistake: int, language: Language | str) -> str:
    """One line on what the check of this mistake looks at."""
    return _render(f"health.m{mistake}", "advice", language)


def status_label(status: HealthStatus, language: Language | str) -> str:
    return _render(f"health.status.{status.value}", "message", language)


def _status(evidence: Evidence) -> HealthStatus:
    if evidence.missing:
        return HealthStatus.MISSING
    if any(line.severity in (Severity.ERROR, Severity.WARNING) for line in evidence.lines):
        return HealthStatus.AT_RISK
    return HealthStatus.OK


def health_check(
    workshop: Workshop, findings: Sequence[Finding] | None = None
) -> tuple[MistakeHealth, ...]:
    """The five mistakes in order. ``findings`` are :func:`check_workshop`'s, when the caller
    already has them (mistake 3 reads the key-result findings); computed otherwise."""
    if findings is None:
        from okr_workshop.domain.rules.check import check_workshop

        findings = check_workshop(workshop)
    evidences = (
        mistake_1(workshop),
        mistake_2(workshop),
        mistake_3(workshop, findings),
        mistake_4(workshop),
        mistake_5(workshop),
    )
    return tuple(
        MistakeHealth(number, _status(evidence), tuple(evidence.lines))
        for number, evidence in zip(MISTAKES, evidences, strict=True)
    )
