"""The ``check-kr`` use case: key-result sentences judged on their own.

Each sentence is read in its own language (detected: "1,250" is 1.25 in French and 1250 in
English whatever the report's language); ``lang`` only chooses the words of the report, and
"auto" reports each sentence in the language it is written in.
"""

from __future__ import annotations

import math
from typing import Any

from okr_workshop.app.formats import format_value
from okr_workshop.domain.catalogue import entry, section
from okr_workshop.domain.findings import Severity, by_severity
from okr_workshop.domain.model import Direction, Language
from okr_workshop.domain.rules.kr_sentence import (
    detect_language,
    judge_sentence,
    parse_sentence,
    verdict,
)
from okr_workshop.domain.rules.wording import french

# The report's words, in the catalogue's "reports" section (a verdict's, a direction's and a
# severity's under their value); the sentences themselves are the findings'.
MESSAGES = {
    "check_kr.ok": entry(en="OK", fr="OK"),
    "check_kr.needs-work": entry(en="Needs work", fr="À retravailler"),
    "check_kr.parsed": entry(en="Read: {metric}", fr=french("Lu : {metric}")),
    "check_kr.baseline": entry(en="from {value}", fr="départ {value}"),
    "check_kr.target": entry(en="target {value}", fr="cible {value}"),
    "check_kr.change": entry(en="change {value} (target depends on the baseline)",
                             fr="évolution {value} (cible selon le point de départ)"),
    "check_kr.none": entry(en="no number read", fr="aucun chiffre lu"),
    # Counted after a colon, so no plural to get wrong ("1 phrase", "2 phrases").
    "check_kr.summary": entry(en="Ready: {ok} of {total}; needs work: {todo}.",
                              fr=french("Prêtes : {ok} sur {total} ; à retravailler : {todo}.")),
    "check_kr.no_metric": entry(en="(metric to name)", fr="(mesure à nommer)"),
    "check_kr.increase": entry(en="up", fr="à la hausse"),
    "check_kr.decrease": entry(en="down", fr="à la baisse"),
    "check_kr.at_least": entry(en="at least", fr="au moins"),
    "check_kr.at_most": entry(en="at most", fr="au plus"),
    "check_kr.error": entry(en="error", fr="erreur"),
    "check_kr.warning": entry(en="warning", fr="attention"),
    "check_kr.info": entry(en="info", fr="info"),
}


def _words(lang: str) -> dict[str, str]:
    """The report's words in ``lang``, by name ("summary") or by a verdict's, direction's or
    severity's value (so ``words[Direction.DECREASE]`` reads "down")."""
    return {code.removeprefix("check_kr."): words[lang]
            for code, words in section("reports").items() if code.startswith("check_kr.")}


_VERDICT_MARK = {"ok": "✓", "needs-work": "✗"}
_SEVERITY_MARK = {Severity.ERROR: "✗", Severity.WARNING: "!", Severity.INFO: "·"}


def _number(value: float | None) -> int | float | None:
    """JSON numbers: 10000 rather than 10000.0, 1.8 as it is."""
    if value is None or not math.isfinite(value):
        return None  # beyond what JSON can say (1e309 is "Infinity", which is no JSON)
    return int(value) if float(value).is_integer() else value


def _report_language(text: str, lang: str) -> str:
    return detect_language(text).value if lang == "auto" else Language(lang).value


def check_sentences(sentences: list[str], lang: str = "auto") -> list[dict[str, Any]]:
    """One JSON-ready object per sentence, in order: text, verdict, findings, parsed."""
    results = []
    for text in sentences:
        report_lang = _report_language(text, lang)
        findings = by_severity(judge_sentence(text))
        parsed = parse_sentence(text)
        results.append({
            "text": text,
            "verdict": verdict(findings),
            "findings": [
                {
                    "code": f.code,
                    "severity": f.severity.value,
                    "message": f.message(report_lang),
                    "advice": f.advice(report_lang),
                }
                for f in findings
            ],
            "parsed": {
                "metric": parsed.metric,
                "baseline": _number(parsed.baseline),
                "target": _number(parsed.target),
                # A relative change ("by 10%"), never a target: percent of the baseline or
                # not; "factor" when it was said as a multiplier ("1.5x", "tripler").
                "change": None if parsed.change is None else {
                    "amount": _number(parsed.change), "percent": parsed.change_percent,
                    "factor": _number(parsed.factor)},
                "unit": parsed.unit,
                "direction": parsed.direction.value if parsed.direction else None,
                # The verb says one way, the numbers the other: both, and no direction.
                "contradiction": None if parsed.contradiction is None else {
                    "verb": parsed.contradiction[0].value,
                    "numbers": parsed.contradiction[1].value},
            },
        })
    return results


def _quantity(value: float, unit: str, lang: str) -> str:
    """"1,8 %", "120 000 €", "4,5/5" in French; "1.8%", "€120,000", "4.5/5" in English."""
    return format_value(value, lang, unit)


def _parsed_line(parsed: dict[str, Any], lang: str) -> str:
    words = _words(lang)
    parts = [words["parsed"].format(metric=parsed["metric"] or words["no_metric"])]
    if parsed["baseline"] is not None:
        parts.append(words["baseline"].format(
            value=_quantity(parsed["baseline"], parsed["unit"], lang)))
    if parsed["target"] is not None:
        parts.append(words["target"].format(
            value=_quantity(parsed["target"], parsed["unit"], lang)))
    change = parsed.get("change")
    if change is not None:
        sign = "−" if parsed["direction"] == Direction.DECREASE.value else "+"
        unit = "%" if change["percent"] else parsed["unit"]
        value = sign + _quantity(change["amount"], unit, lang)
        if change.get("factor") is not None:  # "×1,5" as said, rather than "+50 %"
            value = "×" + _quantity(change["factor"], "", lang)
        parts.append(words["change"].format(value=value))
    if parsed["baseline"] is None and parsed["target"] is None and change is None:
        parts.append(words["none"])
    if parsed["direction"]:
        parts.append(words[Direction(parsed["direction"])])
    return " · ".join(parts)


def format_report(
    results: list[dict[str, Any]], lang: str = "auto", interface: str | None = None
) -> str:
    """The ``check-kr`` text: each sentence with its verdict, what was read, and why.

    Each sentence is reported in its own language; so is the closing count when they all
    share one, else it is said in ``interface`` (the command line's language)."""
    lines: list[str] = []
    for result in results:
        report_lang = _report_language(result["text"], lang)
        words = _words(report_lang)
        mark = _VERDICT_MARK[result["verdict"]]
        lines.append(f"{mark} [{words[result['verdict']]}] {' '.join(result['text'].split())}")
        lines.append(f"    {_parsed_line(result['parsed'], report_lang)}")
        # Rendered again rather than copied, so labels and sentences share one language.
        for finding in by_severity(judge_sentence(result["text"])):
            lines.append(f"    {_SEVERITY_MARK[finding.severity]} [{words[finding.severity]}] "
                         f"{finding.message(report_lang)}")
            lines.append(f"        → {finding.advice(report_lang)}")
        lines.append("")
    total = len(results)
    ok = sum(1 for r in results if r["verdict"] == "ok")
    spoken = {_report_language(r["text"], lang) for r in results}
    summary_lang = lang if lang != "auto" else (
        spoken.pop() if len(spoken) == 1 else interface or "en")
    lines.append(_words(summary_lang)["summary"].format(ok=ok, total=total, todo=total - ok))
    return "\n".join(lines)
