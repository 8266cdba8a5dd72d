"""The environment the standalone application hands to the programs it opens.

On Linux, PyInstaller's bootloader points ``LD_LIBRARY_PATH`` at the bundle's own libraries
(and keeps the session's value in ``LD_LIBRARY_PATH_ORIG``). The file manager, the PDF
viewer or ``xdg-open`` started from the window would inherit it and load the bundle's GLib
or zlib instead of their own: on a laptop newer than the build machine they fail with symbol
errors, silently. The loader has read the variable already when Python starts, so putting
the session's value back changes nothing for the application itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

_VARIABLES = ("LD_LIBRARY_PATH",)


def restore_for_opened_programs(environ: MutableMapping[str, str] | None = None,
                                frozen: bool | None = None) -> None:
    """In a bundle, the session's own library path back in the environment (or none)."""
    env = os.environ if environ is None else environ
    if not (getattr(sys, "frozen", False) if frozen is None else frozen):
        return
    for name in _VARIABLES:
        original = env.pop(f"{name}_ORIG", None)
        if original is None:
            env.pop(name, None)
        else:
            env[name] = original


def bundle_paths_in_environment(environ: MutableMapping[str, str] | None = None,
                                bundle: str | None = None) -> list[str]:
    """Variables that still point into the bundle (what the smoke test checks)."""
    env = os.environ if environ is None else environ
    folder = bundle if bundle is not None else getattr(sys, "_MEIPASS", None)
    if not folder:
        return []
    return [name for name in _VARIABLES
            if any(part.startswith(folder) for part in env.get(name, "").split(os.pathsep))]
