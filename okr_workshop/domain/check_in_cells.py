"""How the cells of a check-in file read: a column name, a sentence, a date, a value, a
confidence. A cell that cannot be read raises :class:`RowProblem`, a "row.*" code of the
"check_in_file" catalogue (:mod:`okr_workshop.domain.check_in_words`) with its params."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any

from okr_workshop.domain.enums import Language
from okr_workshop.domain.field_limits import MAGNITUDE, number_beyond
from okr_workshop.domain.model import KeyResult
from okr_workshop.domain.numbers import parse_number
from okr_workshop.domain.rules.wording import Day, Num
from okr_workshop.domain.values import EARLIEST_DATE, LATEST_DATE

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?")
_OUT_OF_TEN = re.compile(r"(.*?)\s*/\s*10")
_DONE = {"1", "done", "yes", "true", "x", "fait", "oui", "vrai", "terminé", "termine"}
_NOT_YET = {"0", "not yet", "no", "false", "pas encore", "non", "faux", "à faire", "a faire"}


# Excel shows a cell starting with these as a formula: the export guards it with a quote,
# which the import takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def needs_formula_guard(text: str) -> bool:
    """Whether the export puts a quote before ``text``: it starts with a formula sign, or
    with quotes before one ("'=x" typed so), which then reads back with its own quote."""
    return text.lstrip("'")[:1] in FORMULA_STARTS and text.lstrip("'") != ""


class RowProblem(Exception):
    """Why one line is refused: a "row.*" code and its params."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params


def header_key(text: str) -> str:
    """A column name as compared: no case, accents, BOM, quotes, "_" or extra spaces."""
    text = text.replace("\ufeff", "").replace("_", " ").strip().strip("\"'")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


def sentence_key(text: str) -> str:
    """A sentence as compared: spacing, case and the apostrophe's shape aside."""
    text = unicodedata.normalize("NFC", text).replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(text.split()).casefold()


def month_first(texts: Iterable[str]) -> bool:
    """Whether a file's dates are month first, as Excel writes them in the United States:
    one of them can only be read so (3/15/2027) and none only day first (15/3/2027)."""
    day_first_only = month_first_only = False
    for text in texts:
        if found := _DMY.fullmatch(text.strip()):
            day_first_only |= int(found[1]) > 12
            month_first_only |= int(found[2]) > 12
    return month_first_only and not day_first_only


def read_date(text: str, month_first: bool = False) -> date:
    """An ISO date, else day/month/year (month/day/year for a ``month_first`` file)."""
    if not text:
        raise RowProblem("row.missing", column="date")
    try:
        if found := _ISO.fullmatch(text):
            on = date(*(int(part) for part in found.groups()))
        elif found := _DMY.fullmatch(text):
            day, month, year = (int(part) for part in found.groups())
            if month_first:
                day, month = month, day
            on = date(year, month, day)
        else:
            raise RowProblem("row.bad_date", text=text)
    except ValueError:
        # 31/02/2027 is no date: refused, never moved to another day
        raise RowProblem("row.bad_date", text=text) from None
    if not EARLIEST_DATE <= on <= LATEST_DATE:
        raise RowProblem("row.date_range", day=Day.of(on), low=Day.of(EARLIEST_DATE),
                         high=Day.of(LATEST_DATE))
    return on


def read_value(text: str, kr: KeyResult, language: Language) -> float:
    if not text:
        raise RowProblem("row.missing", column="value")
    if kr.milestone:
        word = " ".join(text.casefold().split())
        if word in _DONE:
            return 1.0
        if word in _NOT_YET:
            return 0.0
        raise RowProblem("row.milestone", kr=kr.text, text=text)
    number = text
    for unit in sorted({kr.unit.strip(), "%"} - {""}, key=len, reverse=True):
        if number.casefold().endswith(unit.casefold()):
            number = number[: -len(unit)].rstrip()
            break
    try:
        value = parse_number(number, language)
    except ValueError:
        value = None
    if value is None:
        raise RowProblem("row.not_a_number", text=text)
    if number_beyond(value):  # the limit of the window's fields and of a file
        raise RowProblem("row.too_large", text=text, max=Num(MAGNITUDE))
    return value


def read_confidence(text: str, language: Language) -> int:
    if not text:
        raise RowProblem("row.missing", column="confidence")
    out_of_ten = _OUT_OF_TEN.fullmatch(text)
    number = out_of_ten.group(1) if out_of_ten else text
    try:
        value = parse_number(number, language)
    except ValueError:
        value = None
    if value is None or not float(value).is_integer():
        raise RowProblem("row.confidence_whole", text=text)
    if not 0 <= value <= 10:
        raise RowProblem("row.confidence", text=text)
    return int(value)
