"""The Closing tab's objectives read whole at 1280×720 (English walkthrough: "Make our
website the easiest plac…" and "Let customers see what’s on t…", cut after two lines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from okr_workshop.app.samples import sample_workshop
from okr_workshop.domain.model import Language
from okr_workshop.ui.models.grades_model import TITLE
from okr_workshop.ui.steering.closing_tab import ClosingTab
from tests.ui.steering.steering_window import END, START, open_tab, set_today


def test_each_objective_title_is_read_whole(qtbot, main_window, repository, monkeypatch):
    set_today(monkeypatch, date(2027, 4, 2))
    main_window.resize(1280, 720)
    workshop = replace(sample_workshop(Language.ENGLISH), cycle_start=START, cycle_end=END)
    tab = open_tab(qtbot, main_window, repository, workshop, ClosingTab, monkeypatch)
    qtbot.waitExposed(tab)
    view = tab.objectives
    # Each row as tall as the title wrapped at its column's width (the view's own measure
    # of the text it paints): the default height held two lines, then "…".
    cut = [tab.objectives_model.index(row, TITLE).data()
           for row in range(tab.objectives_model.rowCount())
           if view.rowHeight(row) < view.sizeHintForRow(row)]
    assert tab.objectives_model.rowCount() >= 2
    assert cut == []
