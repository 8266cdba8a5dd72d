"""The command line's arguments read before argparse parses them: which library the error
log sits beside (so a mistyped command is logged there too), and a lone FILE turned into
``open FILE`` (what a double-click on an exchange file passes)."""

from __future__ import annotations

import argparse
from collections.abc import Collection, Sequence
from pathlib import Path

from okr_workshop import EXCHANGE_SUFFIX

# The main parser's options, and those of them that take a value (skipped when looking for
# a lone FILE). argparse also takes any unambiguous abbreviation (--lib), so they are too.
_MAIN_OPTIONS = ("--library", "--lang", "--help", "--version", "--smoke-test")
_VALUED_OPTIONS = ("--library", "--lang")


def main_option(word: str) -> str | None:
    """The main parser's option ``word`` names (``--lib=x`` → ``--library``), or None."""
    name = word.partition("=")[0]
    named = [option for option in _MAIN_OPTIONS if option.startswith(name)]
    return named[0] if len(named) == 1 and name.startswith("--") else None


def library_option(argv: Sequence[str]) -> str | None:
    """``--library PATH`` (or ``--library=PATH``, or abbreviated) as the parser will read
    it, or None."""
    found = None
    for position, word in enumerate(argv):
        if word == "--":
            break
        if main_option(word) != "--library":
            continue
        _, equals, value = word.partition("=")
        if equals:
            found = value
        elif position + 1 < len(argv):
            found = argv[position + 1]
    return found


def with_open_command(argv: list[str], commands: Collection[str]) -> list[str]:
    """``okr-workshop FILE`` as ``okr-workshop open FILE``: what a double-click on an exchange
    file passes (the Linux .desktop's ``%f``, Windows' ``"%1"``). Only when no argument is a
    command and every other one is an option of the main parser, and the files name existing
    files or exchange files; anything else is parsed as it is. The options stay before
    ``open``, the files go after it (``open`` says when there is more than one)."""
    options: list[str] = []
    files: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            options.append(arg)
            skip = False
            continue
        option = main_option(arg) if arg.startswith("-") else None
        if arg.startswith("-") and option not in _VALUED_OPTIONS:
            return argv  # --help, --version, --, an unknown option: as they are
        if option is not None:
            options.append(arg)
            skip = "=" not in arg
        elif arg in commands:
            return argv
        else:
            files.append(arg)
    if not files or not all(Path(f).is_file() or f.lower().endswith((EXCHANGE_SUFFIX, ".json"))
                            for f in files):
        return argv
    return [*options, "open", *files]


def command_names(parser: argparse.ArgumentParser) -> Collection[str]:
    """The sub-commands ``parser`` knows."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices.keys()
    return ()
