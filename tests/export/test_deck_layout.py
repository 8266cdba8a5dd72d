"""Nothing is cut off and nothing overflows: long content continues on "(2/3)" slides,
and every flowable drawn stays inside its frame, itself inside the page."""

from __future__ import annotations

import re

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from okr_workshop.domain.model import Language
from okr_workshop.export import LayoutOverflow, build_deck, theme
from okr_workshop.export.chrome import content_height, make_band
from okr_workshop.export.layout import Group, StrictFrame, paginate
from okr_workshop.export.markup import para
from tests.export.builders import big_workshop, paragraph
from tests.export.pdf_reading import all_text, flat, outline, page_texts, reader


@pytest.fixture
def drawn(monkeypatch):
    """Every flowable the deck draws: (page size, frame box, flowable box)."""
    boxes = []
    original = StrictFrame.add

    def add(self, flowable, canv, trySplit=0):  # noqa: N803
        width, height = flowable.wrap(self._aW, self._y - self._y1p)
        result = original(self, flowable, canv, trySplit)
        boxes.append((canv._pagesize, (self._x1, self._y1, self._width, self._height),
                      (self._x, self._y, width, height)))
        return result

    monkeypatch.setattr(StrictFrame, "add", add)
    return boxes


def test_forty_teams_with_long_texts_never_overflow(drawn):
    workshop_ = big_workshop(teams=40, long_texts=True)
    pdf = reader(build_deck(workshop_, Language.FRENCH))
    assert len(drawn) > 1000
    for (page_width, page_height), (x, y, width, height), (fx, fy, fw, fh) in drawn:
        assert 0 <= x and x + width <= page_width and 0 <= y and y + height <= page_height
        assert fx >= x and fx + fw <= x + width + 1e-6, "a flowable wider than its frame"
        assert fy >= y - 1e-6, "a flowable below the bottom of its frame"
        assert fy + fh <= y + height + 1e-6, "a flowable above the top of its frame"
    # Every team has its bookmark on a slide with its name (40 teams: the story shows the
    # departments, each team's full slide is in the appendix), continued on "(2/n)"
    # slides, and every key result is printed.
    texts = page_texts(pdf)
    marks = outline(pdf)
    appendix = next(m.page for m in marks if m.title == "Annexe")  # its sections under it
    departments = [m.title for m in marks if m.level == 1 and m.page < appendix]
    assert departments == ["Ventes", "Opérations"]
    teams = [m for m in marks if m.level == 2 and m.page > appendix]
    assert [m.title for m in teams] == [t.name for t in workshop_.teams]
    continued = [t for t in texts if re.search(r"\((?:[2-9]|\d\d+)/\d+\)",
                                               "\n".join(t.splitlines()[:3]))]
    assert len(continued) > 40
    text = all_text(pdf)
    for kr in workshop_.key_results():
        assert flat(kr.text) in text and flat(kr.owner) in text


def test_the_guard_is_real_a_flowable_too_tall_raises():
    canvas = Canvas("unused.pdf", pagesize=A4)
    frame = StrictFrame(40, 40, 300, 100)
    tall = para(paragraph(3000), theme.styles()["body"])
    with pytest.raises(LayoutOverflow):
        frame.add(tall, canvas)


def test_pages_are_filled_without_exceeding_their_height():
    style = theme.styles()["body"]
    items = [para(paragraph(n * 37 % 900 + 20, f"P{n}"), style) for n in range(60)]
    items.insert(10, Group([para("Titre", theme.styles()["heading"]), items.pop(10)]))
    pages = paginate(items, 500, 300, 250)
    assert len(pages) > 5
    for index, page in enumerate(pages):
        room = 300 if index == 0 else 250
        used = 0.0
        for position, flowable in enumerate(page):
            used += (flowable.getSpaceBefore() if position else 0) + flowable.wrap(500, 1e6)[1]
            used += flowable.getSpaceAfter()
        assert used <= room + 1e-6
        assert all(isinstance(f, Paragraph) for f in page)


def test_a_huge_title_wraps_in_a_taller_band_and_leaves_room():
    geometry = theme.SLIDE_GEOMETRY
    short = make_band("", "Titre", "", geometry)
    huge = make_band("Les OKR des équipes", paragraph(500, "Nom"), paragraph(200), geometry)
    assert huge.height > short.height
    assert content_height(huge, geometry) > 150


def test_a_team_longer_than_a_slide_continues_with_its_name(drawn):
    workshop_ = big_workshop(teams=1, objectives=6, key_results=3, long_texts=True)
    texts = page_texts(reader(build_deck(workshop_, Language.ENGLISH, sections=("teams",))))
    name = workshop_.teams[0].name
    assert len(texts) > 3
    for number, page in enumerate(texts, start=1):  # under "Sales commits to … (2/5)"
        assert flat(name) in flat(page) and f"({number}/{len(texts)})" in flat(page)


def test_without_rituals_the_next_steps_share_the_rituals_slide():
    """French walkthrough: page 14 held one grey line (« Aucun rituel n’est encore
    prévu. ») and page 15 the next steps: a nearly blank slide in front of the client."""
    from okr_workshop.domain.model import Cadence, Ritual, RitualKind
    from tests.export.builders import team, workshop

    bare = workshop([team("Fournil", [])], rituals=())
    texts = page_texts(reader(build_deck(bare, Language.FRENCH, sections=("rituals",))))
    assert len(texts) == 1, texts
    assert "Aucun rituel n’est encore prévu" in texts[0]
    assert "Prochaines étapes" in texts[0] and "1." in texts[0]
    ritual = Ritual(kind=RitualKind.CHECK_IN, cadence=Cadence.WEEKLY)
    planned = workshop([team("Fournil", [])], rituals=(ritual,))  # two slides, as before
    assert len(page_texts(reader(build_deck(planned, Language.FRENCH,
                                            sections=("rituals",))))) == 2
