"""The message catalogue of the rules, in French and English, without Qt.

Each module of :mod:`okr_workshop.domain.rules` declares its own ``MESSAGES``:
code → language → (message, advice), both ``str.format`` templates over the finding's params.
This module collects them (every rules module, found by name) and renders a
finding's words. A small equivalent of gettext: the deck and the command line reuse it
without a Qt translator, and a test checks every code reads in both languages.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from typing import Any

from okr_workshop.domain.model import Language

# (message, advice)
Entry = tuple[str, str]
Messages = Mapping[str, Mapping[str, Entry]]

_PART = {"message": 0, "advice": 1}


def all_messages() -> dict[str, Mapping[str, Entry]]:
    """Every code of every rules module. Imported lazily: rules import findings."""
    from okr_workshop.domain import rules

    merged: dict[str, Mapping[str, Entry]] = {}
    for info in pkgutil.iter_modules(rules.__path__):
        module = importlib.import_module(f"{rules.__name__}.{info.name}")
        for code, entry in getattr(module, "MESSAGES", {}).items():
            if code in merged:
                raise RuntimeError(f"message code declared twice: {code}")
            merged[code] = entry
    return merged


_cache: dict[str, Mapping[str, Entry]] | None = None


def render(code: str, part: str, language: Language | str, params: Mapping[str, Any]) -> str:
    global _cache
    if _cache is None:
        _cache = all_messages()
    lang = Language(language).value
    template = _cache[code][lang][_PART[part]]
    return template.format(**params)
