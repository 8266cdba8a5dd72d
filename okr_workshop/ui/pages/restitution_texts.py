"""Sentences of the Restitution step that depend on a count or an error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.error_messages import Reason
from okr_workshop.domain.findings import Finding, Severity
from okr_workshop.domain.model import Workshop
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.severity import MARK

translate = QCoreApplication.translate


def deck_errors(workshop: Workshop) -> list[Finding]:
    """What the rules call an error (a key result nobody can measure, a strict rule
    broken): all of it is about what the deck shows, kept objectives and their key results."""
    return [f for f in check_workshop(workshop) if f.severity == Severity.ERROR]


def deck_error_lines(workshop: Workshop, errors: list[Finding]) -> list[str]:
    """Before export: that the deck would carry errors, then each one with its team."""
    if not errors:
        return []
    if len(errors) == 1:
        head = translate("RestitutionPage", "Exported now, the deck would carry this error:")
    else:
        head = translate(
            "RestitutionPage", "Exported now, the deck would carry these %1 errors:"
        ).replace("%1", str(len(errors)))
    teams = _teams_by_element(workshop)
    lines = [head]
    for finding in errors:
        message = finding.message(workshop.language)
        team = teams.get(finding.subject_id or "")
        lines.append(f"{MARK[Severity.ERROR]} {team} — {message}" if team
                     else f"{MARK[Severity.ERROR]} {message}")
    return lines


def _teams_by_element(workshop: Workshop) -> dict[str, str]:
    """The team name of every objective and key result, by id."""
    names: dict[str, str] = {}
    for team in workshop.teams:
        for objective in team.objectives:
            names[objective.id] = team.name
            for kr in objective.key_results:
                names[kr.id] = team.name
    return names


def posters_saved(count: int, folder: Path) -> str:
    if count == 1:
        text = translate("RestitutionPage", "One poster saved in “%1”.")
    else:
        text = translate("RestitutionPage", "%2 posters saved in “%1”.")
    return fill(text, folder, count)


def export_error(error: object) -> str:
    """What went wrong, in a sentence (never a traceback)."""
    if isinstance(error, OSError):
        reason = Reason.of(error).sentence(ui_language())
        if error.filename:
            return fill(translate("RestitutionPage", "Nothing could be written to “%1”: %2."),
                        error.filename, reason)
        return translate("RestitutionPage", "Nothing could be written: %1.").replace("%1", reason)
    detail = str(error) or type(error).__name__
    return translate(
        "RestitutionPage", "The export stopped on an unexpected problem: %1"
    ).replace("%1", detail)
