"""Check-in files as Excel workbooks (.xlsx), read with openpyxl: the first sheet, its
first row as the header, a line number being the sheet's row number.

Cells arrive typed: a date cell is written as its ISO date, a number with the decimal mark
of the header's language (so "0,125" is read as a French decimal, never as 125), text as
it is. Formulas give the value Excel last computed. Only the first columns are read, and
the row cap of the CSV reader applies: a crafted sheet with a million columns or rows
cannot freeze the window.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time

from openpyxl import load_workbook

from okr_workshop.domain.check_in_import import CheckInFileError, CheckInTable, FileRow, column_map
from okr_workshop.domain.enums import Language

MAX_COLUMNS = 40
# A workbook is a zip: what it unpacks to is checked before openpyxl reads it (its shared
# strings are read whole), so a small file cannot unpack into gigabytes.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024


def read_check_in_workbook(data: bytes, max_rows: int) -> CheckInTable:
    """The header and rows of the first sheet of the workbook in ``data`` (whatever the
    file was named). Raises CheckInFileError for a workbook that cannot be read, is empty
    or has more than ``max_rows`` rows."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise CheckInFileError("file.bad_workbook") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise CheckInFileError("file.too_big", size=round(unpacked / 1024 / 1024, 1),
                               max=MAX_UNPACKED_BYTES // (1024 * 1024))
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - a parser of any file a person picks: a crafted or
        # damaged workbook raises whatever openpyxl meets first; it is one refusal to them.
        raise CheckInFileError("file.bad_workbook") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise CheckInFileError("file.empty")
        headers: tuple[object, ...] | None = None
        raw: list[tuple[int, tuple[object, ...]]] = []
        for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True),
                                        start=1):
            if headers is None:
                if any(v not in (None, "") for v in values):
                    headers = values
                continue
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue  # formatted but empty (a styled column far below the data)
            raw.append((number, values))
            if len(raw) > max_rows:
                raise CheckInFileError("file.too_many_rows", max=max_rows)
    except CheckInFileError:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet inside, as above
        raise CheckInFileError("file.bad_workbook") from None
    finally:
        book.close()
    if headers is None:
        raise CheckInFileError("file.empty")
    header_text = tuple(_text(v, False) for v in headers)
    _, french = column_map(header_text)
    rows = tuple(FileRow(number, tuple(_text(v, french) for v in values))
                 for number, values in raw)
    return CheckInTable(header_text, rows,
                        Language.FRENCH if french else Language.ENGLISH)


def _text(value: object, french: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return ""  # a time alone says nothing a check-in keeps
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        text = repr(float(value)) if isinstance(value, float) else str(value)
        if "e" in text or "E" in text:
            text = f"{value:f}"
        if text.endswith(".0"):
            text = text[:-2]
        return text.replace(".", ",") if french else text
    return str(value)
