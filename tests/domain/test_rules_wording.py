"""Numbers, dates and cycles printed the French and the English way; French typography."""

from __future__ import annotations

from datetime import date

import pytest

from okr_workshop.domain.rules.wording import (
    NBSP,
    Day,
    Num,
    Span,
    french,
    normalise,
    short,
)

NNBSP = "\u202f"  # French groups thousands with a narrow no-break space (CLDR)


@pytest.mark.parametrize(("value", "unit", "fr", "en"), [
    (40.0, "", "40", "40"),
    (1.8, "%", f"1,8{NBSP}%", "1.8%"),
    # Money keeps its cents and its symbol where the language puts it.
    (1000.5, "€", f"1{NNBSP}000,50{NBSP}€", "€1,000.50"),
    (-3.0, "points", f"-3{NBSP}points", f"-3{NBSP}points"),
    (0.1 + 0.2, "", "0,3", "0.3"),
    (2500000.0, "", f"2{NNBSP}500{NNBSP}000", "2,500,000"),
    (27.3180641653, "%", f"27,32{NBSP}%", "27.32%"),
])
def test_numbers(value, unit, fr, en):
    # The domain prints through the one formatter (installed by tests/conftest.py, as the
    # application, the deck and the command line install it).
    number = Num(value, unit)
    assert f"{number:fr}" == fr and f"{number:en}" == en
    assert number == value  # still a number for whoever reads the params
    assert f"{number:.1f}" == f"{value:.1f}"


def test_days():
    # The abbreviated month each language writes in a date, bound by non-breaking spaces.
    assert f"{Day.of(date(2027, 3, 1)):fr}" == "1er\u00a0mars\u00a02027"
    assert f"{Day.of(date(2027, 8, 15)):fr}" == "15\u00a0août\u00a02027"
    assert f"{Day.of(date(2026, 11, 27)):fr}" == "27\u00a0nov.\u00a02026"
    assert f"{Day.of(date(2026, 11, 27)):en}" == "Nov\u00a027, 2026"
    assert f"{Day.of(date(2027, 3, 1)):en}" == "Mar\u00a01, 2027"
    assert f"{Day.of(date(2027, 3, 1))}" == "2027-03-01"


def test_spans():
    start, end = date(2027, 1, 1), date(2027, 3, 31)
    assert f"{Span(start, end):en}" == "from Jan\u00a01, 2027 to Mar\u00a031, 2027"
    assert f"{Span(start, None):fr}" == "à partir du 1er\u00a0janv.\u00a02027"
    assert f"{Span(None, end):fr}" == "jusqu’au 31\u00a0mars\u00a02027"
    assert f"{Span(None, end):en}" == "until Mar\u00a031, 2027"
    assert Span(start, end) == Span(start, end) and hash(Span(start, end)) == hash(Span(start, end))


def test_french_typography():
    assert french("L'équipe « {team} » : 3 ; 40 % ! Vraiment ?") == (
        f"L’équipe «{NBSP}{{team}}{NBSP}»{NBSP}: 3{NBSP}; 40{NBSP}%{NBSP}! Vraiment{NBSP}?"
    )
    assert french("{target:fr}") == "{target:fr}"  # format specs are left alone


def test_normalise_and_short():
    assert normalise("L’Équipe NUMÉRIQUE") == "l'equipe numerique"
    assert short("a  b\nc") == "a b c"
    assert short("x" * 100, 10) == "x" * 9 + "…"


def test_a_quoted_title_is_cut_between_words():
    # French walkthrough: « … de 4,20 € à 3,50 € d’i… » and « programme de fidélité d’i… ».
    text = "Faire passer le coût de revient d’une baguette de 4,20 € à 3,50 € d’ici fin mars"
    assert short(text) == "Faire passer le coût de revient d’une baguette de 4,20 € à 3,50 €…"
    assert short("Passer de 1 200 à 3 000 clients inscrits au programme de fidélité d’ici "
                 "le 31 mars") == ("Passer de 1 200 à 3 000 clients inscrits au programme de "
                                   "fidélité…")
    assert short("x" * 100, 10) == "x" * 9 + "…"  # one long word: cut inside it
    assert len(short("mot " * 40)) <= 70
