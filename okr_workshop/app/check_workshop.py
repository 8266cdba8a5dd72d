"""The ``check`` use case: every finding of a workshop and its health check, as a JSON-ready
dict or as text for a terminal. The window's Review step reads the same domain functions."""

from __future__ import annotations

from typing import Any

from okr_workshop.domain.catalogue import entry, section
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

# The few words of the text report, in the catalogue's "reports" section (a severity's and a
# subject's words under their value); the sentences themselves are the findings'.
MESSAGES = {
    "check.heading": entry(en="Workshop “{title}”: check",
                           fr=french("Atelier « {title} » : vérification")),
    "check.counts": entry(
        en="Errors: {error} · Warnings: {warning} · Information: {info}",
        fr=french("Erreurs : {error} · Points d'attention : {warning} · Informations : {info}"),
    ),
    "check.nothing": entry(en="Nothing to report: all is in order.",
                           fr="Aucune remarque : tout est en ordre."),
    "check.health": entry(en="Health of the five mistakes", fr="Santé des cinq erreurs"),
    "check.error": entry(en="error", fr="erreur"),
    "check.warning": entry(en="warning", fr="attention"),
    "check.info": entry(en="info", fr="info"),
    "check.workshop": entry(en="Workshop", fr="Atelier"),
    "check.team": entry(en="Team “{title}”", fr=french("Équipe « {title} »")),
    "check.strategic_objective": entry(en="Strategic objective “{title}”",
                                       fr=french("Objectif stratégique « {title} »")),
    "check.objective": entry(en="Objective “{title}”", fr=french("Objectif « {title} »")),
    "check.key_result": entry(en="Key result “{title}”", fr=french("Résultat clé « {title} »")),
    "check.sentence": entry(en="Sentence “{title}”", fr=french("Phrase « {title} »")),
}


def _words(lang: str) -> dict[str, str]:
    """The report's words in ``lang``, by name ("heading") or by a severity's or subject's
    value (so ``words[Severity.ERROR]`` reads "error")."""
    return {code.removeprefix("check."): words[lang]
            for code, words in section("reports").items() if code.startswith("check.")}


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
    words = _words(lang)
    findings = check_workshop(workshop)
    titles = element_titles(workshop)
    counts = {s.value: sum(1 for f in findings if f.severity == s) for s in Severity}
    # One line whatever the title holds (a library written before the import refused line
    # breaks), as the elements' titles below.
    heading = words["heading"].format(title=" ".join(workshop.title.split()))
    lines = [heading, words["counts"].format(**counts), ""]
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
