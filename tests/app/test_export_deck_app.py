"""The export use case shared by the window and the command line."""

from __future__ import annotations

from dataclasses import replace

from pypdf import PdfReader

from okr_workshop.app.export_deck import (
    available_sections,
    deck_language,
    export_deck,
    export_posters,
    preview_deck,
    suggested_deck_name,
)
from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language, Workshop


def test_the_deck_language_defaults_to_the_workshop_s():
    workshop = Workshop(title="Atelier", language=Language.ENGLISH)
    assert deck_language(workshop) is Language.ENGLISH
    assert deck_language(workshop, "fr") is Language.FRENCH
    assert deck_language(workshop, Language.FRENCH) is Language.FRENCH


def test_optional_sections_are_offered_only_with_content():
    keys = [s.key for s in available_sections(Workshop(title="Vide"))]
    assert "progress" not in keys and "feedback" not in keys and "teams" in keys


def test_suggested_name_is_safe_for_any_file_system():
    workshop = Workshop(title='Atelier OKR — T1/T2: "équipes" <b>?')
    name = suggested_deck_name(workshop)
    assert name.endswith(".pdf") and "Atelier OKR — T1 T2" in name
    assert not set('/\\:*?"<>|') & set(name)
    assert suggested_deck_name(replace(workshop, title="///")) == "OKR.pdf"


def test_export_deck_and_posters_write_files(tmp_path):
    from tests.export.builders import big_workshop

    workshop = big_workshop(teams=2, language=Language.ENGLISH)
    path = export_deck(workshop, tmp_path / "deck.pdf", sections=("cover", "teams"))
    pdf = PdfReader(path)
    # The cover, and three slides a team (three objectives, each kept whole, one a slide
    # at the room's text sizes).
    assert len(pdf.pages) == 1 + 3 * 2 and pdf.trailer["/Root"]["/Lang"] == "en"
    posters = export_posters(workshop, tmp_path / "posters", "fr")
    assert len(posters) == 2
    assert PdfReader(posters[0]).trailer["/Root"]["/Lang"] == "fr"
    a3 = export_posters(workshop, tmp_path / "a3", "fr", paper="a3")
    assert [round(float(v)) for v in PdfReader(a3[0]).pages[0].mediabox[2:]] == [842, 1191]


def test_the_deck_with_or_without_its_appendix(tmp_path):
    workshop = sample_workshop(Language.ENGLISH)
    main = export_deck(workshop, tmp_path / "main.pdf", appendix=False)
    full = export_deck(workshop, tmp_path / "full.pdf", appendix=True)
    main_text = " ".join(p.extract_text() for p in PdfReader(main).pages)
    full_text = " ".join(p.extract_text() for p in PdfReader(full).pages)
    assert "Appendix" not in main_text and "Appendix" in full_text
    assert "Who took part" in main_text
    assert preview_deck(workshop, appendix=False) == main.read_bytes()



def _text(pdf) -> str:
    return " ".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_every_deck_export_is_the_main_deck_unless_the_appendix_is_asked_for(tmp_path):
    """The window and the command line default to the main deck only: so does the use
    case, whoever calls it without saying (a script, a future caller)."""
    import io

    from pptx import Presentation

    from okr_workshop.app.export_deck import export_handout, export_pptx

    workshop = sample_workshop(Language.ENGLISH)
    main = export_deck(workshop, tmp_path / "main.pdf")
    pages = len(PdfReader(main).pages)
    assert "Appendix" not in _text(main)
    assert pages == len(PdfReader(export_deck(workshop, tmp_path / "main2.pdf",
                                              appendix=False)).pages)
    assert "Appendix" not in _text(io.BytesIO(preview_deck(workshop)))
    assert "Appendix" not in _text(export_handout(workshop, tmp_path / "notes.pdf"))
    assert len(Presentation(export_pptx(workshop, tmp_path / "deck.pptx")).slides) == pages
