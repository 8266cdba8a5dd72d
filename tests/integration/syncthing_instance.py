"""One Syncthing instance for the integration tests: its home, its config, its process, its
REST API (see syncthing_pair.py for the pair of them the tests use).

The configuration turns off everything that talks to the world (global and local discovery,
relays, NAT traversal with UPnP/NAT-PMP and STUN, usage and crash reporting, upgrades), listens
on 127.0.0.1 only, and the REST API is driven with urllib alone, never through a proxy.
"""

from __future__ import annotations

import ctypes
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import ProxyHandler, Request, build_opener

SYNCTHING = "syncthing"
FOLDER_ID = "okr-team"
WAIT_TIMEOUT = 30.0
LOG_TAIL_LINES = 25
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>

# Options that would make Syncthing talk to anything but its twin on 127.0.0.1 (see
# syncthing-config(5)): discovery, relays, UPnP/NAT-PMP, STUN (0 = never contact a STUN
# server), usage reporting (-1 = declined), crash reports and upgrades. A short reconnection
# interval: an address that failed is tried again after a second, not a minute.
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
    """A port the kernel just chose on 127.0.0.1, so xdist workers do not pick the same one
    (a port taken again before Syncthing binds it makes SyncthingPair start over)."""
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
        if process is not None:
            if process.poll() is None:
                _signal_group(process.pid, signal.SIGTERM)  # the monitor passes it on
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    _signal_group(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
            # Anything of its group still there (the monitor gone first) keeps the group id
            # in use, so it cannot be anyone else's yet.
            if process_group(process.pid):
                _signal_group(process.pid, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None

    def exited(self) -> int | None:
        return None if self.process is None else self.process.poll()

    def pids(self) -> list[int]:
        """Its processes (Syncthing's monitor and the syncthing it runs): its process group."""
        return [] if self.process is None else process_group(self.process.pid)

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


def _signal_group(group: int, signum: int) -> None:
    try:
        os.killpg(group, signum)  # the session we started for it: only its processes
    except ProcessLookupError:
        pass


def process_group(group: int) -> list[int]:
    """The processes whose process group is `group` (Linux: read from /proc)."""
    found: list[int] = []
    if not Path("/proc").is_dir():
        return found
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        # pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its ")"
        if int(stat.rsplit(")", 1)[1].split()[2]) == group:
            found.append(int(entry.name))
    return found


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
