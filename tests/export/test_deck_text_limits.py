"""Every field at its longest (domain/field_limits.py) and at its most awkward: right-to-left
text, words longer than a line, text that looks like markup, emoji. The deck (main part and
appendix) and the posters print it literally, in reading order, and never outside the page:
every word poppler finds lies within the page (``pdftotext -bbox``)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from datetime import date

import pytest

from okr_workshop.domain.field_limits import LENGTHS
from okr_workshop.domain.model import CheckIn, Language, Participant, StrategicObjective, Team
from okr_workshop.export import build_deck, build_poster
from tests.export.builders import ARABIC, HEBREW, MARKUP, key_result, team, workshop
from tests.export.pdf_reading import all_text, flat, reader

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils not installed")


def filled(piece: str, length: int) -> str:
    """``piece`` repeated to exactly ``length`` characters."""
    return (piece * (length // len(piece) + 1))[:length]


def unbroken(letter: str, length: int) -> str:
    return letter * length


@pytest.fixture(scope="module")
def longest():
    lengths = {kind: dict(fields) for kind, fields in LENGTHS.items()}
    kr = lengths["key_result"]
    strategic = StrategicObjective(title=filled(MARKUP + " ", lengths["strategic_objective"]
                                                ["title"]),
                                   why=filled(HEBREW + " ", lengths["strategic_objective"]["why"]))
    krs = [
        key_result(unbroken("k", kr["text"]), metric=filled(ARABIC + " ", kr["metric"]),
                   data_source=unbroken("s", kr["data_source"]), owner=unbroken("o", kr["owner"]),
                   unit=unbroken("u", kr["unit"]),
                   check_ins=(CheckIn(on=date(2027, 1, 15), value=15.0, confidence=7,
                                      comment=unbroken("c", lengths["check_in"]["comment"])),)),
        key_result(filled(HEBREW + " 🚀 ", kr["text"]), owner=filled(MARKUP, kr["owner"])),
    ]
    first = team(unbroken("T", lengths["team"]["name"]),
                 [(unbroken("w", lengths["objective"]["title"]), krs),
                  (filled(ARABIC + " ", lengths["objective"]["title"]), [])],
                 department=filled(HEBREW + " ", lengths["team"]["department"]))
    first = Team(**{**first.__dict__, "objectives": tuple(
        type(o)(**{**o.__dict__, "strategic_objective_id": strategic.id,
                   "why": filled(MARKUP + " ", lengths["objective"]["why"])})
        for o in first.objectives)})
    ambassador = Participant(name=filled(ARABIC + " ", lengths["participant"]["name"]),
                             team_id=first.id)
    first = Team(**{**first.__dict__, "ambassador_id": ambassador.id})
    return workshop([first], title=unbroken("W", lengths["workshop"]["title"]),
                    organisation=filled(HEBREW + " ", lengths["workshop"]["organisation"]),
                    vision=unbroken("v", lengths["workshop"]["vision"]),
                    strategic_objectives=(strategic,), participants=(ambassador,))


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" '
                   r'yMax="([-\d.]+)">(.*?)</word>')


def words_outside(data: bytes, tmp_path) -> list[str]:
    """Every word drawn outside its page, with its page number."""
    path = tmp_path / "deck.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    outside = []
    pages = _PAGE.findall(out)
    assert pages, "poppler found no page"
    for number, (width, height, body) in enumerate(pages, start=1):
        for x0, y0, x1, y1, word in _WORD.findall(body):
            if float(x0) < -0.5 or float(y0) < -0.5 or float(x1) > float(width) + 0.5 \
                    or float(y1) > float(height) + 0.5:
                outside.append(f"page {number}: {html.unescape(word)[:30]}")
    return outside


@pytest.mark.parametrize("language", [Language.FRENCH, Language.ENGLISH])
def test_the_longest_awkward_texts_stay_on_the_page(longest, language, tmp_path):
    data = build_deck(longest, language)  # a frame overflow raises LayoutOverflow
    assert words_outside(data, tmp_path) == []
    text = all_text(reader(data))
    assert flat(MARKUP) in text  # markup-looking text printed literally
    assert HEBREW in text and ARABIC in text  # right-to-left text, in reading order
    squeezed = text.replace(" ", "")
    for letter, field in (("w", LENGTHS["objective"]["title"]),
                          ("k", LENGTHS["key_result"]["text"])):
        assert letter * field in squeezed, f"a {field}-letter word is cut"


def test_the_poster_of_the_longest_team_stays_on_the_page(longest, tmp_path):
    data = build_poster(longest, longest.teams[0], Language.FRENCH)
    assert words_outside(data, tmp_path) == []
    text = all_text(reader(data))
    assert "w" * LENGTHS["objective"]["title"] in text.replace(" ", "")
    assert HEBREW in text


def test_the_check_sees_a_word_off_the_page(tmp_path):
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(200, 100))
    canvas.drawString(20, 50, "inside")
    canvas.drawString(170, 20, "overflowing")
    canvas.save()
    [outside] = words_outside(buffer.getvalue(), tmp_path)  # "inside" is not listed
    assert outside.startswith("page 1: overflo")  # poppler keeps what is on the page


def test_the_largest_workshop_the_limits_allow_exports_whole(tmp_path):
    # benchmarks/largest_bench.py's workshop: every list and total at its limit. Its deck
    # and its fullest team's poster are built (a frame overflow would raise) and stay on
    # their pages; how long they take is the benchmark's business, not this test's.
    from benchmarks.largest_bench import largest_workshop

    largest = largest_workshop()
    data = build_deck(largest, Language.FRENCH)
    assert words_outside(data, tmp_path) == []
    fullest = max(largest.teams, key=lambda t: len(t.objectives))
    assert words_outside(build_poster(largest, fullest, Language.FRENCH), tmp_path) == []


def crowded_matrix(strategic_count: int):
    """40 teams of 100-character names (one an unbroken word) serving ``strategic_count``
    strategic objectives of 300 characters of long words: the coverage matrix at its widest
    and tallest."""
    from dataclasses import replace

    from tests.export.builders import big_workshop, paragraph

    base = big_workshop(teams=40, check_ins=False)
    strategic = tuple(StrategicObjective(title=paragraph(300, f"Croissancedurable{n}"),
                                         position=n) for n in range(strategic_count))
    teams = []
    for number, team_ in enumerate(base.teams):
        name = unbroken("T", 100) if number == 7 else paragraph(100, f"Équipe{number:02d}")
        objectives = tuple(replace(o, strategic_objective_id=strategic[
            (number + index) % strategic_count].id) for index, o in enumerate(team_.objectives))
        teams.append(replace(team_, name=name, department=paragraph(100, "Département"),
                             objectives=objectives))
    return replace(base, teams=tuple(teams), strategic_objectives=strategic)


@pytest.mark.parametrize("strategic_count", [8, 10])
def test_the_coverage_matrix_fits_its_slides_with_long_names_and_titles(strategic_count,
                                                                       tmp_path):
    from reportlab.platypus import Table

    from okr_workshop.export.deck import plan_deck
    from okr_workshop.export.sections import APPENDIX

    crowded = crowded_matrix(strategic_count)
    plan = plan_deck(crowded, Language.FRENCH, sections=("alignment",))  # no LayoutOverflow
    tables = [(page, f) for page in plan.pages for f in page.flowables if isinstance(f, Table)]
    # Every slide of the matrix has the header (each strategic objective's number) and the
    # totals; the appendix's has each team's row once, never cut between two slides.
    for _, table in tables:
        header = [cell[0].getPlainText() for cell in table._cellvalues[0][1:]]
        assert [h.split()[0] for h in header] == [str(n) for n in range(1, strategic_count + 1)]
        assert table._cellvalues[1][0][0].getPlainText() == "Équipes contributrices"
    rows = [flat(t._cellvalues[r][0][0].getPlainText()) for page, t in tables
            if page.chapter.part == APPENDIX for r in range(2, len(t._cellvalues))]
    assert len(rows) == 40 and len([p for p, _ in tables if p.chapter.part == APPENDIX]) > 1
    for row, team_ in zip(rows, sorted(crowded.teams, key=lambda t: t.position), strict=True):
        assert row.startswith(team_.name.split()[0][:20])
    assert any(row.split(" · ")[0].endswith("…") for row in rows)  # too long: cut
    assert words_outside(build_deck(crowded, Language.FRENCH, sections=("alignment",)),
                         tmp_path) == []
