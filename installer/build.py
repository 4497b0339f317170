"""Build the installed program: a PyInstaller one-folder bundle, then a .tar.gz and a .deb.

    python installer/build.py [--reuse-venv] [--skip-bundle] [--clean-root DIR]

Runs in a clean virtual environment (build/venv) holding remonitor's runtime dependencies
and PyInstaller only. Writes build/dist/remonitor/ (the bundle) and build/packages/:
``remonitor-<version>-linux-<arch>.tar.gz`` and ``remonitor_<version>_<arch>.deb``, each with
the .desktop file, the AppStream metainfo and hicolor icons (SVG plus PNG sizes), then
validates the desktop file and the metainfo when the tools are installed, runs the bundle's
``--self-test`` offscreen, and prints sizes and the self-test's time. With ``--clean-root
DIR`` (as root, with debootstrap), the .deb is installed by apt into a minimal Debian 12
(``DIR/bookworm``) and a minimal Debian 13 (``DIR/trixie``), each made there once by
``debootstrap --variant=minbase``; apt pulls what Depends names, and ``remonitor
--self-test`` must pass inside each. The bundle carries its own Python: this proves the
system libraries Depends names are right on both releases.

Windows (Inno Setup, installer/windows/remonitor.iss) and macOS (installer/macos/build.sh)
are built by .github/workflows/installers.yml on those systems; they cannot be built here.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
APP_ID = "org.remonitor.Remonitor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEPENDS = ("libgl1, libegl1, fontconfig-config, fonts-dejavu-core, libxcb-icccm4, "
           "libxcb-keysyms1, libxkbcommon-x11-0, libxcb-cursor0, libxcb-image0, "
           "libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libdbus-1-3")
RECOMMENDS = "fonts-noto-cjk"
CLEAN_ROOTS = ("bookworm", "trixie")
"""Debian 12 and Debian 13."""


def version() -> str:
    text = (ROOT / "src" / "remonitor" / "__init__.py").read_text("utf-8")
    return re.search(r'__version__ = "([^"]+)"', text)[1]


def run(*cmd, **kw) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def build_venv(reuse: bool) -> Path:
    env_dir = BUILD / "venv"
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if reuse and python.exists():
        return python
    shutil.rmtree(env_dir, ignore_errors=True)
    venv.create(env_dir, with_pip=True)
    run(python, "-m", "pip", "install", "-q", "--upgrade", "pip")
    run(python, "-m", "pip", "install", "-q", f"{ROOT}[build]")  # runtime deps + PyInstaller
    return python


def windows_icon(python: Path) -> None:
    """build/remonitor.ico from the SVG (Qt writes .ico), for the Windows programs."""
    svg, ico = ROOT / "resources" / "remonitor.svg", BUILD / "remonitor.ico"
    run(python, "-c", f"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication, QIcon
app = QGuiApplication([])
QIcon({str(svg)!r}).pixmap(256, 256).save({str(ico)!r})
""")


def bundle(python: Path) -> Path:
    windows_icon(python)
    run(python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", BUILD / "dist", "--workpath", BUILD / "work",
        ROOT / "installer" / "remonitor.spec")
    return BUILD / "dist" / "remonitor"


def icons(python: Path, target: Path) -> None:
    """hicolor icons: the SVG, and PNGs rendered from it by Qt (no other tool needed)."""
    svg = ROOT / "resources" / "remonitor.svg"
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(svg, scalable / f"{APP_ID}.svg")
    script = f"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtCore import Qt
app = QGuiApplication([])
renderer = QSvgRenderer({str(svg)!r})
for size in {ICON_SIZES!r}:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    folder = os.path.join({str(target)!r}, f"{{size}}x{{size}}", "apps")
    os.makedirs(folder, exist_ok=True)
    image.save(os.path.join(folder, "{APP_ID}.png"))
"""
    run(python, "-c", script)


def desktop_files(share: Path, python: Path) -> None:
    linux = ROOT / "installer" / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    icons(python, share / "icons" / "hicolor")


def validate(share: Path) -> None:
    for tool, args in (("desktop-file-validate",
                        [share / "applications" / f"{APP_ID}.desktop"]),
                       ("appstreamcli", ["validate", "--no-net",
                                         share / "metainfo" / f"{APP_ID}.metainfo.xml"])):
        if shutil.which(tool):
            run(tool, *args)
        else:
            print(f"({tool} not installed: not validated)")


def arch() -> str:
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def tarball(dist: Path, share: Path, out: Path) -> Path:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform,
                                                                         sys.platform)
    name = f"remonitor-{version()}-{system}-{platform.machine().lower()}"
    target = out / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as tar:
        tar.add(dist, arcname=f"{name}/remonitor")
        tar.add(share, arcname=f"{name}/share")
    return target


def deb(dist: Path, share: Path, out: Path) -> Path:
    root = BUILD / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(dist, root / "opt" / "remonitor", symlinks=True)
    shutil.copytree(share, root / "usr" / "share")
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "remonitor").symlink_to("/opt/remonitor/remonitor")
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(f"""Package: remonitor
Version: {version()}
Section: misc
Priority: optional
Architecture: {arch()}
Installed-Size: {size_kib}
Depends: {DEPENDS}
Recommends: {RECOMMENDS}
Maintainer: remonitor <desk@example.org>
Description: monitor China's rare-earth exports
 Monthly export figures (reported and derived), export-control events and the
 desk's export-licence applications, offline. Files dropped in an inbox folder
 are imported on their own.
""")
    target = out / f"remonitor_{version()}_{arch()}.deb"
    run("dpkg-deb", "--build", "--root-owner-group", "-Zxz", root, target)
    return target


def self_test(dist: Path) -> float:
    start = time.perf_counter()
    run(dist / "remonitor", "--self-test",
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"})
    return time.perf_counter() - start


def clean_root_self_test(deb_file: Path, root: Path, suite: str) -> float:
    """Install ``deb_file`` into a minimal Debian ``suite`` at ``root`` and run its
    self-test there."""
    if not (root / "usr" / "bin" / "apt-get").exists():
        run("debootstrap", "--variant=minbase", suite, root, "http://deb.debian.org/debian")
    shutil.copy(deb_file, root / "tmp" / deb_file.name)
    proc = root / "proc"
    mounted = subprocess.run(["mountpoint", "-q", str(proc)]).returncode == 0
    if not mounted:
        run("mount", "-t", "proc", "proc", proc)  # the store reads /proc/self/mounts
    try:
        run("chroot", root, "sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive "
            f"apt-get install -y -qq --reinstall /tmp/{deb_file.name} >/dev/null")
        start = time.perf_counter()
        run("chroot", root, "env", "HOME=/root", "QT_QPA_PLATFORM=offscreen", "remonitor",
            "--self-test")
        return time.perf_counter() - start
    finally:
        if not mounted:
            run("umount", proc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reuse-venv", action="store_true")
    parser.add_argument("--skip-bundle", action="store_true",
                        help="package build/dist/remonitor as it is")
    parser.add_argument("--clean-root", type=Path,
                        help="install the .deb into minimal Debian 12 and 13 roots under this "
                             "folder (made once) and self-test it in each")
    args = parser.parse_args()
    python = build_venv(args.reuse_venv)
    dist = BUILD / "dist" / "remonitor" if args.skip_bundle else bundle(python)
    share = BUILD / "share"
    shutil.rmtree(share, ignore_errors=True)
    desktop_files(share, python)
    validate(share)
    out = BUILD / "packages"
    out.mkdir(parents=True, exist_ok=True)
    packages = [tarball(dist, share, out)]
    if shutil.which("dpkg-deb"):
        packages.append(deb(dist, share, out))
    seconds = self_test(dist)
    bundle_mib = sum(p.stat().st_size for p in dist.rglob("*")
                     if p.is_file() and not p.is_symlink()) / 1024**2
    print(f"bundle: {bundle_mib:,.0f} MiB in {dist}")
    for p in packages:
        print(f"{p.name}: {p.stat().st_size / 1024**2:,.0f} MiB")
    print(f"bundled --self-test passed in {seconds:.1f} s")
    if args.clean_root:
        debs = [p for p in packages if p.suffix == ".deb"]
        if not debs:
            raise SystemExit("--clean-root needs dpkg-deb to build the .deb")
        for suite in CLEAN_ROOTS:
            seconds = clean_root_self_test(debs[0], args.clean_root.resolve() / suite, suite)
            print(f"installed .deb --self-test in a clean {suite} root passed in "
                  f"{seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
