"""The deck's words for its pictures: how the work connects (coverage matrix, dependencies
diagram), progress (status counts, bars, how each percentage is computed), and the speaker
notes of those slides. Message and advice, as in deck_labels.py; counts after a colon, so
one sentence reads right for 1 and for 40."""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    # Progress: the overview.
    "deck.progress.title": entry(
        fr=("Résultats clés atteints ou en bonne voie : {good}\u00a0sur\u00a0{total}",
            "Titre de la vue d'ensemble de l'avancement."),
        en=("Key results done or on track: {good}\u00a0of\u00a0{total}",
            "Title of the progress overview."),
    ),
    "deck.progress.as_of": entry(
        fr=("Au {day}, date du dernier point d’étape", "Sous le titre : la date des chiffres."),
        en=("As of {day}, the date of the latest check-in", "Under the title: the figures' date."),
    ),
    "deck.progress.how": entry(
        fr=("Chaque résultat clé retenu à son dernier point d’étape. Atteint : cible atteinte "
            "ou jalon fait. Un seuil à tenir est tenu ou non tenu, jamais un pourcentage. "
            "Aucun point d’étape : le résultat clé est compté comme tel, jamais comme 0 %.",
            "Comment les statuts sont comptés."),
        en=("Every kept key result at its latest check-in. Done: target reached or milestone "
            "done. A threshold to hold is met or not met, never a percentage. No check-in "
            "yet: the key result is counted as such, never as 0%.",
            "How the statuses are counted."),
    ),
    "deck.progress.confidence": entry(
        fr=("Confiance moyenne au dernier point d’étape : {mean}/10 (résultats clés : "
            "{count})", "La confiance des équipes, en moyenne."),
        en=("Mean confidence at the latest check-ins: {mean}/10 (key results: {count})",
            "The teams' confidence, on average."),
    ),
    "deck.progress.unchecked": entry(
        fr=("Aucun point d’étape : {names}", "Les résultats clés encore jamais mesurés."),
        en=("No check-in yet: {names}", "The key results never measured yet."),
    ),
    # Progress: objectives and key results as bars.
    "deck.progress.teams": entry(
        fr=("Avancement de chaque équipe", "Titre des barres par équipe."),
        en=("Progress of each team", "Title of the bars per team."),
    ),
    "deck.progress.teams_how": entry(
        fr=("Moyenne de ses résultats clés au {day} ; le détail par objectif est en annexe",
            "Sous le titre : comment la barre d'une équipe est calculée."),
        en=("Mean of its key results as of {day}; each objective's detail is in the appendix",
            "Under the title: how a team's bar is computed."),
    ),
    "deck.progress.team_left_out": entry(
        fr=("Résultats clés comptés : {counted}\u00a0sur\u00a0{total} ; non comptés : "
            "{left}, nommés en annexe", "Sur quoi porte la moyenne d'une équipe."),
        en=("Key results counted: {counted}\u00a0of\u00a0{total}; not counted: {left}, "
            "named in the appendix", "What a team's mean is taken over."),
    ),
    "deck.progress.objectives_how": entry(
        fr=("Moyenne de ses résultats clés au {day} ; un seuil ou un jalon compte 100 % "
            "tenu, 0 % sinon", "Sous le titre : comment la barre d'un objectif est calculée."),
        en=("Mean of its key results as of {day}; a threshold or milestone counts 100% when "
            "met, 0% when not", "Under the title: how an objective's bar is computed."),
    ),
    "deck.progress.objective_mean": entry(
        fr=("L’objectif, en moyenne", "Devant la barre d'un objectif."),
        en=("The objective, on average", "Before an objective's bar."),
    ),
    "deck.progress.counted": entry(
        fr=("Résultats clés comptés : {counted}\u00a0sur\u00a0{total}",
            "Sur quoi porte la moyenne."),
        en=("Key results counted: {counted}\u00a0of\u00a0{total}", "What the mean is taken over."),
    ),
    "deck.progress.left_out": entry(
        fr=("Résultats clés comptés : {counted}\u00a0sur\u00a0{total} ; non comptés : {names}",
            "Sur quoi porte la moyenne, et ce qu'elle laisse de côté."),
        en=("Key results counted: {counted}\u00a0of\u00a0{total}; not counted: {names}",
            "What the mean is taken over, and what it leaves out."),
    ),
    "deck.progress.why": entry(
        fr=("{kr} ({why})", "Un résultat clé non compté et pourquoi."),
        en=("{kr} ({why})", "A key result left out, and why."),
    ),
    "deck.progress.team_title": entry(
        fr=("{team} — atteints ou en bonne voie : {good}\u00a0sur\u00a0{total}",
            "Titre de l'avancement d'une équipe."),
        en=("{team} — done or on track: {good}\u00a0of\u00a0{total}",
            "Title of a team's progress."),
    ),
    "deck.progress.not_measurable": entry(
        fr=("Non mesurable", "Sans référence ou sans cible, pas de pourcentage."),
        en=("Not measurable", "Without a baseline or target, no percentage."),
    ),
    "deck.progress.why_no_check_in": entry(
        fr=("aucun point d’étape", "Pourquoi un résultat clé n'est pas compté."),
        en=("no check-in yet", "Why a key result is not counted."),
    ),
    "deck.progress.why_not_measurable": entry(
        fr=("ni référence ni cible pour mesurer le chemin",
            "Pourquoi un résultat clé n'est pas compté."),
        en=("no baseline or target to measure the way", "Why a key result is not counted."),
    ),
    "deck.progress.latest": entry(
        fr=("{value} le {day} · confiance : {confidence}/10",
            "La dernière valeur et la confiance d'un résultat clé."),
        en=("{value} on {day} · confidence {confidence}/10",
            "A key result's latest value and confidence."),
    ),
    "deck.progress.checked": entry(
        fr=("Point d’étape du {day} · confiance : {confidence}/10",
            "La date et la confiance du dernier point d'étape d'un jalon."),
        en=("Checked in on {day} · confidence {confidence}/10",
            "A milestone's latest check-in date and confidence."),
    ),
    "deck.progress.threshold": entry(
        fr=("{value} (seuil : {target})", "La dernière valeur face au seuil à tenir."),
        en=("{value} (threshold: {target})", "The latest value against the threshold."),
    ),
    # Speaker notes of the progress slides.
    "deck.notes.progress": entry(
        fr=("Chiffres au {day}, date du dernier point d’étape. {counts}. Un seuil est tenu "
            "ou non ; un résultat clé sans point d’étape n’est pas compté comme 0 %.",
            "Notes de la vue d'ensemble."),
        en=("Figures as of {day}, the date of the latest check-in. {counts}. A threshold is "
            "met or not; a key result without a check-in is not counted as 0%.",
            "Notes of the overview."),
    ),
    "deck.notes.count": entry(
        fr=("{word} : {count}", "Un statut et son nombre, dans les notes."),
        en=("{word}: {count}", "A status and its count, in the notes."),
    ),
    "deck.notes.teams": entry(
        fr=("Chaque barre est la moyenne des résultats clés de l’équipe ; un seuil ou un "
            "jalon compte 100 % tenu, 0 % sinon.", "Notes des barres par équipe."),
        en=("Each bar is the mean of the team's key results; a threshold or milestone counts "
            "100% when met, 0% when not.", "Notes of the bars per team."),
    ),
    "deck.notes.not_counted": entry(
        fr=("— non compté : {kr} ({why})", "Un résultat clé hors de la moyenne, dans les notes."),
        en=("— not counted: {kr} ({why})", "A key result left out of the mean, in the notes."),
    ),
    "deck.notes.team": entry(
        fr=("{team} : {progress}", "Une équipe et sa barre, dans les notes."),
        en=("{team}: {progress}", "A team and its bar, in the notes."),
    ),
    "deck.notes.kr": entry(
        fr=("« {kr} » : {status}{detail}", "Un résultat clé dans les notes."),
        en=("“{kr}”: {status}{detail}", "A key result in the notes."),
    ),
    "deck.notes.comment": entry(
        fr=(" — commentaire : « {comment} »", "Le commentaire du dernier point d'étape."),
        en=(" — comment: “{comment}”", "The latest check-in's comment."),
    ),
    "deck.notes.charts": entry(
        fr=("Chaque graphique montre les valeurs mesurées face au rythme attendu, et la "
            "confiance sur 10.", "Notes des graphiques."),
        en=("Each chart shows the measured values against the expected pace, and confidence "
            "out of 10.", "Notes of the charts."),
    ),
    # How the work connects: the coverage matrix.
    "deck.alignment.all_served": entry(
        fr=("Chaque objectif stratégique est servi par au moins une équipe",
            "Titre de la matrice quand tout est couvert."),
        en=("Every strategic objective has at least one team serving it",
            "Title of the matrix when everything is covered."),
    ),
    "deck.alignment.served": entry(
        fr=("Objectifs stratégiques servis : {served}\u00a0sur\u00a0{total}",
            "Titre de la matrice quand il reste un trou."),
        en=("Strategic objectives served: {served}\u00a0of\u00a0{total}",
            "Title of the matrix when a gap remains."),
    ),
    "deck.alignment.matrix_how": entry(
        fr=("Objectifs retenus de chaque équipe, par objectif stratégique",
            "Sous le titre de la matrice."),
        en=("Each team's kept objectives, per strategic objective",
            "Under the matrix's title."),
    ),
    "deck.alignment.matrix_departments": entry(
        fr=("Objectifs retenus de chaque département, par objectif stratégique ; le détail "
            "par équipe est en annexe", "Sous le titre de la matrice, beaucoup d'équipes."),
        en=("Each department's kept objectives, per strategic objective; each team's row is "
            "in the appendix", "Under the matrix's title, many teams."),
    ),
    "deck.alignment.teams_count": entry(
        fr=("Équipes : {count}", "Le nombre d'équipes d'un département, dans la matrice."),
        en=("Teams: {count}", "A department's number of teams, in the matrix."),
    ),
    "deck.alignment.outside": entry(
        fr=("Hors stratégie", "Colonne des objectifs reliés à aucun objectif stratégique."),
        en=("Outside the strategy", "Column of objectives serving no strategic objective."),
    ),
    "deck.alignment.teams_row": entry(
        fr=("Équipes contributrices", "Ligne du nombre d'équipes par objectif stratégique."),
        en=("Teams serving it", "Row of the number of teams per strategic objective."),
    ),
    "deck.alignment.no_team": entry(
        fr=("Aucune", "Un objectif stratégique sans équipe, dans la matrice."),
        en=("None yet", "A strategic objective without a team, in the matrix."),
    ),
    "deck.alignment.nothing_kept": entry(
        fr=("Aucun objectif retenu", "Une équipe sans objectif retenu, dans la matrice."),
        en=("No objective kept", "A team without a kept objective, in the matrix."),
    ),
    "deck.alignment.no_strategy": entry(
        fr=("Aucun objectif stratégique n'est encore posé : rien à quoi s'aligner.",
            "Atelier sans objectif stratégique."),
        en=("No strategic objective is set yet: nothing to align with.",
            "A workshop without strategic objectives."),
    ),
    # How the work connects: the dependencies diagram.
    "deck.dependencies.title": entry(
        fr=("Dépendances entre équipes : {count} (équipes concernées : {teams})",
            "Titre du schéma des dépendances."),
        en=("Dependencies between teams: {count} (teams involved: {teams})",
            "Title of the dependencies diagram."),
    ),
    "deck.dependencies.between": entry(
        fr=("{team} dépend de {other_team}", "Une ligne de la légende courte du schéma."),
        en=("{team} depends on {other_team}", "A line of the diagram's short legend."),
    ),
    "deck.dependencies.in_appendix": entry(
        fr=("Chaque dépendance, avec ses objectifs, est détaillée en annexe.",
            "Sous le schéma quand les dépendances sont nombreuses."),
        en=("Each dependency, with its objectives, is listed in the appendix.",
            "Under the diagram when there are many dependencies."),
    ),
    "deck.dependencies.full": entry(
        fr=("Dépendances entre équipes, en détail", "Titre de la liste complète (annexe)."),
        en=("Dependencies between teams in full", "Title of the full list (appendix)."),
    ),
    "deck.dependencies.how": entry(
        fr=("Une flèche va de l’équipe qui dépend vers celle dont elle dépend ; son numéro "
            "renvoie à la liste", "Sous le titre du schéma."),
        en=("An arrow goes from the team that depends to the team it depends on; its number "
            "is in the list", "Under the diagram's title."),
    ),
    "deck.dependencies.how_departments": entry(
        fr=("Par département : une flèche va de celui qui dépend vers celui dont il dépend ; "
            "ses numéros renvoient à la liste", "Sous le titre du schéma, beaucoup d'équipes."),
        en=("By department: an arrow goes from the one that depends to the one it depends "
            "on; its numbers are in the list", "Under the diagram's title, many teams."),
    ),
    # Speaker notes of those slides.
    "deck.notes.branch": entry(
        fr=("{number}. {title} — {teams}", "Un objectif stratégique et ses équipes."),
        en=("{number}. {title} — {teams}", "A strategic objective and its teams."),
    ),
    "deck.notes.unserved": entry(
        fr=("aucune équipe : dites ce que cela veut dire pour le cycle",
            "Un objectif stratégique sans équipe, dans les notes."),
        en=("no team: say what this means for the cycle",
            "A strategic objective without a team, in the notes."),
    ),
    "deck.notes.matrix": entry(
        fr=("Lisez la matrice par colonne : qui sert chaque objectif stratégique, et où "
            "sont les trous.", "Notes de la matrice."),
        en=("Read the matrix column by column: who serves each strategic objective, and "
            "where the gaps are.", "Notes of the matrix."),
    ),
    "deck.notes.dependencies": entry(
        fr=("Pour chaque flèche : qui a besoin de quoi, de qui, et quand ils se parlent.",
            "Notes du schéma des dépendances."),
        en=("For each arrow: who needs what from whom, and when they talk.",
            "Notes of the dependencies diagram."),
    ),
    "deck.focus.undecided": entry(
        fr=("Encore à trancher", "Les objectifs proposés, ni retenus ni au parking."),
        en=("Still undecided", "Objectives proposed, neither kept nor parked."),
    ),
    "deck.notes.focus": entry(
        fr=("Objectifs proposés : {proposed} ; retenus : {kept} ; au parking : {parked} ; "
            "encore à trancher : {undecided}. Rappelez la règle commune, et que le parking "
            "n’est pas un oubli.", "Notes de la diapositive de focus."),
        en=("Objectives proposed: {proposed}; kept: {kept}; parked: {parked}; still "
            "undecided: {undecided}. Recall the common rule, and that the parking lot is "
            "not forgotten.", "Notes of the focus slide."),
    ),
}
