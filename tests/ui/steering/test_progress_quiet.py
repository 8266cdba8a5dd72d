"""The Progress tab opens without a Qt complaint in app.log (English walkthrough:
"QWidget::setMinimumSize: (progressStatus/QLabel) Negative sizes (0,-1) are not possible",
from the status sentence fitted while it was still empty)."""

from __future__ import annotations

from tests.ui.test_progress_tab import tab  # noqa: F401 (the fixture)


def test_opening_the_progress_tab_leaves_no_qt_warning(qtlog, tab):  # noqa: F811
    assert tab.status_text.text()  # a key result is chosen and explained
    complaints = [r.message for r in qtlog.records if "Negative sizes" in r.message]
    assert complaints == []
