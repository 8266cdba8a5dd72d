"""Check-in files as CSV, the way spreadsheets write and read them (beside the exchange
format: a file format of the library's data). An .xlsx workbook given instead is read by
:mod:`okr_workshop.storage.check_in_xlsx`.

Reading takes what Excel, LibreOffice and Google Sheets save: UTF-8 with or without a BOM
(and, failing UTF-8, Windows-1252, which French Excel's plain "CSV" still writes), comma,
semicolon or tab between cells (the header line decides), quoted cells with line breaks.
Writing is Excel-friendly: UTF-8 with a BOM (so Excel reads the accents), CRLF line ends,
a semicolon between cells and a decimal comma in French (French Excel splits on ";" and
reads "1,5" as a number), a comma and a decimal point in English; dates as ISO 2027-01-11,
which every spreadsheet reads in every language. Text that Excel would run as a formula
(starting with = + - @) is written after a quote, which reading takes off.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from okr_workshop.domain.check_in_cells import needs_formula_guard
from okr_workshop.domain.check_in_import import (
    CheckInFileError,
    CheckInTable,
    FileRow,
    column_map,
)
from okr_workshop.domain.enums import Language

# A year of weekly check-ins for 40 teams' 240 key results is 12,480 lines, about 2 MB.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000
_DELIMITERS = (";", ",", "\t")


def read_check_in_table(path: Path | str) -> CheckInTable:
    """The header and rows of a CSV check-in file. Raises CheckInFileError for a file that
    is too big, not text, a workbook, empty or without the required columns, and OSError
    when it cannot be read."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        size = Path(path).stat().st_size
        raise CheckInFileError("file.too_big", size=round(size / 1024 / 1024, 1),
                               max=MAX_FILE_BYTES // (1024 * 1024))
    if data.startswith(b"PK\x03\x04"):  # a zip: an .xlsx workbook, whatever its name
        from okr_workshop.storage.check_in_xlsx import read_check_in_workbook  # openpyxl

        return read_check_in_workbook(data, MAX_ROWS)
    return parse_check_in_csv(data)


def parse_check_in_csv(data: bytes) -> CheckInTable:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise CheckInFileError("file.workbook")  # an .xls of Excel 97-2003 (OLE)
    if data.startswith(b"PK\x03\x04"):
        raise CheckInFileError("file.bad_workbook")  # a zip given as CSV bytes
    text = _decoded(data)
    if not text.strip():
        raise CheckInFileError("file.empty")
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(_DELIMITERS, key=lambda d: _count_outside_quotes(first_line, d))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[FileRow] = []
    headers: tuple[str, ...] | None = None
    number = 0
    try:
        for cells in reader:
            number += 1
            if headers is None:
                if not any(cell.strip() for cell in cells):
                    continue  # blank lines above the header
                headers = tuple(cells)
                continue
            if not any(cell.strip() for cell in cells):
                continue  # blank, or ";;;" below the data: not a line to check nor count
            rows.append(FileRow(number, tuple(cells)))
            if len(rows) > MAX_ROWS:
                raise CheckInFileError("file.too_many_rows", max=MAX_ROWS)
    except csv.Error:
        raise CheckInFileError("file.not_text") from None
    if headers is None:
        raise CheckInFileError("file.empty")
    _, french = column_map(headers)
    language = Language.FRENCH if french or delimiter == ";" else Language.ENGLISH
    return CheckInTable(headers, tuple(rows), language)


def _decoded(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise CheckInFileError("file.not_text")  # UTF-16, a picture, a binary
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise CheckInFileError("file.not_text") from None


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


def check_in_csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[str | float | int]],
                       language: Language | str) -> bytes:
    """A CSV file of ``rows`` under ``headers``, for Excel in ``language``; numbers are
    written with the language's decimal mark, text guarded against formulas."""
    french = Language(getattr(language, "value", language)) is Language.FRENCH
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";" if french else ",", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_cell(value, french) for value in row])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _cell(value: str | float | int, french: bool) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        text = format(Decimal(repr(value)).normalize(), "f")  # every digit, no exponent
        return text.replace(".", ",") if french else text
    value = value.replace("\x00", "")  # no spreadsheet keeps a NUL; the reader refuses one
    return "'" + value if needs_formula_guard(value) else value
