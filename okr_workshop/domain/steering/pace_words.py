"""The words of :mod:`.pace`: status labels and the sentence of each status code.

Sentences after a status label start in lower case ("Off track: 33 on…"); those said with
no status ("No check-in yet…") start with a capital.
"""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry
from okr_workshop.domain.rules.wording import french

_CONFIDENCE_EN = "; confidence {confidence}/10."
_CONFIDENCE_FR = " ; confiance : {confidence}/10."
_LINE_EN = "the expected line ({expected:en} on {on:en})"
_LINE_FR = "la trajectoire ({expected:fr} au {on:fr})"

MESSAGES = {
    "pace.status.on_track": entry(en="On track", fr="En bonne voie"),
    "pace.status.at_risk": entry(en="At risk", fr="À risque"),
    "pace.status.off_track": entry(en="Off track", fr="Hors trajectoire"),
    "pace.status.none": entry(en="No status yet", fr="Pas encore de statut"),
    "pace.form": entry(en="{status}: {detail}", fr=french("{status} : {detail}")),
    "pace.no_check_in": entry(
        en="No check-in yet: the status comes with the first value and confidence.",
        fr=french("Aucun point d'étape pour l'instant : le statut viendra avec la première "
                  "valeur et la confiance."),
    ),
    "pace.ahead": entry(
        en="{value:en} on {measured:en}, on or ahead of " + _LINE_EN + _CONFIDENCE_EN,
        fr=french("{value:fr} le {measured:fr}, dans les temps ou en avance sur "
                  + _LINE_FR + _CONFIDENCE_FR),
    ),
    "pace.ahead.low_confidence": entry(
        en="confidence is only {confidence}/10, although {value:en} on {measured:en} is on "
           "or ahead of " + _LINE_EN + ".",
        fr=french("la confiance n'est que de {confidence}/10, alors que {value:fr} le "
                  "{measured:fr} est dans les temps ou en avance sur " + _LINE_FR + "."),
    ),
    "pace.close": entry(
        en="{value:en} on {measured:en}, a little behind " + _LINE_EN
           + " but within {tolerance:en} of the way" + _CONFIDENCE_EN,
        fr=french("{value:fr} le {measured:fr}, un peu en retard sur " + _LINE_FR
                  + " mais à moins de {tolerance:fr} du chemin" + _CONFIDENCE_FR),
    ),
    "pace.close.low_confidence": entry(
        en="confidence is only {confidence}/10, although {value:en} on {measured:en} is "
           "within {tolerance:en} of " + _LINE_EN + ".",
        fr=french("la confiance n'est que de {confidence}/10, alors que {value:fr} le "
                  "{measured:fr} reste à moins de {tolerance:fr} de " + _LINE_FR + "."),
    ),
    "pace.behind": entry(
        en="{value:en} on {measured:en}, behind " + _LINE_EN
           + " by {lag:en} of the way from baseline to target" + _CONFIDENCE_EN,
        fr=french("{value:fr} le {measured:fr}, en retard sur " + _LINE_FR
                  + " de {lag:fr} du chemin entre la référence et la cible" + _CONFIDENCE_FR),
    ),
    "pace.behind.low_confidence": entry(
        en="confidence is only {confidence}/10, and {value:en} on {measured:en} is behind "
           + _LINE_EN + " by {lag:en} of the way.",
        fr=french("la confiance n'est que de {confidence}/10, et {value:fr} le {measured:fr} "
                  "est en retard sur " + _LINE_FR + " de {lag:fr} du chemin."),
    ),
    "pace.threshold.held": entry(
        en="{value:en} on {measured:en}, on the right side of the level of {target:en} to "
           "hold" + _CONFIDENCE_EN,
        fr=french("{value:fr} le {measured:fr}, du bon côté du seuil de {target:fr} à tenir"
                  + _CONFIDENCE_FR),
    ),
    "pace.threshold.held.low_confidence": entry(
        en="confidence is only {confidence}/10, although {value:en} on {measured:en} holds "
           "the level of {target:en}.",
        fr=french("la confiance n'est que de {confidence}/10, alors que {value:fr} le "
                  "{measured:fr} tient le seuil de {target:fr}."),
    ),
    "pace.threshold.breached": entry(
        en="{value:en} on {measured:en}, on the wrong side of the level of {target:en} to "
           "hold" + _CONFIDENCE_EN,
        fr=french("{value:fr} le {measured:fr}, du mauvais côté du seuil de {target:fr} à "
                  "tenir" + _CONFIDENCE_FR),
    ),
    "pace.confidence_only.no_target": entry(
        en="confidence {confidence}/10 on {measured:en}; with no target there is no expected "
           "line, so confidence alone sets the status.",
        fr=french("confiance : {confidence}/10 le {measured:fr} ; sans cible, pas de "
                  "trajectoire : la confiance seule donne le statut."),
    ),
    "pace.confidence_only.no_baseline": entry(
        en="confidence {confidence}/10 on {measured:en}; with no baseline the expected line "
           "has no start, so confidence alone sets the status.",
        fr=french("confiance : {confidence}/10 le {measured:fr} ; sans référence de départ, "
                  "pas de trajectoire : la confiance seule donne le statut."),
    ),
    "pace.confidence_only.no_direction": entry(
        en="confidence {confidence}/10 on {measured:en}; the baseline equals the target and "
           "no direction says which way is better, so confidence alone sets the status.",
        fr=french("confiance : {confidence}/10 le {measured:fr} ; la référence est égale à "
                  "la cible et aucun sens n'est indiqué : la confiance seule donne le statut."),
    ),
    "pace.milestone.done": entry(
        en="milestone done (check-in of {measured:en}).",
        fr=french("jalon atteint (point d'étape du {measured:fr})."),
    ),
    "pace.milestone.overdue": entry(
        en="milestone not done, and its due date ({due:en}) has passed.",
        fr=french("jalon non atteint, et son échéance ({due:fr}) est passée."),
    ),
    "pace.milestone.pending": entry(
        en="milestone not done yet (check-in of {measured:en})" + _CONFIDENCE_EN,
        fr=french("jalon pas encore atteint (point d'étape du {measured:fr})"
                  + _CONFIDENCE_FR),
    ),
    "pace.override": entry(
        en="set by the coach: “{reason}” (pace and confidence alone say: {computed}).",
        fr=french("statut fixé par le coach — « {reason} » (d'après la trajectoire et la "
                  "confiance seules : {computed})."),
    ),
    "pace.override.no_reason": entry(
        en="set by the coach, with no reason given yet (pace and confidence alone say: "
           "{computed}).",
        fr=french("statut fixé par le coach, sans raison donnée pour l'instant (d'après la "
                  "trajectoire et la confiance seules : {computed})."),
    ),
    "pace.objective.weakest": entry(
        en="its weakest key result, “{key_result}”: {detail}",
        fr=french("son résultat clé le plus faible, « {key_result} » : {detail}"),
    ),
    "pace.objective.all_on_track": entry(
        en="every key result with a check-in is on track ({judged} of {count}).",
        fr=french("tous les résultats clés qui ont un point d'étape sont en bonne voie "
                  "({judged} sur {count})."),
    ),
    "pace.objective.empty": entry(
        en="No key result to follow yet.",
        fr=french("Pas encore de résultat clé à suivre."),
    ),
    "pace.objective.none": entry(
        en="None of its key results has a check-in yet.",
        fr=french("Aucun de ses résultats clés n'a encore de point d'étape."),
    ),
}
