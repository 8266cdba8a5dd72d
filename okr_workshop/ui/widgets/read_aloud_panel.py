"""The Review step's "Read aloud" tab: one sentence per kept objective, grouped by team.

Large type for the back of the room. The sentences are prose to read and select, not rows
to pick, so they sit in a read-only text browser rather than a list view. "Copy all" puts
the same text on the clipboard (team names, then their sentences) for a chat or an e-mail.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.model import Workshop
from okr_workshop.domain.statements import read_aloud_text, team_statements
from okr_workshop.ui.font_follow import scale_font

# Relative to the application's font: readable from the back of a meeting room.
TEXT_SCALE = 1.6


def statements_html(workshop: Workshop) -> str:
    """Each team's name as a heading, then its sentences; user text escaped."""
    parts = []
    for group in team_statements(workshop):
        parts.append(f"<h2>{escape(group.team.name)}</h2>")
        parts += [f"<p>{escape(sentence)}</p>" for _, sentence in group.statements]
    return "\n".join(parts)


class ReadAloudPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        intro = QLabel(self.tr("One sentence per kept objective, for the room to read aloud."))
        intro.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Co&py all"))
        self.copy_button.setObjectName("copyAllButton")
        self.copy_button.setToolTip(
            self.tr("Copy every sentence, grouped by team, to the clipboard (Ctrl+Shift+C)."))
        self.copy_button.clicked.connect(self.copy_all)
        self.feedback = QLabel()
        self.feedback.setObjectName("copyFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)

        self.browser = QTextBrowser()
        self.browser.setObjectName("readAloudText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Sentences to read aloud"))
        scale_font(self.browser, TEXT_SCALE)
        self.browser.document().setDefaultStyleSheet(
            "h2 { margin-top: 14px; margin-bottom: 4px; } p { margin-bottom: 10px; }")

        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.feedback)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

    def text(self) -> str:
        """What "Copy all" puts on the clipboard."""
        return self._text

    def show_workshop(self, workshop: Workshop) -> None:
        text = read_aloud_text(workshop)
        if text == self._text and self.browser.toPlainText():
            return
        self._text = text
        self.feedback.clear()
        scroll = self.browser.verticalScrollBar().value()
        html = statements_html(workshop)
        if not html:
            html = "<p>{}</p>".format(escape(self.tr(
                "No kept objective yet: the sentences appear here as teams keep objectives "
                "(Focus step).")))
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)
        self.copy_button.setEnabled(bool(text))

    def copy_all(self) -> None:
        if not self._text:
            return
        QGuiApplication.clipboard().setText(self._text)
        self.feedback.setText(self.tr("Copied to the clipboard."))
