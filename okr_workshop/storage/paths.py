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


def real_library_path(path: Path) -> Path:
    """The library's real file: every symbolic link on the way (the file's or a folder's)
    followed, made absolute.

    The lock, the backups folder, a damaged file set aside and a restore all go by this one
    path, so a link to the library is the same library, not a second one beside it. (SQLite
    follows the links too: its -wal lives beside the real file.) A path that does not exist
    yet is resolved as far as it exists.
    """
    return Path(os.path.realpath(path))


def other_names(path: Path) -> int:
    """How many names the file at ``path`` has besides this one (hard links), 0 without a
    file. SQLite keeps one -wal per name, so a library with other names is not safe to edit
    (sqlite.org/howtocorrupt.html, "multiple links to the same file")."""
    try:
        status = os.stat(path)
    except OSError:
        return 0
    return max(status.st_nlink - 1, 0)
