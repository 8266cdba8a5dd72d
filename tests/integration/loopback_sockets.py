"""Which TCP/UDP sockets a set of processes holds, and whether they stay on loopback.

Read from /proc (Linux): a process's /proc/PID/fd links name its socket inodes, and
/proc/net/{tcp,tcp6,udp,udp6} give each inode's addresses (for this network namespace).
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class InetSocket(NamedTuple):
    owner: str
    protocol: str
    local: tuple[Address, int]
    remote: tuple[Address, int]

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
                "", protocol, proc_address(fields[1]), proc_address(fields[2])
            )
    return table


def proc_address(text: str) -> tuple[Address, int]:
    """'0100007F:1F90' -> (127.0.0.1, 8080): each 32-bit word is in host (little) order."""
    hex_address, hex_port = text.split(":")
    raw = b"".join(
        bytes.fromhex(hex_address[i:i + 8])[::-1] for i in range(0, len(hex_address), 8)
    )
    return ipaddress.ip_address(raw), int(hex_port, 16)


def _loopback(address: Address) -> bool:
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def inet_sockets(pids: Iterable[int], owner: str = "") -> list[InetSocket]:
    """Every TCP/UDP socket the processes `pids` hold now."""
    table = _inet_table()
    found = []
    for pid in pids:
        try:
            links = [os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()]
        except OSError:
            continue  # gone meanwhile
        for link in links:
            inode = link[len("socket:["):-1] if link.startswith("socket:[") else ""
            if inode in table:
                found.append(table[inode]._replace(owner=owner))
    return found
