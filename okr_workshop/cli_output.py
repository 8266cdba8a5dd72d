"""What the command line writes is shown, never obeyed: user text is data.

A workshop title can hold anything an imported file held, escape sequences included
(``ESC ] 0 ; … BEL`` retitles the terminal, ``ESC [ 2 J`` clears it, ``CR`` overwrites the
line, bidi overrides reorder what is read). Every character a terminal would interpret is
written as its ``\\uXXXX`` escape instead: readable, and still valid inside a JSON string, so
``--json`` output parses back to the very same text.
"""

from __future__ import annotations

import re
from typing import TextIO

# C0 and C1 controls except tab and newline, DEL, the line and paragraph separators (some
# terminals break the line there), and the bidi embeddings and isolates.
_INTERPRETED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    return _INTERPRETED.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def one_line(text: str) -> str:
    """User text or a path put inside a line of output ("Exported “…” to …", an error): its
    line breaks (every one ``str.splitlines`` knows) shown as ``\\n``, ``\\r`` or
    ``\\uXXXX``, so nothing can forge a second line. The newline is the only control
    :func:`shown` lets through, since the output's own lines need it."""
    return _LINE_BREAKS.sub(_escaped_break, text)


_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _escaped_break(match: re.Match[str]) -> str:
    char = match.group()
    return {"\n": "\\n", "\r": "\\r"}.get(char, f"\\u{ord(char):04x}")


class ShownStream:
    """``stream``, with every write made safe to show (everything else is the stream's)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(shown(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
