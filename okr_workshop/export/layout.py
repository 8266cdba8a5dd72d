"""Pagination by measurement: content is cut into pages *before* anything is drawn.

Every slide's content is a list of flowables (and groups to keep together). The paginator
measures them with the same wrap reportlab's frames use and decides which page each goes
on; what does not fit continues on a next page ("Sales (2/2)"), split where reportlab can
split (paragraph lines, the rows of a Stack or Columns). A :class:`Group` (an objective and
its key results) moves to the next page whole when it fits a page, so no key result is left
without its objective; :func:`paginate_balanced` then evens the pages out, so a chapter never
ends on a slide holding one line after a full one. Drawing then uses a :class:`StrictFrame`,
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
    """Flowables to keep on one page when they fit together (an objective's heading and its
    key results, a heading and its lines); split apart only when they would not fit even on
    an empty page, and then never after the heading: the first two stay together, the last
    line never goes alone onto a page, and ``repeat`` (the objective's heading), when set,
    heads each page the group continues on."""

    flowables: list[Flowable]
    repeat: Flowable | None = None


Item = Flowable | Group

# Split a flowable across pages rather than moving it whole when it is at least this share
# of a page: a long paragraph fills the page; a short one moves on.
_SPLIT_SHARE = 0.3


class _Pager:
    def __init__(self, width: float, first_height: float, next_height: float,
                 page_height: float | None) -> None:
        self.width, self.next_height, self.page_height = width, next_height, page_height
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


def paginate(items: list[Item], width: float, first_height: float, next_height: float,
             page_height: float | None = None) -> list[list[Flowable]]:
    """Items cut into pages whose content fits ``width`` × the page's height.

    ``page_height``, when the heights given are a budget under the page's real height
    (balancing): a group that fits a real page is still never split; it may then go over
    the budget, never over the page."""
    pager = _Pager(width, first_height, next_height, page_height)
    queue: deque[Item] = deque(items)
    while queue:
        item = queue.popleft()
        if isinstance(item, Group):
            _place_group(pager, item, queue)
        else:
            _place(pager, item, queue)
    return [page for page in pager.pages if page] or [[]]


def _group_height(width: float, flowables: list[Flowable], at_top: bool) -> float:
    total = 0.0
    for index, flowable in enumerate(flowables):
        space = 0.0 if at_top and not index else flowable.getSpaceBefore()
        _, height = flowable.wrap(width, 1e6)
        total += space + height + flowable.getSpaceAfter()
    return total


def _place_group(pager: _Pager, group: Group, queue: deque[Item]) -> None:
    flowables = group.flowables
    total = _group_height(pager.width, flowables, pager.at_top)
    if total <= pager.remaining + FUZZ:
        queue.extendleft(reversed(flowables))  # they fit here: place one by one
    elif _group_height(pager.width, flowables, True) <= \
            (pager.page_height or pager.next_height) + FUZZ:
        if not pager.at_top:
            pager.new_page()  # whole on the next page
            queue.appendleft(group)
        elif pager.page_height is not None:
            for flowable in flowables:  # over the budget, within the page: whole all the same
                pager.place(flowable, *pager.measure(flowable))
        else:
            queue.extendleft(reversed(flowables))  # a shorter first page: let them split
    elif len(flowables) > 2 and (chunks := _chunks(pager, group)):
        queue.extendleft(reversed(chunks))  # each fits a page: placed as groups
    elif len(flowables) > 2:
        # Too tall for any page, and a line too tall for a page: split it, its heading
        # kept with its first line; start on a new page unless those two fit here.
        head = Group(flowables[:2])
        if not pager.at_top and _group_height(pager.width, head.flowables, False) \
                > pager.remaining + FUZZ:
            pager.new_page()
        queue.extendleft(reversed([head, *flowables[2:]]))
    else:
        if not pager.at_top and flowables and \
                pager.measure(flowables[0])[0] + flowables[0].wrap(pager.width, 1e6)[1] \
                > pager.remaining + FUZZ:
            pager.new_page()  # the heading never ends a page
        queue.extendleft(reversed(flowables))  # two too tall together: let them split


def _chunks(pager: _Pager, group: Group) -> list[Group] | None:
    """A group too tall for a page cut into page-sized groups between its lines: the
    heading with at least its first line, ``repeat`` atop each next part, no part of a
    single line after a fuller one. None when one line alone is taller than a page."""
    width, page = pager.width, pager.page_height or pager.next_height
    heading, lines = group.flowables[0], group.flowables[1:]

    def height(flowable: Flowable, top: bool) -> float:
        space = 0.0 if top else flowable.getSpaceBefore()
        return space + flowable.wrap(width, 1e6)[1] + flowable.getSpaceAfter()

    repeat = [group.repeat] if group.repeat is not None else []
    head = _group_height(width, repeat, True)
    if any(head + height(line, not repeat) > page + FUZZ for line in lines):
        return None
    # At the top of a page the whole page is there: a balancing budget under it only says
    # where to cut a group that fits, and this one does not.
    available = page if pager.at_top else pager.remaining
    if _group_height(width, group.flowables[:2], pager.at_top) > available + FUZZ:
        if pager.at_top:
            return None  # the heading and its first line do not fit even an empty page
        pager.new_page()
        available = page
    parts: list[list[Flowable]] = [[heading]]
    room = available - height(heading, True)
    for line in lines:
        need = height(line, False)
        if need > room + FUZZ and len(parts[-1]) > len(repeat):
            parts.append([*repeat])
            room = page - head
            need = height(line, not repeat)
        parts[-1].append(line)
        room -= need
    last, before = parts[-1], parts[-2] if len(parts) > 1 else []
    if len(last) - len(repeat) == 1 and len(before) - 1 >= 2:
        moved = [*repeat, before[-1], *last[len(repeat):]]
        if _group_height(width, moved, True) <= page + FUZZ:  # no line alone at the end
            parts[-2], parts[-1] = before[:-1], moved
    return [Group(part) for part in parts]


def used_height(page: list[Flowable], width: float) -> float:
    """How much of its frame a page's content fills, as a Frame stacks it."""
    return _group_height(width, page, True) if page else 0.0


# Balancing: a chapter's last page is evened out with the others when it is under this
# share of a page; the per-page budget is searched in this many halvings (about 2 %).
_BALANCE_BELOW = 0.5
_BALANCE_STEPS = 6


def paginate_balanced(items: list[Item], width: float, height: float) -> list[list[Flowable]]:
    """Like :func:`paginate` with pages of ``height``, then evened out: when the last page
    is under half full, the smallest per-page budget that still gives as many pages is
    used, so the content spreads over the pages instead of leaving one line alone on the
    last ("Alignment (3/3)" holding one team, a key result away from its objective)."""
    pages = paginate(items, width, height, height)
    count = len(pages)
    if count < 2 or used_height(pages[-1], width) >= _BALANCE_BELOW * height:
        return pages
    # No budget under the mean fill can hold the content in as many pages.
    low = sum(used_height(page, width) for page in pages) / count
    high, best = height, pages
    for _ in range(_BALANCE_STEPS):
        budget = (low + high) / 2
        try:
            trial = paginate(items, width, budget, budget, page_height=height)
        except LayoutOverflow:  # something only fits the full page: keep the full budget
            trial = None
        if trial is not None and len(trial) <= count:
            high, best = budget, trial
        else:
            low = budget
    return best


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
