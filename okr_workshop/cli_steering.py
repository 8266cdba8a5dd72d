"""The command line's Steering files: ``checkins import|export`` (CSV) and
``rituals export`` (iCalendar). Kept apart from :mod:`okr_workshop.cli` so the parser stays
a table of contents; every word goes through :mod:`okr_workshop.cli_text`, every write
through the terminal-safe streams :func:`okr_workshop.cli.main` installs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from okr_workshop.cli_library import one_line, to_output
from okr_workshop.cli_text import _, language

# The app layer is imported by each function: `--help` needs none of it.


def add_commands(
    commands: argparse._SubParsersAction,
    add_message_language: Callable[[argparse.ArgumentParser], None],
    repository: Callable[[argparse.Namespace, bool], object],
) -> None:
    """``checkins`` and ``rituals``; ``add_message_language`` and ``repository`` are the
    command line's own (passed in so this module never imports ``cli`` back)."""
    checkins = commands.add_parser(
        "checkins", help=_("import or export check-ins (CSV; Excel .xlsx too for import)"))
    actions = checkins.add_subparsers(dest="action", metavar=_("COMMAND"), required=True,
                                      parser_class=type(checkins))
    importing = actions.add_parser(
        "import", help=_("add the check-ins of a CSV or Excel file to a workshop (all or nothing)"))
    importing.add_argument("id", metavar=_("WORKSHOP"),
                           help=_("the workshop's id (or its first characters)"))
    importing.add_argument("file", type=Path, metavar=_("FILE"), help=_(
        "the CSV or Excel (.xlsx) file: date, key result (or its id), value, confidence, comment"))
    importing.add_argument("--dry-run", action="store_true",
                           help=_("show what would be added, change nothing"))
    add_message_language(importing)
    importing.set_defaults(handler=lambda args: _import(args, repository))

    exporting = actions.add_parser(
        "export", help=_("write every check-in of a workshop to a CSV file for a spreadsheet"))
    exporting.add_argument("id", metavar=_("WORKSHOP"),
                           help=_("the workshop's id (or its first characters)"))
    exporting.add_argument("-o", "--output", type=Path, required=True, metavar=_("FILE"),
                           help=_("the CSV file to write (- for the standard output)"))
    exporting.add_argument("--lang", choices=["fr", "en"], help=_(
        "language of the file's column names and numbers (default: the workshop's language)"))
    exporting.set_defaults(handler=lambda args: _export_check_ins(args, repository))

    rituals = commands.add_parser("rituals", help=_("export the workshop's rituals"))
    ritual_actions = rituals.add_subparsers(dest="action", metavar=_("COMMAND"), required=True,
                                            parser_class=type(rituals))
    calendar = ritual_actions.add_parser("export", help=_(
        "write the rituals to an iCalendar file (.ics) for Outlook, Google or Apple Calendar"))
    calendar.add_argument("id", metavar=_("WORKSHOP"),
                          help=_("the workshop's id (or its first characters)"))
    calendar.add_argument("-o", "--output", type=Path, required=True, metavar=_("FILE"),
                          help=_("the .ics file to write (- for the standard output)"))
    calendar.add_argument("--lang", choices=["fr", "en"],
                          help=_("language of the events (default: the workshop's language)"))
    calendar.set_defaults(handler=lambda args: _export_rituals(args, repository))


def _workshop(args: argparse.Namespace, repository: Callable, writer: bool = False):
    from okr_workshop.app.workshops import find_workshop

    library = repository(args, writer)
    return library, library.load_workshop(find_workshop(library, args.id).id)


def _import(args: argparse.Namespace, repository: Callable) -> int:
    from okr_workshop.app.check_in_file import (
        check_in_import_command,
        read_check_in_file,
        read_check_in_table,
    )

    # The file first: a typo or a file that is no sheet is told at once, not after waiting
    # for the window's lock; its lines are checked against the workshop once it is read.
    table = read_check_in_table(args.file)
    library, workshop = _workshop(args, repository, writer=not args.dry_run)
    preview = read_check_in_file(workshop, table)  # a wrong line: exit 1, nothing changed
    for line in preview_lines(preview):
        print(line)
    count = len(preview.added)
    if preview.skipped:
        print(_counted("{count} line already in the workshop was skipped.",
                       "{count} lines already in the workshop were skipped.",
                       len(preview.skipped)))
    if not count:
        print(_("Every line of the file is already in the workshop: nothing to import."),
              file=sys.stderr)
        return 0
    if args.dry_run:
        said = _counted("Nothing changed (--dry-run): {count} check-in would be imported "
                        "into “{title}”.", "Nothing changed (--dry-run): {count} check-ins "
                        "would be imported into “{title}”.", count, title=workshop.title)
    else:
        check_in_import_command(preview).apply(library)  # one transaction
        said = _counted("Imported {count} check-in into “{title}”.",
                        "Imported {count} check-ins into “{title}”.", count,
                        title=workshop.title)
    print(said, file=sys.stderr)
    return 0


def preview_lines(preview) -> list[str]:
    """One line per key result: what it receives, in the command line's language."""
    from okr_workshop.app.formats import format_day, format_value

    lang = language()
    lines = []
    for item in preview.by_key_result():
        first, last = item.check_ins[0], item.check_ins[-1]
        value = format_value(last.value, lang, item.key_result.unit)
        lines.append(_counted(
            "{team} — {kr}: {count} check-in on {first}; value {value}, confidence "
            "{confidence}/10",
            "{team} — {kr}: {count} check-ins from {first} to {last}; last value {value}, "
            "confidence {confidence}/10", len(item.check_ins),
            team=item.team, kr=" ".join(item.key_result.text.split()),
            first=format_day(first.on, lang), last=format_day(last.on, lang), value=value,
            confidence=last.confidence))
    return lines


def _export_check_ins(args: argparse.Namespace, repository: Callable) -> int:
    from okr_workshop.app.check_in_file import write_check_ins_csv

    _, workshop = _workshop(args, repository)
    path = to_output(args, lambda target: write_check_ins_csv(workshop, target, args.lang),
                     text=True)
    count = sum(len(kr.check_ins) for kr in workshop.key_results())
    print(_counted("Exported {count} check-in of “{title}” to {path}",
                   "Exported {count} check-ins of “{title}” to {path}", count,
                   title=one_line(workshop.title), path=path), file=sys.stderr)
    return 0


def _export_rituals(args: argparse.Namespace, repository: Callable) -> int:
    from okr_workshop.app.calendar_file import export_rituals

    _, workshop = _workshop(args, repository)
    path = to_output(args, lambda target: export_rituals(workshop, target, language=args.lang),
                     text=True)
    count = len(workshop.rituals)
    print(_counted("Exported {count} ritual of “{title}” to {path}",
                   "Exported {count} rituals of “{title}” to {path}", count,
                   title=one_line(workshop.title), path=path), file=sys.stderr)
    return 0


def _counted(singular: str, plural: str, count: int, **params: object) -> str:
    """``count`` things in the command line's language: French says "0 point", "1 point",
    English "0 check-ins", "1 check-in"."""
    one = count < 2 if language() == "fr" else count == 1
    return _(singular if one else plural).format(count=count, **params)
