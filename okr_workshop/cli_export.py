"""The command line's ``export``: a workshop to an exchange file (``.okrw``, JSON), its
restitution deck (PDF, handout, PowerPoint), its run sheet, or one poster per team. Kept apart from
:mod:`okr_workshop.cli` so the parser stays a table of contents; every write goes through
:func:`~okr_workshop.cli_library.to_output` (never over the library, ``-o -`` for the
standard output).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from okr_workshop import EXCHANGE_SUFFIX
from okr_workshop.cli_library import UserError, to_output
from okr_workshop.cli_output import one_line
from okr_workshop.cli_text import _, ngettext

if TYPE_CHECKING:
    from okr_workshop.app.library_file import Repository

# The app layer is imported by each function: `--help` needs none of it.
OpenLibrary = Callable[[argparse.Namespace, bool], "Repository"]


def add_export_command(commands: argparse._SubParsersAction, repository: OpenLibrary) -> None:
    """``export``; ``repository`` is the command line's own way to open the library (passed
    in so this module never imports ``cli`` back)."""
    exporting = commands.add_parser("export", help=_("export a workshop to a file"))
    exporting.add_argument("id", help=_("the workshop's id (or its first characters)"))
    exporting.add_argument(
        "--format", choices=["json", "pdf", "pptx", "posters", "run-sheet"], default="json",
        help=_("json: exchange file ({suffix}); pdf: restitution deck; pptx: the deck as an "
               "editable PowerPoint; posters: one PDF per team; run-sheet: the session's run "
               "sheet on one page (PDF)").format(suffix=EXCHANGE_SUFFIX),
    )
    exporting.add_argument(
        "--handout", action="store_true",
        help=_("with --format pdf: a page of speaker notes after each slide that has some"),
    )
    exporting.add_argument(
        "--template", type=Path, metavar=_("FILE"),
        help=_("with --format pptx: the company's PowerPoint template (.pptx or .potx) whose "
               "layouts and theme the slides use"),
    )
    exporting.add_argument(
        "--appendix", action="store_true",
        help=_("with --format pdf or pptx: add the appendix after the deck (key-result "
               "quality, health, parking lot and undecided objectives); by default the main "
               "deck only"),
    )
    exporting.add_argument(
        "--lang", choices=["fr", "en"],
        help=_("language of the deck or posters (default: the workshop's language)"),
    )
    exporting.add_argument(
        "--paper", choices=["a4", "a3"],  # None: not given (a4), so a deck can refuse it
        help=_("paper size of the posters (default: a4)"),
    )
    exporting.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("PATH"),
        help=_("the file to write, or - for the standard output (a folder for --format "
               "posters); with json, a name without an extension gets {suffix}").format(
                   suffix=EXCHANGE_SUFFIX),
    )
    exporting.set_defaults(handler=lambda args: _export(args, repository))


def _export(args: argparse.Namespace, repository: OpenLibrary) -> int:
    from okr_workshop.app.workshops import find_workshop

    if args.template is not None and args.format != "pptx":
        raise UserError(_("--template goes with --format pptx"))
    if args.handout and args.format != "pdf":
        raise UserError(_("--handout goes with --format pdf"))
    if args.appendix and args.format not in ("pdf", "pptx"):
        raise UserError(_("--appendix goes with --format pdf or pptx"))
    if args.paper is not None and args.format != "posters":
        raise UserError(_("--paper goes with --format posters"))
    if args.format == "posters":
        return _export_posters(args, repository)
    library = repository(args, False)
    summary = find_workshop(library, args.id)
    if args.format != "json":
        return _export_pdf(args, library.load_workshop(summary.id))
    from okr_workshop.app.exchange_files import export_workshop

    if str(args.output) != "-" and not args.output.suffix and not args.output.is_dir():
        # As in the window: no extension typed, the exchange one (a double-click opens it).
        # A folder stays refused as a target (issue 16).
        args.output = args.output.with_suffix(EXCHANGE_SUFFIX)
    # --lang with json only chooses the language of the messages: the file has none.
    path = to_output(args, lambda target: export_workshop(library, summary.id, target),
                     text=True)
    print(_("Exported “{title}” to {path}").format(title=one_line(summary.title),
                                                    path=path), file=sys.stderr)
    return 0


def _export_pdf(args: argparse.Namespace, workshop) -> int:
    from okr_workshop.app.export_deck import export_deck, export_handout, export_pptx
    from okr_workshop.app.export_run_sheet import export_run_sheet

    if args.format == "pptx":
        path = to_output(args, lambda target: export_pptx(
            workshop, target, args.lang, template=args.template, appendix=args.appendix),
            text=False)
        said = _("Exported the PowerPoint deck of “{title}” to {path}")
    elif args.format == "run-sheet":
        path = to_output(args, lambda target: export_run_sheet(workshop, target, args.lang),
                         text=False)
        said = _("Exported the run sheet of “{title}” to {path}")
    else:
        export = export_handout if args.handout else export_deck
        path = to_output(args, lambda target: export(workshop, target, args.lang,
                                                     appendix=args.appendix), text=False)
        said = _("Exported the deck of “{title}” to {path}")
    print(said.format(title=one_line(workshop.title), path=path), file=sys.stderr)
    return 0


def _export_posters(args: argparse.Namespace, repository: OpenLibrary) -> int:
    from okr_workshop.app.export_deck import export_posters
    from okr_workshop.app.library_file import library_path
    from okr_workshop.app.output_guard import output_folder
    from okr_workshop.app.workshops import find_workshop

    if str(args.output) == "-":
        raise UserError(_("--format posters writes one file per team: give a folder to -o, "
                          "not -"))
    # Checked before the library is opened: a wrong folder is said at once.
    folder = output_folder(args.output, library_path(args.library))
    library = repository(args, False)
    workshop = library.load_workshop(find_workshop(library, args.id).id)
    paths = export_posters(workshop, folder, args.lang, paper=args.paper or "a4")
    said = ngettext("Wrote 1 team poster of “{title}” to {path}",
                    "Wrote {count} team posters of “{title}” to {path}", len(paths))
    print(said.format(count=len(paths), title=one_line(workshop.title),
                      path=one_line(str(args.output))), file=sys.stderr)
    return 0
