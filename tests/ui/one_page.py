"""A workshop open in the window on one step, with only that step's page: a test of one step
does not depend on the others (shared by the step tests that need nothing more)."""

from __future__ import annotations

from okr_workshop.domain.model import Step


def open_alone(main_window, monkeypatch, workshop_id: str, page_class: type, step: Step):
    """Open ``workshop_id`` on ``step`` with ``page_class`` as the window's only page, and
    return that page."""
    monkeypatch.setattr("okr_workshop.ui.workshop_view.page_classes", lambda: [page_class])
    main_window.open_workshop(workshop_id)
    main_window.workshop_view.go_to(step)
    page = main_window.workshop_view.current_page()
    assert isinstance(page, page_class)
    return page
