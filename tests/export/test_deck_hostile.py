"""User text is data: markup, entities, links, emoji, right-to-left text and very long
paragraphs all export, read back literally, and never load a file or add a link."""

from __future__ import annotations

import pytest

from okr_workshop.domain.model import Language
from okr_workshop.export import build_deck, build_poster
from okr_workshop.export.markup import escape, rich
from tests.export.builders import (
    ARABIC,
    EMOJI,
    ENTITIES,
    HEBREW,
    IMAGE,
    LINK,
    LONG_WORD,
    MARKUP,
    hostile_workshop,
    numbered_words,
)
from tests.export.pdf_reading import all_text, annotations, flat, image_objects, reader


@pytest.fixture(scope="module")
def hostile():
    return hostile_workshop()


@pytest.fixture(scope="module")
def deck(hostile) -> bytes:
    return build_deck(hostile, Language.FRENCH)


@pytest.fixture(scope="module")
def text(deck) -> str:
    return all_text(reader(deck))


@pytest.mark.parametrize("typed", [MARKUP, IMAGE, LINK, ENTITIES, "<script>alert(1)</script>"])
def test_markup_typed_by_a_participant_reads_back_literally(text, typed):
    assert flat(typed) in text


def test_no_link_and_no_image_is_created(deck):
    pdf = reader(deck)
    assert annotations(pdf) == []  # no /Link, no /URI, nothing clickable
    assert image_objects(pdf) == []
    for name in (b"/URI", b"/Subtype /Image", b"/JavaScript", b"/Launch", b"/Annots"):
        assert name not in deck


def test_right_to_left_text_reads_back_in_reading_order(text):
    assert HEBREW in text
    assert ARABIC in text


def test_emoji_are_drawn_and_read_back_as_typed(text):
    # Drawn with the emoji font; each sequence is one picture whose text is the sequence.
    assert EMOJI in text
    assert "□" not in text


def test_a_5000_character_paragraph_is_printed_whole_and_in_order(hostile, text):
    for source in (hostile.vision, hostile.strategic_objectives[0].why,
                   hostile.rituals[0].note, hostile.feedback[0].text):
        words = numbered_words(source)
        assert len(source) > 4500 and len(words) > 400
        positions = [text.find(word) for word in words]
        assert -1 not in positions, "a word of a long paragraph is missing"
        assert positions == sorted(positions), "a long paragraph is printed out of order"


def test_a_word_longer_than_a_line_is_broken_not_cut(text):
    # 3,000 x at the end of the vision, 400 in an objective's title: every x is printed.
    assert text.replace(" ", "").count("x" * 100) >= (len(LONG_WORD) + 400) // 100 - 2
    assert text.count("x") >= len(LONG_WORD) + 400


def test_control_characters_are_dropped_or_become_spaces(text):
    assert "avantaprès onglet ligne séparateur" in text


def test_the_poster_of_a_hostile_team_reads_back_literally(hostile):
    data = build_poster(hostile, hostile.teams[0], Language.ENGLISH)
    text = all_text(reader(data))
    for typed in (IMAGE, LINK, ENTITIES):
        assert flat(typed) in text
    assert annotations(reader(data)) == [] and b"/URI" not in data


def test_escape_leaves_nothing_that_reads_as_markup():
    escaped = escape('<a href="x">&amp;\'</a>')
    assert escaped == "&lt;a href=&quot;x&quot;&gt;&amp;amp;&#39;&lt;/a&gt;"
    assert "<" not in rich("<b>x</b>\n<img src='y'/>").replace("<br/>", "")
