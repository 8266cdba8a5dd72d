"""Where the library file lives: one per user, overridable for tests and power users."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from okr_workshop import APP_NAME

ENV_VAR = "OKR_WORKSHOP_LIBRARY"
LIBRARY_FILE_NAME = "library.sqlite3"


def default_library_path() -> Path:
    """The library in the platform's user data folder (e.g. ~/.local/share/OKR Workshop)."""
    # appauthor=False: no extra "OKR Workshop/OKR Workshop" level on Windows.
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / LIBRARY_FILE_NAME


def resolve_library_path(option: str | None = None) -> Path:
    """The command-line option wins, then the environment variable, then the default.

    An empty option or variable counts as absent (``OKR_WORKSHOP_LIBRARY= okr-workshop``).
    """
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get(ENV_VAR, "")
    if from_env:
        return Path(from_env).expanduser()
    return default_library_path()
