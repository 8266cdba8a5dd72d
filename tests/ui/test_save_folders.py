"""Save dialogs start in Documents, or in the home folder when there is none (Qt names one
even where it does not exist, and a dialog on a missing folder opens wherever the process
was started: the bundle's folder, or "/")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from okr_workshop.ui.save_folders import documents_folder


def _documents_at(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(path))


def test_documents_when_it_exists(tmp_path, monkeypatch, qapp):
    (tmp_path / "Documents").mkdir()
    _documents_at(monkeypatch, tmp_path / "Documents")
    assert documents_folder() == tmp_path / "Documents"


def test_the_home_folder_when_documents_does_not_exist(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("HOME", str(tmp_path))
    _documents_at(monkeypatch, tmp_path / "Documents")
    assert documents_folder() == tmp_path
