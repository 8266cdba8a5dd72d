"""The room kit's printed words (issue 15): the run sheet's page and the deck appendix's
time per step. Message and advice, as in deck_labels.py."""

from __future__ import annotations

from okr_workshop.domain.rules.wording import entry

MESSAGES = {
    # The steps as the run sheet and the appendix name them (the window's names).
    "deck.step.setup": entry(fr=("Préparation", "Étape 1."), en=("Setup", "Step 1.")),
    "deck.step.vision": entry(fr=("Vision", "Étape 2."), en=("Vision", "Step 2.")),
    "deck.step.contributions": entry(fr=("Contributions", "Étape 3."),
                                     en=("Contributions", "Step 3.")),
    "deck.step.focus": entry(fr=("Focus", "Étape 4."), en=("Focus", "Step 4.")),
    "deck.step.key_results": entry(fr=("Résultats clés", "Étape 5."),
                                   en=("Key results", "Step 5.")),
    "deck.step.review": entry(fr=("Revue", "Étape 6."), en=("Review", "Step 6.")),
    "deck.step.restitution": entry(fr=("Restitution", "Étape 7."),
                                   en=("Presentation", "Step 7.")),
    "deck.step.steering": entry(fr=("Pilotage", "Étape 8, après l'atelier."),
                                en=("Steering", "Step 8, after the workshop.")),
    # The run sheet (one printed A4 page for the coach).
    "deck.run_sheet.kicker": entry(
        fr=("Déroulé de la séance", "Au-dessus du titre de l'atelier."),
        en=("Run sheet", "Above the workshop's title."),
    ),
    "deck.run_sheet.subject": entry(
        fr=("Déroulé de la séance — {workshop}", "Sujet du document PDF."),
        en=("Run sheet — {workshop}", "The PDF's subject."),
    ),
    "deck.run_sheet.when": entry(
        fr=("{day}, de {start} à {end}", "Date et horaires de la séance."),
        en=("{day}, {start} to {end}", "The session's date and times."),
    ),
    "deck.run_sheet.hours": entry(
        fr=("De {start} à {end}", "Horaires, sans date."),
        en=("From {start} to {end}", "The session's times, no date."),
    ),
    "deck.run_sheet.no_start": entry(
        fr=("Sans heure de début : les heures sont comptées depuis le début de la séance.",
            "Aucune heure de début saisie."),
        en=("No start time set: times are counted from the start of the session.",
            "No start time typed."),
    ),
    "deck.run_sheet.next_day": entry(
        fr=("{time} (J+{days})", "Une heure passé minuit."),
        en=("{time} (+{days} d)", "A time past midnight."),
    ),
    "deck.run_sheet.col.time": entry(fr=("Heure", "Colonne."), en=("Time", "Column.")),
    "deck.run_sheet.col.offset": entry(fr=("Depuis le début", "Colonne, sans heure."),
                                       en=("From start", "Column, no start time.")),
    "deck.run_sheet.col.what": entry(fr=("Au programme", "Colonne."), en=("What", "Column.")),
    "deck.run_sheet.col.planned": entry(fr=("Prévu", "Colonne."), en=("Planned", "Column.")),
    "deck.run_sheet.col.spent": entry(fr=("Passé", "Colonne : temps réel."),
                                      en=("Spent", "Column: real time.")),
    "deck.run_sheet.minutes": entry(fr=("{minutes} min", "Une durée."),
                                    en=("{minutes} min", "A duration.")),
    "deck.run_sheet.break": entry(fr=("Pause", "Une ligne sans étape."),
                                  en=("Break", "A line with no step.")),
    "deck.run_sheet.total": entry(
        fr=("Total, dont {breaks} de pauses", "La ligne des totaux."),
        en=("Total, breaks: {breaks}", "The totals' line."),
    ),
    # The deck's appendix: planned against real time per step, as the timer recorded it.
    "deck.section.time": entry(
        fr=("Temps par étape", "Le temps prévu et le temps réel de chaque étape de l'atelier."),
        en=("Time per step", "The time planned and the real time of each workshop step."),
    ),
    "deck.time.col.step": entry(fr=("Étape", "Colonne."), en=("Step", "Column.")),
    "deck.time.col.planned": entry(fr=("Prévu", "Colonne."), en=("Planned", "Column.")),
    "deck.time.col.spent": entry(fr=("Réel", "Colonne."), en=("Real", "Column.")),
    "deck.time.col.gap": entry(fr=("Écart", "Colonne."), en=("Difference", "Column.")),
    "deck.time.duration": entry(fr=("{minutes} min {seconds} s", "Une durée."),
                                en=("{minutes} min {seconds} s", "A duration.")),
    "deck.time.total": entry(fr=("Total", "Dernière ligne."), en=("Total", "Last row.")),
    "deck.notes.time": entry(
        fr=("Temps prévu {planned}, temps réel {spent}. {steps}",
            "Notes de l'orateur de la diapositive « Temps par étape »."),
        en=("Planned {planned}, real {spent}. {steps}",
            "Speaker notes of the Time per step slide."),
    ),
}
