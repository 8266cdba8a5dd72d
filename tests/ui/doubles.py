"""Test doubles for the UI's prompt seam."""

from __future__ import annotations

from pathlib import Path

from okr_workshop.ui.prompts import Prompts


class ScriptedPrompts(Prompts):
    """For tests: answers come from queues; every question asked is recorded."""

    def __init__(self) -> None:
        super().__init__(None)
        self.answers: list[object] = []
        self.asked: list[tuple[str, str]] = []
        # What each file dialog would have offered: its name filter and suggested name.
        self.filters: list[str] = []
        self.suggested: list[str] = []

    def _next(self, kind: str, title: str) -> object:
        self.asked.append((kind, title))
        if not self.answers:
            raise AssertionError(f"unexpected {kind} prompt: {title}")
        return self.answers.pop(0)

    def open_file(self, title: str, name_filter: str) -> Path | None:
        self.filters.append(name_filter)
        return self._next("open_file", title)  # type: ignore[return-value]

    def save_file(self, title: str, suggested: str, name_filter: str) -> Path | None:
        self.filters.append(name_filter)
        self.suggested.append(suggested)
        return self._next("save_file", title)  # type: ignore[return-value]

    def choose_folder(self, title: str) -> Path | None:
        return self._next("choose_folder", title)  # type: ignore[return-value]

    def text(self, title: str, label: str, value: str = "") -> str | None:
        return self._next("text", title)  # type: ignore[return-value]

    def confirm(self, title: str, text: str) -> bool:
        return bool(self._next("confirm", title))

    def error(self, title: str, text: str) -> None:
        self.asked.append(("error", f"{title}: {text}"))

    def information(self, title: str, text: str) -> None:
        self.asked.append(("information", f"{title}: {text}"))
