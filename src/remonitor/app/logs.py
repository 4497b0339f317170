"""Logging to a rotating file in the user log dir (``REMONITOR_LOG_DIR`` overrides)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from remonitor.store.location import LOG_DIR_ENV, log_dir  # noqa: F401 - re-exported


def setup_logging(level: int = logging.INFO) -> Path:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "remonitor.log"
    root = logging.getLogger()
    if not any(getattr(h, "remonitor", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
        handler.remonitor = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter(
            "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
