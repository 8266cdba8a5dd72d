"""Step 7, Presentation (Restitution in French): choose the deck's language, the main deck
alone or with its appendix, and its sections; see it, export it.

Left, the options and the two exports (the deck, one poster per team); right, the deck as
it will print. The preview is rebuilt on the deck thread a moment after the options or the
workshop change, and only while the page is on screen; leaving the page cancels the work in
flight and waits for it, so no thread outlives the page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.app.deck_preview import page_count
from okr_workshop.app.export_deck import (
    export_deck,
    export_handout,
    export_posters,
    preview_deck,
    suggested_deck_name,
)
from okr_workshop.domain.findings import Finding
from okr_workshop.domain.model import ObjectiveStatus, Step, Workshop
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.pages.restitution_pptx import PowerPointExport
from okr_workshop.ui.pages.restitution_texts import (
    deck_error_lines,
    deck_errors,
    export_error,
    posters_saved,
)
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.save_folders import documents_folder
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.severity import INFO, WARNING
from okr_workshop.ui.widgets.deck_jobs import Job, Jobs
from okr_workshop.ui.widgets.deck_options import DeckOptions
from okr_workshop.ui.widgets.deck_preview import DeckPreview
from okr_workshop.ui.widgets.export_runner import ExportRunner
from okr_workshop.ui.widgets.poster_paper import PosterPaper
from okr_workshop.ui.widgets.result_bar import ResultBar

# Options changed in a row (ticking several boxes) give one rebuild, this long after.
REBUILD_AFTER_MS = 300


def _preview(workshop: Workshop, language, sections: tuple[str, ...], appendix: bool,
             job: Job):
    pdf = preview_deck(workshop, language, sections, job.progress, appendix=appendix)
    return pdf, page_count(pdf)


def show_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class RestitutionPage(StepPage):
    step = Step.RESTITUTION

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self.jobs = Jobs()
        self._workshop = bridge.workshop
        self._wanted: tuple | None = None  # what the preview should show
        self._shown: tuple | None = None  # what it shows
        self._folder = documents_folder()

        self.options = DeckOptions()
        self.options.changed.connect(self._options_changed)
        self.export_deck_action = self._action(
            self.tr("E&xport the deck…"), "Ctrl+Shift+E", self.export_deck,
            self.tr("Save the deck as a PDF file with the sections ticked above."),
        )
        self.export_posters_action = self._action(
            self.tr("Export team &posters…"), "Ctrl+Shift+P", self.export_posters,
            self.tr("One page per team and its check-in grid, to pin up and fill in at each "
                    "ritual, in the deck's language."),
        )
        self.export_deck_button = self._button(self.export_deck_action)
        self.export_posters_button = self._button(self.export_posters_action)
        self.poster_paper = PosterPaper()
        self.powerpoint = PowerPointExport(self)
        self.export_deck_action.enabledChanged.connect(self.powerpoint.action.setEnabled)
        self.result = ResultBar()
        self.preview = DeckPreview()
        self.exporter = ExportRunner(self)
        self.exporter.succeeded.connect(self._exported)
        self.exporter.cancelled.connect(
            lambda: self.result.show_result(self.tr("Export cancelled: no file was written."))
        )
        self.exporter.failed.connect(self._export_failed)
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(REBUILD_AFTER_MS)
        self._rebuild_timer.timeout.connect(self._build_preview)
        self._lay_out()

    def _action(self, text: str, keys: str, slot, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _button(action: QAction) -> QPushButton:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _lay_out(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.options)
        column.addWidget(self.powerpoint.handout)
        column.addWidget(self.export_deck_button)
        column.addWidget(self.poster_paper)
        column.addWidget(self.export_posters_button)
        column.addWidget(self.powerpoint)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: it follows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(left.sizeHint().width() + 16)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.preview, 1)
        # Under the preview, not under the buttons: at 1366×768 the left column has no room
        # left, and "Open" / "Show in folder" fell below its fold.
        right_column.addWidget(self.result)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # The notes box sits above the PDF export it changes.
        QWidget.setTabOrder(self.powerpoint.handout, self.export_deck_button)
        QWidget.setTabOrder(self.export_deck_button, self.poster_paper.combo)
        QWidget.setTabOrder(self.poster_paper.combo, self.export_posters_button)
        QWidget.setTabOrder(self.export_posters_button, self.powerpoint.button)
        QWidget.setTabOrder(self.powerpoint.button, self.powerpoint.choose_button)
        QWidget.setTabOrder(self.powerpoint.choose_button, self.powerpoint.clear_button)
        QWidget.setTabOrder(self.powerpoint.clear_button, self.preview.pages)

    def title(self) -> str:
        return self.tr("Presentation")

    def focus_first(self) -> None:
        self.options.language.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # The workshop and the options ------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        self._workshop = workshop
        self.options.set_workshop(workshop)
        self.export_posters_action.setEnabled(bool(workshop.teams))
        self._options_changed()

    def errors(self, workshop: Workshop) -> list[Finding]:
        return deck_errors(workshop)

    def missing(self, workshop: Workshop) -> list[str]:
        if not workshop.teams:
            return [WARNING + self.tr("No team yet: the deck has no team slides and there is "
                                      "no poster to export.")]
        # First what would be wrong in the deck, then what would merely be empty.
        lines = deck_error_lines(workshop, self.errors(workshop))
        without = [t for t in workshop.teams if not t.objectives_with(ObjectiveStatus.KEPT)]
        if len(without) == len(workshop.teams):
            lines.append(INFO + self.tr("No kept objective yet: the team slides will be empty."))
        elif len(without) == 1:
            lines.append(INFO + self.tr("%1 has no kept objective yet: its slide and poster "
                                        "will be empty.").replace("%1", without[0].name))
        elif without:
            lines.append(INFO + self.tr("%1 teams have no kept objective yet: their slides and "
                                        "posters will be empty.").replace("%1", str(len(without))))
        if not workshop.vision.strip():
            lines.append(INFO + self.tr("No vision yet: the vision slide will be empty."))
        return lines

    def _options_changed(self) -> None:
        sections = self.options.sections()
        self.export_deck_action.setEnabled(bool(sections))
        self._wanted = (self._workshop, self.options.deck_language(), sections,
                        self.options.appendix())
        if self._wanted == self._shown:
            return
        if not sections:
            self._rebuild_timer.stop()
            self.jobs.cancel_all()
            self._shown = self._wanted
            self.preview.show_message(self.tr("Tick at least one section to see the deck."))
            return
        self.preview.show_building()
        if self.isVisible():
            self._rebuild_timer.start()

    def preview_is_current(self) -> bool:
        """True once the preview shows the deck for the current workshop and options."""
        return self._shown is not None and self._shown == self._wanted

    # The preview -----------------------------------------------------------------------------

    def _build_preview(self) -> None:
        wanted = self._wanted
        if wanted is None or wanted == self._shown or not self.isVisible():
            return
        self.jobs.cancel_all()  # an older build stops at its next step
        job = Job(lambda job: _preview(*wanted, job), wanted)
        job.signals.finished.connect(self._preview_built)
        job.signals.failed.connect(self._preview_failed)
        self.jobs.run(job)

    def _preview_built(self, wanted: tuple, result: tuple[bytes, int]) -> None:
        if wanted != self._wanted or not self.isVisible():
            return  # the options changed meanwhile, or the page was left: built again later
        self._shown = wanted
        self.preview.show_deck(*result)

    def _preview_failed(self, wanted: tuple, error: object) -> None:
        if wanted != self._wanted:
            return
        self._shown = wanted
        self.preview.show_message(
            self.tr("The preview could not be built: %1").replace("%1", str(error))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.preview_is_current():
            self._build_preview()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if event.spontaneous():
            return  # the window minimised: an export goes on
        # Off screen (another step, or the window closing): nothing runs for nobody.
        self._rebuild_timer.stop()
        self.exporter.stop()
        self.jobs.stop()
        self.preview.stop()
        if self._shown != self._wanted:
            self.preview.show_building()

    # Exports ---------------------------------------------------------------------------------

    def export_deck(self) -> None:
        if self.exporter.busy() or not self.options.sections():
            return
        path = self.prompts.save_file(
            self.tr("Export the deck"),
            str(self._folder / suggested_deck_name(self._workshop)),
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
            if path.exists() and not self.prompts.confirm(
                self.tr("Replace the file?"),
                self.tr("“%1” already exists. Replace it?").replace("%1", path.name),
            ):
                return
        path = self.prompts.writable(path, self.tr("Export the deck"))
        if path is None:
            return
        self._folder = path.parent
        workshop, language, sections, appendix = self._workshop, *self._wanted[1:]
        export = export_handout if self.powerpoint.handout.isChecked() else export_deck
        self.result.hide()
        self.exporter.run(
            self.tr("Export the deck"),
            self.tr("Writing “%1”…").replace("%1", path.name),
            lambda progress: export(workshop, path, language, sections, progress,
                                    appendix=appendix),
        )

    def export_posters(self) -> None:
        if self.exporter.busy() or not self._workshop.teams:
            return
        folder = self.prompts.choose_folder(self.tr("Export the team posters into this folder"))
        if folder is not None:
            folder = self.prompts.writable_folder(folder, self.tr("Export the team posters"))
        if folder is None:
            return
        self._folder = folder
        workshop, language = self._workshop, self.options.deck_language()
        paper = self.poster_paper.paper()
        self.result.hide()
        self.exporter.run(
            self.tr("Export the team posters"),
            self.tr("Writing one poster per team into “%1”…").replace("%1", folder.name),
            lambda progress: export_posters(workshop, folder, language, progress, paper),
        )

    def _exported(self, result: Path | list[Path]) -> None:
        if isinstance(result, Path):
            self.result.show_result(
                self.tr("Deck saved as “%1”.").replace("%1", str(result)),
                [(self.tr("&Open"), lambda: show_file(result)),
                 (self.tr("&Show in folder"), lambda: show_file(result.parent))],
            )
            return
        folder = result[0].parent if result else self._folder
        self.result.show_result(
            posters_saved(len(result), folder),
            [(self.tr("&Open the folder"), lambda: show_file(folder))],
        )

    def _export_failed(self, error: object) -> None:
        self.prompts.error(self.tr("Export failed"), export_error(error))
