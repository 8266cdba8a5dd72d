"""Check-ins from an Excel workbook (.xlsx) as a team keeps it: typed cells (dates,
numbers), French headers, blank rows; refused whole with the sheet's row number."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from okr_workshop.app.check_in_file import check_in_import_command, read_check_in_file
from okr_workshop.app.errors import error_sentence
from okr_workshop.domain.check_in_import import CheckInFileError
from tests.app.test_check_in_file import CONVERSION, USERS, check_ins_on_disk, plain


def workbook(tmp_path: Path, rows: list[tuple], name: str = "points.xlsx") -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    path = tmp_path / name
    book.save(path)
    return path


HEADER = ("Date", "Résultat clé", "Valeur", "Confiance", "Commentaire")


def test_a_french_workbook_with_typed_cells_is_imported_in_one_step(session, library, tmp_path):
    path = workbook(tmp_path, [
        HEADER,
        (datetime(2027, 3, 5), CONVERSION, 2.6, 8, "Relance\nsur deux lignes 🚀"),
        (),
        (date(2027, 3, 12), CONVERSION, "2,7 %", 8, None),
        (datetime(2027, 3, 5, 0, 0), USERS, 10400, 6, "=SOMME"),
    ])
    preview = read_check_in_file(session.workshop, path)
    grouped = preview.by_key_result()
    assert [(plain(g.key_result.text), [(c.on, c.value) for c in g.check_ins])
            for g in grouped] == [
        (CONVERSION, [(date(2027, 3, 5), 2.6), (date(2027, 3, 12), 2.7)]),
        (USERS, [(date(2027, 3, 5), 10400.0)])]
    assert grouped[0].check_ins[0].comment == "Relance\nsur deux lignes 🚀"
    before = check_ins_on_disk(library, session.workshop.id)
    session.execute(check_in_import_command(preview))
    assert check_ins_on_disk(library, session.workshop.id) == before + 3


def test_a_small_french_decimal_is_not_read_as_thousands(session, tmp_path):
    path = workbook(tmp_path, [HEADER, (date(2027, 3, 5), CONVERSION, 0.125, 5, "")])
    (planned,) = read_check_in_file(session.workshop, path).added
    assert planned.check_in.value == 0.125


def test_a_wrong_row_is_named_by_the_sheet_s_row_number(session, library, tmp_path):
    path = workbook(tmp_path, [
        ("Date", "Key result", "Value", "Confidence"),
        (date(2027, 3, 5), CONVERSION, 2.6, 8),
        (None, None, None, None),
        (date(2027, 3, 6), CONVERSION, 2.6, 11),
    ])
    before = check_ins_on_disk(library, session.workshop.id)
    with pytest.raises(CheckInFileError) as refused:
        read_check_in_file(session.workshop, path)
    assert error_sentence(refused.value, "en") == (
        "Nothing was imported. Line 4: confidence 11 is not between 0 and 10")
    assert check_ins_on_disk(library, session.workshop.id) == before


def test_a_workbook_renamed_csv_is_still_read_as_a_workbook(session, tmp_path):
    path = workbook(tmp_path, [HEADER, (date(2027, 3, 5), CONVERSION, 2.6, 8, "")], "x.csv")
    assert len(read_check_in_file(session.workshop, path).added) == 1


def test_an_empty_workbook_is_refused(session, tmp_path):
    with pytest.raises(CheckInFileError) as refused:
        read_check_in_file(session.workshop, workbook(tmp_path, []))
    assert error_sentence(refused.value, "fr") == "Le fichier est vide."


def test_a_workbook_that_unpacks_into_too_much_is_refused_before_reading(session, tmp_path):
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"\0" * (101 * 1024 * 1024))
    with pytest.raises(CheckInFileError) as refused:
        read_check_in_file(session.workshop, path)
    assert refused.value.code == "file.too_big"


def test_a_workbook_with_a_damaged_sheet_is_one_refusal(session, tmp_path):
    import zipfile

    good = workbook(tmp_path, [HEADER, (date(2027, 3, 5), CONVERSION, 2.6, 8, "")])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut in the middle of the XML
            target.writestr(item, data)
    with pytest.raises(CheckInFileError) as refused:
        read_check_in_file(session.workshop, damaged)
    assert refused.value.code == "file.bad_workbook"


def test_formatted_empty_rows_below_the_data_do_not_count_as_lines(session, tmp_path):
    # A team's sheet is often formatted far below its data (a bold column, a table style):
    # those rows hold nothing and must not make the file "too long".
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.append(list(HEADER))
    sheet.append([datetime(2027, 3, 5), CONVERSION, 2.6, 8, "Relance"])
    for row in range(3, 25_003):
        sheet.cell(row=row, column=1).font = Font(bold=True)
    path = tmp_path / "formatted.xlsx"
    book.save(path)
    preview = read_check_in_file(session.workshop, path)
    assert [p.line for p in preview.added] == [2]
