"""Key results on the audience view: what the room debates. The chosen key result's sentence
very large, its measurable form ("metric: baseline → target", the Key results page's words)
and the linter's verdict in plain words, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.findings import Finding, Severity, by_severity
from okr_workshop.domain.model import KeyResult, Objective, ObjectiveStatus, Workshop
from okr_workshop.domain.rules.check import check_key_result
from okr_workshop.ui.language import is_singular, ui_language
from okr_workshop.ui.models.key_results_model import number_text, target_text
from okr_workshop.ui.room.channel import Pointer
from okr_workshop.ui.room.scene import (
    AMBER,
    GREEN,
    MAIN_PIXELS_1080,
    RED,
    SECOND_PIXELS_1080,
    Scene,
    room_label,
)
from okr_workshop.ui.room.scenes.fit import fit, view_height

# The findings read out under the verdict: the room debates two or three points, not ten.
MOST_FINDINGS = 3


def kept_key_results(workshop: Workshop) -> list[tuple[Objective, KeyResult]]:
    """Every kept objective's key results, in the Key results page's order."""
    return [(objective, kr) for team in workshop.teams for objective in team.objectives
            if objective.status == ObjectiveStatus.KEPT for kr in objective.key_results]


def measure_text(kr: KeyResult) -> str:
    """ "Taux de conversion : 1,8 % → 3 %" — the page's "Baseline → target" column with its
    metric; the metric alone, or the values alone, when only one is known."""
    language = ui_language()
    translate = QCoreApplication.translate
    values = ""
    if kr.baseline is not None or kr.target is not None or kr.is_relative:
        values = (translate("KeyResultsModel", "%1 → %2")
                  .replace("%1", number_text(kr.baseline, language, kr.unit), 1)
                  .replace("%2", target_text(kr, language), 1))
    metric = kr.metric.strip()
    if metric and values:
        return translate("KeyResultsScene", "%1: %2").replace("%1", metric, 1).replace(
            "%2", values, 1)
    return metric or values


class KeyResultsScene(Scene):
    step = Step.KEY_RESULTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = room_label(pixels=SECOND_PIXELS_1080, name="krContext")
        self.context.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.sentence = room_label(name="krSentence")
        self.measure = room_label(name="krMeasure")
        self.verdict = room_label(name="krVerdict")
        self.findings = room_label(pixels=SECOND_PIXELS_1080, name="krFindings")
        layout = QVBoxLayout(self)
        layout.addWidget(self.context)
        layout.addStretch(1)
        layout.addWidget(self.sentence)
        layout.addWidget(self.measure)
        layout.addStretch(1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.findings)
        layout.setSpacing(18)
        self.sentence.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    # Choosing --------------------------------------------------------------------------------

    @staticmethod
    def chosen(workshop: Workshop, pointer: Pointer) -> tuple[Objective | None, KeyResult | None]:
        """The pointed key result; else the pointed objective's first; else the first one of
        the pointed team, then of the workshop."""
        pairs = kept_key_results(workshop)
        for objective, kr in pairs:
            if kr.id == pointer.key_result_id:
                return objective, kr
        objective = workshop.objective(pointer.objective_id or "")
        if objective is not None and objective.status == ObjectiveStatus.KEPT:
            return objective, (objective.key_results[0] if objective.key_results else None)
        for objective, kr in pairs:
            if pointer.team_id in (None, objective.team_id):
                return objective, kr
        return (pairs[0] if pairs else (None, None))

    def moved(self, workshop: Workshop, pointer: Pointer, delta: int) -> Pointer | None:
        pairs = kept_key_results(workshop)
        if not pairs:
            return None
        _objective, kr = self.chosen(workshop, pointer)
        ids = [k.id for _o, k in pairs]
        here = ids.index(kr.id) if kr is not None and kr.id in ids else -1 if delta > 0 else 0
        objective, kr = pairs[(here + delta) % len(pairs)]
        return Pointer(self.step, team_id=objective.team_id, objective_id=objective.id,
                       key_result_id=kr.id)

    # Showing ---------------------------------------------------------------------------------

    def show_room(self, workshop: Workshop, pointer: Pointer, overlay: object | None) -> None:
        objective, kr = self.chosen(workshop, pointer)
        team = workshop.team(objective.team_id) if objective else None
        self.context.setText(f"{team.name} · {objective.title}" if team and objective else "")
        if kr is None:
            self.sentence.setText(self.tr("No key result yet") if objective else
                                  self.tr("No kept objective has a key result yet"))
            self.measure.setText("")
            self._show_verdict(None)
        else:
            self.sentence.setText(kr.text)
            self.measure.setText(measure_text(kr)
                                 or self.tr("Metric, baseline and target still to write"))
            self._show_verdict(check_key_result(workshop, kr, objective))
        self.measure.setVisible(bool(self.measure.text()))
        self._fit()

    def _show_verdict(self, findings: list[Finding] | None) -> None:
        if findings is None:
            self.verdict.setText("")
            self.findings.setText("")
        elif not findings:
            self.verdict.setText(self.tr("Measurable and clear: nothing to improve"))
            self._colour(self.verdict, GREEN)
            self.findings.setText("")
        else:
            ordered = by_severity(findings)
            worst = ordered[0].severity
            count = len(ordered)
            text = self.tr("%1 point to discuss") if is_singular(count) else \
                self.tr("%1 points to discuss")
            self.verdict.setText(text.replace("%1", str(count)))
            self._colour(self.verdict, RED if worst == Severity.ERROR else AMBER)
            language = ui_language()
            lines = [f"• {f.message(language)}" for f in ordered[:MOST_FINDINGS]]
            hidden = len(ordered) - MOST_FINDINGS
            if hidden > 0:
                more = self.tr("…and %1 more", "one") if is_singular(hidden) else \
                    self.tr("…and %1 more", "many")
                lines.append(more.replace("%1", str(hidden)))
            self.findings.setText("\n".join(lines))
        self.verdict.setVisible(bool(self.verdict.text()))
        self.findings.setVisible(bool(self.findings.text()))

    @staticmethod
    def _colour(label, colour) -> None:
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)

    def _fit(self) -> None:
        view = view_height(self)
        width, height = max(self.width(), 320), max(self.height(), 240)
        margin = width // 20
        self.layout().setContentsMargins(margin, height // 30, margin, height // 30)
        text_width = width - 2 * margin
        fit(self.context, text_width, height // 9, SECOND_PIXELS_1080, 24, view)
        fit(self.sentence, text_width, height * 2 // 5, 84, MAIN_PIXELS_1080, view)
        fit(self.measure, text_width, height // 7, 48, MAIN_PIXELS_1080, view)
        fit(self.verdict, text_width, height // 10, 44, MAIN_PIXELS_1080, view)
        fit(self.findings, text_width, height // 4, SECOND_PIXELS_1080, 26, view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
