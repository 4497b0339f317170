"""Typed settings: one registry of options, stored in an INI file in the user config dir.

Panels declare their options here (``Option("chart/series", "")``) and read them through
:class:`Settings`; a value of the wrong type in the file falls back to the default instead
of breaking start-up.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)
T = TypeVar("T")
CONFIG_DIR_ENV = "REMONITOR_CONFIG_DIR"
SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    help: str = ""
    per_folder: bool = False
    """Kept for each data folder (the series and dates a store's chart shows), not once
    for all: a second data folder does not open on the first one's zoom."""


REGISTRY: dict[str, Option[Any]] = {}


def option(key: str, default: T, help: str = "", per_folder: bool = False) -> Option[T]:
    """Declare an option once; declaring the same key twice is a programming error."""
    if key in REGISTRY:
        raise ValueError(f"option {key!r} is declared twice")
    opt = Option(key, default, help, per_folder)
    REGISTRY[key] = opt
    return opt


WINDOW_GEOMETRY = option("window/geometry", QByteArray(), "main window size and position")
WINDOW_STATE = option("window/state", QByteArray(), "dock and toolbar layout")
TRACKER_HEADER = option("tracker/header", QByteArray(),
                        "tracker columns: which are shown, their order, widths and the sort")
TIMELINE_HEADER = option("timeline/header", QByteArray(), "event list columns")
CHART_SERIES = option("chart/series", "", "keys of the series the chart shows, one per line",
                      per_folder=True)
CHART_HIDDEN = option("chart/hidden", "", "names of the series the legend's click hid, one per "
                      "line (hidden again when drawn)", per_folder=True)
CHART_VIEW = option("chart/view", "level", "level, yoy, mom, ytd, rolling or index")
CHART_STYLE = option("chart/style", "auto", "auto, bars or lines")
CHART_LOG = option("chart/log", False, "logarithmic y axis")
CHART_BASE = option("chart/base", -1, "month index the index view is 100 at (-1: first)",
                    per_folder=True)
CHART_MASS = option("chart/mass", "", "quantities shown in t or kg ('' as published)")
CHART_MONEY = option("chart/money", "", "values shown in USD, CNY or EUR ('' as published)")
CHART_PARTNERS = option("chart/partners", -10, "top-N partners view: N, negative when off")
CHART_RANGE = option("chart/range", "", "dates shown: 'low,high' in UTC seconds",
                     per_folder=True)
CHART_PICTURE = option("chart/picture", "1600x900", "size of exported and copied chart "
                       "pictures, in points (PNG at twice that in pixels)")
INBOX_PATH = option("inbox/path", "", "folder watched for files to import ('' = inbox/ in "
                    "the data folder)")
INBOX_ENABLED = option("inbox/enabled", True, "watch the inbox folder")
INBOX_RESCAN_MIN = option("inbox/rescan_minutes", 5, "look in the inbox every N minutes too")
FEED_URLS = option("feeds/urls", "", "feed URLs, one per line (https, http or file)")
FEED_INTERVAL_H = option("feeds/interval_hours", 6, "poll each feed every N hours")
SOURCES_ON = option("sources/enabled", False, "keep the watch list current from the UN "
                    "Comtrade and Eurostat Comext APIs (off: remonitor fetches nothing)")
NETWORK_PROXY = option("network/proxy", "", "proxy for the live sources and feeds "
                       "('' = the https_proxy / http_proxy variables)")
COMTRADE_URL = option("sources/comtrade_url", "https://comtradeapi.un.org",
                      "the UN Comtrade API (a test server's, in the tests)")
COMEXT_URL = option("sources/comext_url", "https://ec.europa.eu/eurostat/api/comext/"
                    "dissemination/statistics/1.0/data/DS-045409", "Eurostat's Comext API")
REMIND_EXPIRY_DAYS = option("reminders/expiry_days", 30, "licences expiring within N days")
REMIND_DRAWN_PCT = option("reminders/drawn_percent", 90, "licences drawn down this far")
REMIND_EVENT_DAYS = option("reminders/event_days", 7, "events taking effect within N days")
REMINDERS_SHOWN = option("reminders/shown", "{}", "reminder key → day last shown (JSON)")
LANGUAGE = option("view/language", "system", "system, en or zh_CN")
APPEARANCE = option("view/appearance", "system", "system, light or dark")
LAST_IMPORT_DIR = option("import/last_dir", "", "folder of the last imported file")
LAST_EXPORT_DIR = option("export/last_dir", "", "folder of the last export")
TEAM_STORE = option("team/address", "", "a team store's postgresql:// address (never its "
                    "password: that is in the keyring)")


def config_dir() -> Path:
    env = os.environ.get(CONFIG_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_config_dir

    return Path(user_config_dir("remonitor", appauthor=False))


def private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only (or make it so): the settings hold feed
    URLs, which may carry credentials."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
    os.close(fd)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o600)


def _folder_key(data_dir: Path) -> str:
    """A data folder's short name in the settings file (its resolved path, hashed)."""
    import hashlib

    return hashlib.sha1(str(Path(data_dir).resolve()).encode()).hexdigest()[:12]


class Settings:
    unsaved = ""
    """Why settings will not be kept after this session ('' when they are)."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or config_dir() / "remonitor.ini"
        try:
            private_file(path)
        except OSError as exc:
            # A configuration folder that cannot be written must not keep the window shut:
            # settings live in a private temporary file for this session, and we say so.
            import tempfile

            log.warning("settings cannot be saved in %s: %s", path.parent, exc)
            self.unsaved = f"{path.parent}: {exc.strerror or exc}"
            path = Path(tempfile.mkdtemp(prefix="remonitor-settings-")) / path.name
            private_file(path)
        self.path = path
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        if int(self._qs.value("meta/version", 0) or 0) < SETTINGS_VERSION:
            self._qs.setValue("meta/version", SETTINGS_VERSION)

    folder = ""
    """The data folder per-folder options are kept for ('' before one is chosen)."""

    def for_folder(self, data_dir: Path) -> Settings:
        """These settings, with per-folder options kept for ``data_dir`` (one file)."""
        scoped = object.__new__(type(self))
        scoped.__dict__.update(self.__dict__)
        scoped.folder = _folder_key(data_dir)
        return scoped

    def _key(self, opt: Option[Any]) -> str:
        return f"folders/{self.folder}/{opt.key}" if opt.per_folder and self.folder \
            else opt.key

    def get(self, opt: Option[T]) -> T:
        value = self._qs.value(self._key(opt), opt.default)
        if isinstance(opt.default, QByteArray):
            return value if isinstance(value, QByteArray) else opt.default
        try:
            if isinstance(opt.default, bool):
                return value in (True, "true", "1", 1)  # type: ignore[return-value]
            return type(opt.default)(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return opt.default

    def set(self, opt: Option[T], value: T) -> None:
        self._qs.setValue(self._key(opt), value)

    def sync(self) -> None:
        self._qs.sync()
