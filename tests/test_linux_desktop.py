"""Issue 17, points 6 and 7 on Linux: the desktop entry, AppStream metadata and MIME type of
packaging/linux/, and install.sh putting them (and the icons) into a user's data folder so
a double-click on a .okrw file starts the bundle with it."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import build_spec
from okr_workshop import APP_ID, APP_NAME, EXCHANGE_MIME_TYPE, EXCHANGE_SUFFIX, __version__
from okr_workshop.storage.exchange_format import FORMAT_NAME

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
INSTALL = LINUX / "install.sh"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMI = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# The Debian package of each tool (CI installs them: packaging/README.md).
PACKAGES = {
    "desktop-file-validate": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
    "xdg-mime": "xdg-utils",
    "mimetype": "libfile-mimeinfo-perl",
    "gio": "libglib2.0-bin",
}


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package {PACKAGES[name]})")
    return found


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, Name[fr]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _filled_metainfo(tmp_path: Path) -> Path:
    """The template as the build fills it, written into tmp_path."""
    text = METAINFO.read_text(encoding="utf-8")
    filled = tmp_path / METAINFO.name
    filled.write_text(
        text.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-12-07"), encoding="utf-8"
    )
    return filled


# --- The files say what the package says -----------------------------------------------


def test_the_desktop_entry_names_the_app_its_icon_and_its_file_type():
    entry = _entry(DESKTOP)
    assert entry["Name"] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].split(";") == [EXCHANGE_MIME_TYPE, ""]
    assert entry["Categories"] == "Office;ProjectManagement;"
    assert entry["Exec"].endswith(" %f")  # the file double-clicked, as the lone argument
    # Qt's WM_CLASS on X11 is the application name run_gui sets: the dock groups the window
    # under this entry (Wayland uses the desktop file name, tests/ui/test_app_icon.py).
    assert entry["StartupWMClass"] == APP_NAME
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[f"{key}[fr]"] and entry[f"{key}[fr]"] != entry[key]


def test_the_metainfo_template_describes_this_application():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert [m.text for m in root.iter("mediatype")] == [EXCHANGE_MIME_TYPE]
    assert {s.get(XML_LANG) for s in root.findall("summary")} == {None, "fr"}
    paragraphs = root.find("description").findall("p")
    assert sum(p.get(XML_LANG) == "fr" for p in paragraphs) == sum(
        p.get(XML_LANG) is None for p in paragraphs
    )
    (release,) = root.iter("release")
    assert (release.get("version"), release.get("date")) == ("@VERSION@", "@DATE@")


def test_the_french_texts_follow_french_typography():
    root = ET.parse(METAINFO).getroot()
    texts = [e.text for e in root.iter() if e.get(XML_LANG) == "fr"]
    texts += [c.text for c in ET.parse(MIME).getroot().iter() if c.get(XML_LANG) == "fr"]
    entry = _entry(DESKTOP)
    texts += [value for key, value in entry.items() if key.endswith("[fr]")]
    assert len(texts) >= 8
    for text in texts:
        assert not re.search(r"[ \t\n][:;!?»]|«[ \t\n]", text), text
        assert "'" not in text, text


def test_the_mime_type_is_the_exchange_files():
    (mime_type,) = ET.parse(MIME).getroot()
    assert mime_type.get("type") == EXCHANGE_MIME_TYPE
    assert [g.get("pattern") for g in mime_type.iter(f"{SMI}glob")] == [f"*{EXCHANGE_SUFFIX}"]
    assert mime_type.find(f"{SMI}sub-class-of").get("type") == "application/json"
    assert {c.get(XML_LANG) for c in mime_type.findall(f"{SMI}comment")} == {None, "fr"}
    (match,) = mime_type.iter(f"{SMI}match")
    assert FORMAT_NAME in match.get("value")


def test_install_sh_spells_the_names_as_the_package_does():
    text = INSTALL.read_text(encoding="utf-8")
    assert f"APP_ID={APP_ID}\n" in text
    assert f'APP_NAME="{APP_NAME}"\n' in text
    assert f"MIME_TYPE={EXCHANGE_MIME_TYPE}\n" in text
    assert f'ICON_SIZES="{" ".join(map(str, ICON_SIZES))}"\n' in text
    assert os.access(INSTALL, os.X_OK)


# --- The freedesktop validators --------------------------------------------------------


def test_the_desktop_entry_is_valid():
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_filled_metainfo_is_valid(tmp_path):
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(_filled_metainfo(tmp_path))],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout


# --- install.sh into a private desktop -------------------------------------------------


def _desktop_env(tmp_path: Path) -> dict[str, str]:
    """A user whose desktop is all under tmp_path, and no desktop environment detected
    (xdg-mime answers from the freedesktop databases, not from GNOME's or KDE's tools)."""
    home = tmp_path / "home"
    data = home / ".local" / "share"
    data.mkdir(parents=True)
    return {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(data),
        "XDG_DATA_DIRS": str(data),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "LANG": "C.UTF-8",
    }


def _bundle(tmp_path: Path) -> tuple[Path, Path]:
    """A Linux bundle's folder as build_spec.py lays it out (its own add_desktop_files), with
    a stand-in program that writes its arguments into "opened" beside itself:
    (the program, the bundle's install.sh)."""
    folder = tmp_path / "dist" / APP_NAME
    executable = folder / build_spec.executable_name("Linux")
    folder.mkdir(parents=True)
    executable.write_text(
        '#!/bin/sh\nhere=$(dirname "$0")\n'
        'printf "%s\\n" "$@" > "$here/opened.tmp" && mv "$here/opened.tmp" "$here/opened"\n',
        encoding="utf-8",
    )
    executable.chmod(0o755)
    build_spec.add_desktop_files(folder)
    (install,) = folder.rglob("install.sh")
    return executable, install


def _installed(data: Path) -> list[Path]:
    files = [
        data / "applications" / f"{APP_ID}.desktop",
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        data / "mime" / "packages" / f"{APP_ID}.xml",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]
    return files + [
        data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        for size in ICON_SIZES
    ]


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's layout")
def test_install_sh_registers_the_bundle_for_okrw_files_and_uninstall_removes_it(tmp_path):
    xdg_mime = _tool("xdg-mime")
    _tool("update-mime-database")
    _tool("update-desktop-database")
    # Without it xdg-mime falls back to file(1), which knows no shared-mime-info type.
    _tool("mimetype")
    env = _desktop_env(tmp_path)
    data = Path(env["XDG_DATA_HOME"])
    executable, install = _bundle(tmp_path)
    sent = tmp_path / "from a colleague.okrw"
    sent.write_text('{\n  "format": "okr-workshop",\n  "version": 1\n}\n', encoding="utf-8")

    done = _run([str(install)], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert not done.stderr
    assert all(path.is_file() for path in _installed(data))
    filetype = _run([xdg_mime, "query", "filetype", str(sent)], env, tmp_path)
    assert filetype.stdout.strip() == EXCHANGE_MIME_TYPE
    default = _run([xdg_mime, "query", "default", EXCHANGE_MIME_TYPE], env, tmp_path)
    assert default.stdout.strip() == f"{APP_ID}.desktop"
    # Exec points at the bundle's executable, quoted (its folder's name has a space).
    entry = _entry(data / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{executable}" %f'
    assert entry["TryExec"] == str(executable)
    metainfo = (data / "metainfo" / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    assert f'<release version="{__version__}" date="' in metainfo  # filled by the build
    png = data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    assert png.read_bytes() == (ICONS / "okr-workshop-48.png").read_bytes()

    done = _run([str(install), "--uninstall"], env, tmp_path)
    assert done.returncode == 0, done.stderr
    assert not any(path.exists() for path in _installed(data))
    filetype = _run([xdg_mime, "query", "filetype", str(sent)], env, tmp_path)
    assert filetype.stdout.strip() != EXCHANGE_MIME_TYPE
    default = _run([xdg_mime, "query", "default", EXCHANGE_MIME_TYPE], env, tmp_path)
    assert default.stdout.strip() == ""


def test_the_installed_entry_starts_the_executable_with_the_file(tmp_path):
    """A path the desktop entry must quote and escape ($, ", `, spaces) still starts.
    (A '%' is written '%%' as the specification says, but GLib looks for the executable
    without undoing it: such a folder works on KDE, not on GNOME; not tested.)"""
    gio = _tool("gio")
    _tool("desktop-file-validate")
    env = _desktop_env(tmp_path)
    data = Path(env["XDG_DATA_HOME"])
    strange = tmp_path / 'Coach $HOME "a`b`" \\n'
    strange.mkdir()
    executable, _install = _bundle(strange)
    done = _run([str(INSTALL), "--exec", str(executable)], env, tmp_path)
    assert done.returncode == 0, done.stderr
    desktop = data / "applications" / f"{APP_ID}.desktop"
    valid = _run(["desktop-file-validate", str(desktop)], env, tmp_path)
    assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout
    # From the checkout (a pip install): its icons, and no release to give in the metainfo.
    assert all(path.is_file() for path in _installed(data))
    metainfo = (data / "metainfo" / f"{APP_ID}.metainfo.xml").read_text("utf-8")
    assert "@VERSION@" not in metainfo and "<releases>" not in metainfo

    sent = tmp_path / "Équipe été.okrw"
    sent.write_text("{}", encoding="utf-8")
    launched = _run([gio, "launch", str(desktop), str(sent)], env, tmp_path)
    assert launched.returncode == 0, launched.stderr
    opened = executable.parent / "opened"
    deadline = time.monotonic() + 60  # gio starts it in the background
    while not opened.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert opened.read_text(encoding="utf-8").splitlines() == [str(sent)]


def test_install_sh_without_an_executable_installs_nothing(tmp_path):
    env = _desktop_env(tmp_path)
    done = _run([str(INSTALL)], env, tmp_path)  # the checkout: no "OKR Workshop" beside it
    assert done.returncode == 2
    assert "--exec" in done.stderr
    assert not any(path.exists() for path in _installed(Path(env["XDG_DATA_HOME"])))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's layout")
def test_the_undo_command_install_sh_prints_can_be_pasted(tmp_path):
    """Run from another folder, with a quote and a space in the bundle's path."""
    env = _desktop_env(tmp_path)
    data = Path(env["XDG_DATA_HOME"])
    odd = tmp_path / "Claire's apps"
    odd.mkdir()
    _executable, install = _bundle(odd)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    relative = os.path.relpath(install, elsewhere)
    done = _run(["sh", relative], env, elsewhere)
    assert done.returncode == 0, done.stderr
    undo = done.stdout.strip().splitlines()[-1].removeprefix("Undo with: ")
    assert str(odd) in undo.replace("'\\''", "'")
    pasted = _run(["sh", "-c", undo], env, tmp_path)  # pasted in a shell, from anywhere
    assert pasted.returncode == 0, pasted.stderr
    assert not any(path.exists() for path in _installed(data))
