"""Second processes for the reliability tests: each is a real ``python`` started fresh,
as the command line, a second window or the inbox's import process would be."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_child(code: str, **env: str) -> subprocess.Popen:
    """``code`` in a new interpreter with remonitor and the tests importable; its stdout is
    a text pipe the test reads line by line, its stdin one the test may write to."""
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True, cwd=ROOT,
        env=os.environ | {"PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"} | env)


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """``remonitor ARGS`` as a user types it, to the end."""
    return subprocess.run(
        [sys.executable, "-m", "remonitor", *args], capture_output=True, text=True,
        cwd=ROOT, timeout=timeout,
        env=os.environ | {"PYTHONPATH": str(ROOT / "src")})
