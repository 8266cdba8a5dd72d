"""The words of :mod:`.rituals`: each kind's name and default agenda."""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry
from okr_workshop.domain.rules.wording import french

MESSAGES = {
    "ritual.kind.check_in": entry(en="Check-in", fr=french("Point d'étape")),
    "ritual.kind.monthly_review": entry(en="Monthly review", fr="Revue mensuelle"),
    "ritual.kind.team_review": entry(en="Team review", fr=french("Revue d'équipe")),
    "ritual.kind.inter_team_review": entry(en="Inter-team review", fr="Revue inter-équipes"),
    "ritual.kind.grading": entry(en="Grading and retrospective",
                                 fr="Notation et rétrospective"),
    "ritual.kind.planning": entry(en="Next-cycle planning", fr="Préparation du prochain cycle"),
    "ritual.kind.all_hands": entry(en="All-hands", fr="Réunion plénière"),
    "ritual.kind.retrospective": entry(en="Retrospective", fr="Rétrospective"),
    "ritual.kind.other": entry(en="Ritual", fr="Rituel"),
    "ritual.agenda.check_in": entry(
        en="1. Each key result: the new value and confidence (0 to 10), what changed.\n"
           "2. What blocks us, and who can help.\n"
           "3. The next step for each key result, with its owner.",
        fr=french("1. Chaque résultat clé : la nouvelle valeur et la confiance (de 0 à 10), "
                  "ce qui a changé.\n"
                  "2. Ce qui bloque, et qui peut aider.\n"
                  "3. La prochaine étape de chaque résultat clé, avec son responsable."),
    ),
    "ritual.agenda.monthly_review": entry(
        en="1. Each objective's status (on track, at risk, off track) and why.\n"
           "2. The confidence trend and the charts.\n"
           "3. Dependencies between teams: what is waiting on whom.\n"
           "4. What helped, what blocked, ideas; ROTI vote.\n"
           "5. Decisions and actions, with owners and due dates.",
        fr=french("1. Le statut de chaque objectif (en bonne voie, à risque, hors "
                  "trajectoire) et pourquoi.\n"
                  "2. L'évolution de la confiance et les graphiques.\n"
                  "3. Les dépendances entre équipes : qui attend quoi de qui.\n"
                  "4. Ce qui a aidé, ce qui a bloqué, les idées ; vote ROTI.\n"
                  "5. Décisions et actions, avec leurs responsables et leurs échéances."),
    ),
    "ritual.agenda.grading": entry(
        en="1. Grade each key result from 0.0 to 1.0 (proposed from its last value).\n"
           "2. Close each objective: accomplished, missed, postponed or carried over.\n"
           "3. What we learned, and what we decide.\n"
           "4. Retrospective: good, bad, try.\n"
           "5. ROTI vote.",
        fr=french("1. Noter chaque résultat clé de 0,0 à 1,0 (note proposée d'après sa "
                  "dernière valeur).\n"
                  "2. Clore chaque objectif : atteint, manqué, reporté ou reconduit.\n"
                  "3. Ce que nous avons appris, ce que nous décidons.\n"
                  "4. Rétrospective : ce qui a marché, ce qui n'a pas marché, ce qu'on "
                  "essaie.\n"
                  "5. Vote ROTI."),
    ),
    "ritual.agenda.team_review": entry(
        en="1. Each key result: where it stands against its expected line, and why.\n"
           "2. What helped, what blocked, ideas.\n"
           "3. Decisions and actions, with owners and due dates.",
        fr=french("1. Chaque résultat clé : où il en est par rapport à sa trajectoire, et "
                  "pourquoi.\n"
                  "2. Ce qui a aidé, ce qui a bloqué, les idées.\n"
                  "3. Décisions et actions, avec leurs responsables et leurs échéances."),
    ),
    "ritual.agenda.inter_team_review": entry(
        en="1. Each team's objectives in one minute: status and confidence.\n"
           "2. Dependencies between teams: what is waiting on whom, and by when.\n"
           "3. Shared risks and who takes them on.\n"
           "4. Decisions and actions, with owners and due dates.",
        fr=french("1. Les objectifs de chaque équipe en une minute : statut et confiance.\n"
                  "2. Les dépendances entre équipes : qui attend quoi de qui, et pour "
                  "quand.\n"
                  "3. Les risques partagés et qui s'en charge.\n"
                  "4. Décisions et actions, avec leurs responsables et leurs échéances."),
    ),
    "ritual.agenda.retrospective": entry(
        en="1. What went well, what did not, what we try next (good, bad, try).\n"
           "2. The actions decided, with owners and due dates.\n"
           "3. ROTI vote.",
        fr=french("1. Ce qui a marché, ce qui n'a pas marché, ce qu'on essaie ensuite.\n"
                  "2. Les actions décidées, avec leurs responsables et leurs échéances.\n"
                  "3. Vote ROTI."),
    ),
    "ritual.agenda.all_hands": entry(
        en="1. The vision and the strategic objectives, as a reminder.\n"
           "2. Each team's objectives and where they stand.\n"
           "3. What we learned, and what comes next.\n"
           "4. Questions from the room.",
        fr=french("1. La vision et les objectifs stratégiques, pour mémoire.\n"
                  "2. Les objectifs de chaque équipe et où ils en sont.\n"
                  "3. Ce que nous avons appris, et la suite.\n"
                  "4. Les questions de la salle."),
    ),
    "ritual.agenda.planning": entry(
        en="1. The lessons and grades of this cycle so far.\n"
           "2. What carries over to the next cycle, starting from its last measured value.\n"
           "3. The vision and the strategic objectives: still right?\n"
           "4. The next workshop's date, and who takes part.",
        fr=french("1. Les enseignements et les notes du cycle jusqu'ici.\n"
                  "2. Ce qui est reconduit au prochain cycle, à partir de sa dernière valeur "
                  "mesurée.\n"
                  "3. La vision et les objectifs stratégiques : toujours justes ?\n"
                  "4. La date du prochain atelier, et qui y participe."),
    ),
}
