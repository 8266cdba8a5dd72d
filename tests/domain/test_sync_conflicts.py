"""The names sync engines give the conflict copies and temporary files they leave in a
team folder (issue 19, point 4): each engine's real pattern, localised Dropbox names, and
names that look close but are a person's own files."""

from __future__ import annotations

from pathlib import Path

import pytest

from okr_workshop.domain.sync_conflicts import (
    ConflictCopy,
    conflict_copy,
    is_engine_file,
    is_engine_temporary,
)
from okr_workshop.files import stage

# ---- Syncthing: name.sync-conflict-YYYYMMDD-HHMMSS-<short device ID>.ext ----------------


def test_syncthing_copy_names_the_device_and_the_time():
    copy = conflict_copy("Offsite 2027.sync-conflict-20261207-100203-MFZWI3D.okrw")
    assert copy == ConflictCopy(
        "syncthing", "Offsite 2027.okrw", "MFZWI3D", when="2026-12-07T10:02:03"
    )


def test_syncthing_copy_keeps_the_last_extension_only_as_syncthing_does():
    # Go's filepath.Ext: ".okrw" of "plan.v2.okrw"; a dot-file is all extension.
    assert conflict_copy("plan.v2.sync-conflict-20261207-100203-ABCDEF2.okrw").original == (
        "plan.v2.okrw"
    )
    assert conflict_copy(".sync-conflict-20261207-100203-ABCDEF2.okrw").original == ".okrw"
    assert conflict_copy("README.sync-conflict-20261207-100203-ABCDEF2").original == "README"


def test_syncthing_copy_before_device_ids_names_only_the_time():
    copy = conflict_copy("plan.sync-conflict-20150101-235959.okrw")
    assert copy is not None
    assert (copy.engine, copy.original) == ("syncthing", "plan.okrw")
    assert copy.device_or_date == "2015-01-01 23:59:59"


def test_syncthing_copy_from_an_unknown_device():
    # ShortID(0).String() is "": the name keeps the hyphen before an empty device.
    copy = conflict_copy("plan.sync-conflict-20261207-100203-.okrw")
    assert copy is not None
    assert (copy.original, copy.device_or_date) == ("plan.okrw", "2026-12-07 10:02:03")


def test_a_copy_of_a_copy_leads_back_to_the_first_original():
    name = "plan.sync-conflict-20261207-100203-AAAAAAA.sync-conflict-20261208-080000-BBBBBBB.okrw"
    copy = conflict_copy(name)
    assert copy is not None
    assert copy.original == "plan.okrw"
    assert copy.device_or_date == "BBBBBBB"  # the latest clash


# ---- Nextcloud / ownCloud ----------------------------------------------------------------


def test_nextcloud_copy_with_the_user_name():
    copy = conflict_copy("Séminaire Q1 (conflicted copy Claire Dupont 2026-12-07 100203).okrw")
    assert copy == ConflictCopy(
        "nextcloud", "Séminaire Q1.okrw", "Claire Dupont", when="2026-12-07T10:02:03"
    )


def test_nextcloud_copy_without_a_user_name_names_the_time():
    copy = conflict_copy("plan (conflicted copy 2026-12-07 100203).okrw")
    assert copy is not None
    assert (copy.engine, copy.original) == ("nextcloud", "plan.okrw")
    assert copy.device_or_date == "2026-12-07 10:02:03"


def test_nextcloud_copy_with_another_capitalisation():
    copy = conflict_copy("plan (Conflicted Copy claire@cloud.example 2026-12-07 100203).okrw")
    assert copy is not None
    assert (copy.engine, copy.original, copy.device_or_date) == (
        "nextcloud", "plan.okrw", "claire@cloud.example"
    )


def test_nextcloud_case_clash_copy():
    copy = conflict_copy("Plan (case clash from 2026-12-07 100203).okrw")
    assert copy is not None
    assert (copy.engine, copy.original) == ("nextcloud", "Plan.okrw")


def test_old_owncloud_copy():
    copy = conflict_copy("plan_conflict-20261207-100203.okrw")
    assert copy is not None
    assert (copy.engine, copy.original, copy.when) == (
        "nextcloud", "plan.okrw", "2026-12-07T10:02:03"
    )
    named = conflict_copy("plan_conflict_claire-dupont-20261207-100203.okrw")
    assert named is not None
    assert (named.original, named.device_or_date) == ("plan.okrw", "claire-dupont")


# ---- Dropbox, in English and localised ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "who"),
    [
        ("plan (Claire's conflicted copy 2026-12-07).okrw", "Claire"),
        ("plan (Claire’s conflicted copy 2026-12-07).okrw", "Claire"),  # typographic
        ("plan (Greg's MacBook Air's conflicted copy 2026-12-07).okrw", "Greg's MacBook Air"),
        ("plan (LAPTOP-12's conflicted copy 2026-12-07).okrw", "LAPTOP-12"),
        ("plan (Copie en conflit de Claire Dupont 2026-12-07).okrw", "Claire Dupont"),
        ("plan (copie en conflit de SEMLOG-GTH-0001 2026-12-07).okrw", "SEMLOG-GTH-0001"),
        ("plan (Claires in Konflikt stehende Kopie 2026-12-07).okrw", "Claire"),
        ("plan (In Konflikt stehende Kopie von Jochen 2026-12-07).okrw", "Jochen"),
        ("plan (Konfliktkopie von Jochen 2026-12-07).okrw", "Jochen"),
        ("plan (Copia en conflicto de D SM 2026-12-07).okrw", "D SM"),
        ("plan (Copia conflictiva de Ana 2026-12-07).okrw", "Ana"),
        ("plan (Copia in conflitto di MBP-di-Marco.fritz.box 2026-12-07).okrw",
         "MBP-di-Marco.fritz.box"),
        ("plan (Cópia em conflito de João 2026-12-07).okrw", "João"),
    ],
)
def test_dropbox_copy_in_each_language(name, who):
    copy = conflict_copy(name)
    assert copy == ConflictCopy("dropbox", "plan.okrw", who, when="2026-12-07")


def test_dropbox_numbered_copies():
    inside = conflict_copy("plan (Claire's conflicted copy 2026-12-07 (1)).okrw")
    outside = conflict_copy("plan (Claire's conflicted copy 2026-12-07) (2).okrw")
    for copy in (inside, outside):
        assert copy is not None
        assert (copy.engine, copy.original, copy.device_or_date) == (
            "dropbox", "plan.okrw", "Claire"
        )


def test_dropbox_copy_of_a_name_with_its_own_brackets():
    copy = conflict_copy("Offsite (draft) (Claire's conflicted copy 2026-12-07).okrw")
    assert copy is not None
    assert copy.original == "Offsite (draft).okrw"
    twice = conflict_copy(
        "plan (Ana's conflicted copy 2026-12-07) (Claire's conflicted copy 2026-12-08).okrw")
    assert twice == ConflictCopy("dropbox", "plan.okrw", "Claire", when="2026-12-08")


def test_dropbox_copy_without_a_name():
    copy = conflict_copy("plan (Conflicted Copy 2026-12-07).okrw")
    assert copy is not None
    assert (copy.engine, copy.original, copy.device_or_date) == (
        "dropbox", "plan.okrw", "2026-12-07"
    )


def test_dropbox_case_and_encoding_conflicts():
    for name in ("Plan (Case Conflict).okrw", "Plan (Case Conflict (1)).okrw",
                 "Plan (Unicode Encoding Conflict).okrw",
                 "Plan (Conflicto de mayúsculas y minúsculas).okrw"):
        copy = conflict_copy(name)
        assert copy is not None, name
        assert (copy.engine, copy.original) == ("dropbox", "Plan.okrw")


def test_a_name_written_in_decomposed_unicode_is_recognised():
    # macOS hands names over decomposed: "ó" as "o" + combining acute.
    copy = conflict_copy("plan (Co\u0301pia em conflito de Joa\u0303o 2026-12-07).okrw")
    assert copy is not None
    assert (copy.engine, copy.device_or_date) == ("dropbox", "João")


# ---- OneDrive: name-COMPUTER.ext, only beside name.ext -----------------------------------


def test_onedrive_copy_is_recognised_beside_its_original():
    siblings = {"plan.okrw", "plan-LAPTOP-12.okrw"}
    copy = conflict_copy("plan-LAPTOP-12.okrw", siblings)
    assert copy == ConflictCopy("onedrive", "plan.okrw", "LAPTOP-12")


def test_onedrive_copy_alone_is_just_a_name():
    assert conflict_copy("plan-LAPTOP-12.okrw") is None
    assert conflict_copy("plan-LAPTOP-12.okrw", {"plan-LAPTOP-12.okrw", "other.okrw"}) is None


def test_onedrive_copy_of_a_hyphenated_name():
    siblings = {"offsite-2027.okrw"}
    copy = conflict_copy("offsite-2027-DESKTOP-7QK2M1B.okrw", siblings)
    assert copy is not None
    assert (copy.original, copy.device_or_date) == ("offsite-2027.okrw", "DESKTOP-7QK2M1B")


def test_a_year_or_a_counter_is_no_computer_name():
    # "offsite-2027.okrw" beside "offsite.okrw" is two workshops, not a copy from "2027".
    assert conflict_copy("offsite-2027.okrw", {"offsite.okrw"}) is None
    assert conflict_copy("offsite-2.okrw", {"offsite.okrw"}) is None


def test_the_linux_onedrive_client_safe_backup():
    # abraunegg/onedrive keeps the local version as name-<host>-safeBackup-NNNN.ext.
    copy = conflict_copy("plan-claire-laptop-safeBackup-0001.okrw")
    assert copy == ConflictCopy("onedrive", "plan.okrw", "claire-laptop")
    # A hyphenated name: the original beside the copy says where the host name starts.
    beside = conflict_copy("offsite-2027-claire-laptop-safeBackup-0002.okrw",
                           {"offsite-2027.okrw"})
    assert beside == ConflictCopy("onedrive", "offsite-2027.okrw", "claire-laptop")


# ---- Names that look close but are no conflict copy --------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "plan.okrw",
        "",
        "Offsite (draft).okrw",
        "conflicted copy.okrw",
        "plan (conflicted copy).okrw",  # no date
        "plan (Claire's copy 2026-12-07).okrw",  # no "conflicted"
        "plan (conflicted copy 2026-13-45 100203).okrw",  # no such date
        "plan (conflicted copy 2026-12-07 250000).okrw",  # no such time
        "plan.sync-conflict-2026120-100203-ABCDEFG.okrw",  # a digit short
        "plan.sync-conflict-20261207.okrw",  # no time
        "plan.sync-conflicts-20261207-100203-ABCDEFG.okrw",
        "plan-sync-conflict-20261207-100203-ABCDEFG.okrw",  # no dot before
        "plan.sync-conflict-20261207-100203-abcdefg.okrw",  # device IDs are upper case
        "plan_conflict.okrw",
        "Konfliktkopie.okrw",
        "plan (Copie en conflit).okrw",
        "plan (1).okrw",
        "plan-safeBackup.okrw",
    ],
)
def test_names_that_look_close_are_no_conflict_copy(name):
    assert conflict_copy(name) is None


def test_a_temporary_file_is_no_conflict_copy_yet():
    # Syncthing still writing the conflict copy: only the temporary exists.
    assert conflict_copy(".syncthing.plan.sync-conflict-20261207-100203-ABCDEFG.okrw.tmp") is None


def test_a_path_is_read_by_its_last_part():
    copy = conflict_copy("team/plan (conflicted copy 2026-12-07 100203).okrw")
    assert copy is not None
    assert copy.original == "plan.okrw"


# ---- Temporary files ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        ".syncthing.plan.okrw.tmp",  # Syncthing on Unix
        "~syncthing~plan.okrw.tmp",  # Syncthing on Windows
        ".syncthing.3f1c0e7d2a9b.tmp",  # Syncthing, a long name hashed
        ".plan.okrw.~1a2b3c4d",  # Nextcloud / ownCloud download
        "plan.okrw.~123",
        ".~lock.plan.okrw#",
        "plan.okrw.part",  # WebDAV upload
        "plan.okrw.ocTransferId1234567890.part",
        "plan.okrw.filepart",
        ".dropbox.cache",  # Dropbox
        ".dropbox",
        "~$plan.okrw",  # OneDrive / Office owner file
        "plan.okrw.tmp",
        "plan.okrw.partial",  # the Linux OneDrive client
        ".okr-set-0123456789ab.tmp",  # our own write_set
    ],
)
def test_engine_temporaries(name):
    assert is_engine_temporary(name)


def test_our_own_atomic_write_temporary_is_recognised(tmp_path: Path):
    staged = stage(tmp_path / "Séminaire 2027.okrw", b"{}")
    try:
        assert is_engine_temporary(staged.name)
    finally:
        staged.unlink()


@pytest.mark.parametrize(
    "name",
    ["plan.okrw", "Offsite ~ 2027.okrw", "plan.okrw.bak", "plan.partial.okrw", "tmp.okrw",
     "syncthing.okrw", "dropbox.okrw", "plan (Claire's conflicted copy 2026-12-07).okrw"],
)
def test_ordinary_names_are_not_temporary(name):
    assert not is_engine_temporary(name)


@pytest.mark.parametrize(
    "name",
    [".stfolder", ".stignore", ".stversions", ".sync_2f0a1b3c4d5e.db", ".sync_2f0a1b3c4d5e.db-wal",
     "._sync_2f0a1b3c4d5e.db", ".csync_journal.db", ".owncloudsync.log", ".nextcloudsync.log",
     ".dropbox.attr", "desktop.ini", ".syncthing.plan.okrw.tmp"],
)
def test_engine_bookkeeping_files(name):
    assert is_engine_file(name)


def test_a_team_file_is_no_engine_file():
    assert not is_engine_file("plan.okrw")
    assert not is_engine_file("plan (conflicted copy 2026-12-07 100203).okrw")
