"""Fixtures for the room's scenes: the window's language (English, then French) and a scene
that follows a workshop's room channel as the audience window does (helper B's window
connects the same signals)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from okr_workshop.domain.model import Language
from okr_workshop.ui.language import install_language, uninstall_language


@pytest.fixture(params=[Language.ENGLISH, Language.FRENCH], ids=["en", "fr"])
def room_language(request, qapp):
    before = QLocale()
    if request.param is Language.FRENCH:
        install_language(Language.FRENCH)
    yield request.param
    uninstall_language()
    QLocale.setDefault(before)
