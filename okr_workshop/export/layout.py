"""Pagination by measurement: content is cut into pages *before* anything is drawn.

Every slide's content is a list of flowables (and groups to keep together). The paginator
measures them with the same wrap reportlab's frames use and decides which page each goes
on; what does not fit continues on a next page ("(suite)"), split where reportlab can split
(paragraph lines, the rows of a Stack or Columns). Drawing then uses a :class:`StrictFrame`,
which raises instead of silently dropping or pushing a flowable that would not fit, so an
overflow is a bug that fails loudly (and the tests), never a cut-off slide.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from reportlab.platypus import Flowable, Frame

from okr_workshop.export.flowables import FUZZ, simplest_parts, split_flowable


class LayoutOverflow(RuntimeError):
    """A flowable did not fit where the paginator put it (a bug, never a user error)."""


@dataclass
class Group:
    """Flowables to keep on one page when they fit together (a heading and its first
    line); split apart only when they would not fit even on an empty page."""

    flowables: list[Flowable]


Item = Flowable | Group

# Split a flowable across pages rather than moving it whole when it is at least this share
# of a page: a long paragraph fills the page; a short one moves on.
_SPLIT_SHARE = 0.3


class _Pager:
    def __init__(self, width: float, first_height: float, next_height: float) -> None:
        self.width, self.next_height = width, next_height
        self.pages: list[list[Flowable]] = [[]]
        self.remaining = first_height
        self.at_top = True

    def new_page(self) -> None:
        self.pages.append([])
        self.remaining = self.next_height
        self.at_top = True

    def measure(self, flowable: Flowable) -> tuple[float, float]:
        """(space before, height) as a Frame would count them here."""
        space = 0.0 if self.at_top else flowable.getSpaceBefore()
        _, height = flowable.wrap(self.width, max(self.remaining - space, 0.0))
        return space, height

    def place(self, flowable: Flowable, space: float, height: float) -> None:
        self.pages[-1].append(flowable)
        self.remaining -= space + height + flowable.getSpaceAfter()
        self.at_top = False


def paginate(items: list[Item], width: float, first_height: float,
             next_height: float) -> list[list[Flowable]]:
    """Items cut into pages whose content fits ``width`` × the page's height."""
    pager = _Pager(width, first_height, next_height)
    queue: deque[Item] = deque(items)
    while queue:
        item = queue.popleft()
        if isinstance(item, Group):
            _place_group(pager, item, queue)
        else:
            _place(pager, item, queue)
    return [page for page in pager.pages if page] or [[]]


def _place_group(pager: _Pager, group: Group, queue: deque[Item]) -> None:
    total, at_top = 0.0, pager.at_top
    for flowable in group.flowables:
        space = 0.0 if at_top and not total else flowable.getSpaceBefore()
        _, height = flowable.wrap(pager.width, 1e6)
        total += space + height + flowable.getSpaceAfter()
    if total <= pager.remaining + FUZZ or total > pager.next_height:
        # They fit, or no page could hold them together: place (and split) one by one.
        queue.extendleft(reversed(group.flowables))
    elif not pager.at_top:
        pager.new_page()
        queue.appendleft(group)
    else:
        queue.extendleft(reversed(group.flowables))  # too tall for any page: let them split


def _place(pager: _Pager, flowable: Flowable, queue: deque[Item]) -> None:
    space, height = pager.measure(flowable)
    if space + height <= pager.remaining + FUZZ:
        pager.place(flowable, space, height)
        return
    room = pager.remaining - space
    if pager.at_top or height >= _SPLIT_SHARE * pager.next_height:
        parts = split_flowable(flowable, pager.width, room)
        if parts:
            _, first = parts[0].wrap(pager.width, room)
            pager.place(parts[0], space, first)
            queue.extendleft(reversed(parts[1:]))
            pager.new_page()
            return
    if not pager.at_top:
        pager.new_page()
        queue.appendleft(flowable)
        return
    parts = simplest_parts(flowable)
    if parts:
        queue.extendleft(reversed(parts))
        return
    raise LayoutOverflow(
        f"{type(flowable).__name__} of {height:.0f} pt cannot fit a page of "
        f"{pager.remaining:.0f} pt and cannot be split"
    )


class StrictFrame(Frame):
    """A frame that raises :class:`LayoutOverflow` where reportlab would silently refuse a
    flowable (which a document template would push to a next page)."""

    def __init__(self, x: float, y: float, width: float, height: float) -> None:
        super().__init__(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0, showBoundary=0, overlapAttachedSpace=0)

    def add(self, flowable: Flowable, canv, trySplit: int = 0) -> int:  # noqa: N803
        if not super().add(flowable, canv, trySplit):
            raise LayoutOverflow(f"{type(flowable).__name__} does not fit its frame")
        return 1
