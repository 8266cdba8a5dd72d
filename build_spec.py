"""Builds OKR Workshop as a standalone application, for coaches who do not install Python.

    python build_spec.py                # → dist/OKR Workshop/ (and OKR Workshop.app on macOS)
    python build_spec.py --smoke-test   # … then starts the bundle's own smoke test
    python build_spec.py --record-size  # accept the bundle's size as the new reference

A one-folder PyInstaller bundle, windowed (no console), without UPX, with the resources
(fonts, translations, samples, schema, icons) and Qt's own French translations inside.
PyInstaller only reads ``*.spec`` files as specs: this driver writes a short spec that
calls :func:`define_bundle` back with PyInstaller's classes, so the build reads top to
bottom here; what goes in and what is pruned is decided in packaging/bundle_contents.py,
tested without PyInstaller (tests/test_build_spec.py).

Only Linux is built and tested by CI; the Windows and macOS parts follow PyInstaller's
documentation (README.md, "Standalone app", says what was tested where).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the name and version come from the package itself

from okr_workshop import (  # noqa: E402
    APP_ID,
    APP_NAME,
    DISTRIBUTION_NAME,
    __version__,
)

PACKAGING = ROOT / "packaging"
SIZE_RECORD = PACKAGING / "bundle-size.json"
sys.path.insert(0, str(PACKAGING))

from bundle_contents import (  # noqa: E402
    executable_name,
    folder_size,
    info_plist,
    mb,
    own_modules,
    platform_key,
    prune,
    pruned_left,
    size_problem,
    windows_version_file,
)

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

    # Binaries and data together: PyInstaller files its links to libraries (SYMLINK) among
    # the data, and a link to a pruned library must go with it.
    kept, removed = prune([*analysis.binaries, *analysis.datas], imports_of)
    analysis.binaries = [e for e in kept if e[2] in ("BINARY", "EXTENSION")]
    analysis.datas = [e for e in kept if e[2] not in ("BINARY", "EXTENSION")]
    print(f"build_spec: pruned {len(removed)} libraries, plugins, links and translations",
          flush=True)

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


def bundle_requirements() -> list[str]:
    """The pinned builder, read from pyproject.toml's ``bundle`` extra (the one place)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["optional-dependencies"]["bundle"]


def ensure_pyinstaller(install: bool) -> bool:
    """PyInstaller importable, installed into this interpreter first when missing, so the
    README's install then this script are the only steps."""
    try:
        import PyInstaller  # noqa: F401
        return True
    except ImportError:
        pass
    wanted = bundle_requirements()
    if not install:
        print(f"build_spec: PyInstaller is missing: pip install {' '.join(wanted)}",
              file=sys.stderr)
        return False
    print(f"build_spec: installing {', '.join(wanted)}", flush=True)
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", *wanted])
    if done.returncode != 0:
        print("build_spec: could not install PyInstaller (see pip's message above)",
              file=sys.stderr)
        return False
    import importlib

    importlib.invalidate_caches()
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="PyInstaller's working folder (default: build/)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start the bundle's smoke test after building it")
    parser.add_argument("--no-install", dest="install", action="store_false",
                        help="fail instead of installing the pinned PyInstaller when missing")
    parser.add_argument("--record-size", action="store_true",
                        help=f"record the bundle's size as the reference in {SIZE_RECORD.name}")
    args = parser.parse_args(argv)
    if not ensure_pyinstaller(args.install):
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
    print(f"build_spec: bundle size {mb(size)} ({size} bytes; "
          f"recorded {mb(record['bytes']) if record else 'nothing yet'}, "
          f"budget {mb(record['budget']) if record else 'none yet'})")
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
