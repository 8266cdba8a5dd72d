"""Issue 11 point 2: money, units and rounding as the deck and the posters print them,
read back from the PDF in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from okr_workshop.domain.model import CheckIn, Direction, Language
from okr_workshop.export import build_deck, build_poster
from tests.export.builders import key_result, team, workshop
from tests.export.pdf_reading import all_text, reader


def money_workshop():
    krs = [
        key_result("Grow the average deal from $85k to $140k", metric="Average deal",
                   baseline=85000.0, target=140000.0, unit="$"),
        key_result("Keep the basket at £64 at least", metric="Basket", baseline=None,
                   target=64.0, unit="£", direction=Direction.AT_LEAST),
        key_result("Sell the coffee at 4.20 €", metric="Price", baseline=3.5, target=4.2,
                   unit="€"),
        key_result("Deliver in 1 day instead of 3.5", metric="Delivery time", baseline=3.5,
                   target=1.0, unit="days", direction=Direction.DECREASE),
        key_result("Raise the share from 18 to 30%", metric="Share", baseline=18.0,
                   target=30.0, unit="%",
                   check_ins=(CheckIn(on=date(2027, 2, 1), value=27.3180641653,
                                      confidence=6),)),
    ]
    return workshop([team("Sales", [("Sell better", krs)])], Language.ENGLISH)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    shop = money_workshop()
    return {
        lang: all_text(reader(build_deck(shop, lang, sections=("teams",))))
        for lang in ("en", "fr")
    } | {
        f"poster-{lang}": all_text(reader(build_poster(shop, shop.teams[0], lang)))
        for lang in ("en", "fr")
    }


@pytest.mark.parametrize("where", ["", "poster-"])
def test_money_and_units_in_english(texts, where):
    text = texts[where + "en"]
    assert "$85,000 → $140,000" in text
    assert "£64" in text and "64 £" not in text
    assert "€3.50 → €4.20" in text
    assert "3.5 days → 1 day" in text and "1 days" not in text
    assert "18% → 30%" in text


@pytest.mark.parametrize("where", ["", "poster-"])
def test_money_and_units_in_french(texts, where):
    text = texts[where + "fr"]
    assert "85 000 $ → 140 000 $" in text
    assert "64 £" in text
    assert "3,50 € → 4,20 €" in text
    assert "3,5 days → 1 day" in text
    assert "18 % → 30 %" in text


def test_a_check_in_value_is_rounded(texts):
    assert "27.32%" in texts["en"] and "27,32 %" in texts["fr"]
    assert "27.318" not in texts["en"] and "27,318" not in texts["fr"]


def test_a_swiss_system_gets_a_swiss_french_deck():
    # Issue 11 point 9: the region of the system writes the French deck too.
    from okr_workshop.app.formats import use_region

    use_region("fr_CH")
    try:
        text = all_text(reader(build_deck(money_workshop(), "fr", sections=("teams",))))
    finally:
        use_region(None)
    assert "85'000 $ → 140'000 $" in text and "18% → 30%" in text
