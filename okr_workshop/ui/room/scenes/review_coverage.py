"""The Review scene's coverage (mistake 5), in plain words: which strategic objectives have
a contribution and which have none, which departments take part, which teams kept nothing.

Two columns, one line per strategic objective and per department; a gap is said in amber
words, never by colour alone ("no contribution yet"). A long list ends with "+12 more".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from okr_workshop.domain.coverage import Coverage
from okr_workshop.domain.model import Team, Workshop
from okr_workshop.domain.rules.department_names import department_label
from okr_workshop.ui.language import is_singular, ui_language
from okr_workshop.ui.placeholders import fill
from okr_workshop.ui.room.scene import AMBER, BLUE, GREEN, room_pixels
from okr_workshop.ui.room.scenes.room_parts import SIZES, drop, role_label, text_height, tone

translate = QCoreApplication.translate

GAP = 14
Line = tuple[str, QColor | None]


def _teams_text(count: int) -> str:
    return (translate("ReviewScene", "1 team") if is_singular(count)
            else fill(translate("ReviewScene", "%1 teams"), count))


def strategic_lines(found: Coverage) -> list[Line]:
    lines: list[Line] = []
    for branch in found.branches:
        title = branch.strategic.title.strip()
        if branch.is_served:
            teams = len({o.team_id for o in branch.objectives})
            lines.append((fill(translate("ReviewScene", "✓ %1 — %2"), title,
                               _teams_text(teams)), GREEN))
        else:
            lines.append((fill(translate("ReviewScene", "✗ %1 — no contribution yet"), title),
                          AMBER))
    return lines


def department_lines(workshop: Workshop, found: Coverage, pointed: str | None) -> list[Line]:
    language = ui_language()
    lines: list[Line] = []
    for share in found.departments:
        name = department_label(share.name, language)
        ids = {t.id for t in share.teams}
        colour = BLUE if pointed in ids else None
        if share.kept_objectives:
            kept = (translate("ReviewScene", "1 kept objective")
                    if is_singular(share.kept_objectives)
                    else fill(translate("ReviewScene", "%1 kept objectives"),
                              share.kept_objectives))
            lines.append((fill(translate("ReviewScene", "%1 — %2, %3"), name,
                               _teams_text(len(share.teams)), kept), colour))
        else:
            lines.append((fill(translate("ReviewScene", "✗ %1 — nothing kept yet"), name),
                          colour or AMBER))
    return lines


def _names(teams: tuple[Team, ...], most: int = 6) -> str:
    names = ", ".join(t.name.strip() for t in teams[:most])
    if len(teams) > most:
        names = fill(translate("ReviewScene", "%1 +%2 more"), names, len(teams) - most)
    return names


def gap_lines(workshop: Workshop, found: Coverage) -> list[Line]:
    """What has no contribution, said once under the departments."""
    language = ui_language()
    lines: list[Line] = [(f.message(language), AMBER) for f in found.participation]
    if found.teams_without_kept:
        lines.append((fill(translate("ReviewScene", "Teams with no kept objective: %1"),
                           _names(found.teams_without_kept)), AMBER))
    if found.teams_without_department and found.departments:
        lines.append((fill(translate("ReviewScene", "Teams with no department: %1"),
                           _names(found.teams_without_department)), AMBER))
    return lines


class CoveragePart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewCoverage")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(GAP * 4)
        self.boxes: list[QWidget] = []

    def show_coverage(self, workshop: Workshop, found: Coverage, pointed: str | None,
                      width: int, height: int, view: int) -> None:
        for box in self.boxes:
            drop(box)
        half = (width - GAP * 4) // 2
        unserved = len(found.unserved)
        if not found.branches:
            summary = translate("ReviewScene", "No strategic objective yet.")
        elif unserved:
            summary = fill(translate("ReviewScene", "%1 strategic objective of %2 has no "
                                                    "contribution") if is_singular(unserved)
                           else translate("ReviewScene", "%1 strategic objectives of %2 have "
                                                         "no contribution"),
                           unserved, len(found.branches))
        else:
            summary = translate("ReviewScene", "Every strategic objective has a contribution")
        departments = department_lines(workshop, found, pointed)
        if not workshop.teams:
            departments = [(translate("ReviewScene", "No team yet."), None)]
        elif not found.departments:
            departments = [(translate("ReviewScene", "No team has a department yet."), AMBER)]
        self.boxes = [
            self._box(summary, AMBER if unserved else None, strategic_lines(found), [],
                      half, height, view),
            self._box(translate("ReviewScene", "Departments taking part"), None, departments,
                      gap_lines(workshop, found), half, height, view),
        ]
        for box in self.boxes:
            self.row.addWidget(box, 1)

    def _box(self, title: str, colour: QColor | None, lines: list[Line], closing: list[Line],
             width: int, height: int, view: int) -> QWidget:
        """A heading, then ``lines`` as many as fit (then "+N more"), then ``closing``
        (always shown: what has no contribution must not be the part cut off)."""
        box = QWidget()
        box.setObjectName("coverageBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(GAP)
        head = role_label("main", view, bold=True, name="coverageHead")
        head.setText(title)
        tone(head, colour)
        layout.addWidget(head)
        font = role_label("main", view).font()
        used = text_height(head.font(), title, width) + GAP
        used += sum(text_height(font, text, width) + GAP for text, _ in closing)
        more_line = room_pixels(view, SIZES["main"]) * 2
        shown = 0
        for number, (text, line_colour) in enumerate(lines):
            needed = text_height(font, text, width) + GAP
            reserve = more_line if number < len(lines) - 1 else 0
            if used + needed + reserve > height:
                break
            label = role_label("main", view, name="coverageLine")
            label.setText(text)
            tone(label, line_colour)
            layout.addWidget(label)
            used += needed
            shown += 1
        if shown < len(lines):
            more = role_label("main", view, name="coverageMore")
            more.setText(fill(translate("ReviewScene", "+%1 more"), len(lines) - shown))
            layout.addWidget(more)
        for text, line_colour in closing:
            label = role_label("main", view, name="coverageGap")
            label.setText(text)
            tone(label, line_colour)
            layout.addWidget(label)
        layout.addStretch(1)
        return box

    def texts(self) -> list[str]:
        return [label.text() for label in self.findChildren(QLabel) if label.text()]
