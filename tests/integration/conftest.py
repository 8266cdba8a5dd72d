"""Integration tests: real programs beside ours (two Syncthing instances, see syncthing_pair)."""

from __future__ import annotations

from tests.integration.syncthing_pair import syncthing_pair  # noqa: F401  (the fixture)
