"""The Steering step's Progress tab: dashboard counts, the key results with their status,
and the chosen key result's chart, as a person sees and reaches them with the keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QProgressBar

from okr_workshop.domain.model import (
    CheckIn,
    Direction,
    KeyResult,
    Objective,
    ObjectiveStatus,
    Step,
    Team,
    Workshop,
)
from okr_workshop.domain.steering.chart_scene import VALUES, Mark
from okr_workshop.ui.pages.steering_page import SteeringPage
from okr_workshop.ui.steering.progress_tab import ProgressTab
from tests.ui.keyboard import press

START = date(2027, 1, 4)
TODAY = START + timedelta(weeks=9, days=2)
Alt = Qt.KeyboardModifier.AltModifier
MESSY = "« <b>ça bouge</b> » 🎉 & <i>co</i>"


def ins(*points: tuple[int, float, int]) -> tuple[CheckIn, ...]:
    return tuple(CheckIn(on=START + timedelta(weeks=week, days=1), value=value,
                         confidence=confidence, comment=MESSY, next_step=MESSY)
                 for week, value, confidence in points)


def messy_workshop() -> Workshop:
    nps = KeyResult(text="Porter le NPS de 30 à 50 <b>vite</b>", baseline=30.0, target=50.0,
                    position=0,
                    check_ins=ins(*((w, 30 + 2 * w, 9) for w in (0, 1, 2, 5, 6, 7, 8))))
    delay = KeyResult(text="Réduire le délai de 8 à 2 jours", baseline=8.0, target=2.0,
                      unit="jours", direction=Direction.DECREASE, position=1,
                      check_ins=ins((0, 8, 6), (1, 7, 5), (2, 0, 5), (3, -1, 5)))
    never = KeyResult(text="Publier 3 guides 📘", baseline=0.0, target=3.0, position=0)
    launch = KeyResult(text="Lancer la V2", milestone=True, position=1,
                       check_ins=ins((0, 0, 2), (4, 0, 3)))
    north, south = Team(name="Équipe « Nord » 🚀", position=0), Team(name="Sud", position=1)
    keep = ObjectiveStatus.KEPT
    north = replace(north, objectives=(Objective(
        team_id=north.id, title="Faire revenir nos clients <script>", status=keep,
        key_results=(nps, delay)),))
    south = replace(south, objectives=(Objective(
        team_id=south.id, title="Outiller le support", status=keep,
        key_results=(never, launch)),))
    return Workshop(title="Atelier « suivi »", cycle_start=START,
                    cycle_end=START + timedelta(weeks=13, days=-1), teams=(north, south))


@pytest.fixture
def tab(qtbot, main_window, repository, monkeypatch) -> ProgressTab:
    workshop = messy_workshop()
    repository.add_workshop(workshop)
    monkeypatch.setattr("okr_workshop.app.clock.today", lambda: TODAY)
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [SteeringPage])
    main_window.resize(1366, 768)
    main_window.open_workshop(workshop.id)
    main_window.workshop_view.go_to(Step.STEERING)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    page = main_window.workshop_view.current_page()
    assert isinstance(page, SteeringPage)
    qtbot.keyClick(page.tabs, Qt.Key.Key_P, Alt)  # the tab's own Alt+letter
    tab = page.tabs.currentWidget()
    assert isinstance(tab, ProgressTab)
    assert "Progress" in page.tabs.tabText(page.tabs.currentIndex())
    return tab


def counts(tab: ProgressTab) -> dict[str, str]:
    return {label.objectName(): label.accessibleName() for label in tab.dashboard.counts.values()}


def list_texts(tab: ProgressTab) -> list[str]:
    return [tab.model.index(row).data() for row in range(tab.model.rowCount())]


def test_the_dashboard_counts_every_team_and_explains_each_status(tab):
    assert counts(tab) == {
        "count_off_track": "Off track: 1", "count_at_risk": "At risk: 1",
        "count_on_track": "On track: 1", "count_none": "No check-in yet: 1"}
    for label in tab.dashboard.counts.values():
        assert label.isVisible()
        assert len(label.accessibleDescription()) > 15  # each colour has its sentence
    progress = [bar.accessibleName() for bar in tab.dashboard.objectives.findChildren(QProgressBar)]
    assert progress == ["Équipe « Nord » 🚀 — Faire revenir nos clients <script>: 90%",
                        "Sud — Outiller le support: 0%"]
    assert "Jan" in tab.dashboard.trend.accessibleDescription()


def test_choosing_a_team_with_the_keyboard_narrows_the_dashboard_and_list(qtbot, tab):
    qtbot.keyClick(tab, Qt.Key.Key_T, Alt)
    assert tab.teams.hasFocus()
    press(tab.teams, Qt.Key.Key_End)  # the last team: "Sud"
    assert tab.teams.currentText() == "Sud"
    assert counts(tab)["count_none"] == "No check-in yet: 1"
    assert counts(tab)["count_off_track"] == "Off track: 1"
    assert counts(tab)["count_at_risk"] == "At risk: 0"
    assert [t.split("\n")[0] for t in list_texts(tab)] == ["Publier 3 guides 📘", "Lancer la V2"]


def test_the_chosen_key_result_gets_its_chart_and_its_status_in_a_sentence(qtbot, tab):
    qtbot.keyClick(tab, Qt.Key.Key_K, Alt)
    assert tab.list.hasFocus()
    assert tab.title.text() == "Porter le NPS de 30 à 50 <b>vite</b>"  # shown, not parsed
    press(tab.list, Qt.Key.Key_Down)
    assert tab.title.text() == "Réduire le délai de 8 à 2 jours"
    assert tab.chart.accessibleName() == "Chart of “Réduire le délai de 8 à 2 jours”"
    description = tab.chart.accessibleDescription()
    assert "Latest value -1\u00a0jour on Jan\u00a026, 2027, confidence 5/10" in description
    assert "lower is better" in description
    assert tab.status_text.text().startswith(("At risk", "Off track", "On track"))
    assert tab.status_mark.text() and tab.status_mark.toolTip()
    # The status word is in the list too, not only its colour.
    assert list_texts(tab)[1].split("\n")[1].startswith(("! At risk", "✗ Off track", "✓ On"))
    # What is drawn: the last value's mark is where the chart definition puts it.
    image = tab.chart.grab().toImage()
    scene = tab.chart.scene()
    marks = [s for s in scene.shapes if isinstance(s, Mark) and s.colour == VALUES]
    last = marks[-1]
    pixel = image.pixelColor(round(last.x + 1), round(last.y + 1))
    assert _near(pixel, QColor(VALUES)), pixel.name()
    assert "↓ Lower is better" in scene.texts()


def test_a_key_result_without_check_in_says_so_instead_of_an_empty_chart(qtbot, tab):
    press(tab.list, Qt.Key.Key_End)
    press(tab.list, Qt.Key.Key_Up)
    assert tab.title.text() == "Publier 3 guides 📘"
    assert "No check-in yet" in tab.chart.scene().texts()
    assert tab.chart.accessibleDescription() == "No check-in yet"
    assert tab.status_text.text().startswith("No check-in yet")


def _near(colour: QColor, expected: QColor, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in (
        (colour.red(), expected.red()), (colour.green(), expected.green()),
        (colour.blue(), expected.blue())))


def test_the_list_model_keeps_qt_rules(qtmodeltester, tab):
    qtmodeltester.check(tab.model)


def test_an_empty_status_sentence_warns_nothing_in_the_log(qtlog, tab):
    """French walkthrough: app.log read 'QWidget::setMinimumSize: (progressStatus/QLabel)
    Negative sizes (0,-1) are not possible' each time the sentence was emptied."""
    tab.status_text.clear()  # as when no key result is chosen
    tab.resize(tab.width() + 10, tab.height())
    tab._fit_sentence()
    assert [r.message for r in qtlog.records if "Negative sizes" in r.message] == []


def test_a_short_chart_gives_its_plot_the_room_before_its_words(qtbot, french_ui):
    """French walkthrough at scale 1.5: the chart was 170 pixels tall and its two-line
    legend, in projector-sized text, left the values 50 pixels: a flat line nobody reads."""
    from okr_workshop.app.samples import sample_workshop
    from okr_workshop.domain.model import Language
    from okr_workshop.domain.steering.chart_scene import Stroke
    from okr_workshop.ui.widgets.kr_chart import KrChartView

    workshop = sample_workshop(Language.FRENCH)
    kr = next(k for k in workshop.key_results() if len(k.check_ins) >= 3)
    view = KrChartView()
    qtbot.addWidget(view)
    view.resize(840, 170)
    view.show_key_result(workshop, kr)
    scene = view.scene()
    axis = next(s for s in reversed(scene.shapes) if isinstance(s, Stroke)
                and len(s.points) == 2 and s.points[0][0] == s.points[1][0])
    plot = axis.points[1][1] - axis.points[0][1]
    assert plot >= 0.4 * view.height(), plot
    view.resize(840, 360)  # room enough: the projector's text size
    assert max(s.size for s in view.scene().shapes if hasattr(s, "text")) >= 17


@pytest.mark.parametrize("value", [1e300, -1.7e308, 1e20])
def test_a_huge_value_stored_before_the_limits_still_draws_its_chart(qtbot, value):
    """A check-in of 1e300 (a library older than the import and window limits) crashed the
    deck; near the largest float the chart's axis overflowed too."""
    from okr_workshop.ui.widgets.kr_chart import KrChartView

    workshop = messy_workshop()
    kr = workshop.teams[0].objectives[0].key_results[0]
    kr = replace(kr, check_ins=(*kr.check_ins[:-1], replace(kr.check_ins[-1], value=value)))
    view = KrChartView()
    qtbot.addWidget(view)
    view.resize(760, 360)
    view.show_key_result(workshop, kr)
    assert "E" in view.accessibleDescription().split("Latest value ")[1].split(" on ")[0]
    image = view.grab().toImage()
    assert not image.isNull()
    ticks = view.scene().texts()
    assert any("E" in tick for tick in ticks), ticks


def test_the_window_and_the_deck_name_confidence_alike_in_french(french_ui):
    """« Confiance (0-10, à droite) » wrote a range with a hyphen; a French chart says
    « sur 10 ». The window's legend and the slide's are the same words."""
    from okr_workshop.domain.model import Language
    from okr_workshop.export.labels import label
    from okr_workshop.ui.steering.dashboard_view import DashboardView
    from okr_workshop.ui.widgets.kr_chart import chart_words

    assert chart_words().confidence == "Confiance sur 10 (à droite)"
    assert label("deck.chart.confidence", Language.FRENCH) == chart_words().confidence
    board = DashboardView()
    headings = [heading.text() for heading in board.findChildren(QLabel)]
    assert "<b>Confiance moyenne par semaine (sur 10)</b>" in headings
