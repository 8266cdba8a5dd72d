"""French writes "les OKR", "les KR": the abbreviations are invariable (no English "s").

Every French text we ship is read: the French sample, the rules' and the deck's catalogue,
the window's translations.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest

from okr_workshop.domain.catalogue import SECTIONS, section

ROOT = Path(__file__).resolve().parent.parent
ENGLISH_PLURAL = re.compile(r"\b(?:OKR|KR)s\b")


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def french_sample_texts() -> list[str]:
    folder = ROOT / "resources" / "samples"
    return [text for path in sorted(folder.glob("*fr*.json"))
            for text in strings(json.loads(path.read_text(encoding="utf-8")))]


def french_catalogue_texts() -> list[str]:
    # Every section: the rules', the deck's, the errors' and the command line's.
    return [text for name in SECTIONS for entry in section(name).values()
            for text in strings(entry["fr"])]


def french_window_texts() -> list[str]:
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "okr_workshop_fr.ts")
    return [node.text or "" for node in tree.iter("translation")]


@pytest.mark.parametrize("texts", [french_sample_texts, french_catalogue_texts,
                                   french_window_texts])
def test_no_english_plural_of_okr_or_kr_in_french(texts) -> None:
    found = texts()
    assert found  # the source is read, not silently empty
    offending = [text for text in found if ENGLISH_PLURAL.search(text)]
    assert offending == []


def test_the_check_sees_an_english_plural() -> None:
    assert ENGLISH_PLURAL.search("les OKRs sont affichés")
    assert ENGLISH_PLURAL.search("valeur des KRs,")
    assert not ENGLISH_PLURAL.search("les OKR sont affichés ; deux KR par objectif")
