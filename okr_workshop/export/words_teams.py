"""The words of the team and department slides: what an objective serves, a key result's
measure, status and latest check-in, the takeaway titles and the speaker notes.

In the catalogue's "deck" section, (message, advice) like :mod:`.deck_labels`; the status
words themselves are the steering step's (``pace.status.*``): one vocabulary for the
window and the deck, in both languages.
"""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    # An objective: why, and what it serves.
    "deck.objective.why": entry(
        fr=("Pourquoi : {why}", "Sous le titre d'un objectif d'équipe : sa raison d'être."),
        en=("Why: {why}", "Under a team objective's title: the reason for it."),
    ),
    "deck.objective.serves": entry(
        fr=("Contribue à : {strategic}", "L'objectif stratégique que sert l'objectif."),
        en=("Serves: {strategic}", "The strategic objective the objective serves."),
    ),
    "deck.objective.not_aligned": entry(
        fr=("Hors objectifs stratégiques : {reason}",
            "Objectif qui ne sert aucun objectif stratégique, et pourquoi."),
        en=("Outside the strategic objectives: {reason}",
            "An objective serving no strategic objective, and why."),
    ),
    "deck.objective.not_aligned.no_reason": entry(
        fr=("Hors objectifs stratégiques (raison pas encore donnée)",
            "Objectif qui ne sert aucun objectif stratégique, sans raison écrite."),
        en=("Outside the strategic objectives (no reason given yet)",
            "An objective serving no strategic objective, with no reason written."),
    ),
    # A key result: "metric: baseline → target", status and latest check-in.
    "deck.kr.metric": entry(
        fr=("{metric} : {measure}", "Le nom de l'indicateur, puis départ → cible."),
        en=("{metric}: {measure}", "The metric's name, then baseline → target."),
    ),
    "deck.kr.from_at_least": entry(
        fr=("{baseline} → au moins {target}", "Départ, puis seuil à tenir par le haut."),
        en=("{baseline} → at least {target}", "Baseline, then a threshold to stay above."),
    ),
    "deck.kr.from_at_most": entry(
        fr=("{baseline} → au plus {target}", "Départ, puis seuil à tenir par le bas."),
        en=("{baseline} → at most {target}", "Baseline, then a threshold to stay below."),
    ),
    "deck.kr.value_on": entry(
        fr=("{value} le {day}", "Valeur du dernier point d'étape et sa date."),
        en=("{value} on {day}", "The latest check-in's value and date."),
    ),
    "deck.kr.confidence": entry(
        fr=("confiance {confidence}/10", "Confiance de l'équipe au dernier point d'étape."),
        en=("confidence {confidence}/10", "The team's confidence at the latest check-in."),
    ),
    "deck.kr.comment": entry(
        fr=("« {comment} »", "Le commentaire du dernier point d'étape, cité."),
        en=("“{comment}”", "The latest check-in's comment, quoted."),
    ),
    # Takeaway titles: "Sales commits to 2 objectives serving Growth".
    "deck.team.commits.one": entry(
        fr=("{team} s'engage sur 1 objectif", "Titre d'une équipe à un objectif retenu."),
        en=("{team} commits to 1 objective", "Title of a team with one kept objective."),
    ),
    "deck.team.commits.many": entry(
        fr=("{team} s'engage sur {count} objectifs", "Titre d'une équipe, objectifs retenus."),
        en=("{team} commits to {count} objectives", "Title of a team, its kept objectives."),
    ),
    "deck.team.serving.one": entry(
        fr=("{commits} au service de « {strategic} »",
            "Tous ses objectifs servent le même objectif stratégique."),
        en=("{commits} serving {strategic}",
            "All its objectives serve the same strategic objective."),
    ),
    "deck.team.partly": entry(
        fr=("{commits}, dont {count} au service de « {strategic} »",
            "Une partie seulement de ses objectifs sert un objectif stratégique."),
        en=("{commits}, {count} serving {strategic}",
            "Only some of its objectives serve a strategic objective."),
    ),
    "deck.team.serving.unnamed": entry(
        fr=("{commits} au service d'un objectif stratégique",
            "Tous ses objectifs servent le même objectif stratégique, trop long à nommer."),
        en=("{commits} serving one strategic objective",
            "All its objectives serve the same strategic objective, too long to name."),
    ),
    "deck.team.serving.two": entry(
        fr=("{commits} au service de « {first} » et de « {second} »",
            "Ses objectifs servent deux objectifs stratégiques."),
        en=("{commits} serving {first} and {second}",
            "Its objectives serve two strategic objectives."),
    ),
    "deck.team.serving.many": entry(
        fr=("{commits} au service de {count} objectifs stratégiques",
            "Ses objectifs servent plusieurs objectifs stratégiques, trop longs à nommer."),
        en=("{commits} serving {count} strategic objectives",
            "Its objectives serve several strategic objectives, too long to name."),
    ),
    # Many teams: one or more slides per department in the main deck.
    "deck.department.title.one": entry(
        fr=("{department} : 1 équipe, {objectives}", "Titre d'un département à une équipe."),
        en=("{department}: 1 team, {objectives}", "Title of a department with one team."),
    ),
    "deck.department.title.many": entry(
        fr=("{department} : {count} équipes, {objectives}", "Titre d'un département."),
        en=("{department}: {count} teams, {objectives}", "Title of a department."),
    ),
    "deck.department.objectives.one": entry(
        fr=("1 objectif", "Nombre d'objectifs retenus d'un département."),
        en=("1 objective", "A department's number of kept objectives."),
    ),
    "deck.department.objectives.many": entry(
        fr=("{count} objectifs", "Nombre d'objectifs retenus d'un département."),
        en=("{count} objectives", "A department's number of kept objectives."),
    ),
    "deck.department.none": entry(
        fr=("Autres équipes", "Les équipes sans département."),
        en=("Other teams", "Teams without a department."),
    ),
    "deck.department.subtitle": entry(
        fr=("Le détail de chaque équipe est en annexe",
            "Sous le titre d'un département : où trouver le reste."),
        en=("Each team's full slide is in the appendix",
            "Under a department's title: where the rest is."),
    ),
    "deck.teams.detail": entry(
        fr=("Les équipes en détail", "Annexe : la diapositive complète de chaque équipe."),
        en=("Teams in detail", "Appendix: each team's full slide."),
    ),
    # Speaker notes.
    "deck.notes.team.ambassador": entry(
        fr=("Invitez {name}, ambassadeur de l'équipe, à présenter ses OKR.",
            "Notes de l'orateur : qui présente l'équipe."),
        en=("Invite {name}, the team's ambassador, to present its OKRs.",
            "Speaker notes: who presents the team."),
    ),
    "deck.notes.team.say": entry(
        fr=("Pour chaque objectif, dites pourquoi il compte et à quoi il contribue ; pour chaque "
            "résultat clé, où il en est.", "Notes de l'orateur : quoi dire."),
        en=("For each objective, say why it matters and what it serves; for each key "
            "result, where it stands.", "Speaker notes: what to say."),
    ),
    "deck.notes.objective": entry(
        fr=("Objectif {position} : {title}", "Notes de l'orateur : un objectif."),
        en=("Objective {position}: {title}", "Speaker notes: an objective."),
    ),
    "deck.notes.check_ins": entry(
        fr=("Points d'étape :", "Notes de l'orateur : tout l'historique suit."),
        en=("Check-ins:", "Speaker notes: the whole history follows."),
    ),
    "deck.notes.check_in": entry(
        fr=("{day} : {value}, confiance {confidence}/10", "Un point d'étape, dans les notes."),
        en=("{day}: {value}, confidence {confidence}/10", "One check-in, in the notes."),
    ),
    "deck.notes.department.say": entry(
        fr=("Présentez les équipes de ce département une par une : leurs objectifs et leurs "
            "résultats clés. Chaque équipe a sa diapositive complète en annexe, avec le "
            "statut et le dernier point d'étape de chaque résultat clé.",
            "Notes de l'orateur : une diapositive de département."),
        en=("Go through this department's teams one by one: their objectives and key "
            "results. Each team's full slide, with each key result's status and latest "
            "check-in, is in the appendix.", "Speaker notes: a department slide."),
    ),
    "deck.notes.as_of": entry(
        fr=("Statuts au {day}, date du dernier point d'étape de l'atelier.",
            "Notes de l'orateur : la date des statuts."),
        en=("Statuses as of {day}, the workshop's latest check-in.",
            "Speaker notes: the date of the statuses."),
    ),
}
