"""No widget of ours hides one of Qt's own methods behind an attribute.

PySide6 calls a Python attribute of the same name when Qt calls a virtual method: a line
edit stored as ``self.metric`` on the key-result form was called by Qt as
``QPaintDevice.metric`` as soon as the form was put in a scroll area, and the window crashed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from okr_workshop.ui.main_window import MainWindow


def _qt_base(cls: type) -> type:
    return next(base for base in cls.__mro__ if base.__module__.startswith("PySide6."))


def _shadowed(widget: QObject) -> list[str]:
    if type(widget).__module__.startswith("PySide6."):
        return []  # Qt's own widget: no attribute of ours
    qt = _qt_base(type(widget))
    return [
        f"{type(widget).__name__}.{name}"
        for name, value in vars(widget).items()
        # PySide keeps bound signals in the instance too: those are Qt's, not ours.
        if not isinstance(value, SignalInstance)
        and hasattr(qt, name) and not isinstance(getattr(qt, name), Signal)
    ]


def test_no_attribute_of_our_widgets_hides_a_qt_method(
    qtbot, main_window: MainWindow, french_workshop_id
):
    main_window.open_workshop(french_workshop_id)
    view = main_window.workshop_view
    found = set(_shadowed(main_window)) | set(_shadowed(main_window.home))
    for row in range(len(view.pages)):
        view.step_list.setCurrentRow(row)
        QApplication.processEvents()
        page = view.pages[row]
        for widget in [page, *page.findChildren(QWidget)]:
            found.update(_shadowed(widget))
    assert found == set()


def test_the_check_sees_a_shadowed_method():
    class Form(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.metric = QWidget(self)

    form = Form()
    assert _shadowed(form) == ["Form.metric"]
