"""Mistake 3: is a key result measurable from its structured fields?

The sentence the room said is judged separately (:mod:`.kr_sentence`); here we look at the
fields the Key results step fills in: target, baseline, direction, unit, owner, data source,
due date, and the other key results of the same objective.

Decisions worth knowing:

* Thresholds (``at_least`` / ``at_most``: "keep availability at least 99.9 %") describe a level
  to hold, not a change, so they need no baseline and may have a target equal to it.
* Every other key result gets ``kr.no_baseline`` even when its target is zero ("zero
  incidents"): progress is measured from where we start, and the advice says to measure it in
  the first week when nobody knows it yet.
* A missing direction is not a finding: the values already say which way they go.
* A relative change ("Réduire de 20 % les invendus") is not a target: until the baseline is
  known it is ``kr.relative_needs_baseline`` (an error: nobody knows which number to reach),
  then its target is the change applied to the baseline (:meth:`KeyResult.aimed_target`).
  A target that merely repeats the sentence's change ("de 20 %" stored as target 20) is
  ``kr.relative_as_target``, found with the sentence (:mod:`.check`).
* The one part of the sentence judged here is its deadline ("d'ici fin S1", "by Q3 2027",
  read by :mod:`.sentence_deadline`), because only the workshop's cycle says whether it is
  too late: ``kr.sentence_deadline_outside_cycle``, like a due date outside the cycle.
  A sentence whose one deadline is more than a week from a due date inside the cycle is
  ``kr.sentence_deadline_not_due`` (information: pace is measured against the due date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from itertools import filterfalse
from string import ascii_lowercase, digits

from okr_workshop.domain.entered import is_blank
from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import Direction, KeyResult, Objective
from okr_workshop.domain.relative_change import Change
from okr_workshop.domain.rules.sentence_deadline import (
    sentence_deadline_not_due,
    sentence_deadline_outside,
)
from okr_workshop.domain.rules.wording import Day, Num, Span, entry, normalise, short

NO_TARGET = "kr.no_target"
NO_BASELINE = "kr.no_baseline"
TARGET_EQUALS_BASELINE = "kr.target_equals_baseline"
DIRECTION_CONTRADICTION = "kr.direction_contradiction"
NO_UNIT = "kr.no_unit"
NO_OWNER = "kr.no_owner"
SEVERAL_OWNERS = "kr.several_owners"
NO_DATA_SOURCE = "kr.no_data_source"
DUE_OUTSIDE_CYCLE = "kr.due_outside_cycle"
SENTENCE_DEADLINE_OUTSIDE_CYCLE = "kr.sentence_deadline_outside_cycle"
SENTENCE_DEADLINE_NOT_DUE = "kr.sentence_deadline_not_due"
NEAR_DUPLICATE = "kr.near_duplicate"
RELATIVE_NEEDS_BASELINE = "kr.relative_needs_baseline"
RELATIVE_AS_TARGET = "kr.relative_as_target"

THRESHOLDS = (Direction.AT_LEAST, Direction.AT_MOST)

MESSAGES = {
    RELATIVE_NEEDS_BASELINE: entry(
        fr=("« {kr} » dit une évolution ({change:fr}), pas une cible : sans point de départ, "
            "personne ne sait quel chiffre atteindre.",
            "Notez la valeur d'aujourd'hui (ou mesurez-la la première semaine) : la cible "
            "s'en déduit."),
        en=("“{kr}” states a change ({change:en}), not a target: without a baseline, nobody "
            "knows which number to reach.",
            "Write down today's value (or measure it in the first week): the target follows "
            "from it."),
    ),
    RELATIVE_AS_TARGET: entry(
        fr=("La cible de « {kr} » ({target:fr}) est l'évolution que dit la phrase, pas le "
            "chiffre à atteindre.",
            "Notez le point de départ : la cible s'en déduit. Ou saisissez la vraie cible."),
        en=("The target of “{kr}” ({target:en}) is the change the sentence states, not the "
            "number to reach.",
            "Write down the baseline: the target follows from it. Or type the real target."),
    ),
    NO_TARGET: entry(
        fr=("« {kr} » n'a pas de cible chiffrée.",
            "Fixez le chiffre à atteindre d'ici la fin du cycle, même approximatif."),
        en=("“{kr}” has no numeric target.",
            "Set the number to reach by the end of the cycle, even a rough one."),
    ),
    NO_BASELINE: entry(
        fr=("« {kr} » n'a pas de point de départ.",
            "Notez la valeur d'aujourd'hui ; si personne ne la connaît, prévoyez de la "
            "mesurer dès la première semaine."),
        en=("“{kr}” has no baseline.",
            "Write down today's value; if nobody knows it, plan to measure it in the "
            "first week."),
    ),
    TARGET_EQUALS_BASELINE: entry(
        fr=("La cible de « {kr} » est égale à son point de départ ({target:fr}).",
            "Un résultat clé mesure un changement : visez autre chose, ou faites-en un seuil "
            "à tenir."),
        en=("The target of “{kr}” equals its baseline ({target:en}).",
            "A key result measures a change: aim for a different value, or make it a "
            "threshold to hold."),
    ),
    DIRECTION_CONTRADICTION: entry(
        fr=("Les valeurs de « {kr} » vont à l'inverse du sens choisi : de {baseline:fr} "
            "à {target:fr}.",
            "Vérifiez le sens (hausse ou baisse), ou inversez le point de départ et la cible."),
        en=("The values of “{kr}” go against its direction: from {baseline:en} to "
            "{target:en}.",
            "Check the direction (up or down), or swap the baseline and the target."),
    ),
    NO_UNIT: entry(
        fr=("« {kr} » n'a pas d'unité.",
            "Précisez ce que l'on compte : pourcentage, euros, clients, jours…"),
        en=("“{kr}” has no unit.",
            "Say what is counted: percent, euros, customers, days…"),
    ),
    NO_OWNER: entry(
        fr=("« {kr} » n'a pas de responsable.",
            "Nommez une personne qui le suit et en parle à chaque point d'étape."),
        en=("Nobody owns “{kr}”.",
            "Name one person who follows it and reports on it at every check-in."),
    ),
    SEVERAL_OWNERS: entry(
        fr=("« {kr} » a pour responsable « {owner} » : il faut une seule personne.",
            "Choisissez une personne ; les autres y contribuent sans en répondre."),
        en=("“{kr}” is owned by “{owner}”: it needs one single person.",
            "Pick one person; the others contribute without owning the result."),
    ),
    NO_DATA_SOURCE: entry(
        fr=("On ne sait pas encore où lire la valeur de « {kr} ».",
            "Indiquez la source (outil, tableau de bord, fichier) et vérifiez que l'équipe "
            "y a accès."),
        en=("Nobody has said yet where the value of “{kr}” comes from.",
            "Name the data source (tool, dashboard, file) and check the team can access it."),
    ),
    DUE_OUTSIDE_CYCLE: entry(
        fr=("L'échéance de « {kr} » ({due:fr}) tombe hors du cycle ({cycle:fr}).",
            "Ramenez l'échéance dans le cycle, ou découpez ce résultat en étapes."),
        en=("The due date of “{kr}” ({due:en}) falls outside the cycle ({cycle:en}).",
            "Bring the due date inside the cycle, or split the result into steps."),
    ),
    SENTENCE_DEADLINE_OUTSIDE_CYCLE: entry(
        fr=("« {kr} » dit « {deadline} » ({day:fr}) : c'est hors du cycle ({cycle:fr}).",
            "Corrigez l'échéance dans la phrase, ou visez ce qui peut être atteint d'ici la "
            "fin du cycle et gardez la suite pour le suivant."),
        en=("“{kr}” says “{deadline}” ({day:en}): that is outside the cycle ({cycle:en}).",
            "Fix the deadline in the sentence, or aim for what can be reached by the end of "
            "the cycle and keep the rest for the next one."),
    ),
    SENTENCE_DEADLINE_NOT_DUE: entry(
        fr=("« {kr} » dit « {deadline} » ({day:fr}), mais son échéance est le {due:fr}.",
            "Accordez la phrase et l'échéance : c'est l'échéance qui règle le rythme attendu "
            "aux points d'étape."),
        en=("“{kr}” says “{deadline}” ({day:en}), but its due date is {due:en}.",
            "Make the sentence and the due date agree: the due date sets the pace expected "
            "at check-ins."),
    ),
    NEAR_DUPLICATE: entry(
        fr=("« {kr} » ressemble beaucoup à « {other} », dans le même objectif.",
            "Fusionnez-les, ou précisez ce qui les distingue."),
        en=("“{kr}” looks very much like “{other}”, in the same objective.",
            "Merge them, or make clear what sets them apart."),
    ),
}

# "Alice et Bob", "Alice, Bob", "Alice & Bob", "Alice/Bob", "Alice + Bob".
_SEVERAL = re.compile(r"\s(?:et|and|ou|or)\s|[,&/+;]")
# A group is not an owner: "l'équipe", "the team", "tous", "everyone".
_COLLECTIVE = re.compile(
    r"\b(?:equipe|equipes|team|teams|tous|toutes|tout le monde|everyone|everybody|all|"
    r"nous|we|collectif|collective)\b"
)
# Roles that contain a collective word but name one person.
_ONE_PERSON_ROLES = re.compile(
    r"\b(?:chef|cheffe|responsable|lead|leader|manager) d'equipe\b|\bteam (?:lead|leader|manager)\b"
)

# Share of common words above which two key results of one objective read as the same one.
DUPLICATE_SIMILARITY = 0.8
# The words of wording.words() (runs of a-z and 0-9 in the normalised text), split in C
# rather than matched with a pattern, which is twice as fast: in the text's UTF-8 bytes,
# every byte but a-z and 0-9 becomes a space. A non-ASCII character is encoded as bytes
# >= 0x80 only, so it becomes spaces too and separates words exactly as in words().
_WORD_BYTES = bytes(b if chr(b) in ascii_lowercase + digits else 0x20 for b in range(256))


def has_several_owners(owner: str) -> bool:
    text = normalise(owner)
    if _SEVERAL.search(text):  # a role never holds "et", "and" or a separator
        return True
    # Roles are taken out only when a collective word is there: most owners have none.
    return bool(_COLLECTIVE.search(text)
                and _COLLECTIVE.search(_ONE_PERSON_ROLES.sub(" ", text)))


def key_result_findings(
    kr: KeyResult, cycle_start: date | None = None, cycle_end: date | None = None
) -> list[Finding]:
    """Every structured-field finding of one key result, and its sentence's deadline
    against the cycle (not the rest of its sentence, not its siblings)."""
    found: list[Finding] = []
    name = ""  # the sentence quoted, worked out with the first finding (many have none)

    def add(code: str, severity: Severity, **params: object) -> None:
        nonlocal name
        name = name or short(kr.text)
        found.append(Finding(code, severity, Subject.KEY_RESULT, kr.id, {"kr": name, **params}))

    threshold = kr.direction in THRESHOLDS
    relative = kr.is_relative and not threshold
    target = kr.aimed_target()
    if relative and kr.baseline is None:
        add(RELATIVE_NEEDS_BASELINE, Severity.ERROR, change=Change.of(kr))
    elif target is None:
        add(NO_TARGET, Severity.ERROR)
    if kr.baseline is None and not threshold and not relative:
        add(NO_BASELINE, Severity.WARNING)
    if target is not None and kr.baseline is not None and not threshold:
        if target == kr.baseline:
            add(TARGET_EQUALS_BASELINE, Severity.ERROR, target=Num(target, kr.unit))
        elif (kr.direction == Direction.INCREASE and target < kr.baseline) or (
            kr.direction == Direction.DECREASE and target > kr.baseline
        ):
            add(DIRECTION_CONTRADICTION, Severity.ERROR,
                baseline=Num(kr.baseline, kr.unit), target=Num(target, kr.unit))
    if is_blank(kr.unit):
        add(NO_UNIT, Severity.WARNING)
    if is_blank(kr.owner):
        add(NO_OWNER, Severity.WARNING)
    elif has_several_owners(kr.owner):
        add(SEVERAL_OWNERS, Severity.WARNING, owner=short(kr.owner, 40))
    if is_blank(kr.data_source):
        add(NO_DATA_SOURCE, Severity.WARNING)
    if kr.due is not None and (
        (cycle_start is not None and kr.due < cycle_start)
        or (cycle_end is not None and kr.due > cycle_end)
    ):
        add(DUE_OUTSIDE_CYCLE, Severity.WARNING, due=Day.of(kr.due),
            cycle=Span(cycle_start, cycle_end))
    said = sentence_deadline_outside(kr.text, cycle_start, cycle_end)
    if said is not None:
        add(SENTENCE_DEADLINE_OUTSIDE_CYCLE, Severity.WARNING, deadline=said[0],
            day=Day.of(said[1]), cycle=Span(cycle_start, cycle_end))
    elif kr.due is not None:
        said = sentence_deadline_not_due(kr.text, kr.due, cycle_start, cycle_end)
        if said is not None:
            add(SENTENCE_DEADLINE_NOT_DUE, Severity.INFO, deadline=said[0],
                day=Day.of(said[1]), due=Day.of(kr.due))
    return found


def relative_as_target(kr: KeyResult, said: tuple[float, bool] | None) -> Finding | None:
    """``kr.relative_as_target`` when the target only repeats the change the sentence
    states (``said``: its amount, in percent or not) and no baseline makes it a number."""
    if said is None or kr.target is None or kr.baseline is not None or kr.change is not None:
        return None
    if kr.direction in THRESHOLDS or kr.target != said[0]:
        return None
    return Finding(RELATIVE_AS_TARGET, Severity.ERROR, Subject.KEY_RESULT, kr.id,
                   {"kr": short(kr.text), "target": Num(kr.target, kr.unit)})


def _comparable(kr: KeyResult) -> set[bytes]:
    # Numbers are left out: "NPS from 30 to 40" and "NPS from 30 to 50" are one key result.
    # surrogatepass: a pasted text may hold a lone surrogate, which UTF-8 would refuse.
    text = normalise(kr.text).encode("utf-8", "surrogatepass")
    return set(filterfalse(bytes.isdigit, text.translate(_WORD_BYTES).split()))


def are_near_duplicates(a: KeyResult, b: KeyResult) -> bool:
    """Same metric, or nearly the same words (Jaccard similarity of their word sets)."""
    metric = a.metric.strip()
    if metric and normalise(metric) == normalise(b.metric.strip()):
        return True
    first, second = _comparable(a), _comparable(b)
    if not first or not second:
        return False
    common = len(first & second)  # the union's size follows, without building it
    return common / (len(first) + len(second) - common) >= DUPLICATE_SIMILARITY


def duplicate_findings(kr: KeyResult, earlier: Sequence[KeyResult]) -> list[Finding]:
    """Findings on ``kr`` for each earlier key result of its objective it repeats."""
    return [
        Finding(NEAR_DUPLICATE, Severity.WARNING, Subject.KEY_RESULT, kr.id,
                {"kr": short(kr.text), "other": short(other.text)})
        for other in earlier
        if other.id != kr.id and are_near_duplicates(kr, other)
    ]


def near_duplicate_findings(objective: Objective) -> list[Finding]:
    """One finding per pair of near-duplicates, on the later key result of the pair."""
    found: list[Finding] = []
    krs = objective.key_results
    for i, kr in enumerate(krs):
        found += duplicate_findings(kr, krs[:i])
    return found
