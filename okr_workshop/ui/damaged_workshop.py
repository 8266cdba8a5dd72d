"""A workshop whose records are damaged, met on opening it: one sentence saying so, and the
offer to put back only that workshop from the newest backup where it is sound (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.app.damaged_workshops import damaged_id, restore_workshop, sound_backup_of
from okr_workshop.app.errors import LibraryError, WorkshopName, error_sentence
from okr_workshop.app.formats import format_moment
from okr_workshop.app.library_file import Repository
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.prompts import Prompts

translate = QCoreApplication.translate


def explain_or_restore(prompts: Prompts, repository: Repository, error: LibraryError) -> bool:
    """Say why the workshop did not open; for a damaged one with a sound copy in a backup,
    offer to restore it. True when it was restored (the caller opens it again)."""
    title = translate("DamagedWorkshop", "Cannot open the workshop")
    workshop_id = damaged_id(error)
    if workshop_id is None:
        prompts.error(title, error_sentence(error, ui_language()))
        return False
    sentence = error_sentence(_by_title(repository, error, workshop_id), ui_language())
    backup = sound_backup_of(repository.path, workshop_id)
    if backup is None:
        none = translate("DamagedWorkshop", "No backup holds a sound copy of it.")
        prompts.error(title, f"{sentence}\n\n{none}")
        return False
    when = format_moment(backup.taken_at.astimezone(), ui_language())
    question = translate(
        "DamagedWorkshop",
        "Restore this workshop from the backup of {date}? Only this workshop is replaced; "
        "the library as it is now is kept beside it first.",
    ).format(date=when)
    if not prompts.confirm(title, f"{sentence}\n\n{question}"):
        return False
    try:
        done = restore_workshop(repository, workshop_id)
    except LibraryError as failure:
        failed = translate("DamagedWorkshop", "Cannot restore the workshop")
        prompts.error(failed, error_sentence(failure, ui_language()))
        return False
    said = translate(
        "DamagedWorkshop",
        "“{title}” is back as it was in the backup of {date}. The library as it was before "
        "is kept as {path}.",
    ).format(title=done.workshop.title, date=when, path=done.aside)
    prompts.information(translate("DamagedWorkshop", "Workshop restored"), said)
    return True


def _by_title(repository: Repository, error: LibraryError, workshop_id: str) -> LibraryError:
    """The error naming the workshop by its title, when the list can still read it (a damaged
    title cannot be, and the id stays)."""
    for summary in repository.list_workshops():
        if summary.id == workshop_id and not getattr(summary, "damaged", False):
            return LibraryError(error.path, error.code,
                                **{**error.params, "id": WorkshopName(workshop_id, summary.title)})
    return error
