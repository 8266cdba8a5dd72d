"""Two real Syncthing instances on 127.0.0.1, each syncing its own copy of one shared folder.

The harness for the team folder's integration tests (issue 19): "laptop A" and "laptop B" are two
``syncthing serve`` processes on this machine, each with its own home (keys, config, database)
generated in ``tmp_path`` and its own copy of the folder. Nothing may leave the loopback
interface, so the configuration turns off everything that talks to the world: global and local
discovery, relays, NAT traversal (UPnP/NAT-PMP and STUN), usage and crash reporting, upgrades.
The two devices know each other by explicit ``tcp://127.0.0.1:PORT`` addresses; the REST API
listens on 127.0.0.1 with an API key and is driven with urllib alone.

Every wait is bounded and, on timeout, fails with what was awaited and the tail of both logs.
Ports come from the kernel (bind to port 0), so pytest-xdist workers never share one; the rare
race where another process takes a port before Syncthing binds it is retried with fresh ports.
"""

from __future__ import annotations

import ctypes
import ipaddress
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeVar
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import ProxyHandler, Request, build_opener

import pytest

SYNCTHING = "syncthing"
FOLDER_ID = "okr-team"
START_TIMEOUT = 45.0  # generous: CI shares two cores with other workers
WAIT_TIMEOUT = 30.0
LOG_TAIL_LINES = 25
START_ATTEMPTS = 3
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>

T = TypeVar("T")

# Options that would make Syncthing talk to anything but its twin on 127.0.0.1 (see
# syncthing-config(5)): discovery, relays, UPnP/NAT-PMP, STUN (0 = never contact a STUN
# server), usage reporting (-1 = declined), crash reports and upgrades. The reconnection
# interval is short so a resumed device is dialled again within seconds.
QUIET_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
    "urAccepted": "-1",
    "urSeen": "3",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "announceLANAddresses": "false",
    "startBrowser": "false",
    "restartOnWakeup": "false",
    "reconnectionIntervalS": "1",
    # a normal process in our own session, so teardown's signal reaches it
    "setLowPriority": "false",
}

# Proxies would route the loopback connections elsewhere (Go honours ALL_PROXY).
PROXY_VARIABLES = {"all_proxy", "http_proxy", "https_proxy", "no_proxy", "ftp_proxy"}

# urllib must not send 127.0.0.1 requests through a proxy from the environment either.
_OPENER = build_opener(ProxyHandler({}))


class SyncthingTimeout(AssertionError):
    """A bounded wait ran out; the message says what was awaited and shows both logs."""


class SyncthingFailed(AssertionError):
    """An instance died or refused to start; the message shows both logs."""


def free_port() -> int:
    """A port the kernel just chose on 127.0.0.1 (so two xdist workers never pick the same)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class SyncthingInstance:
    """One "laptop": a home with keys and config, a copy of the shared folder, a process."""

    name: str
    home: Path
    folder: Path
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    device_id: str = ""
    gui_port: int = 0
    listen_port: int = 0
    process: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.home / "syncthing.log"

    @property
    def listen_address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    def generate(self) -> None:
        """Keys and a first config (`syncthing generate`); the device id is read back from it."""
        self.home.mkdir(parents=True, exist_ok=True)
        self.folder.mkdir(parents=True, exist_ok=True)
        # The folder marker Syncthing expects in a folder it shares (a directory since 1.x).
        (self.folder / ".stfolder").mkdir(exist_ok=True)
        result = subprocess.run(
            [SYNCTHING, "generate", f"--home={self.home}", "--no-default-folder",
             "--skip-port-probing"],
            capture_output=True, env=_environment(self.home), timeout=60, check=False,
        )
        if result.returncode != 0:
            raise SyncthingFailed(
                f"`syncthing generate` failed for {self.name} ({result.returncode}):\n"
                + result.stdout.decode(errors="replace") + result.stderr.decode(errors="replace")
            )
        own = ET.parse(self.home / "config.xml").getroot().find("device")
        assert own is not None, f"no device in the config generated for {self.name}"
        self.device_id = own.get("id", "")

    def configure(self, peer: SyncthingInstance, folder_options: dict[str, str],
                  dials: bool) -> None:
        """Rewrite config.xml: loopback only, the peer (at an explicit address if this side
        `dials`), one shared folder."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        for old in root.findall("folder"):
            root.remove(old)
        for old in root.findall("device"):
            if old.get("id") != self.device_id:
                root.remove(old)
        own = root.find("device")
        assert own is not None
        own.set("name", self.name)
        _set_text(own, "address", "dynamic")

        defaults = root.find("defaults")
        assert defaults is not None
        template_device = defaults.find("device")
        template_folder = defaults.find("folder")
        assert template_device is not None and template_folder is not None

        other = _copy(template_device)
        other.set("id", peer.device_id)
        other.set("name", peer.name)
        # One side dials, the other accepts: when both dial at once, Syncthing 1.19 handles
        # the two handshakes one after the other on each side and both wait for the other's
        # Hello until a 20 s timeout. The dialling side has the peer's explicit loopback
        # address; on the other, "dynamic" resolves to nothing with discovery off.
        _set_text(other, "address", peer.listen_address if dials else "dynamic")
        # Paused until both are listening: start() then resumes it, which dials at once,
        # instead of the first dials failing and Syncthing's back-off taking 20 s.
        _set_text(other, "paused", "true")
        _set_text(other, "autoAcceptFolders", "false")
        root.insert(list(root).index(own) + 1, other)

        folder = _copy(template_folder)
        folder.set("id", FOLDER_ID)
        folder.set("label", "Team folder")
        folder.set("path", str(self.folder))
        folder.set("type", "sendreceive")
        for key, value in folder_options.items():
            folder.set(key, value)
        for shared in folder.findall("device"):
            folder.remove(shared)
        for device_id in (self.device_id, peer.device_id):
            shared = ET.SubElement(folder, "device", {"id": device_id, "introducedBy": ""})
            ET.SubElement(shared, "encryptionPassword").text = ""
        _set_text(folder, "paused", "false")
        root.insert(0, folder)

        gui = root.find("gui")
        assert gui is not None
        gui.set("enabled", "true")
        gui.set("tls", "false")
        _set_text(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set_text(gui, "apikey", self.api_key)

        options = root.find("options")
        assert options is not None
        for old in options.findall("listenAddress"):
            options.remove(old)
        options.insert(0, _element("listenAddress", self.listen_address))
        for key, value in QUIET_OPTIONS.items():
            _set_text(options, key, value)
        tree.write(path, encoding="utf-8", xml_declaration=False)

    def start(self) -> None:
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [SYNCTHING, "serve", f"--home={self.home}", "--no-browser", "--no-restart",
             "--no-upgrade", "--logflags=3"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            env=_environment(self.home),
            start_new_session=True,  # its own process group: teardown signals only it
            preexec_fn=_die_with_parent,
        )

    def stop(self) -> None:
        """Kill the process (SIGTERM, then SIGKILL) and close the log; safe to call twice."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            _signal_group(process, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait(timeout=10)
        if self._log is not None:
            self._log.close()
            self._log = None

    def exited(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def pids(self) -> list[int]:
        """Its processes (Syncthing's monitor and the syncthing it runs): its process group."""
        if self.process is None:
            return []
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue  # gone meanwhile
            # pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its ")"
            if int(stat.rsplit(")", 1)[1].split()[2]) == self.process.pid:
                found.append(int(entry.name))
        return found

    # REST ---------------------------------------------------------------------------------

    def request(self, method: str, path: str, timeout: float = WAIT_TIMEOUT,
                body: Any = None, **params: str) -> Any:
        """One REST call on 127.0.0.1 with the API key; the decoded JSON answer, or None."""
        url = f"http://127.0.0.1:{self.gui_port}{path}"
        if params:
            url += "?" + urlencode(params)
        headers = {"X-API-Key": self.api_key}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = Request(url, data=data, method=method, headers=headers)
        try:
            with _OPENER.open(request, timeout=timeout) as response:
                body = response.read()
        except HTTPError as error:
            detail = error.read().decode(errors="replace").strip()
            raise SyncthingFailed(
                f"{self.name}: {method} {path} {params} -> HTTP {error.code} {detail}"
            ) from error
        return json.loads(body) if body.strip() else None

    def get(self, path: str, **params: str) -> Any:
        return self.request("GET", path, **params)

    def post(self, path: str, **params: str) -> Any:
        return self.request("POST", path, **params)

    def connected_to(self, peer: SyncthingInstance) -> bool:
        connections = self.get("/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def folder_status(self) -> dict[str, Any]:
        return self.get("/rest/db/status", folder=FOLDER_ID)

    def completion_of(self, peer: SyncthingInstance) -> dict[str, Any]:
        """How complete `peer` is on the shared folder, as far as this instance knows."""
        return self.get("/rest/db/completion", folder=FOLDER_ID, device=peer.device_id)

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        if self._log is not None:
            self._log.flush()
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            return f"(no log: {error})"
        return "\n".join(text.splitlines()[-lines:])


class SyncthingPair:
    """Two connected Syncthing instances, A and B, sharing one folder on 127.0.0.1.

    ``folder_a`` and ``folder_b`` are the two copies; write in one, ``scan()``, then
    ``wait_until`` the other shows it. ``pause()`` cuts the connection (each side pauses the
    other device) so both can edit "offline"; ``resume()`` reconnects.
    """

    def __init__(self, root: Path, *, rescan_interval_s: int = 10,
                 watcher_delay_s: int = 1) -> None:
        self.root = root
        self.folder_options = {
            "rescanIntervalS": str(rescan_interval_s),
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": str(watcher_delay_s),
        }
        self.a = SyncthingInstance("laptop-a", root / "home-a", root / "team-a")
        self._resumes = 0
        self.b = SyncthingInstance("laptop-b", root / "home-b", root / "team-b")

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
            listener = status.get("connectionServiceStatus", {}).get(instance.listen_address)
            if listener is None or listener.get("error"):
                raise _PortTaken(f"{instance.name}: {listener}")
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
            self._check_alive()
            instance.post("/rest/db/scan", folder=FOLDER_ID)

    def pause(self, timeout: float = WAIT_TIMEOUT) -> None:
        """Cut the connection: each side pauses the other device; returns once both see it.

        Call ``wait_in_sync()`` first when the edits made before must be on both sides.
        """
        self.a.post("/rest/system/pause", device=self.b.device_id)
        self.b.post("/rest/system/pause", device=self.a.device_id)
        self.wait_until(lambda: not self._either_connected(), timeout,
                        "A and B to disconnect after pause")

    def resume(self, timeout: float = WAIT_TIMEOUT) -> None:
        """Resume both devices and return once they are connected again.

        Only A dials (see ``configure``), so B resumes first, ready to accept. Syncthing 1.19
        dials a resumed device on its next connection loop, 5 to 20 s later, and holds back an
        address it dialled in the last second; a *new* address makes it dial at once. So A
        resumes B and, in the same config change, gets a fresh spelling of B's loopback
        endpoint (a query, which Syncthing's TCP dialer ignores).
        """
        self._resumes += 1
        self.b.request("PATCH", f"/rest/config/devices/{self.a.device_id}",
                       body={"paused": False})
        self.a.request(
            "PATCH", f"/rest/config/devices/{self.b.device_id}",
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
        table = _inet_table()
        found = []
        for instance in self.instances:
            for pid in instance.pids():
                try:
                    links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
                except OSError:
                    continue
                for link in links:
                    if link.startswith("socket:[") and link[8:-1] in table:
                        found.append(table[link[8:-1]]._replace(owner=instance.name))
        return found

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


class InetSocket(NamedTuple):
    owner: str
    protocol: str
    local: tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]
    remote: tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]

    def on_loopback(self) -> bool:
        """Bound to a loopback address, and connected (if at all) to one."""
        return _loopback(self.local[0]) and (
            self.remote[0].is_unspecified or _loopback(self.remote[0])
        )


def _inet_table() -> dict[str, InetSocket]:
    """socket inode -> its addresses, from /proc/net/{tcp,tcp6,udp,udp6} (this namespace)."""
    table = {}
    for protocol in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = Path(f"/proc/net/{protocol}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            table[fields[9]] = InetSocket(
                "", protocol, _proc_address(fields[1]), _proc_address(fields[2])
            )
    return table


def _proc_address(text: str) -> tuple[ipaddress.IPv4Address | ipaddress.IPv6Address, int]:
    """'0100007F:1F90' -> (127.0.0.1, 8080): each 32-bit word is in host (little) order."""
    hex_address, hex_port = text.split(":")
    raw = b"".join(
        bytes.fromhex(hex_address[i:i + 8])[::-1] for i in range(0, len(hex_address), 8)
    )
    return ipaddress.ip_address(raw), int(hex_port, 16)


def _loopback(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


class _PortTaken(Exception):
    """Another process took a port between free_port() and Syncthing's bind: start again."""


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in PROXY_VARIABLES}
    env.update(
        HOME=str(home),  # nothing of the real user's (~/.config/syncthing) is read or written
        STNODEFAULTFOLDER="1",
        STNOUPGRADE="1",
        STNORESTART="1",
        GOMAXPROCS="2",
    )
    return env


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM it if the test process dies without a teardown.

    Syncthing's monitor forwards the signal to the syncthing process it runs, so an xdist
    worker killed mid-test leaves nothing behind (Linux only; elsewhere teardown does it).
    """
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _signal_group(process: subprocess.Popen[bytes], signum: int) -> None:
    try:
        os.killpg(process.pid, signum)  # the session we started for it: only its processes
    except ProcessLookupError:
        pass


def _element(tag: str, text: str) -> ET.Element:
    element = ET.Element(tag)
    element.text = text
    return element


def _set_text(parent: ET.Element, tag: str, text: str) -> None:
    child = parent.find(tag)
    if child is None:
        child = ET.SubElement(parent, tag)
    child.text = text


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))


@pytest.fixture
def syncthing_pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    """Two running, connected Syncthing instances sharing one folder; both killed afterwards."""
    if shutil.which(SYNCTHING) is None:
        pytest.skip("syncthing is not installed (Debian package 'syncthing'; .ci/run installs it)")
    with SyncthingPair(tmp_path / "syncthing") as pair:
        yield pair
