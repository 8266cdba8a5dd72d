"""The command line: ``okr-workshop`` (and ``python -m okr_workshop``).

With no sub-command it starts the window. Every sub-command calls the application layer
(okr_workshop/app), so the window and the command line share one implementation. A user
error is one line on stderr and exit status 1, never a traceback; a bug of ours is one line
too (status 70), its traceback kept in a private file the line names. Without a console
(a windowed bundle), those lines go to the error log beside the library (app/app_log.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from okr_workshop import APP_NAME, DISTRIBUTION_NAME, EXCHANGE_SUFFIX, __version__
from okr_workshop.cli_argv import command_names, library_option, with_open_command
from okr_workshop.cli_export import add_export_command
from okr_workshop.cli_library import UserError, named
from okr_workshop.cli_output import ShownStream, one_line, shown
from okr_workshop.cli_text import _, language, requested_language, use_language

EXIT_OK = 0
EXIT_USER_ERROR = 1
# A bug of ours (sysexits.h's EX_SOFTWARE): said in one line, its traceback in a file.
EXIT_SOFTWARE = 70
# What a shell reports for a command ended by SIGPIPE (128 + 13), like `ls | head -1`.
EXIT_BROKEN_PIPE = 141


class NamedStream:
    """A standard stream whose write errors name it ("the disk is full: standard output"),
    as a file's name them; a closed pipe stays a BrokenPipeError."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream = stream
        self._name = name

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            raise named(error, self._name) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise named(error, self._name) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


class _Parser(argparse.ArgumentParser):
    # argparse prints the whole usage and exits 2; we keep to one line and status 1.
    def error(self, message: str) -> NoReturn:
        # Printed before main() puts its shown streams in place: the arguments it quotes
        # ("unrecognized arguments: …") are made safe here.
        said = _("{message} (see `{program} --help`)").format(
            message=shown(one_line(message)), program=DISTRIBUTION_NAME
        )
        self.exit(EXIT_USER_ERROR, f"{self.prog}{_colon()} {said}\n")


def _colon() -> str:
    return "\u00a0:" if language() == "fr" else ":"


def build_parser() -> argparse.ArgumentParser:
    """The parser, in the language chosen by :func:`use_language` (English by default)."""
    parser = _Parser(
        prog=DISTRIBUTION_NAME,
        description=_(
            "{app}: run an OKR workshop from the vision to measurable key results. Without "
            "a command, opens the window."
        ).format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=_("show program's version number and exit"))
    parser.add_argument(
        "--library",
        metavar=_("PATH"),
        help=_(
            "the library file to use (default: $OKR_WORKSHOP_LIBRARY, else the user data folder)"
        ),
    )
    # Hidden: a build check (the bundle's smoke test), not something a coach runs.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    _add_message_language(parser)
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), parser_class=_Parser)

    listing = commands.add_parser("list", help=_("list the workshops in the library"))
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    listing.add_argument("--search", default="", help=_("only workshops matching this text"))
    _add_message_language(listing)
    listing.set_defaults(handler=_list)

    importing = commands.add_parser("import", help=_("import a workshop exchange file ({suffix}, "
                                                      "or .json)").format(suffix=EXCHANGE_SUFFIX))
    importing.add_argument("file", type=Path, metavar=_("FILE"),
                           help=_("the exchange file to import"))  # fmt: skip
    _add_message_language(importing)
    importing.set_defaults(handler=_import)

    opening = commands.add_parser(
        "open", help=_("open the window and offer to import an exchange file ({suffix}); "
                       "`{program} FILE` does the same").format(suffix=EXCHANGE_SUFFIX,
                                                                program=DISTRIBUTION_NAME))
    opening.add_argument("file", type=Path, nargs="*", metavar=_("FILE"),
                         help=_("the exchange file to import once the window is shown"))
    _add_message_language(opening)
    opening.set_defaults(handler=_start_window)

    add_export_command(commands, _repository)

    demo = commands.add_parser("demo", help=_("add the sample workshops (French and English)"))
    _add_message_language(demo)
    demo.set_defaults(handler=_demo)

    check = commands.add_parser(
        "check", help=_("every finding for a workshop and its health check")
    )
    check.add_argument("id", help=_("the workshop's id (or its first characters)"))
    check.add_argument("--json", action="store_true", help=_("print JSON"))
    check.add_argument("--lang", choices=["fr", "en"],
                       help=_("language of the report (default: the workshop's language)"))
    check.set_defaults(handler=_check)

    check_kr = commands.add_parser("check-kr", help=_("judge key-result sentences on their own"))
    check_kr.add_argument("sentences", nargs="+", metavar=_("SENTENCE"),
                          help=_("the key-result sentences to judge"))
    check_kr.add_argument("--json", action="store_true", help=_("print JSON"))
    check_kr.add_argument("--lang", choices=["fr", "en", "auto"], default="auto",
                          help=_("language of the sentences (default: auto, detected per "
                                 "sentence)"))
    check_kr.set_defaults(handler=_check_kr)

    from okr_workshop.cli_library import add_commands

    add_commands(commands, _add_message_language)  # backups, restore
    from okr_workshop.cli_steering import add_commands as add_steering_commands

    add_steering_commands(commands, _add_message_language, _repository)  # checkins, rituals
    from okr_workshop.cli_team import add_commands as add_team_commands

    add_team_commands(commands, _add_message_language, _repository)  # team folder
    return parser


def _add_message_language(parser: argparse.ArgumentParser) -> None:
    """``--lang`` where it has no other meaning: the language of the messages (read from
    the command line before parsing, so the help itself is in it)."""
    parser.add_argument("--lang", choices=["fr", "en"], dest="message_lang",
                        help=_("language of the messages (default: the system's)"))


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
                    "damaged": s.damaged,
                }
                for s in summaries
            ]
        )
    elif not summaries:
        print(_("The library is empty. `{program} demo` adds two sample workshops.").format(
            program=DISTRIBUTION_NAME))
    else:
        from okr_workshop.app.formats import format_moment  # Babel: only when a table is shown

        rows = [(s.id, _flat(s.title) + (f"  [{_('damaged')}]" if s.damaged else ""),
                 _flat(s.cycle_label), format_moment(s.updated_at.astimezone(), language()))
                for s in summaries]
        print(_table((_("ID"), _("Title"), _("Cycle"), _("Updated")), rows))
    # A damaged row is listed with the others, and said once on the error stream.
    for s in summaries:
        if s.damaged:
            said = _("the workshop {id} is damaged; `{program} restore --workshop {id}` puts "
                     "back its newest sound copy").format(id=s.id, program=DISTRIBUTION_NAME)
            print(f"{DISTRIBUTION_NAME}{_colon()} {said}", file=sys.stderr)
    return EXIT_OK


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Columns aligned under their headers; the last one is not padded."""
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(len(headers) - 1)]
    lines = []
    for row in [headers, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def _import(args: argparse.Namespace) -> int:
    from okr_workshop.app.exchange_files import import_workshop, read_import_file

    # The file first: a typo or a bad file is told at once, not after waiting for the lock.
    checked = read_import_file(args.file)
    workshop = import_workshop(_repository(args, writer=True), checked)
    # The id goes to stdout only now that the transaction is committed: scripts (and the
    # crash tests) treat a printed id as an acknowledged import.
    print(workshop.id, flush=True)
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from okr_workshop.app.samples import add_samples

    added = add_samples(_repository(args, writer=True))
    for workshop in added:
        print(f"{workshop.id}  {one_line(workshop.title)}")
    if not added:
        print(_("The sample workshops are already in the library; `{program} list` shows "
                "them.").format(program=DISTRIBUTION_NAME), file=sys.stderr)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from okr_workshop.app.check_workshop import format_workshop_report, workshop_report
    from okr_workshop.app.workshops import find_workshop

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
        print(format_report(results, args.lang, language()))
    return EXIT_OK


def _start_window(args: argparse.Namespace) -> int:
    from okr_workshop.gui import run_gui

    files: list[Path] = getattr(args, "file", None) or []  # `open FILE`, or a lone FILE
    if len(files) > 1:
        raise UserError(_("one file at a time: open {first} first, then the others").format(
            first=one_line(str(files[0]))))
    file = files[0] if files else None
    if file is not None and not file.exists():
        # Said here, in one line: a bad file is said in the window, as File › Import… does.
        raise UserError(_("the file {path} does not exist").format(path=one_line(str(file))))
    return run_gui(args.library, file)


def _smoke_test(_args: argparse.Namespace) -> int:
    from okr_workshop.gui import run_smoke_test

    return run_smoke_test()


def _user_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that are the user's to fix: printed as one line, exit 1."""
    from okr_workshop.app.errors import USER_ERRORS

    return (UserError, *USER_ERRORS)


def main(argv: Sequence[str] | None = None) -> int:
    from okr_workshop.app.app_log import use_library, without_console
    from okr_workshop.app.bundle_environment import restore_for_opened_programs

    restore_for_opened_programs()  # a bundle's own library path is not for other programs
    # A windowed bundle has no console (sys.stdout and sys.stderr are None): standard output
    # goes nowhere and the error stream into the log, before anything can write to either.
    without_console()
    argv = list(sys.argv[1:] if argv is None else argv)
    use_language(requested_language(argv))
    # The log sits beside the library this run uses: read before parsing, so a mistyped
    # command (told by the parser) is logged there too.
    use_library(library_option(argv))
    parser = build_parser()
    args = parser.parse_args(with_open_command(argv, command_names(parser)))
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _start_window)
    if args.smoke_test:
        handler = _smoke_test
    if handler is not _start_window:  # the window asks the system through Qt
        from okr_workshop.app.formats import use_system_region

        use_system_region()
    from okr_workshop.cli_library import close_opened, explain

    # Every write of a command goes through one seam that neutralises terminal controls.
    # Said before the work starts: with no memory left, even wording it could fail.
    out_of_memory = f"{DISTRIBUTION_NAME}{_colon()} " + _(
        "not enough memory to finish; nothing was left half-written (close other programs "
        "and try again)")
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = ShownStream(NamedStream(real_out, _("standard output")))
    sys.stderr = ShownStream(real_err)
    try:
        status = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return status
    except BrokenPipeError:
        return _reader_went_away()
    except MemoryError:
        # Before the clause below, which may import (and so need memory). One line, not the
        # traceback: every write is atomic or one transaction, so what the command had not
        # finished is simply not there.
        print(out_of_memory, file=sys.stderr)
        return EXIT_USER_ERROR
    except _user_errors() as error:
        print(f"{DISTRIBUTION_NAME}{_colon()} {_one_line(error)}{one_line(explain(error))}",
              file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print(f"{DISTRIBUTION_NAME}{_colon()} {_('interrupted')}", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line still, the traceback kept in a file
        print(f"{DISTRIBUTION_NAME}{_colon()} {_unexpected(error)}", file=sys.stderr)
        return EXIT_SOFTWARE
    finally:
        sys.stdout, sys.stderr = real_out, real_err
        # The log folded into the file and the lock released, whatever happened.
        close_opened(args)


def _unexpected(error: Exception) -> str:
    """The one line for an error no one foresaw, naming the file that keeps its details."""
    import time
    import traceback

    detail = one_line(f"{type(error).__name__}: {error}")[:200]
    report = Path(tempfile.gettempdir()) / (
        f"okr-workshop-error-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.txt")
    try:
        # Private (0600): a traceback may quote workshop text and paths.
        descriptor = os.open(report, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(f"{APP_NAME} {__version__}\n")
            file.write("".join(traceback.format_exception(error)))
    except OSError:
        return _("unexpected error ({detail}); this is a bug, please report it").format(
            detail=detail)
    return _("unexpected error ({detail}); this is a bug, please report it with the details "
             "kept in {path}").format(detail=detail, path=one_line(str(report)))


def _reader_went_away() -> int:
    """`okr-workshop list | head -1`: the reader had enough. Say nothing, as `ls` would."""
    # Point stdout at /dev/null so the interpreter's final flush has nowhere to fail.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def _one_line(error: BaseException) -> str:
    from okr_workshop.app.errors import error_sentence

    # A path with a line break in it stays one line, the break shown as \\n.
    return one_line(error_sentence(error, language()))


def _flat(text: str) -> str:
    """On one line; no-break spaces (French typography) stay what they are."""
    return " ".join(part.strip(" \t") for part in text.splitlines() if part.strip())
