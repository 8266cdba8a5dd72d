"""Each kept objective as one sentence the room reads aloud in the Review step.

French: « Nous allons {objectif} — mesuré par {RC 1} et {RC 2}. »
English: "We will {objective} as measured by {KR 1} and {KR 2}." (with a comma before "as"
when the objective holds one of its own, so the room hears where it ends).

Objectives and key results are usually written as a verb-led sentence ("Réduire le taux…",
"Increase the rate…"), so they are spliced in after "Nous allons" / "We will" / "mesuré par"
with their first letter lower-cased. The rule stays simple and predictable, because a
program cannot tell a verb from a proper noun: the first letter is lower-cased unless the
first word is an acronym or a brand — more than one letter with any other capital in it
("NPS", "B2B", "McDonald", "YouTube") — or the English pronoun "I". A name at the start
("Paris…") is lower-cased too: objectives start with a verb in practice.

A key result said as a change ("Porter le taux de conversion de 1,8 % à 3 %", "Increase
conversion from 2.1% to 2.8%") is read as what is measured: the verb goes, since "de … à …" /
"from … to …" already says which way ("mesuré par le taux de conversion de 1,8 % à 3 %",
"as measured by conversion from 2.1% to 2.8%"). Any other key result is read as written.

A key result that stays an action once read ("Ship the new booking flow", "Améliorer la
satisfaction client", "Augmenter le panier moyen de 20 %") cannot follow "mesuré par" / "as
measured by": it is said after the objective as another thing the team will do ("We will make
booking simple and ship the new booking flow"), with "(no measure yet)" / "(pas encore de
mesure)" when it holds no figure at all, so the room hears that nothing measures it.

Words the room may have typed already ("Nous allons …", "We will …", "To …") are not
repeated, final punctuation is dropped so the sentence ends once, and in French the usual
typography is applied to the whole sentence (non-breaking spaces before : ; ! ? % » and
before the dash, typographic apostrophe).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from okr_workshop.domain.catalogue import entry, words
from okr_workshop.domain.model import (
    Direction,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Team,
    Workshop,
)
from okr_workshop.domain.rules.kr_parse import read
from okr_workshop.domain.rules.kr_sentence import parse_sentence
from okr_workshop.domain.rules.wording import NBSP, french

# What the room may have written before the verb, already said by the sentence's frame.
_LEADS = {
    Language.FRENCH: re.compile(r"^nous\s+allons\s+", re.IGNORECASE),
    Language.ENGLISH: re.compile(r"^(?:we\s+will\s+|we'll\s+|we’ll\s+)?(?:to\s+)?", re.IGNORECASE),
}
# Trailing punctuation that would clash with the sentence's own "." or the words after it.
_TRAILING = " \t.!?;,:…"
_FIRST_WORD = re.compile(r"[^\s'’]+")
# Verbs of change that "de X à Y" / "from X to Y" makes redundant once read as a measure.
_CHANGE_VERB = {
    Language.FRENCH: re.compile(
        r"^(?:faire\s+(?:passer|progresser|baisser|croître|grimper)|porter|passer|augmenter|"
        r"accroître|réduire|diminuer|baisser|ramener|abaisser|relever|améliorer|maintenir|"
        r"garder)\s+",
        re.IGNORECASE,
    ),
    Language.ENGLISH: re.compile(
        r"^(?:increase|grow|raise|boost|improve|reduce|decrease|lower|cut|lift|take|move|keep|"
        r"maintain)\s+",
        re.IGNORECASE,
    ),
}


def lower_first(text: str, language: Language | str) -> str:
    """``text`` with its first letter lower-cased, unless the first word looks like an
    acronym or a brand (see the module's rule) or is the English "I"."""
    match = _FIRST_WORD.match(text)
    if not match or not text[0].isalpha() or not text[0].isupper():
        return text
    word = match.group(0)
    if len(word) > 1 and any(c.isupper() for c in word[1:]):
        return text
    if word == "I" and Language(language) is Language.ENGLISH:
        return text
    return text[0].lower() + text[1:]


def clause(text: str, language: Language | str) -> str:
    """A user's objective or key result, ready to sit inside the sentence."""
    lang = Language(language)
    text = " ".join(text.split()).rstrip(_TRAILING)
    stripped = _LEADS[lang].sub("", text, count=1)
    if stripped:
        text = stripped
    return lower_first(text, lang)


def measure_clause(text: str, language: Language | str) -> str:
    """A key result as the room hears it after "mesuré par" / "as measured by"."""
    lang = Language(language)
    said = clause(text, lang)
    verb = _CHANGE_VERB[lang].match(said)
    if verb is None:
        return said
    rest = said[verb.end():]
    if _STARTS_WITH_VALUE.match(rest):
        return said  # "passer de 8 000 à 15 000 utilisateurs": no measure named before
    parsed = parse_sentence(text, lang)
    threshold = parsed.direction in (Direction.AT_LEAST, Direction.AT_MOST)
    if parsed.target is None or (parsed.baseline is None and not threshold):
        return said  # "augmenter de 20 %" needs its verb to make sense
    return rest


_STARTS_WITH_VALUE = re.compile(r"^(?:de|d'|d’|from|à|to)?\s*[\d$€£]", re.IGNORECASE)
# A comma of the sentence, not one inside a number ("1,8 %", "1,200 a month").
_CLAUSE_COMMA = re.compile(r",(?!\d)|(?<!\d),")


# The catalogue's "statements" section: what is added after an action nothing measures.
MESSAGES = {
    "statement.no_measure": entry(en=" (no measure yet)", fr=" (pas encore de mesure)"),
}


def is_action(said: str, language: Language | str) -> bool:
    """True when a key result as :func:`measure_clause` reads it still starts with a verb
    ("ship the new booking flow"): it cannot be said after "as measured by"."""
    reading = read(said, Language(language))
    return bool(reading.lead_kind) and reading.lead_span[0] == 0


def _action_clause(said: str, kr: KeyResult, language: Language) -> str:
    """An action said after "we will … and": flagged when nothing at all measures it."""
    if read(said, language).figure or kr.target is not None:
        return said
    return said + words("statements", "statement.no_measure", language)


def join_clauses(items: Sequence[str], language: Language | str) -> str:
    """"A, B et C" / "A, B and C". When an item before the last holds a comma of its own,
    the room must still hear where it ends: two items take a comma before the conjunction
    ("A, à volume égal, et B"), three or more are separated by semicolons."""
    lang = Language(language)
    fr = lang is Language.FRENCH
    conjunction = " et " if fr else " and "
    if len(items) <= 1:
        return "".join(items)
    inner_comma = any(_CLAUSE_COMMA.search(item) for item in items[:-1])
    if len(items) == 2:
        return items[0] + ("," if inner_comma else "") + conjunction + items[1]
    if inner_comma:
        separator, last = (" ; ", " et ") if fr else ("; ", "; and ")
    else:
        separator, last = ", ", conjunction
    return separator.join(items[:-1]) + last + items[-1]


def objective_statement(
    workshop: Workshop, objective: Objective, language: Language | str | None = None
) -> str:
    """The sentence for ``objective``, in ``language`` (the workshop's by default)."""
    lang = Language(language if language is not None else workshop.language)
    goal = clause(objective.title, lang)
    results: list[str] = []
    actions: list[str] = []
    for kr in objective.key_results:
        said = measure_clause(kr.text, lang)
        if is_action(said, lang):
            actions.append(_action_clause(said, kr, lang))
        else:
            results.append(said)
    if lang is Language.FRENCH:
        if not results and not actions:
            return french(f"Nous allons {goal}{NBSP}— aucun résultat clé pour l'instant.")
        sentence = f"Nous allons {goal}"
        if results:
            sentence += f"{NBSP}— mesuré par {join_clauses(results, lang)}"
            # The dash's aside is closed before the actions ("— mesuré par … — et livrer …").
            sentence += f"{NBSP}—" if actions else ""
        if actions:
            sentence += f" et {join_clauses(actions, lang)}"
        return french(sentence + ".")
    if not results and not actions:
        return f"We will {goal} — no key results yet."
    sentence = f"We will {goal}"
    if results:
        # A comma inside the objective is closed before the key results, as for the list.
        lead = ", as measured by" if "," in goal else " as measured by"
        sentence += f"{lead} {join_clauses(results, lang)}" + ("," if actions else "")
    if actions:
        sentence += f" and {join_clauses(actions, lang)}"
    return sentence + "."


@dataclass(frozen=True)
class TeamStatements:
    team: Team
    statements: tuple[tuple[Objective, str], ...]  # kept objectives, in the team's order


def team_statements(
    workshop: Workshop, language: Language | str | None = None
) -> tuple[TeamStatements, ...]:
    """Every team with at least one kept objective, and the sentence of each."""
    groups = []
    for team in workshop.teams:
        kept = team.objectives_with(ObjectiveStatus.KEPT)
        if kept:
            groups.append(TeamStatements(
                team, tuple((o, objective_statement(workshop, o, language)) for o in kept)
            ))
    return tuple(groups)


def read_aloud_text(workshop: Workshop, language: Language | str | None = None) -> str:
    """Plain text for the clipboard: each team's name, then its sentences, a blank line
    between teams."""
    blocks = [
        "\n".join([group.team.name, *(sentence for _, sentence in group.statements)])
        for group in team_statements(workshop, language)
    ]
    return "\n\n".join(blocks) + ("\n" if blocks else "")
