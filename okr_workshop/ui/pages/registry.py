"""The step pages the workshop window shows, in the order of the workshop flow."""

from __future__ import annotations

from okr_workshop.ui.pages.base import StepPage


def page_classes() -> list[type[StepPage]]:
    # Imported here so a page module can itself import from ui/ without a cycle.
    from okr_workshop.ui.pages.contributions_page import ContributionsPage
    from okr_workshop.ui.pages.focus_page import FocusPage
    from okr_workshop.ui.pages.key_results_page import KeyResultsPage
    from okr_workshop.ui.pages.restitution_page import RestitutionPage
    from okr_workshop.ui.pages.review_page import ReviewPage
    from okr_workshop.ui.pages.setup_page import SetupPage
    from okr_workshop.ui.pages.vision_page import VisionPage

    return [
        SetupPage,
        VisionPage,
        ContributionsPage,
        FocusPage,
        KeyResultsPage,
        ReviewPage,
        RestitutionPage,
    ]
