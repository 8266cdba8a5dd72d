"""The source document's "bonnes pratiques", one list per mistake, each tied to the step of
the workshop where the facilitator can act on it (DESIGN.md section 2).

A practice ticked off is stored as a ``ChecklistTick(item=code)``; the codes are stable
(files move between laptops and versions), the words live in :data:`MESSAGES` in both
languages. The French is the source's (its typos mended: "Rechallenger", "Perdoo"); the
English says the same thing natively. Only codes of this catalogue count in the health check:
a tick of a practice this version does not know (a newer file) is kept but not counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from okr_workshop.domain.catalogue import entry, say
from okr_workshop.domain.enums import Language, Step


@dataclass(frozen=True)
class Practice:
    code: str
    mistake: int  # 1 to 5, the source's order
    step: Step  # where the facilitator sees it and can tick it


# In the source's order, mistake by mistake.
PRACTICES: tuple[Practice, ...] = (
    Practice("m1.restitution", 1, Step.RESTITUTION),
    Practice("m1.recall_in_rituals", 1, Step.STEERING),
    Practice("m1.inter_team_meetings", 1, Step.STEERING),
    Practice("m1.shared_dashboard", 1, Step.STEERING),
    Practice("m2.common_rule", 2, Step.SETUP),
    Practice("m2.short_term", 2, Step.CONTRIBUTIONS),
    Practice("m2.missing_is_not_failure", 2, Step.FOCUS),
    Practice("m2.rechallenge", 2, Step.STEERING),
    Practice("m3.measurable", 3, Step.KEY_RESULTS),
    Practice("m3.data_access", 3, Step.KEY_RESULTS),
    Practice("m3.progress_over_time", 3, Step.KEY_RESULTS),
    Practice("m3.shared_tools", 3, Step.STEERING),
    Practice("m3.daily_rituals", 3, Step.STEERING),
    Practice("m4.train_everyone", 4, Step.SETUP),
    Practice("m4.raise_awareness", 4, Step.VISION),
    Practice("m4.support", 4, Step.STEERING),
    Practice("m4.feedback_process", 4, Step.STEERING),
    Practice("m4.ambassadors", 4, Step.SETUP),
    Practice("m5.stakeholders", 5, Step.SETUP),
    Practice("m5.share_with_all", 5, Step.RESTITUTION),
    Practice("m5.timeframe", 5, Step.SETUP),
    Practice("m5.inter_team_review", 5, Step.REVIEW),
)

KNOWN_CODES = frozenset(p.code for p in PRACTICES)

MESSAGES = {
    "m1.restitution": entry(
        fr="Programmer une restitution globale des OKR",
        en="Schedule an all-hands presentation of the OKRs",
    ),
    "m1.recall_in_rituals": entry(
        fr="Rappeler régulièrement les OKR lors des rituels",
        en="Bring the OKRs up regularly in the team rituals",
    ),
    "m1.inter_team_meetings": entry(
        fr="Programmer des instances régulières inter-équipes",
        en="Schedule regular cross-team meetings",
    ),
    "m1.shared_dashboard": entry(
        fr="Mettre en place un tableau de bord collaboratif (ex.\u00a0: Perdoo)",
        en="Set up a shared dashboard (e.g. Perdoo)",
    ),
    "m2.common_rule": entry(
        fr="Définir une règle commune sur le nombre d’objectifs",
        en="Agree on a common rule for the number of objectives",
    ),
    "m2.short_term": entry(
        fr="Poser des objectifs sur un court / moyen terme",
        en="Set objectives for the short to medium term",
    ),
    "m2.missing_is_not_failure": entry(
        fr="La non-atteinte d’objectifs n’est pas un échec",
        en="Missing an objective is not a failure",
    ),
    "m2.rechallenge": entry(
        fr="Rechallenger régulièrement la définition des objectifs",
        en="Challenge the objectives again at regular intervals",
    ),
    "m3.measurable": entry(
        fr="S’assurer que les KR sont concrètement mesurables",
        en="Make sure the key results can actually be measured",
    ),
    "m3.data_access": entry(
        fr="S’assurer d’avoir accès à la donnée que l’on veut piloter",
        en="Make sure you can get the data you want to track",
    ),
    "m3.progress_over_time": entry(
        fr="Avoir des KR qui évaluent la progression dans le temps",
        en="Have key results that show progress over time",
    ),
    "m3.shared_tools": entry(
        fr="Utiliser des outils partagés pour un suivi en temps réel",
        en="Use shared tools to follow progress as it happens",
    ),
    "m3.daily_rituals": entry(
        fr="Inclure le pilotage des KR dans les rituels quotidiens",
        en="Make tracking the key results part of the daily rituals",
    ),
    "m4.train_everyone": entry(
        fr="Former l’ensemble des collaborateurs à la méthode",
        en="Train every employee in the method",
    ),
    "m4.raise_awareness": entry(
        fr="Sensibiliser les équipes aux bonnes pratiques",
        en="Make the teams aware of the good practices",
    ),
    "m4.support": entry(
        fr="Accompagner dans la mise en place des OKR",
        en="Support the teams as they put their OKRs in place",
    ),
    "m4.feedback_process": entry(
        fr="Intégrer un processus de feedbacks",
        en="Build a feedback loop into the process",
    ),
    "m4.ambassadors": entry(
        fr="Identifier des ambassadeurs au sein de l’entreprise",
        en="Find ambassadors across the company",
    ),
    "m5.stakeholders": entry(
        fr="Inclure les parties prenantes dans les réflexions",
        en="Involve the stakeholders in the thinking",
    ),
    "m5.share_with_all": entry(
        fr="Communiquer et partager les OKR à toutes les équipes",
        en="Communicate and share the OKRs with every team",
    ),
    "m5.timeframe": entry(
        fr="Bien choisir la temporalité des OKR",
        en="Choose the OKRs’ time frame with care",
    ),
    "m5.inter_team_review": entry(
        fr="Mettre en place une revue des OKR inter-équipes",
        en="Hold a cross-team review of the OKRs",
    ),
}


def practices_for_step(step: Step) -> tuple[Practice, ...]:
    """The practices the facilitator sees on ``step``, in the source's order."""
    return tuple(p for p in PRACTICES if p.step == step)


def practice_text(code: str, language: Language | str) -> str:
    return say("good_practices", code, language)


def ticked_codes(items: Iterable[str]) -> frozenset[str]:
    """The known practices among ticked ``items`` (each once, unknown codes left out)."""
    return frozenset(items) & KNOWN_CODES
