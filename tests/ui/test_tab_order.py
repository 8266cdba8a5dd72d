"""Issue 11, point 10: Tab on every step page follows the reading order and reaches the step
list only after the page's last field (Tab from "New candidate" used to jump to the step
list, and the next arrow key switched step on the projector)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from tests.ui.keyboard import press

TAB_FOCUS = Qt.FocusPolicy.TabFocus


def fields(page: QWidget) -> list[QWidget]:
    """What Tab must reach on ``page`` as shown: visible, enabled, taking Tab focus (an
    exclusive radio group is one stop: its ticked button)."""
    found = []
    for widget in page.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()) or widget.focusProxy() is not None:
            continue
        if widget.focusPolicy() & TAB_FOCUS != TAB_FOCUS:
            continue
        if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
            continue
        found.append(widget)
    return found


def place(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def goes_back(first: QRect, second: QRect) -> bool:
    """Whether ``second`` comes before ``first`` when reading: above it in the same column,
    or left of it on the same line."""
    same_column = second.left() <= first.right() and first.left() <= second.right()
    same_line = second.top() <= first.bottom() and first.top() <= second.bottom()
    return (same_column and second.bottom() < first.top()) or (
        same_line and second.right() < first.left()
    )


def tab_walk(view, page) -> tuple[list[QWidget], QWidget | None]:
    """Tab from the step list through the page until the keys leave it; and the widget
    that keeps the keys, if one does (a table that moves between its cells on Tab)."""
    view.step_list.setFocus()
    walked: list[QWidget] = []
    repeats = 0
    for _ in range(200):
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or not page.isAncestorOf(widget):
            return walked, None
        if widget in walked:
            # A date edit's sections take a Tab each; a widget met again elsewhere is a loop.
            assert widget is walked[-1], f"Tab comes back to {widget}"
            repeats += 1
            if repeats > 10:
                return walked, widget
            continue
        repeats = 0
        walked.append(widget)
    raise AssertionError(f"Tab never leaves {type(page).__name__}")


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}({widget.objectName() or label})"


def test_tab_follows_the_reading_order_of_every_page(qtbot, main_window, repository):
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    main_window.resize(1366, 768)
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.open_workshop(workshop.id)
    view = main_window.workshop_view
    problems: dict[str, list[str]] = {}
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        walked, trap = tab_walk(view, page)
        found = [f"Tab stays in {describe(trap)}"] if trap else []
        missed = [w for w in fields(page) if w not in walked]
        if missed:
            found.append("the step list is reached before " + ", ".join(map(describe, missed)))
        for first, second in zip(walked, walked[1:], strict=False):
            if goes_back(place(first, page), place(second, page)):
                found.append(f"{describe(first)} → {describe(second)} goes back")
        if found:
            problems[page.title()] = found
    assert problems == {}, "\n".join(f"{k}: {p}" for k, v in problems.items() for p in v)


def test_the_reading_order_check_can_fail():
    assert goes_back(QRect(0, 100, 50, 20), QRect(0, 10, 50, 20))  # up the same column
    assert goes_back(QRect(200, 10, 50, 20), QRect(10, 12, 50, 20))  # left on the line
    assert not goes_back(QRect(0, 300, 50, 20), QRect(300, 10, 50, 20))  # the next column
    assert not goes_back(QRect(0, 10, 50, 20), QRect(0, 100, 50, 20))


def test_tab_from_new_candidate_goes_to_what_it_serves_not_to_the_step_list(
    qtbot, main_window, repository
):
    (workshop,) = add_samples(repository, (Language.ENGLISH,))
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.open_workshop(workshop.id)
    view = main_window.workshop_view
    press(view.step_list, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    page = view.current_page()
    assert QApplication.focusWidget() is page.quick.line
    for expected in (page.quick.strategic, page.quick.author, page.table):
        press(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is expected
    press(page.table, Qt.Key.Key_Down)  # the arrow moves in the table, never between steps
    assert view.current_page() is page
