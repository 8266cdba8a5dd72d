"""Whole-workshop use cases of the library page: create, rename, duplicate, delete, restore.

Each is one function over the repository (one transaction each), so the window and the command
line never re-implement them. :class:`LibraryHistory` makes deletions and renames undoable on
the same :class:`~okr_workshop.app.undo_stack.UndoStack`, with the same command protocol, as
:class:`~okr_workshop.app.session.WorkshopSession` does for edits inside a workshop.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from okr_workshop import EXCHANGE_SUFFIX
from okr_workshop.app.commands import EditLabel, as_label
from okr_workshop.app.errors import AppError
from okr_workshop.app.samples import sample_workshop
from okr_workshop.app.undo_stack import Document, UndoStack
from okr_workshop.domain.entered import check_entered
from okr_workshop.domain.model import Language, Workshop

# WorkshopSummary is named here too: the window lists workshops without reaching into storage/.
from okr_workshop.storage.repository import Repository, WorkshopSummary

if TYPE_CHECKING:
    from okr_workshop.domain.next_cycle import NextCycle

# Enough for a morning of tidying the library; older steps fall off the bottom.
HISTORY_LIMIT = 100
# Long enough to recognise the workshop, short enough for every file system.
MAX_FILE_STEM = 80
# Letters that do not decompose into ASCII but have a usual spelling in it.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})


def new_workshop(
    repository: Repository,
    title: str,
    language: Language,
    organisation: str = "",
    cycle_label: str = "",
) -> Workshop:
    """A blank workshop, saved at once (the model checks the title is not empty)."""
    workshop = Workshop(
        title=title.strip(),
        language=Language(language),
        organisation=organisation.strip(),
        cycle_label=cycle_label.strip(),
    )
    check_entered(workshop)
    repository.add_workshop(workshop)
    return workshop


def new_workshop_from_sample(
    repository: Repository,
    language: Language,
    title: str = "",
    organisation: str | None = None,
    cycle_label: str | None = None,
) -> Workshop:
    """A copy of a sample; a non-empty ``title`` and any given header field replace its own."""
    sample = sample_workshop(language)
    changes: dict[str, str] = {}
    if title.strip():
        changes["title"] = title.strip()
    if organisation is not None:
        changes["organisation"] = organisation.strip()
    if cycle_label is not None:
        changes["cycle_label"] = cycle_label.strip()
    workshop = replace(sample, **changes)
    check_entered(workshop, sample)
    repository.add_workshop(workshop)
    return workshop


def rename_workshop(repository: Repository, workshop_id: str, title: str) -> Workshop:
    """Give the workshop a new title; returns it as it was before, for undo."""
    before = repository.load_workshop(workshop_id)
    after = replace(before, title=title.strip())
    check_entered(after, before)
    repository.save_workshop_header(after)
    return before


def duplicate_for_next_cycle(
    repository: Repository, workshop_id: str, choice: NextCycle
) -> Workshop:
    """A new workshop for the next cycle, carrying what ``choice`` names (never check-ins)."""
    # The copy's rules (with the steering calendar's) load when a person asks for it, not
    # with the library page.
    from okr_workshop.domain.next_cycle import next_cycle_copy

    source = repository.load_workshop(workshop_id)
    copy = next_cycle_copy(source, choice)
    check_entered(copy, source)  # the new title and cycle typed in the dialog
    repository.add_workshop(copy)
    return copy


def delete_workshop(repository: Repository, workshop_id: str) -> Workshop:
    """Delete a workshop; returns the whole of it so :func:`restore_workshop` can undo."""
    workshop = repository.load_workshop(workshop_id)
    repository.delete_workshop(workshop_id)
    return workshop


def restore_workshop(repository: Repository, workshop: Workshop) -> None:
    """Put a deleted workshop back with the same ids, content and dates."""
    repository.add_workshop(workshop)


def suggest_next_cycle_dates(
    start: date | None, end: date | None
) -> tuple[date | None, date | None]:
    """The next cycle starts the day after this one ends and lasts as long: as many whole
    months when the cycle is whole months (a quarter is followed by a quarter), else as
    many days."""
    if start is None or end is None or end < start:
        return None, None
    following = end + timedelta(days=1)
    if start.day == 1 and following.day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        month_after = following.year * 12 + following.month - 1 + months
        return following, date(month_after // 12, month_after % 12 + 1, 1) - timedelta(days=1)
    return following, following + (end - start)


def suggest_next_cycle_title(title: str, cycle_label: str, next_label: str) -> str:
    """The title with the next cycle's label, when it names the cycle ("Atelier T1 2027")."""
    if cycle_label and next_label != cycle_label and cycle_label in title:
        return title.replace(cycle_label, next_label)
    return title


def export_file_name(title: str) -> str:
    """A portable exchange file name: "Atelier OKR — École T1" → "atelier-okr-ecole-t1.okrw"."""
    decomposed = unicodedata.normalize("NFKD", title.casefold().translate(_LIGATURES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    stem = re.sub(r"[^a-z0-9]+", "-", plain.encode("ascii", "ignore").decode()).strip("-")
    stem = stem[:MAX_FILE_STEM].rstrip("-")
    return f"{stem or 'workshop'}{EXCHANGE_SUFFIX}"


# Undo and redo ---------------------------------------------------------------------------


class LibraryCommand(Protocol):
    """A step of the library's history: ``apply`` does (and redoes) it, ``revert`` undoes it."""

    label: EditLabel
    workshop_id: str

    def apply(self, repository: Repository) -> None: ...

    def revert(self, repository: Repository) -> None: ...


@dataclass
class DeletedWorkshop:
    label: EditLabel
    workshop: Workshop

    @property
    def workshop_id(self) -> str:
        return self.workshop.id

    def apply(self, repository: Repository) -> None:
        self.workshop = delete_workshop(repository, self.workshop.id)

    def revert(self, repository: Repository) -> None:
        restore_workshop(repository, self.workshop)


@dataclass
class RenamedWorkshop:
    label: EditLabel
    workshop_id: str
    old_title: str
    new_title: str

    def apply(self, repository: Repository) -> None:
        rename_workshop(repository, self.workshop_id, self.new_title)

    def revert(self, repository: Repository) -> None:
        rename_workshop(repository, self.workshop_id, self.old_title)


class LibraryHistory(Document):
    """Undo and redo for deletions and renames made in the library.

    Labels come translated from the caller (like the session's). Failures are handled as
    for a workshop (``app/undo_stack.py``): a step whose workshop was deleted meanwhile is
    dropped, one the library refuses for now stays to be tried again.
    """

    def __init__(self, repository: Repository) -> None:
        self.repository = repository
        self.history: UndoStack[LibraryCommand] = UndoStack(HISTORY_LIMIT)

    def delete(self, label: EditLabel | str, workshop_id: str) -> Workshop:
        workshop = delete_workshop(self.repository, workshop_id)
        self.history.push(DeletedWorkshop(as_label(label), workshop))
        return workshop

    def rename(self, label: EditLabel | str, workshop_id: str, title: str) -> Workshop:
        before = rename_workshop(self.repository, workshop_id, title)
        self.history.push(
            RenamedWorkshop(as_label(label), workshop_id, before.title, title.strip())
        )
        return before

    def undo(self) -> str | None:
        """Undo the last step; returns the id of the workshop it touched (None: nothing)."""
        command = self.history.undo(lambda c: c.revert(self.repository))
        return command.workshop_id if command is not None else None

    def redo(self) -> str | None:
        command = self.history.redo(lambda c: c.apply(self.repository))
        return command.workshop_id if command is not None else None


# Finding a workshop from what was typed (the command line) -------------------------------

# A prefix this long is enough to name a workshop on the command line without pasting a UUID.
MIN_ID_PREFIX = 4


class UnknownWorkshop(AppError, LookupError):
    """No workshop (or more than one) matches what the user typed: ``id_too_short``,
    ``no_match`` or ``ambiguous`` (app/errors.py says them)."""


def find_workshop(repository: Repository, text: str) -> WorkshopSummary:
    """The workshop whose id is ``text`` or starts with it (at least 4 characters)."""
    wanted = text.strip().lower()
    summaries = repository.list_workshops()
    exact = [s for s in summaries if s.id == wanted]
    if exact:
        return exact[0]
    if len(wanted) < MIN_ID_PREFIX:
        raise UnknownWorkshop("id_too_short", text=text, min=MIN_ID_PREFIX)
    matches = [s for s in summaries if s.id.startswith(wanted)]
    if not matches:
        raise UnknownWorkshop("no_match", text=text)
    if len(matches) > 1:
        raise UnknownWorkshop("ambiguous", count=len(matches), text=text)
    return matches[0]
