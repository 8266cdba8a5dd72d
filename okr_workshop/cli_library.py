"""The command line's side of the library file: opening it (writers wait for the lock),
closing it tidily, the ``backups`` and ``restore`` sub-commands, and where an export's
``-o`` may write (never over the library or its files; ``-`` is the standard output).

Kept apart from :mod:`okr_workshop.cli` so the parser stays a table of contents.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from okr_workshop import DISTRIBUTION_NAME
from okr_workshop.cli_output import one_line
from okr_workshop.cli_text import _, language

if TYPE_CHECKING:
    from okr_workshop.app.library_file import BackupInfo, LibraryFile, Repository


class UserError(Exception):
    """A problem the user can fix; printed as one line (by :func:`okr_workshop.cli.main`)."""


# The app and storage layers are imported by each function: `--version` and `check-kr`
# need neither.
_OPENED = "_opened_library"


def add_commands(
    commands: argparse._SubParsersAction,
    add_message_language: Callable[[argparse.ArgumentParser], None],
) -> None:
    """The library's sub-commands; ``add_message_language`` is the command line's ``--lang``
    option, passed in so this module never imports ``cli`` back."""
    listing = commands.add_parser(
        "backups", help=_("list the library's backups: date, size, workshops, check")
    )
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    add_message_language(listing)
    listing.set_defaults(handler=_backups)

    restore = commands.add_parser(
        "restore",
        help=_("put a backup back as the library (default: the newest good one); the "
               "current file is kept aside"),
    )
    restore.add_argument(
        "backup", nargs="?", metavar=_("BACKUP"), help=_("a name from `backups`, or a path")
    )
    restore.add_argument(
        "--force", action="store_true",
        help=_("restore even over a library holding work the backup lacks (it is kept aside)"),
    )
    restore.add_argument(
        "--workshop", metavar="ID",
        help=_("put back only this workshop (an id from `list`), from the newest backup where "
               "it is sound; the other workshops stay as they are"),
    )
    add_message_language(restore)
    restore.set_defaults(handler=_restore)


def open_repository_for(args: argparse.Namespace, writer: bool) -> Repository:
    """The library for one command: a writer waits a few seconds for the lock.

    The command's library is closed by :func:`close_opened` when the command ends.
    """
    from okr_workshop.app.library_file import CLI_LOCK_WAIT_SECONDS, open_library_file

    # Only writers may create the library: a reader on a mistyped path says so instead.
    opened = open_library_file(
        args.library, writer=writer, wait=CLI_LOCK_WAIT_SECONDS if writer else 0.0,
        create=writer,
    )
    setattr(args, _OPENED, opened)
    for warning in opened.warnings:
        said = _("warning: {message}").format(message=one_line(warning.message(language())))
        print(f"{DISTRIBUTION_NAME}{_colon()} {said}", file=sys.stderr)
    return opened.repository


def to_output(args: argparse.Namespace, write: Callable[[Path], object], *,
              text: bool) -> str:
    """Run ``write`` on the file ``args.output`` names, once the app layer has checked it
    (:func:`~okr_workshop.app.output_guard.output_file`: never the library, its backups,
    lock or working files, a database, a folder, a device or a read-only file). ``-o -``:
    on a private temporary file whose bytes then go to the standard output; a terminal gets
    a ``text`` file shown safely, and no binary one. Returns the name messages give it."""
    from okr_workshop.app.library_file import library_path
    from okr_workshop.app.output_guard import TargetRefused, output_file

    if str(args.output) != "-":
        write(output_file(args.output, library_path(args.library)))
        return one_line(str(args.output))
    where = _("standard output")
    terminal = sys.stdout.isatty()
    if terminal and not text:
        raise TargetRefused("terminal", where)
    with tempfile.TemporaryDirectory(prefix="okr-workshop-") as folder:
        temporary = Path(folder) / "export"
        write(temporary)
        data = temporary.read_bytes()
    try:
        if terminal:  # escape codes in a title are shown, not obeyed
            sys.stdout.write(data.decode("utf-8", "replace"))
        else:  # a pipe or a file gets the very bytes a file export holds
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except OSError as error:
        raise named(error, where) from None
    return where


def named(error: OSError, where: str) -> OSError:
    """``error`` naming ``where`` (a full disk says which file), the same subclass."""
    if error.filename is not None or error.errno is None:
        return error
    return OSError(error.errno, error.strerror, where)


def close_opened(args: argparse.Namespace) -> None:
    opened: LibraryFile | None = getattr(args, _OPENED, None)
    if opened is not None:
        opened.close()


def explain(error: BaseException) -> str:
    """What to do next, appended to the one-line message of a library set aside."""
    from okr_workshop.app.damaged_workshops import damaged_id
    from okr_workshop.app.library_file import LibraryMovedAside, newest_good_backup

    workshop_id = damaged_id(error)
    if workshop_id is not None:
        return _restore_hint(error, workshop_id)
    if not isinstance(error, LibraryMovedAside):
        return ""
    good = newest_good_backup(error.path)
    if good is None:
        return _(" No backup passes its check; the next start makes a new, empty library.")
    return _(
        " `{program} restore` puts back the newest good backup, from {when} ({workshops})."
    ).format(program=DISTRIBUTION_NAME, when=_when(good),
             workshops=_workshops(good.workshop_count))  # fmt: skip


def _restore_hint(error: BaseException, workshop_id: str) -> str:
    """Where a damaged workshop can come back from, after its one-line message."""
    from okr_workshop.app.damaged_workshops import sound_backup_of

    sound = sound_backup_of(error.path, workshop_id)  # type: ignore[attr-defined]
    if sound is None:
        return _(" No backup holds a sound copy of it.")
    return _(" `{program} restore --workshop {id}` puts back its copy from {when}.").format(
        program=DISTRIBUTION_NAME, id=workshop_id, when=_when(sound))


def _backups(args: argparse.Namespace) -> int:
    from okr_workshop.app.library_file import backup_folder, library_backups, library_path

    path = library_path(args.library)
    found = library_backups(path)
    if args.json:
        print(json.dumps([_as_json(info) for info in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(_("No backups of {path} yet; they are made in {folder}.").format(
            path=one_line(str(path)), folder=one_line(str(backup_folder(path)))))
        return 0
    for info in found:
        state = "" if info.ok else "  " + _("DAMAGED")
        if info.in_future:
            state += "  " + _("DATED IN THE FUTURE (clock?)")
        count = _workshops(info.workshop_count) if info.ok else "?"
        print(f"{one_line(info.path.name)}  {_when(info)}  {_size(info.size):>8}  "
              f"{count}{state}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from okr_workshop.app.library_file import CLI_LOCK_WAIT_SECONDS, library_path, restore_library

    if args.workshop is not None:
        return _restore_workshop(args)
    result = restore_library(
        args.library, args.backup, wait=CLI_LOCK_WAIT_SECONDS, force=args.force
    )
    print(_("Restored {name} (from {when}, {workshops}) as {path}.").format(
        name=one_line(result.backup.path.name), when=_when(result.backup),
        workshops=_workshops(result.backup.workshop_count),
        path=one_line(str(library_path(args.library)))))
    if result.aside is not None:
        print(_("The file it replaced is kept as {path}.").format(
            path=one_line(str(result.aside))))
    return 0


def _restore_workshop(args: argparse.Namespace) -> int:
    from okr_workshop.app.damaged_workshops import restore_workshop_in
    from okr_workshop.app.library_file import CLI_LOCK_WAIT_SECONDS

    if args.backup is not None:
        said = _("--workshop goes without a backup name")
        print(f"{DISTRIBUTION_NAME}{_colon()} {said}", file=sys.stderr)
        return 1  # a usage error, said in one line like argparse's own (cli._Parser)
    done = restore_workshop_in(args.library, args.workshop, wait=CLI_LOCK_WAIT_SECONDS)
    print(_("Restored the workshop “{title}” ({id}) from the backup of {when}.").format(
        title=one_line(done.workshop.title), id=done.workshop.id, when=_when(done.backup)))
    print(_("The library as it was before is kept as {path}.").format(
        path=one_line(str(done.aside))))
    return 0


def _as_json(info: BackupInfo) -> dict[str, object]:
    return {
        "name": info.path.name,
        "path": str(info.path),
        "taken_at": info.taken_at.isoformat(),
        "size": info.size,
        "workshops": info.workshop_count,
        "ok": info.ok,
        "in_future": info.in_future,
    }


def _when(info: BackupInfo) -> str:
    from okr_workshop.app.formats import format_moment  # Babel: only when a table is shown

    return format_moment(info.taken_at.astimezone(), language(), seconds=True)


def _workshops(count: int | None) -> str:
    if count is None:
        return "?"
    # French says "0 atelier", English "0 workshops".
    singular = count < 2 if language() == "fr" else count == 1
    return _("1 workshop").replace("1", str(count)) if singular else _(
        "{count} workshops").format(count=count)


def _size(size: int) -> str:
    if size < 1024 * 1024:
        shown, template = f"{size / 1024:.0f}", "{size} kB"
    else:
        shown, template = f"{size / (1024 * 1024):.1f}", "{size} MB"
    if language() == "fr":
        shown = shown.replace(".", ",")
    return _(template).format(size=shown)


def _colon() -> str:
    return "\u00a0:" if language() == "fr" else ":"

