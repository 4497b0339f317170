"""Where the store lives: one data folder, readable by the user only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from remonitor.store.errors import StoreUnavailable

DATA_DIR_ENV = "REMONITOR_DATA_DIR"
LOG_DIR_ENV = "REMONITOR_LOG_DIR"
DATABASE_NAME = "remonitor.sqlite3"


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("remonitor", appauthor=False))


def log_dir() -> Path:
    """The rotating log's folder (``REMONITOR_LOG_DIR`` overrides)."""
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_log_dir

    return Path(user_log_dir("remonitor", appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins over ``REMONITOR_DATA_DIR``, which wins over the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def prepare_data_dir(path: Path) -> Path:
    """Create the data folder (0700) if needed and check it is writable. Returns the db path."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreUnavailable(
            path,
            f"the data folder cannot be created ({exc.strerror or exc}).",
            "Choose another folder with --data-dir or REMONITOR_DATA_DIR, "
            "or fix the folder's permissions.",
        ) from exc
    if not path.is_dir():
        raise StoreUnavailable(path, "is not a folder.", "Choose a folder with --data-dir.")
    if not os.access(path, os.W_OK | os.X_OK):
        raise StoreUnavailable(
            path,
            "the data folder is not writable by you.",
            "Fix its permissions (it should be yours, mode 700) or choose another folder "
            "with --data-dir. Nothing in it was changed.",
        )
    remote = network_filesystem(path)
    if remote:
        raise StoreUnavailable(
            path,
            f"is on a network file system ({remote}). SQLite's write-ahead log, which keeps "
            "the store whole through crashes and lets the window read while an import "
            "writes, needs shared memory a network share does not give; a store there can "
            "be corrupted.",
            "Keep the data folder on a local disk (--data-dir or REMONITOR_DATA_DIR); put "
            "the inbox on the share instead (Preferences), and files there are imported.")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077 and os.name == "posix":
        # Licence records are compliance evidence: keep them from other local users.
        path.chmod(0o700)
    return path / DATABASE_NAME


NETWORK_TYPES = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "fuse.sshfs",
                 "fuse.rclone", "ncpfs", "glusterfs", "ceph", "davfs", "fuse.davfs2")
MOUNTS = Path("/proc/self/mounts")


def network_filesystem(path: Path, mounts: Path = MOUNTS) -> str | None:
    """The type of the network file system ``path`` lives on, or None (local, or unknown:
    the WAL check when the database opens is the second line of defence)."""
    try:
        lines = mounts.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, kind = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and \
                len(point) > len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_TYPES else None


def subfolder(data_dir: Path, name: str) -> Path:
    """A folder inside the data dir (documents, backups, inbox), created 0700."""
    folder = data_dir / name
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder
