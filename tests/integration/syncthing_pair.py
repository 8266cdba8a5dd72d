"""Two real Syncthing instances on 127.0.0.1, each syncing its own copy of one shared folder.

The harness for the team folder's integration tests (issue 19): "laptop A" and "laptop B" are two
``syncthing serve`` processes on this machine, each with its own home (keys, config, database)
generated in ``tmp_path`` and its own copy of the folder. Nothing may leave the loopback
interface, so the configuration turns off everything that talks to the world: global and local
discovery, relays, NAT traversal (UPnP/NAT-PMP and STUN), usage and crash reporting, upgrades.
A dials B at B's explicit ``tcp://127.0.0.1:PORT`` address and B accepts A by its device ID
(why only one side dials: ``SyncthingInstance.configure``); each REST API listens on 127.0.0.1
with an API key and is driven with urllib alone.

Every wait is bounded and, on timeout, fails with what was awaited and the tail of both logs.
Ports come from the kernel (bind to port 0), so pytest-xdist workers never share one; the rare
race where another process takes a port before Syncthing binds it is retried with fresh ports.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.integration.loopback_sockets import InetSocket, inet_sockets
from tests.integration.syncthing_instance import (
    FOLDER_ID,
    LOG_TAIL_LINES,
    SYNCTHING,
    WAIT_TIMEOUT,
    SyncthingFailed,
    SyncthingInstance,
    SyncthingTimeout,
    free_port,
)

__all__ = [
    "FOLDER_ID", "InetSocket", "SyncthingFailed", "SyncthingInstance", "SyncthingPair",
    "SyncthingTimeout", "require_syncthing", "syncthing_pair",
]

START_TIMEOUT = 45.0  # generous: CI shares two cores with other workers
START_ATTEMPTS = 3

T = TypeVar("T")


class SyncthingPair:
    """Two connected Syncthing instances, A and B, sharing one folder on 127.0.0.1.

    ``folder_a`` and ``folder_b`` are the two copies; write in one, ``scan()``, then
    ``wait_until`` the other shows it. ``pause()`` cuts the connection (each side pauses the
    other device) so both can edit "offline"; ``resume()`` reconnects.
    """

    def __init__(self, root: Path, *, rescan_interval_s: int = 10, watcher_delay_s: int = 1,
                 ignore_patterns: Iterable[str] = ()) -> None:
        """`ignore_patterns`: lines of a .stignore written in both folders (not synced)."""
        self.root = root
        self.ignore_patterns = list(ignore_patterns)
        self.folder_options = {
            "rescanIntervalS": str(rescan_interval_s),
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": str(watcher_delay_s),
        }
        self.a = SyncthingInstance("laptop-a", root / "home-a", root / "team-a")
        self.b = SyncthingInstance("laptop-b", root / "home-b", root / "team-b")
        self._resumes = 0  # each resume gives A a fresh spelling of B's address

    @property
    def folder_a(self) -> Path:
        return self.a.folder

    @property
    def folder_b(self) -> Path:
        return self.b.folder

    @property
    def instances(self) -> tuple[SyncthingInstance, SyncthingInstance]:
        return self.a, self.b

    # life cycle ---------------------------------------------------------------------------

    def start(self, timeout: float = START_TIMEOUT) -> None:
        """Generate both homes, start both processes, wait until connected and scanned."""
        for instance in self.instances:
            instance.generate()
            if self.ignore_patterns:
                (instance.folder / ".stignore").write_text(
                    "\n".join(self.ignore_patterns) + "\n", encoding="utf-8"
                )
        for attempt in range(1, START_ATTEMPTS + 1):
            try:
                self._start_once(timeout)
                return
            except _PortTaken:
                self.close()
                if attempt == START_ATTEMPTS:
                    raise SyncthingFailed(
                        f"Syncthing could not bind its ports in {START_ATTEMPTS} attempts\n"
                        + self.logs()
                    ) from None

    def _start_once(self, timeout: float) -> None:
        for instance in self.instances:
            instance.gui_port, instance.listen_port = free_port(), free_port()
        self.a.configure(self.b, self.folder_options, dials=True)
        self.b.configure(self.a, self.folder_options, dials=False)
        for instance in self.instances:
            instance.start()
        for instance in self.instances:
            self._wait_for_rest(instance, timeout)
        for instance in self.instances:
            status = instance.get("/rest/system/status")
            if status.get("myID") != instance.device_id:
                raise SyncthingFailed(
                    f"{instance.name} answers as {status.get('myID')}, expected "
                    f"{instance.device_id}: another Syncthing on port {instance.gui_port}?"
                )
            listener = self.wait_until(
                lambda instance=instance: self._listener(instance), timeout,
                f"{instance.name}'s sync listener on {instance.listen_address}",
            )
            if listener.get("error"):
                raise _PortTaken(f"{instance.name}: {listener['error']}")
        self.wait_until(self._folders_idle, timeout, "both first scans to finish")
        self.resume(timeout)

    def close(self) -> None:
        """Kill both processes (whatever happened before); safe to call more than once."""
        errors: list[BaseException] = []
        for instance in self.instances:
            try:
                instance.stop()
            except BaseException as error:  # still stop the other one
                errors.append(error)
        if errors:
            raise errors[0]

    def __enter__(self) -> SyncthingPair:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # driving ------------------------------------------------------------------------------

    def scan(self) -> None:
        """Make both instances scan the shared folder now (returns when both scans are done)."""
        for instance in self.instances:
            self._call(instance, "POST", "/rest/db/scan", folder=FOLDER_ID)

    def pause(self, timeout: float = WAIT_TIMEOUT) -> None:
        """Cut the connection: each side pauses the other device; returns once both see it.

        Call ``wait_in_sync()`` first when the edits made before must be on both sides.
        """
        self._call(self.a, "POST", "/rest/system/pause", device=self.b.device_id)
        self._call(self.b, "POST", "/rest/system/pause", device=self.a.device_id)
        self.wait_until(lambda: not self._either_connected(), timeout,
                        "A and B to disconnect after pause")

    def resume(self, timeout: float = WAIT_TIMEOUT) -> None:
        """Resume both devices and return once they are connected again.

        Only A dials (see ``SyncthingInstance.configure``), so B resumes first, ready to
        accept. Syncthing 1.19 dials a resumed device on its next connection loop, 5 to 20 s
        later, and holds back an address it dialled in the last second; a *new* address makes
        it dial at once. So A resumes B and, in the same config change, gets a fresh spelling
        of B's loopback endpoint (a query, which Syncthing's TCP dialer ignores).
        """
        self._resumes += 1
        self._call(self.b, "PATCH", f"/rest/config/devices/{self.a.device_id}",
                   body={"paused": False})
        self._call(
            self.a, "PATCH", f"/rest/config/devices/{self.b.device_id}",
            body={"paused": False,
                  "addresses": [f"{self.b.listen_address}?resume={self._resumes}"]},
        )
        self.wait_until(self.connected, timeout, "A and B to reconnect after resume")

    def connected(self) -> bool:
        return self.a.connected_to(self.b) and self.b.connected_to(self.a)

    def in_sync(self) -> bool:
        """Connected, both idle, nothing needed on either side, and the same global state."""
        if not self.connected():
            return False
        statuses = [instance.folder_status() for instance in self.instances]
        if any(s["state"] != "idle" or s["needTotalItems"] or s.get("pullErrors")
               for s in statuses):
            return False
        for instance, peer in ((self.a, self.b), (self.b, self.a)):
            completion = instance.completion_of(peer)
            if completion["completion"] < 100 or completion["needItems"]:
                return False
        keys = ("globalFiles", "globalDirectories", "globalDeleted", "globalBytes")
        return all(statuses[0][key] == statuses[1][key] for key in keys)

    def wait_in_sync(self, timeout: float = WAIT_TIMEOUT) -> None:
        """Scan both sides, then wait until each has everything the other has."""
        self.scan()
        self.wait_until(self.in_sync, timeout, "A and B to be in sync")

    def wait_until(self, predicate: Callable[[], T], timeout: float = WAIT_TIMEOUT,
                   what: str = "the condition") -> T:
        """Poll `predicate` until it returns a truthy value (returned), for `timeout` seconds.

        An OSError inside the predicate (a file not there yet, a REST call refused) counts as
        "not yet". On timeout, or if an instance dies, fails with `what` and both logs.
        """
        deadline = time.monotonic() + timeout
        last_error: BaseException | None = None
        while True:
            self._check_alive()
            try:
                value = predicate()
            except (OSError, KeyError) as error:
                last_error, value = error, None
            if value:
                return value
            if time.monotonic() >= deadline:
                since = f"; last error: {last_error!r}" if last_error else ""
                raise SyncthingTimeout(
                    f"Timed out after {timeout:g} s waiting for {what}{since}\n" + self.logs()
                )
            time.sleep(0.2)

    def inet_sockets(self) -> list[InetSocket]:
        """Every TCP/UDP socket both instances hold now (Linux: read from /proc)."""
        return [
            found
            for instance in self.instances
            for found in inet_sockets(instance.pids(), instance.name)
        ]

    # what a failure shows -----------------------------------------------------------------

    def logs(self) -> str:
        parts = []
        for instance in self.instances:
            code = instance.exited()
            state = "running" if code is None else f"exited with {code}"
            parts.append(
                f"--- {instance.name} ({state}; GUI 127.0.0.1:{instance.gui_port}, "
                f"sync {instance.listen_address}; log {instance.log_path}), last "
                f"{LOG_TAIL_LINES} lines:\n{instance.log_tail()}"
            )
        return "\n".join(parts)

    # internals ----------------------------------------------------------------------------

    def _call(self, instance: SyncthingInstance, method: str, path: str,
              body: Any = None, **params: str) -> Any:
        """A REST call that must work now: a failure shows both logs."""
        self._check_alive()
        try:
            return instance.request(method, path, body=body, **params)
        except OSError as error:  # refused, reset, timed out
            raise SyncthingFailed(
                f"{instance.name}: {method} {path} {params} failed: {error!r}\n" + self.logs()
            ) from error

    @staticmethod
    def _listener(instance: SyncthingInstance) -> dict[str, Any] | None:
        """The sync listener's status once it has bound its port (or failed to)."""
        status = instance.get("/rest/system/status")["connectionServiceStatus"]
        listener = status.get(instance.listen_address)
        if listener and (listener.get("error") or listener.get("lanAddresses")):
            return listener
        return None

    def _either_connected(self) -> bool:
        return self.a.connected_to(self.b) or self.b.connected_to(self.a)

    def _folders_idle(self) -> bool:
        return all(instance.folder_status()["state"] == "idle" for instance in self.instances)

    def _check_alive(self) -> None:
        for instance in self.instances:
            code = instance.exited()
            if code is not None:
                raise SyncthingFailed(f"{instance.name} exited with {code}\n" + self.logs())

    def _wait_for_rest(self, instance: SyncthingInstance, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            code = instance.exited()
            if code is not None:
                if "address already in use" in instance.log_tail(200):
                    raise _PortTaken(instance.name)
                raise SyncthingFailed(f"{instance.name} exited with {code}\n" + self.logs())
            try:
                instance.request("GET", "/rest/system/ping", timeout=2)
                return
            except (OSError, SyncthingFailed):
                pass  # not listening yet
            if time.monotonic() >= deadline:
                raise SyncthingTimeout(
                    f"Timed out after {timeout:g} s waiting for {instance.name}'s REST API "
                    f"on 127.0.0.1:{instance.gui_port}\n" + self.logs()
                )
            time.sleep(0.2)


class _PortTaken(Exception):
    """Another process took a port between free_port() and Syncthing's bind: start again."""


def require_syncthing() -> None:
    """Skip the calling test, saying why, when the syncthing program is not installed."""
    if os.name != "posix":
        pytest.skip("the Syncthing harness runs its instances in POSIX process groups")
    if shutil.which(SYNCTHING) is None:
        pytest.skip("syncthing is not installed (Debian package 'syncthing'; .ci/run installs it)")


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    """Two running, connected Syncthing instances sharing one folder; both killed afterwards.

    For other settings (ignore patterns, intervals), a test builds its own::

        require_syncthing()
        with SyncthingPair(tmp_path, ignore_patterns=["*.tmp"]) as pair: ...
    """
    require_syncthing()
    with SyncthingPair(tmp_path / "syncthing") as pair:
        yield pair
