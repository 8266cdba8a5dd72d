"""The speaker notes as pages of the PDF: after the last slide of each chapter with notes,
a page with its title, the slides it is about, and the notes, read back from the PDF."""

from __future__ import annotations

from okr_workshop.export.deck import draw_deck
from okr_workshop.export.handout import with_notes
from tests.export.pdf_reading import flat, page_texts, reader
from tests.export.test_deck_pptx import NOTES, messy_plan


def test_a_notes_page_after_each_chapter_with_notes_and_only_there():
    plan = messy_plan()
    slides = len(plan.pages)
    vision = [n for n, p in enumerate(plan.pages, 1) if p.chapter.section == "vision"]
    table = [n for n, p in enumerate(plan.pages, 1) if p.chapter.title == "Un tableau"]
    drawing = [n for n, p in enumerate(plan.pages, 1) if p.chapter.title == "Un dessin"]
    for page in plan.pages:  # only ours: what the other chapters say is not this test's
        if page.chapter.notes != NOTES and page.chapter.title != "Un dessin":
            page.chapter.notes = ""
    with_some = {id(p.chapter) for p in plan.pages if p.chapter.notes.strip()}
    handout = with_notes(plan)
    texts = [flat(t) for t in page_texts(reader(draw_deck(handout)))]
    notes_pages = [n for n, t in enumerate(texts, 1) if "Notes de l’orateur" in t]
    assert len(texts) == slides + len(notes_pages) and len(notes_pages) == len(with_some) == 3
    # The slides it is about, numbered as in this PDF (as their footers say).
    table = [n + 1 for n in table]  # after the vision's notes page
    drawing = [n + 2 for n in drawing]  # and the table's
    first_notes = texts[notes_pages[0] - 1]
    assert f"Diapositives {vision[0]} à {vision[-1]}" in first_notes
    assert f"{table[0]} / {len(texts)}" in texts[table[0] - 1]
    assert flat(NOTES.replace("\n", " ")) in first_notes  # as typed, markup-looking or not
    # Right after the chapter's last slide, never in the middle of a chapter.
    assert notes_pages[0] == vision[-1] + 1
    assert f"Diapositive {table[0]}" in texts[notes_pages[1] - 1]
    assert "Notes du dessin." in texts[notes_pages[2] - 1]
    assert f"Diapositive {drawing[0]}" in texts[notes_pages[2] - 1]
    # The slides themselves are the deck's, in order.
    assert [p for p in handout.pages if p in plan.pages] == plan.pages


def test_no_notes_no_extra_page():
    plan = messy_plan()
    for page in plan.pages:
        page.chapter.notes = ""
    assert with_notes(plan).pages == plan.pages
