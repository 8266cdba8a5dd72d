"""Programs the standalone application opens get the session's library path, not the
bundle's (PyInstaller's bootloader sets LD_LIBRARY_PATH to its own folder)."""

from __future__ import annotations

from okr_workshop.app.bundle_environment import (
    bundle_paths_in_environment,
    restore_for_opened_programs,
)

BUNDLE = "/opt/OKR Workshop/_internal"


def test_in_a_bundle_the_sessions_value_is_put_back():
    env = {"LD_LIBRARY_PATH": f"{BUNDLE}:/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/usr/local/lib"}
    assert bundle_paths_in_environment(env, BUNDLE) == ["LD_LIBRARY_PATH"]
    restore_for_opened_programs(env, frozen=True)
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib"}
    assert bundle_paths_in_environment(env, BUNDLE) == []


def test_in_a_bundle_a_session_without_one_gets_none():
    env = {"LD_LIBRARY_PATH": BUNDLE, "HOME": "/home/claire"}
    restore_for_opened_programs(env, frozen=True)
    assert env == {"HOME": "/home/claire"}


def test_from_source_nothing_changes():
    env = {"LD_LIBRARY_PATH": "/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/x"}
    restore_for_opened_programs(env, frozen=False)
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/x"}
    assert bundle_paths_in_environment(env, None) == []
