"""A machine without Chromium gets one line saying what to install, not a wall of
failures from every browser test."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# No browser is started: the run is stopped before any test of it runs.
pytestmark = pytest.mark.database_independent


def run_without_chromium(tmp_path, *options):
    """Run a browser test module with a PATH that has Python but no Chromium."""
    env = {**os.environ, "PATH": str(Path(sys.executable).parent)}
    env["MASTHEAD_DATA"] = str(tmp_path / "data")
    env.pop("PYTEST_XDIST_WORKER", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:randomly", *options]
        + [f"--basetemp={tmp_path / 'run'}", "tests/browser/test_desk_keyboard.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.parametrize("workers", [[], ["-n", "2"]], ids=["one-process", "xdist"])
def test_missing_chromium_stops_the_run_with_one_line_to_install_it(tmp_path, workers):
    run = run_without_chromium(tmp_path, "-q", *workers)
    output = run.stdout + run.stderr
    assert run.returncode == pytest.ExitCode.USAGE_ERROR, output[-3000:]
    assert "apt-get install chromium fonts-noto-core fonts-noto-cjk" in output
    assert "FAILED" not in output
    assert "ERROR" not in output
    assert "INTERNALERROR" not in output
