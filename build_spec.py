"""Builds OKR Workshop as a standalone application, for coaches who do not install Python.

    python build_spec.py                # → dist/OKR Workshop/ (and OKR Workshop.app on macOS)
    python build_spec.py --smoke-test   # … then starts the bundle's own smoke test
    python build_spec.py --record-size  # accept the bundle's size as the new reference

A one-folder PyInstaller bundle, windowed (no console), without UPX, with the resources
(fonts, translations, samples, schema, icons) and Qt's own French translations inside.
PyInstaller only reads ``*.spec`` files as specs: this driver writes a two-line spec that
calls :func:`define_bundle` back with PyInstaller's classes, so every decision lives here,
readable and tested (tests/test_build_spec.py) without PyInstaller installed.

Only Linux is built and tested by CI; the Windows and macOS parts follow PyInstaller's
documentation (README.md, "Standalone app", says what was tested where).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the name and version come from the package itself

from okr_workshop import (  # noqa: E402
    APP_ID,
    APP_NAME,
    DISTRIBUTION_NAME,
    EXCHANGE_MIME_TYPE,
    EXCHANGE_SUFFIX,
    ORGANISATION_NAME,
    __version__,
)

PACKAGING = ROOT / "packaging"
SIZE_RECORD = PACKAGING / "bundle-size.json"
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


# --- What goes into the bundle (pure functions, tested without PyInstaller) ---------------


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
    return [e for e in kept if e not in extra], removed + extra


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
        return (f"the bundle is {_mb(size)}, over its budget of {_mb(record['budget'])} "
                f"({SIZE_RECORD.name})")
    limit = record["bytes"] * (1 + GROWTH_ALLOWED)
    if size > limit:
        return (f"the bundle grew from {_mb(record['bytes'])} to {_mb(size)}, more than "
                f"{GROWTH_ALLOWED:.0%}; if that is wanted, rebuild with --record-size")
    return ""


def pruned_left(folder: Path) -> list[str]:
    """Files of the output that pruning should have removed."""
    left = []
    for path in folder.rglob("*"):
        dest = path.relative_to(folder).as_posix()
        if path.is_file() and (is_pruned_library(dest) or not plugin_kept(dest)
                               or not translation_kept(dest)):
            left.append(dest)
    return sorted(left)


def own_modules(stage: Path) -> list[str]:
    """Dotted names of every module of the staged package."""
    names = []
    for path in sorted((stage / "okr_workshop").rglob("*.py")):
        parts = path.relative_to(stage).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


# --- The spec: PyInstaller runs this through the generated .spec file ---------------------


def define_bundle(namespace: dict, stage: Path, icons: dict[str, Path | None]) -> None:
    """What a .spec file does, with PyInstaller's classes from ``namespace``."""
    from PyInstaller.depend.bindepend import get_imports
    from PyInstaller.utils.hooks import collect_data_files

    Analysis, PYZ, EXE, COLLECT = (namespace[n] for n in ("Analysis", "PYZ", "EXE", "COLLECT"))
    system = platform.system()
    resources = stage / "okr_workshop" / "resources"
    datas = [(str(p), str(p.parent.relative_to(stage))) for p in sorted(resources.rglob("*"))
             if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    # Packages that read files beside their code and have no PyInstaller hook for them
    # (python-pptx's slide, notes and theme templates).
    datas += collect_data_files("pptx")
    analysis = Analysis(
        [str(stage / "launch.py")],
        pathex=[str(stage)],
        datas=datas,
        # Every module of ours: pages, scenes, message catalogues and export words are
        # imported by name at run time (importlib), which the import analysis cannot see.
        hiddenimports=own_modules(stage),
        excludes=[
            # Imported by PySide6's package as a name only; the application opens no sockets.
            "PySide6.QtNetwork",
            # Pillow's AVIF codec (5 MB of libavif) and lxml's objectify: reportlab reads
            # PNG and JPEG, python-pptx uses lxml.etree only.
            "PIL._avif", "PIL.AvifImagePlugin", "lxml.objectify",
            "tkinter", "unittest", "pydoc", "pytest",
        ],
        noarchive=False,
        # python-pptx finds its templates as oxml/../templates: its folders must exist.
        module_collection_mode={"pptx": "pyz+py"},
    )

    def imports_of(source: str) -> list[str]:
        try:
            return [path for _, path in get_imports(source) if path]
        except Exception:  # noqa: BLE001 — a file ldd cannot read links to nothing we know
            return []

    analysis.binaries, removed_binaries = prune(analysis.binaries, imports_of)
    analysis.datas, removed_datas = prune(analysis.datas, lambda _: ())
    print(f"build_spec: pruned {len(removed_binaries)} libraries and plugins, "
          f"{len(removed_datas)} data files", flush=True)

    signing = os.environ.get("OKRW_CODESIGN_IDENTITY") if system == "Darwin" else None
    pyz = PYZ(analysis.pure)
    exe = EXE(
        pyz,
        analysis.scripts,
        exclude_binaries=True,
        name=executable_name(system),
        console=False,
        upx=False,
        # Unneeded symbols out of the Linux libraries (Python's alone is 23 MB unstripped);
        # on macOS stripping would break the signatures, Windows binaries have none to strip.
        strip=system == "Linux",
        icon=str(icons["ico" if system == "Windows" else "icns"] or "") or None,
        version=str(stage / "version.txt") if system == "Windows" else None,
        codesign_identity=signing,
        entitlements_file=str(PACKAGING / "macos" / "entitlements.plist") if signing else None,
    )
    collect = COLLECT(exe, analysis.binaries, analysis.datas, strip=system == "Linux",
                      upx=False, name=APP_NAME)
    if system == "Darwin":
        namespace["BUNDLE"](
            collect,
            name=f"{APP_NAME}.app",
            icon=str(icons["icns"]) if icons["icns"] else None,
            bundle_identifier=APP_ID,
            version=__version__,
            info_plist=info_plist(),
        )


_SPEC = """# Written by build_spec.py at each build: edit build_spec.py, not this file.
import sys
sys.path.insert(0, {root!r})
import build_spec
build_spec.define_bundle(globals(), build_spec.Path({stage!r}), {icons!r})
"""


def stage_sources(stage: Path) -> None:
    """The package as an installed copy lays it out: resources/ inside okr_workshop/, so the
    bundle finds them with importlib.resources as a pip install does."""
    if stage.exists():
        shutil.rmtree(stage)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "okr_workshop", stage / "okr_workshop", ignore=ignore)
    shutil.copytree(ROOT / "resources", stage / "okr_workshop" / "resources", ignore=ignore)
    (stage / "launch.py").write_text(
        "from okr_workshop.cli import main\n\nraise SystemExit(main())\n", encoding="utf-8")
    (stage / "version.txt").write_text(windows_version_file(), encoding="utf-8")


def icon_files() -> dict[str, Path | None]:
    found = {"ico": PACKAGING / "windows" / "okr-workshop.ico",
             "icns": PACKAGING / "macos" / "okr-workshop.icns"}
    return {kind: (path if path.is_file() else None) for kind, path in found.items()}


def bundle_folder(dist: Path) -> Path:
    return dist / APP_NAME


def add_desktop_files(bundle: Path) -> None:
    """The Linux desktop entry, AppStream metadata, MIME type and icons, beside the program,
    with the script that installs them for the person (packaging/linux/install.sh)."""
    linux = PACKAGING / "linux"
    if platform.system() != "Linux" or not linux.is_dir():
        return
    target = bundle / "share"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(linux, target)
    icons = ROOT / "resources" / "icons"
    if icons.is_dir():
        shutil.copytree(icons, target / "icons", dirs_exist_ok=True)
    metainfo = next(target.glob("*.metainfo.xml"), None)
    if metainfo is not None:
        text = metainfo.read_text(encoding="utf-8")
        text = text.replace("@VERSION@", __version__).replace("@DATE@", time.strftime("%Y-%m-%d"))
        metainfo.write_text(text, encoding="utf-8")
    install = target / "install.sh"
    if install.exists():
        install.chmod(0o755)


def sign_windows(bundle: Path) -> str:
    """Authenticode with signtool when a certificate is given; what was done, in a line."""
    certificate = os.environ.get("OKRW_SIGN_CERTIFICATE")
    if platform.system() != "Windows" or not certificate:
        return "Windows signing skipped (OKRW_SIGN_CERTIFICATE not set)"
    command = ["signtool", "sign", "/f", certificate, "/fd", "SHA256",
               "/tr", os.environ.get("OKRW_SIGN_TIMESTAMP_URL", "http://timestamp.digicert.com"),
               "/td", "SHA256"]
    if os.environ.get("OKRW_SIGN_PASSWORD"):
        command += ["/p", os.environ["OKRW_SIGN_PASSWORD"]]
    subprocess.run([*command, str(bundle / f"{APP_NAME}.exe")], check=True)
    return "signed with signtool"


def notarise_macos(dist: Path) -> str:
    """Notarisation with notarytool when a keychain profile is given (signing itself is done
    by PyInstaller with OKRW_CODESIGN_IDENTITY)."""
    profile = os.environ.get("OKRW_NOTARY_PROFILE")
    if platform.system() != "Darwin" or not profile:
        return "macOS notarisation skipped (OKRW_NOTARY_PROFILE not set)"
    app = dist / f"{APP_NAME}.app"
    archive = dist / f"{APP_NAME}.zip"
    subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(archive)], check=True)
    subprocess.run(["xcrun", "notarytool", "submit", str(archive), "--keychain-profile",
                    profile, "--wait"], check=True)
    subprocess.run(["xcrun", "stapler", "staple", str(app)], check=True)
    return "notarised and stapled"


def read_record() -> dict:
    if not SIZE_RECORD.exists():
        return {}
    return json.loads(SIZE_RECORD.read_text(encoding="utf-8")).get(platform_key(), {})


def write_record(size: int) -> None:
    records = json.loads(SIZE_RECORD.read_text(encoding="utf-8")) if SIZE_RECORD.exists() else {}
    old = records.get(platform_key(), {})
    # The budget, set once from the first pruned build, moves only by hand in the file.
    budget = old.get("budget") or int(size * 1.15 // 1_000_000 + 1) * 1_000_000
    records[platform_key()] = {"bytes": size, "budget": budget}
    SIZE_RECORD.write_text(json.dumps(records, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def build(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    stage = work / "stage"
    stage_sources(stage)
    spec = work / f"{DISTRIBUTION_NAME}.spec"
    icons = {kind: (str(path) if path else None) for kind, path in icon_files().items()}
    spec.write_text(_SPEC.format(root=str(ROOT), stage=str(stage), icons=icons),
                    encoding="utf-8")
    PyInstaller.__main__.run([str(spec), "--noconfirm", "--clean", "--log-level", "WARN",
                              "--distpath", str(dist), "--workpath", str(work / "pyinstaller")])
    bundle = bundle_folder(dist)
    add_desktop_files(bundle)
    return bundle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's working folder (default: build/)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the bundle's smoke test after building it")
    parser.add_argument("--record-size", action="store_true",
                        help=f"record the bundle's size as the reference in {SIZE_RECORD.name}")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build_spec.py needs PyInstaller: pip install -e \".[bundle]\"", file=sys.stderr)
        return 1
    started = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve())
    print(f"build_spec: built {bundle} in {time.monotonic() - started:.0f} s")
    for line in (sign_windows(bundle), notarise_macos(args.dist.resolve())):
        print(f"build_spec: {line}")

    left = pruned_left(bundle)
    if left:
        print("build_spec: pruned files are still in the bundle:\n  " + "\n  ".join(left),
              file=sys.stderr)
        return 1
    size = folder_size(bundle)
    record = read_record()
    print(f"build_spec: bundle size {_mb(size)} ({size} bytes; "
          f"recorded {_mb(record['bytes']) if record else 'nothing yet'}, "
          f"budget {_mb(record['budget']) if record else 'none yet'})")
    if args.record_size:
        write_record(size)
        print(f"build_spec: size recorded in {SIZE_RECORD.relative_to(ROOT)}")
    elif not record:
        print(f"build_spec: no size recorded for {platform_key()} yet; --record-size sets "
              f"the reference and the budget")
    else:
        problem = size_problem(size, record)
        if problem:
            print(f"build_spec: {problem}", file=sys.stderr)
            return 1
    if args.smoke_test:
        return run_smoke_test(bundle)
    return 0


def bundle_executable(bundle: Path) -> Path:
    name = executable_name()
    return bundle / (f"{name}.exe" if platform.system() == "Windows" else name)


def run_smoke_test(bundle: Path, timeout: float = 60) -> int:
    """The bundle's own smoke test: exit 0 within ``timeout`` and nothing on stderr."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    try:
        done = subprocess.run([str(bundle_executable(bundle)), "--smoke-test"], env=env,
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f"build_spec: the smoke test did not end within {timeout:.0f} s", file=sys.stderr)
        return 1
    print(done.stdout, end="")
    took = time.monotonic() - started
    if done.returncode != 0 or done.stderr.strip():
        print(f"build_spec: the smoke test failed (exit {done.returncode}, {took:.1f} s):\n"
              f"{done.stderr}", file=sys.stderr)
        return 1
    print(f"build_spec: smoke test passed in {took:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
