"""Legible from the back of the room: no text under 18 pt on a slide but the footer, and
every colour pair of the deck readable (WCAG 2.1 contrast ratios from theme's colours)."""

from __future__ import annotations

import pytest

from okr_workshop.domain.model import CheckIn, Language
from okr_workshop.export import build_deck, theme
from tests.export.builders import (
    big_workshop,
    hostile_workshop,
    many_teams_workshop,
    remarks_workshop,
)
from tests.export.pdf_reading import reader
from tests.export.pdf_sizes import text_runs


def _with_check_ins(workshop):
    """The remarks workshop with a commented check-in on every key result: bars, charts
    and the progress slide appear too."""
    from dataclasses import replace
    from datetime import date

    teams = []
    for team in workshop.teams:
        objectives = tuple(
            replace(o, key_results=tuple(
                replace(kr, check_ins=(CheckIn(on=date(2027, 1, 20), value=12.0, confidence=4,
                                               comment="Lent <b>départ</b> 🚀"),))
                for kr in o.key_results))
            for o in team.objectives)
        teams.append(replace(team, objectives=objectives))
    return replace(workshop, teams=tuple(teams))


MESSY = {
    "hostile": lambda: hostile_workshop(Language.FRENCH),
    "remarks": lambda: _with_check_ins(remarks_workshop(Language.ENGLISH)),
    "long": lambda: big_workshop(teams=4, long_texts=True, language=Language.ENGLISH),
    # More than 12 teams: department slides, the matrix by department, bars per team.
    "25 teams": lambda: many_teams_workshop(25, Language.ENGLISH),
}


@pytest.mark.parametrize("name", sorted(MESSY))
def test_no_text_under_the_floor_outside_the_footer(name):
    workshop = MESSY[name]()
    pdf = reader(build_deck(workshop, workshop.language))
    runs = text_runs(pdf)
    assert len({run.page for run in runs}) == len(pdf.pages)  # every page was read
    footer_top = theme.SLIDE_GEOMETRY.footer_height
    small = [(run.page + 1, run.size, run.text[:30]) for run in runs
             if run.y >= footer_top and run.size < theme.TEXT_FLOOR - 0.01]
    assert small == []
    # And the footer holds only the footer: the content never goes down into its band.
    assert all(run.size < theme.TEXT_FLOOR for run in runs if run.y < footer_top)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_says():
    assert contrast("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast(theme.LINE_HEX, theme.WHITE_HEX) == pytest.approx(1.35, abs=0.01)


# Text colour on its background, as the deck and the posters set them.
TEXT_PAIRS = [
    *[(colour, theme.WHITE_HEX) for colour in (
        theme.TEXT_HEX, theme.MUTED_HEX, theme.ACCENT_HEX, theme.OK_HEX, theme.RISK_HEX,
        theme.MISSING_HEX)],                                     # content, poster band
    (theme.MUTED_HEX, theme.SURFACE_HEX), (theme.ACCENT_HEX, theme.SURFACE_HEX),  # tiles
    (theme.WHITE_HEX, theme.INK_HEX), (theme.BAND_TEXT_HEX, theme.INK_HEX),
    (theme.ACCENT_LIGHT_HEX, theme.INK_HEX),                      # the slides' band, cover
    *[(theme.WHITE_HEX, chip) for chip in (theme.ACCENT_HEX, theme.OK_HEX, theme.RISK_HEX,
                                           theme.MISSING_HEX)],  # chips and badges
]
# Marks that carry meaning: a bar's filled part and its empty part, dots and rules.
CHART_PAIRS = [
    (theme.ACCENT_HEX, theme.WHITE_HEX),      # filled part, dots, rules, badges
    (theme.BAR_EDGE_HEX, theme.WHITE_HEX),    # the empty part's edge on the slide
    (theme.ACCENT_HEX, theme.BAR_EMPTY_HEX),  # filled against empty
    (theme.OK_HEX, theme.WHITE_HEX), (theme.RISK_HEX, theme.WHITE_HEX),
    (theme.MISSING_HEX, theme.WHITE_HEX),
]


@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_contrast_is_at_least_4_5(text, background):
    assert contrast(text, background) >= 4.5


@pytest.mark.parametrize(("mark", "background"), CHART_PAIRS)
def test_chart_marks_contrast_is_at_least_3(mark, background):
    assert contrast(mark, background) >= 3.0


def test_the_progress_bar_draws_its_empty_part_with_the_visible_edge():
    from okr_workshop.export.flowables import ProgressBar

    bar = ProgressBar(0.2, "20 %", 200)
    assert bar.edge_colour.hexval()[2:].upper() == theme.BAR_EDGE_HEX[1:].upper()
    assert bar.font_size >= theme.TEXT_FLOOR
