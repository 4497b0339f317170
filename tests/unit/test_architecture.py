"""The layer rules of DESIGN.md, checked on every run."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "remonitor"


def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def python_files(*layers):
    for layer in layers:
        yield from (SRC / layer).rglob("*.py")


def test_no_sql_outside_store():
    pattern = re.compile(r"\.(execute|executemany|executescript)\(")
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if "store" not in p.parts and pattern.search(p.read_text("utf-8"))]
    assert offenders == []


def test_workers_import_no_widgets():
    offenders = [str(p.relative_to(SRC)) for p in python_files("workers")
                 if "QtWidgets" in p.read_text("utf-8")]
    assert offenders == []


@pytest.mark.parametrize("module", ["remonitor.app.gui", "remonitor.app.cli"])
def test_start_up_does_not_import_pandas(module):
    code = f"import sys, {module}; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
