"""Where secrets are kept (the Comtrade subscription key, a team store's password): the
system keyring (``keyring``: the Secret Service on Linux, Keychain on macOS, the Credential
Manager on Windows). Where no keyring service runs (a server, a bare desktop), a secret is
kept in a file only the user can read — never in the settings file, never in the log — and
Preferences says so."""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
SERVICE = "remonitor"
NAME = "comtrade-subscription-key"


class KeyStore:
    """The key, in the keyring or (where there is none) in ``fallback``, a private file."""

    def __init__(self, fallback: Path, name: str = NAME) -> None:
        self.fallback = fallback
        self.name = name
        """The entry's name in the keyring (the Comtrade key's, or a team store's
        password under its address)."""

    def _keyring(self):
        """The keyring module when a real backend runs, else None."""
        try:
            import keyring
            from keyring.backends import fail
        except ImportError:
            return None
        try:
            backend = keyring.get_keyring()
        except Exception:  # a broken keyring configuration: the file it is
            return None
        return None if isinstance(backend, fail.Keyring) else keyring

    @property
    def where(self) -> str:
        """Where the key is kept, in words for Preferences."""
        ring = self._keyring()
        if ring is not None:
            return f"the system keyring ({type(ring.get_keyring()).__name__})"
        return f"{self.fallback} (no keyring service runs here; only you can read it)"

    def get(self) -> str:
        ring = self._keyring()
        if ring is not None:
            try:
                return ring.get_password(SERVICE, self.name) or ""
            except Exception as exc:
                log.warning("the keyring could not be read: %s", type(exc).__name__)
                return ""
        try:
            return self.fallback.read_text("utf-8").strip()
        except OSError:
            return ""

    def set(self, key: str) -> None:
        """Keep ``key`` ('' forgets it)."""
        key = key.strip()
        ring = self._keyring()
        if ring is not None:
            if key:
                ring.set_password(SERVICE, self.name, key)
            else:
                with contextlib.suppress(Exception):  # nothing to forget
                    ring.delete_password(SERVICE, self.name)
            return
        if not key:
            self.fallback.unlink(missing_ok=True)
            return
        self.fallback.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.fallback, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(key)
        os.chmod(self.fallback, 0o600)  # a file made earlier with other rights
