"""The facilitator's script per step: every step has what to say, to ask and the traps,
3 to 6 short lines each, in French and English alike."""

from __future__ import annotations

import pytest

from okr_workshop.domain.enums import Language, Step
from okr_workshop.domain.facilitation import MESSAGES, PARTS, notes


@pytest.mark.parametrize("step", list(Step))
def test_every_step_has_a_short_script_in_both_languages(step):
    french, english = notes(step, Language.FRENCH), notes(step, Language.ENGLISH)
    assert list(french) == list(english) == list(PARTS)
    for part in PARTS:
        assert 3 <= len(french[part]) == len(english[part]) <= 6, (step, part)
        # Short: read at a glance between two sentences.
        assert all(len(line) <= 100 for line in french[part] + english[part]), (step, part)
        assert french[part] != english[part]


def test_every_code_names_a_step_and_a_part():
    for code in MESSAGES:
        step, part, number = code.split(".")
        assert Step(step) and part in PARTS and number.isdigit(), code


def test_the_english_is_not_french_and_the_french_not_english():
    for words in MESSAGES.values():
        assert "\u00a0" not in words["en"] and "«" not in words["en"]
        assert "'" not in words["fr"], words["fr"]  # the typographic apostrophe
