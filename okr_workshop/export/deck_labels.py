"""The fixed words of the restitution deck and the posters: slide titles, field labels.

They live beside the deck, in the catalogue's "deck" section (code → language → (message,
advice)), so the deck reads them without Qt, in the language chosen at export, and the
catalogue's tests check every entry's typography. For a section, the message is its title
and the advice the line shown under it (and on the agenda); for a label, the advice says
what the label is for (a note for the translator, shown as a tooltip by the window where
useful).

The words of the workshop's lists (ritual kinds, cadences, feedback kinds) and of the
closing slides are in :mod:`okr_workshop.export.deck_terms`.
"""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    # Sections, in the deck's order: title, then the line under it.
    "deck.section.cover": entry(
        fr=("Couverture", "Atelier, organisation, cycle, date et animation."),
        en=("Cover", "Workshop, organisation, cycle, date and facilitator."),
    ),
    "deck.section.agenda": entry(
        fr=("Au programme", "Le fil de cette présentation."),
        en=("Agenda", "What we will go through."),
    ),
    "deck.section.summary": entry(
        fr=("L'essentiel", "La vision, la stratégie et nos engagements du cycle, en chiffres."),
        en=("At a glance", "The vision, the strategy and what we commit to, in numbers."),
    ),
    "deck.section.vision": entry(
        fr=("La vision", "Où nous allons, et pourquoi."),
        en=("Vision", "Where we are heading, and why."),
    ),
    "deck.section.strategy": entry(
        fr=("Objectifs stratégiques", "Ce que la direction veut faire avancer ce cycle."),
        en=("Strategic objectives", "What the leadership wants to move forward this cycle."),
    ),
    "deck.section.teams": entry(
        fr=("Les OKR des équipes", "Objectifs retenus et résultats clés de chaque équipe."),
        en=("Team OKRs", "Each team's kept objectives and their key results."),
    ),
    "deck.section.people": entry(
        fr=("Qui a participé", "Les participants de chaque équipe et ses ambassadeurs."),
        en=("Who took part", "The people of each team, and its ambassador."),
    ),
    "deck.section.alignment": entry(
        fr=("Alignement", "Comment les objectifs des équipes servent la stratégie."),
        en=("Alignment", "How the teams' objectives serve the strategy."),
    ),
    "deck.section.focus": entry(
        fr=("Parking et objectifs non tranchés",
            "Ce qui attend au parking, et ce qui n'a été ni retenu ni mis de côté."),
        en=("Parking lot and undecided objectives",
            "What waits in the parking lot, and what was neither kept nor set aside."),
    ),
    "deck.section.quality": entry(
        fr=("Qualité des résultats clés", "Les remarques qui restent à reprendre."),
        en=("Key-result quality", "The remarks still to work on."),
    ),
    "deck.section.health": entry(
        fr=("Santé des OKR", "Où nous en sommes face aux cinq erreurs classiques."),
        en=("OKR health", "Where we stand against the five classic mistakes."),
    ),
    "deck.section.progress": entry(
        fr=("Avancement", "Où en est chaque équipe au dernier point d'étape."),
        en=("Progress", "Where each team stands at the latest check-in."),
    ),
    "deck.section.rituals": entry(
        fr=("Le cycle qui vient", "Nos rendez-vous jusqu'à la fin du cycle, et les "
            "prochaines étapes."),
        en=("The cycle ahead", "Our meetings until the end of the cycle, and the next "
            "steps."),
    ),
    "deck.section.feedback": entry(
        fr=("Vos retours", "Ce que les participants ont dit de l'atelier."),
        en=("Your feedback", "What the participants said about the workshop."),
    ),
    # Document and page furniture.
    "deck.document.subject": entry(
        fr=("Restitution des OKR — {workshop}", "Sujet du document PDF de la restitution."),
        en=("OKR results — {workshop}", "Subject of the results deck's PDF document."),
    ),
    "deck.cover.kicker": entry(
        fr=("Restitution des OKR", "Au-dessus du titre de l'atelier, sur la couverture."),
        en=("OKR results", "Above the workshop's title, on the cover."),
    ),
    "deck.cover.facilitator": entry(
        fr=("Animé par {name}", "Sur la couverture : qui a animé l'atelier."),
        en=("Facilitated by {name}", "On the cover: who facilitated the workshop."),
    ),
    "deck.page": entry(
        fr=("{page} / {total}", "Numéro de page en bas à droite."),
        en=("{page} / {total}", "Page number, bottom right."),
    ),
    # Teams and key results.
    "deck.team.ambassador": entry(
        fr=("Ambassadeur : {name}", "Sous le nom de l'équipe : qui fait vivre ses OKR."),
        en=("Ambassador: {name}", "Under the team's name: who keeps its OKRs alive."),
    ),
    "deck.team.no_kept": entry(
        fr=("Aucun objectif retenu pour l'instant.", "Équipe sans objectif retenu."),
        en=("No objective kept yet.", "A team without a kept objective."),
    ),
    "deck.teams.none": entry(
        fr=("Aucune équipe pour l'instant.", "Atelier sans équipe."),
        en=("No team yet.", "A workshop without teams."),
    ),
    "deck.objective.committed": entry(
        fr=("Engagé", "Objectif engagé : attendu à 1,0."),
        en=("Committed", "A committed objective: expected at 1.0."),
    ),
    "deck.objective.aspirational": entry(
        fr=("Ambitieux", "Objectif ambitieux : visé vers 0,7."),
        en=("Aspirational", "An aspirational objective: aimed at about 0.7."),
    ),
    "deck.objective.no_key_result": entry(
        fr=("Pas encore de résultat clé.", "Objectif retenu sans résultat clé."),
        en=("No key result yet.", "A kept objective without key results."),
    ),
    "deck.kr.from_to": entry(
        fr=("{baseline} → {target}", "Valeur de départ et cible d'un résultat clé."),
        en=("{baseline} → {target}", "A key result's baseline and target."),
    ),
    "deck.kr.change": entry(
        fr=("{change}, point de départ à mesurer : pas encore mesurable",
            "Évolution relative d'un résultat clé dont le point de départ manque."),
        en=("{change}, baseline still to measure: not measurable yet",
            "A key result's relative change whose baseline is missing."),
    ),
    "deck.kr.from_to_change": entry(
        fr=("{baseline} → {target} ({change})",
            "Point de départ et cible déduite d'une évolution relative."),
        en=("{baseline} → {target} ({change})",
            "Baseline and the target that follows from a relative change."),
    ),
    "deck.kr.target": entry(
        fr=("Cible : {target}", "Cible d'un résultat clé sans valeur de départ."),
        en=("Target: {target}", "Target of a key result without a baseline."),
    ),
    "deck.kr.at_least": entry(
        fr=("Au moins {target}", "Seuil à tenir par le haut."),
        en=("At least {target}", "A threshold to stay above."),
    ),
    "deck.kr.at_most": entry(
        fr=("Au plus {target}", "Seuil à tenir par le bas."),
        en=("At most {target}", "A threshold to stay below."),
    ),
    "deck.kr.owner": entry(
        fr=("Responsable : {name}", "Qui rend compte du résultat clé."),
        en=("Owner: {name}", "Who reports on the key result."),
    ),
    "deck.kr.source": entry(
        fr=("Source : {source}", "Où se lit la valeur du résultat clé."),
        en=("Source: {source}", "Where the key result's value is read."),
    ),
    "deck.kr.latest": entry(
        fr=("Dernier point : {value}", "Valeur au dernier point d'étape, sous la barre."),
        en=("Latest: {value}", "Value at the latest check-in, under the bar."),
    ),
    # Vision and strategy.
    "deck.vision.none": entry(
        fr=("La vision n'est pas encore écrite.", "Diapositive de la vision, vide."),
        en=("The vision is not written yet.", "The vision slide, empty."),
    ),
    "deck.strategy.none": entry(
        fr=("Aucun objectif stratégique pour l'instant.", "Atelier sans objectif stratégique."),
        en=("No strategic objective yet.", "A workshop without strategic objectives."),
    ),
    # Posters.
    "deck.poster.kicker": entry(
        fr=("Nos OKR", "En haut du poster d'une équipe."),
        en=("Our OKRs", "At the top of a team's poster."),
    ),
    "deck.poster.subject": entry(
        fr=("Poster OKR de l'équipe « {team} »", "Sujet du document PDF d'un poster."),
        en=("OKR poster of team “{team}”", "Subject of a poster's PDF document."),
    ),
    "deck.poster.reminder": entry(
        fr=("Relus ensemble à chaque rituel.", "Au pied du poster : quand on le regarde."),
        en=("Read together at every ritual.", "At the foot of the poster: when it is read."),
    ),
    # Key result charts (the window's Progress tab says the same in its own words).
    "deck.chart.values": entry(
        fr=("Valeurs mesurées", "Légende d'un graphique : la série des points d'étape."),
        en=("Measured values", "Chart legend: the series of check-in values."),
    ),
    "deck.chart.expected": entry(
        fr=("Rythme attendu", "Légende : la droite de la référence à la cible."),
        en=("Expected pace", "Chart legend: the straight line from baseline to target."),
    ),
    "deck.chart.target": entry(
        fr=("Cible", "Légende et étiquette de la ligne de cible."),
        en=("Target", "Chart legend and label of the target line."),
    ),
    "deck.chart.baseline": entry(
        fr=("Valeur de départ", "Légende : la valeur de départ."),
        en=("Baseline", "Chart legend: the starting value."),
    ),
    "deck.chart.confidence": entry(
        fr=("Confiance sur 10 (à droite)", "Légende : la confiance, sur l'axe de droite."),
        en=("Confidence (0-10, right)", "Chart legend: confidence, on the right-hand axis."),
    ),
    "deck.chart.lower_is_better": entry(
        fr=("Plus bas, c'est mieux", "Sur un graphique dont la cible baisse."),
        en=("Lower is better", "On a chart whose target is falling."),
    ),
    "deck.chart.higher_is_better": entry(
        fr=("Plus haut, c'est mieux", "Sur un graphique dont la cible monte."),
        en=("Higher is better", "On a chart whose target is rising."),
    ),
    "deck.chart.done": entry(
        fr=("Fait", "Jalon atteint, sur l'axe d'un graphique."),
        en=("Done", "Milestone reached, on a chart's axis."),
    ),
    "deck.chart.not_yet": entry(
        fr=("Pas encore", "Jalon pas encore atteint, sur l'axe d'un graphique."),
        en=("Not yet", "Milestone not reached yet, on a chart's axis."),
    ),
    "deck.chart.no_check_in": entry(
        fr=("Aucun point d'étape pour l'instant", "Graphique sans aucune valeur."),
        en=("No check-in yet", "A chart without any value."),
    ),
    "deck.chart.heading": entry(
        fr=("Où en sont les résultats clés", "Titre des graphiques de la section Progression."),
        en=("Key results over time", "Heading of the charts in the Progress section."),
    ),
}
