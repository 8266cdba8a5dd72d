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
    """User text put inside a line of output (a title in "Exported “…” to …"): its line
    breaks become spaces, so it cannot forge lines of its own. The newline is the only
    control :func:`shown` lets through, since the output's own lines need it."""
    return text.replace("\n", " ")


class ShownStream:
    """``stream``, with every write made safe to show (everything else is the stream's)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(shown(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
