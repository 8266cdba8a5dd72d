"""Issue 17, point 4: ``okr-workshop --smoke-test``, the check the bundle runs, from source in
a subprocess as the bundle runs it: offscreen without being told, every step said, nothing on
stderr, status 0, and nothing left behind (the user's library untouched, the temporary folder
removed). The option is hidden from --help."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from okr_workshop.cli import main


@pytest.fixture(scope="module")
def step_names() -> list[str]:
    from okr_workshop.ui.smoke_test import all_steps

    return [name for name, _step in all_steps()]


def test_the_smoke_test_passes_offscreen_says_every_step_and_leaves_nothing(
    tmp_path, step_names
):
    home, temp = tmp_path / "home", tmp_path / "temp"
    home.mkdir()
    temp.mkdir()
    user_library = tmp_path / "user" / "library.sqlite3"
    env = {key: value for key, value in os.environ.items()
           if key not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}
           and not key.startswith("XDG_")}
    env.update(HOME=str(home), TMPDIR=str(temp), OKR_WORKSHOP_LIBRARY=str(user_library))
    done = subprocess.run([sys.executable, "-m", "okr_workshop", "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.stderr == ""
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    said = [line.split("  ", 1)[1].split(" (", 1)[0] for line in lines[:-1]]
    assert said == step_names
    assert all(line.startswith("ok  ") for line in lines)
    assert lines[-1].startswith("ok  smoke test passed in ")
    assert "ok  deck PDF (" in done.stdout and " pages)" in done.stdout
    assert not user_library.parent.exists(), "the user's library is never opened"
    assert list(temp.iterdir()) == [], "the temporary folder is removed"
    assert list(home.rglob("*")) == [], "nothing is written in the user's folders"


def test_the_smoke_test_is_not_in_the_help(capsys):
    for argv in (["--help"], ["--help", "--lang", "fr"]):
        with pytest.raises(SystemExit) as ended:
            main(argv)
        assert ended.value.code == 0
        shown = capsys.readouterr().out
        assert "--library" in shown, "the help was printed"
        assert "smoke" not in shown.lower()
