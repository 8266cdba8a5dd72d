"""The words of the key-result editor: edit labels and tooltips that explain the rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from okr_workshop.app.commands import EditLabel
from okr_workshop.app.formats import format_value
from okr_workshop.domain.model import KeyResult, Language
from okr_workshop.domain.relative_change import TargetKind, change_text
from okr_workshop.ui.edit_labels import edit_label
from okr_workshop.ui.placeholders import fill

# Literal translate("context", "text") calls: what pyside6-lupdate extracts.
translate = QCoreApplication.translate


def edit_labels() -> dict[str, EditLabel]:
    """What saving each field is called: "Undo <name>", "Target changed"…"""
    return {
        field: edit_label(key)
        for field, key in (
            ("text", "kr_text"), ("metric", "kr_metric"), ("baseline", "kr_baseline"),
            ("target", "kr_target"), ("unit", "kr_unit"), ("direction", "kr_direction"),
            ("data_source", "kr_data_source"), ("owner", "kr_owner"), ("due", "kr_due"),
            ("change", "kr_change"), ("milestone", "kr_milestone"),
        )
    }


def tooltips() -> dict[str, str]:
    wrap = translate(
        "KeyResultEditor",
        "A long text wraps onto the next lines. Enter saves it and stays here; it is one "
        "sentence, so it holds no line breaks. Tab moves on.",
    )
    texts = _tooltips()
    for name in ("text", "data_source"):
        texts[name] = f"{texts[name]}\n{wrap}"
    return texts


def _tooltips() -> dict[str, str]:
    return {
        "text": translate(
            "KeyResultEditor",
            "The key result as the room says it, with its numbers (“from 1.8% to "
            "3%”). The fields below are proposed from it.",
        ),
        "metric": translate(
            "KeyResultEditor", "What is measured, in a few words: “conversion rate”."
        ),
        "baseline": translate(
            "KeyResultEditor",
            "Where we start today. Without it, nobody can tell how far we have "
            "come. Leave empty when it is not known yet.",
        ),
        "target": translate(
            "KeyResultEditor",
            "The number to reach by the end of the cycle. For a change from the baseline "
            "(“−20%”), choose it in Target type: the target then follows from the baseline.",
        ),
        "target_kind": translate(
            "KeyResultEditor",
            "How the target is given: a value to reach, or a change from the baseline, in "
            "percent of it or in the unit. Switching keeps the number aimed at when the "
            "baseline is known.",
        ),
        "change": translate(
            "KeyResultEditor",
            "How much the value should change from the baseline, as a positive amount: "
            "Direction says which way (a minus sign typed first sets it to Decrease). Empty "
            "it to clear the change.",
        ),
        "unit": translate("KeyResultEditor", "What is counted: %, €, customers, days…"),
        "direction": translate(
            "KeyResultEditor",
            "Which way progress goes: up, down, or a threshold to stay above or below.",
        ),
        "data_source": translate(
            "KeyResultEditor",
            "Where the value is read: a tool, a dashboard, a file. A key result "
            "nobody can read is forgotten during the cycle.",
        ),
        "owner": translate(
            "KeyResultEditor", "One person who follows it and reports on it at every check-in."
        ),
        "due": translate("KeyResultEditor", "When the target should be reached, inside the cycle."),
        "milestone": translate(
            "KeyResultEditor",
            "A milestone is done or not yet, with no number to follow: its check-ins say “done” "
            "or “not yet”, and it is graded 1 or 0.",
        ),
    }


def change_prompt(kr: KeyResult, language: Language | str,
                  kind: TargetKind = TargetKind.VALUE) -> str:
    """What the form says under the numbers of a relative change (issue 11): the amount
    and the baseline it asks for, then the target that follows. "" for a target value."""
    if not kr.is_relative:
        if kr.target is not None and kr.change is not None:
            # Stored by an older version, or imported: said rather than kept out of sight.
            return fill(translate(
                "KeyResultEditor",
                "The target typed wins over the change of %1 also stored: the next target "
                "typed clears it, or choose the change in Target type."),
                change_text(kr, language))
        if kind is TargetKind.VALUE or kr.target is not None:
            return ""
        return translate(
            "KeyResultEditor",
            "Type the amount of the change beside its type: the target follows from it and "
            "from the baseline.")
    change = change_text(kr, language)
    aimed = kr.aimed_target()
    if kr.baseline is None:
        return fill(translate(
            "KeyResultEditor",
            "A change of %1 is not a target: not measurable until you type today's value "
            "in Baseline. The target follows from it."), change)
    if aimed is None:
        return fill(translate(
            "KeyResultEditor",
            "A change of %1 needs a direction (increase or decrease) to give a target."),
            change)
    return fill(translate("KeyResultEditor", "Target from the change of %1: from %2 to %3."),
                change, format_value(kr.baseline, language, kr.unit),
                format_value(aimed, language, kr.unit))
