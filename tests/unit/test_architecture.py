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


def test_ruff_is_clean():
    """The style rules of pyproject.toml hold for everything in the repository (CI runs
    this, so a lint slip turns it red rather than waiting for someone to notice)."""
    ruff = Path(sys.executable).with_name("ruff")
    if not ruff.exists():
        pytest.skip("ruff is not installed beside this Python (pip install -e .[dev])")
    result = subprocess.run([str(ruff), "check", "--no-cache", str(ROOT)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


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


def test_the_window_s_modules_load_no_file_reader():
    """The readers of every format load when a file comes, not with the window: the inbox's
    undo and the live sources' time stamps pulled them all in (~70 ms of each start)."""
    code = ("import sys, remonitor.app.gui, remonitor.ui.shell.window; "
            "print('remonitor.importers.formats' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


def _sql_problems(path: Path) -> list[str]:
    """SQL that builds a value into its text: %-formatting or .format() of a statement, or
    an f-string placing something between quotes ('{name}'). Values go as parameters;
    f-strings may only join fixed fragments (column lists, a WHERE built of '?' marks)."""
    import ast

    problems = []
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("execute", "executemany", "executescript")
                and node.args):
            continue
        sql = node.args[0]
        where = f"{path.name}:{node.lineno}"
        if isinstance(sql, ast.BinOp) and isinstance(sql.op, ast.Mod):
            problems.append(f"{where}: % formatting")
        elif isinstance(sql, ast.Call) and getattr(sql.func, "attr", "") == "format":
            problems.append(f"{where}: .format()")
        elif isinstance(sql, ast.JoinedStr):
            for before, part in zip(sql.values, sql.values[1:], strict=False):
                if (isinstance(part, ast.FormattedValue) and isinstance(before, ast.Constant)
                        and str(before.value).rstrip().endswith(("'", '"'))):
                    problems.append(f"{where}: a value quoted into the SQL text")
    return problems


def test_sql_takes_values_only_as_bound_parameters():
    problems = [p for path in SRC.rglob("*.py") for p in _sql_problems(path)]
    assert problems == []


def test_the_sql_rule_catches_a_quoted_value(tmp_path):
    bad = tmp_path / "probe.py"
    bad.write_text('def f(conn, name):\n'
                   '    conn.execute(f"SELECT * FROM series WHERE product = \'{name}\'")\n'
                   '    conn.execute("SELECT * FROM series WHERE id = %s" % name)\n')
    assert len(_sql_problems(bad)) == 2


def _classes():
    """Every class defined in src/remonitor (Qt offscreen: the conftest set it)."""
    import importlib
    import inspect
    import pkgutil

    import remonitor

    for info in pkgutil.walk_packages(remonitor.__path__, "remonitor."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name:
                yield cls


def base_problems(cls) -> str:
    """'' if ``cls`` has at most one base defined in remonitor and, when it has one, no other
    base beside it (typing's Generic aside): composition, not mixins."""
    import typing

    ours = [b for b in cls.__bases__ if b.__module__.startswith("remonitor")]
    others = [b for b in cls.__bases__ if b not in ours and b is not typing.Generic
              and b is not object]
    if len(ours) > 1:
        return f"{cls.__qualname__} mixes {', '.join(b.__name__ for b in ours)}"
    if ours and others:
        return (f"{cls.__qualname__} mixes {ours[0].__name__} into "
                f"{', '.join(b.__name__ for b in others)}")
    return ""


def test_no_class_is_assembled_from_mixins():
    problems = [p for cls in _classes() if (p := base_problems(cls))]
    assert problems == []


def test_the_mixin_rule_catches_a_mixin():
    from PySide6.QtWidgets import QWidget

    class Drawing:
        pass

    class Panel(Drawing, QWidget):
        pass

    Drawing.__module__ = Panel.__module__ = "remonitor.probe"
    assert base_problems(Panel) == "test_the_mixin_rule_catches_a_mixin.<locals>.Panel mixes " \
                                   "Drawing into QWidget"
