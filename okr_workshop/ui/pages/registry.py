"""The step pages the workshop window shows, in the order of the workshop flow."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from okr_workshop.ui.pages.base import StepPage

# Each page's module (in this package) and class. Named, not imported: the library page
# counts the steps at start-up, and loading the pages (and reportlab with the deck's) is
# left to the first workshop opened. Imported late also so a page module can itself import
# from ui/ without a cycle.
PAGES: tuple[tuple[str, str], ...] = (
    ("setup_page", "SetupPage"),
    ("vision_page", "VisionPage"),
    ("contributions_page", "ContributionsPage"),
    ("focus_page", "FocusPage"),
    ("key_results_page", "KeyResultsPage"),
    ("review_page", "ReviewPage"),
    ("restitution_page", "RestitutionPage"),
    ("steering_page", "SteeringPage"),
)


def page_count() -> int:
    """How many steps the window shows, without loading their pages."""
    return len(PAGES)


def page_classes() -> list[type[StepPage]]:
    return [getattr(import_module(f"{__package__}.{module}"), name) for module, name in PAGES]
