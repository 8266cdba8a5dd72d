"""The Steering scene during the check-in round: the key result being checked in, very
large; its last value beside the new one as it is typed, the confidence, what changed; its
chart — or, while the room votes its confidence, the fist-to-five spread as large bars."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from okr_workshop.domain.model import CheckIn, KeyResult, Objective, Team, Workshop
from okr_workshop.domain.values import InvalidValue
from okr_workshop.ui.language import show_day
from okr_workshop.ui.models.check_in_round_model import value_text
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.check_in_view import CheckInRoundView
from okr_workshop.ui.room.fist_words import vote_summary, wide_spread_warning
from okr_workshop.ui.room.scene import AMBER, room_pixels
from okr_workshop.ui.room.scenes.fist_bars import FistBars
from okr_workshop.ui.room.scenes.room_chart import RoomChart
from okr_workshop.ui.room.scenes.room_parts import resize_role, role_label, tone

translate = QCoreApplication.translate

SENTENCE_PIXELS_1080 = 50  # the key result: the largest words on the screen
FIGURE_PIXELS_1080 = 64  # the values and the confidence


def _find(workshop: Workshop, kr_id: str) -> tuple[Team, Objective, KeyResult] | None:
    for team in workshop.teams:
        for objective in team.objectives:
            for kr in objective.key_results:
                if kr.id == kr_id:
                    return team, objective, kr
    return None


def _with_typed(kr: KeyResult, shown: CheckInRoundView) -> KeyResult:
    """The key result as the chart should draw it: the value being typed in its place on
    the round's day (where the room sees it fall against the expected pace)."""
    if shown.value is None or shown.on is None:
        return kr
    try:
        typed = CheckIn(on=shown.on, value=shown.value, confidence=shown.confidence or 0)
    except InvalidValue:
        return kr
    return replace(kr, check_ins=(*(c for c in kr.check_ins if c.on != shown.on), typed))


class RoundPart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("steeringRound")
        self.where = role_label("second", 1080, name="roundWhere")
        self.sentence = role_label("main", 1080, bold=True, name="roundKeyResult")
        self.objective = role_label("second", 1080, name="roundObjective")
        self.captions = [role_label("second", 1080, name=n)
                         for n in ("lastCaption", "newCaption", "confidenceCaption")]
        self.figures = [role_label("main", 1080, bold=True, name=n)
                        for n in ("lastValue", "newValue", "newConfidence")]
        self.comment = role_label("main", 1080, name="roundComment")
        self.chart = RoomChart()
        self.bars = FistBars()
        self.vote_line = role_label("main", 1080, name="voteSummary")
        self.warning = role_label("main", 1080, bold=True, name="wideSpread")
        tone(self.warning, AMBER)
        figures = QGridLayout()
        figures.setHorizontalSpacing(60)
        for column, (caption, figure) in enumerate(zip(self.captions, self.figures,
                                                       strict=True)):
            figures.addWidget(caption, 0, column)
            figures.addWidget(figure, 1, column)
            figures.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (self.where, self.sentence, self.objective):
            layout.addWidget(widget)
        layout.addSpacing(24)  # the figures a step apart from the words above
        layout.addLayout(figures)
        layout.addWidget(self.comment)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.bars, 1)
        for widget in (self.vote_line, self.warning):
            layout.addWidget(widget)

    def _size(self, view: int) -> None:
        for label in (self.where, self.objective, *self.captions, self.comment,
                      self.vote_line, self.warning):
            resize_role(label, view)
        for label, pixels in ((self.sentence, SENTENCE_PIXELS_1080),
                              *((f, FIGURE_PIXELS_1080) for f in self.figures)):
            font = label.font()
            font.setPixelSize(room_pixels(view, pixels))
            label.setFont(font)

    def show_round(self, workshop: Workshop, shown: CheckInRoundView, view: int) -> bool:
        """False when the key result is gone (deleted meanwhile): nothing to show."""
        found = _find(workshop, shown.key_result_id)
        if found is None:
            return False
        team, objective, kr = found
        self._size(view)
        total = len(shown.order) or 1
        self.where.setText(fill(translate("SteeringScene", "Check-in round · %1 of %2 · %3"),
                                shown.position, total, team.name.strip()))
        self.sentence.setText(kr.text.strip())
        self.objective.setText(objective.title.strip())
        # The round's "last": the latest check-in before the round's day (the day's own,
        # when it is being changed, is the new one).
        earlier = [c for c in kr.check_ins if shown.on is None or c.on < shown.on]
        last = max(earlier, key=lambda c: c.on) if earlier else None
        if last is None:
            self.captions[0].setText(translate("SteeringScene", "Last value"))
            self.figures[0].setText(translate("SteeringScene", "none yet"))
        else:
            self.captions[0].setText(fill(translate("SteeringScene", "Last value (%1, %2/10)"),
                                          show_day(last.on), last.confidence))
            self.figures[0].setText(value_text(kr, last.value))
        self.captions[1].setText(translate("SteeringScene", "New value"))
        self.figures[1].setText(shown.value_text or "…")
        self.captions[2].setText(translate("SteeringScene", "Confidence"))
        self.figures[2].setText("…" if shown.confidence is None
                                else fill(translate("SteeringScene", "%1/10"), shown.confidence))
        comment = shown.comment.strip()
        self.comment.setText(fill(translate("SteeringScene", "What changed: %1"), comment)
                             if comment else "")
        self.comment.setVisible(bool(comment))
        voting = shown.vote is not None
        self.chart.setVisible(not voting)
        for widget in (self.bars, self.vote_line):
            widget.setVisible(voting)
        self.warning.setVisible(voting and shown.vote.wide)
        if voting:
            self.bars.show_vote(shown.vote, view)
            self.vote_line.setText(vote_summary(shown.vote))
            self.warning.setText(wide_spread_warning())
        else:
            self.chart.show_key_result(workshop, _with_typed(kr, shown), view)
        return True

    def texts(self) -> list[str]:
        labels = [w for w in self.findChildren(QLabel) if w.isVisibleTo(self) and w.text()]
        return [w.text() for w in labels] + (self.bars.texts() if self.bars.isVisibleTo(self)
                                             else [])
