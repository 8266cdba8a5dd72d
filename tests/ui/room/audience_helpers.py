"""What the audience view shows, read as a person reads it: its visible labels."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from okr_workshop.ui.room.audience_window import AudienceWindow


def visible_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel)
            if label.isVisibleTo(root.window()) and label.text()]


def shown_texts(window: AudienceWindow) -> list[str]:
    """The texts on the audience view now (nothing when it is black)."""
    if window.blacked_out:
        return []
    return [label.text() for label in visible_labels(window)]


def overflowing(root: QWidget) -> list[str]:
    """Labels whose text does not fit their box: a word wider than the label, or wrapped
    lines taller than it, or one line wider than it."""
    found = []
    for label in visible_labels(root):
        metrics = label.fontMetrics()
        box = label.contentsRect()
        if label.wordWrap():
            # Qt breaks lines at spaces and after hyphens.
            words = label.text().replace("-", "- ").split()
            widest = max(metrics.horizontalAdvance(word) for word in words)
            if widest > box.width() or label.heightForWidth(label.width()) > label.height() + 1:
                found.append(label.text())
        elif metrics.horizontalAdvance(label.text()) > box.width():
            found.append(label.text())
    return found
