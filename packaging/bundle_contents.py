"""What goes into the standalone application, and the checks on what came out: the Qt
plugins, libraries and translations kept or pruned, the Windows version resource, the macOS
Info.plist, the size budget. Pure functions, read by build_spec.py and tested without
PyInstaller (tests/test_build_spec.py)."""

from __future__ import annotations

import os
import platform
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from okr_workshop import (
    APP_ID,
    APP_NAME,
    DISTRIBUTION_NAME,
    EXCHANGE_MIME_TYPE,
    EXCHANGE_SUFFIX,
    ORGANISATION_NAME,
    __version__,
)

# More than this over the recorded size fails the build: growth is decided, not drifted into.
GROWTH_ALLOWED = 0.10
# The languages we ship besides English (Qt's own texts are kept for these only).
LANGUAGES = ("fr",)

# What a widgets application never uses. PyInstaller collects every plugin of a type with
# the libraries they link to; these are filtered out of what it collected, and the build
# fails if one is still found in the output (a newer PySide6 or hook may bring it back).
PRUNED_LIBRARIES = re.compile(
    r"Qt6?(Quick|Qml|Network|VirtualKeyboard|WebEngine|WebChannel|WebSockets|Pdf|Multimedia"
    r"|3D|Charts|Graphs|DataVisualization|Positioning|Location|Sensors|SerialPort|Bluetooth"
    r"|Nfc|RemoteObjects|Scxml|StateMachine|Designer|Help|Sql|Test|ShaderTools|Labs)",
    re.IGNORECASE,
)
# Qt plugins kept, by plugin folder; a folder not named here is dropped whole.
KEPT_PLUGINS = {
    # xcb and wayland for desktops, offscreen for the smoke test, cocoa and windows elsewhere.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qcocoa", "qwindows", "qdirect2d"},
    # Native file dialogs through the desktop portal. Not gtk3: it drags GTK, GDK, cairo and
    # pango from the build machine (~25 MB), whose versions then clash with the desktop's.
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    "wayland-graphics-integration-client": {"qt-plugin-wayland-egl", "shm-emulation-server",
                                            "dmabuf-server", "drm-egl-server"},
    "wayland-shell-integration": {"xdg-shell", "wl-shell-plugin"},
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg", "qico", "qjpeg", "qgif", "qicns"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
}
_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?([^/.]+)[^/]*$")
_TRANSLATION = re.compile(r"(?:^|/)translations/([a-z]+)_([a-zA-Z_]+)\.qm$")


def plugin_kept(dest: str) -> bool:
    """Whether a collected file that is a Qt plugin stays; anything else stays too."""
    found = _PLUGIN.search(dest.replace("\\", "/"))
    if found is None or "PySide6" not in dest:
        return True
    folder, name = found.groups()
    return name in KEPT_PLUGINS.get(folder, set())


def translation_kept(dest: str) -> bool:
    """Qt's own .qm files: only the languages we ship (qtbase_fr.qm, qt_fr.qm)."""
    found = _TRANSLATION.search(dest.replace("\\", "/"))
    if found is None or "PySide6" not in dest:
        return True
    return found.group(2).split("_")[0] in LANGUAGES


def is_pruned_library(name: str) -> bool:
    return PRUNED_LIBRARIES.search(Path(name).name) is not None


def prune(entries: Iterable[tuple[str, str, str]],
          imports_of: Callable[[str], Iterable[str]]) -> tuple[list, list]:
    """(kept, removed) among PyInstaller's (dest, source, typecode) entries.

    A plugin we do not keep goes, with every library it alone needed: a library is removed
    only when a removed entry links to it and no kept one does (``imports_of`` gives the
    full paths a binary links to). Libraries loaded at run time without being linked to
    (pdfium through ctypes, libpython by the bootloader) are never candidates.
    """
    entries = list(entries)
    removed = [e for e in entries
               if not plugin_kept(e[0]) or not translation_kept(e[0]) or is_pruned_library(e[0])]
    kept = [e for e in entries if e not in removed]
    by_source = {os.path.realpath(e[1]): e for e in entries if e[1]}

    def closure(roots: list) -> set[str]:
        seen: set[str] = set()
        todo = [os.path.realpath(e[1]) for e in roots if e[2] in ("BINARY", "EXTENSION")]
        while todo:
            source = todo.pop()
            if source in seen:
                continue
            seen.add(source)
            todo.extend(os.path.realpath(p) for p in imports_of(source) if p)
        return seen

    # Candidates: what the removed entries link to. Needed: what the other kept entries
    # link to (the linkers report the whole chain, and the closure follows it too).
    candidates = {by_source[s] for s in closure(removed) if s in by_source} - set(removed)
    needed = closure([e for e in kept if e not in candidates])
    extra = [e for e in kept if e in candidates and os.path.realpath(e[1]) not in needed]
    gone = {e[0].replace("\\", "/") for e in removed + extra}
    # PyInstaller links a library it moved into a subfolder back from the top (SYMLINK:
    # the source is the target, relative to the link's folder): a link to a removed library
    # goes too, or the bundle ships a dangling link that copying the folder trips over.
    dangling = [e for e in kept if e[2] == "SYMLINK" and e not in extra
                and _link_target(e) in gone]
    extra += dangling
    return [e for e in kept if e not in extra], removed + extra


def _link_target(entry: tuple[str, str, str]) -> str:
    dest, target = entry[0].replace("\\", "/"), entry[1].replace("\\", "/")
    return os.path.normpath(os.path.join(os.path.dirname(dest), target)).replace("\\", "/")


def windows_version_file() -> str:
    """The Windows version resource (company, product, version), in PyInstaller's format."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", __version__)[:4])
    numbers = numbers + (0,) * (4 - len(numbers))
    strings = {
        "CompanyName": ORGANISATION_NAME,
        "FileDescription": APP_NAME,
        "FileVersion": __version__,
        "InternalName": DISTRIBUTION_NAME,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": __version__,
        "LegalCopyright": f"© {ORGANISATION_NAME}, MIT License",
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def info_plist() -> dict:
    """macOS Info.plist keys beyond PyInstaller's own: version, high resolution, languages,
    and the exchange file type, so a double-click on a .okrw file opens the application."""
    extension = EXCHANGE_SUFFIX.lstrip(".")
    type_id = f"{APP_ID}.workshop"
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": __version__,
        "CFBundleVersion": __version__,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", *LANGUAGES],
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "LSMinimumSystemVersion": "12.0",
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": type_id,
            "UTTypeDescription": f"{APP_NAME} workshop",
            "UTTypeConformsTo": ["public.json", "public.data"],
            "UTTypeIconFile": "okr-workshop.icns",
            "UTTypeTagSpecification": {"public.filename-extension": [extension],
                                       "public.mime-type": [EXCHANGE_MIME_TYPE]},
        }],
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": f"{APP_NAME} workshop",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [type_id],
            "CFBundleTypeIconFile": "okr-workshop.icns",
        }],
    }


def executable_name(system: str | None = None) -> str:
    """What a person sees in the task manager: the application's name on Windows and macOS,
    the command's name on Linux (no space in a .desktop Exec line or a terminal)."""
    return DISTRIBUTION_NAME if (system or platform.system()) == "Linux" else APP_NAME


def platform_key() -> str:
    return f"{platform.system().lower()}-{platform.machine().lower()}"


def folder_size(folder: Path) -> int:
    """Bytes on disk as a download would count them: every file once, symlinks not followed."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def size_problem(size: int, record: dict) -> str:
    """Why ``size`` breaks the recorded budget for this platform; empty when it does not."""
    if not record:
        return ""
    if size > record["budget"]:
        return (f"the bundle is {mb(size)}, over its budget of {mb(record['budget'])} "
                "(packaging/bundle-size.json)")
    limit = record["bytes"] * (1 + GROWTH_ALLOWED)
    if size > limit:
        return (f"the bundle grew from {mb(record['bytes'])} to {mb(size)}, more than "
                f"{GROWTH_ALLOWED:.0%}; if that is wanted, rebuild with --record-size")
    return ""


def pruned_left(folder: Path) -> list[str]:
    """Files of the output that pruning should have removed, and links left to nothing."""
    left = []
    for path in folder.rglob("*"):
        dest = path.relative_to(folder).as_posix()
        if path.is_file() and (is_pruned_library(dest) or not plugin_kept(dest)
                               or not translation_kept(dest)):
            left.append(dest)
        elif path.is_symlink() and not path.exists():
            left.append(f"{dest} (a link to nothing)")
    return sorted(left)


def own_modules(stage: Path) -> list[str]:
    """Dotted names of every module of the staged package."""
    names = []
    for path in sorted((stage / "okr_workshop").rglob("*.py")):
        parts = path.relative_to(stage).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
