"""Issue 18, family 5 in the window: a deadline typed in a key-result sentence that falls
after the cycle's end is shown with the step's findings, in the workshop's language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from okr_workshop.domain.model import Step
from okr_workshop.domain.steps import findings_for_step
from okr_workshop.ui.pages.key_results_page import KeyResultsPage
from tests.ui.keyboard import type_text
from tests.ui.one_page import open_alone

FLOUR = "Faire de nos farines locales une fierté que nos clients racontent"
Ctrl = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
LATE = "Signer 12 nouveaux moulins partenaires d’ici fin T3"
IN_TIME = "Signer 12 nouveaux moulins partenaires d’ici fin S1"


@pytest.fixture
def page(qtbot, main_window, french_workshop_id, monkeypatch) -> KeyResultsPage:
    found = open_alone(main_window, monkeypatch, french_workshop_id, KeyResultsPage,
                       Step.KEY_RESULTS)
    # The sample's cycle is the first quarter; this one ends on 30 June.
    found.bridge.edit(lambda s: s.update_workshop("edit end date", cycle_end=date(2027, 6, 30)))
    return found


def type_sentence(qtbot, page: KeyResultsPage, sentence: str) -> None:
    workshop = page.bridge.workshop
    objective = next(o for o in workshop.objectives() if o.title == FLOUR)
    page.tree.setCurrentIndex(page.tree_model.index_of(objective.id))
    qtbot.mouseClick(page.list_panel.add_button, LEFT)
    type_text(page.editor.sentence, sentence)
    qtbot.keyClick(page.editor.sentence, Qt.Key.Key_Return, Ctrl)


def test_a_deadline_after_the_cycle_is_shown_with_the_key_result(qtbot, page):
    type_sentence(qtbot, page, LATE)
    expected = ("«\u00a0" + LATE + "\u00a0» dit «\u00a0d’ici fin T3\u00a0» (30\u00a0sept."
                "\u00a02027)\u00a0: c’est hors du cycle (du 1er\u00a0janv.\u00a02027 au "
                "30\u00a0juin\u00a02027).")
    assert expected in page.findings.messages()
    # Chosen, it gives its advice in words.
    row = page.findings.messages().index(expected)
    page.findings.list.setCurrentIndex(page.findings.model.index(row, 0))
    assert page.findings.advice.text().startswith("Corrigez l’échéance dans la phrase")
    # And the step's list of what is left to do (the window's check) has it too.
    step = findings_for_step(page.bridge.workshop, Step.KEY_RESULTS)
    assert [f.params["deadline"] for f in step
            if f.code == "kr.sentence_deadline_outside_cycle"] == ["d’ici fin T3"]


def test_a_deadline_inside_the_cycle_says_nothing(qtbot, page):
    type_sentence(qtbot, page, IN_TIME)
    assert page.editor.sentence.text() == IN_TIME
    assert not [m for m in page.findings.messages() if "hors du cycle" in m]
