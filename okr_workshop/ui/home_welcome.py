"""The welcome an empty library shows in place of the list (the samples one click away, or
a new workshop), and the count beside the search. Their words keep the home page's
translation context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

translate = QCoreApplication.translate


def welcome_screen(page: Any) -> QWidget:
    """Built for ``page`` (the home page, not imported: it imports this module), which
    keeps the label and the buttons (the tests press them)."""
    page.empty_label = QLabel(
        translate(
            "HomePage",
            "<h2>Welcome to OKR Workshop</h2><p>Your library is empty. Start from a sample "
            "workshop to see a whole session, from the vision to measurable key results, "
            "or create your own.</p>",
        )
    )
    page.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.empty_label.setWordWrap(True)
    page.samples_button = QPushButton(translate("HomePage", "Add the &sample workshops"))
    page.samples_button.setToolTip(
        translate("HomePage",
                  "A French and an English workshop, complete, to explore or rehearse with.")
    )
    page.samples_button.clicked.connect(page.add_samples)
    page.welcome_new_button = page._button(
        page.home_actions.new_action, translate("HomePage", "&Create a new workshop…")
    )
    buttons = QHBoxLayout()
    buttons.addStretch()
    buttons.addWidget(page.samples_button)
    buttons.addWidget(page.welcome_new_button)
    buttons.addStretch()
    welcome = QWidget()
    layout = QVBoxLayout(welcome)
    layout.addStretch()
    layout.addWidget(page.empty_label)
    layout.addLayout(buttons)
    layout.addStretch()
    return welcome


def count_text(count: int, searching: bool) -> str:
    """"12 workshops", or why the list is empty."""
    if count == 0 and searching:
        return translate("HomePage", "No workshop matches.")
    if count == 0:
        return translate("HomePage", "No workshop yet.")
    if count == 1:
        return translate("HomePage", "1 workshop")
    return translate("HomePage", "%1 workshops").replace("%1", str(count))
