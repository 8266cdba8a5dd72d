"""Check-ins in and out of files, for the window's buttons and ``okr-workshop checkins``.

Import in two steps, so a person sees what will happen before it does:
:func:`read_check_in_file` checks the whole file against the workshop and returns a
preview (or raises CheckInFileError naming the first wrong line: nothing is changed);
:func:`check_in_import_command` turns the preview into ONE undoable command, applied in one
transaction. Export: :func:`write_check_ins_csv`, one row per check-in, which the import
reads back.
"""

from __future__ import annotations

from pathlib import Path

from okr_workshop.app.commands import AddEntity, Batch, Command, EditLabel, as_label
from okr_workshop.domain.check_in_import import (
    CheckInFileError,
    CheckInPreview,
    CheckInTable,
    plan_check_ins,
)
from okr_workshop.domain.check_in_words import COLUMNS
from okr_workshop.domain.enums import Language
from okr_workshop.domain.model import Workshop
from okr_workshop.files import write_atomic
from okr_workshop.storage.check_in_csv import check_in_csv_bytes, read_check_in_table

__all__ = ["CheckInFileError", "CheckInPreview", "EXPORT_COLUMNS", "check_in_import_command",
           "read_check_in_file", "read_check_in_table", "write_check_ins_csv"]

# The export's columns, in order; their names come from the import's own list, so what is
# written is read back.
EXPORT_COLUMNS = ("team", "objective", "kr_id", "kr", "date", "value", "confidence",
                  "comment", "next_step", "author")
IMPORT_LABEL = EditLabel("Import check-ins", "Check-ins imported", "Check-in import undone",
                         "Check-in import redone")


def read_check_in_file(workshop: Workshop, path: Path | str | CheckInTable) -> CheckInPreview:
    """What importing ``path`` (a CSV or .xlsx file, or the table :func:`read_check_in_table`
    read from one) into ``workshop`` would add, every line checked. Raises CheckInFileError
    (with the line number) for a wrong file or line, OSError when it cannot be read."""
    table = path if isinstance(path, CheckInTable) else read_check_in_table(path)
    return plan_check_ins(workshop, table)


def check_in_import_command(preview: CheckInPreview,
                            label: EditLabel | str = IMPORT_LABEL) -> Command:
    """The preview's check-ins as one undoable command (the window passes its own
    translated ``label``): applied in one transaction, undone as one step."""
    label = as_label(label)
    return Batch(label, [AddEntity(label, preview.workshop_id, planned.check_in,
                                   planned.key_result.id) for planned in preview.added])


def write_check_ins_csv(workshop: Workshop, path: Path | str,
                        language: Language | str | None = None) -> Path:
    """Every check-in of ``workshop`` to ``path`` as CSV for a spreadsheet in ``language``
    (the workshop's by default): one row per check-in, by team, objective, key result and
    date. Written atomically."""
    lang = Language(getattr(language, "value", language) or workshop.language)
    names = {p.id: p.name for p in workshop.participants}
    rows = []
    for team in workshop.teams:
        for objective in team.objectives:
            for kr in objective.key_results:
                for check_in in sorted(kr.check_ins, key=lambda c: c.on):
                    rows.append((team.name, objective.title, kr.id, kr.text,
                                 check_in.on.isoformat(), check_in.value, check_in.confidence,
                                 check_in.comment, check_in.next_step,
                                 names.get(check_in.author_id or "", "")))
    headers = [COLUMNS[column][1 if lang is Language.FRENCH else 0][0].capitalize()
               for column in EXPORT_COLUMNS]
    return write_atomic(path, check_in_csv_bytes(headers, rows, lang))
