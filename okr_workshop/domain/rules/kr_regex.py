"""Compiling the sentence reader's regular expressions so they search fast.

Python's ``re`` skips ahead to the positions where a match can begin only when every
alternative starts with a letter: ``(?:de|du|from)…`` is searched quickly, while
``\\b(?:de|du|from)…`` tries every alternative at every position. Searched in every sentence
of a workshop, that was most of the time spent judging one. ``compile_fast`` rewrites each
word boundary before a letter as a look-behind after that letter, which means the same thing:
``\\bde`` becomes ``d(?<!\\w.)e`` ("d", not preceded by a word character). A boundary before
a group is first given to each alternative: ``\\b(?:de|du)`` is ``(?:\\bde|\\bdu)``.

Long lists of words that may start anywhere (months, product names) are searched faster with
the boundary first, which rules out most positions at once: those stay on ``re.compile``
(measured on the labelled corpus).
"""

from __future__ import annotations

import re

# A boundary followed by one literal word letter, or a class of them ("[tqsh]"), that no
# quantifier applies to.
_BOUNDARY_LETTER = re.compile(r"\\b([a-zà-öø-ÿœæ]|\[[a-zà-öø-ÿœæ]+\])(?![?*+{])")

SOURCES: list[str] = []  # every pattern compiled here, as written (the tests compare them)


def _alternatives(source: str, start: int) -> tuple[list[str], int]:
    """The top-level alternatives of the group whose body starts at ``start`` (just after
    "(?:"), and the index of its closing parenthesis."""
    parts, depth, i, begin = [], 0, start, start
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 1  # the escaped character is skipped below
        elif c == "[":  # a class may hold "|" or ")"; a "]" first in it is a literal
            i += 2 if source.startswith("[^", i) else 1
            i += source[i] == "]"
            while source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                parts.append(source[begin:i])
                return parts, i
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[begin:i])
            begin = i + 1
        i += 1
    raise ValueError(f"unbalanced group in {source!r}")


def _distribute(source: str) -> str:
    """Each "\\b(?:a|b)" as "(?:\\ba|\\bb)", nested groups included; not when the group is
    optional or repeated ("\\b(?:a)?" needs the boundary even without the group)."""
    out, i = [], 0
    while (at := source.find(r"\b(?:", i)) >= 0:
        parts, close = _alternatives(source, at + 5)
        if source[close + 1:close + 2] in ("?", "*", "+", "{"):
            body, head = "|".join(_distribute(part) for part in parts), r"\b(?:"
        else:
            body, head = "|".join(r"\b" + _distribute(part) for part in parts), "(?:"
        out.append(f"{source[i:at]}{head}{body})")
        i = close + 1
    return "".join(out) + source[i:]


def fast_source(source: str) -> str:
    """``source`` with each ``\\b`` before a letter written after the letter."""
    # "(?<!\w.)" looks at the letter just matched (never a newline, so "." takes it) and at
    # the character before it, which must not be a word character: what "\b" before meant.
    return _BOUNDARY_LETTER.sub(lambda m: m.group(1) + r"(?<!\w.)", _distribute(source))


def compile_fast(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``: the same matches, searched faster."""
    SOURCES.append(source)
    return re.compile(fast_source(source), flags)
