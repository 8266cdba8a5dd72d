"""The Restitution step's PowerPoint export: the deck as an editable .pptx, on the
company's template when one is chosen.

Kept beside the page (not in it) so the page stays small. It shares the page's state on
purpose: its exporter (one export at a time, in the background, with progress and cancel),
its result bar, its workshop and last folder, the deck's language and sections.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.errors import USER_ERRORS, error_sentence
from okr_workshop.app.export_deck import check_pptx_template, export_pptx, suggested_pptx_name
from okr_workshop.ui.language import ui_language
from okr_workshop.ui.pages.base import StepPage

SHORTCUT = "Ctrl+Shift+W"


class PowerPointExport(QWidget):
    """"Export as PowerPoint…" and the company template it uses (none at first); and the
    speaker notes as pages of the PDF (``handout``, a box the page lays out above its PDF
    export)."""

    def __init__(self, page: StepPage) -> None:  # the Restitution page (no import cycle)
        super().__init__(page)
        self.page = page
        self.template: Path | None = None
        tip = self.tr("Save the deck as an editable PowerPoint file (.pptx), with the speaker "
                      "notes, the sections ticked above and the company template below.")
        self.action = QAction(self.tr("Export as Po&werPoint…"), page)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{tip} ({native})")
        self.action.triggered.connect(self.export)
        page.addAction(self.action)
        self.button = QPushButton(self.action.text())
        self.button.setToolTip(self.action.toolTip())
        self.button.clicked.connect(self.action.trigger)
        self.action.enabledChanged.connect(self.button.setEnabled)

        self.handout = QCheckBox(self.tr("Speaker &notes in the PDF"))
        self.handout.setToolTip(self.tr(
            "After each slide that has speaker notes, a page with its title and notes: to "
            "rehearse, or to hand out."))

        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Company te&mplate…"))
        self.choose_button.setToolTip(self.tr(
            "A .pptx or .potx of your company: the slides take its layouts, theme and size."))
        self.choose_button.clicked.connect(self.choose_template)
        self.clear_button = QPushButton(self.tr("No template"))
        self.clear_button.setToolTip(self.tr("Back to the deck's own look."))
        self.clear_button.clicked.connect(lambda: self.set_template(None))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.button)
        column.addWidget(self.template_label)
        column.addLayout(buttons)
        self.set_template(None)

    def set_template(self, template: Path | None) -> None:
        self.template = template
        if template is None:
            self.template_label.setText(self.tr("PowerPoint template: none (the deck's look)."))
        else:
            self.template_label.setText(
                self.tr("PowerPoint template: “%1”.").replace("%1", template.name))
        self.clear_button.setVisible(template is not None)

    def choose_template(self) -> None:
        path = self.page.prompts.open_file(
            self.tr("Choose the company's PowerPoint template"),
            self.tr("PowerPoint presentations and templates (*.pptx *.potx)"),
        )
        if path is None:
            return
        try:
            check_pptx_template(path)  # said now, not after an export
        except USER_ERRORS as error:
            self.page.prompts.error(self.tr("This template cannot be used"),
                                    error_sentence(error, ui_language()))
            return
        self.set_template(path)

    def export(self) -> None:
        page = self.page
        if page.exporter.busy() or not page.options.sections():
            return
        path = page.prompts.save_file(
            self.tr("Export as PowerPoint"),
            str(page._folder / suggested_pptx_name(page._workshop)),
            self.tr("PowerPoint presentations (*.pptx)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pptx":
            path = path.with_name(f"{path.name}.pptx")
            if path.exists() and not page.prompts.confirm(
                self.tr("Replace the file?"),
                self.tr("“%1” already exists. Replace it?").replace("%1", path.name),
            ):
                return
        path = page.prompts.writable(path, self.tr("Export as PowerPoint"))
        if path is None:
            return
        template = self.template
        if template is not None:
            try:
                check_pptx_template(template)  # it may have moved since it was chosen
            except USER_ERRORS as error:
                page.prompts.error(self.tr("This template cannot be used"),
                                   error_sentence(error, ui_language()))
                return
        page._folder = path.parent
        workshop, language, sections = (page._workshop, page.options.deck_language(),
                                        page.options.sections())
        appendix = page.options.appendix()  # the same deck as the PDF: main only, or not
        page.result.hide()
        page.exporter.run(
            self.tr("Export as PowerPoint"),
            self.tr("Writing “%1”…").replace("%1", path.name),
            lambda progress: export_pptx(workshop, path, language, sections, template,
                                         progress, appendix=appendix),
        )
