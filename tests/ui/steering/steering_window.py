"""Shared by the Steering tab tests: a messy workshop open on one tab of step 8, on a day
the test chooses, in the window's language the test chooses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QApplication

from okr_workshop.app import clock
from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language, Step, Workshop
from okr_workshop.ui.pages.steering_page import SteeringPage

START = date(2027, 1, 4)  # a Monday
END = date(2027, 4, 4)  # 13 weeks later, a Sunday
MESSY_TITLE = "Atelier « Nord » <b>T1</b> 🚀 & co"


def set_today(monkeypatch, day: date) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)


def messy_workshop(**fields) -> Workshop:
    """The French sample with a messy title, the cycle of 2027's first quarter and no
    rituals yet (``fields`` replace what they name)."""
    workshop = sample_workshop(Language.FRENCH)
    values: dict = dict(title=MESSY_TITLE, cycle_start=START, cycle_end=END, rituals=())
    values.update(fields)
    return replace(workshop, **values)


def open_tab(qtbot, main_window, repository, workshop: Workshop, tab_type, monkeypatch):
    """``workshop`` stored and open on the Steering step, on the tab of ``tab_type``."""
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [SteeringPage])
    repository.add_workshop(workshop)
    main_window.open_workshop(workshop.id)
    main_window.workshop_view.go_to(Step.STEERING)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    page = main_window.workshop_view.current_page()
    assert isinstance(page, SteeringPage)
    tab = next(t for t in page.steering_tabs() if isinstance(t, tab_type))
    page.tabs.setCurrentWidget(tab)
    return tab


def stored(repository, workshop_id: str) -> Workshop:
    return repository.load_workshop(workshop_id)
