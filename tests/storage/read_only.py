"""Making a folder or a file truly read-only for a test, even when the tests run as root.

Root ignores permission bits, so as root the immutable attribute (``chattr +i``, which
stops root too) is used; anyone else gets ``chmod``. Only where neither can work (root
without the capability, or a file system without the attribute) does the test skip, and
it says why.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a folder or a file) cannot be written while the block runs."""
    if os.name != "posix":
        pytest.skip("read-only folders are tested on POSIX")
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)],
                                        capture_output=True).returncode != 0:  # fmt: skip
        pytest.skip("running as root, and the immutable attribute (chattr +i) is not "
                    "available here, so nothing can be made read-only for root")
    try:
        if os.access(path, os.W_OK):  # the attribute did not take: the test would prove nothing
            pytest.skip("running as root on a file system that ignores chattr +i")
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)
