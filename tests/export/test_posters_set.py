"""The posters are one set (issue 16, point 5): written all or nothing. Whatever stops the
export (a target that cannot be replaced, a failure in the middle of the swap), every
poster already in the folder keeps its bytes and nothing temporary is left beside them."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from okr_workshop.export import write_posters
from okr_workshop.files import TargetRefused
from tests.export.builders import big_workshop


def _contents(folder):
    """Every entry of the folder (hidden ones too): name -> bytes, or the kind of thing."""
    return {entry.name: entry.read_bytes() if entry.is_file() else "folder"
            for entry in folder.iterdir()}


@pytest.fixture
def old_set(tmp_path):
    folder = tmp_path / "posters"
    write_posters(big_workshop(teams=4), folder, "fr")
    return folder


def test_a_blocked_target_changes_no_poster_and_leaves_nothing(old_set):
    # The third poster's name is taken by a folder the export must not replace.
    third = sorted(old_set.iterdir())[2]
    third.unlink()
    third.mkdir()
    (third / "keep.txt").write_text("mine")
    before = _contents(old_set)
    with pytest.raises(TargetRefused) as refused:
        write_posters(big_workshop(teams=4), old_set, "en")
    assert refused.value.code == "is_a_folder" and refused.value.path.name == third.name
    assert _contents(old_set) == before
    assert (third / "keep.txt").read_text() == "mine"


def test_a_read_only_poster_blocks_the_set(old_set):
    last = sorted(old_set.iterdir())[-1]
    last.chmod(0o444)
    before = _contents(old_set)
    with pytest.raises(TargetRefused) as refused:
        write_posters(big_workshop(teams=4), old_set, "en")
    assert refused.value.code == "read_only"
    assert _contents(old_set) == before


def test_a_failure_in_the_middle_of_the_swap_puts_every_poster_back(old_set, monkeypatch):
    before = _contents(old_set)
    real_rename = os.rename
    renames = []

    def fails_on_the_fifth(source, destination):
        renames.append(source)
        if len(renames) == 5:  # two posters swapped, the third's old one moved aside
            raise OSError(5, "Input/output error")
        return real_rename(source, destination)

    monkeypatch.setattr(os, "rename", fails_on_the_fifth)
    with pytest.raises(OSError) as failed:
        write_posters(big_workshop(teams=4), old_set, "en")
    assert failed.value.filename == str(old_set)  # the user's folder, not our temporary one
    monkeypatch.undo()
    assert _contents(old_set) == before


def test_the_new_set_replaces_the_old_one_and_keeps_its_permissions(old_set):
    first = sorted(old_set.iterdir())[0]
    first.chmod(0o600)
    before = _contents(old_set)
    paths = write_posters(big_workshop(teams=4), old_set, "en")
    after = _contents(old_set)
    assert sorted(after) == sorted(before) == sorted(path.name for path in paths)
    assert all(after[name] != before[name] for name in after)  # French → English
    assert stat.S_IMODE(first.stat().st_mode) == 0o600


def test_a_file_where_the_folder_should_be_is_refused(tmp_path):
    target = tmp_path / "posters.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(TargetRefused) as refused:
        write_posters(big_workshop(teams=2), target, "en")
    assert refused.value.code == "not_a_folder"
    assert target.read_bytes() == b"mine"
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["posters.pdf"]


def _interrupted(folder, age_seconds: int, moved: dict[str, bytes]):
    """What a crash in the middle of a swap leaves: the set's temporary folder, with the
    old files it had moved aside."""
    work = folder / ".okr-set-0123456789ab.tmp"
    (work / "new").mkdir(parents=True)
    (work / "old").mkdir()
    for name, data in moved.items():
        (work / "old" / name).write_bytes(data)
    then = os.stat(work).st_mtime - age_seconds
    os.utime(work, (then, then))
    return work


def test_what_an_interrupted_set_moved_aside_comes_back_and_its_leftovers_go(old_set):
    first = sorted(old_set.iterdir())[0].name  # its new version was in place already
    work = _interrupted(old_set, 3600, {"poster-09-gone.pdf": b"old nine",
                                        first: b"replaced already"})
    write_posters(big_workshop(teams=4), old_set, "en")
    assert not work.exists()
    assert (old_set / "poster-09-gone.pdf").read_bytes() == b"old nine"  # never lost
    assert (old_set / first).read_bytes().startswith(b"%PDF")
    assert not any(entry.name.startswith(".") for entry in old_set.iterdir())


def test_a_set_being_written_by_another_export_is_left_alone(old_set):
    work = _interrupted(old_set, 0, {"poster-09-gone.pdf": b"old nine"})
    write_posters(big_workshop(teams=4), old_set, "en")
    assert (work / "old" / "poster-09-gone.pdf").read_bytes() == b"old nine"
    assert not (old_set / "poster-09-gone.pdf").exists()


def test_a_full_disk_names_the_file_of_the_set_not_the_temporary_one(tmp_path):
    # Writes past 64 kB fail (EFBIG, as ENOSPC would) in a child process; the second file
    # of the set is larger than that.
    script = (
        "import resource, signal, sys\n"
        "from okr_workshop.files import write_set\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))\n"
        "try:\n"
        "    write_set(sys.argv[1], [('a.pdf', b'a'), ('b.pdf', b'b' * 100_000)])\n"
        "except OSError as error:\n"
        "    print(error.filename)\n"
    )
    folder = tmp_path / "posters"
    result = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.strip() == str(folder / "b.pdf"), result
    assert list(folder.iterdir()) == []
