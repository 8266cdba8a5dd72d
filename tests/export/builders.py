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


# One key-result sentence per sentence finding the deck can show, in both languages.
_REMARK_SENTENCES = {
    Language.FRENCH: ("Organiser 4 ateliers avec les équipes terrain",
                      "Terminer la migration du site d'ici mars",
                      "Améliorer la satisfaction client",
                      "La satisfaction des clients",
                      "Réduire le délai de livraison de 2 à 5 jours",
                      "Lancer une campagne pour porter la conversion de 2 % à 3 %"),
    Language.ENGLISH: ("Run 4 workshops with the field teams",
                       "Finish the site migration by March",
                       "Improve customer satisfaction",
                       "Customer satisfaction",
                       "Reduce delivery time from 2 to 5 days",
                       "Launch a campaign to raise conversion from 2% to 3%"),
}


def remarks_workshop(language: Language = Language.FRENCH, typed: str = "") -> Workshop:
    """A workshop that gives the rules something to say everywhere: every finding code a
    workshop with teams can raise (see ``tests/export/test_deck_markup.py``), remarks on
    every key result, every objective, every team. ``typed`` is appended to the key-result
    sentences (markup-looking text a participant may type)."""
    sentences = _REMARK_SENTENCES[language]
    suffix = f" {typed}" if typed else ""
    strategic = (StrategicObjective(title="Fidéliser nos clients", why=""),
                 StrategicObjective(title="Ouvrir un marché", why="Parce que."))
    structured = [  # one structured-field finding each
        key_result("Porter le NPS de 30 à 40 points" + suffix, metric="NPS", target=None),
        key_result("Porter le taux de réachat à 60 %" + suffix, metric="Réachat",
                   baseline=None),
        key_result("Tenir le taux de service à 95 %" + suffix, metric="Service",
                   baseline=95.0, target=95.0),
        key_result("Faire passer les retours de 20 % à 10 %" + suffix, metric="Retours",
                   baseline=20.0, target=10.0),
        key_result("Porter les ventes en ligne de 40 à 60" + suffix, metric="Ventes",
                   baseline=40.0, target=60.0, unit=""),
        key_result("Réduire de 20 % les invendus" + suffix, metric="Invendus",
                   baseline=None, target=None, change=20.0, unit="invendus",
                   direction=Direction.DECREASE),
        key_result("Réduire de 30 % la casse" + suffix, metric="Casse", baseline=None,
                   target=30.0, direction=Direction.DECREASE),  # the change taken for a target
        key_result("Porter les ventes du salon de 10 à 40 d'ici fin S1" + suffix,
                   metric="Salon"),  # a deadline after the cycle
        key_result("Porter les avis de 10 à 40 d'ici fin février" + suffix, metric="Avis 2",
                   unit=""),  # a deadline far from the due date (information), and no unit
    ]
    people = [
        key_result("Porter l'adoption de l'appli de 10 % à 30 %" + suffix, metric="Adoption",
                   owner=""),
        key_result("Porter la part locale de 10 % à 30 %" + suffix, metric="Part locale",
                   owner="Alice et Bruno"),
        key_result("Porter le taux d'avis de 10 % à 30 %" + suffix, metric="Avis",
                   data_source=""),
        key_result("Porter le taux de parrainage de 10 % à 30 %" + suffix,
                   metric="Parrainage", due=date(2028, 6, 30)),
        key_result("Porter le taux de parrainage de 10 % à 31 %" + suffix,
                   metric="Parrainage"),
    ]
    said = [key_result(sentence + suffix, metric=f"Phrase {n}")
            for n, sentence in enumerate(sentences)]
    first = team("Ventes " + suffix.strip(), [
        ("Ravir nos clients" + suffix, structured),
        ("Doubler les 3 canaux" + suffix, people),   # a figure in the title
        ("Maintenir la qualité" + suffix, said),     # business as usual
        ("Refondre l'intranet" + suffix, []),       # a project, over the rule, no KR
    ], department="Informatique")
    aligned = [Objective(**{**o.__dict__, "why": "Parce que." if o.position else "",
                            "strategic_objective_id": strategic[0].id if o.position else None,
                            "commitment": o.commitment if o.position else None})
               for o in first.objectives]
    first = Team(**{**first.__dict__, "objectives": tuple(aligned)})
    second = team("Support", [], department="Produit")  # nothing kept, no ambassador
    return workshop(
        [first, second], language, vision="",
        strategic_objectives=strategic,
        rituals=(Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.QUARTERLY),),
    )


def many_teams_workshop(teams: int = 25, language: Language = Language.FRENCH) -> Workshop:
    """:func:`big_workshop` with long texts (300-character titles and key results, 3 × 2),
    a why on every objective and a comment on every check-in: the issue's all-hands case."""
    base = big_workshop(teams=teams, long_texts=True, language=language)
    built = []
    for team_ in base.teams:
        objectives = []
        for objective in team_.objectives:
            krs = tuple(KeyResult(**{**kr.__dict__, "check_ins": tuple(
                CheckIn(**{**c.__dict__, "comment": paragraph(120, f"Commentaire {kr.id[:8]}")})
                for c in kr.check_ins)}) for kr in objective.key_results)
            objectives.append(Objective(**{**objective.__dict__, "key_results": krs,
                                           "why": paragraph(200, f"Pourquoi {objective.id[:8]}")}))
        if team_.position % 5 == 1:  # some teams left an objective undecided
            objectives.append(Objective(
                team_id=team_.id, title=paragraph(300, f"Indécis {team_.position}"),
                why=paragraph(200, f"Raison {team_.position}"), position=len(objectives)))
        built.append(Team(**{**team_.__dict__, "objectives": tuple(objectives)}))
    # Two people a team, the first its ambassador (names long, as some are).
    people = tuple(Participant(name=f"Personne {t.position:02d}-{n} {paragraph(40, 'Nom')}",
                               team_id=t.id, position=2 * t.position + n)
                   for t in built for n in range(2))
    built = [Team(**{**t.__dict__, "ambassador_id": people[2 * i].id})
             for i, t in enumerate(built)]
    return Workshop(**{**base.__dict__, "teams": tuple(built), "participants": people})


MESSY = "<b>x</b> & <i>"


def messy_teams_workshop(language: Language = Language.FRENCH) -> Workshop:
    """:func:`remarks_workshop` (remarks on every key result) with markup-looking text,
    accents and emoji everywhere a team slide prints, a why on most objectives (one left
    empty), a non-alignment reason, a threshold, and check-ins with comments (one empty)."""
    base = remarks_workshop(language, typed=MESSY)
    built = []
    for team_ in base.teams:
        objectives = []
        for index, objective in enumerate(team_.objectives):
            krs = []
            for number, kr in enumerate(objective.key_results):
                comment = "" if number == 1 else f"Élan {MESSY} 🚀 n°{index}.{number}"
                check_ins = (
                    CheckIn(on=date(2027, 1, 8), value=11.0, confidence=5,
                            comment=f"Avant {MESSY} {index}.{number}"),
                    CheckIn(on=date(2027, 2, 1 + number), value=14.0, confidence=7,
                            comment=comment),
                )
                krs.append(KeyResult(**{**kr.__dict__, "check_ins": check_ins,
                                        "owner": kr.owner and f"{kr.owner} {MESSY}",
                                        "data_source": kr.data_source
                                        and f"Outil « maison » {MESSY} {number}"}))
            if index == 1 and krs:
                krs[0] = KeyResult(**{**krs[0].__dict__, "direction": Direction.AT_LEAST,
                                      "baseline": 99.5, "target": 99.9, "unit": "%"})
            why = "" if index == 0 else f"Parce que « nos clients » {MESSY} ✨ {index}"
            fields = {**objective.__dict__, "key_results": tuple(krs), "why": why}
            if index == 2:
                fields.update(strategic_objective_id=None,
                              non_alignment_reason=f"Hors cadre {MESSY} é")
            objectives.append(Objective(**fields))
        # A parked and an undecided objective, each with its why.
        for status, word in ((ObjectiveStatus.PARKED, "Plus tard"),
                             (ObjectiveStatus.CANDIDATE, "Peut-être")):
            objectives.append(Objective(
                team_id=team_.id, title=f"{word} {MESSY} 🚀 {team_.name}", status=status,
                why=f"{word}, parce que « {MESSY} » é {team_.name}", position=len(objectives)))
        built.append(Team(**{**team_.__dict__, "objectives": tuple(objectives)}))
    people = (Participant(name=f"Zoé Ñúñez & Co {MESSY}", team_id=built[0].id),
              Participant(name="Chén Lǐ 🧗", team_id=built[0].id, position=1),
              Participant(name=f"Invité sans équipe {MESSY}", position=2))
    built[0] = Team(**{**built[0].__dict__, "ambassador_id": people[0].id})
    return Workshop(**{**base.__dict__, "teams": tuple(built), "participants": people})
