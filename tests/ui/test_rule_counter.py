"""The counter against the common rule keeps its size when it changes colour.

Found in the English walkthrough: the second key result turned the counter into an amber
pill 4 pixels taller, which pushed the key-result table and its buttons down, under the
mouse (the family of issue 11, point 21: buttons never move when a hint changes).
"""

from __future__ import annotations

from okr_workshop.ui.widgets.kr_list_panel import KeyResultListPanel, counter_texts
from okr_workshop.ui.widgets.rule_counter import RuleCounter


def test_the_counter_is_as_tall_below_at_and_over_the_limit(qtbot):
    counter = RuleCounter()
    qtbot.addWidget(counter)
    counter.show()
    heights = []
    for count in (1, 2, 3):
        counter.show_count(count, 2, counter_texts())
        heights.append(counter.sizeHint().height())
    assert len(set(heights)) == 1, heights


def test_the_add_button_stays_put_when_the_limit_is_reached(qtbot):
    panel = KeyResultListPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    positions = []
    for count in (1, 2, 3):
        panel.counter.show_count(count, 2, counter_texts())
        panel.layout().activate()
        positions.append(panel.add_button.mapTo(panel, panel.add_button.rect().topLeft()))
    assert len(set((p.x(), p.y()) for p in positions)) == 1, positions
