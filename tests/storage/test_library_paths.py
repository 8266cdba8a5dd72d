"""Where the library lives: option > environment variable > the user data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from okr_workshop.storage import paths
from okr_workshop.storage.paths import ENV_VAR, default_library_path, resolve_library_path


def test_the_environment_variable_name_is_the_documented_one():
    assert ENV_VAR == "OKR_WORKSHOP_LIBRARY"


def test_default_is_library_sqlite3_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch):
    calls = []

    def fake_user_data_dir(appname: str, appauthor: object) -> str:
        calls.append((appname, appauthor))
        return "/home/coach/.local/share/OKR Workshop"

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", fake_user_data_dir)
    assert default_library_path() == Path("/home/coach/.local/share/OKR Workshop/library.sqlite3")
    assert calls == [("OKR Workshop", False)]


def test_default_matches_platformdirs_for_real():
    expected = Path(platformdirs.user_data_dir("OKR Workshop", appauthor=False))
    assert default_library_path() == expected / "library.sqlite3"


def test_option_beats_environment_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env.sqlite3"))
    assert resolve_library_path(str(tmp_path / "option.sqlite3")) == tmp_path / "option.sqlite3"


def test_environment_variable_beats_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env.sqlite3"))
    assert resolve_library_path(None) == tmp_path / "from-env.sqlite3"


@pytest.mark.parametrize("unset", ["delete", "empty"])
def test_default_when_neither_is_given(monkeypatch: pytest.MonkeyPatch, unset: str):
    if unset == "delete":
        monkeypatch.delenv(ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(ENV_VAR, "")
    assert resolve_library_path(None) == default_library_path()
    assert resolve_library_path("") == default_library_path()


def test_home_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_library_path("~/okr.sqlite3") == tmp_path / "okr.sqlite3"
