"""The command line's team folder: ``team folder|status|share|pull`` (docs/team-folder.md),
so an OKR office can script a nightly share of every workshop. Every word goes through
:mod:`okr_workshop.cli_text`; ``--json`` output stays language-neutral.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from okr_workshop.cli_output import one_line
from okr_workshop.cli_text import _, language

# The app layer is imported by each function: `--help` needs none of it.

_STATES = {
    "in_sync": "up to date",
    "local_changes": "changes not yet published",
    "newer_in_folder": "a newer revision is in the team folder",
    "conflict": "conflict: a person must choose (in the window)",
    "only_in_folder": "in the team folder, not in this library",
    "removed": "removed from the team folder",
    "bad_file": "unreadable file",
}


def add_commands(
    commands: argparse._SubParsersAction,
    add_message_language: Callable[[argparse.ArgumentParser], None],
    repository: Callable[[argparse.Namespace, bool], object],
) -> None:
    """``team`` and its actions; ``add_message_language`` and ``repository`` are the command
    line's own (passed in so this module never imports ``cli`` back)."""
    team = commands.add_parser("team", help=_(
        "share workshops with colleagues through a synced team folder"))
    actions = team.add_subparsers(dest="action", metavar=_("COMMAND"), required=True,
                                  parser_class=type(team))

    folder = actions.add_parser("folder", help=_(
        "show or keep the team folder and the name colleagues see"))
    folder.add_argument("path", nargs="?", type=Path, metavar=_("PATH"),
                        help=_("the team folder to keep for this library"))
    folder.add_argument("--coach", metavar=_("NAME"),
                        help=_("your name, as colleagues see it"))
    folder.add_argument("--forget", action="store_true",
                        help=_("stop using a team folder (nothing is deleted)"))
    add_message_language(folder)
    folder.set_defaults(handler=lambda args: _folder(args, repository))

    status = actions.add_parser("status", help=_(
        "what is shared, newer in the team folder, or in conflict"))
    _add_folder_option(status)
    status.add_argument("--json", action="store_true", help=_("print JSON"))
    add_message_language(status)
    status.set_defaults(handler=lambda args: _status(args, repository))

    share = actions.add_parser("share", help=_(
        "put workshops in the team folder, or publish their changes"))
    share.add_argument("ids", nargs="*", metavar=_("WORKSHOP"),
                       help=_("the workshop's id (or its first characters)"))
    share.add_argument("--all", action="store_true",
                       help=_("every workshop of the library"))
    _add_folder_option(share)
    share.add_argument("--coach", metavar=_("NAME"),
                       help=_("your name, as colleagues see it (default: the one kept)"))
    add_message_language(share)
    share.set_defaults(handler=lambda args: _share(args, repository))

    pull = actions.add_parser("pull", help=_(
        "bring newer revisions and colleagues’ workshops into the library"))
    _add_folder_option(pull)
    pull.add_argument("--json", action="store_true", help=_("print JSON"))
    add_message_language(pull)
    pull.set_defaults(handler=lambda args: _pull(args, repository))


def _add_folder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--team-folder", type=Path, metavar=_("PATH"), help=_(
        "the team folder (default: the one kept with `okr-workshop team folder`)"))


def _settings(args: argparse.Namespace, library) -> tuple[Path, object]:
    from dataclasses import replace

    from okr_workshop.app.team_folder import TeamFolderError, team_settings

    kept, writer = team_settings(library)
    _warn_if_synced(library)
    folder = getattr(args, "team_folder", None) or kept
    if folder is None:
        raise TeamFolderError("no_folder")
    if getattr(args, "coach", None):
        writer = replace(writer, coach=" ".join(args.coach.split()))
    return Path(folder), writer


def _warn_if_synced(library) -> None:
    """The guard rail of docs/team-folder.md, on the error stream: a script still runs."""
    from okr_workshop.app.errors import AppError
    from okr_workshop.app.team_folder_guard import engine_name, library_sync_engine

    engine = library_sync_engine(Path(library.path))
    if engine is not None:
        said = AppError("team_library_synced", path=str(library.path),
                        engine=engine_name(engine)).message(language())
        print(one_line(said), file=sys.stderr)


def _folder(args: argparse.Namespace, repository: Callable) -> int:
    from okr_workshop.app.team_folder import set_team_settings, team_settings

    library = repository(args, bool(args.path or args.coach or args.forget))
    folder, writer = team_settings(library)
    _warn_if_synced(library)
    if args.forget:
        set_team_settings(library, None, writer.coach)
        print(_("This library no longer uses a team folder; its files are left as they are."),
              file=sys.stderr)
        return 0
    if args.path or args.coach:
        folder = args.path.resolve() if args.path else folder
        set_team_settings(library, folder, args.coach or writer.coach)
        folder, writer = team_settings(library)
    if folder is None:
        print(_("No team folder is chosen."))
    else:
        print(_("Team folder: {folder}").format(folder=one_line(str(folder))))
    print(_("Shared as: {coach} on {computer}").format(
        coach=one_line(writer.coach) or "—", computer=one_line(writer.computer) or "—"))
    return 0


def _status(args: argparse.Namespace, repository: Callable) -> int:
    from okr_workshop.app.team_folder import team_status

    library = repository(args, False)
    folder, _writer = _settings(args, library)
    found = team_status(library, folder)
    _report(found, args.json)
    return 0


def _share(args: argparse.Namespace, repository: Callable) -> int:
    from okr_workshop.app.team_folder import share_workshop
    from okr_workshop.app.workshops import find_workshop

    if not args.ids and not args.all:
        raise _usage(_("name the workshops to share, or give --all"))
    library = repository(args, True)
    folder, writer = _settings(args, library)
    ids = ([s.id for s in library.list_workshops()] if args.all
           else [find_workshop(library, text).id for text in args.ids])
    for workshop_id in ids:
        found = share_workshop(library, folder, workshop_id, writer)
        print(_line(found))
    return 0


def _pull(args: argparse.Namespace, repository: Callable) -> int:
    from okr_workshop.app.team_folder import pull

    library = repository(args, True)
    folder, _writer = _settings(args, library)
    _report(pull(library, folder), args.json)
    return 0


def _report(found: list, as_json: bool) -> None:
    if as_json:
        print(json.dumps([_as_json(s) for s in found], ensure_ascii=False, indent=2))
        return
    if not found:
        print(_("The team folder holds no shared workshop yet."))
    for standing in found:
        print(_line(standing))


def _line(standing) -> str:
    from okr_workshop.app.errors import error_sentence
    from okr_workshop.app.formats import format_moment

    state = _(_STATES[standing.state.value])
    if standing.bad is not None:
        return _("{name}: {state} ({reason})").format(
            name=one_line(standing.bad.path.name), state=state,
            reason=one_line(error_sentence(standing.bad.error, language())))
    said = _("{title} [{id}]: {state}").format(
        title=one_line(standing.title), id=standing.workshop_id[:8], state=state)
    if standing.file is not None:
        header = standing.file.header
        said += _(" — revision {revision} by {coach} on {computer}, {when}").format(
            revision=header.revision, coach=one_line(header.author) or "—",
            computer=one_line(header.computer) or "—",
            when=format_moment(header.written_at.astimezone(), language()))
    return said


def _as_json(standing) -> dict:
    file = standing.file
    return {
        "workshop_id": standing.workshop_id or None,
        "title": standing.title,
        "state": standing.state.value,
        "file": file.path.name if file else (standing.bad.path.name if standing.bad else None),
        "revision": file.header.revision if file else None,
        "base_revision": file.header.base_revision if file else None,
        "author": file.header.author if file else None,
        "computer": file.header.computer if file else None,
        "written_at": file.header.written_at.isoformat() if file else None,
        "local_revision": standing.link.revision if standing.link else None,
        "conflict_copies": [v.path.name for v in standing.others],
        "problem": (standing.bad.error.sentence("en") if standing.bad else None),
    }


def _usage(message: str) -> Exception:
    from okr_workshop.cli_library import UserError

    return UserError(message)
