"""Build the wheel once, install it into a fresh virtual environment of each Python 3.11+
on this machine (on the PATH, or kept by pyenv), and run ``remonitor --self-test`` in each.

    python installer/check_wheel.py [PYTHON ...]

Prints, per Python, the install and self-test times; exits 1 if any fails. The venvs live
in build/wheel-check/ (made anew each time).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "build" / "wheel-check"


def pythons() -> dict[str, str]:
    """Version (3.x) → interpreter, the newest patch release of each, 3.11 and later."""
    found: dict[str, tuple[tuple[int, ...], str]] = {}
    home = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    names = [shutil.which(f"python3.{m}") for m in range(11, 20)]
    names += [*sorted(glob.glob(f"{home}/versions/3.*/bin/python3")), sys.executable]
    for name in filter(None, names):
        try:
            out = subprocess.run([name, "-c", "import sys; print(*sys.version_info[:3])"],
                                 capture_output=True, text=True, timeout=30)
        except OSError:
            continue
        if out.returncode != 0:
            continue
        version = tuple(int(n) for n in out.stdout.split())
        if version >= (3, 11):
            key = f"{version[0]}.{version[1]}"
            if key not in found or version > found[key][0]:
                found[key] = (version, name)
    return {k: v[1] for k, v in sorted(found.items())}


def main(argv: list[str]) -> int:
    chosen = {f"given{i}": p for i, p in enumerate(argv)} if argv else pythons()
    shutil.rmtree(OUT, ignore_errors=True)
    wheels = OUT / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                    str(wheels), str(ROOT)], check=True)
    wheel = next(wheels.glob("remonitor-*.whl"))
    print(f"built {wheel.name}")
    failed = []
    for version, python in chosen.items():
        env_dir = OUT / f"venv-{version}"
        started = time.perf_counter()
        subprocess.run([python, "-m", "venv", str(env_dir)], check=True)
        installed = subprocess.run([str(env_dir / "bin" / "python"), "-m", "pip", "install",
                                    "-q", str(wheel)], capture_output=True, text=True)
        if installed.returncode != 0:
            print(f"FAIL Python {version} ({python}): install\n{installed.stderr[-2000:]}")
            failed.append(version)
            continue
        install_s = time.perf_counter() - started
        started = time.perf_counter()
        tested = subprocess.run([str(env_dir / "bin" / "remonitor"), "--self-test"],
                                capture_output=True, text=True, cwd=OUT,
                                env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
        test_s = time.perf_counter() - started
        real = subprocess.run([str(env_dir / "bin" / "python"), "-c",
                               "import sys; print(sys.version.split()[0])"],
                              capture_output=True, text=True).stdout.strip()
        if tested.returncode != 0 or "self-test passed" not in tested.stdout:
            print(f"FAIL Python {real}: self-test\n{tested.stdout[-2000:]}"
                  f"{tested.stderr[-2000:]}")
            failed.append(version)
        else:
            print(f"ok   Python {real}: installed in {install_s:.0f} s, "
                  f"self-test passed in {test_s:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
