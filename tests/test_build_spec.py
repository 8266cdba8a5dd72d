"""build_spec.py's decisions, without building: what is pruned, the size budget, the Windows
version resource and the macOS Info.plist (tests/bundle/ builds the real bundle)."""

from __future__ import annotations

import ast
import importlib
import json
import plistlib

import pytest

# The checkout is on sys.path (pyproject's pythonpath), so the driver imports as a module;
# it puts packaging/ on the path for the rules it reads.
import build_spec
from okr_workshop import APP_ID, EXCHANGE_MIME_TYPE, EXCHANGE_SUFFIX, __version__

bundle_contents = importlib.import_module("bundle_contents")

QT = "PySide6/Qt"


@pytest.mark.parametrize("dest", [
    f"{QT}/plugins/platforms/libqxcb.so",
    f"{QT}/plugins/platforms/libqwayland.so",
    f"{QT}/plugins/platforms/libqoffscreen.so",
    f"{QT}/plugins/platforms/qwindows.dll",
    f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so",
    f"{QT}/plugins/imageformats/libqsvg.so",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "okr_workshop/resources/translations/okr_workshop_fr.qm",
    "libpython3.11.so.1.0",
])
def test_what_a_desktop_window_needs_is_kept(dest):
    assert bundle_contents.plugin_kept(dest)
    assert bundle_contents.translation_kept(dest)
    assert not bundle_contents.is_pruned_library(dest)


@pytest.mark.parametrize("dest", [
    f"{QT}/plugins/platformthemes/libqgtk3.so",
    f"{QT}/plugins/platforms/libqvnc.so",
    f"{QT}/plugins/platforms/libqeglfs.so",
    f"{QT}/plugins/platforms/libqlinuxfb.so",
    f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    f"{QT}/plugins/tls/libqopensslbackend.so",
    f"{QT}/plugins/networkinformation/libqnetworkmanager.so",
    f"{QT}/plugins/generic/libqevdevmouseplugin.so",
    f"{QT}/plugins/imageformats/libqtiff.so",
    f"{QT}/translations/qtbase_de.qm",
    f"{QT}/translations/qt_help_fr.qm",
    f"{QT}/lib/libQt6Quick.so.6",
    f"{QT}/lib/libQt6Qml.so.6",
    f"{QT}/lib/libQt6Network.so.6",
    f"{QT}/lib/libQt6VirtualKeyboard.so.6",
    "PySide6/Qt6Network.dll",
    "PySide6/QtNetwork.abi3.so",
])
def test_what_a_widgets_app_never_loads_is_pruned(dest):
    assert (not bundle_contents.plugin_kept(dest) or not bundle_contents.translation_kept(dest)
            or bundle_contents.is_pruned_library(dest))


def test_qt_french_is_kept_and_other_languages_go():
    assert bundle_contents.translation_kept(f"{QT}/translations/qtbase_fr.qm")
    assert bundle_contents.translation_kept(f"{QT}/translations/qt_fr.qm")
    assert not bundle_contents.translation_kept(f"{QT}/translations/qtbase_ja.qm")
    assert not bundle_contents.translation_kept(f"{QT}/translations/qt_pt_BR.qm")


def test_a_pruned_plugin_takes_the_libraries_only_it_needed(tmp_path):
    def lib(name):
        path = tmp_path / name
        path.write_bytes(b"\x7fELF")
        return str(path)

    gtk_plugin = (f"{QT}/plugins/platformthemes/libqgtk3.so", lib("libqgtk3.so"), "BINARY")
    xcb_plugin = (f"{QT}/plugins/platforms/libqxcb.so", lib("libqxcb.so"), "BINARY")
    gtk = ("libgtk-3.so.0", lib("libgtk-3.so.0"), "BINARY")
    cairo = ("libcairo.so.2", lib("libcairo.so.2"), "BINARY")
    glib = ("libglib-2.0.so.0", lib("libglib-2.0.so.0"), "BINARY")
    # Loaded through ctypes: nothing links to it, so it is never a candidate.
    pdfium = ("pypdfium2_raw/libpdfium.so", lib("libpdfium.so"), "BINARY")
    # Qt's libraries live in a subfolder, linked back from the top (PyInstaller's SYMLINK).
    eglfs = (f"{QT}/lib/libQt6EglFSDeviceIntegration.so.6", lib("libQt6EglFS.so.6"), "BINARY")
    eglfs_link = ("libQt6EglFSDeviceIntegration.so.6", eglfs[0], "SYMLINK")
    eglfs_plugin = (f"{QT}/plugins/platforms/libqeglfs.so", lib("libqeglfs.so"), "BINARY")
    gui = (f"{QT}/lib/libQt6Gui.so.6", lib("libQt6Gui.so.6"), "BINARY")
    gui_link = ("libQt6Gui.so.6", gui[0], "SYMLINK")
    links = {gtk_plugin[1]: [gtk[1], cairo[1], glib[1]], gtk[1]: [cairo[1], glib[1]],
             xcb_plugin[1]: [glib[1], gui[1]], eglfs_plugin[1]: [eglfs[1], gui[1]]}
    entries = [gtk_plugin, xcb_plugin, gtk, cairo, glib, pdfium, eglfs, eglfs_link,
               eglfs_plugin, gui, gui_link]

    kept, removed = bundle_contents.prune(entries, lambda source: links.get(source, []))

    assert {e[0] for e in removed} == {gtk_plugin[0], gtk[0], cairo[0], eglfs_plugin[0],
                                       eglfs[0], eglfs_link[0]}
    assert {e[0] for e in kept} == {xcb_plugin[0], glib[0], pdfium[0], gui[0], gui_link[0]}


def test_pruned_left_names_what_slipped_through(tmp_path):
    for name in (f"{QT}/plugins/platforms/libqxcb.so", f"{QT}/lib/libQt6Quick.so.6",
                 f"{QT}/translations/qtbase_de.qm", "okr_workshop/resources/x.qm"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "libQt6EglFS.so.6").symlink_to(tmp_path / "gone.so")
    (tmp_path / "libQt6Gui.so.6").symlink_to(tmp_path / "okr_workshop/resources/x.qm")
    assert bundle_contents.pruned_left(tmp_path) == [f"{QT}/lib/libQt6Quick.so.6",
                                                     f"{QT}/translations/qtbase_de.qm",
                                                     "libQt6EglFS.so.6 (a link to nothing)"]


def test_size_budget_and_growth():
    record = {"bytes": 100_000_000, "budget": 120_000_000}
    assert bundle_contents.size_problem(105_000_000, record) == ""
    assert "grew" in bundle_contents.size_problem(111_000_000, record)
    assert "--record-size" in bundle_contents.size_problem(111_000_000, record)
    assert "budget" in bundle_contents.size_problem(121_000_000, record)
    assert bundle_contents.size_problem(10**12, {}) == ""


def test_the_recorded_budget_is_coherent():
    records = json.loads(build_spec.SIZE_RECORD.read_text(encoding="utf-8"))
    linux = records["linux-x86_64"]
    assert 50_000_000 < linux["bytes"] <= linux["budget"]
    # Growth of more than 10 % is refused before the budget: the budget is the hard ceiling.
    assert linux["budget"] <= linux["bytes"] * 1.25


def test_folder_size_counts_files_once_and_not_links(tmp_path):
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 500)
    (tmp_path / "link").symlink_to(tmp_path / "a")
    assert bundle_contents.folder_size(tmp_path) == 1500


def test_windows_version_resource_names_the_product_and_version():
    text = bundle_contents.windows_version_file()
    assert "StringStruct('ProductName', 'OKR Workshop')" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert "StringStruct('CompanyName'," in text
    # The grammar PyInstaller's reader evaluates on Windows (its module needs pefile).
    tree = ast.parse(text, mode="eval")
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert tree.body.func.id == "VSVersionInfo"
    assert calls <= {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                     "StringStruct", "VarFileInfo", "VarStruct"}
    numbers = tuple(int(n) for n in __version__.split("."))
    assert f"filevers={(*numbers, 0)}" in text.replace("\n", "")


def test_macos_info_plist_declares_the_exchange_file_type():
    plist = bundle_contents.info_plist()
    plistlib.loads(plistlib.dumps(plist))  # every value is a plist type
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == __version__
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == [
        EXCHANGE_SUFFIX.lstrip(".")]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == [EXCHANGE_MIME_TYPE]
    assert exported["UTTypeIdentifier"].startswith(APP_ID)
    document = plist["CFBundleDocumentTypes"][0]
    assert document["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert "fr" in plist["CFBundleLocalizations"]


def test_every_module_of_ours_is_a_hidden_import(tmp_path):
    build_spec.stage_sources(tmp_path / "stage")
    names = bundle_contents.own_modules(tmp_path / "stage")
    # Imported by name at run time, invisible to the import analysis.
    assert "okr_workshop.export.deck_labels" in names
    assert "okr_workshop.resources" in names
    assert "okr_workshop" in names
    staged = tmp_path / "stage" / "okr_workshop" / "resources"
    assert (staged / "schema").is_dir() and (staged / "translations").is_dir()
    assert "__pycache__" not in {p.name for p in (tmp_path / "stage").rglob("*")}


def test_executable_names():
    assert bundle_contents.executable_name("Linux") == "okr-workshop"
    assert bundle_contents.executable_name("Windows") == "OKR Workshop"
    assert bundle_contents.executable_name("Darwin") == "OKR Workshop"


def test_signing_is_skipped_and_said_without_credentials(monkeypatch, tmp_path):
    for name in ("OKRW_SIGN_CERTIFICATE", "OKRW_NOTARY_PROFILE", "OKRW_CODESIGN_IDENTITY"):
        monkeypatch.delenv(name, raising=False)
    assert "skipped" in build_spec.sign_windows(tmp_path)
    assert "skipped" in build_spec.notarise_macos(tmp_path)


def test_the_macos_entitlements_file_is_a_plist():
    path = build_spec.PACKAGING / "macos" / "entitlements.plist"
    entitlements = plistlib.loads(path.read_bytes())
    assert entitlements["com.apple.security.cs.allow-unsigned-executable-memory"] is True


def test_the_pinned_builder_is_read_from_the_bundle_extra():
    wanted = build_spec.bundle_requirements()
    assert any(r.startswith("pyinstaller==") for r in wanted)
    assert any(r.startswith("pyinstaller-hooks-contrib==") for r in wanted)


def test_without_pyinstaller_and_no_install_it_says_what_to_install(monkeypatch, capsys):
    import builtins

    real_import = builtins.__import__

    def no_pyinstaller(name, *args, **kwargs):
        if name == "PyInstaller":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyinstaller)
    assert build_spec.ensure_pyinstaller(install=False) is False
    assert "pip install pyinstaller==" in capsys.readouterr().err
