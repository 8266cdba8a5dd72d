"""Fixtures for window tests: a fresh library per test, scripted prompts, private settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings

from okr_workshop.app.formats import use_region
from okr_workshop.app.samples import add_samples
from okr_workshop.domain.model import Language
from okr_workshop.storage.connection import open_library
from okr_workshop.storage.repository import Repository
from okr_workshop.ui.language import install_language, uninstall_language
from tests.ui.doubles import ScriptedPrompts


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    return Repository(open_library(tmp_path / "library.sqlite3"))


@pytest.fixture
def french_workshop_id(repository: Repository) -> str:
    (workshop,) = add_samples(repository, (Language.FRENCH,))
    return workshop.id


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def main_window(qtbot, repository, settings, prompts):
    from okr_workshop.ui.main_window import MainWindow

    window = MainWindow(repository, settings, prompts)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def french_ui(qapp):
    """The application as it starts in French (our catalogue, Qt's, the French locale);
    put back as it was afterwards. Request it before any window is built."""
    before = QLocale()
    install_language(Language.FRENCH)
    yield
    uninstall_language()
    QLocale.setDefault(before)
    use_region(None)


@pytest.fixture
def regional_ui(qapp, monkeypatch):
    """The application as it starts in a language on a system of a given locale (faked):
    ``regional_ui(Language.FRENCH, "fr_CH")``. Put back as it was afterwards."""
    before = QLocale()

    def start(language: Language, system: str) -> None:
        monkeypatch.setattr("okr_workshop.ui.language.system_locale_name", lambda: system)
        install_language(language)

    yield start
    uninstall_language()
    QLocale.setDefault(before)
    use_region(None)
