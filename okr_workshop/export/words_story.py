"""The deck's words for its story frame: the summary, who took part, the cycle ahead, the
appendix divider and its parking lot, and every speaker note of those slides.

French typography (NBSP, guillemets, apostrophe) is applied by ``entry``. Counts come after
a colon or as a tile's big number, so one sentence reads right for 1 and for 40.
"""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    # The one-page summary.
    "deck.summary.vision": entry(
        fr=("Notre vision", "Titre court au-dessus de la vision, sur le résumé."),
        en=("Our vision", "Short heading above the vision, on the summary."),
    ),
    "deck.summary.strategy": entry(
        fr=("Nos objectifs stratégiques", "Titre de la liste, sur le résumé."),
        en=("Our strategic objectives", "Heading of the list, on the summary."),
    ),
    "deck.summary.teams": entry(
        fr=("équipes engagées", "Tuile du résumé : nombre d'équipes."),
        en=("teams committed", "Summary tile: number of teams."),
    ),
    "deck.summary.objectives": entry(
        fr=("objectifs retenus", "Tuile du résumé : objectifs retenus pour le cycle."),
        en=("objectives kept", "Summary tile: objectives kept for the cycle."),
    ),
    "deck.summary.key_results": entry(
        fr=("résultats clés", "Tuile du résumé : résultats clés des objectifs retenus."),
        en=("key results", "Summary tile: key results of the kept objectives."),
    ),
    "deck.summary.people": entry(
        fr=("participants", "Tuile du résumé : personnes qui ont pris part."),
        en=("people took part", "Summary tile: people who took part."),
    ),
    "deck.summary.more": entry(
        fr=("… et {count} de plus.",
            "Quand tous les objectifs stratégiques ne tiennent pas sur le résumé."),
        en=("… and {count} more.",
            "When not every strategic objective fits on the summary."),
    ),
    # Who took part.
    "deck.people.ambassador": entry(
        fr=("Ambassadeur : {name}", "Sous le nom de l'équipe, sur « Qui a participé »."),
        en=("Ambassador: {name}", "Under the team's name, on “Who took part”."),
    ),
    "deck.people.no_ambassador": entry(
        fr=("Ambassadeur à désigner", "Équipe sans ambassadeur."),
        en=("Ambassador to be named", "A team without an ambassador."),
    ),
    "deck.people.nobody": entry(
        fr=("Personne d'inscrit pour l'instant", "Équipe sans participant."),
        en=("Nobody listed yet", "A team without participants."),
    ),
    "deck.people.others": entry(
        fr=("Animation et invités", "Les participants rattachés à aucune équipe."),
        en=("Facilitation and guests", "The participants in no team."),
    ),
    "deck.people.none": entry(
        fr=("Aucun participant n'est encore inscrit.", "Atelier sans participant."),
        en=("No participant is listed yet.", "A workshop without participants."),
    ),
    # The cycle ahead.
    "deck.ahead.rituals": entry(
        fr=("Nos rendez-vous", "Titre de la frise des rituels."),
        en=("Our meetings", "Heading of the rituals' timeline."),
    ),
    "deck.ahead.when": entry(
        fr=("{cadence}, à partir du {day}", "Quand a lieu un rituel."),
        en=("{cadence}, from {day}", "When a ritual takes place."),
    ),
    "deck.ahead.when_undated": entry(
        fr=("{cadence}, date à fixer", "Rituel sans date de début."),
        en=("{cadence}, date to be set", "A ritual without a start date."),
    ),
    "deck.ahead.on": entry(
        fr=("Le {day}", "Un rituel tenu une seule fois."),
        en=("On {day}", "A ritual held once."),
    ),
    "deck.ahead.at": entry(
        fr=("à\u00a0{time}", "Heure d'un rituel."),
        en=("at {time}", "Time of a ritual."),
    ),
    "deck.ahead.minutes": entry(
        fr=("{minutes}\u00a0min", "Durée d'un rituel."),
        en=("{minutes} min", "Length of a ritual."),
    ),
    "deck.ahead.place": entry(
        fr=("Lieu : {place}", "Où se tient un rituel."),
        en=("Where: {place}", "Where a ritual is held."),
    ),
    "deck.ahead.start": entry(
        fr=("Début", "Début du cycle, sur la frise."),
        en=("Start", "Start of the cycle, on the timeline."),
    ),
    "deck.ahead.end": entry(
        fr=("Fin", "Fin du cycle, sur la frise."),
        en=("End", "End of the cycle, on the timeline."),
    ),
    "deck.ahead.owner": entry(
        fr=("Porté par {name}", "Qui porte une action."),
        en=("Owner: {name}", "Who owns an action."),
    ),
    "deck.ahead.due": entry(
        fr=("pour le {day}", "Échéance d'une action."),
        en=("due {day}", "An action's due date."),
    ),
    "deck.ahead.done": entry(
        fr=("fait", "Action déjà faite."),
        en=("done", "An action already done."),
    ),
    # The appendix.
    "deck.appendix.title": entry(
        fr=("Annexe", "Titre de la diapositive qui ouvre l'annexe."),
        en=("Appendix", "Title of the slide that opens the appendix."),
    ),
    "deck.appendix.subtitle": entry(
        fr=("Les détails pour l'équipe OKR", "Sous le titre de l'annexe."),
        en=("The details for the OKR team", "Under the appendix's title."),
    ),
    "deck.appendix.lead": entry(
        fr=("Ce qui suit sert à préparer le prochain point d'étape, pas à la présentation.",
            "Première ligne de l'annexe."),
        en=("What follows helps prepare the next check-in; it is not part of the talk.",
            "First line of the appendix."),
    ),
    "deck.focus.undecided_heading": entry(
        fr=("Ni retenus ni mis au parking", "Titre de la liste des objectifs non tranchés."),
        en=("Neither kept nor parked", "Heading of the undecided objectives."),
    ),
    "deck.focus.undecided_empty": entry(
        fr=("Chaque objectif proposé a été retenu ou mis au parking.",
            "Aucun objectif non tranché."),
        en=("Every objective proposed was kept or parked.", "No undecided objective."),
    ),
    "deck.health.legend": entry(
        fr=("En place, à risque ou absent : où nous en sommes face à chaque erreur.",
            "Sous les cinq états de santé."),
        en=("In place, at risk or missing: where we stand against each mistake.",
            "Under the five health states."),
    ),
    # Speaker notes, one per slide (plain text, said by the coach).
    "deck.notes.cover": entry(
        fr=("Accueillir la salle. Présenter l'atelier « {title} » et son cycle : {cycle}.",
            "Notes du présentateur, couverture."),
        en=("Welcome everyone. Introduce the workshop “{title}” and its cycle: {cycle}.",
            "Speaker notes, cover."),
    ),
    "deck.notes.summary": entry(
        fr=("L'essentiel en une page : la vision, les objectifs stratégiques, et ce que "
            "l'entreprise s'engage à faire ce cycle — équipes : {teams} ; objectifs retenus : "
            "{objectives} ; résultats clés : {key_results} ; participants : {people}.",
            "Notes du présentateur, résumé."),
        en=("The whole story on one page: the vision, the strategic objectives, and what the "
            "company commits to this cycle — teams: {teams}; objectives kept: {objectives}; "
            "key results: {key_results}; people: {people}.", "Speaker notes, summary."),
    ),
    "deck.notes.agenda": entry(
        fr=("Annoncer le déroulé : {sections}.", "Notes du présentateur, programme."),
        en=("Walk through what comes next: {sections}.", "Speaker notes, agenda."),
    ),
    "deck.notes.vision": entry(
        fr=("Lire la vision à voix haute : c'est le cap de tous les objectifs qui suivent.",
            "Notes du présentateur, vision."),
        en=("Read the vision aloud: every objective that follows heads towards it.",
            "Speaker notes, vision."),
    ),
    "deck.notes.no_vision": entry(
        fr=("La vision reste à écrire : dire qui s'en charge et pour quand.",
            "Notes du présentateur, vision absente."),
        en=("The vision is still to be written: say who will write it, and by when.",
            "Speaker notes, vision missing."),
    ),
    "deck.notes.strategy": entry(
        fr=("Les objectifs stratégiques ({count}) : pour chacun, dire pourquoi il compte ce "
            "cycle. Chaque objectif d'équipe en sert un.", "Notes du présentateur, stratégie."),
        en=("The strategic objectives ({count}): say why each matters this cycle. Every "
            "team objective serves one of them.", "Speaker notes, strategy."),
    ),
    "deck.notes.people": entry(
        fr=("Remercier les participants ({count}) et présenter les ambassadeurs : ce sont "
            "eux qui feront vivre les OKR de leur équipe.", "Notes du présentateur, participants."),
        en=("Thank the people who took part ({count}) and introduce the ambassadors: they "
            "keep their team's OKRs alive.", "Speaker notes, who took part."),
    ),
    "deck.notes.no_ambassador": entry(
        fr=("Équipes encore sans ambassadeur : {teams}.",
            "Notes du présentateur : équipes sans ambassadeur."),
        en=("Teams still without an ambassador: {teams}.",
            "Speaker notes: teams without an ambassador."),
    ),
    "deck.notes.rituals": entry(
        fr=("Les rendez-vous du cycle : quand, où, à quel rythme. Inviter chacun à les "
            "noter dans son agenda.", "Notes du présentateur, rituels."),
        en=("The meetings of the cycle: when, where, how often. Ask everyone to put them "
            "in their calendar.", "Speaker notes, rituals."),
    ),
    "deck.notes.ritual": entry(
        fr=("{name} : {agenda}", "Notes du présentateur : l'ordre du jour d'un rituel."),
        en=("{name}: {agenda}", "Speaker notes: a ritual's agenda."),
    ),
    "deck.notes.next": entry(
        fr=("Les prochaines étapes : pour chaque action, qui la porte et pour quand.",
            "Notes du présentateur, prochaines étapes."),
        en=("The next steps: for each action, who owns it and by when.",
            "Speaker notes, next steps."),
    ),
    "deck.notes.feedback": entry(
        fr=("Ce que les participants ont dit de l'atelier : lire deux ou trois retours, "
            "dire ce que l'on en retient.", "Notes du présentateur, retours."),
        en=("What the participants said about the workshop: read two or three, say what "
            "we take from them.", "Speaker notes, feedback."),
    ),
    "deck.notes.appendix": entry(
        fr=("L'annexe n'est pas présentée : elle sert à l'équipe OKR et aux curieux. "
            "Elle contient : {sections}.", "Notes du présentateur, annexe."),
        en=("The appendix is not presented: it is for the OKR team and the curious. It "
            "holds: {sections}.", "Speaker notes, appendix."),
    ),
    "deck.notes.quality": entry(
        fr=("Résultats clés avec une remarque : {count} sur {total}. À reprendre avec "
            "chaque équipe avant le premier point d'étape.", "Notes du présentateur, qualité."),
        en=("Key results with a remark: {count} of {total}. Work through them with each "
            "team before the first check-in.", "Speaker notes, quality."),
    ),
    "deck.notes.health": entry(
        fr=("Où nous en sommes face aux cinq erreurs classiques : {states}.",
            "Notes du présentateur, santé."),
        en=("Where we stand against the five classic mistakes: {states}.",
            "Speaker notes, health."),
    ),
}
