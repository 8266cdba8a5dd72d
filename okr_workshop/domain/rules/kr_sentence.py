"""Judge a key-result sentence alone (mistake 3: key results that cannot be steered).

A sentence is "ok" when it states a measurable outcome. It needs work when it has no number
at all, describes an activity or a deliverable ("Organiser 4 ateliers" is still an activity),
is a binary milestone ("finish the migration by March"), or stays vague without a figure
("améliorer", "be the best"). Thresholds and zero targets are legitimate. A relative change
("Réduire de 20 % les invendus", "by 10%") is a fine way to say it, but not yet a number to
reach: alone, the sentence needs its starting value (a warning, issue 11 point 3).

Only the sentence is judged: owner, data source and due date are the structured rules' job
(:mod:`.key_results`). For the same reason the information findings about a missing starting
value are given for a bare sentence (``check-kr``) only; on a key result the structured
``kr.no_baseline`` already says it.

The parsing lives in :mod:`.kr_parse`; its public names are re-exported here.
"""

from __future__ import annotations

import re

from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import Language
from okr_workshop.domain.rules import kr_words as w
from okr_workshop.domain.rules.kr_lead import Lead
from okr_workshop.domain.rules.kr_numbers import normalise, plain
from okr_workshop.domain.rules.kr_parse import (
    ParsedKeyResult,
    Reading,
    detect_language,
    parse_sentence,
    read,
)
from okr_workshop.domain.rules.wording import entry

__all__ = ["MESSAGES", "ParsedKeyResult", "detect_language", "judge_sentence",
           "judge_with_change", "parse_sentence", "verdict"]

EMPTY = "kr.sentence.empty"
NO_NUMBER = "kr.sentence.no_number"
ACTIVITY = "kr.sentence.activity"
MILESTONE = "kr.sentence.milestone"
VAGUE = "kr.sentence.vague"
DIRECTION_MISMATCH = "kr.sentence.direction_mismatch"
INITIATIVE = "kr.sentence.initiative"
RELATIVE_TARGET = "kr.sentence.relative_target"
NO_BASELINE = "kr.sentence.no_baseline"

MESSAGES = {
    EMPTY: entry(
        fr=("Ce résultat clé est vide.",
            "Écrivez ce qui doit changer, avec un chiffre : « passer de X à Y »."),
        en=("This key result is empty.",
            "Write what should change, with a number: “from X to Y”."),
    ),
    NO_NUMBER: entry(
        fr=("Il n'y a aucun chiffre : personne ne pourra dire si c'est atteint.",
            "Ajoutez un point de départ et une cible, par exemple « passer de 12 % à 18 % »."),
        en=("There is no number, so no one can tell when it's achieved.",
            "Add a starting point and a target, for example “from 12% to 18%”."),
    ),
    ACTIVITY: entry(
        fr=("« {excerpt} » décrit une activité, pas un résultat.",
            "Demandez-vous ce que ce travail doit changer, et mesurez ce changement."),
        en=("“{excerpt}” describes an activity, not an outcome.",
            "Ask what this work should change, and measure that change."),
    ),
    MILESTONE: entry(
        fr=("« {excerpt} » est un jalon : c'est fait ou pas fait.",
            "Gardez la date dans le plan, et mesurez ce que ce jalon doit améliorer."),
        en=("“{excerpt}” is a milestone: it's either done or not.",
            "Keep the date in the plan, and measure what the milestone should improve."),
    ),
    VAGUE: entry(
        fr=("« {word} » reste vague tant qu'aucun chiffre ne dit de combien.",
            "Précisez la valeur de départ et la cible, ou le seuil à tenir."),
        en=("“{word}” stays vague until a number says by how much.",
            "State the starting value and the target, or the threshold to hold."),
    ),
    DIRECTION_MISMATCH: entry(
        fr=("Les chiffres vont à l'inverse de « {verb} ».",
            "Vérifiez le point de départ et la cible : ils sont peut-être inversés."),
        en=("The numbers go the opposite way to “{verb}”.",
            "Check the starting point and the target: they may be swapped."),
    ),
    INITIATIVE: entry(
        fr=("« {excerpt} » est le moyen ; le résultat, c'est le chiffre qui suit.",
            "Gardez le chiffre comme résultat clé et rangez l'action parmi les initiatives."),
        en=("“{excerpt}” is the means; the result is the number that follows.",
            "Keep the number as the key result and list the action as an initiative."),
    ),
    RELATIVE_TARGET: entry(
        fr=("C'est une évolution relative, pas une cible : sans point de départ, personne ne "
            "sait quel chiffre viser.",
            "Notez la valeur d'aujourd'hui : la cible s'en déduit (de 1 200 à 960 pour "
            "−20 %)."),
        en=("This is a relative change, not a target: without a baseline, nobody knows "
            "which number to aim for.",
            "Write down today's value: the target follows from it (from 1,200 to 960 for "
            "−20%)."),
    ),
    NO_BASELINE: entry(
        fr=("Pas de point de départ : impossible de dire si la cible est ambitieuse, ni de "
            "lire le progrès.",
            "Notez la valeur d'aujourd'hui à côté de la cible (« contre 62 % aujourd'hui »)."),
        en=("No starting point: nobody can tell how ambitious the target is, or read "
            "progress.",
            "Write today's value next to the target (“up from 62% today”)."),
    ),
}

_SEVERITY = {EMPTY: Severity.ERROR, NO_NUMBER: Severity.ERROR, ACTIVITY: Severity.ERROR,
             MILESTONE: Severity.ERROR, VAGUE: Severity.ERROR,
             DIRECTION_MISMATCH: Severity.WARNING, INITIATIVE: Severity.INFO,
             RELATIVE_TARGET: Severity.WARNING, NO_BASELINE: Severity.WARNING}

# Matched without accents, like the verbs: "Etre le meilleur" typed fast is still vague.
_STATE = re.compile(
    rf"(?<![\w-])(?:{w.alternation(tuple(plain(s) for s in w.MILESTONE_STATES))})(?![\w-])")
_VAGUE = re.compile(
    rf"(?<![\w-])(?:{w.alternation(tuple(plain(v) for v in w.VAGUE_WORDS))})(?![\w-])")
# Where a quoted excerpt stops: "Organiser 4 ateliers | avec les équipes terrain".
_STOP = frozenset("avec with pour for afin d'ici by avant before dans in à au aux to sur on par "
                  "per chaque every en grâce via lors during within across vers".split())
_TRAILING = frozenset("de des du d' la le les l' of the a an et and".split())
_MAX_WORDS = 5
_OUTPUT_VERBS = frozenset(plain(v) for v in w.OUTPUT_VERBS)


def verdict(findings: list[Finding]) -> str:
    """"ok" when nothing is an error or a warning, else "needs-work"."""
    blocking = (Severity.ERROR, Severity.WARNING)
    return "needs-work" if any(f.severity in blocking for f in findings) else "ok"


def _excerpt(text: str, start: int, first_end: int, more: bool = True) -> str:
    """The words from ``start``: at least up to ``first_end``, then (``more``) a few more,
    up to a preposition that starts a new idea."""
    head = text[start:first_end].strip()
    words = text[first_end:].split() if more else []
    taken: list[str] = []
    counted = 0
    for word in words:
        bare = normalise(word).lower().strip(",;:.()")
        if (taken or head) and counted and (bare in _STOP or bare.startswith("d'ici")):
            break
        if counted >= _MAX_WORDS:
            break
        taken.append(word)
        counted += any(c.isalnum() for c in word)
    while taken and normalise(taken[-1]).lower() in _TRAILING:
        taken.pop()
    out = " ".join([head, *taken]).strip(" ,;:.")
    shown = len(head.split()) + len(taken)
    if shown < len(text[start:].split()) and not re.search(r"[.!?]$", out):
        rest = normalise(text[start:].split()[shown]).lower().strip(",;:.()")
        if rest not in _STOP and not rest.startswith("d'ici"):
            out += "…"
    return out


def _finding(code: str, subject: Subject, subject_id: str | None, **params: str) -> Finding:
    return Finding(code, _SEVERITY[code], subject, subject_id, params)


def _problems(r: Reading) -> list[tuple[str, dict[str, str]]]:
    """The reasons the sentence is not yet a measurable outcome (empty when it is)."""
    text, low = r.original, r.bare
    start, lead_end = r.lead_span
    kind = r.lead_kind
    if kind == Lead.ACTIVITY and not (r.outcome_clause or r.service_level):
        return [(ACTIVITY, {"excerpt": _excerpt(text, start, lead_end), "verb": r.lead})]
    counts_work = r.figure and r.target_follows_lead and not r.unit
    output_verb = plain(" ".join(r.lead.lower().split())) in _OUTPUT_VERBS
    if counts_work and (kind == Lead.SOFT or output_verb):
        # "Optimiser 3 processus", "Ship 3 features": the number counts the work.
        return [(ACTIVITY, {"excerpt": _excerpt(text, start, lead_end), "verb": r.lead})]
    if r.figure:
        return []
    if kind == Lead.MILESTONE:
        return [(MILESTONE, {"excerpt": _excerpt(text, start, lead_end)})]
    state = _STATE.search(low)
    if state is not None:
        return [(MILESTONE, {"excerpt": _excerpt(text, start, state.end(), more=False)})]
    vague = _VAGUE.search(low)
    if vague is not None:
        return [(VAGUE, {"word": text[vague.start():vague.end()]})]
    if kind in (Lead.SOFT, Lead.INCREASE, Lead.DECREASE):  # "Cut costs", "Lower churn"
        return [(VAGUE, {"word": r.lead})]
    if r.dates:
        return [(MILESTONE, {"excerpt": _excerpt(text, start, start)})]
    return [(NO_NUMBER, {})]


def judge_sentence(
    text: str,
    language: Language | str | None = None,
    subject_id: str | None = None,
    subject: Subject = Subject.SENTENCE,
) -> list[Finding]:
    """Findings about one key-result sentence (language None or "auto": detected)."""
    return judge_with_change(text, language, subject_id, subject)[0]


def judge_with_change(
    text: str,
    language: Language | str | None = None,
    subject_id: str | None = None,
    subject: Subject = Subject.SENTENCE,
) -> tuple[list[Finding], tuple[float, bool] | None]:
    """:func:`judge_sentence`, and the relative change the sentence states (amount, in
    percent), read in the same pass: a key result's fields are checked against it."""
    if not text or not text.strip():
        return [_finding(EMPTY, subject, subject_id)], None
    r = read(text, language)
    return _judged(r, subject_id, subject), r.change


def _judged(r: Reading, subject_id: str | None, subject: Subject) -> list[Finding]:
    found = [_finding(code, subject, subject_id, **params) for code, params in _problems(r)]
    if found:
        return found
    if r.mismatch:
        found.append(_finding(DIRECTION_MISMATCH, subject, subject_id, verb=r.mismatch))
    if r.lead_kind == Lead.ACTIVITY and r.outcome_clause:
        excerpt = _excerpt(r.original, r.lead_span[0], r.lead_span[1])
        found.append(_finding(INITIATIVE, subject, subject_id, excerpt=excerpt))
    # The metric (and with it the direction) is only worked out when asked for: a key
    # result's own fields already say which way it goes.
    if subject is Subject.SENTENCE and r.baseline is None:
        if r.relative:
            found.append(_finding(RELATIVE_TARGET, subject, subject_id))
        elif r.target is not None:  # a level to reach or to hold: from where?
            found.append(_finding(NO_BASELINE, subject, subject_id))
    return found
