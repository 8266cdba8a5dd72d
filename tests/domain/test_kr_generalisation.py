"""The key-result reader on sentences it has never seen (issue 18): a new labelled corpus,
and a frozen held-out batch that is never tuned on, both written before any change to the
reader and committed with its score on them.

Run with ``-s`` to see the figures per language; they are also in every assertion message.
Each batch's figure when it was committed (before the reader was tuned on it) is written
beside it below; the floors catch a reader getting worse. The issue's goal is 97 % verdicts
and 97 % baseline/target readings in each language.

The held-out batch is frozen: its SHA-256 is recorded here, and a change to the file fails
the test. Never edit it to make the reader look better; add new sentences to the corpus.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from okr_workshop.domain.rules.kr_sentence import judge_sentence, parse_sentence, verdict
from tests.domain.test_kr_corpus import load, same

DATA = Path(__file__).parents[1] / "data"
CORPUS = DATA / "kr_corpus_2026.jsonl"
HELD_OUT = DATA / "kr_heldout_frozen.jsonl"
# A second fresh batch (200 sentences), written by someone who had not read the reader, after
# the reader was tuned on the first: its score before any change for it measured the tuning.
SECOND = DATA / "kr_corpus_2026b.jsonl"
# A third (240 sentences), asked to look like real OKR sheets rather than textbook sentences
# (spreadsheet style, passive and nominal forms, four English- and four French-speaking
# countries), written the same way, measured after the reader was tuned on the second.
THIRD = DATA / "kr_corpus_2026c.jsonl"
# A fourth (240 sentences, 140 French), sticky-note style as well as careful, public sector
# and associations included, measured after the reader was tuned on the third.
FOURTH = DATA / "kr_corpus_2026d.jsonl"
# A fifth (200 sentences), new sectors and voices, measured after all the tuning on the four
# batches before it: the reader's figure on sentences it had never seen, like the held-out's.
FIFTH = DATA / "kr_corpus_2026e.jsonl"
# A sixth (160 sentences): a meticulous consultant, a busy team lead and non-native writers,
# measured after the review's fixes. When committed: fr 98.8 % / 95.0 %, en 95.0 % / 87.5 %.
SIXTH = DATA / "kr_corpus_2026f.jsonl"
HELD_OUT_SHA256 = "9e30cd771bcd105a5b029ec73aa78c4b670a2a66b7419ff51cb04606e6ba7bd6"

# (verdicts, baseline/target) per language. Measured on 2026-12-07, before any change to
# the reader: corpus fr 78.8 % / 83.1 %, en 80.6 % / 78.8 %; held-out fr 78.3 % / 83.3 %,
# en 75.0 % / 73.3 %. The floors sit about two points under.
# The second batch, when committed (the reader already tuned on the first): fr 98.0 % /
# 94.0 %, en 93.0 % / 90.0 %.
# The third, when committed: fr 92.5 % / 90.8 %, en 94.2 % / 82.5 %.
# The fourth, when committed: fr 94.3 % / 90.7 %, en 98.0 % / 95.0 %.
# The fifth, when committed: fr 95.0 % / 94.0 %, en 97.0 % / 96.0 %.
# Raised once the reader was tuned: the batches it was tuned on at the 97 %; the frozen
# held-out batch, never tuned on, a little under what it reads now (fr 98.3 % / 98.3 %, en
# 100 % / 98.3 %, from 78.3/83.3 and 75.0/73.3 before any change).
TUNED = {"fr": (0.97, 0.97), "en": (0.97, 0.97)}
FLOORS = {
    CORPUS.name: TUNED, SECOND.name: TUNED, THIRD.name: TUNED, FOURTH.name: TUNED,
    FIFTH.name: TUNED, SIXTH.name: TUNED,
    HELD_OUT.name: {"fr": (0.97, 0.97), "en": (0.97, 0.97)},
}
FAMILIES = {"plain", "words", "multiplier", "threshold", "relative", "activity",
            "outcome-verb", "contradiction", "noise", "vague", "binary"}


# One spelling per unit of change, so that only meaning is compared: the labels say "pt"
# where the reader may say "pts" or "points".
_POINTS = {"pt", "pts", "point", "points"}


def _canonical(amount: float, unit: str) -> tuple[float, str]:
    """A change in one form: a multiplier is the percentage it moves the baseline by
    (×2 is +100 %, halving is −50 %: the direction is the verb's, as for "by 20 %")."""
    if unit == "x":
        return (round(abs(amount - 1) * 100, 9), "%")
    return (round(abs(amount), 9), "pt" if unit in _POINTS else unit)


def _change(parsed) -> tuple[float, str] | None:
    """What the reader made of a relative change, in the labels' terms."""
    if parsed.change is None:
        return None
    return _canonical(parsed.change, "%" if parsed.change_percent else str(parsed.unit))


def _labelled_change(row: dict) -> tuple[float, str] | None:
    change = row.get("change")
    return None if change is None else _canonical(float(change[0]), change[1])


def score(rows: list[dict]) -> dict[str, dict[str, object]]:
    """Per language: the share of verdicts and of baseline/target readings that agree, and
    the sentences that missed, by family."""
    figures: dict[str, dict[str, object]] = {}
    for lang in ("fr", "en"):
        mine = [row for row in rows if row["lang"] == lang]
        verdicts = values = 0
        misses: list[str] = []
        missed_families: Counter[str] = Counter()
        for row in mine:
            said = verdict(judge_sentence(row["text"]))
            parsed = parse_sentence(row["text"])
            verdict_ok = said == row["verdict"]
            # A reading agrees when its values do, and it flags a contradiction exactly
            # where the label does (issue 18: the verb up, the numbers down).
            values_ok = (same(parsed.baseline, row["baseline"])
                         and same(parsed.target, row["target"])
                         and _change(parsed) == _labelled_change(row)
                         and (parsed.contradiction is not None) == bool(
                             row.get("contradiction")))
            verdicts += verdict_ok
            values += values_ok
            if not (verdict_ok and values_ok):
                missed_families[row["family"]] += 1
                misses.append(
                    f"  [{row['family']}] {row['text']!r}: {said} {parsed.baseline} → "
                    f"{parsed.target} {_change(parsed)}"
                    f"{' contradiction' if parsed.contradiction else ''} "
                    f"(labelled {row['verdict']} "
                    f"{row['baseline']} → {row['target']} {_labelled_change(row)})")
        figures[lang] = {"count": len(mine), "verdicts": verdicts / len(mine),
                         "values": values / len(mine), "misses": misses,
                         "families": dict(missed_families.most_common())}
    return figures


def report(name: str, figures: dict[str, dict[str, object]]) -> str:
    lines = [f"{name}:"]
    for lang, f in figures.items():
        lines.append(f"  {lang}: {f['count']} sentences; verdicts {f['verdicts']:.1%}, "
                     f"baseline/target {f['values']:.1%}; misses by family {f['families']}")
    return "\n".join(lines)


BATCHES = [CORPUS, SECOND, THIRD, FOURTH, FIFTH, SIXTH, HELD_OUT]


@pytest.fixture(scope="module", params=BATCHES, ids=lambda p: p.stem)
def batch(request) -> tuple[str, list[dict], dict]:
    rows = load(request.param)
    figures = score(rows)
    said = report(request.param.name, figures)
    # The held-out batch's misses are never shown, only its figures: reading them would be
    # tuning on it.
    shown = [] if request.param == HELD_OUT else [
        m for f in figures.values() for m in f["misses"]]
    print("\n" + said + "\n" + "\n".join(shown))
    return request.param.name, rows, figures


def test_the_batch_is_large_balanced_and_well_formed(batch):
    name, rows, _ = batch
    least = 300 if name == CORPUS.name else 100
    assert len(rows) >= least
    assert len({row["text"] for row in rows}) == len(rows), "no sentence twice"
    for row in rows:
        assert row["lang"] in ("fr", "en") and row["verdict"] in ("ok", "needs-work")
        assert row["family"] in FAMILIES, row
        for key in ("baseline", "target"):
            assert row[key] is None or isinstance(row[key], int | float), row
    counts = Counter((row["lang"], row["verdict"]) for row in rows)
    for lang in ("fr", "en"):
        ok, work = counts[(lang, "ok")], counts[(lang, "needs-work")]
        assert abs(ok - work) <= 0.1 * (ok + work), f"{lang}: {ok} ok, {work} needs-work"
    assert set(Counter(row["family"] for row in rows)) == FAMILIES, "every family is there"


def test_the_reader_agrees_at_least_as_well_as_when_the_batch_was_committed(batch):
    name, _, figures = batch
    said = report(name, figures)
    for lang, (verdict_floor, value_floor) in FLOORS[name].items():
        assert figures[lang]["verdicts"] >= verdict_floor, said
        assert figures[lang]["values"] >= value_floor, said


def test_the_held_out_batch_is_frozen():
    digest = hashlib.sha256(HELD_OUT.read_bytes()).hexdigest()
    assert digest == HELD_OUT_SHA256, (
        "kr_heldout_frozen.jsonl changed: it measures generalisation only while nobody "
        "edits it; put new sentences in kr_corpus_2026.jsonl instead")
