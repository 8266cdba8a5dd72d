"""Check-ins read from a file (a team's spreadsheet), checked against the workshop as a
whole before anything is added: a :class:`CheckInPreview` of what will be added, key result
by key result, or a :class:`CheckInFileError` naming the first wrong line (and how many
others are wrong). Nothing is ever half-imported.

The file's format (CSV) is read by :mod:`okr_workshop.storage.check_in_csv`; this module
sees its header and rows as text. A line number is the row's number as a spreadsheet
shows it: the header is line 1.

What a line may hold (examples are tests in tests/domain/test_check_in_import.py):
a date as 2027-01-11 or 11/01/2027 (01/11/2027 when another date of the file can only be
month first, as American Excel writes; a time after it is ignored); the key result by its id
or its exact sentence (case, spacing and apostrophes aside; the team column, when there is
one, tells two same sentences apart); a value in either language's notation, with the key
result's unit or "%" after it; for a milestone 1/0 or done/not yet; a confidence from 0 to
10 ("7" or "7/10"). A line that repeats a check-in the workshop already holds (same key
result, date, value, confidence and comment) is skipped, so a spreadsheet that grows week
after week can be imported again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from okr_workshop.domain import catalogue
from okr_workshop.domain.check_in_cells import (
    RowProblem,
    header_key,
    month_first,
    needs_formula_guard,
    read_confidence,
    read_date,
    read_value,
    sentence_key,
)
from okr_workshop.domain.check_in_words import COLUMNS, REQUIRED
from okr_workshop.domain.entered import clean_text
from okr_workshop.domain.enums import Language
from okr_workshop.domain.error_messages import problem
from okr_workshop.domain.model import CheckIn, KeyResult, Workshop
from okr_workshop.domain.rules.wording import Day, Num, Span
from okr_workshop.domain.values import InvalidValue


@dataclass(frozen=True)
class FileRow:
    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class CheckInTable:
    """What a file reader found: the header's cells and the rows under it (blank ones
    included, so line numbers match the spreadsheet); ``language`` reads the numbers."""

    headers: tuple[str, ...]
    rows: tuple[FileRow, ...]
    language: Language = Language.ENGLISH


class CheckInFileError(ValueError):
    """A refused check-in file: a ``file.*`` code of the "check_in_file" catalogue, or
    ``file.problems`` with every wrong line as (line, ``row.*`` code, params)."""

    def __init__(self, code: str, problems: tuple[tuple[int, str, dict[str, Any]], ...] = (),
                 **params: Any) -> None:
        self.code = code
        self.params = params
        self.problems = problems
        super().__init__(self.message("en"))

    @property
    def line(self) -> int | None:
        return self.problems[0][0] if self.problems else None

    def message(self, language: object) -> str:
        lang = catalogue.lang_of(language)
        if not self.problems:
            return catalogue.say("check_in_file", self.code, lang, _numbers(self.params))
        line, code, params = self.problems[0]
        said = catalogue.say("check_in_file", "file.problems", lang,
                             {"line": line, "reason": row_reason(code, params, lang)})
        others = len({number for number, _, _ in self.problems}) - 1
        if others == 1:
            said += catalogue.say("check_in_file", "file.one_more_problem", lang)
        elif others:
            said += catalogue.say("check_in_file", "file.more_problems", lang,
                                  {"count": Num(others)})
        return said


def _numbers(params: dict[str, Any]) -> dict[str, Any]:
    """The numbers among ``params`` as :class:`Num`, which a template says in its
    language ("59,5" and "20 000" in French)."""
    return {name: Num(value) if isinstance(value, int | float) and not isinstance(value, bool)
            else value for name, value in params.items()}


def row_reason(code: str, params: dict[str, Any], lang: str) -> str:
    """One line's reason, in ``lang``: "confidence 11 is not between 0 and 10"."""
    params = dict(params)
    if "column" in params:
        params["column"] = catalogue.say("check_in_file", f"column.{params['column']}", lang)
    if code == "row.invalid":
        params["problem"] = problem(params.pop("why"), params.pop("details"), lang)
    return catalogue.say("check_in_file", code, lang, params)


@dataclass(frozen=True)
class PlannedCheckIn:
    line: int
    team: str
    key_result: KeyResult
    check_in: CheckIn


@dataclass(frozen=True)
class KeyResultImport:
    """What one key result receives: its team, itself, the new check-ins by date."""

    team: str
    key_result: KeyResult
    check_ins: tuple[CheckIn, ...]


@dataclass(frozen=True)
class CheckInPreview:
    """What an import will add, checked; ``skipped`` are the lines already there."""

    workshop_id: str
    added: tuple[PlannedCheckIn, ...]
    skipped: tuple[int, ...] = ()

    def by_key_result(self) -> list[KeyResultImport]:
        """The additions grouped per key result, in the file's order of first mention."""
        grouped: dict[str, list[PlannedCheckIn]] = defaultdict(list)
        for planned in self.added:
            grouped[planned.key_result.id].append(planned)
        return [KeyResultImport(items[0].team, items[0].key_result,
                                tuple(sorted((p.check_in for p in items), key=lambda c: c.on)))
                for items in grouped.values()]


_BY_NAME = {header_key(name): (column, index)
            for column, names in COLUMNS.items()
            for index, language_names in enumerate(names) for name in language_names}


def column_map(headers: tuple[str, ...]) -> tuple[dict[str, int], bool]:
    """Column → its index in the header, and whether the header is French. Raises
    CheckInFileError naming the required columns the header lacks."""
    found: dict[str, int] = {}
    french = english = False
    for index, header in enumerate(headers):
        known = _BY_NAME.get(header_key(header))
        if known is None or known[0] in found:
            continue
        found[known[0]] = index
        both = header_key(header) in {header_key(n) for n in COLUMNS[known[0]][0]}
        french = french or (known[1] == 1 and not both)
        english = english or (known[1] == 0 and not both)
    missing = [c for c in REQUIRED if c not in found]
    if "kr" not in found and "kr_id" not in found:
        missing.insert(0, "kr")
    if missing:
        lang = 1 if french else 0
        names = ", ".join(f"“{COLUMNS[c][lang][0]}”" for c in missing)
        shown = " | ".join(h.strip() for h in headers if h.strip())[:200] or "—"
        raise CheckInFileError("file.missing_columns", columns=names, found=shown)
    return found, french and not english


def plan_check_ins(workshop: Workshop, table: CheckInTable) -> CheckInPreview:
    """Every row of ``table`` checked against ``workshop``: the preview, or a
    CheckInFileError listing the wrong lines (nothing is changed either way)."""
    columns, _french = column_map(table.headers)
    index = _Index(workshop)
    problems: list[tuple[int, str, dict[str, Any]]] = []
    added: list[PlannedCheckIn] = []
    skipped: list[int] = []
    seen: dict[tuple[str, date], int] = {}
    index.month_first = month_first(_cell(row.cells, columns["date"]) for row in table.rows
                                    if "date" in columns)
    for row in table.rows:
        cells = {column: _cell(row.cells, at) for column, at in columns.items()}
        if not any(cell.strip() for cell in row.cells):
            continue  # a blank line
        extra = [c for c in row.cells[len(table.headers):] if c.strip()]
        if extra:
            problems.append((row.line, "row.too_many_cells",
                             {"cells": len(row.cells), "columns": len(table.headers)}))
            continue
        try:
            planned = _planned(row.line, cells, index, workshop, table.language)
        except RowProblem as wrong:
            problems.append((row.line, wrong.code, wrong.params))
            continue
        key = (planned.key_result.id, planned.check_in.on)
        existing = index.dated.get(key, [])
        if any(_same(there, planned.check_in) for there in existing):
            skipped.append(row.line)  # one day may hold two (a value corrected that day)
            continue
        if key in seen:
            problems.append((row.line, "row.duplicate", {"other": seen[key]}))
            continue
        seen[key] = row.line
        if existing:  # said with the value that counts that day, the last entered
            problems.append((row.line, "row.conflict", {
                "kr": planned.key_result.text, "day": Day.of(existing[-1].on),
                "value": Num(existing[-1].value, planned.key_result.unit)}))
            continue
        added.append(planned)
    if problems:
        raise CheckInFileError("file.problems", tuple(problems))
    if not added and not skipped:
        raise CheckInFileError("file.no_rows")
    return CheckInPreview(workshop.id, tuple(added), tuple(skipped))


@dataclass
class _Index:
    """The workshop's key results by id and by sentence, its participants by name."""

    workshop: Workshop
    by_id: dict[str, tuple[str, KeyResult]] = field(default_factory=dict)
    by_text: dict[str, list[tuple[str, KeyResult]]] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    dated: dict[tuple[str, date], list[CheckIn]] = field(default_factory=dict)
    month_first: bool = False  # the file's dates read 3/15/2027

    def __post_init__(self) -> None:
        for team in self.workshop.teams:
            for objective in team.objectives:
                for kr in objective.key_results:
                    self.by_id[kr.id] = (team.name, kr)
                    self.by_text.setdefault(sentence_key(kr.text), []).append((team.name, kr))
                    for check_in in kr.check_ins:
                        self.dated.setdefault((kr.id, check_in.on), []).append(check_in)
        for person in self.workshop.participants:
            self.people.setdefault(sentence_key(person.name), person.id)


def _cell(cells: tuple[str, ...], at: int) -> str:
    text = cells[at] if at < len(cells) else ""
    if text.startswith("'") and needs_formula_guard(text):
        text = text[1:]  # the export's guard, taken off before the spaces
    return text.strip()


def _planned(line: int, cells: dict[str, str], index: _Index, workshop: Workshop,
             language: Language) -> PlannedCheckIn:
    team, kr = _key_result(cells, index)
    on = read_date(cells.get("date", ""), index.month_first)
    if (workshop.cycle_start and on < workshop.cycle_start) or (
            workshop.cycle_end and on > workshop.cycle_end):
        raise RowProblem("row.outside_cycle", day=Day.of(on),
                          cycle=Span(workshop.cycle_start, workshop.cycle_end))
    value = read_value(cells.get("value", ""), kr, language)
    confidence = read_confidence(cells.get("confidence", ""), language)
    author_id = None
    if cells.get("author"):
        author_id = index.people.get(sentence_key(cells["author"]))
        if author_id is None:
            raise RowProblem("row.unknown_author", text=cells["author"])
    try:
        check_in = CheckIn(on=on, value=value, confidence=confidence,
                           # A cell's line breaks are the comment's; controls go
                           # (domain/entered.py: no one may enter them).
                           comment=clean_text(cells.get("comment", ""), multiline=True),
                           next_step=clean_text(cells.get("next_step", ""), multiline=True),
                           author_id=author_id)
    except InvalidValue as error:
        column = error.field if error.field in ("comment", "next_step") else "date"
        raise RowProblem("row.invalid", column=column, why=error.code,
                          details=error.params) from None
    return PlannedCheckIn(line, team, kr, check_in)


def _key_result(cells: dict[str, str], index: _Index) -> tuple[str, KeyResult]:
    if cells.get("kr_id"):
        found = index.by_id.get(cells["kr_id"].strip().lower())
        if found is None:
            raise RowProblem("row.unknown_kr_id", text=cells["kr_id"])
        return found
    if not cells.get("kr"):
        raise RowProblem("row.missing", column="kr")
    matches = index.by_text.get(sentence_key(cells["kr"]), [])
    if len(matches) > 1 and cells.get("team"):
        team = sentence_key(cells["team"])
        matches = [m for m in matches if sentence_key(m[0]) == team] or matches
    if not matches:
        raise RowProblem("row.unknown_kr", text=cells["kr"])
    if len(matches) > 1:
        raise RowProblem("row.ambiguous_kr", text=cells["kr"], count=len(matches))
    return matches[0]


def _same(a: CheckIn, b: CheckIn) -> bool:
    return (abs(a.value - b.value) < 1e-9 and a.confidence == b.confidence
            and a.comment.strip() == b.comment.strip())
