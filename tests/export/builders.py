"""Workshops for the export tests: hostile text, long text, many teams.

Built from the domain model directly (no library), with fixed timestamps so a deck built
twice is byte-identical.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from okr_workshop.domain.model import (
    Cadence,
    CheckIn,
    Commitment,
    Dependency,
    Direction,
    Feedback,
    FeedbackKind,
    KeyResult,
    Language,
    Objective,
    ObjectiveStatus,
    Participant,
    Ritual,
    RitualKind,
    StrategicObjective,
    Team,
    Workshop,
)
from okr_workshop.domain.values import new_id

FIXED = datetime(2027, 2, 3, 4, 5, 6, tzinfo=UTC)

# What a participant may type: markup, entities, file and script links, emoji, RTL text.
MARKUP = '<b>gras</b> <font size=80 color="red">énorme</font> & <i>moi</i>'
IMAGE = '<img src="/etc/passwd" width="400" height="400"/> fin'
LINK = '<a href="javascript:alert(1)">clic</a> <link href="https://example.org">x</link>'
ENTITIES = "&amp; &lt;b&gt; &nbsp; &#60; <br/> <para> ]]> <![CDATA[ x ]]>"
EMOJI = "Fusée 🚀 famille 👨‍👩‍👧 drapeau 🇫🇷 pouce 👍🏽 cœur ❤️ fin"
HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
CONTROL = "avant\x00\x07après\tonglet\r\nligne\u2028séparateur"
LONG_WORD = "x" * 3000


def paragraph(characters: int, seed: str = "Lorem") -> str:
    """About ``characters`` characters of numbered words ("Lorem0001 ipsum0002 …"): every
    word is unique, so a test can check that each one is printed, in order."""
    words = ("ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit")
    text, number = seed, 0
    while len(text) < characters:
        number += 1
        text += f" {words[number % len(words)]}{number:04d}"
    return text[:characters].rsplit(" ", 1)[0] if len(text) > characters else text


def numbered_words(text: str) -> list[str]:
    """The numbered words of a :func:`paragraph`, in order."""
    return re.findall(r"[a-z]+\d{4}", text)


def key_result(text: str, **fields) -> KeyResult:
    defaults = dict(metric="Taux", baseline=10.0, target=20.0, unit="%",
                    direction=Direction.INCREASE, data_source="Tableau de bord",
                    owner="Alice Martin", due=date(2027, 3, 31))
    return KeyResult(text=text, **{**defaults, **fields})


def team(name: str, objectives: list[tuple[str, list[KeyResult]]], **fields) -> Team:
    team_id = new_id()
    built = tuple(
        Objective(team_id=team_id, title=title, status=ObjectiveStatus.KEPT,
                  commitment=Commitment.COMMITTED, key_results=tuple(krs), position=index)
        for index, (title, krs) in enumerate(objectives)
    )
    return Team(id=team_id, name=name, objectives=built, **fields)


def workshop(teams: list[Team], language: Language = Language.FRENCH, **fields) -> Workshop:
    defaults = dict(
        title="Atelier OKR — T1 2027", organisation="Société Œuvres & Cie",
        cycle_label="T1 2027", cycle_start=date(2027, 1, 1), cycle_end=date(2027, 3, 31),
        facilitator="Léa Dupont", vision="Être « la référence » de l’œuvre.",
        created_at=FIXED, updated_at=FIXED,
    )
    return Workshop(teams=tuple(teams), language=language, **{**defaults, **fields})


def hostile_workshop(language: Language = Language.FRENCH) -> Workshop:
    """Every field the deck prints holds text that would break naive markup or layout."""
    strategic = StrategicObjective(title=MARKUP, why=paragraph(5000, "Pourquoi"))
    first = team(
        "<b>Équipe</b> & <font size=80>Co</font> " + EMOJI,
        [
            (IMAGE, [key_result(LINK, owner=ENTITIES, data_source=CONTROL),
                     key_result(EMOJI + " " + HEBREW + " " + ARABIC, unit="€ <b>",
                                check_ins=(CheckIn(on=date(2027, 1, 15), value=15.0,
                                                   confidence=7),))]),
            ("Long " + LONG_WORD[:400], [key_result(paragraph(500, "Résultat"),
                                                    owner=paragraph(5000, "Owner"))]),
        ],
        department=MARKUP,
    )
    first = Team(**{**first.__dict__, "objectives": tuple(
        Objective(**{**o.__dict__, "strategic_objective_id": strategic.id})
        for o in first.objectives)})
    ambassador = Participant(name="<script>alert(1)</script>", team_id=first.id)
    second = team(paragraph(500, "Nom"), [(paragraph(500, "Titre"), [])])
    return workshop(
        [first, Team(**{**second.__dict__, "ambassador_id": ambassador.id})],
        language,
        title=MARKUP + " " + EMOJI,
        organisation=paragraph(500, "Organisation"),
        facilitator=LINK,
        vision=paragraph(5000, "Vision") + "\n\n" + LONG_WORD,
        participants=(ambassador,),
        strategic_objectives=(strategic,),
        dependencies=(Dependency(from_objective_id=first.objectives[0].id,
                                 to_objective_id=first.objectives[1].id, note=ENTITIES),),
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY,
                        note=paragraph(5000, "Rituel")),),
        feedback=(Feedback(kind=FeedbackKind.IDEA, text=paragraph(5000, "Retour"),
                           author=IMAGE),
                  Feedback(kind=FeedbackKind.WENT_WELL, text=HEBREW + " " + EMOJI,
                           author=ARABIC)),
    )


# Distinct, measurable key results (metric, 40 → 60 like the fields), so the rules have
# little to say about them, as at a real restitution.
SENTENCES = (
    ("Porter la satisfaction des clients de 40 % à 60 %", "Satisfaction des clients"),
    ("Faire passer le taux de réachat de 41 % à 61 %", "Taux de réachat"),
    ("Porter la part des commandes en ligne de 40 % à 60 %", "Part des commandes en ligne"),
    ("Faire passer le taux de service de 41 % à 61 %", "Taux de service"),
    ("Porter l'adoption de l'application de 40 % à 60 %", "Adoption de l'application"),
    ("Faire passer la part de produits locaux de 41 % à 61 %", "Part de produits locaux"),
)


def big_workshop(teams: int = 40, objectives: int = 3, key_results: int = 2,
                 long_texts: bool = False, check_ins: bool = True,
                 language: Language = Language.FRENCH) -> Workshop:
    """The benchmark's shape: ``teams`` teams × ``objectives`` kept objectives ×
    ``key_results`` key results, with check-ins; ``long_texts`` makes every text long."""
    strategic = tuple(StrategicObjective(title=f"Axe stratégique {n}", why=paragraph(200))
                      for n in range(1, 5))
    built = []
    for number in range(1, teams + 1):
        team_id = new_id()
        objectives_ = []
        for o in range(objectives):
            title = (paragraph(300, f"Objectif {number}.{o}") if long_texts
                     else f"Objectif {number}.{o + 1} : ravir nos clients de la région")
            krs = tuple(
                key_result(
                    paragraph(300, f"KR {number}.{o}.{k}") if long_texts
                    else SENTENCES[(o * key_results + k) % len(SENTENCES)][0],
                    metric=SENTENCES[(o * key_results + k) % len(SENTENCES)][1],
                    baseline=40.0 + k, target=60.0 + k, position=k,
                    owner=paragraph(200, "Responsable") if long_texts else "Camille Durand",
                    check_ins=(CheckIn(on=date(2027, 1, 15), value=45.0 + k, confidence=6),)
                    if check_ins else (),
                )
                for k in range(key_results)
            )
            objectives_.append(Objective(
                team_id=team_id, title=title, status=ObjectiveStatus.KEPT,
                strategic_objective_id=strategic[o % len(strategic)].id,
                commitment=Commitment.ASPIRATIONAL, key_results=krs, position=o))
        objectives_.append(Objective(team_id=team_id, title=f"Idée au parking {number}",
                                     status=ObjectiveStatus.PARKED, position=objectives))
        built.append(Team(id=team_id, name=f"Équipe {number:02d} — Région {number % 7}",
                          department="Ventes" if number % 2 else "Opérations",
                          objectives=tuple(objectives_), position=number))
    return workshop(
        built, language, title="Séminaire annuel — 40 équipes",
        strategic_objectives=strategic,
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.FORTNIGHTLY),),
        feedback=(Feedback(kind=FeedbackKind.WENT_WELL, text="Très clair."),),
    )
