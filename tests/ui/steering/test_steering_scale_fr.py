"""French walkthrough at 1920×1080 with QT_SCALE_FACTOR=1.5 (a window of about 1280×690
device-independent pixels): what the Steering tabs showed cut, each fixed where it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from okr_workshop.domain.steering.rituals import default_rituals
from okr_workshop.ui.steering.check_in_round import CheckInRoundTab
from okr_workshop.ui.steering.rituals_tab import RitualsTab
from tests.ui.steering.steering_window import START, messy_workshop, open_tab, set_today

SCALED = (1280, 690)  # 1920×1080 at scale 1.5, less the panel


def scaled_tab(qtbot, main_window, repository, monkeypatch, tab_type):
    set_today(monkeypatch, date(2027, 2, 25))
    main_window.resize(*SCALED)
    workshop = messy_workshop()
    workshop = replace(workshop, rituals=default_rituals(workshop, START))
    tab = open_tab(qtbot, main_window, repository, workshop, tab_type, monkeypatch)
    QApplication.processEvents()
    return tab


def cut(widgets: list[QWidget]) -> list[str]:
    """The widgets narrower than what their text needs."""
    return [f"{w.objectName() or type(w).__name__}: {w.width()} < {w.sizeHint().width()}"
            for w in widgets if w.isVisible() and w.width() < w.sizeHint().width()]


def test_the_rounds_controls_are_whole_at_scale_one_and_a_half(
        french_ui, qtbot, main_window, repository, monkeypatch):
    """The date read « 027 », the cycle « (cycle : 1er janv. 2027 – 31 », the box « Confiance
    la plus basse » without « d’abord », the buttons « nporter des points d’étape. »."""
    tab = scaled_tab(qtbot, main_window, repository, monkeypatch, CheckInRoundTab)
    assert tab.lowest_first.text().endswith("d’abord")
    assert cut([tab.team, tab.day, tab.cycle_note, tab.lowest_first, tab.import_button,
                tab.export_button]) == []
    assert tab.day.width() >= tab.day.fontMetrics().horizontalAdvance("26/02/2027")


def test_the_rituals_names_are_whole_at_scale_one_and_a_half(
        french_ui, qtbot, main_window, repository, monkeypatch):
    """The table read « Revue mens… », « Prép… du … », « Notat… et … »: the empty place
    column took as much room as the ritual's name."""
    from okr_workshop.ui.models.rituals_model import KIND

    tab = scaled_tab(qtbot, main_window, repository, monkeypatch, RitualsTab)
    table = tab.table
    table.resizeRowsToContents()
    metrics = table.fontMetrics()
    width = table.columnWidth(KIND) - 12  # the cell's margins
    for row in range(tab.model.rowCount()):
        name = tab.model.index(row, KIND).data()
        longest = max(name.split(), key=metrics.horizontalAdvance)
        assert metrics.horizontalAdvance(longest) <= width, name
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                      Qt.TextFlag.TextWordWrap, name).height()
        assert needed <= table.rowHeight(row), name


def test_the_ritual_form_says_participants_as_the_calendar_file_does(
        french_ui, qtbot, main_window, repository, monkeypatch):
    """« Qui vient : » read as a literal rendering of "Who attends:"; the .ics exported
    from the same form already says « Participants : »."""
    from PySide6.QtWidgets import QLabel

    tab = scaled_tab(qtbot, main_window, repository, monkeypatch, RitualsTab)
    label = next(w for w in tab.form.findChildren(QLabel) if w.buddy() is tab.form.attendees)
    assert label.text().replace("&", "") == "Participants\u00a0:"


def test_the_objectives_to_close_are_read_whole_at_scale_one_and_a_half(
        french_ui, qtbot, main_window, repository, monkeypatch):
    """The closing list read « Rendre la command… », « Faire de l’applicati… »: each row
    kept one line's height while its title wrapped over three or four."""
    from okr_workshop.ui.steering.closing_tab import ClosingTab

    tab = scaled_tab(qtbot, main_window, repository, monkeypatch, ClosingTab)
    table, model = tab.objectives, tab.objectives_model
    assert model.rowCount() > 0
    QApplication.processEvents()
    metrics = table.fontMetrics()
    width = table.columnWidth(0) - 12  # the cell's margins
    assert width >= metrics.horizontalAdvance("l’application"), width
    for row in range(model.rowCount()):
        title = model.index(row, 0).data()
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                      Qt.TextFlag.TextWordWrap, title).height()
        assert needed <= table.rowHeight(row), title
