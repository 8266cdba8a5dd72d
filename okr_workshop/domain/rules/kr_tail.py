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
        # The phrases spelt backwards in a tree of characters: walking back from where the
        # previous phrase starts meets every phrase that ends there, in one pass. The key
        # None marks a phrase's first letter, with whether it needs a boundary before it.
        self._tree: dict = {}  # {character: subtree, None: needs a boundary}
        for phrase, needs_boundary in [(p, True) for p in bounded] + [(p, False) for p in free]:
            if not phrase or phrase[0].isspace() or phrase[-1].isspace():
                raise ValueError(f"phrase {phrase!r} must not start or end with a space")
            node = self._tree
            for c in reversed(phrase):
                node = node.setdefault(c, {})
            node[None] = needs_boundary

    def start(self, text: str) -> int | None:
        """Where the run of phrases ending ``text`` (trailing spaces included) starts, or
        None when ``text`` does not end with a phrase."""
        best: int | None = None
        ends = [len(text.rstrip())]
        seen = set(ends)
        while ends:
            begin = ends.pop()
            node = self._tree
            while begin and (node := node.get(text[begin - 1])) is not None:
                begin -= 1
                needs_boundary = node.get(None)
                if needs_boundary is None or (needs_boundary and begin and _word(text[begin - 1])):
                    continue  # no phrase starts here
                if best is None or begin < best:
                    best = begin
                before = len(text[:begin].rstrip())  # the previous phrase ends there
                if before not in seen:
                    seen.add(before)
                    ends.append(before)
        return best

    def last(self, text: str) -> int | None:
        """Where the longest single phrase ending ``text`` (trailing spaces included) starts:
        what ``re.search(r"(?:phrase|phrase…)\\s*$", text).start()`` gives."""
        best: int | None = None
        begin = len(text.rstrip())
        node = self._tree
        while begin and (node := node.get(text[begin - 1])) is not None:
            begin -= 1
            needs_boundary = node.get(None)
            if needs_boundary is not None and not (
                    needs_boundary and begin and _word(text[begin - 1])):
                best = begin
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
