"""The words of the calendar file (.ics): event titles per ritual kind and the lines of the
description, in the catalogue's "calendar" section (code → language → template).

A calendar shows the title in a narrow box: the kind first, then the workshop after a dash
("Point d’étape hebdomadaire — Atelier T1 2027").
"""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry

N = "\u00a0"

MESSAGES = {
    # Titles, by RitualKind value; the weekly check-in has its own (the common case).
    "calendar.kind.check_in.weekly": entry(
        en="Weekly check-in", fr="Point d’étape hebdomadaire"),
    "calendar.kind.check_in": entry(en="OKR check-in", fr="Point d’étape OKR"),
    "calendar.kind.monthly_review": entry(en="Monthly OKR review", fr="Revue mensuelle des OKR"),
    "calendar.kind.team_review": entry(en="Team review", fr="Revue d’équipe"),
    "calendar.kind.inter_team_review": entry(en="Cross-team review", fr="Revue inter-équipes"),
    "calendar.kind.grading": entry(
        en="Grading and retrospective", fr="Notation et rétrospective du cycle"),
    "calendar.kind.planning": entry(en="Next-cycle planning", fr="Préparation du cycle suivant"),
    "calendar.kind.all_hands": entry(en="OKR all-hands", fr="Réunion plénière OKR"),
    "calendar.kind.retrospective": entry(en="Retrospective", fr="Rétrospective"),
    "calendar.kind.other": entry(en="OKR ritual", fr="Rituel OKR"),
    "calendar.title": entry(en="{kind} — {workshop}", fr="{kind} — {workshop}"),
    # The description.
    "calendar.agenda": entry(en="Agenda:", fr=f"Ordre du jour{N}:"),
    "calendar.attendees": entry(en="Attendees: {names}", fr=f"Participants{N}: {{names}}"),
    "calendar.key_results": entry(
        en="Key results as of {day}:", fr=f"Résultats clés au {{day}}{N}:"),
    "calendar.no_key_results": entry(
        en="No key result kept yet.", fr="Aucun résultat clé retenu pour l’instant."),
    "calendar.kr_line": entry(
        en="• {team} — {sentence}: {value} ({day}, confidence {confidence}/10)",
        fr=f"• {{team}} — {{sentence}}{N}: {{value}} ({{day}}, confiance {{confidence}}/10)"),
    "calendar.kr_line_unmeasured": entry(
        en="• {team} — {sentence}: no check-in yet",
        fr=f"• {{team}} — {{sentence}}{N}: pas encore de point d’étape"),
    "calendar.more_key_results": entry(
        en="…and {count} more: the Steering step shows them all.",
        fr=f"…et {{count}} de plus{N}: l’étape Pilotage les montre tous."),
    "calendar.done": entry(en="done", fr="fait"),
    "calendar.not_yet": entry(en="not yet", fr="pas encore"),
    "calendar.reminder": entry(en="{title} starts soon", fr="{title} commence bientôt"),
}
