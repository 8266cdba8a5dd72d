"""Fixtures of the Steering tab tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from okr_workshop.domain.model import Language
from okr_workshop.ui.language import install_language, uninstall_language


@pytest.fixture(params=[Language.ENGLISH, Language.FRENCH], ids=["en", "fr"])
def window_language(request, qapp):
    """The window in English, then in French (our catalogue and the French locale)."""
    before = QLocale()
    if request.param is Language.FRENCH:
        install_language(Language.FRENCH)
    yield request.param
    uninstall_language()
    QLocale.setDefault(before)
