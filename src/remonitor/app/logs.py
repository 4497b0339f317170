"""Logging to a rotating file in the user log dir (``REMONITOR_LOG_DIR`` overrides)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from remonitor.store.location import log_dir

FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> Path:
    """The log file (private to the user); if its folder cannot be written, the log goes to
    the console and the window still starts (the path returned then does not exist)."""
    folder = log_dir()
    path = folder / "remonitor.log"
    root = logging.getLogger()
    root.setLevel(level)
    if any(getattr(h, "remonitor", False) for h in root.handlers):
        return path
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        if os.name == "posix":
            path.chmod(0o600)
    except OSError as exc:
        handler = logging.StreamHandler(sys.stderr)
        handler.remonitor = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        root.warning("the log cannot be written to %s (%s); logging to the console",
                     folder, exc.strerror or exc)
        return path
    handler.remonitor = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
