"""The audience view with a projector: in a process of its own whose offscreen platform has
two screens (one QApplication per process, one screen layout per QApplication)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "eDP-1", "x": 0, "y": 0, "width": 1920, "height": 1200, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
        {"name": "HDMI-1", "x": 1920, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1},
    ],
}


def test_the_audience_view_fills_the_projector_and_swaps_with_the_console(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    probe = Path(__file__).with_name("two_screens_probe.py")
    done = subprocess.run([sys.executable, str(probe)], env=environment, capture_output=True,
                          text=True, timeout=120, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["console"]["screen"] == "eDP-1"
    # The projector, whole, and the console keeps the keyboard.
    assert seen["opened"] == {"screen": "HDMI-1", "full": True, "rect": [1920, 0, 1920, 1080]}
    # Swapped: the room's view on the laptop's screen, the console on the projector.
    assert seen["swapped"] == {"screen": "eDP-1", "full": True, "rect": [0, 0, 1920, 1200]}
    assert seen["console swapped"]["screen"] == "HDMI-1"
    assert seen["remembered"] == "eDP-1"
    assert seen["windowed"]["screen"] == "eDP-1" and not seen["windowed"]["full"]
    assert seen["reopened"]["screen"] == "eDP-1" and seen["reopened"]["full"]
    # The console dragged onto the room's screen: the room's view goes to the other one.
    assert seen["console dragged"]["screen"] == "eDP-1"
    assert seen["after the drag"] == {"screen": "HDMI-1", "full": True,
                                      "rect": [1920, 0, 1920, 1080]}
    # The projector unplugged: a window on the console's screen, to drag or fill (F).
    assert seen["unplugged"]["screen"] == "eDP-1" and not seen["unplugged"]["full"]
