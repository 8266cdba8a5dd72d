"""Runs of marker phrases that end a piece of text ("… au moins de ", "… d'ici fin ").

The metric reader removes the words that introduce a number or a date together with it. As a
regular expression that is ``(?:(?:\\bde|\\bau moins|…)\\s*)+$`` searched in the 40 characters
before the number: the engine retries every alternative at every position, which was the
slowest step of judging a workshop. Read from the end instead, only the phrases that end
where the previous one starts are tried. The answer is the same: the leftmost start from which
the rest of the text is nothing but phrases and spaces.

The roles of a number (:mod:`.kr_roles`) are read the same way, from the end: each expression
"…$" is spelt backwards (:func:`backwards`) and matched once at the start of the reversed
text, all of them in one match (:class:`Endings`).
"""

from __future__ import annotations

import re


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


# Read backwards: expressions that end a text ("… au moins ", "… de ").
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d+(?:,\d*)?\})\??")  # greedy or lazy, not possessive
_ESCAPES = "sSwWdDbBnt"  # besides punctuation; \b and \B read the same both ways


def _atoms(source: str, i: int, depth: int) -> tuple[list[list[str]], int]:
    """The alternatives of ``source`` from ``i`` to the end of the group (``depth`` > 0)
    or of the source, each a list of atoms (spelt backwards) with their quantifiers; and
    where it stopped."""
    alternatives: list[list[str]] = [[]]
    while i < len(source):
        c = source[i]
        if c == ")" and depth:
            return alternatives, i + 1
        if c == "|":
            alternatives.append([])
            i += 1
            continue
        if source.startswith("(?:", i):
            inner, i = _atoms(source, i + 3, depth + 1)
            body = "|".join("".join(reversed(a)) for a in inner)
            # An optional group as a choice with nothing, which the engine tries faster
            # than it repeats a group: "(?:x)?" is "(?:x|)", "(?:x)??" is "(?:|x)".
            if source.startswith("?", i) and not source.startswith("?+", i):
                lazy = source.startswith("??", i)
                alternatives[-1].append(f"(?:|{body})" if lazy else f"(?:{body}|)")
                i += 1 + lazy
                continue
            atom = f"(?:{body})"
        elif c == "[":  # a class reads the same both ways; "]" first in it is a literal
            end = i + 1 + source.startswith("[^", i)
            end += source[end] == "]"
            while source[end] != "]":
                end += 2 if source[end] == "\\" else 1
            atom, i = source[i:end + 1], end + 1
        elif c == "\\" and (source[i + 1] in _ESCAPES or not source[i + 1].isalnum()):
            atom, i = source[i:i + 2], i + 2
        elif c in "()^\\" or (c == "$" and (depth or source[i + 1:i + 2] not in ("", "|"))):
            # look-arounds, captures, back-references, and anchors but $ ending the source
            raise ValueError(f"cannot read {source[i:i + 4]!r} backwards in {source!r}")
        else:
            atom, i = c, i + 1
        if (quantifier := _QUANTIFIER.match(source, i)) is not None:
            atom, i = atom + quantifier.group(), quantifier.end()
            if source.startswith("+", i):
                raise ValueError(f"cannot read a possessive quantifier backwards in {source!r}")
        alternatives[-1].append(atom)
    if depth:
        raise ValueError(f"unbalanced group in {source!r}")
    return alternatives, i


def backwards(source: str, anchored: bool = True) -> str:
    r"""``source`` spelt to match the same texts read backwards.

    ``anchored``: every alternative ends in ``$`` (a search for it tried every position of
    the text; read backwards, a match at the start is enough). ``$`` also matches before a
    final newline, which read backwards is an optional newline first. Otherwise no ``$``.
    Only what the sentence reader's expressions use is read: literals, escapes such as
    ``\s`` or ``\b`` (a boundary reads the same both ways), classes, ``(?:…)`` groups,
    alternatives and quantifiers.
    """
    spelt = []
    for atoms in _atoms(source, 0, 0)[0]:
        if (atoms[-1:] == ["$"]) != anchored:
            raise ValueError(f"{'every' if anchored else 'no'} alternative must end with $: "
                             f"{source!r}")
        if anchored:
            atoms = [*atoms[:-1], r"\n?"]  # "$" read backwards
        spelt.append("".join(reversed(atoms)))
    return "|".join(spelt)


def one_of(phrases: tuple[str, ...]) -> str:
    """An expression for one of ``phrases``, built to be read backwards: phrases ending
    alike share a branch ("plus de", "moins de"), so each letter is tried once, and a
    longer phrase is tried before one it ends with, so the longest is read (the one a
    forward search finds, starting leftmost): "no more than 3" is a ceiling although it
    ends in "more than"."""
    if not phrases or any(not p or p[0].isspace() or p[-1].isspace() for p in phrases):
        raise ValueError("phrases must not be empty, nor start or end with a space")
    tree: dict = {}  # the phrases spelt backwards; the key "" marks where one starts
    for phrase in phrases:
        node = tree
        for c in reversed(phrase):
            node = node.setdefault(c, {})
        node[""] = {}

    def spell(node: dict) -> str:
        longer = [spell(rest) + re.escape(c) for c, rest in node.items() if c]
        choices = longer + [""] * ("" in node)  # the phrase ending here, after longer ones
        return choices[0] if len(choices) == 1 else f"(?:{'|'.join(choices)})"

    return spell(tree)


class Endings:
    r"""Expressions that may end a text, in order: which one ends it first, found in one
    match of the text reversed (searched forwards, each was tried at every position).

    An expression ending in ``$`` is read as written. Any other ends the text but for the
    spaces after it: ``A`` means ``A\s*$``, provided ``A`` cannot itself end with a space
    (write ``(?:\s*:)?``, not ``\s*:?``): the match reads those spaces first, all of them.
    """

    def __init__(self, **expressions: str) -> None:
        # What each name means searched forwards (the tests compare with it).
        self.sources = {name: a if a.endswith("$") else f"(?:{a})\\s*$"
                        for name, a in expressions.items()}
        # "\s*+" never gives a space back: what follows cannot start with one.
        self._pattern = re.compile("|".join(
            f"(?P<{name}>{backwards(a)})" if a.endswith("$")
            else rf"\s*+(?P<{name}>{backwards(a, anchored=False)})"
            for name, a in expressions.items()))

    def first(self, text: str) -> tuple[str | None, int]:
        """The name of the first expression that ends ``text`` and where what it read
        starts; (None, len(text)) when none does."""
        match = self._pattern.match(text[::-1])
        if match is None:
            return None, len(text)
        return match.lastgroup, len(text) - match.end()
