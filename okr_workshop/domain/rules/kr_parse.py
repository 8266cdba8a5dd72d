"""Read a key-result sentence: metric, baseline, target, unit and direction.

"Augmenter le taux de conversion du site de 2,1 % à 3 % d'ici fin T2" becomes metric
"taux de conversion du site", 2.1 → 3 "%", increase. The reader proposes; the coach decides
(the window pre-fills the fields, it never overwrites what someone typed).

Decisions (see also :mod:`kr_numbers` for units, scales and separators):

- "de X à Y", "from X to Y", "X → Y" (also "passer/porter/ramener … de X à Y"): baseline X,
  target Y; the direction follows the numbers.
- Thresholds "au moins / at least / au-dessus de / above / ≥ / X minimum": target X,
  direction at_least, no baseline. "moins de / under / below / sous / ≤ / X maximum":
  at_most. "maintenir / keep" without a comparator: at_least (at_most when less is better).
- Relative changes "augmenter de 20 %", "grow by 20%", "+15 %", "Gagner 10 points", "d'un
  quart": ``change`` 20 (in % of the baseline, or in the unit), no target, and the judgement
  warns that the starting value is missing. With a starting value written down ("by 25%,
  from 12 days today", "Baisser de 15 % les 2 000 tonnes") the target follows: 9, 1 700.
- "doubler / tripler / diviser par deux / halve" with a starting value ("doubler le CA de
  2 M€"): baseline 2000000, target 4000000; with only the level to reach ("doubler les ventes
  pour atteindre 2 M€"), the baseline is deduced (1000000). Without any number: no baseline
  and no target, only the direction (there is no number to propose).
- A baseline said apart counts: "(aujourd'hui 62 %)", "contre 55 % aujourd'hui",
  "(currently 62%)". A band "entre 20 et 25 %" is read as its floor (at_least 20).
- "zéro accident", "aucun accident", "no data breaches": target 0, direction at_most (a
  ceiling held all cycle); with a baseline ("passer de 12 litiges à zéro") a decrease.
- Dates, years, quarters and time frames ("d'ici fin T1", "by March 2027", "within 6 months",
  "à 12 mois") are never a baseline or a target. Conditions such as "en moins de 48 h" are
  set aside when another number is the target ("90 % des commandes livrées en moins de 48 h")
  and become the target only when alone ("répondre en moins de 4 h").
- A number said aside in parentheses is where we start ("(Q1 average: 2.6%)"), unless the
  aside names a goal or a limit ("(objectif 2027 : 500)"); a count giving the scope ("dans nos
  3 magasins") and a denominator ("pour 1 000 commandes") are never values.
- A verb, a noun or a participle that says one way while the numbers (or the sign) go the
  other is a contradiction: both are kept, and no direction is picked for the coach.
- Numbers written in words, multipliers ("x1,5", "4x", "four-fold"), fractions ("d'un
  quart"), "one in five", hours and minutes ("2 h 30") are read; see :mod:`kr_numbers`.
- A time or context clause before the verb ("Sur l'exercice 2026-2027, réduire les coûts de
  10 %", "In FY2027, cut costs by 10%") is skipped: the verb after it opens the sentence.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from okr_workshop.domain.model import Direction, Language
from okr_workshop.domain.rules import kr_words as w
from okr_workshop.domain.rules.kr_lead import (
    PARTICIPLE,
    Lead,
    opening_verb,
    outcome_clause_at,
    verb_direction,
)
from okr_workshop.domain.rules.kr_masks import find_factor, masked_spans
from okr_workshop.domain.rules.kr_metric import metric_phrase
from okr_workshop.domain.rules.kr_numbers import (
    BASIS_POINTS,
    Part,
    Quantity,
    Role,
    lower,
    normalise,
    plain,
    scan,
)
from okr_workshop.domain.rules.kr_roles import (
    find_pair,
    find_range,
    mark,
    pick_roles,
    qualify,
    relative_direction,
)


@dataclass(frozen=True)
class ParsedKeyResult:
    """The measurable fields a sentence states. A relative change ("de 20 %", "by 10%",
    "halve") is ``change`` (positive, in percent of the baseline when ``change_percent``),
    never ``target``: the number to reach is only known with the baseline. ``factor`` is the
    multiplier a change was said with ("tripler", "1.5x": 3, 1.5).

    A sentence whose verb and numbers disagree ("Allonger le délai de 21 à 15 jours") is a
    ``contradiction``: the verb's direction and the numbers' are both kept, and ``direction``
    is None — the reader never picks a side for the coach."""

    metric: str
    baseline: float | None
    target: float | None
    unit: str
    direction: Direction | None
    change: float | None = None
    change_percent: bool = True
    factor: float | None = None
    contradiction: tuple[Direction, Direction] | None = None  # (the verb's, the numbers')


@dataclass(eq=False)
class Reading:
    """One sentence as read: what the judgement needs, and what the metric and the direction
    are worked out from when asked (:attr:`parsed`; judging a key result never needs its
    metric, which costs a quarter of reading the sentence).

    Read-only by convention, not frozen: a frozen dataclass sets each of these fields through
    ``object.__setattr__``, which was a tenth of the time spent reading a sentence.
    """

    original: str  # as typed, for quoting
    low: str  # normalised and lower case, with the same length and indices as ``original``
    bare: str  # ``low`` without accents, as verbs and vague words are matched
    language: Language
    baseline: float | None
    target: float | None
    unit: str
    lead: str = ""  # the opening verb as written ("Organiser")
    lead_kind: Lead = Lead.NONE
    lead_span: tuple[int, int] = (0, 0)
    verb: Direction | None = None  # the direction the opening verb (or noun) says
    relative: bool = False  # a change is said, not a number to reach (a factor alone too)
    target_is_change: bool = False  # the target's number is that change ("+15 %")
    factor: Decimal | None = None
    factor_span: tuple[int, int] | None = None
    outcome_clause: bool = False  # "… pour atteindre 500 clients", "… to reach 500"
    dates: tuple[tuple[int, int], ...] = ()
    target_follows_lead: bool = False  # "Organiser 4 ateliers": the number counts the work
    # "Envoyer 90 % des devis en moins de 24 h, contre 55 % aujourd'hui": a share of the work
    # done to a standard, or followed from a baseline, is a rate that can be steered.
    service_level: bool = False
    share: bool = False  # the target is a share: "90 % des commandes"
    mismatch: str = ""  # the opening verb, when the numbers go the other way
    # The numbers read as baseline and target (a pair when said "de X à Y"), and the
    # changes and band tops said besides them: the metric is what is left around them.
    base_at: Quantity | None = field(default=None, repr=False)
    target_at: Quantity | None = field(default=None, repr=False)
    pair: bool = False
    others: list[Quantity] = field(default_factory=list, repr=False)
    metric_start: int = 0

    @property
    def figure(self) -> bool:
        return self.target is not None or self.factor is not None

    @property
    def change(self) -> tuple[float, bool] | None:
        """(amount, in percent of the baseline) when the sentence says a relative change
        rather than a number to reach: "Réduire de 20 % les invendus" is (20, True),
        "Réduire de 2 jours le délai" (2, False), "Diviser par deux" (50, True)."""
        if not self.relative:
            return None
        if self.factor is not None and self.target is None:
            return float(abs(self.factor - 1) * 100), True
        if self.target is None or self.target == 0:
            return None
        return self.target, self.unit == "%"

    @property
    def change_unit(self) -> str:
        """What a relative change counts when the number has no unit of its own: the noun
        of "500 more customers", "500 clients de plus"."""
        if self.unit or self.target_at is None:
            return self.unit
        found = _COUNTED_AFTER.match(self.original, self.target_at.end)
        return next((g for g in found.groups() if g), "") if found else ""

    @functools.cached_property
    def parsed(self) -> ParsedKeyResult:
        """Metric, baseline, target, unit and direction (worked out on first use)."""
        metric = metric_phrase(
            self.original, self.low, self.language, self.metric_start, self.base_at,
            self.target_at, self.pair, self.dates, self.factor_span, self.others)
        direction = _direction(self, metric)
        contradiction = None
        if self.mismatch and self.verb is not None and direction is not None:
            contradiction, direction = (self.verb, direction), None
        change = self.change
        factor = float(self.factor) if self.factor is not None else None
        if change is None:
            return ParsedKeyResult(metric=metric, baseline=self.baseline, target=self.target,
                                   unit=self.unit, direction=direction, factor=factor,
                                   contradiction=contradiction)
        amount, percent = change
        # "+20 %" of a revenue says nothing of the revenue's unit; "2 jours" does.
        return ParsedKeyResult(metric=metric, baseline=self.baseline, target=None,
                               unit="" if percent else self.change_unit, direction=direction,
                               change=amount, change_percent=percent, factor=factor)


_COUNTED_AFTER = re.compile(
    r"\s*(?:more|fewer|additional|extra|new)\s+([^\W\d_]+)"
    r"|\s*([^\W\d_]+)\s+(?:de plus|de moins|supplémentaires?|en plus)\b", re.IGNORECASE)
_ACCENTS = re.compile(r"[éèêàçùûôîïëœâ]")


def detect_language(text: str) -> Language:
    """French or English, from accents, stop words and typography. A tie goes to French,
    except when nothing at all points to French (no accent, no French word)."""
    low = lower(normalise(text))
    tokens = re.findall(r"[a-zà-ÿœ]+'?", low)
    fr = sum(1 for t in tokens if t in w.FRENCH_HINTS or t in w.FRENCH_VERB_WORDS
             or t.endswith("'") or _ACCENTS.search(t))
    en = sum(1 for t in tokens if t in w.ENGLISH_HINTS or t in w.ENGLISH_VERB_WORDS)
    fr += len(re.findall(r"\d\s%|«|»", low))
    en += len(re.findall(r"\d%|\$\s?\d", low))
    if en > fr or (fr == 0 and tokens):
        return Language.ENGLISH
    return Language.FRENCH


_LANGUAGES = {language.value: language for language in Language}


def _as_language(language: Language | str | None, text: str) -> Language:
    if language is None or language == "auto":
        return detect_language(text)
    # A dictionary look-up costs far less than the enum's; anything else is refused by it.
    found = _LANGUAGES.get(language) if isinstance(language, str) else None
    return found or Language(language)


_SHARE_AFTER = re.compile(r"\s*(?:des|du|de la|de l'|d'|of)\b")
_FOLLOWS = re.compile(r"\s*(?:(?:les|the|des|de|d'|du|a|an|our|nos|all|tous les|toutes les)\s*)?")


# One pattern for every word, compiled once: this runs for every sentence judged.
_LOWER_IS_BETTER = re.compile("|".join(rf"\b{re.escape(word)}" for word in w.LOWER_IS_BETTER))


def _lower_is_better(low: str) -> bool:
    return _LOWER_IS_BETTER.search(low) is not None


def read(text: str, language: Language | str | None = None) -> Reading:
    """Parse a sentence and keep what the judgement needs (internal to the rules)."""
    lang = _as_language(language, text)
    s = normalise(text)
    low = lower(s)
    bare = plain(low)  # same length: spans found in one are spans of the others
    kind, lead_span = opening_verb(bare)
    lead_word = " ".join(bare[lead_span[0]:lead_span[1]].split())  # the verb's words, one space
    # A numbered list ("1. Recruter…") is not a value; after "to reach" / "pour atteindre",
    # the numbers of the outcome are the ones that count.
    qs = [q for q in scan(s, low, lang) if q.start >= lead_span[0]]
    # "… pour atteindre 500": the outcome clause counts for an activity, and otherwise only
    # when there is a target (looked for below, once there is one).
    outcome = outcome_clause_at(bare, lead_span[1]) if kind == Lead.ACTIVITY else None
    if outcome is not None:
        qs = [q for q in qs if q.start > outcome[0]] or qs
    found = find_factor(low)
    factor = found[0] if found else None
    verb = verb_direction(low, bare, lead_word)
    if factor is not None and factor > 1 and verb is Direction.DECREASE:
        factor = 1 / factor  # "Cut failed deployments by a factor of four"
    if factor == _HALF and verb is Direction.INCREASE and "halv" not in low and (
            "divis" not in low and "divid" not in low):
        factor = 1 + _HALF  # "Augmenter de moitié", "Increase sales by half": +50 %
    if found:  # "x1,5", "4x": the factor's own digits are no value
        qs = [q for q in qs if q.end <= found[1][0] or q.start >= found[1][1]]
    dates = tuple(masked_spans(low)[0])
    pair = find_pair(low, qs)
    for q in qs:
        if pair is None or q not in pair:
            qualify(low, q)
    changes = kind in (Lead.INCREASE, Lead.DECREASE, Lead.SOFT)  # the verb says a change
    relative_de = (changes and factor is None
                   and lead_word not in ("ramener", "porter", "diviser"))
    for q in qs:
        mark(low, q, relative_de, lang)
        if changes and (q.unit == "pts" or q.unit in BASIS_POINTS) and not q.role and (
                pair is None):
            q.role = Role.RELATIVE  # "Gagner 10 points": points after such a verb are a change
    find_range(low, qs)
    base, target = pick_roles(qs, pair, factor, low)
    b_value = base.value if base is not None else None
    t_value = target.value if target is not None else None
    unit = (target.unit if target is not None else "") or (base.unit if base is not None else "")
    # "25 per cent on last year's 1,200", "40% vs the current 10 hours": a share of a level
    # that is not one is a change.
    computed = False  # the target worked out from a change and its starting value
    relative = pair is None and target is not None and (target.role == Role.RELATIVE or (
        target.unit == "%" and base is not None and base.unit not in ("", "%", "pts")
        and base.unit not in BASIS_POINTS))
    if relative and t_value is not None:
        t_value = abs(t_value)  # "-15 %" is a change of 15 %, downwards
        if base is None:  # "Baisser de 15 % les 2 000 tonnes": a change applies to a level
            base = next((q for q in qs if q is not target and not q.part
                         and q.role in (Role.NONE, Role.DE, Role.FROM, Role.BASELINE)), None)
            b_value = base.value if base is not None else None
        if b_value is not None:  # the change and its starting value: the target follows
            assert target is not None and base is not None
            t_value = _applied(b_value, t_value, target.unit,
                               relative_direction(low, target, verb))
            unit = base.unit or (
                "" if target.unit in ("%", "pts", *BASIS_POINTS) else target.unit)
            relative, computed = False, True
    if factor is not None and pair is None:
        if b_value is not None and t_value is None:
            t_value = b_value * factor
        elif t_value is not None and b_value is None:
            b_value = t_value / factor
    if kind != Lead.ACTIVITY and target is not None:
        outcome = outcome_clause_at(bare, lead_span[1])
    outcome_clause = outcome is not None and target is not None and target.start > outcome[0]
    share = target is not None and target.unit == "%" and _SHARE_AFTER.match(
        low[target.end:]) is not None
    mismatch = ""
    said_sign = {"+": Direction.INCREASE, "-": Direction.DECREASE}.get(
        target.sign if target is not None and target.role == Role.RELATIVE else "")
    if said_sign is not None and verb is not None and said_sign is not verb and (
            kind in (Lead.INCREASE, Lead.DECREASE)):
        mismatch = s[lead_span[0]:lead_span[1]]  # "Augmenter les coûts de -15 %"
    if (b_value is not None and t_value is not None and b_value != t_value and not relative
            and not computed):  # a computed target goes the way the change said
        said = Direction.INCREASE if t_value > b_value else Direction.DECREASE
        # Without an opening verb, only a participle right before the numbers says a way
        # ("Churn reduced from 3% to 5%"); "sans baisser les prix" says none.
        participle = None if lead_word else PARTICIPLE.search(bare)
        if (kind in (Lead.INCREASE, Lead.DECREASE) or lead_word in _SAYS_WHICH_WAY
                or participle is not None) and verb is not None and verb is not said:
            said_by = participle.span(participle.lastgroup) if participle else lead_span
            mismatch = s[said_by[0]:said_by[1]]
    follows = target is not None and kind in (Lead.ACTIVITY, Lead.SOFT, Lead.MILESTONE) and (
        _FOLLOWS.fullmatch(low[lead_span[1]:target.start]) is not None)
    return Reading(
        original=text, low=low, bare=bare, language=lang,
        baseline=float(b_value) if b_value is not None else None,
        target=float(t_value) if t_value is not None else None, unit=unit,
        lead=s[lead_span[0]:lead_span[1]], lead_kind=kind, lead_span=lead_span, verb=verb,
        relative=relative or (factor is not None and b_value is None),
        target_is_change=relative, factor=factor, factor_span=found[1] if found else None,
        outcome_clause=outcome_clause, dates=dates, target_follows_lead=follows,
        service_level=share and (b_value is not None or any(
            q.part == Part.CONDITION and q is not target for q in qs)),
        share=share, mismatch=mismatch, base_at=base, target_at=target, pair=pair is not None,
        others=[q for q in qs
                if q.role in (Role.RELATIVE, Role.CEILING) and q not in (base, target)],
        metric_start=outcome[1] if outcome_clause and kind == Lead.ACTIVITY else lead_span[1],
    )


_HALF = Decimal("0.5")
# Wishes that still say which way ("Boost wait time from 11 to 4 minutes" contradicts itself);
# "improve" and "optimise" do not: a shorter wait is an improvement.
_SAYS_WHICH_WAY = frozenset(("boost", "booster", "maximise", "maximize", "maximiser",
                             "minimise", "minimize", "minimiser"))


def _applied(base: Decimal, change: Decimal, unit: str, direction: Direction) -> Decimal:
    """The level a change leads to from ``base``: "-25 %" of 12 days is 9 days, "+10
    points" from 48 % is 58 %, "+150 bps" from 38.5 % is 40 %, "-2 days" from 8 days is 6."""
    # "150 bps" (basis points) is 1.5 points
    amount = base * change / 100 if unit == "%" else (
        change / 100 if unit in BASIS_POINTS else change)
    return base - amount if direction is Direction.DECREASE else base + amount


def _direction(r: Reading, metric: str) -> Direction | None:
    """Which way the key result goes, from the numbers first, then the words."""
    q, baseline, target, verb = r.target_at, r.baseline, r.target, r.verb
    if baseline is not None and target is not None and baseline != target:
        return Direction.INCREASE if target > baseline else Direction.DECREASE
    if q is not None and (q.word or (target == 0 and r.base_at is None)):
        return Direction.AT_MOST
    if q is not None and q.role in (Role.AT_LEAST, Role.AT_MOST):
        return Direction(q.role)
    if r.target_is_change and q is not None:
        return relative_direction(r.low, q, verb)
    if r.factor is not None:
        return Direction.INCREASE if r.factor > 1 else Direction.DECREASE
    less_better = not r.share and _lower_is_better(metric.lower())
    if r.lead_kind == Lead.HOLDING and target is not None:
        return Direction.AT_MOST if less_better else Direction.AT_LEAST
    if verb is not None or target is None:
        return verb
    return Direction.DECREASE if less_better else Direction.INCREASE


def parse_sentence(text: str, language: Language | str | None = None) -> ParsedKeyResult:
    """Propose metric, baseline, target, unit and direction (language None: detected)."""
    return read(text, language).parsed
