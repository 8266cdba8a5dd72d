"""The machinery :mod:`.workshop_diff` compares with: pairing items by id, placing a child
under a parent both versions hold, and collecting the rows of differences."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from okr_workshop.domain.workshop_diff_display import Show, Side

ADDED_MINE = "added_mine"
ADDED_THEIRS = "added_theirs"
CHANGED = "changed"

# (attribute of the entity, the field's name in its code, how a value is shown)
Specs = tuple[tuple[str, str, Show], ...]
Label = Callable[[Any, Side], str]
Pair = tuple[Any, Any]  # (mine or None, theirs or None)
Row = tuple[str, tuple[str, ...], str, str, str, str]


def ordered(items: Iterable[Any]) -> list[Any]:
    """Items in the order the window shows them (by position; stable for equal ones)."""
    return sorted(items, key=lambda item: getattr(item, "position", 0))


def place(mine: Sequence[tuple[str, Any]], theirs: Sequence[tuple[str, Any]],
          common_parents: set[str]) -> tuple[dict[str, list[Pair]], list[Pair]]:
    """Pair (parent id, item) of both versions by the item's id, and say under which parent
    each pair is listed: mine's parent when both versions hold it, else theirs' parent. An
    item in one version whose parent is in that version only is left out (the parent's own
    difference says it), and so is its whole subtree. Returns the pairs by parent, mine's
    order first, and the *strays*: items in both versions whose parents are each in one
    version only."""
    mine_by = {item.id: (parent, item) for parent, item in mine}
    theirs_by = {item.id: (parent, item) for parent, item in theirs}
    groups: dict[str, list[Pair]] = {}
    strays: list[Pair] = []
    seen: set[str] = set()
    for _, item in (*mine, *theirs):
        if item.id in seen:
            continue
        seen.add(item.id)
        in_mine, in_theirs = mine_by.get(item.id), theirs_by.get(item.id)
        parents = [side[0] for side in (in_mine, in_theirs) if side is not None]
        home = next((parent for parent in parents if parent in common_parents), None)
        pair = (in_mine[1] if in_mine else None, in_theirs[1] if in_theirs else None)
        if home is not None:
            groups.setdefault(home, []).append(pair)
        elif in_mine and in_theirs:
            strays.append(pair)
    return groups, strays


def pairs(mine: Iterable[Any], theirs: Iterable[Any]) -> list[Pair]:
    """Items of a flat list paired by id, in mine's order, then those only in theirs."""
    return place([("", x) for x in ordered(mine)], [("", x) for x in ordered(theirs)],
                 {""})[0].get("", [])


class Collector:
    """The rows found so far, and the two versions they come from."""

    def __init__(self, mine: Side, theirs: Side) -> None:
        self.mine = mine
        self.theirs = theirs
        self.rows: list[Row] = []

    def add(self, section: str, where: Sequence[str], field: str, mine: str, theirs: str,
            kind: str) -> None:
        self.rows.append((section, tuple(where), field, mine, theirs, kind))

    def fields(self, section: str, where: Sequence[str], entity: str, specs: Specs,
               a: Any, b: Any) -> None:
        """One row per field whose values differ (links compared by id, not by name)."""
        for attribute, name, show in specs:
            mine, theirs = getattr(a, attribute), getattr(b, attribute)
            if mine != theirs:
                self.add(section, where, f"{entity}.{name}", show(mine, self.mine),
                         show(theirs, self.theirs), CHANGED)

    def one_sided(self, section: str, where: Sequence[str], entity: str, a: Any, b: Any,
                  label: Label) -> bool:
        """A row for an item only one version holds; False when both hold it."""
        if a is not None and b is not None:
            return False
        if a is not None:
            self.add(section, where, entity, label(a, self.mine), "", ADDED_MINE)
        else:
            self.add(section, where, entity, "", label(b, self.theirs), ADDED_THEIRS)
        return True

    def order(self, section: str, where: Sequence[str], entity: str, mine: Iterable[Any],
              theirs: Iterable[Any], label: Label) -> None:
        """A row when the items both versions hold are not in the same order."""
        mine, theirs = list(mine), list(theirs)
        common = {x.id for x in mine} & {x.id for x in theirs}
        mine_order = [x for x in ordered(mine) if x.id in common]
        theirs_order = [x for x in ordered(theirs) if x.id in common]
        if [x.id for x in mine_order] != [x.id for x in theirs_order]:
            self.add(section, where, f"{entity}.order",
                     " · ".join(label(x, self.mine) for x in mine_order),
                     " · ".join(label(x, self.theirs) for x in theirs_order), CHANGED)
