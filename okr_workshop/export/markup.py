"""User text into reportlab's paragraph markup: the one door every text goes through.

reportlab's Paragraph reads a small XML-like markup (<b>, <font>, <img src>, <a href>, …).
Text typed by a participant is data, so it is always escaped here before it meets that
markup: ``<img src="/etc/passwd">`` is printed as those characters and never loads a file,
``<a href>`` never becomes a link, ``<font size=80>`` never changes the layout. The markup
of the deck itself is only ever built by the helpers below, around escaped text.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph

from okr_workshop.export.fonts import NEWLINE, REGULAR, font_runs

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"})
# reportlab breaks a line at any whitespace but U+00A0, and drops the narrow no-break space
# (U+202F, French thousands: "10 100") as if it were a plain one, so "10" and "100" landed on
# two lines. Spaces that must hold words together become the one it keeps.
_KEEP_TOGETHER = str.maketrans({"\u202f": "\u00a0", "\u2007": "\u00a0"})


def escape(text: str) -> str:
    """XML-escape ``text`` (& < > and both quotes): nothing in it can be read as markup."""
    return text.translate(_ESCAPES)


def rich(text: str) -> str:
    """Safe paragraph markup for ``text``: escaped, characters the main font lacks set in
    the emoji or the fallback font (or replaced by □), line breaks kept."""
    parts = []
    for chars, font in font_runs(text.translate(_KEEP_TOGETHER)):
        safe = escape(chars).replace(NEWLINE, "<br/>")
        parts.append(safe if font == REGULAR else f'<font face="{font}">{safe}</font>')
    return "".join(parts)


def bold(markup: str) -> str:
    """Bold around markup that :func:`rich` (or these helpers) made."""
    return f"<b>{markup}</b>"


def coloured(markup: str, colour: str) -> str:
    """``colour`` is one of the theme's hex strings, never user text."""
    return f'<font color="{colour}">{markup}</font>'


def sized(markup: str, size: float) -> str:
    return f'<font size="{size:g}">{markup}</font>'


class Para(Paragraph):
    """A Paragraph that remembers its last wrap: pagination measures a paragraph, then the
    frame and its row measure it again at the same width; breaking the lines once is enough
    (it is most of the deck's time)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if getattr(self, "_wrapped_at", None) == availWidth and hasattr(self, "blPara"):
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


def para(text: str, style, bullet: str | None = None) -> Paragraph:
    """A paragraph of plain (user or catalogue) text; ``bullet`` is plain text too."""
    return para_markup(rich(text), style, None if bullet is None else rich(bullet))


def para_markup(markup: str, style, bullet: str | None = None) -> Paragraph:
    """A paragraph of markup built with :func:`rich` and the helpers above; ``bullet`` is
    markup as well (a coloured dot).

    The bullet goes into the paragraph as a ``<bullet>`` element, never as reportlab's
    ``bulletText``: that one is drawn as raw characters, so any markup in it was printed
    literally (issue 11: every remark showed ``<font color="#B83232">●</font>``)."""
    if bullet is not None:
        markup = f"<bullet>{bullet}</bullet>{markup}"
    return Para(markup, style)
