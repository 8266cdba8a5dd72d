"""Why the domain refused a value, as a sentence in the window's language.

The refusal carries a code and parameters; the words are the Qt-free catalogue's
(:mod:`okr_workshop.domain.error_messages`), shared with the command line.
"""

from __future__ import annotations

from okr_workshop.app.errors import error_sentence
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.language import ui_language


def refused_value(error: InvalidValue) -> str:
    """"This text is too long: 200 characters at most." and the like."""
    return error_sentence(error, ui_language())
