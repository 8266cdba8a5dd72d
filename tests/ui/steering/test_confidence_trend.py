"""The dashboard's confidence bars say which week each bar is (English walkthrough at
1366×768: seven orange bars with their means and no date under any of them)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from okr_workshop.ui.steering.dashboard_view import ConfidenceTrend

WEEKS = [(f"{day} Jan", mean) for day, mean in ((4, 6.0), (11, 6.2), (18, 7.0), (25, 6.0))] + [
    (f"{day} Feb", mean) for day, mean in ((1, 8.0), (8, 6.0), (15, 6.4), (22, 5.0), (29, 9.0))]


def dark_rows_below(image, line_y: int) -> int:
    """How many pixel rows under the axis line hold dark (text) pixels."""
    found = 0
    for y in range(line_y + 1, image.height()):
        if any(QColor(image.pixel(x, y)).lightness() < 120 for x in range(image.width())):
            found += 1
    return found


def axis_line(image) -> int:
    """The row of the axis: the lowest row drawn grey across the whole width."""
    for y in range(image.height() - 1, -1, -1):
        if all(QColor(image.pixel(x, y)).lightness() < 200
               for x in range(0, image.width(), max(1, image.width() // 20))):
            return y
    raise AssertionError("no axis line")


def test_each_bar_of_the_confidence_trend_is_dated_under_the_axis(qtbot):
    trend = ConfidenceTrend()
    qtbot.addWidget(trend)
    trend.resize(400, 110)
    trend.show_weeks(WEEKS)
    trend.show()
    qtbot.waitExposed(trend)
    image = trend.grab().toImage()
    assert dark_rows_below(image, axis_line(image)) >= 6  # a line of dates, not a stray pixel
    labels = trend.axis_labels()
    assert labels[0][1] == "4 Jan"
    boxes = [box for box, _ in labels]
    assert all(trend.rect().toRectF().contains(box) for box in boxes)  # none cut at the edges
    assert not any(a.intersects(b) for a, b in zip(boxes, boxes[1:], strict=False))


def test_narrow_trend_dates_every_other_bar_rather_than_overlap(qtbot):
    trend = ConfidenceTrend()
    qtbot.addWidget(trend)
    trend.resize(230, 110)
    trend.show_weeks(WEEKS * 2)  # 18 weeks in 230 px
    trend.show()
    qtbot.waitExposed(trend)
    labels = trend.axis_labels()
    boxes = [box for box, _ in labels]
    assert 1 < len(labels) < 18
    assert not any(a.intersects(b) for a, b in zip(boxes, boxes[1:], strict=False))
