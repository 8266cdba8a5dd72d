"""Sentences of the Restitution step that depend on a count or an error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from okr_workshop.domain.error_messages import Reason
from okr_workshop.ui.language import ui_language

translate = QCoreApplication.translate


def posters_saved(count: int, folder: Path) -> str:
    if count == 1:
        text = translate("RestitutionPage", "One poster saved in “%1”.")
    else:
        text = translate("RestitutionPage", "%2 posters saved in “%1”.")
    return text.replace("%1", str(folder)).replace("%2", str(count))


def export_error(error: object) -> str:
    """What went wrong, in a sentence (never a traceback)."""
    if isinstance(error, OSError):
        reason = Reason.of(error).sentence(ui_language())
        if error.filename:
            return (
                translate("RestitutionPage", "Nothing could be written to “%1”: %2.")
                .replace("%1", str(error.filename))
                .replace("%2", reason)
            )
        return translate("RestitutionPage", "Nothing could be written: %1.").replace("%1", reason)
    detail = str(error) or type(error).__name__
    return translate(
        "RestitutionPage", "The export stopped on an unexpected problem: %1"
    ).replace("%1", detail)
