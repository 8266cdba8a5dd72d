"""The story frame's words added after the review of issue 14: the summary tiles' singular
forms, what a main deck without its appendix says instead of "in the appendix", and the
why of parked and undecided objectives. Message and advice, as in deck_labels.py."""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    # The summary's tiles for one (French also for zero): "1 team committed".
    "deck.summary.teams.one": entry(
        fr=("équipe engagée", "Tuile du résumé : une seule équipe (ou aucune)."),
        en=("team committed", "Summary tile: a single team."),
    ),
    "deck.summary.objectives.one": entry(
        fr=("objectif retenu", "Tuile du résumé : un seul objectif retenu (ou aucun)."),
        en=("objective kept", "Summary tile: a single kept objective."),
    ),
    "deck.summary.key_results.one": entry(
        fr=("résultat clé", "Tuile du résumé : un seul résultat clé (ou aucun)."),
        en=("key result", "Summary tile: a single key result."),
    ),
    "deck.summary.people.one": entry(
        fr=("participant", "Tuile du résumé : une seule personne (ou aucune)."),
        en=("person took part", "Summary tile: a single person."),
    ),
    # The main deck without its appendix: the details are in the speaker notes.
    "deck.progress.teams_how_main": entry(
        fr=("Moyenne de ses résultats clés au {day}",
            "Sous le titre : comment la barre d'une équipe est calculée (sans annexe)."),
        en=("Mean of its key results as of {day}",
            "Under the title: how a team's bar is computed (no appendix)."),
    ),
    "deck.progress.team_left_out_main": entry(
        fr=("Résultats clés comptés : {counted}\u00a0sur\u00a0{total} ; non comptés : "
            "{left}, nommés dans les notes",
            "Sur quoi porte la moyenne d'une équipe (sans annexe)."),
        en=("Key results counted: {counted}\u00a0of\u00a0{total}; not counted: {left}, "
            "named in the notes", "What a team's mean is taken over (no appendix)."),
    ),
    "deck.department.subtitle_main": entry(
        fr=("Le détail de chaque équipe est dans les notes",
            "Sous le titre d'un département (sans annexe)."),
        en=("Each team's details are in the speaker notes",
            "Under a department's title (no appendix)."),
    ),
    "deck.notes.department.say_main": entry(
        fr=("Présentez les équipes de ce département une par une : leurs objectifs et leurs "
            "résultats clés. Le statut et le dernier point d’étape de chaque résultat clé "
            "suivent, équipe par équipe.", "Notes du présentateur : un département (sans "
            "annexe)."),
        en=("Go through this department's teams one by one: their objectives and key "
            "results. Each key result's status and latest check-in follow, team by team.",
            "Speaker notes: a department slide (no appendix)."),
    ),
    "deck.alignment.matrix_departments_main": entry(
        fr=("Objectifs retenus de chaque département, par objectif stratégique ; les équipes "
            "qui servent chacun sont dans les notes", "Sous le titre de la matrice, "
            "beaucoup d'équipes (sans annexe)."),
        en=("Each department's kept objectives, per strategic objective; the teams serving "
            "each are in the speaker notes", "Under the matrix's title, many teams (no "
            "appendix)."),
    ),
    "deck.dependencies.in_notes": entry(
        fr=("Chaque dépendance, avec ses objectifs, est détaillée dans les notes.",
            "Sous le schéma, quand la légende serait trop longue (sans annexe)."),
        en=("Each dependency, with its objectives, is listed in the speaker notes.",
            "Under the diagram, when the legend would be too long (no appendix)."),
    ),
    # A next step for everyone, where the coach would say "work through the remarks".
    "deck.next.sharpen": entry(
        fr=("Rendre chaque résultat clé clair et mesurable avant le premier point d’étape.",
            "Étape proposée quand des résultats clés sont à préciser."),
        en=("Make every key result clear and measurable before the first check-in.",
            "Next step proposed when key results need sharpening."),
    ),
    # The parking lot and the undecided objectives: each with its why.
    "deck.focus.why": entry(
        fr=("Pourquoi : {why}", "Sous un objectif au parking ou non tranché."),
        en=("Why: {why}", "Under a parked or undecided objective."),
    ),
}
