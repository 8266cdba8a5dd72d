"""The facilitator's notes (issue 15, point 5): beside the page, in the console only.

For the step on screen: the source's good practices that apply to it (read-only here, with
whether they are ticked — they are ticked in the "Good practices" panel under the page,
the one place that saves a tick), then a short script — what to say, what to ask, the
typical traps — from the Qt-free catalogue ``domain/facilitation.py``.

The script is the coach's, in the window's language; the practices are in the workshop's,
the words of the panel under the page. F9 or Room > Facilitator's notes shows or hides it.
Nothing here reaches the room channel: the audience view never shows a coach's note.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from okr_workshop.domain.enums import Step
from okr_workshop.domain.facilitation import notes
from okr_workshop.domain.good_practices import practice_text, practices_for_step
from okr_workshop.domain.model import Workshop
from okr_workshop.ui.font_follow import follow_font
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.step_names import step_name

NOTES_KEY = "F9"
WIDTH_CHARS = 38  # the panel's width at first: a short line of the script on one line
MIN_CHARS = 24  # and its narrowest: the longest words of the script whole


def part_titles() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "say": translate("FacilitatorNotes", "What to say"),
        "ask": translate("FacilitatorNotes", "What to ask"),
        "traps": translate("FacilitatorNotes", "Typical traps"),
    }


class NotesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorNotes")
        self.heading = QLabel()
        self.heading.setObjectName("notesHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setObjectName("notesText")
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Facilitator’s notes"))
        self.text.document().setDefaultStyleSheet(
            "h3 { margin-top: 10px; margin-bottom: 2px; } ul { margin-left: 0; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        self.step: Step | None = None
        # Never so narrow that a word breaks in two (the splitter gives the page its minimum
        # first, and at a large zoom that left the notes a column of syllables).
        follow_font(self, lambda: self.setMinimumWidth(
            self.fontMetrics().averageCharWidth() * MIN_CHARS))

    def show_step(self, workshop: Workshop, step: Step) -> None:
        self.step = Step(step)
        self.heading.setText(
            self.tr("Facilitator’s notes: %1").replace("%1", step_name(step)))
        self.text.setHtml(self.html(workshop, step))

    def html(self, workshop: Workshop, step: Step) -> str:
        language = ui_language()
        parts = []
        practices = practices_for_step(step)
        if practices:
            ticked = {tick.item for tick in workshop.checklist}
            lines = []
            for practice in practices:
                done = practice.code in ticked
                mark = "☑" if done else "☐"
                state = self.tr("ticked") if done else self.tr("not ticked yet")
                # In the workshop's language, as in the panel under the page where they are
                # ticked: the same words on both sides.
                words = practice_text(practice.code, workshop.language)
                lines.append(f"<li>{mark} {escape(words)}"
                             f" <i>({escape(state)})</i></li>")
            title = escape(self.tr("Good practices from the source"))
            where = escape(self.tr("Tick them in the Good practices panel under the page."))
            parts.append(f"<h3>{title}</h3><ul>{''.join(lines)}</ul><p><i>{where}</i></p>")
        titles = part_titles()
        for part, lines in notes(step, language).items():
            items = "".join(f"<li>{escape(line)}</li>" for line in lines)
            parts.append(f"<h3>{escape(titles[part])}</h3><ul>{items}</ul>")
        return "".join(parts)

    def texts(self) -> str:
        """What a person reads in the panel now (for the tests)."""
        # The raw text keeps French typography's no-break spaces (plain text drops them).
        raw = self.text.document().toRawText().replace("\u2029", "\n")
        return self.heading.text() + "\n" + raw


def install_notes(view) -> NotesPanel:  # view: WorkshopView (not imported: no cycle)
    """Put the notes beside the page (hidden until F9) and their action in the Room menu."""
    panel = NotesPanel()
    panel.hide()
    splitter = view.findChild(QSplitter, options=Qt.FindChildOption.FindDirectChildrenOnly)
    splitter.addWidget(panel)
    splitter.setCollapsible(splitter.indexOf(panel), False)
    splitter.setStretchFactor(splitter.indexOf(panel), 0)

    action = QAction(QCoreApplication.translate("FacilitatorNotes", "&Facilitator’s notes"),
                     view)
    action.setObjectName("notesAction")
    action.setCheckable(True)
    action.setShortcut(QKeySequence(NOTES_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    tip = QCoreApplication.translate(
        "FacilitatorNotes",
        "Show or hide what to say, ask and watch for on this step, beside the page "
        "(never on the audience view)")
    action.setToolTip(tip)
    action.setStatusTip(tip)
    view.addAction(action)

    def current_step() -> Step:
        return view.current_page().step

    def refresh(*_args) -> None:
        if panel.isVisible():
            panel.show_step(view.bridge.workshop, current_step())

    def toggle(shown: bool) -> None:
        panel.setVisible(shown)
        if shown:
            # A short line of the script, but never more than a quarter of the window at a
            # large zoom: the page keeps the room.
            width = min(panel.fontMetrics().averageCharWidth() * WIDTH_CHARS,
                        splitter.width() // 4)
            sizes = splitter.sizes()
            index = splitter.indexOf(panel)
            if sizes[index] < width // 2:
                sizes[1] = max(sizes[1] - width, 200)
                sizes[index] = width
                splitter.setSizes(sizes)
            refresh()

    action.toggled.connect(toggle)
    view.step_changed.connect(refresh)
    view.bridge.applied.connect(refresh)  # a practice ticked below the page
    if view.room_actions:
        view.room_actions.append(_separator(view))
    view.room_actions.append(action)
    view.notes_panel = panel
    view.notes_action = action
    return panel


def _separator(view) -> QAction:
    separator = QAction(view)
    separator.setSeparator(True)
    return separator
