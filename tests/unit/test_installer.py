"""The installer's pieces: the desktop file and AppStream metainfo validate, the app id
matches the one Qt is given, and (slow, on request) the Linux bundle builds and passes its
own --self-test."""

import faulthandler
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"


def test_desktop_file_and_metainfo_name_the_app_id_qt_uses():
    from remonitor.app.gui import APP_ID

    desktop = (LINUX / f"{APP_ID}.desktop").read_text("utf-8")
    assert f"Icon={APP_ID}" in desktop and "Exec=remonitor %F" in desktop
    assert f"<id>{APP_ID}</id>" in (LINUX / f"{APP_ID}.metainfo.xml").read_text("utf-8")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_file_validates():
    subprocess.run(["desktop-file-validate", str(next(LINUX.glob("*.desktop")))], check=True)


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates():
    subprocess.run(["appstreamcli", "validate", "--no-net",
                    str(next(LINUX.glob("*.metainfo.xml")))], check=True)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("REMONITOR_BUILD_BUNDLE"),
                    reason="set REMONITOR_BUILD_BUNDLE=1 to build the bundle (~3 min)")
def test_the_linux_bundle_builds_and_passes_its_self_test():
    """With REMONITOR_DEB_ROOT (as root, debootstrap installed) the .deb is also installed
    into minimal Debian 12 and 13 roots there and self-tested in each."""
    faulthandler.dump_traceback_later(2400, exit=True)  # pytest's 180 s watchdog, longer
    clean_root = os.environ.get("REMONITOR_DEB_ROOT")
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")]
                            + (["--clean-root", clean_root] if clean_root else []),
                            capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "bundled --self-test passed" in result.stdout
    assert "Chinese translations load" in result.stdout
    assert list((ROOT / "build" / "packages").glob("remonitor-*.tar.gz"))
    if clean_root:
        for suite in ("bookworm", "trixie"):  # Debian 12 and 13
            assert f"installed .deb --self-test in a clean {suite} root passed" in result.stdout


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("REMONITOR_CHECK_WHEEL"),
                    reason="set REMONITOR_CHECK_WHEEL=1 to install the wheel on each Python")
def test_the_wheel_installs_and_self_tests_on_each_python():
    faulthandler.dump_traceback_later(1800, exit=True)
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "check_wheel.py")],
                            capture_output=True, text=True, timeout=1500)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.count("self-test passed") >= 2
