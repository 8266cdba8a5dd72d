"""The opening verb (or noun) of a key-result sentence, and what it says.

"Organiser 4 ateliers" opens with an activity, "Améliorer" with a wish, "Réduire" and "Baisse"
with a direction, "Passer" with a value whose numbers say the way; "Faire revenir 600 abonnés"
with a caused outcome. A numbered list, "Nous allons", "significantly" and a time clause
before the verb ("Sur l'exercice 2026-2027, réduire…") are skipped. The verbs are tables in
:mod:`.kr_words`; :mod:`.kr_parse` reads the rest of the sentence.
"""

from __future__ import annotations

import re
from enum import StrEnum

from okr_workshop.domain.model import Direction
from okr_workshop.domain.rules import kr_words as w
from okr_workshop.domain.rules.kr_numbers import plain


class Lead(StrEnum):
    """What the sentence's opening verb (or noun) says the key result is about."""

    NONE = ""
    ACTIVITY = "activity"  # the work: "Organiser 4 ateliers"
    SOFT = "soft"  # a wish, measurable once a figure says how much: "Améliorer"
    MILESTONE = "milestone"  # done or not: "Terminer la migration"
    HOLDING = "holding"  # a level to hold: "Maintenir"
    DECREASE = "decrease"
    INCREASE = "increase"
    SETTING = "setting"  # a value, the numbers say which way: "Passer", "Atteindre"


_KINDS = ((Lead.ACTIVITY, w.ACTIVITY_VERBS), (Lead.SOFT, w.SOFT_VERBS),
          (Lead.MILESTONE, w.MILESTONE_VERBS), (Lead.HOLDING, w.HOLDING_VERBS),
          (Lead.DECREASE, w.DECREASE_VERBS + w.DECREASE_NOUNS),
          (Lead.INCREASE, w.INCREASE_VERBS + w.INCREASE_NOUNS), (Lead.SETTING, w.SETTING_VERBS))
# Verbs are matched without accents ("Reduire", "Ameliorer" typed fast); first kind wins.
_KIND_OF: dict[str, Lead] = {}
for _kind, _verbs in _KINDS:
    for _verb in _verbs:
        _KIND_OF.setdefault(plain(_verb), _kind)
_PREFIX = re.compile(
    r"^[\s\"«“'‘]*(?:(?:kr|rc|o)\s?\d*\s*[:.)\-–]\s*|[-•*·–—](?!\s?\d)\s*|\d+\s*[.)]\s*)*"
    r"(?:(?:nous\s+(?:allons|voulons|devons)|on\s+(?:va|veut|doit)|we\s+(?:will|want\s+to|"
    r"need\s+to|must|shall)|we'll|to)\s+)?"
    r"(?:(?:significantly|substantially|greatly|sharply|drastically|considerably|fortement|"
    r"nettement|significativement|considerablement|drastiquement|sensiblement)\s+)?"
)
# A verb ends at a word's end, or at an elision: "Faire en sorte qu'au moins 9 …"
_LEAD = re.compile(rf"(?:{w.alternation(tuple(_KIND_OF))})(?:(?<=')|(?![\w'-]))")
_OUTCOME_VERBS = tuple(plain(v) for v in w.INCREASE_VERBS + w.DECREASE_VERBS + w.SETTING_VERBS)
# "… pour atteindre 500 clients", "… to reach 500", "… that generate €200k".
# Found in two steps: each connector, then whether an outcome verb follows it (searching
# both at once tried the verbs at every letter of the sentence).
_OUTCOME_LINK = re.compile(
    r"(?:\b(?:pour|afin\s+d[e']|to|so\s+that|in\s+order\s+to|et|and|that|which|qui)\b|[,;])"
    r"\s*")
_OUTCOME_VERB = re.compile(rf"(?:{w.alternation(_OUTCOME_VERBS)})(?:s|es|ing|ed|d)?(?![\w'])")


def outcome_clause_at(bare: str, start: int) -> tuple[int, int] | None:
    """The span of "… pour atteindre", "… to reach" after ``start``, if there is one."""
    for link in _OUTCOME_LINK.finditer(bare, start):
        if (verb := _OUTCOME_VERB.match(bare, link.end())) is not None:
            return link.start(), verb.end()
    return None


_INCREASE = frozenset(plain(v) for v in w.INCREASE_VERBS + w.INCREASE_NOUNS)
_DECREASE = frozenset(plain(v) for v in w.DECREASE_VERBS + w.DECREASE_NOUNS)
# "Churn reduced from 3% to 5%", "Taux réduit de 3 % à 5 %": the verb after the metric.
PARTICIPLE = re.compile(
    rf"\b(?:(?P<increase>{w.alternation(tuple(plain(p) for p in w.PARTICIPLES_UP))})"
    rf"|(?P<decrease>{w.alternation(tuple(plain(p) for p in w.PARTICIPLES_DOWN))}))(?:e?s?)"
    r"\s+(?:de|d'|from)\s*[-+]?\d")  # only right before the numbers: "un délai réduit" is not


def verb_direction(low: str, bare: str, lead: str) -> Direction | None:
    if lead in _INCREASE:
        return Direction.INCREASE
    if lead in _DECREASE:
        return Direction.DECREASE
    if not lead and (said := PARTICIPLE.search(bare)) is not None:
        return Direction(said.lastgroup)
    if _DOWN.search(low):
        return Direction.DECREASE
    return None


_DOWN = re.compile(r"\b(?:down|baisser)\b")


# A time or context clause said before the verb, up to its comma, colon or dash: "Sur
# l'exercice 2026-2027, réduire…", "D'ici fin 2027, …", "In FY2027, cut…", "This quarter, …".
# Only tried when no verb opens the sentence, and kept only when a verb follows it.
_CONTEXT = re.compile(
    r"(?:sur|en|d'ici|dici|dans|pour|au|aux|a|avant|apres|des|jusqu'(?:a|au|en)|durant|pendant|"
    r"lors|cette|cet|ce|chaque|fin|debut|courant|in|by|for|over|during|within|this|next|from|"
    r"until|before|after|at|on|each|every|throughout|across|starting|through|end|fy|q[1-4]|"
    r"h[12]|t[1-4]|s[12])\b[^,;:.!?–—]{0,60}?(?:,|\s:|\s[–—-]\s)\s*"
)


def opening_verb(bare: str) -> tuple[Lead, tuple[int, int]]:
    """The kind and span of the opening verb (``bare``: lower case without accents)."""
    prefix = _PREFIX.match(bare)
    start = prefix.end() if prefix else 0
    m = _LEAD.match(bare, start)
    if m is None:
        clause = _CONTEXT.match(bare, start)
        m = _LEAD.match(bare, clause.end()) if clause is not None else None
    if m is None:
        return Lead.NONE, (start, start)
    kind = _KIND_OF[_SPACES.sub(" ", m.group(0))]
    causative = _CAUSATIVE.match(bare, m.end()) if m.group(0) == "faire" else None
    if causative is not None:  # "Faire basculer 80 % des demandes": an outcome, caused
        return Lead.SETTING, (m.start(), causative.end())
    head = _HEAD.match(bare, m.end())
    if kind == Lead.ACTIVITY and head is not None and head.group(1) in _METRIC_HEADS:
        return Lead.NONE, (start, start)  # "Training completion rate", "Recrutement : délai moyen"
    return kind, m.span()


_METRIC_HEADS = frozenset(plain(h) for h in w.METRIC_HEADS)
_CAUSATIVE = re.compile(r"\s+[a-z]+(?:er|ir|re)(?![\w'-])")
_SPACES = re.compile(r"\s+")
_HEAD = re.compile(r"[\s:–-]*([a-zà-ÿœ]+)")
