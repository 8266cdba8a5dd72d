"""Fixtures shared by the Steering window tests (see round_helpers.py for the builders)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from okr_workshop.domain.model import Language
from okr_workshop.ui.language import install_language, uninstall_language
from tests.ui.steering.round_helpers import open_round, run_cycle, steering_workshop


@pytest.fixture(params=[Language.ENGLISH, Language.FRENCH], ids=["en", "fr"])
def window_language(request, qapp):
    """The window in English, then in French (our catalogue and the French locale)."""
    before = QLocale()
    if request.param is Language.FRENCH:
        install_language(Language.FRENCH)
    yield request.param
    uninstall_language()
    QLocale.setDefault(before)


@pytest.fixture
def cycle_window(qtbot, main_window, repository, monkeypatch):
    """A 6-team workshop (36 kept key results, messy texts, a milestone, a falling target, a
    negative baseline, one without a baseline) whose 13 weekly rounds were typed in the
    check-in round, the round's date moved week by week. Yields (main window, the Check-ins
    tab, the workshop id): the charts, grading and exports of that cycle start from here."""
    workshop = steering_workshop(teams=6)
    tab = open_round(qtbot, main_window, repository, workshop, monkeypatch)
    run_cycle(tab)
    return main_window, tab, workshop.id
