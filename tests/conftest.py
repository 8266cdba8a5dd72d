"""Shared test set-up: Qt runs offscreen, and no test ever touches the user's real library."""

from __future__ import annotations

import os

# Before anything imports Qt: tests never need (or open) a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

# The one formatter of numbers and dates installs itself into the domain's wording when the
# application layer loads, as it does in the window and the command line: tests of the domain
# alone see the same numbers.
import okr_workshop.app.formats  # noqa: E402, F401


@pytest.fixture(autouse=True)
def _private_library(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the default library at a fresh file, so a forgotten --library can't hit real data."""
    library = tmp_path_factory.mktemp("library") / "library.sqlite3"
    monkeypatch.setenv("OKR_WORKSHOP_LIBRARY", str(library))
    yield library
