"""Where the audience view goes: a pure function of the screens' geometries, the coach's
choice and the console's screen, so every case (one screen, a projector, three screens, the
chosen one unplugged, the console dragged onto the projector) is tested with plain tuples.

The Qt side (``audience_window.py``) only turns ``QScreen``s into :class:`ScreenGeometry`
and applies the :class:`Placement`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# On a single screen the audience view opens as a window this share of the screen, so the
# coach can drag it to a mirrored display or make it fill the screen (F).
WINDOWED_SHARE = 0.6


@dataclass(frozen=True)
class ScreenGeometry:
    name: str
    x: int
    y: int
    w: int
    h: int
    primary: bool = False


@dataclass(frozen=True)
class Placement:
    """The screen the audience view uses, the rectangle it takes there and whether it fills
    it (False: a normal window on the console's own screen, the only one)."""

    screen: str
    x: int
    y: int
    w: int
    h: int
    full_screen: bool


def audience_screen(
    screens: Sequence[ScreenGeometry], chosen: str | None, console: str | None
) -> ScreenGeometry | None:
    """The screen the room looks at, or None when there is only the console's.

    The coach's choice wins while it is plugged in and is not where the console is; else a
    non-primary screen other than the console's (a projector is rarely primary), else any
    other screen."""
    others = [s for s in screens if s.name != console]
    if not others or (console is None and len(screens) < 2):
        return None
    for screen in others:
        if screen.name == chosen:
            return screen
    return next((s for s in others if not s.primary), others[0])


def place_audience(
    screens: Sequence[ScreenGeometry], chosen: str | None, console: str | None
) -> Placement | None:
    """Where the audience view goes; None only when Qt reports no screen at all."""
    target = audience_screen(screens, chosen, console)
    if target is not None:
        return Placement(target.name, target.x, target.y, target.w, target.h, True)
    home = next((s for s in screens if s.name == console), screens[0] if screens else None)
    if home is None:
        return None
    w, h = round(home.w * WINDOWED_SHARE), round(home.h * WINDOWED_SHARE)
    return Placement(home.name, home.x + (home.w - w) // 2, home.y + (home.h - h) // 2, w, h,
                     False)


def swapped(
    screens: Sequence[ScreenGeometry], audience: str | None, console: str | None
) -> tuple[str | None, str | None]:
    """(audience screen, console screen) after "swap screens": each takes the other's. With
    one screen there is nothing to swap: both stay."""
    if audience is None or audience == console or len(screens) < 2:
        return audience, console
    names = {s.name for s in screens}
    if audience not in names or console not in names:
        return audience, console
    return console, audience
