"""Issue 11, point 22: the first window fits the screen (maximised when the screen is small,
e.g. a 1920×1080 projector at scale 1.5 = 1280×720); a saved geometry that no longer fits
is brought back on screen. The status bar is always on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication

from okr_workshop.ui.main_window import MainWindow
from okr_workshop.ui.window_geometry import FRAME, USUAL_SIZE, first_placement, fit_into

PROJECTOR_AT_1_5 = QRect(0, 0, 1280, 720 - 30)  # 1920×1080 / 1.5, less a panel
WIDE = QRect(0, 0, 2560, 1400)


def inside(rect: QRect, available: QRect) -> bool:
    return available.contains(rect.marginsAdded(FRAME))


def test_a_small_screen_gets_a_maximised_window_a_wide_one_the_usual_size_centred():
    assert first_placement(PROJECTOR_AT_1_5) is None  # maximised
    assert first_placement(QRect(0, 0, 1366, 768 - 40)) is None  # the 1366×768 laptop
    rect = first_placement(WIDE)
    assert rect.size() == USUAL_SIZE and inside(rect, WIDE)
    assert abs(rect.center().x() - WIDE.center().x()) <= 1


def test_a_saved_geometry_is_brought_back_inside_the_screen():
    # Saved on a wide screen, far right; opened on the projector.
    fitted = fit_into(QRect(1800, 900, 1400, 900), PROJECTOR_AT_1_5)
    assert inside(fitted, PROJECTOR_AT_1_5)
    assert fitted.size() == QSize(1280 - 16, 690 - 48)
    # A geometry that fits stays as it was.
    assert fit_into(QRect(100, 100, 900, 500), PROJECTOR_AT_1_5) == QRect(100, 100, 900, 500)
    # Off to the left or above: moved in, size kept.
    assert fit_into(QRect(-500, -300, 900, 500), PROJECTOR_AT_1_5) == QRect(8, 40, 900, 500)


def status_bar_on_screen(window: MainWindow) -> bool:
    available = window.screen().availableGeometry()
    bar = window.statusBar()
    bottom = bar.mapToGlobal(QPoint(0, bar.height() - 1))
    return bar.isVisible() and available.contains(bottom)


def test_the_first_window_fits_this_screen_status_bar_included(
    qtbot, repository, settings, prompts
):
    available = QApplication.primaryScreen().availableGeometry()  # offscreen: 800×800
    assert available.width() < USUAL_SIZE.width()
    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.minimumSize().width() <= available.width()
    assert window.minimumSize().height() <= available.height()
    assert available.contains(window.geometry())
    assert status_bar_on_screen(window)


def test_a_saved_geometry_off_screen_comes_back(qtbot, repository, settings, prompts, tmp_path):
    first = MainWindow(repository, settings, prompts)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.setGeometry(QRect(2400, 1500, 1000, 700))  # a screen that is gone
    first.close()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    window = MainWindow(repository, again, prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert inside(window.geometry(), available)
    assert status_bar_on_screen(window)
