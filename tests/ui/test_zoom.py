"""Zoom and big type in the console (issue 15, point 4): Ctrl+plus / Ctrl+minus / Ctrl+0
scale every page's type and rows, in steps, remembered per screen; the audience view and
the exported files keep their own sizes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QTableView,
)

from okr_workshop.domain.model import Step
from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.zoom import STEPS, key_of, next_step, screen_key

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Keypad = Qt.KeyboardModifier.KeypadModifier


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def points(widget) -> float:
    return widget.font().pointSizeF()


@dataclass
class FakeScreen:
    """What the key of a screen reads: its name, serial number and geometry."""

    label: str
    size: tuple[int, int] = (1920, 1080)

    def name(self) -> str:
        return self.label

    def serialNumber(self) -> str:  # noqa: N802 - Qt's name
        return "SN-" + self.label

    def geometry(self) -> QRect:
        return QRect(0, 0, *self.size)


def test_steps_go_up_and_down_and_stop_at_the_ends():
    assert STEPS[0] == 85 and STEPS[-1] == 200 and 100 in STEPS
    assert next_step(100, 1) == 115 and next_step(100, -1) == 85
    assert next_step(200, 1) == 200 and next_step(85, -1) == 85
    assert next_step(120, 1) == 130 and next_step(120, -1) == 115


def test_the_keys_scale_the_pages_type_and_the_tables_rows(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.SETUP)
    setup = view.current_page()
    table = next(t for t in setup.findChildren(QTableView) if t.isVisible())
    base_points, base_row = points(table), table.rowHeight(0)
    step_points = points(view.step_list)
    activate(qtbot, main_window)

    qtbot.keyClick(table, Qt.Key.Key_Equal, Ctrl)  # Ctrl+=, the key without Shift
    assert main_window.zoom.percent == 115
    assert "115" in main_window.statusBar().currentMessage()
    qtbot.keyClick(table, Qt.Key.Key_Plus, Ctrl)  # Ctrl++
    qtbot.keyClick(table, Qt.Key.Key_Plus, Ctrl | Keypad)  # the keypad's +
    assert main_window.zoom.percent == 150
    assert points(table) == base_points * 1.5
    assert table.rowHeight(0) > base_row
    assert table.rowHeight(0) >= table.fontMetrics().height() + 10  # compact, never cut
    # The step list keeps its larger type at every zoom, and the Focus page built now
    # (pages are built when first shown) starts at the zoom.
    assert points(view.step_list) == step_points * 1.5
    view.go_to(Step.FOCUS)
    focus = view.current_page()
    assert points(focus.table) == base_points * 1.5
    assert focus.table.rowHeight(0) >= focus.table.fontMetrics().height()

    qtbot.keyClick(focus.table, Qt.Key.Key_Minus, Ctrl)
    assert main_window.zoom.percent == 130
    qtbot.keyClick(focus.table, Qt.Key.Key_0, Ctrl)
    assert main_window.zoom.percent == 100
    assert points(focus.table) == base_points
    assert "100" in main_window.statusBar().currentMessage()
    for _ in range(3):
        qtbot.keyClick(focus.table, Qt.Key.Key_Minus, Ctrl)
    assert main_window.zoom.percent == 85  # the smallest step, and no further


def test_zoom_keys_work_in_a_text_field_without_typing_into_it(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    main_window.workshop_view.go_to(Step.SETUP)
    field = next(f for f in main_window.workshop_view.current_page().findChildren(QLineEdit)
                 if f.isVisible() and not f.isReadOnly())
    before = field.text()
    activate(qtbot, main_window)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Equal, Ctrl)
    assert main_window.zoom.percent == 115
    assert field.text() == before


def test_the_home_page_and_the_menus_follow_the_zoom(qtbot, main_window):
    base = points(main_window.home.table)
    main_window.zoom.zoom_in.trigger()
    main_window.zoom.zoom_in.trigger()
    assert points(main_window.home.table) == base * 1.3
    menus = [o for o in main_window.zoom.zoom_in.associatedObjects() if isinstance(o, QMenu)]
    assert menus and all(points(menu) == base * 1.3 for menu in menus)  # the View menu
    # A dialog of the console opened later speaks as large.
    dialog = QDialog(main_window)
    dialog.setLayout(None)
    QLabel("Bonjour", dialog)
    dialog.show()
    assert points(dialog) == base * 1.3
    dialog.close()


def test_the_still_to_do_panel_grows_with_the_type(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    before = view.missing_height
    main_window.zoom.set_percent(200)
    assert view.missing_height >= before * 1.8
    area = view.findChild(QScrollArea, "missingArea")
    assert area.height() == view.missing_height
    assert view.practices.height() == view.missing_height


def test_the_zoom_is_remembered_per_screen_and_applied_at_start(
    qtbot, main_window, repository, settings, prompts
):
    laptop, projector = FakeScreen("eDP-1", (1366, 768)), FakeScreen("HDMI-1")
    assert key_of(laptop) != key_of(projector)
    assert key_of(laptop) == screen_key("eDP-1", "SN-eDP-1", QRect(0, 0, 1366, 768))
    zoom = main_window.zoom
    zoom.follow_screen(laptop)
    zoom.set_percent(150)
    zoom.follow_screen(projector)  # moved to the projector: never zoomed there
    assert zoom.percent == 100
    zoom.set_percent(130)
    zoom.follow_screen(laptop)  # back on the laptop: as it was left there
    assert zoom.percent == 150
    zoom.follow_screen(projector)
    assert zoom.percent == 130

    real = main_window.screen()
    # Qt says the window moved to another screen: that screen's zoom (the real one: never
    # zoomed yet, so the usual size).
    assert zoom._watched_handle is main_window.windowHandle()
    main_window.windowHandle().screenChanged.emit(real)
    assert zoom.screen is real and zoom.percent == 100
    zoom.set_percent(175)
    main_window.close()
    again = MainWindow(repository, settings, prompts)
    qtbot.addWidget(again)
    assert again.zoom.percent == 175  # applied at start-up, before the window shows
    assert points(again.home.table) == points(QLabel()) * 1.75
    settings.setValue(key_of(real), "huge")  # a hand-edited value: the usual size
    assert again.zoom.remembered(real) == 100


@pytest.mark.parametrize("step", list(Step))
def test_at_200_percent_no_page_is_squeezed_at_1366_by_768(
    qtbot, main_window, french_workshop_id, step
):
    main_window.resize(1366, 768)
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    main_window.zoom.set_percent(200)
    view.go_to(step)
    QApplication.processEvents()
    page = view.current_page()
    squeezed = [
        (type(w).__name__, w.objectName(), w.height(), w.minimumSizeHint().height())
        for w in [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
        if w.isVisible() and w.height() < w.minimumSizeHint().height()
        and type(w).__name__ != "QToolButton"  # a tool button's arrow only
        and (not isinstance(w, QLabel) or w.text())  # an empty line keeps no room
    ]
    assert squeezed == []
    for table in page.findChildren(QTableView):
        if table.isVisible() and table.model() is not None:
            assert all(table.rowHeight(r) >= table.fontMetrics().height()
                       for r in range(min(table.model().rowCount(), 20))), table.objectName()
    # What does not fit the window scrolls rather than push the window past the screen.
    area = page.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    assert page.width() >= page.minimumSizeHint().width()
    assert page.height() >= page.minimumSizeHint().height()
    # The step list names each step whole.
    steps = view.step_list
    widest = max(steps.fontMetrics().horizontalAdvance(steps.item(r).text())
                 for r in range(steps.count()))
    assert steps.viewport().width() >= widest


def test_a_label_with_a_style_sheet_font_follows_the_zoom(qtbot, main_window, french_workshop_id):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    view.go_to(Step.FOCUS)
    counter = view.current_page().counter
    before = counter.fontInfo().pointSizeF()
    main_window.zoom.set_percent(200)
    assert counter.fontInfo().pointSizeF() >= before * 1.9
    assert counter.fontInfo().bold()


def test_a_styled_label_on_a_page_built_after_the_zoom_is_zoomed(
    qtbot, main_window, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    base = QLabel().font().pointSizeF()
    main_window.zoom.set_percent(200)
    view = main_window.workshop_view
    view.go_to(Step.KEY_RESULTS)  # built now, at 200 %
    counter = view.current_page().findChild(QLabel, "krCounter")
    assert counter.styleSheet() and counter.isVisible()
    assert counter.fontInfo().pointSizeF() == base * 2
    main_window.zoom.set_percent(100)
    assert counter.fontInfo().pointSizeF() == base


def test_the_new_workshop_dialog_is_as_wide_in_the_zoomed_type(qtbot, main_window):
    from okr_workshop.ui.dialogs.new_workshop_dialog import NewWorkshopDialog

    main_window.zoom.set_percent(200)
    dialog = NewWorkshopDialog(main_window)
    dialog.show()
    assert points(dialog) == points(QLabel()) * 2
    assert dialog.minimumWidth() >= dialog.fontMetrics().averageCharWidth() * 80
    dialog.close()
