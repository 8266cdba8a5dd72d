"""The Syncthing harness itself, on a real engine: files travel, concurrent edits leave a
conflict copy with both versions, and nothing listens or connects beyond 127.0.0.1.

These tests pin what the team folder (issue 19) relies on, so that if a Syncthing release
changes its behaviour the failure points here and not at the team-folder code.
"""

from __future__ import annotations

import ipaddress
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest

from okr_workshop.files import write_atomic
from tests.integration.loopback_sockets import InetSocket, proc_address
from tests.integration.syncthing_pair import FOLDER_ID, SyncthingPair, require_syncthing

# Two real processes each: one xdist group, so `--dist loadgroup` keeps them on one worker;
# with plain `-n auto` their ports come from the kernel and never clash between workers.
pytestmark = [pytest.mark.syncthing, pytest.mark.xdist_group("syncthing")]

NAME = "atelier-équipe.okrw"
# Syncthing's name for the losing version: <stem>.sync-conflict-<date>-<time>-<device>.<ext>
CONFLICT = re.compile(
    r"^atelier-équipe\.sync-conflict-(?P<date>\d{8})-(?P<time>\d{6})-(?P<device>[A-Z2-7]{7})"
    r"\.okrw$"
)
ORIGINAL = '{"title": "Atelier d’Émilie 🎯", "remark": "<b>not markup</b> & co"}\n'
MINE = '{"title": "Atelier d’Émilie 🎯", "edited_by": "A", "kr": "Passer de 40 % à 60 %"}\n'
THEIRS = '{"title": "Atelier d’Émilie 🎯 (B)", "edited_by": "B — hors ligne"}\n'


def files(folder: Path) -> dict[str, str]:
    """What a person sees in the folder: its files and their text (Syncthing's own aside)."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in folder.iterdir()
        if path.is_file() and path.name not in (".stfolder", ".stignore")
    }


def test_a_file_written_in_a_appears_in_b_and_an_edit_in_b_comes_back(
    syncthing_pair: SyncthingPair,
):
    pair = syncthing_pair
    (pair.folder_a / NAME).write_text(ORIGINAL, encoding="utf-8")
    pair.scan()
    pair.wait_until(lambda: files(pair.folder_b) == {NAME: ORIGINAL}, what=f"{NAME} in B")

    (pair.folder_b / NAME).write_text(THEIRS, encoding="utf-8")
    pair.scan()
    pair.wait_until(lambda: files(pair.folder_a) == {NAME: THEIRS}, what="B's edit in A")
    pair.wait_in_sync()
    assert files(pair.folder_a) == files(pair.folder_b) == {NAME: THEIRS}


def test_atomic_rewrites_in_a_reach_b_whole_and_end_as_the_last_one(
    syncthing_pair: SyncthingPair,
):
    """How the team folder publishes (write_atomic: temporary file, fsync, rename), rewritten
    while Syncthing is still carrying the previous version: B only ever shows a whole version,
    ends with the last one, and no temporary file is left on either side."""
    pair = syncthing_pair
    versions = [ORIGINAL * (n + 1) + f"version {n}\n" for n in range(15)]
    for n, version in enumerate(versions):
        write_atomic(pair.folder_a / NAME, version.encode("utf-8"))
        if n % 3 == 2:
            pair.a.post("/rest/db/scan", folder=FOLDER_ID)
        shown = files(pair.folder_b).get(NAME)
        assert shown is None or shown in versions
    pair.scan()
    pair.wait_until(lambda: files(pair.folder_b) == {NAME: versions[-1]}, what="the last one")
    pair.wait_in_sync()
    for folder in (pair.folder_a, pair.folder_b):
        assert sorted(path.name for path in folder.iterdir()) == [".stfolder", NAME]


def test_edits_on_both_sides_while_paused_leave_a_conflict_copy_and_lose_nothing(
    syncthing_pair: SyncthingPair,
):
    pair = syncthing_pair
    (pair.folder_a / NAME).write_text(ORIGINAL, encoding="utf-8")
    pair.scan()
    pair.wait_until(lambda: files(pair.folder_b) == {NAME: ORIGINAL}, what=f"{NAME} in B")
    pair.wait_in_sync()  # B has recorded the version both edits start from

    pair.pause()
    (pair.folder_a / NAME).write_text(MINE, encoding="utf-8")
    (pair.folder_b / NAME).write_text(THEIRS, encoding="utf-8")
    pair.scan()
    # Offline: each side keeps its own edit.
    assert files(pair.folder_a) == {NAME: MINE}
    assert files(pair.folder_b) == {NAME: THEIRS}

    pair.resume()
    pair.wait_until(
        lambda: len(files(pair.folder_a)) == 2 and len(files(pair.folder_b)) == 2,
        what="a conflict copy in both folders",
    )
    pair.wait_in_sync()

    seen_a, seen_b = files(pair.folder_a), files(pair.folder_b)
    assert seen_a == seen_b
    copies = [name for name in seen_a if name != NAME]
    assert len(copies) == 1, seen_a
    match = CONFLICT.match(copies[0])
    assert match, f"{copies[0]!r} is not named like a Syncthing conflict copy"
    datetime.strptime(match["date"] + match["time"], "%Y%m%d%H%M%S")  # a real date and time
    # Both versions kept: one under the original name, the other in the copy. The copy is
    # named after the device whose edit *won* (Syncthing files the local version away when
    # the winning one arrives, tagged with who modified that one), not after its own author.
    assert {seen_a[NAME], seen_a[copies[0]]} == {MINE, THEIRS}
    edit_of = {pair.a.device_id[:7]: MINE, pair.b.device_id[:7]: THEIRS}
    assert match["device"] in edit_of, (match["device"], edit_of)
    assert seen_a[NAME] == edit_of[match["device"]]


def test_a_file_deleted_on_one_side_while_edited_on_the_other_comes_back_with_the_edit(
    syncthing_pair: SyncthingPair,
):
    """Syncthing prefers a change to a deletion: the team folder never loses an edit to a
    colleague's delete (it has to expect the file to come back instead)."""
    pair = syncthing_pair
    (pair.folder_a / NAME).write_text(ORIGINAL, encoding="utf-8")
    pair.scan()
    pair.wait_until(lambda: files(pair.folder_b) == {NAME: ORIGINAL}, what=f"{NAME} in B")
    pair.wait_in_sync()

    pair.pause()
    (pair.folder_a / NAME).write_text(MINE, encoding="utf-8")
    (pair.folder_b / NAME).unlink()
    pair.scan()
    assert files(pair.folder_b) == {}

    pair.resume()
    pair.wait_until(lambda: files(pair.folder_b) == {NAME: MINE}, what="A's edit back in B")
    pair.wait_in_sync()
    assert files(pair.folder_a) == files(pair.folder_b) == {NAME: MINE}


def test_files_matching_the_ignore_patterns_stay_on_their_side(tmp_path: Path):
    require_syncthing()
    with SyncthingPair(tmp_path, ignore_patterns=["*.partial", "(?d).DS_Store"]) as pair:
        (pair.folder_a / "brouillon.partial").write_text(MINE, encoding="utf-8")
        (pair.folder_a / NAME).write_text(ORIGINAL, encoding="utf-8")
        pair.scan()
        pair.wait_until(lambda: NAME in files(pair.folder_b), what=f"{NAME} in B")
        pair.wait_in_sync()
        assert files(pair.folder_b) == {NAME: ORIGINAL}
        assert "brouillon.partial" in files(pair.folder_a)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sockets are read from /proc")
def test_every_socket_of_both_instances_stays_on_127_0_0_1(syncthing_pair: SyncthingPair):
    pair = syncthing_pair
    (pair.folder_a / NAME).write_text(ORIGINAL, encoding="utf-8")
    pair.scan()
    pair.wait_until(lambda: files(pair.folder_b) == {NAME: ORIGINAL}, what=f"{NAME} in B")

    sockets = pair.inet_sockets()
    # The inspection sees what is there: both listeners and the connection between them.
    listeners = {s.local[1] for s in sockets if s.remote[1] == 0}
    assert {pair.a.listen_port, pair.b.listen_port, pair.a.gui_port} <= listeners
    assert any(
        s.remote[1] in (pair.a.listen_port, pair.b.listen_port) for s in sockets
    ), sockets
    assert [s for s in sockets if not s.on_loopback()] == []


def test_the_socket_check_tells_loopback_from_the_world():
    """The check above can fail: a socket bound to every interface, or connected out, is not
    on loopback (addresses as /proc/net/tcp and tcp6 write them)."""
    loopback = proc_address("0100007F:1F90")
    assert loopback == (ipaddress.ip_address("127.0.0.1"), 8080)
    anywhere = proc_address("00000000:55F0")
    nowhere = (ipaddress.ip_address("0.0.0.0"), 0)
    outside = proc_address("0A01A8C0:0D3D")  # 192.168.1.10:3389
    assert outside[0] == ipaddress.ip_address("192.168.1.10")
    ipv6_loopback = proc_address("00000000000000000000000001000000:1F90")
    assert ipv6_loopback[0] == ipaddress.ip_address("::1")
    mapped = proc_address("0000000000000000FFFF00000100007F:1F90")
    assert mapped[0] == ipaddress.ip_address("::ffff:127.0.0.1")

    assert InetSocket("a", "tcp", loopback, nowhere).on_loopback()
    assert InetSocket("a", "tcp6", ipv6_loopback, nowhere).on_loopback()
    assert InetSocket("a", "tcp6", mapped, loopback).on_loopback()
    assert not InetSocket("a", "tcp", anywhere, nowhere).on_loopback()
    assert not InetSocket("a", "udp", loopback, outside).on_loopback()
