"""The command line: ``okr-workshop`` (and ``python -m okr_workshop``).

With no sub-command it starts the window. Every sub-command calls the application layer
(okr_workshop/app), so the window and the command line share one implementation. A user
error is one line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from okr_workshop import APP_NAME, DISTRIBUTION_NAME, __version__

EXIT_OK = 0
EXIT_USER_ERROR = 1


class UserError(Exception):
    """A problem the user can fix; printed as one line."""


class _Parser(argparse.ArgumentParser):
    # argparse prints the whole usage and exits 2; we keep to one line and status 1.
    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USER_ERROR,
            f"{self.prog}: {message} (see `{DISTRIBUTION_NAME} --help`)\n",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=DISTRIBUTION_NAME,
        description=f"{APP_NAME}: run an OKR workshop from the vision to measurable key "
        "results. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="the library file to use (default: $OKR_WORKSHOP_LIBRARY, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    listing = commands.add_parser("list", help="list the workshops in the library")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--search", default="", help="only workshops matching this text")
    listing.set_defaults(handler=_list)

    importing = commands.add_parser("import", help="import a workshop exchange file (JSON)")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=_import)

    exporting = commands.add_parser("export", help="export a workshop to a file")
    exporting.add_argument("id", help="the workshop's id (or its first characters)")
    exporting.add_argument(
        "--format", choices=["json", "pdf", "posters"], default="json",
        help="json: exchange file; pdf: restitution deck; posters: one A4 PDF per team",
    )
    exporting.add_argument(
        "--lang", choices=["fr", "en"], help="language of the deck or posters (default: the "
        "workshop's language)",
    )
    exporting.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH",
        help="the file to write (a folder for --format posters)",
    )
    exporting.set_defaults(handler=_export)

    demo = commands.add_parser("demo", help="add the sample workshops (French and English)")
    demo.set_defaults(handler=_demo)

    check = commands.add_parser("check", help="every finding for a workshop and its health check")
    check.add_argument("id", help="the workshop's id (or its first characters)")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument("--lang", choices=["fr", "en"], help="default: the workshop's language")
    check.set_defaults(handler=_check)

    check_kr = commands.add_parser("check-kr", help="judge key-result sentences on their own")
    check_kr.add_argument("sentences", nargs="+", metavar="SENTENCE")
    check_kr.add_argument("--json", action="store_true", help="print JSON")
    check_kr.add_argument("--lang", choices=["fr", "en", "auto"], default="auto")
    check_kr.set_defaults(handler=_check_kr)

    from okr_workshop.cli_library import add_commands

    add_commands(commands)  # backups, restore
    return parser


def _repository(args: argparse.Namespace, writer: bool = False):
    """The library for this command; a writer waits a few seconds for the window's lock."""
    from okr_workshop.cli_library import open_repository_for

    return open_repository_for(args, writer)


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _list(args: argparse.Namespace) -> int:
    summaries = _repository(args).list_workshops(args.search)
    if args.json:
        _print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "organisation": s.organisation,
                    "cycle_label": s.cycle_label,
                    "language": str(s.language),
                    "current_step": str(s.current_step),
                    "teams": s.team_count,
                    "created_at": s.created_at.isoformat(),
                    "updated_at": s.updated_at.isoformat(),
                }
                for s in summaries
            ]
        )
    elif not summaries:
        print(f"The library is empty. `{DISTRIBUTION_NAME} demo` adds two sample workshops.")
    else:
        for s in summaries:
            cycle = f" — {s.cycle_label}" if s.cycle_label else ""
            print(f"{s.id}  {s.title}{cycle}  ({s.updated_at:%Y-%m-%d %H:%M})")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from okr_workshop.app.library import import_workshop

    workshop = import_workshop(_repository(args, writer=True), args.file)
    # The id goes to stdout only now that the transaction is committed: scripts (and the
    # crash tests) treat a printed id as an acknowledged import.
    print(workshop.id, flush=True)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from okr_workshop.app.library import export_workshop, find_workshop

    repository = _repository(args)
    summary = find_workshop(repository, args.id)
    if args.format != "json":
        return _export_pdf(args, repository.load_workshop(summary.id))
    if args.lang:
        raise UserError("--lang applies to --format pdf and posters only")
    export_workshop(repository, summary.id, args.output)
    print(f"Exported “{summary.title}” to {args.output}", file=sys.stderr)
    return EXIT_OK


def _export_pdf(args: argparse.Namespace, workshop) -> int:
    from okr_workshop.app.export_deck import export_deck, export_posters

    if args.format == "pdf":
        export_deck(workshop, args.output, args.lang)
        print(f"Exported the deck of “{workshop.title}” to {args.output}", file=sys.stderr)
    else:
        paths = export_posters(workshop, args.output, args.lang)
        print(f"Wrote {len(paths)} team posters of “{workshop.title}” to {args.output}",
              file=sys.stderr)
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from okr_workshop.app.library import add_samples

    for workshop in add_samples(_repository(args, writer=True)):
        print(f"{workshop.id}  {workshop.title}")
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from okr_workshop.app.check_workshop import format_workshop_report, workshop_report
    from okr_workshop.app.library import find_workshop

    repository = _repository(args)
    workshop = repository.load_workshop(find_workshop(repository, args.id).id)
    lang = args.lang or str(workshop.language)
    if args.json:
        _print_json(workshop_report(workshop, lang))
    else:
        print(format_workshop_report(workshop, lang))
    return EXIT_OK


def _check_kr(args: argparse.Namespace) -> int:
    from okr_workshop.app.check_kr import check_sentences, format_report

    results = check_sentences(args.sentences, args.lang)
    if args.json:
        _print_json(results)
    else:
        print(format_report(results, args.lang))
    return EXIT_OK


def _start_window(args: argparse.Namespace) -> int:
    from okr_workshop.gui import run_gui

    return run_gui(args.library)


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that are the user's to fix: printed as one line, exit 1."""
    from okr_workshop.app.library import UnknownWorkshop
    from okr_workshop.domain.values import InvalidValue
    from okr_workshop.storage.connection import LibraryError
    from okr_workshop.storage.exchange import ExchangeError

    return (UserError, UnknownWorkshop, LibraryError, ExchangeError, InvalidValue, OSError)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _start_window)
    if handler is not _start_window:  # the window asks the system through Qt
        from okr_workshop.app.formats import use_system_region

        use_system_region()
    from okr_workshop.cli_library import close_opened, explain

    try:
        return handler(args)
    except _user_errors() as error:
        print(f"{DISTRIBUTION_NAME}: {_one_line(error)}{explain(error)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"{DISTRIBUTION_NAME}: interrupted", file=sys.stderr)
        return 130
    finally:
        # The log folded into the file and the lock released, whatever happened.
        close_opened(args)


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename:
        return f"{error.strerror or 'cannot use the file'}: {error.filename}"
    text = str(error) or type(error).__name__
    return " ".join(text.split())
