"""The smoke test's readers (issue 17, point 4) refuse a file that is empty, cut short or of
another kind, naming it: a bundle that writes broken exports must fail its smoke test."""

from __future__ import annotations

import pytest

from okr_workshop.app.export_deck import export_deck, export_pptx
from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language
from okr_workshop.export.read_back import calendar_events, calendar_zones, pdf_pages, pptx_slides


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("exports")
    workshop = sample_workshop(Language.FRENCH)
    return {"pdf": export_deck(workshop, folder / "deck.pdf"),
            "pptx": export_pptx(workshop, folder / "deck.pptx")}


def test_whole_files_are_counted(written):
    assert pdf_pages(written["pdf"]) > 5
    assert pptx_slides(written["pptx"]) > 5


@pytest.mark.parametrize("kind", ["pdf", "pptx"])
@pytest.mark.parametrize("cut", [0, 4, 0.5])
def test_an_empty_or_truncated_file_is_refused(written, tmp_path, kind, cut):
    data = written[kind].read_bytes()
    broken = tmp_path / f"broken.{kind}"
    broken.write_bytes(data[: int(len(data) * cut) if isinstance(cut, float) else cut])
    reader = pdf_pages if kind == "pdf" else pptx_slides
    with pytest.raises(ValueError, match=f"broken.{kind}"):
        reader(broken)


def test_a_file_of_another_kind_is_refused(written, tmp_path):
    with pytest.raises(ValueError, match="deck.pptx does not start with %PDF"):
        pdf_pages(written["pptx"])
    with pytest.raises(ValueError, match="deck.pdf is not a zip archive"):
        pptx_slides(written["pdf"])
    with pytest.raises(ValueError, match="deck.pdf cannot be read as a calendar"):
        calendar_events(written["pdf"])


def test_a_calendar_without_events_is_refused_and_its_zones_are_read(tmp_path):
    path = tmp_path / "empty.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//\r\nBEGIN:VTIMEZONE\r\n"
                     b"TZID:Europe/Paris\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n")
    assert calendar_zones(path) == ["Europe/Paris"]
    with pytest.raises(ValueError, match="empty.ics has no event"):
        calendar_events(path)
