"""Keys the shortcut sheet (F1, ``shortcut_sheet.py``) cannot find by walking the window.

Menu and page actions are found by walking the window's QActions. A key handled by an
event filter or a ``keyPressEvent`` (the audience view's single letters B, F, S, N, P…)
has no QAction: its part declares it here, with its translated description, so the sheet
lists it. Each part declares its own keys in its own module with :func:`declare_key`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

ROOM = "room"  # listed under "The room" (a workshop is open)
PAGE = "page"  # listed under "This page" on the steps given


@dataclass(frozen=True)
class DeclaredKey:
    keys: tuple[str, ...]  # portable text: "B", "Ctrl+Shift+F5", "Right"
    describe: Callable[[], str]  # translated when the sheet opens, in the window's language
    group: str = ROOM
    steps: frozenset | None = None  # the steps where it works (None: every step)
    owner: str = ""  # the part that declared it, so a part can declare again without twins

    def native_keys(self) -> str:
        native = QKeySequence.SequenceFormat.NativeText
        return ", ".join(QKeySequence(key).toString(native) for key in self.keys)


_declared: list[DeclaredKey] = []


def declare_key(keys: str | tuple[str, ...], describe: Callable[[], str], *,
                group: str = ROOM, steps=None, owner: str = "") -> None:
    """List ``keys`` in the shortcut sheet; ``describe`` returns the translated words."""
    keys = (keys,) if isinstance(keys, str) else tuple(keys)
    key = DeclaredKey(keys, describe, group, frozenset(steps) if steps else None, owner)
    if not any(k.keys == key.keys and k.owner == key.owner for k in _declared):
        _declared.append(key)


def declared_keys(step=None) -> list[DeclaredKey]:
    """The keys declared for ``step`` (every key that works on every step, too)."""
    return [k for k in _declared if k.steps is None or (step is not None and step in k.steps)]


# The audience view's keys (ROOM.md, part B): single letters handled by an event filter in
# the console while the audience view is open and no text field has the focus, and by the
# audience window itself (with the arrows and Esc). Declared here so the sheet is right from
# the start; the audience part may move them to its own module (same owner: no twins).
def audience_keys() -> dict[tuple[str, ...], str]:
    """Each literal, so the translation tools find it."""
    translate = QCoreApplication.translate
    return {
        ("B",): translate("AudienceKeys", "Audience view: black screen, or back"),
        ("F",): translate("AudienceKeys", "Audience view: full screen, or a window"),
        ("S",): translate("AudienceKeys", "Audience view: swap screens"),
        ("N",): translate("AudienceKeys", "Audience view: next item (→ in the audience view)"),
        ("P",): translate("AudienceKeys",
                          "Audience view: previous item (← in the audience view)"),
        ("Esc",): translate("AudienceKeys", "Audience view: leave (in the audience view)"),
    }


for _keys in audience_keys():
    declare_key(_keys, lambda keys=_keys: audience_keys()[keys], owner="audience")
