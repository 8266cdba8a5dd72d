"""The facilitator's notes: for each step, what to say, what to ask and the typical traps,
read by the coach in the console (``ui/room/notes.py``), never shown to the room.

Grounded in the source document (``seed/okr-5-erreurs.md``): each trap is one of its five
mistakes as it shows up in the room, each question one of its recommendations put to the
teams. Written natively in both languages, a few short lines per part, so a coach reads
them at a glance between two sentences.

Codes are ``<step>.<part>.<n>``; :func:`notes` gathers them in order.
"""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry, lang_of
from okr_workshop.domain.enums import Language, Step

PARTS = ("say", "ask", "traps")

MESSAGES = {
    # Setup ---------------------------------------------------------------------------------
    "setup.say.1": entry(
        fr="Annoncez le but du jour\u00a0: chaque équipe écrit sa propre contribution à la vision.",
        en="State today’s aim: each team writes its own contribution to the vision.",
    ),
    "setup.say.2": entry(
        fr="Posez la règle commune dès maintenant (par défaut\u00a0: 3 objectifs, 2 KR chacun).",
        en="Set the common rule now (by default: 3 objectives, 2 key results each).",
    ),
    "setup.say.3": entry(
        fr="Présentez les ambassadeurs\u00a0: ils porteront les OKR dans leur équipe.",
        en="Introduce the ambassadors: they carry the OKRs back to their teams.",
    ),
    "setup.say.4": entry(
        fr="Précisez la période\u00a0: un trimestre se pilote, une année s’oublie.",
        en="Name the period: a quarter can be steered, a year gets forgotten.",
    ),
    "setup.ask.1": entry(
        fr="Hors Produit et Digital, qui est concerné par nos objectifs\u00a0?",
        en="Outside Product and Digital, who is affected by our objectives?",
    ),
    "setup.ask.2": entry(
        fr="Quelles parties prenantes manquent aujourd’hui dans la salle\u00a0?",
        en="Which stakeholders are missing from the room today?",
    ),
    "setup.ask.3": entry(
        fr="Qui a déjà travaillé avec des OKR\u00a0? Faut-il un rappel de la méthode\u00a0?",
        en="Who has worked with OKRs before? Does the method need a quick recap?",
    ),
    "setup.traps.1": entry(
        fr="Un atelier réservé au Produit\u00a0: les autres directions subiront des OKR "
           "qu’elles n’ont pas choisis.",
        en="A Product-only workshop: the other departments get OKRs they never chose.",
    ),
    "setup.traps.2": entry(
        fr="Une période trop longue\u00a0: un objectif à un an ne se pilote pas chaque semaine.",
        en="Too long a period: a one-year objective cannot be steered week by week.",
    ),
    "setup.traps.3": entry(
        fr="Croire qu’une formation suffit\u00a0: prévoyez l’accompagnement après l’atelier.",
        en="Believing one training is enough: plan the support after the workshop.",
    ),
    # Vision --------------------------------------------------------------------------------
    "vision.say.1": entry(
        fr="Lisez la vision à voix haute, puis chaque objectif stratégique et son pourquoi.",
        en="Read the vision aloud, then each strategic objective and its why.",
    ),
    "vision.say.2": entry(
        fr="Ces objectifs sont le cadre, pas la réponse des équipes.",
        en="These objectives are the frame, not the teams’ answer.",
    ),
    "vision.say.3": entry(
        fr="Chaque équipe écrira sa propre contribution, pas une copie.",
        en="Each team will write its own contribution, not a copy.",
    ),
    "vision.ask.1": entry(
        fr="Qu’est-ce qui n’est pas clair dans cette vision\u00a0?",
        en="What is unclear in this vision?",
    ),
    "vision.ask.2": entry(
        fr="Pour votre équipe, quel objectif compte le plus, et pourquoi\u00a0?",
        en="For your team, which objective matters most, and why?",
    ),
    "vision.ask.3": entry(
        fr="Où retrouverez-vous ces objectifs dans trois semaines\u00a0?",
        en="Where will you find these objectives again in three weeks?",
    ),
    "vision.traps.1": entry(
        fr="«\u00a0La Direction a déjà fixé les objectifs\u00a0»\u00a0: les équipes "
           "recopient au lieu de décliner.",
        en="“Management has already set the objectives”: teams copy instead of "
           "finding their part.",
    ),
    "vision.traps.2": entry(
        fr="Passer vite sur le pourquoi\u00a0: sans lui, personne ne s’approprie rien.",
        en="Rushing the why: without it, nobody takes ownership.",
    ),
    "vision.traps.3": entry(
        fr="Une vision lue une fois puis rangée\u00a0: rappelez-la dans les rituels.",
        en="A vision read once and filed away: bring it back in the rituals.",
    ),
    # Contributions -------------------------------------------------------------------------
    "contributions.say.1": entry(
        fr="Chaque équipe propose ce qu’elle peut faire bouger, relié à un objectif stratégique.",
        en="Each team proposes what it can move, tied to a strategic objective.",
    ),
    "contributions.say.2": entry(
        fr="Un objectif dit où aller\u00a0; les chiffres viendront avec les résultats clés.",
        en="An objective says where to go; the numbers come with the key results.",
    ),
    "contributions.say.3": entry(
        fr="Toutes les idées sont bienvenues ici\u00a0: on tranchera à l’étape Focus.",
        en="Every idea is welcome here: the Focus step will decide.",
    ),
    "contributions.ask.1": entry(
        fr="Quel objectif stratégique cette proposition sert-elle\u00a0?",
        en="Which strategic objective does this proposal serve?",
    ),
    "contributions.ask.2": entry(
        fr="Pouvez-vous l’atteindre dans la période\u00a0?",
        en="Can you reach it within the period?",
    ),
    "contributions.ask.3": entry(
        fr="Si elle ne sert aucun objectif stratégique, pourquoi la garder\u00a0?",
        en="If it serves no strategic objective, why keep it?",
    ),
    "contributions.traps.1": entry(
        fr="Recopier les KPI de la Direction sur son périmètre.",
        en="Restating management’s KPIs for your own area.",
    ),
    "contributions.traps.2": entry(
        fr="Écrire des tâches ou des projets au lieu d’objectifs.",
        en="Writing tasks or projects instead of objectives.",
    ),
    "contributions.traps.3": entry(
        fr="Viser trop loin\u00a0: restez sur le court ou le moyen terme.",
        en="Aiming too far out: stay with the short or medium term.",
    ),
    # Focus ---------------------------------------------------------------------------------
    "focus.say.1": entry(
        fr="On garde ce que permet la règle commune\u00a0; le reste va au parking, "
           "rien n’est perdu.",
        en="We keep what the common rule allows; the rest goes to the parking lot, "
           "nothing is lost.",
    ),
    "focus.say.2": entry(
        fr="Trop d’objectifs, c’est vouloir tout faire\u00a0: le focus protège la livraison.",
        en="Too many objectives means trying to do everything: focus protects delivery.",
    ),
    "focus.say.3": entry(
        fr="Avant de voter\u00a0: combien de gommettes chacun, combien au plus par objectif.",
        en="Before the vote: how many dots each, and the most on one objective.",
    ),
    "focus.ask.1": entry(
        fr="Si vous ne pouviez en garder qu’un, lequel\u00a0?",
        en="If you could keep only one, which one?",
    ),
    "focus.ask.2": entry(
        fr="Qu’arrêtez-vous pour faire de la place à cet objectif\u00a0?",
        en="What will you stop doing to make room for this objective?",
    ),
    "focus.ask.3": entry(
        fr="En cas d’égalité\u00a0: lequel sert le mieux la vision\u00a0?",
        en="On a tie: which one serves the vision best?",
    ),
    "focus.traps.1": entry(
        fr="«\u00a01, 2, 3… 6 objectifs\u00a0»\u00a0: tout garder pour ne fâcher personne.",
        en="“1, 2, 3… 6 objectives”: keeping everything so nobody is upset.",
    ),
    "focus.traps.2": entry(
        fr="Laisser la voix la plus forte décider\u00a0: votez d’abord, discutez ensuite.",
        en="Letting the loudest voice decide: vote first, then discuss.",
    ),
    "focus.traps.3": entry(
        fr="Vivre le parking comme un échec\u00a0: ne pas atteindre un objectif n’en est pas un.",
        en="Treating the parking lot as a failure: missing an objective is not one either.",
    ),
    # Key results ---------------------------------------------------------------------------
    "key_results.say.1": entry(
        fr="Un résultat clé se mesure\u00a0: une métrique, un départ, une cible, une échéance.",
        en="A key result is measured: a metric, a baseline, a target, a date.",
    ),
    "key_results.say.2": entry(
        fr="Deux résultats clés par objectif suffisent le plus souvent.",
        en="Two key results per objective are usually enough.",
    ),
    "key_results.say.3": entry(
        fr="Nommez qui le suit et d’où vient la donnée.",
        en="Name who tracks it and where the data comes from.",
    ),
    "key_results.ask.1": entry(
        fr="Quelle donnée le mesure, et y avez-vous accès aujourd’hui\u00a0?",
        en="Which data measures it, and can you get it today?",
    ),
    "key_results.ask.2": entry(
        fr="Où en êtes-vous aujourd’hui\u00a0? Sans point de départ, pas de progrès visible.",
        en="Where are you today? Without a baseline, progress cannot be seen.",
    ),
    "key_results.ask.3": entry(
        fr="Dans un mois, comment saurez-vous que vous êtes sur la bonne voie\u00a0?",
        en="A month from now, how will you know you are on track?",
    ),
    "key_results.traps.1": entry(
        fr="Une liste de livrables\u00a0: «\u00a0lancer l’appli\u00a0» n’est pas un résultat.",
        en="A list of deliverables: “launch the app” is not a result.",
    ),
    "key_results.traps.2": entry(
        fr="Une donnée inaccessible\u00a0: le résultat clé sera oublié dès la première semaine.",
        en="Data nobody can get: the key result is forgotten in the first week.",
    ),
    "key_results.traps.3": entry(
        fr="Une mesure lue en fin de trimestre seulement\u00a0: choisissez-en une qui progresse.",
        en="A measure read only at quarter end: choose one that moves week by week.",
    ),
    # Review --------------------------------------------------------------------------------
    "review.say.1": entry(
        fr="Regardons comment les contributions couvrent les objectifs stratégiques.",
        en="Let’s look at how the contributions cover the strategic objectives.",
    ),
    "review.say.2": entry(
        fr="Un objectif stratégique sans contribution est un signal, pas une faute.",
        en="A strategic objective with no contribution is a signal, not a fault.",
    ),
    "review.say.3": entry(
        fr="Les dépendances entre équipes se disent maintenant, pas en fin de trimestre.",
        en="Dependencies between teams are named now, not at quarter end.",
    ),
    "review.ask.1": entry(
        fr="Quelle direction n’apparaît nulle part\u00a0? Faut-il l’associer\u00a0?",
        en="Which department appears nowhere? Should it be involved?",
    ),
    "review.ask.2": entry(
        fr="De quelle autre équipe avez-vous besoin pour réussir\u00a0?",
        en="Which other team do you need in order to succeed?",
    ),
    "review.ask.3": entry(
        fr="Quelles parties prenantes doivent valider ces orientations\u00a0?",
        en="Which stakeholders must approve these choices?",
    ),
    "review.traps.1": entry(
        fr="Des OKR limités au Produit\u00a0: les autres directions perdent le fil.",
        en="OKRs kept to Product: the other departments lose the thread.",
    ),
    "review.traps.2": entry(
        fr="Découvrir une dépendance quand une équipe attend déjà l’autre.",
        en="Finding a dependency when one team is already waiting for another.",
    ),
    "review.traps.3": entry(
        fr="Passer les cinq signaux de santé sans en parler.",
        en="Skipping the five health signals without discussing them.",
    ),
    # Restitution ---------------------------------------------------------------------------
    "restitution.say.1": entry(
        fr="Programmez la restitution pour tous\u00a0: chacun voit comment son équipe contribue.",
        en="Schedule the all-hands: everyone sees how their team contributes.",
    ),
    "restitution.say.2": entry(
        fr="Racontez l’histoire\u00a0: la vision, les contributions, puis le suivi.",
        en="Tell the story: the vision, the contributions, then how they are tracked.",
    ),
    "restitution.say.3": entry(
        fr="Rangez le document là où chacun le retrouvera.",
        en="Put the document where everyone will find it again.",
    ),
    "restitution.ask.1": entry(
        fr="Qui présentera les OKR de chaque équipe\u00a0?",
        en="Who will present each team’s OKRs?",
    ),
    "restitution.ask.2": entry(
        fr="Où ce document sera-t-il partagé, et qui le lira\u00a0?",
        en="Where will this document be shared, and who will read it?",
    ),
    "restitution.ask.3": entry(
        fr="Quand les rappellerez-vous la prochaine fois\u00a0?",
        en="When will you bring them up next?",
    ),
    "restitution.traps.1": entry(
        fr="Des OKR connus des seuls participants\u00a0: les autres les découvrent trop tard.",
        en="OKRs known only to the people in the room: everyone else learns too late.",
    ),
    "restitution.traps.2": entry(
        fr="Une information difficile à trouver\u00a0: on ne s’approprie pas ce qu’on ne voit pas.",
        en="Information that is hard to find: nobody owns what they cannot see.",
    ),
    "restitution.traps.3": entry(
        fr="Montrer l’annexe du coach à tous\u00a0: elle sert à l’équipe d’animation.",
        en="Showing the coach’s appendix to everyone: it is for the facilitators.",
    ),
    # Steering ------------------------------------------------------------------------------
    "steering.say.1": entry(
        fr="Chaque semaine\u00a0: la valeur, la confiance, ce qui a changé, la prochaine étape.",
        en="Every week: the value, the confidence, what changed, the next step.",
    ),
    "steering.say.2": entry(
        fr="Une confiance qui baisse se dit tôt\u00a0: c’est une information, pas une faute.",
        en="Falling confidence is said early: it is information, not a fault.",
    ),
    "steering.say.3": entry(
        fr="Ne pas atteindre un objectif n’est pas un échec\u00a0: on apprend, on ajuste.",
        en="Missing an objective is not a failure: we learn and adjust.",
    ),
    "steering.ask.1": entry(
        fr="Qu’est-ce qui a changé depuis la semaine dernière\u00a0?",
        en="What has changed since last week?",
    ),
    "steering.ask.2": entry(
        fr="Qu’est-ce qui vous bloque, et qui peut aider\u00a0?",
        en="What is blocking you, and who can help?",
    ),
    "steering.ask.3": entry(
        fr="Faut-il rechallenger cet objectif\u00a0?",
        en="Does this objective need challenging again?",
    ),
    "steering.traps.1": entry(
        fr="«\u00a0On fera le bilan en fin de trimestre\u00a0»\u00a0: les KR s’oublient "
           "dans la livraison.",
        en="“We’ll review at quarter end”: the key results get lost in delivery.",
    ),
    "steering.traps.2": entry(
        fr="Continuer d’investir dans une initiative qui ne fait pas bouger la mesure.",
        en="Going on investing in an initiative that does not move the measure.",
    ),
    "steering.traps.3": entry(
        fr="Un suivi dans un fichier que personne n’ouvre\u00a0: partagez un tableau de bord.",
        en="Tracking in a file nobody opens: share a dashboard.",
    ),
}


def notes(step: Step, language: Language | str) -> dict[str, list[str]]:
    """What to say, what to ask and the traps on ``step``: part → lines, in order."""
    lang = lang_of(language)
    found: dict[str, list[str]] = {part: [] for part in PARTS}
    for code, words in MESSAGES.items():
        step_code, part, _number = code.split(".")
        if step_code == Step(step).value:
            found[part].append(words[lang])
    return found
