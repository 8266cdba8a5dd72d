"""Agreement with the labeled corpus of key-result sentences (tests/data/kr_corpus.jsonl).

The corpus was written before the parser, from several departments, half French and half
English, each sentence labeled ok / needs-work with the baseline and target a coach would
write down. A relative change ("Réduire de 20 % les invendus", "by 10%") has no target: its
``change`` is labeled [amount, "%"] (percent of the baseline) or [amount, unit], and until a
baseline is known the sentence needs work (issue 11, point 3). Run with ``-s`` to see the
figures; they are also in every assertion message.

Since issue 18 a sentence is ready for the wall only with both ends written down: a target or a
threshold with no starting value ("Atteindre 10 000 utilisateurs actifs", "at least 90%") needs
work, because nobody can tell whether it is ambitious. The 110 sentences labelled ok under the
old rule were relabelled needs-work, with their baseline and target unchanged. A relative
change with its starting value written down is a target like any other ("de 15 %, aujourd'hui
42 €" aims at 48,3 €): the two sentences that said so were relabelled with that target. And a
count that says the scope ("dans les 3 usines", "in all 3 plants") is no target, as both later
batches label it: the two sentences that had one lost it (both still need work).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import pytest

from okr_workshop.domain.rules.kr_sentence import (
    detect_language,
    judge_sentence,
    parse_sentence,
    verdict,
)

CORPUS = Path(__file__).parents[1] / "data" / "kr_corpus.jsonl"
TARGET_AGREEMENT = 0.95


def load(path: Path = CORPUS) -> list[dict]:
    """The labelled sentences of a JSON-lines file (this corpus by default)."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def change_label(row: dict) -> tuple[float, str] | None:
    change = row.get("change")
    return None if change is None else (float(change[0]), change[1])


def said_change(parsed) -> tuple[float, str] | None:
    if parsed.change is None:
        return None
    return (round(parsed.change, 9), "%" if parsed.change_percent else parsed.unit)


@pytest.fixture(scope="module")
def results() -> dict[str, object]:
    rows = load()
    verdicts, values, languages, misses = 0, 0, 0, []
    for row in rows:
        got_verdict = verdict(judge_sentence(row["text"]))
        parsed = parse_sentence(row["text"])
        verdict_ok = got_verdict == row["verdict"]
        values_ok = (same(parsed.baseline, row["baseline"]) and same(parsed.target, row["target"])
                     and said_change(parsed) == change_label(row))
        verdicts += verdict_ok
        values += values_ok
        languages += detect_language(row["text"]).value == row["lang"]
        if not (verdict_ok and values_ok):
            misses.append(f"  {row['text']!r}: {got_verdict} {parsed.baseline} → "
                          f"{parsed.target} {said_change(parsed)} (expected {row['verdict']} "
                          f"{row['baseline']} → {row['target']} {change_label(row)})")
    total = len(rows)
    report = (f"kr corpus: {total} sentences; verdicts {verdicts / total:.1%}, "
              f"baseline/target {values / total:.1%}, language {languages / total:.1%}")
    if misses:
        report += "\n" + "\n".join(misses)
    print("\n" + report)
    return {"verdicts": verdicts / total, "values": values / total,
            "languages": languages / total, "report": report}


def test_the_corpus_is_large_balanced_and_well_formed():
    rows = load()
    assert len(rows) >= 120
    by_language = Counter(row["lang"] for row in rows)
    assert by_language["fr"] >= 60 and by_language["en"] >= 60
    assert Counter(row["verdict"] for row in rows).keys() == {"ok", "needs-work"}
    for row in rows:
        assert set(row) - {"change"} == {"text", "lang", "verdict", "baseline", "target"}, row
        if "change" in row:
            amount, unit = row["change"]
            assert amount > 0 and isinstance(unit, str) and unit and row["target"] is None
        assert row["lang"] in ("fr", "en") and row["text"].strip()
        for key in ("baseline", "target"):
            assert row[key] is None or isinstance(row[key], int | float), row
    assert len({row["text"] for row in rows}) == len(rows), "duplicate sentences"


def test_verdict_agreement(results):
    assert results["verdicts"] >= TARGET_AGREEMENT, results["report"]


def test_baseline_and_target_agreement(results):
    assert results["values"] >= TARGET_AGREEMENT, results["report"]


def test_every_labelled_sentence_is_read_as_labelled(results):
    # The reader is at 100 % on its corpus: a sentence added for a bug (issue 11, point 3: a
    # time clause before the verb) stays read right.
    assert results["verdicts"] == results["values"] == 1.0, results["report"]


def test_language_detection_agreement(results):
    assert results["languages"] >= TARGET_AGREEMENT, results["report"]


def test_every_sentence_is_judged_in_either_language_without_an_error():
    # A coach may type an English key result in a French workshop (and the reverse): the
    # reader must never raise, whatever language it is told the sentence is in.
    from okr_workshop.domain.model import Language
    from okr_workshop.domain.rules.kr_sentence import judge_sentence, parse_sentence

    lines = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    for line in lines:
        for language in Language:
            parse_sentence(line["text"], language)
            judge_sentence(line["text"], language)


def test_the_corpus_labels_relative_changes_in_both_languages():
    relative = [row for row in load() if "change" in row]
    assert Counter(row["lang"] for row in relative)["fr"] >= 10
    assert Counter(row["lang"] for row in relative)["en"] >= 10
    assert "Improve customer satisfaction by 10%" in {row["text"] for row in relative}
