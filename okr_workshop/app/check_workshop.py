"""The ``check`` use case: every finding of a workshop and its health check, as a JSON-ready
dict or as text for a terminal. The window's Review step reads the same domain functions."""

from __future__ import annotations

from typing import Any

from okr_workshop.domain.findings import SEVERITY_ORDER, Finding, Severity, Subject
from okr_workshop.domain.model import Language, Workshop
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import (
    HealthStatus,
    MistakeHealth,
    health_check,
    mistake_title,
    status_label,
)
from okr_workshop.domain.rules.wording import french

# The few words of the text report; the sentences themselves come from the catalogue.
_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "heading": french("Atelier « {title} » : vérification"),
        "counts": french("Erreurs : {error} · Points d'attention : {warning} · "
                         "Informations : {info}"),
        "nothing": "Aucune remarque : tout est en ordre.",
        "health": "Santé des cinq erreurs",
        Severity.ERROR: "erreur",
        Severity.WARNING: "attention",
        Severity.INFO: "info",
        Subject.WORKSHOP: "Atelier",
        Subject.TEAM: french("Équipe « {title} »"),
        Subject.STRATEGIC_OBJECTIVE: french("Objectif stratégique « {title} »"),
        Subject.OBJECTIVE: french("Objectif « {title} »"),
        Subject.KEY_RESULT: french("Résultat clé « {title} »"),
        Subject.SENTENCE: french("Phrase « {title} »"),
    },
    "en": {
        "heading": "Workshop “{title}”: check",
        "counts": "Errors: {error} · Warnings: {warning} · Information: {info}",
        "nothing": "Nothing to report: all is in order.",
        "health": "Health of the five mistakes",
        Severity.ERROR: "error",
        Severity.WARNING: "warning",
        Severity.INFO: "info",
        Subject.WORKSHOP: "Workshop",
        Subject.TEAM: "Team “{title}”",
        Subject.STRATEGIC_OBJECTIVE: "Strategic objective “{title}”",
        Subject.OBJECTIVE: "Objective “{title}”",
        Subject.KEY_RESULT: "Key result “{title}”",
        Subject.SENTENCE: "Sentence “{title}”",
    },
}

_STATUS_MARK = {HealthStatus.OK: "✓", HealthStatus.AT_RISK: "!", HealthStatus.MISSING: "✗"}
_SEVERITY_MARK = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "·"}


def element_titles(workshop: Workshop) -> dict[str, str]:
    """Every element's id → the words that name it (title, name or key-result text)."""
    titles = {workshop.id: workshop.title}
    titles.update((s.id, s.title) for s in workshop.strategic_objectives)
    for team in workshop.teams:
        titles[team.id] = team.name
        for objective in team.objectives:
            titles[objective.id] = objective.title
            titles.update((kr.id, kr.text) for kr in objective.key_results)
    return titles


def _finding_dict(finding: Finding, lang: str, titles: dict[str, str]) -> dict[str, Any]:
    return {**finding.to_dict(lang), "element": titles.get(finding.subject_id or "", "")}


def _health_dict(health: MistakeHealth, lang: str, titles: dict[str, str]) -> dict[str, Any]:
    return {
        "mistake": health.mistake,
        "title": mistake_title(health.mistake, lang),
        "status": health.status.value,
        "status_label": status_label(health.status, lang),
        "evidence": [_finding_dict(f, lang, titles) for f in health.evidence],
    }


def workshop_report(workshop: Workshop, lang: Language | str) -> dict[str, Any]:
    """The ``check --json`` document."""
    lang = Language(lang).value
    findings = check_workshop(workshop)
    titles = element_titles(workshop)
    return {
        "workshop": {"id": workshop.id, "title": workshop.title},
        "counts": {s.value: sum(1 for f in findings if f.severity == s) for s in Severity},
        "findings": [_finding_dict(f, lang, titles) for f in findings],
        "health": [_health_dict(h, lang, titles) for h in health_check(workshop, findings)],
    }


def _grouped(findings: list[Finding]) -> list[tuple[Finding, list[Finding]]]:
    """Findings grouped by element, elements in tree order, errors first in each."""
    groups: dict[tuple[Subject, str | None], list[Finding]] = {}
    for finding in findings:
        groups.setdefault((finding.subject, finding.subject_id), []).append(finding)
    return [
        (group[0], sorted(group, key=lambda f: SEVERITY_ORDER[f.severity]))
        for group in groups.values()
    ]


def format_workshop_report(workshop: Workshop, lang: Language | str) -> str:
    """The ``check`` text: findings by element, then the health of the five mistakes."""
    lang = Language(lang).value
    words = _WORDS[lang]
    findings = check_workshop(workshop)
    titles = element_titles(workshop)
    counts = {s.value: sum(1 for f in findings if f.severity == s) for s in Severity}
    lines = [words["heading"].format(title=workshop.title), words["counts"].format(**counts), ""]
    if not findings:
        lines += [words["nothing"], ""]
    for first, group in _grouped(findings):
        title = titles.get(first.subject_id or "", "")
        lines.append(words[first.subject].format(title=" ".join(title.split())))
        for finding in group:
            lines.append(f"  {_SEVERITY_MARK[finding.severity]} [{words[finding.severity]}] "
                         f"{finding.message(lang)}")
            lines.append(f"      → {finding.advice(lang)}")
        lines.append("")
    lines.append(words["health"])
    for health in health_check(workshop, findings):
        lines.append(f"{health.mistake}. {mistake_title(health.mistake, lang)} — "
                     f"{_STATUS_MARK[health.status]} {status_label(health.status, lang)}")
        for line in health.evidence:
            lines.append(f"   {_SEVERITY_MARK[line.severity]} {line.message(lang)}")
    return "\n".join(lines)
