"""The team posters: one A4 page per team for its objectives and key results, big, and
its check-in grid (see test_posters_wall.py for the set's one size, A3 and the grid)."""

from __future__ import annotations

import os
import re

import pytest
from reportlab.lib.pagesizes import A4

from okr_workshop.domain.model import Language, ObjectiveStatus
from okr_workshop.export import Cancelled, build_poster, poster_file_name, write_posters
from okr_workshop.export.posters import FLOOR_SCALE, poster_pages
from tests.export.builders import big_workshop, paragraph, team, workshop
from tests.export.pdf_reading import all_text, flat, fonts, is_embedded, reader


@pytest.fixture(scope="module")
def posters(sample_fr, tmp_path_factory):
    folder = tmp_path_factory.mktemp("posters") / "new folder"
    return write_posters(sample_fr, folder, Language.FRENCH)


def test_one_a4_page_of_okrs_per_team(sample_fr, posters):
    assert len(posters) == len(sample_fr.teams)
    assert sorted(os.listdir(posters[0].parent)) == sorted(p.name for p in posters)
    for path, team_ in zip(posters, sample_fr.teams, strict=True):
        pdf = reader(path.read_bytes())
        assert len(pdf.pages) <= 2  # the grid under the OKRs, or on a page of its own
        for page in pdf.pages:
            box = page.mediabox
            assert (round(float(box.width)), round(float(box.height))) == \
                tuple(round(v) for v in A4)
        text = flat(pdf.pages[0].extract_text())  # every objective and key result
        assert flat(team_.name) in text
        for objective in team_.objectives_with(ObjectiveStatus.KEPT):
            assert flat(objective.title) in text
            for kr in objective.key_results:
                assert flat(kr.text) in text
        for parked in team_.objectives_with(ObjectiveStatus.PARKED):
            assert flat(parked.title) not in text
        assert pdf.metadata.title == sample_fr.title
        assert flat(team_.name) in pdf.metadata.subject
        assert all(is_embedded(font) for font in fonts(pdf).values())


def test_poster_text_is_big_when_it_fits(sample_fr):
    # The sample's teams have two objectives: their OKRs fit one page at a large size.
    for team_ in sample_fr.teams:
        ctx, pages = poster_pages(sample_fr, team_, Language.ENGLISH)
        assert pages[0].chapter.title == team_.name and len(pages) <= 2
        assert ctx.styles["body"].fontSize >= 16


def test_a_team_too_long_for_one_page_goes_on_without_losing_text():
    long = big_workshop(teams=1, objectives=5, key_results=3, long_texts=True)
    ctx, pages = poster_pages(long, long.teams[0], Language.FRENCH)
    assert ctx.scale == FLOOR_SCALE and len(pages) > 1
    pdf = reader(build_poster(long, long.teams[0], "fr"))
    assert len(pdf.pages) == len(pages)
    # A key result may go on over a page break: read the pages without their furniture
    # (band, footer, page number), as one text.
    text = all_text(pdf)
    for furniture in ("Nos OKR · T1 2027 · Ventes", "Société Œuvres & Cie · T1 2027",
                      "Relus ensemble à chaque rituel."):
        text = text.replace(flat(furniture), " ")
    text = re.sub(re.escape(flat(long.teams[0].name)) + r" \(\d+/\d+\)", " ", text)
    text = flat(re.sub(r"\b\d+ / \d+\b", " ", text))
    for kr in long.key_results():
        assert flat(kr.text) in text


def test_the_same_team_gives_the_same_bytes(sample_en):
    team_ = sample_en.teams[2]
    assert build_poster(sample_en, team_, "en") == build_poster(sample_en, team_, "en")


def test_file_names_are_numbered_and_safe():
    names = [poster_file_name(n, team(name, [])) for n, name in enumerate(
        ["Click & Collect", "RH / Formation: été", "🚀 ✨", paragraph(300)], start=1)]
    assert names[0] == "poster-01-click-collect.pdf"
    assert names[1] == "poster-02-rh-formation-ete.pdf"
    assert names[2] == "poster-03-team.pdf"
    assert len(names[3]) < 80 and all(n.isascii() for n in names)


def test_cancel_writes_no_poster(tmp_path):
    folder = tmp_path / "posters"
    with pytest.raises(Cancelled):
        write_posters(big_workshop(teams=4), folder, "fr",
                      progress=lambda done, total: done < 3)
    assert not folder.exists() or os.listdir(folder) == []


def test_a_workshop_without_teams_writes_nothing(tmp_path):
    assert write_posters(workshop([]), tmp_path / "p", "en") == []


def test_a_failed_write_leaves_the_posters_already_there(tmp_path, monkeypatch):
    folder = tmp_path / "posters"
    first = write_posters(big_workshop(teams=3), folder, "fr")
    before = {path.name: path.read_bytes() for path in first}
    real_fsync = os.fsync
    calls = []

    def disk_full_on_the_third(descriptor):
        calls.append(descriptor)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", disk_full_on_the_third)
    with pytest.raises(OSError):
        write_posters(big_workshop(teams=3), folder, "en")
    # Every earlier poster is intact, and no temporary file is left behind.
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before


def test_a_cancel_arriving_once_the_files_are_written_changes_nothing(tmp_path):
    paths = write_posters(big_workshop(teams=2), tmp_path, "fr",
                          progress=lambda done, total: done < total)
    assert len(paths) == 2 and all(path.exists() for path in paths)
