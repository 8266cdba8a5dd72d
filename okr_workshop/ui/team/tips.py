"""Tooltips of the team folder that show text as written (standard library only: the home
page's panel uses it before the team folder's heavier modules are loaded)."""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as written: Qt reads a tooltip that looks like HTML as
    HTML, and names and titles come from colleagues' files ("<img width=4000>")."""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>" if text else ""
