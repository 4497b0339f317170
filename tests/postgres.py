"""A throwaway PostgreSQL cluster for the tests, started from the installed server binaries
on a loopback port and removed after (what pytest-postgresql does, in a page): ``pytest``
alone tests the team store wherever PostgreSQL is installed.

Run as root (a container, CI), the server runs as the ``postgres`` user Debian's package
creates: PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def server_binaries() -> Path | None:
    """The newest installed server's bin folder (Debian keeps them out of the PATH)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A cluster of its own in a temporary folder; ``postgres`` is its superuser and every
    loopback connection is trusted (roles are what the tests exercise, not passwords)."""

    def __init__(self, binaries: Path) -> None:
        self.binaries = binaries
        self.root = Path(tempfile.mkdtemp(prefix="remonitor-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.run_as = "postgres" if os.geteuid() == 0 else None

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.binaries / program), *args]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr}{tail}")

    def start(self) -> None:
        if self.run_as:
            shutil.chown(self.root, user=self.run_as)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                        # fsync off: the tests stop the server, never the machine. Commits
                        # stay synchronous: with them asynchronous, the restart test saw an
                        # application committed just before the stop vanish.
                        "-c fsync=off -c full_page_writes=off", "start")

    def restart(self) -> None:
        """Stop the server at once (as a crash or failover would) and start it again."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-o", f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
                        "-c fsync=off", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"
