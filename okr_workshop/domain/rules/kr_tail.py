"""Runs of marker phrases that end a piece of text ("… au moins de ", "… d'ici fin ").

The metric reader removes the words that introduce a number or a date together with it. As a
regular expression that is ``(?:(?:\\bde|\\bau moins|…)\\s*)+$`` searched in the 40 characters
before the number: the engine retries every alternative at every position, which was the
slowest step of judging a workshop. Read from the end instead, only the phrases that end
where the previous one starts are tried. The answer is the same: the leftmost start from which
the rest of the text is nothing but phrases and spaces.
"""

from __future__ import annotations


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"  # what the regular expressions' \w and \b mean


class PhraseTail:
    """Phrases (lower case) that may follow each other, spaces between them optional.

    ``bounded`` phrases need a word boundary before them (``\\b``), like "de" (not the end
    of "monde"); ``free`` ones do not, like "→" or ":".
    """

    def __init__(self, bounded: tuple[str, ...], free: tuple[str, ...] = ()) -> None:
        ending: dict[str, list[tuple[str, bool]]] = {}
        for phrase, needs_boundary in [(p, True) for p in bounded] + [(p, False) for p in free]:
            if not phrase or phrase[0].isspace() or phrase[-1].isspace():
                raise ValueError(f"phrase {phrase!r} must not start or end with a space")
            ending.setdefault(phrase[-1], []).append((phrase, needs_boundary))
        # By last character: at each step only the phrases that can end there are tried.
        self._ending = {c: tuple(ps) for c, ps in ending.items()}

    def start(self, text: str) -> int | None:
        """Where the run of phrases ending ``text`` (trailing spaces included) starts, or
        None when ``text`` does not end with a phrase."""
        best: int | None = None
        ends = [len(text.rstrip())]
        seen = set(ends)
        while ends:
            end = ends.pop()
            if end == 0:
                continue
            for phrase, needs_boundary in self._ending.get(text[end - 1], ()):
                begin = end - len(phrase)
                if begin < 0 or not text.startswith(phrase, begin):
                    continue
                if needs_boundary and begin and _word(text[begin - 1]):
                    continue
                if best is None or begin < best:
                    best = begin
                before = len(text[:begin].rstrip())  # the previous phrase ends there
                if before not in seen:
                    seen.add(before)
                    ends.append(before)
        return best


def expand(phrase: str) -> tuple[str, ...]:
    """Spell out optional letters and words: "supérieur[e][s] [ou égal[e][s] ]à" gives
    the 20 ways of writing it."""
    open_at = phrase.find("[")
    if open_at < 0:
        return (phrase,)
    depth = 0
    for close_at in range(open_at, len(phrase)):
        depth += {"[": 1, "]": -1}.get(phrase[close_at], 0)
        if depth == 0:
            break
    head, inner, rest = phrase[:open_at], phrase[open_at + 1:close_at], phrase[close_at + 1:]
    found = []
    for middle in (*expand(inner), ""):
        found += [head + middle + tail for tail in expand(rest)]
    return tuple(dict.fromkeys(found))
