"""The GUI entry point: checks that a window can be shown, then hands over to ``ui/``.

With ``ui/``, the only place allowed to import Qt (DESIGN.md section 3). Qt is imported
inside the function so the command line's other sub-commands never load it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from okr_workshop import APP_NAME, DISTRIBUTION_NAME, ORGANISATION_NAME

QT_SYSTEM_PACKAGES = "libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3"


def display_problem(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why no window can be opened here, as a sentence; empty when one can."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return ""
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        f"{APP_NAME} needs a display to open its window, and none was found (DISPLAY and "
        f"WAYLAND_DISPLAY are unset). Start it from a desktop session, or use the command "
        f"line: `{DISTRIBUTION_NAME} --help`."
    )


def run_gui(library_option: str | None = None, import_file: Path | None = None) -> int:
    """The window; ``import_file`` (a double-click on an exchange file) is offered for import
    once it is shown."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # The Qt-free layers the first screen needs, loaded before Qt: once imported, Qt reads the
    # source of every module imported after it (PySide6's feature hook), which costs start-up.
    import okr_workshop.app.formats  # noqa: F401
    import okr_workshop.app.library_file  # noqa: F401
    import okr_workshop.app.workshops  # noqa: F401

    try:
        from PySide6.QtWidgets import QApplication
    except ImportError as error:
        print(
            f"{APP_NAME} cannot load Qt ({error}). On Debian or Ubuntu, install: "
            f"sudo apt-get install {QT_SYSTEM_PACKAGES}",
            file=sys.stderr,
        )
        return 1
    from okr_workshop.app.app_log import keep_faults, use_library, without_console
    from okr_workshop.ui.app_icon import identify_application
    from okr_workshop.ui.application import start
    from okr_workshop.ui.crash_reporter import report_crashes, tell_fatal

    # Unexpected errors go to the log beside this library and are told in a dialog; without
    # a console (a windowed bundle), Qt's warnings and a crash of Qt itself go there too.
    use_library(library_option)
    console_missing = without_console()
    if console_missing:
        keep_faults()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    identify_application(app)
    reporter = report_crashes(app, console_missing)
    try:
        return start(app, library_option, import_file)
    except Exception as error:
        tell_fatal(app, error)  # the command line still says it in one line (status 70)
        raise
    finally:
        reporter.uninstall()


def run_smoke_test() -> int:
    """``--smoke-test``: check offscreen that this installation (a bundle above all) has what
    the window, the exports and the translations need (``ui/smoke_test.py``)."""
    # Before Qt is loaded: the smoke test never needs (or opens) a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from okr_workshop.ui.smoke_test import run

    return run()
