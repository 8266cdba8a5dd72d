"""How a team's objective is written and anchored (mistakes 1 and 3).

Every objective is judged on its wording (a number in it, business-as-usual verbs, a project
named instead of an ambition: :mod:`.project_words`), so the room gets feedback while it
writes candidates. Only kept objectives are asked for a why, an alignment (or a reason not
to be aligned) and a commitment level. Wording findings on parked
objectives are mere information: the parking lot is never a problem.
"""

from __future__ import annotations

import re

from okr_workshop.domain.entered import is_blank
from okr_workshop.domain.findings import Finding, Severity, Subject
from okr_workshop.domain.model import Objective, ObjectiveStatus
from okr_workshop.domain.rules.project_words import project_opening
from okr_workshop.domain.rules.wording import entry, normalise, short

HAS_NUMBER = "objective.has_number"
BUSINESS_AS_USUAL = "objective.business_as_usual"
PROJECT = "objective.project"
NO_WHY = "objective.no_why"
NOT_ALIGNED_WITHOUT_REASON = "objective.not_aligned_without_reason"
COMMITMENT_NOT_SET = "objective.commitment_not_set"

MESSAGES = {
    HAS_NUMBER: entry(
        fr=("« {objective} » contient un chiffre : c'est sans doute un résultat clé.",
            "Gardez l'objectif qualitatif et motivant ; mettez le chiffre dans un résultat clé."),
        en=("“{objective}” contains a number: it is probably a key result.",
            "Keep the objective qualitative and inspiring; put the number in a key result."),
    ),
    BUSINESS_AS_USUAL: entry(
        fr=("« {objective} » décrit la continuité (« {word} ») plutôt qu'un changement.",
            "Demandez ce qui doit être différent à la fin du cycle ; l'activité courante se "
            "suit avec un indicateur de santé."),
        en=("“{objective}” describes business as usual (“{word}”) rather than a change.",
            "Ask what should be different at the end of the cycle; day-to-day work is "
            "tracked with a health metric."),
    ),
    PROJECT: entry(
        fr=("« {objective} » décrit un projet : il sera terminé une fois livré, que quelque "
            "chose ait changé ou non.",
            "« {project} » n'est qu'un moyen : demandez ce que cela doit changer pour les "
            "clients ou pour l'entreprise, faites-en l'objectif, et gardez le projet comme "
            "initiative pour y arriver."),
        en=("“{objective}” describes a project: it is done once delivered, whether or not "
            "anything changed.",
            "“{project}” is only a means: ask what it should change for customers or for the "
            "business, make that the objective, and keep the project as an initiative to "
            "get there."),
    ),
    NO_WHY: entry(
        fr=("« {objective} » n'a pas de pourquoi.",
            "Écrivez en une phrase pourquoi c'est important maintenant : c'est ce qui "
            "embarque l'équipe."),
        en=("“{objective}” has no why.",
            "Write in one sentence why it matters now: that is what gets the team on board."),
    ),
    NOT_ALIGNED_WITHOUT_REASON: entry(
        fr=("« {objective} » n'est relié à aucun objectif stratégique, et la raison n'est "
            "pas notée.",
            "Reliez-le à l'objectif stratégique qu'il sert, ou dites pourquoi il ne l'est "
            "pas (« Pourquoi non relié », à l'étape Contributions)."),
        en=("“{objective}” is not linked to a strategic objective, and no reason is given.",
            "Link it to the strategic objective it serves, or say why it is not "
            "(“Why not aligned”, in the Contributions step)."),
    ),
    COMMITMENT_NOT_SET: entry(
        fr=("On n'a pas dit si « {objective} » est un engagement ou une ambition.",
            "Un engagement se vise à 100 %, une ambition vers 70 % : dites à l'équipe "
            "lequel c'est."),
        en=("“{objective}” is not marked as committed or aspirational.",
            "Committed objectives aim for 100%, aspirational ones for about 70%: tell the "
            "team which this is."),
    ),
}

# Verbs of keeping things as they are (normalised: no accents, lower case).
BUSINESS_AS_USUAL_WORDS = frozenset({
    "maintenir", "maintenons", "maintien", "continuer", "continuons", "poursuivre",
    "poursuivons", "conserver", "conservons", "garder", "gardons", "preserver",
    "keep", "keeping", "maintain", "maintaining", "continue", "continuing", "sustain",
    "sustaining", "preserve", "preserving",
})

_NUMBER = re.compile(r"(?<![\w])([A-Za-z]?)(\d+(?:[.,]\d+)?)")
_DIGIT = re.compile(r"\d")
# What has digits without being a figure to reach (issue 11, point 19): a time of day
# ("avant 7 h", "7h30", "à 18 heures", "7:30 pm", "before 7 am") and a number that names a
# thing ("city #7", "magasin n° 1", "store no. 4"). "7 h" alone stays a figure: "livrer en
# 24 h" is a duration; only after a word that sets a moment ("avant", "à", "by"…) is it an
# hour of the day. Minutes glued to "h" ("7h30") or after a colon ("7:30") are a clock time.
# Looked at around each number only (anchored matches): most titles have no number at all.
_AM_PM = re.compile(r"\s?[ap]\.?m\b\.?", re.IGNORECASE)
_MINUTES = re.compile(r"[:h][0-5]\d(?!\d)(?:\s?[ap]\.?m\b\.?)?", re.IGNORECASE)
_HOUR_WORD = re.compile(r"\s?(?:h|heures?)(?:\s?[0-5]\d)?(?!\w)", re.IGNORECASE)
_MOMENT_BEFORE = re.compile(
    r"(?<![\w-])(?:avant|apr[eè]s|d[eè]s|vers|[aà]|jusqu['’][aà]|partir de|before|after|at|by"
    r"|from|until|till|around)\s+$", re.IGNORECASE)
_LABEL_MARKS = frozenset("#°º.")
_AFTER_HOUR = frozenset(" :hHaApP\u00a0")
_LABEL_BEFORE = re.compile(r"(?:#|\bn[°º]|\bno\.)\s?$", re.IGNORECASE)


def _not_a_figure(title: str, start: int, end: int, digits: str) -> int:
    """Where the time of day or the label that the number at ``start:end`` belongs to
    ends, or -1 when the number is a figure."""
    before = title[max(0, start - 2):start]
    if before and before[-1] in _LABEL_MARKS or before[:1] in _LABEL_MARKS:
        if _LABEL_BEFORE.search(title, max(0, start - 4), start):
            return end
    if len(digits) > 5 or end < len(title) and title[end] not in _AFTER_HOUR:
        return -1  # most figures: "95 %", "3 partenaires", "1,5 M€"
    hour, _, minutes = digits.replace(",", ".").partition(".")
    if len(hour) > 2 or int(hour) > 23 or (minutes and (len(minutes) != 2 or minutes > "59")):
        return -1
    found = _AM_PM.match(title, end)
    if found and int(hour) <= 12:
        return found.end()
    if minutes:
        return -1  # "7.30" without am/pm is a decimal
    found = _MINUTES.match(title, end)
    if found:
        return found.end()
    found = _HOUR_WORD.match(title, end)
    if found and _MOMENT_BEFORE.search(title, max(0, start - 20), start):
        return found.end()
    return -1


_TOKEN = re.compile(r"[^\W_]+")
# Any of those words anywhere in the normalised title: a title without one (most of them)
# needs no word-by-word look. Normalising a word gives a piece of the normalised title.
_ANY_BUSINESS_AS_USUAL = re.compile("|".join(sorted(BUSINESS_AS_USUAL_WORDS)))


def has_number(title: str) -> bool:
    """A figure in the title; years ("en 2027") and cycle labels ("T1", "Q3") don't count."""
    if not _DIGIT.search(title):
        return False  # most titles: one quick search instead of _NUMBER's look at every letter
    skip_to = -1  # the end of a time of day or a label: its minutes are not figures either
    for match in _NUMBER.finditer(title):
        if match.start() < skip_to:
            continue
        prefix, digits = match.group(1), match.group(2)
        if prefix.upper() in ("T", "Q", "S", "H") and len(digits) == 1:
            continue  # T1, Q3, S2, H1: a cycle label, not a target
        if prefix:
            continue  # a code like "V2" or "B2B"
        if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100:
            continue
        skip_to = _not_a_figure(title, match.start(2), match.end(2), digits)
        if skip_to < 0:
            return True
    return False


def business_as_usual_word(title: str) -> str | None:
    """The word that makes the title sound like business as usual, as it was typed."""
    if not _ANY_BUSINESS_AS_USUAL.search(normalise(title)):
        return None
    for token in _TOKEN.findall(title):
        if normalise(token) in BUSINESS_AS_USUAL_WORDS:
            return token
    return None


def objective_findings(objective: Objective) -> list[Finding]:
    found: list[Finding] = []
    name = ""  # the title quoted, worked out with the first finding (many have none)
    wording = Severity.INFO if objective.status == ObjectiveStatus.PARKED else Severity.WARNING

    def add(code: str, severity: Severity, **params: object) -> None:
        nonlocal name
        name = name or short(objective.title)
        found.append(Finding(code, severity, Subject.OBJECTIVE, objective.id,
                             {"objective": name, **params}))

    if has_number(objective.title):
        add(HAS_NUMBER, wording)
    word = business_as_usual_word(objective.title)
    if word is not None:
        add(BUSINESS_AS_USUAL, wording, word=word)
    project = project_opening(objective.title)
    if project is not None:
        add(PROJECT, wording, project=short(project, 50))
    if objective.status != ObjectiveStatus.KEPT:
        return found
    if is_blank(objective.why):
        add(NO_WHY, Severity.WARNING)
    if not objective.is_aligned and is_blank(objective.non_alignment_reason):
        add(NOT_ALIGNED_WITHOUT_REASON, Severity.WARNING)
    if objective.commitment is None:
        add(COMMITMENT_NOT_SET, Severity.INFO)
    return found
