"""The words of :mod:`.workshop_diff`: the parts of a workshop, each field compared, the kinds
of difference, the values that are choices, and the one-line sentence of the command line.

Field codes are ``"<entity>.<field>"`` (``"key_result.target"``), a whole item is its entity
alone (``"objective"``), a changed order is ``"<entity>.order"``. The French follows the
window's glossary (resources/translations/README.md): « retenu », « cible », « point d’étape ».
"""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry
from okr_workshop.domain.rules.wording import french


def _field(code: str, en: str, fr: str) -> tuple[str, dict[str, str]]:
    return f"diff.field.{code}", entry(en=en, fr=french(fr))


_FIELDS = dict((
    # The workshop itself and its common rule.
    _field("workshop.title", "Title", "Titre"),
    _field("workshop.organisation", "Organisation", "Organisation"),
    _field("workshop.cycle_label", "Cycle", "Cycle"),
    _field("workshop.cycle_start", "Cycle start", "Début du cycle"),
    _field("workshop.cycle_end", "Cycle end", "Fin du cycle"),
    _field("workshop.language", "Workshop language", "Langue de l'atelier"),
    _field("workshop.facilitator", "Facilitator", "Animation"),
    _field("workshop.vision", "Vision", "Vision"),
    _field("workshop.current_step", "Current step", "Étape en cours"),
    _field("workshop.session_on", "Session date", "Date de la séance"),
    _field("workshop.session_starts_at", "Start time", "Heure de début"),
    _field("rule.max_objectives_per_team", "Objectives per team, at most",
           "Objectifs par équipe, au plus"),
    _field("rule.max_key_results_per_objective", "Key results per objective, at most",
           "Résultats clés par objectif, au plus"),
    _field("rule.strict", "Common rule", "Règle commune"),
    # Participants and strategic objectives.
    _field("participant", "Participant", "Participant"),
    _field("participant.name", "Name", "Nom"),
    _field("participant.role", "Role", "Rôle"),
    _field("participant.team", "Team", "Équipe"),
    _field("participant.order", "Order of the participants", "Ordre des participants"),
    _field("strategic_objective", "Strategic objective", "Objectif stratégique"),
    _field("strategic_objective.title", "Title", "Titre"),
    _field("strategic_objective.why", "Why it matters", "Pourquoi c'est important"),
    _field("strategic_objective.order", "Order of the strategic objectives",
           "Ordre des objectifs stratégiques"),
    # The tree: teams, objectives, key results, check-ins.
    _field("team", "Team", "Équipe"),
    _field("team.name", "Name", "Nom"),
    _field("team.department", "Department", "Direction"),
    _field("team.ambassador", "Ambassador", "Ambassadeur"),
    _field("team.order", "Order of the teams", "Ordre des équipes"),
    _field("objective", "Objective", "Objectif"),
    _field("objective.team", "Team", "Équipe"),
    _field("objective.title", "Title", "Titre"),
    _field("objective.why", "Why it matters", "Pourquoi c'est important"),
    _field("objective.strategic_objective", "Strategic objective served",
           "Objectif stratégique servi"),
    _field("objective.non_alignment_reason", "Why not aligned", "Pourquoi non relié"),
    _field("objective.status", "Status", "Statut"),
    _field("objective.votes", "Votes", "Votes"),
    _field("objective.author", "Author", "Auteur"),
    _field("objective.commitment", "Commitment", "Engagement"),
    _field("objective.outcome", "Outcome", "Issue"),
    _field("objective.learnings", "What we learned", "Ce que nous avons appris"),
    _field("objective.decisions", "Decisions and next steps",
           "Décisions et prochaines étapes"),
    _field("objective.order", "Order of the objectives", "Ordre des objectifs"),
    _field("key_result", "Key result", "Résultat clé"),
    _field("key_result.objective", "Objective", "Objectif"),
    _field("key_result.text", "Sentence", "Phrase"),
    _field("key_result.metric", "Metric", "Indicateur"),
    _field("key_result.baseline", "Baseline", "Valeur de départ"),
    _field("key_result.target", "Target", "Cible"),
    _field("key_result.unit", "Unit", "Unité"),
    _field("key_result.direction", "Direction", "Sens"),
    _field("key_result.data_source", "Data source", "Source des données"),
    _field("key_result.owner", "Owner", "Responsable"),
    _field("key_result.due", "Due date", "Échéance"),
    _field("key_result.change", "Relative change", "Évolution"),
    _field("key_result.change_percent", "Change in percent of the baseline",
           "Évolution en pourcentage de la valeur de départ"),
    _field("key_result.milestone", "Milestone", "Jalon"),
    _field("key_result.status_override", "Status override", "Statut imposé"),
    _field("key_result.status_reason", "Reason for the status", "Raison du statut imposé"),
    _field("key_result.grade", "Grade", "Note"),
    _field("key_result.order", "Order of the key results", "Ordre des résultats clés"),
    _field("check_in", "Check-in", "Point d'étape"),
    _field("check_in.on", "Date", "Date"),
    _field("check_in.value", "Value", "Valeur"),
    _field("check_in.confidence", "Confidence", "Confiance"),
    _field("check_in.comment", "What changed", "Ce qui a changé"),
    _field("check_in.next_step", "Next step", "Prochaine étape"),
    _field("check_in.author", "Author", "Auteur"),
    # What the workshop records beside the tree.
    _field("dependency", "Dependency", "Dépendance"),
    _field("dependency.from", "Objective", "Objectif"),
    _field("dependency.to", "Depends on", "Dépend de"),
    _field("dependency.note", "Note", "Note"),
    _field("ritual", "Ritual", "Rituel"),
    _field("ritual.kind", "Kind", "Type"),
    _field("ritual.cadence", "Repeats", "Fréquence"),
    _field("ritual.note", "Agenda", "Ordre du jour"),
    _field("ritual.starts_on", "First date", "Date de la première séance"),
    _field("ritual.starts_at", "Time", "Heure"),
    _field("ritual.time_zone", "Time zone", "Zone horaire"),
    _field("ritual.duration_minutes", "Duration", "Durée"),
    _field("ritual.place", "Place", "Lieu"),
    _field("ritual.attendees", "Who attends", "Participants"),
    _field("ritual.order", "Order of the rituals", "Ordre des rituels"),
    _field("feedback", "Feedback note", "Note de retour"),
    _field("feedback.kind", "Type", "Rubrique"),
    _field("feedback.text", "Text", "Texte"),
    _field("feedback.author", "Author", "Auteur"),
    _field("feedback.occasion", "Occasion", "Moment"),
    _field("feedback.on", "Date", "Date"),
    _field("feedback.order", "Order of the feedback notes", "Ordre des notes de retour"),
    _field("roti_vote", "ROTI vote", "Vote ROTI"),
    _field("roti_vote.score", "Score", "Note"),
    _field("roti_vote.participant", "Voter", "Votant"),
    _field("roti_vote.occasion", "Occasion", "Moment"),
    _field("roti_vote.on", "Date", "Date"),
    _field("action", "Action", "Action"),
    _field("action.text", "Text", "Texte"),
    _field("action.owner", "Owner", "Responsable"),
    _field("action.due", "Due date", "Échéance"),
    _field("action.done", "Done", "Fait"),
    _field("action.feedback", "Feedback note it came from", "Note de retour d'origine"),
    _field("action.order", "Order of the actions", "Ordre des actions"),
    _field("checklist_tick", "Good practice ticked", "Bonne pratique cochée"),
    _field("vote_round", "Vote round", "Tour de vote"),
    _field("vote_round.mode", "Mode", "Mode"),
    _field("vote_round.dots_per_person", "Dots each", "Gommettes par personne"),
    _field("vote_round.max_per_objective", "At most on one objective",
           "Maximum sur un même objectif"),
    _field("vote_round.revealed", "Votes revealed", "Votes dévoilés"),
    _field("vote_round.ballots", "Ballots cast", "Bulletins déposés"),
    _field("vote_round.dots", "Dots", "Gommettes"),
    _field("agenda_item", "Run-sheet line", "Ligne du déroulé"),
    _field("agenda_item.title", "Title", "Titre"),
    _field("agenda_item.planned_minutes", "Time planned", "Durée prévue"),
    _field("agenda_item.spent_seconds", "Time spent", "Temps passé"),
    _field("agenda_item.order", "Order of the run sheet", "Ordre du déroulé"),
))

_SECTIONS = {
    "diff.section.workshop": entry(en="Workshop", fr="Atelier"),
    "diff.section.participants": entry(en="Participants", fr="Participants"),
    "diff.section.strategic_objectives": entry(en="Strategic objectives",
                                               fr="Objectifs stratégiques"),
    "diff.section.teams": entry(en="Teams", fr="Équipes"),
    "diff.section.dependencies": entry(en="Dependencies", fr="Dépendances"),
    "diff.section.rituals": entry(en="Rituals", fr="Rituels"),
    "diff.section.feedback": entry(en="Feedback", fr="Feedback"),
    "diff.section.roti_votes": entry(en="ROTI votes", fr="Votes ROTI"),
    "diff.section.actions": entry(en="Actions", fr="Actions"),
    "diff.section.good_practices": entry(en="Good practices", fr="Bonnes pratiques"),
    "diff.section.vote_rounds": entry(en="Dot voting", fr="Vote par gommettes"),
    "diff.section.run_sheet": entry(en="Run sheet", fr="Déroulé"),
}

# Without a common ancestor nobody can tell an addition from a deletion: "only in" says what
# is known, and the coach remembers which it was.
_KINDS = {
    "diff.kind.added_mine": entry(en="Only in my version", fr="Seulement dans ma version"),
    "diff.kind.added_theirs": entry(en="Only in the other version",
                                    fr="Seulement dans l’autre version"),
    "diff.kind.changed": entry(en="Different", fr="Différent"),
}


def _value(code: str, en: str, fr: str) -> tuple[str, dict[str, str]]:
    return f"diff.value.{code}", entry(en=en, fr=french(fr))


# The values that are choices, said as the window says them.
_VALUES = dict((
    _value("yes", "Yes", "Oui"),
    _value("no", "No", "Non"),
    _value("unknown", "(not found)", "(introuvable)"),
    _value("anonymous", "Anonymous", "Anonyme"),
    _value("strict.true", "Strict: refuses beyond the limit",
           "Stricte : refuse au-delà de la limite"),
    _value("strict.false", "Soft: warns beyond the limit",
           "Souple : avertit au-delà de la limite"),
    _value("language.fr", "French", "Français"),
    _value("language.en", "English", "Anglais"),
    _value("step.setup", "Setup", "Préparation"),
    _value("step.vision", "Vision", "Vision"),
    _value("step.contributions", "Contributions", "Contributions"),
    _value("step.focus", "Focus", "Focus"),
    _value("step.key_results", "Key results", "Résultats clés"),
    _value("step.review", "Review", "Revue"),
    _value("step.restitution", "Restitution", "Restitution"),
    _value("step.steering", "Steering", "Pilotage"),
    _value("status.candidate", "Candidate", "Candidat"),
    _value("status.kept", "Kept", "Retenu"),
    _value("status.parked", "Parked", "Au parking"),
    _value("commitment.committed", "Committed", "Engagé"),
    _value("commitment.aspirational", "Aspirational", "Ambitieux"),
    _value("outcome.accomplished", "Accomplished", "Atteint"),
    _value("outcome.missed", "Missed", "Manqué"),
    _value("outcome.postponed", "Postponed", "Reporté"),
    _value("outcome.carried", "Carried to the next cycle", "Poursuivi au prochain cycle"),
    _value("direction.increase", "Increase", "Hausse"),
    _value("direction.decrease", "Decrease", "Baisse"),
    _value("direction.at_least", "At least", "Au moins"),
    _value("direction.at_most", "At most", "Au plus"),
    _value("cadence.weekly", "Every week", "Chaque semaine"),
    _value("cadence.fortnightly", "Every two weeks", "Toutes les deux semaines"),
    _value("cadence.monthly", "Every month", "Chaque mois"),
    _value("cadence.quarterly", "Every quarter", "Chaque trimestre"),
    _value("cadence.once", "Once", "Une fois"),
    _value("feedback_kind.went_well", "What went well", "Ce qui a bien marché"),
    _value("feedback_kind.to_improve", "To improve", "À améliorer"),
    _value("feedback_kind.idea", "Ideas", "Idées"),
    _value("feedback_kind.helped", "What helped", "Ce qui a aidé"),
    _value("feedback_kind.blocked", "What blocked", "Ce qui a bloqué"),
    _value("feedback_kind.good", "GOOD", "BIEN"),
    _value("feedback_kind.bad", "BAD", "PAS BIEN"),
    _value("feedback_kind.try", "TRY", "À ESSAYER"),
    _value("occasion.workshop", "End of the workshop", "Fin de l'atelier"),
    _value("occasion.review", "A review during the cycle", "Une revue pendant le cycle"),
    _value("occasion.cycle_end", "End of the cycle", "Fin du cycle"),
    _value("vote_mode.secret", "Secret ballot", "Bulletin secret"),
    _value("vote_mode.tally", "Tally", "Décompte"),
    # Values with a number: minutes, a time spent, a ROTI score, a vote round, a check-in.
    _value("minutes", "{minutes} min", "{minutes}\u00a0min"),
    _value("spent", "{minutes} min {seconds} s", "{minutes}\u00a0min {seconds}\u00a0s"),
    _value("roti", "{voter}: {score}/5", "{voter} : {score}/5"),
    _value("round", "Round {number}", "Tour {number}"),
    _value("check_in", "{value}, confidence {confidence}/10",
           "{value}, confiance {confidence}/10"),
    _value("dependency", "{source} → {target}", "{source} → {target}"),
))

# The command line's one line per difference. A value is quoted, or said empty.
_LINES = {
    "diff.line.changed": entry(
        en="{where} — {field}: {mine} in mine, {theirs} in theirs",
        fr=french("{where} — {field} : {mine} dans ma version, {theirs} dans l'autre"),
    ),
    "diff.line.added_mine": entry(
        en="{where} — {field} {mine}: only in my version",
        fr=french("{where} — {field} {mine} : seulement dans ma version"),
    ),
    "diff.line.added_theirs": entry(
        en="{where} — {field} {theirs}: only in the other version",
        fr=french("{where} — {field} {theirs} : seulement dans l'autre version"),
    ),
    "diff.line.quoted": entry(en="“{text}”", fr=french("« {text} »")),
    "diff.line.empty": entry(en="(empty)", fr="(vide)"),
}

MESSAGES = {**_FIELDS, **_SECTIONS, **_KINDS, **_VALUES, **_LINES}
