"""Step 8, Steering: the OKR cycle after the workshop (mistakes 3 and 4 of the source).

One tab per job of the cycle (Ctrl+Tab goes from one to the next); each is a
:class:`~okr_workshop.ui.steering.tab.SteeringTab` in ``ui/steering/``. Like every page it
loads when shown; after an edit only the tab on screen is brought up to date, the others
when they are shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from okr_workshop.app.changes import ChangeSet
from okr_workshop.domain.model import Step, Workshop
from okr_workshop.ui.pages.base import StepPage
from okr_workshop.ui.prompts import Prompts
from okr_workshop.ui.session_bridge import SessionBridge
from okr_workshop.ui.steering.tab import SteeringTab


def tab_classes() -> list[type[SteeringTab]]:
    """The tabs, in the order of a cycle. Imported here, when the page is first built."""
    from okr_workshop.ui.steering.check_in_round import CheckInRoundTab
    from okr_workshop.ui.steering.closing_tab import ClosingTab
    from okr_workshop.ui.steering.feedback_tab import FeedbackTab
    from okr_workshop.ui.steering.progress_tab import ProgressTab
    from okr_workshop.ui.steering.rituals_tab import RitualsTab

    return [CheckInRoundTab, ProgressTab, RitualsTab, ClosingTab, FeedbackTab]


class SteeringPage(StepPage):
    step = Step.STEERING

    def __init__(
        self, bridge: SessionBridge, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(bridge, prompts, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("steeringTabs")
        self.tabs.setToolTip(self.tr("Ctrl+Tab and Ctrl+Shift+Tab go from one tab to the next."))
        self._stale_tabs: set[int] = set()
        for cls in tab_classes():
            tab = cls(bridge, prompts)
            self.tabs.addTab(tab, tab.tab_title())
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Steering")

    def steering_tabs(self) -> list[SteeringTab]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def load(self, workshop: Workshop) -> None:
        # The tab on screen now; the others when they are shown. The keys stay where they
        # are: an edit reloads the tab, and typing goes on in the next field.
        self._stale_tabs = set(range(self.tabs.count()))
        self._bring_up_to_date(self.tabs.currentIndex())

    def show_changes(self, workshop: Workshop, changes: ChangeSet) -> None:
        self.load(workshop)

    def _bring_up_to_date(self, number: int) -> None:
        if number in self._stale_tabs:
            self._stale_tabs.discard(number)
            self.tabs.widget(number).load(self.bridge.workshop)

    def _tab_shown(self, number: int) -> None:
        self._bring_up_to_date(number)
        if not self.tabs.tabBar().hasFocus() and self.isVisible():
            self.focus_first()

    def focus_first(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None:
            tab.focus_first()
