"""The deck's words for the workshop's lists and its closing slides (see deck_labels.py).

Counts always come after a colon ("objectifs en attente : 3"), so one sentence reads right
for 1 and for 40 without plural forms.
"""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    # Ritual kinds (RitualKind values).
    "deck.ritual.check_in": entry(
        fr=("Point d'étape OKR", "Rituel : valeurs et confiance des résultats clés."),
        en=("OKR check-in", "Ritual: key-result values and confidence."),
    ),
    "deck.ritual.monthly_review": entry(
        fr=("Revue mensuelle", "Rituel : où en sont les résultats clés, que décider."),
        en=("Monthly review", "Ritual: where the key results stand, what to decide."),
    ),
    "deck.ritual.grading": entry(
        fr=("Évaluation et rétrospective", "Fin de cycle : noter chaque résultat clé, "
            "tirer les leçons."),
        en=("Grading and retrospective", "End of cycle: grade each key result, learn."),
    ),
    "deck.ritual.planning": entry(
        fr=("Préparation du cycle suivant", "Rituel : fixer les OKR du prochain cycle."),
        en=("Next-cycle planning", "Ritual: set the next cycle's OKRs."),
    ),
    "deck.ritual.team_review": entry(
        fr=("Revue d'équipe", "Rituel propre à une équipe."),
        en=("Team review", "A ritual within one team."),
    ),
    "deck.ritual.inter_team_review": entry(
        fr=("Revue inter-équipes", "Rituel entre équipes : dépendances et arbitrages."),
        en=("Cross-team review", "A ritual across teams: dependencies and trade-offs."),
    ),
    "deck.ritual.all_hands": entry(
        fr=("Réunion plénière", "Rituel avec toute l'entreprise."),
        en=("All-hands", "A ritual with the whole company."),
    ),
    "deck.ritual.retrospective": entry(
        fr=("Rétrospective", "Rituel de fin de cycle : ce que l'on garde, ce que l'on change."),
        en=("Retrospective", "End-of-cycle ritual: what to keep, what to change."),
    ),
    "deck.ritual.other": entry(
        fr=("Autre rituel", "Un rituel d'un autre genre."),
        en=("Other ritual", "A ritual of another kind."),
    ),
    # Cadences (Cadence values).
    "deck.cadence.weekly": entry(
        fr=("Chaque semaine", "Fréquence d'un rituel."),
        en=("Weekly", "How often a ritual happens."),
    ),
    "deck.cadence.fortnightly": entry(
        fr=("Toutes les deux semaines", "Fréquence d'un rituel."),
        en=("Every two weeks", "How often a ritual happens."),
    ),
    "deck.cadence.monthly": entry(
        fr=("Chaque mois", "Fréquence d'un rituel."),
        en=("Monthly", "How often a ritual happens."),
    ),
    "deck.cadence.quarterly": entry(
        fr=("Chaque trimestre", "Fréquence d'un rituel."),
        en=("Quarterly", "How often a ritual happens."),
    ),
    "deck.cadence.once": entry(
        fr=("Une fois", "Fréquence d'un rituel."),
        en=("Once", "How often a ritual happens."),
    ),
    # Feedback kinds (FeedbackKind values).
    "deck.feedback.went_well": entry(
        fr=("Ce qui a bien marché", "Retours positifs des participants."),
        en=("What went well", "The participants' positive feedback."),
    ),
    "deck.feedback.to_improve": entry(
        fr=("À améliorer", "Ce que les participants changeraient."),
        en=("To improve", "What the participants would change."),
    ),
    "deck.feedback.idea": entry(
        fr=("Idées", "Les idées des participants."),
        en=("Ideas", "The participants' ideas."),
    ),
    "deck.feedback.helped": entry(
        fr=("Ce qui a aidé", "Retours d'une revue : ce qui a aidé."),
        en=("What helped", "Feedback at a review: what helped."),
    ),
    "deck.feedback.blocked": entry(
        fr=("Ce qui a bloqué", "Retours d'une revue : ce qui a freiné."),
        en=("What blocked us", "Feedback at a review: what held the teams back."),
    ),
    "deck.feedback.good": entry(
        fr=("À garder", "Fin de cycle : ce qui a bien marché."),
        en=("Good", "End of cycle: what worked."),
    ),
    "deck.feedback.bad": entry(
        fr=("À changer", "Fin de cycle : ce qui n'a pas marché."),
        en=("Bad", "End of cycle: what did not work."),
    ),
    "deck.feedback.try": entry(
        fr=("À essayer", "Fin de cycle : ce que l'on tente au prochain cycle."),
        en=("Try", "End of cycle: what to try next cycle."),
    ),
    "deck.feedback.quote": entry(
        fr=("« {text} »", "Un retour cité tel quel."),
        en=("“{text}”", "A piece of feedback quoted as written."),
    ),
    # Alignment.
    "deck.alignment.uncovered": entry(
        fr=("Aucune équipe n'y contribue encore.", "Objectif stratégique sans contribution."),
        en=("No team contributes to it yet.", "A strategic objective nobody contributes to."),
    ),
    "deck.alignment.not_aligned": entry(
        fr=("Hors objectifs stratégiques", "Objectifs retenus qui ne sont reliés à "
            "aucun objectif stratégique."),
        en=("Outside the strategic objectives", "Kept objectives linked to no strategic "
            "objective."),
    ),
    "deck.alignment.reason": entry(
        fr=("Pourquoi : {reason}", "La raison donnée pour un objectif non relié."),
        en=("Why: {reason}", "The reason given for an objective that is not aligned."),
    ),
    "deck.alignment.dependencies": entry(
        fr=("Dépendances entre équipes", "Titre de la liste des dépendances."),
        en=("Dependencies between teams", "Heading of the list of dependencies."),
    ),
    "deck.alignment.depends": entry(
        fr=("« {objective} » ({team}) dépend de « {other} » ({other_team})",
            "Une dépendance entre deux objectifs."),
        en=("“{objective}” ({team}) depends on “{other}” ({other_team})",
            "A dependency between two objectives."),
    ),
    # Focus.
    "deck.focus.proposed": entry(
        fr=("Objectifs proposés", "Tous les objectifs écrits par les équipes."),
        en=("Objectives proposed", "Every objective the teams wrote."),
    ),
    "deck.focus.kept": entry(
        fr=("Objectifs retenus", "Les objectifs gardés pour ce cycle."),
        en=("Objectives kept", "The objectives kept for this cycle."),
    ),
    "deck.focus.parked": entry(
        fr=("Au parking", "Les objectifs gardés pour plus tard."),
        en=("In the parking lot", "The objectives kept for later."),
    ),
    "deck.focus.rule": entry(
        fr=("Règle commune — objectifs par équipe : {objectives} ; résultats clés par "
            "objectif : {key_results}.", "La règle de focus posée pour toutes les équipes."),
        en=("Common rule — objectives per team: {objectives}; key results per objective: "
            "{key_results}.", "The focus rule set for every team."),
    ),
    "deck.focus.parking_lot": entry(
        fr=("Le parking : gardé pour plus tard, pas oublié", "Titre de la liste du parking."),
        en=("The parking lot: kept for later, not forgotten", "Heading of the parking lot."),
    ),
    "deck.focus.parking_empty": entry(
        fr=("Le parking est vide.", "Aucun objectif mis de côté."),
        en=("The parking lot is empty.", "No objective set aside."),
    ),
    # Key-result quality.
    "deck.quality.summary": entry(
        fr=("Résultats clés retenus avec une remarque : {count}\u00a0sur\u00a0{total}.",
            "En tête de la diapositive de qualité."),
        en=("Kept key results with a remark: {count}\u00a0of\u00a0{total}.",
            "At the top of the quality slide."),
    ),
    "deck.quality.all_clear": entry(
        fr=("Aucune remarque ne reste sur les résultats clés retenus.",
            "Tous les résultats clés passent les contrôles."),
        en=("No remark remains on the kept key results.",
            "Every key result passes the checks."),
    ),
    "deck.quality.none_kept": entry(
        fr=("Aucun résultat clé retenu pour l'instant.", "Rien à contrôler encore."),
        en=("No key result kept yet.", "Nothing to check yet."),
    ),
    # Health and progress.
    "deck.health.mistake": entry(
        fr=("Erreur {number}", "Numéro d'une des cinq erreurs."),
        en=("Mistake {number}", "Number of one of the five mistakes."),
    ),
    "deck.progress.not_scored": entry(
        fr=("Pas encore mesuré", "Objectif sans point d'étape exploitable."),
        en=("Not measured yet", "An objective without a usable check-in."),
    ),
    # Rituals and next steps.
    "deck.rituals.none": entry(
        fr=("Aucun rituel n'est encore prévu.", "Atelier sans rituel de suivi."),
        en=("No ritual is planned yet.", "A workshop without follow-up rituals."),
    ),
    "deck.next.title": entry(
        fr=("Prochaines étapes", "Titre de la liste des prochaines étapes."),
        en=("Next steps", "Heading of the next steps."),
    ),
    "deck.next.posters": entry(
        fr=("Afficher le poster de chaque équipe et relire les OKR à chaque rituel.",
            "Toujours proposé : le rappel des OKR."),
        en=("Pin up each team's poster and go over the OKRs at every ritual.",
            "Always proposed: keep the OKRs in sight."),
    ),
    "deck.next.check_in": entry(
        fr=("Tenir le point d'étape prévu, avec l'ambassadeur de chaque équipe.",
            "Proposé quand un point d'étape est prévu."),
        en=("Hold the planned check-in, with each team's ambassador.",
            "Proposed when a check-in is planned."),
    ),
    "deck.next.plan_check_in": entry(
        fr=("Fixer un point d'étape régulier sur les résultats clés, toutes les deux "
            "semaines par exemple.", "Proposé quand aucun point d'étape n'est prévu."),
        en=("Set a regular check-in on the key results, every two weeks for instance.",
            "Proposed when no check-in is planned."),
    ),
    "deck.next.remarks": entry(
        fr=("Reprendre les remarques sur les résultats clés avant le premier point d'étape.",
            "Proposé quand des remarques restent."),
        en=("Work through the key-result remarks before the first check-in.",
            "Proposed when remarks remain."),
    ),
    "deck.next.review": entry(
        fr=("Faire le bilan du cycle le {day} : noter chaque objectif de 0 à 1.",
            "Proposé quand la fin du cycle est connue."),
        en=("Review the cycle on {day}: score each objective from 0 to 1.",
            "Proposed when the cycle's end is known."),
    ),
    "deck.next.parking": entry(
        fr=("Revoir le parking en préparant le prochain cycle (objectifs en attente : "
            "{count}).", "Proposé quand des objectifs attendent au parking."),
        en=("Go over the parking lot when preparing the next cycle (objectives waiting: "
            "{count}).", "Proposed when objectives wait in the parking lot."),
    ),
}
