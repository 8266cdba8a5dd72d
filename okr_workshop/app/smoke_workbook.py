"""The smoke test's check-in workbook: an .xlsx a spreadsheet could have saved, read back by
the check-in import (openpyxl) and applied as one undoable edit, as the window's "Import
check-ins" does. The workbook is written by hand (a zip of five XML parts): the application
itself only reads workbooks, and openpyxl is the reader under test.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from okr_workshop.app.check_in_file import check_in_import_command, read_check_in_file
from okr_workshop.app.session import WorkshopSession
from okr_workshop.app.smoke_run import SmokeRun, expect

_PARTS = {
    "[Content_Types].xml": (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/></Types>'),
    "_rels/.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Points" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
}


def _cell(value: str | float) -> str:
    if isinstance(value, str):
        return f'<c t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return f"<c><v>{value}</v></c>"


def write_workbook(path: Path, rows: list[list[str | float]]) -> Path:
    """A one-sheet workbook holding ``rows`` (text cells and number cells)."""
    sheet_rows = "".join(f"<row>{''.join(_cell(v) for v in row)}</row>" for row in rows)
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f"<sheetData>{sheet_rows}</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in {**_PARTS, "xl/worksheets/sheet1.xml": sheet}.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
    return path


def check_in_workbook(run: SmokeRun) -> str:
    """Import a week's check-in from a French workbook into the workshop, as one edit."""
    session = WorkshopSession(run.open_library().repository, run.workshop_id)
    kr = session.workshop.teams[0].objectives[0].key_results[0]
    before = len(kr.check_ins)
    path = write_workbook(run.folder / "points.xlsx", [
        ["Id du résultat clé", "Date", "Valeur", "Confiance", "Commentaire"],
        [kr.id, date(2027, 1, 22).isoformat(), 48.5, 8, "Enquête « flash » 📈"],
    ])
    preview = read_check_in_file(session.workshop, path)
    expect(len(preview.added) == 1, f"{len(preview.added)} check-ins read from the workbook")
    session.execute(check_in_import_command(preview))
    kr = session.workshop.teams[0].objectives[0].key_results[0]
    expect(len(kr.check_ins) == before + 1 and kr.check_ins[-1].value == 48.5,
           "the check-in read from the workbook was not added")
    return "1 check-in imported"
