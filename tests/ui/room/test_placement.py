"""Where the audience view goes, from plain screen geometries (no Qt)."""

from __future__ import annotations

import pytest

from okr_workshop.ui.room.placement import (
    Placement,
    ScreenGeometry,
    place_audience,
    swapped,
)

LAPTOP = ScreenGeometry("eDP-1", 0, 0, 1920, 1200, primary=True)
PROJECTOR = ScreenGeometry("HDMI-1", 1920, 0, 1920, 1080)
SIDE = ScreenGeometry("DP-2", -1280, 0, 1280, 1024)
PRIMARY_PROJECTOR = ScreenGeometry("HDMI-1", 1920, 0, 1920, 1080, primary=True)
LAPTOP_NOT_PRIMARY = ScreenGeometry("eDP-1", 0, 0, 1920, 1200)


def full(screen: ScreenGeometry) -> Placement:
    return Placement(screen.name, screen.x, screen.y, screen.w, screen.h, True)


@pytest.mark.parametrize(
    ("screens", "chosen", "console", "expected"),
    [
        # One screen: a window on it (60 %, centred), never full screen by itself.
        ([LAPTOP], None, "eDP-1", Placement("eDP-1", 384, 240, 1152, 720, False)),
        ([LAPTOP], "HDMI-1", "eDP-1", Placement("eDP-1", 384, 240, 1152, 720, False)),
        ([LAPTOP], "eDP-1", "eDP-1", Placement("eDP-1", 384, 240, 1152, 720, False)),
        # Two: the projector, full screen.
        ([LAPTOP, PROJECTOR], None, "eDP-1", full(PROJECTOR)),
        ([PROJECTOR, LAPTOP], None, "eDP-1", full(PROJECTOR)),
        # The console dragged onto the projector: the room gets the other screen.
        ([LAPTOP, PROJECTOR], None, "HDMI-1", full(LAPTOP)),
        ([LAPTOP, PROJECTOR], "HDMI-1", "HDMI-1", full(LAPTOP)),
        # A projector set as primary: still the screen the console is not on.
        ([LAPTOP_NOT_PRIMARY, PRIMARY_PROJECTOR], None, "eDP-1", full(PRIMARY_PROJECTOR)),
        # Three: the coach's choice wins; without one, the first non-primary other screen.
        ([LAPTOP, SIDE, PROJECTOR], "HDMI-1", "eDP-1", full(PROJECTOR)),
        ([LAPTOP, SIDE, PROJECTOR], "DP-2", "eDP-1", full(SIDE)),
        ([LAPTOP, SIDE, PROJECTOR], None, "eDP-1", full(SIDE)),
        ([LAPTOP, SIDE, PROJECTOR], None, "DP-2", full(PROJECTOR)),
        # The chosen screen unplugged: back to the default.
        ([LAPTOP, PROJECTOR], "DP-2", "eDP-1", full(PROJECTOR)),
        ([LAPTOP], "HDMI-1", "eDP-1", Placement("eDP-1", 384, 240, 1152, 720, False)),
        # The console's screen unknown (not shown yet): a non-primary one.
        ([LAPTOP, PROJECTOR], None, None, full(PROJECTOR)),
        ([LAPTOP], None, None, Placement("eDP-1", 384, 240, 1152, 720, False)),
        # Qt reports no screen: nowhere.
        ([], None, None, None),
    ],
)
def test_the_audience_view_goes_where_the_room_looks(screens, chosen, console, expected):
    assert place_audience(screens, chosen, console) == expected


def test_swapping_exchanges_the_two_screens_and_does_nothing_on_one():
    assert swapped([LAPTOP, PROJECTOR], "HDMI-1", "eDP-1") == ("eDP-1", "HDMI-1")
    assert swapped([LAPTOP], "eDP-1", "eDP-1") == ("eDP-1", "eDP-1")
    # A screen gone meanwhile: nothing is swapped onto it.
    assert swapped([LAPTOP], "HDMI-1", "eDP-1") == ("HDMI-1", "eDP-1")
    # After the swap the placement follows the new choice and the console's new screen.
    audience, console = swapped([LAPTOP, PROJECTOR], "HDMI-1", "eDP-1")
    assert place_audience([LAPTOP, PROJECTOR], audience, console) == full(LAPTOP)
