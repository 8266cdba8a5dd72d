"""Every line of the "Still to do" panel carries a severity mark, on every step.

Found in the English walkthrough: the reminders a page adds to the rules' findings ("Team
“Sales” has no candidate objective yet.", "… serves no strategic objective …", "“Sales” still
has 2 candidates to keep or park.", "… its slide and poster will be empty.") were the only
lines without a mark, so they read as the panel's headings rather than as things to do.
"""

from __future__ import annotations

from okr_workshop.domain.model import Objective, Team, Workshop
from okr_workshop.domain.values import new_id
from okr_workshop.ui.severity import MARK

MARKS = tuple(MARK.values())


def test_every_reminder_of_every_step_has_a_mark(qtbot, main_window, repository):
    sales = new_id()
    candidates = (
        Objective(team_id=sales, title="Sponsor the city jazz festival"),
        Objective(team_id=sales, title="Launch an office coffee subscription", position=1),
    )
    workshop = Workshop(
        title="Q1", language="en",
        teams=(Team(id=sales, name="Sales", objectives=candidates),
               Team(name="Marketing", position=1)),
    )
    repository.add_workshop(workshop)
    main_window.open_workshop(workshop.id)
    view = main_window.workshop_view
    unmarked = []
    for row, page in enumerate(view.pages):
        view.step_list.setCurrentRow(row)
        lines = view.missing.text().splitlines()[1:]  # after "Still to do in this step:"
        unmarked += [f"{page.title()}: {line}" for line in lines
                     if not line.startswith(MARKS) and not line.startswith("…")
                     and not line.startswith("Exported now")]
    assert unmarked == []
