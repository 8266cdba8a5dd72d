"""Step 6, Review: the workshop read back to the room before the restitution.

Four tabs (Ctrl+Tab goes from one to the next): the alignment tree (mistake 1), coverage and
dependencies (mistake 5), the health of the five mistakes, and one sentence per kept
objective to read aloud. Read-only but for the dependencies between teams, recorded under
their table; every tab is rebuilt from the workshop on each load, so an edit made elsewhere,
an undo or a redo shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from okr_workshop.domain.coverage import Coverage, coverage
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.domain.rules.check import check_workshop
from okr_workshop.domain.rules.health import health_check
from okr_workshop.ui.models.alignment_model import (
    MEASURE,
    NAME,
    OWNER,
    TEAM,
    AlignmentModel,
    alignment_rows,
)
from okr_workshop.ui.models.health_model import MISTAKE, STATUS, HealthModel
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.room.review_publisher import ReviewPublisher
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.widgets.coverage_panel import CoveragePanel
from okr_workshop.ui.widgets.read_aloud_panel import ReadAloudPanel
from okr_workshop.ui.widgets.wrap_delegate import WrapDelegate


def _tree(name: str) -> QTreeView:
    tree = QTreeView()
    tree.setObjectName(name)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    tree.setItemDelegate(WrapDelegate(tree))
    return tree


class ReviewPage(StepPage):
    step = Step.REVIEW

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self._collapsed: set[tuple[str, str]] = set()  # (kind, id) folded by the user

        self.alignment_model = AlignmentModel(self)
        self.alignment_tree = _tree("alignmentTree")
        self.alignment_tree.setModel(self.alignment_model)
        self.alignment_tree.setAccessibleName(self.tr("Alignment tree"))
        header = self.alignment_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (TEAM, MEASURE, OWNER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.alignment_tree.collapsed.connect(lambda i: self._collapsed.add(self._key(i)))
        self.alignment_tree.expanded.connect(lambda i: self._collapsed.discard(self._key(i)))
        self.alignment_hint = QLabel()
        self.alignment_hint.setObjectName("alignmentHint")
        self.alignment_hint.setWordWrap(True)

        self.coverage_panel = CoveragePanel(bridge)
        self.health_model = HealthModel(self)
        self.health_tree = _tree("healthTree")
        self.health_tree.setModel(self.health_model)
        self.health_tree.setAccessibleName(self.tr("Health of the five mistakes"))
        header = self.health_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MISTAKE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.read_aloud = ReadAloudPanel()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("reviewTabs")
        self.tabs.addTab(self._with_hint(self.alignment_hint, self.alignment_tree),
                         self.tr("&Alignment"))
        self.tabs.addTab(self.coverage_panel, self.tr("&Coverage and dependencies"))
        self.tabs.addTab(self.health_tree, self.tr("&Health of the five mistakes"))
        self.tabs.addTab(self.read_aloud, self.tr("&Read aloud"))
        self.tabs.setToolTip(self.tr("Ctrl+Tab and Ctrl+Shift+Tab go from one tab to the next."))
        self.tabs.currentChanged.connect(self._focus_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        copy = QAction(self.tr("Copy all sentences"), self)
        copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self._copy_all)
        self.addAction(copy)
        self.copy_action = copy
        self.room = ReviewPublisher(self)  # the tab open is the part the room sees

    @staticmethod
    def _with_hint(hint: QLabel, view: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(view, 1)
        return box

    def title(self) -> str:
        return self.tr("Review")

    # Showing -------------------------------------------------------------------------------

    def load(self, workshop: Workshop) -> None:
        found = coverage(workshop)
        self._show_alignment(workshop, found)
        self.coverage_panel.show_coverage(workshop, found)
        if self.health_model.set_health(health_check(workshop, check_workshop(workshop)),
                                        workshop.language):
            self.health_tree.expandAll()
        self.read_aloud.show_workshop(workshop)

    def _show_alignment(self, workshop: Workshop, found: Coverage) -> None:
        tree = self.alignment_tree
        current = tree.currentIndex()
        keep = self._key(current) if current.isValid() else None
        scroll = tree.verticalScrollBar().value()
        if self.alignment_model.set_rows(alignment_rows(workshop, found)):
            self._unfold()
            if keep is not None:
                index = self.alignment_model.find(*keep)
                if index.isValid():
                    tree.setCurrentIndex(index)
            tree.verticalScrollBar().setValue(scroll)
        if not workshop.strategic_objectives:
            hint = self.tr("No strategic objective yet: add them in the Vision step, then "
                           "link each team's objectives to them.")
        elif self.alignment_model.rowCount() and not found.unaligned and not any(
            b.objectives for b in found.branches
        ):
            hint = self.tr("No kept objective yet: objectives appear under the strategy they "
                           "serve once teams keep them (Focus step).")
        else:
            hint = ""
        self.alignment_hint.setText(hint)
        self.alignment_hint.setVisible(bool(hint))

    def _unfold(self) -> None:
        """Everything open, except what the user folded (signals blocked: these folds are
        the page's, not the user's)."""
        tree, model = self.alignment_tree, self.alignment_model
        tree.blockSignals(True)
        try:
            tree.expandAll()
            pending = [QModelIndex()]
            while pending:
                parent = pending.pop()
                for row in range(model.rowCount(parent)):
                    index = model.index(row, 0, parent)
                    if self._key(index) in self._collapsed:
                        tree.collapse(index)
                    pending.append(index)
        finally:
            tree.blockSignals(False)

    def _key(self, index: QModelIndex) -> tuple[str, str]:
        index = index.siblingAtColumn(0)
        return (index.data(AlignmentModel.KIND_ROLE), index.data(AlignmentModel.ID_ROLE))

    def focus_first(self) -> None:
        self._focus_view(self.tabs.currentIndex())

    def _focus_tab(self, number: int) -> None:
        # The view gets the keys after a tab change, so arrows move in it at once.
        if self.tabs.tabBar().hasFocus():
            return  # the user is going along the tabs themselves
        self._focus_view(number)

    def _focus_view(self, number: int) -> None:
        if number == 1:
            self.coverage_panel.focus_first()
            return
        target = {0: self.alignment_tree, 2: self.health_tree,
                  3: self.read_aloud.browser}.get(number)
        if target is not None:
            target.setFocus()

    def _copy_all(self) -> None:
        self.tabs.setCurrentWidget(self.read_aloud)
        self.read_aloud.copy_all()
