"""A team store: one shared store on a PostgreSQL server, for a desk.

The embedded SQLite store stays the default; a team store is chosen with a
``postgresql://`` address. Its connection speaks to the rest of the store as an SQLite
connection does (``execute``, ``executemany``, ``in_transaction``, the same errors for a
refused constraint), so ``store/`` keeps one body of SQL; what differs is in
:mod:`remonitor.store.dialect`.

Roles (``remonitor team init`` creates them; a person's login role is made a member of one):

- ``remonitor_viewer``: reads everything.
- ``remonitor_editor``: a viewer who also writes figures, events and applications; the
  licence history it may only add to (no UPDATE or DELETE privilege, and a trigger refuses
  both for anyone), and each history row names the database user who wrote it, whatever
  the client sent.
- ``remonitor_owner``: owns the schema; ``team init`` migrates as it (an admin).
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from remonitor.store.connection import transaction
from remonitor.store.dialect import POSTGRESQL, dialect_of
from remonitor.store.errors import StoreForbidden, StoreUnavailable, StoreUnreachable

SCHEMA = "remonitor"
OWNER, EDITOR, VIEWER = "remonitor_owner", "remonitor_editor", "remonitor_viewer"
ROLES = {"viewer": VIEWER, "editor": EDITOR, "admin": OWNER}
APPEND_ONLY = ("licence_history",)
"""Tables the editor may add to and never change."""
LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}
SAFE_SSL = {"require", "verify-ca", "verify-full"}


def is_team_address(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


def connection_settings(url: str) -> dict[str, str]:
    """The address's settings, with TLS required unless the server is on this machine:
    ``sslmode=require`` is added where the address names none; a weaker one for a remote
    host is refused."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        settings = {k: str(v) for k, v in conninfo_to_dict(url).items()}
    except Exception as exc:  # psycopg.ProgrammingError: a malformed address
        raise StoreUnavailable(redacted(url), f"is not a PostgreSQL address ({exc}).") from exc
    host = settings.get("host", "")
    local = host in LOCAL_HOSTS or host.startswith("/")
    mode = settings.get("sslmode")
    if not local:
        if mode is None:
            settings["sslmode"] = "require"
        elif mode not in SAFE_SSL:
            raise StoreUnavailable(
                redacted(url), f"asks for sslmode={mode} on a server across the network.",
                "A team store holds compliance records: use sslmode=require (or verify-full "
                "with the server's certificate authority).")
    return settings


def redacted(url: str) -> str:
    """The address as it may be shown or logged: never its password."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        settings = conninfo_to_dict(url)
    except Exception:
        return "postgresql://…"
    settings.pop("password", None)
    host = settings.get("host", "localhost")
    port = f":{settings['port']}" if "port" in settings else ""
    user = f"{settings['user']}@" if "user" in settings else ""
    name = settings.get("dbname", "")
    extra = {k: v for k, v in settings.items() if k in ("sslmode",)}
    text = f"postgresql://{user}{host}{port}/{name}"
    return text + (f" ({make_conninfo(**extra)})" if extra else "")


class TeamConnection:
    """A psycopg connection in autocommit mode (transactions are opened explicitly, as
    on SQLite) speaking the store's placeholders."""

    dialect = POSTGRESQL

    def __init__(self, raw, address: str) -> None:
        self.raw = raw
        self.address = address

    def execute(self, sql: str, params=None):
        cursor = self.raw.cursor()
        with _as_store_errors(self.address):
            cursor.execute(self.dialect.statement(sql, params), params)
        return cursor

    def executemany(self, sql: str, rows):
        rows = list(rows)
        cursor = self.raw.cursor()
        if rows:
            with _as_store_errors(self.address):
                cursor.executemany(self.dialect.statement(sql, rows[0]), rows)
        return cursor

    def copy_rows(self, table: str, columns: Sequence[str], rows: Iterable[tuple]) -> None:
        """Rows into ``table`` by COPY, the server's bulk path: one stream, no statement
        per row. ``table`` and ``columns`` are the store's own names, never a user's."""
        from psycopg import sql

        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
        with _as_store_errors(self.address), self.raw.cursor().copy(statement) as copy:
            for row in rows:
                copy.write_row(row)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        if self.broken:  # the server rolled back whatever was open when it was lost
            return False
        return self.raw.info.transaction_status != TransactionStatus.IDLE

    @property
    def user(self) -> str:
        return self.raw.info.user

    @property
    def broken(self) -> bool:
        """The server was lost under this connection (it cannot be used again)."""
        return self.raw.closed or self.raw.broken

    def close(self) -> None:
        self.raw.close()


@contextlib.contextmanager
def _as_store_errors(address: str) -> Iterator[None]:
    """A refused constraint is the same error to the store's callers on both databases; a
    change the user's role may not make is StoreForbidden."""
    import psycopg

    try:
        yield
    except psycopg.errors.IntegrityError as exc:
        raise sqlite3.IntegrityError(_first_line(exc)) from exc
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction) as exc:
        raise StoreForbidden(
            address, f"refused the change: your role may not make it ({_first_line(exc)}); "
            "nothing of it was stored.",
            "Ask the desk's admin for the editor role if you need it.") from exc
    except psycopg.errors.QueryCanceled as exc:  # the server's statement_timeout
        raise StoreUnavailable(
            address, f"took too long and stopped the work ({_first_line(exc)}); nothing of "
            "it was stored.", "Try again; if it keeps happening, tell the desk's admin.") from exc
    except psycopg.OperationalError as exc:  # the server lost: restarted, failed over
        raise StoreUnreachable(
            address, f"cannot be reached ({_first_line(exc)}); nothing of this work was "
            "stored.", "remonitor reconnects by itself: try again in a moment.") from exc


def connect_team(url: str, *, readonly: bool = False) -> TeamConnection:
    """A connection to the team store at ``url``; StoreUnavailable says why not."""
    import psycopg

    settings = connection_settings(url)
    settings.setdefault("connect_timeout", "5")
    settings.setdefault("application_name", "remonitor")
    options = f"-c search_path={SCHEMA}"
    if readonly:
        options += " -c default_transaction_read_only=on"
    settings["options"] = (settings.get("options", "") + " " + options).strip()
    try:
        raw = psycopg.connect(autocommit=True, **settings)
    except psycopg.OperationalError as exc:
        raise StoreUnreachable(
            redacted(url), f"cannot be reached ({_first_line(exc)}).",
            "Check the address and that the server is running; remonitor will try again."
        ) from exc
    return TeamConnection(raw, redacted(url))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def role_of(conn: TeamConnection) -> str:
    """What this connection's user may do: 'admin', 'editor' or 'viewer' (the strongest
    of its memberships), or '' for none."""
    for name in ("admin", "editor", "viewer"):
        held = conn.execute("SELECT pg_has_role(current_user, ?, 'USAGE')",
                            (ROLES[name],)).fetchone()[0]
        if held:
            return name
    return ""


_ROLES_SQL = f"""DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{VIEWER}') THEN
        CREATE ROLE {VIEWER} NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{EDITOR}') THEN
        CREATE ROLE {EDITOR} NOLOGIN IN ROLE {VIEWER}; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OWNER}') THEN
        CREATE ROLE {OWNER} NOLOGIN IN ROLE {EDITOR}; END IF;
END $$"""


def init_team_store(url: str) -> list[int]:
    """Create (or bring up to date) the team store at ``url``: the roles, the schema owned
    by the owner role, the tables by the same migrations as a local store, and the
    privileges of each role. The address's user must be allowed to create roles (a
    database administrator). Returns the schema versions applied."""
    from remonitor.store.migrations import migrate

    conn = connect_team(url)
    try:
        conn.execute(_ROLES_SQL)
        conn.execute(f"GRANT {OWNER} TO current_user")
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA} AUTHORIZATION {OWNER}")
        conn.execute(f"CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA {SCHEMA}")
        conn.execute(f"SET ROLE {OWNER}")
        applied = migrate(conn)
        grant_privileges(conn)
        conn.execute("RESET ROLE")
        return applied
    finally:
        conn.close()


def grant_privileges(conn: TeamConnection) -> None:
    """What each role may do to every table the migrations made (run as the owner)."""
    conn.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {VIEWER}")
    conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {VIEWER}")
    conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {SCHEMA} "
                 f"TO {EDITOR}")
    conn.execute(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {SCHEMA} TO {EDITOR}")
    for table in APPEND_ONLY:
        conn.execute(f"REVOKE UPDATE, DELETE, TRUNCATE ON {table} FROM {EDITOR}")


def grant_role(url: str, user: str, role: str) -> None:
    """Make the login role ``user`` a viewer, an editor or an admin of the team store
    (the strongest membership counts; a lesser one is removed)."""
    if role not in ROLES:
        raise ValueError(f"{role!r} is not a role; choose one of {', '.join(ROLES)}")
    conn = connect_team(url)
    try:
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = ?", (user,)).fetchone()
        if exists is None:
            raise ValueError(f"the server has no user {user!r}; create it first "
                             "(CREATE ROLE … LOGIN PASSWORD …)")
        ident = _identifier(conn, user)
        for other in ROLES.values():
            conn.execute(f"REVOKE {other} FROM {ident}")
        conn.execute(f"GRANT {ROLES[role]} TO {ident}")
    finally:
        conn.close()


def _identifier(conn: TeamConnection, name: str) -> str:
    """``name`` quoted as an SQL identifier by the server itself."""
    return conn.execute("SELECT quote_ident(?)", (name,)).fetchone()[0]


def open_team(url: str) -> TeamConnection:
    """The connection of a session on a team store (the window's writer, a command): its
    schema must be the one this remonitor knows; only an admin changes it (team init)."""
    from remonitor.store.migrations import LATEST_VERSION, schema_version

    conn = connect_team(url)
    try:
        version = schema_version(conn)
        if version != LATEST_VERSION:
            raise StoreUnavailable(
                conn.address,
                f"holds schema {version}; this remonitor needs {LATEST_VERSION}." if version
                else "holds no remonitor schema yet.",
                "The desk's admin runs `remonitor team init` with this remonitor "
                "(it creates or brings the schema up to date).")
    except BaseException:
        conn.close()
        raise
    return conn


def store_tables(local: sqlite3.Connection) -> list[str]:
    """The tables of a local store in the order they were made: a table is made after
    those it refers to, so copying in this order never breaks a reference."""
    return [r[0] for r in local.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'licence_search%' ORDER BY rowid")]


def _columns(local: sqlite3.Connection, table: str) -> list[str]:
    return [r[0] for r in local.execute("SELECT name FROM pragma_table_info(?) ORDER BY cid",
                                        (table,))]


@dataclasses.dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    digest: str

    def __str__(self) -> str:
        return f"{self.table}: {self.rows:,} rows, checksum {self.digest}"


def table_check(conn, table: str, columns: Sequence[str]) -> TableCheck:
    """How many rows ``table`` holds and a checksum of them that ignores their order (the
    sum of a hash of each row), read the same way from either database."""
    import hashlib

    total = count = 0
    cursor = conn.execute(f"SELECT {', '.join(columns)} FROM {table}")
    while rows := cursor.fetchmany(20_000):
        for row in rows:
            digest = hashlib.blake2b(repr(tuple(row)).encode(), digest_size=8).digest()
            total = (total + int.from_bytes(digest, "big")) % 2**64
        count += len(rows)
    return TableCheck(table, count, f"{total:016x}")


def push_store(local: sqlite3.Connection, url: str, progress=None) -> list[TableCheck]:
    """Copy a local store into the empty team store at ``url`` (as its admin), in one
    transaction, then read both back and compare every table's rows and checksum. Returns
    the checks; raises StoreUnavailable, with nothing left behind, if the team store is not
    empty or any table differs."""
    team = open_team(url)
    try:
        tables = store_tables(local)
        columns = {t: [c for c in _columns(local, t)] for t in tables}
        with transaction(team):
            held = [t for t in tables if t != "meta"  # init's own notes, replaced below
                    and team.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]]
            if held:
                raise StoreUnavailable(
                    team.address, f"is not empty ({', '.join(held)} hold rows).",
                    "Push into a team store fresh from `remonitor team init`.")
            team.execute("DELETE FROM meta")
            for i, table in enumerate(tables):
                if progress:
                    progress(i, len(tables), table)
                cursor = local.execute(f"SELECT {', '.join(columns[table])} FROM {table} "
                                       f"ORDER BY {_order(local, table)}")
                team.copy_rows(table, columns[table], iter(cursor))
                if "id" in columns[table]:  # new rows go on from the copied ids
                    team.execute("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                                 f"coalesce(max(id), 0) + 1, false) FROM {table}", (table,))
            checks = []
            for table in tables:
                mine = table_check(local, table, columns[table])
                theirs = table_check(team, table, columns[table])
                if (mine.rows, mine.digest) != (theirs.rows, theirs.digest):
                    raise StoreUnavailable(
                        team.address, f"received {table} unequal: {theirs} against the "
                        f"local {mine}; nothing was kept.")
                checks.append(mine)
        return checks
    finally:
        team.close()


def _order(local: sqlite3.Connection, table: str) -> str:
    """The order rows were added in (event sources keep theirs by it)."""
    without_rowid = local.execute("SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema "
                                  "WHERE name = ?", (table,)).fetchone()[0]
    return "1" if without_rowid else "rowid"


RETRY_WAITS_S = (1, 2, 4, 8, 15, 30)
"""Waits between attempts to reach a team store's server: quick at first, then every half
minute, for as long as the window is open."""

CHANNEL = "remonitor"
"""The channel a team store's writers announce their changes on."""


def announce(conn, change, origin: str) -> None:
    """Tell the desk's other windows what a committed write changed (a team store's
    NOTIFY; nothing to tell on a local store). ``change``: a core StoreChange; ``origin``:
    the writer's own mark, so its window does not hear its own change twice (a server
    process id would not do: a restarted server reuses them)."""
    if not dialect_of(conn).is_postgresql or not change:
        return
    import json

    payload = json.dumps({"who": conn.user, "origin": origin, **change.to_payload()},
                         separators=(",", ":"))
    conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, payload))


@dataclasses.dataclass(frozen=True)
class Heard:
    """A colleague's change: who made it, what it changed (a core StoreChange)."""

    who: str
    change: object


class ChangeListener:
    """A connection of its own that LISTENs for the desk's changes (not this process's own
    writer's, which its window already knows)."""

    def __init__(self, url: str, own_origin: str = "") -> None:
        self.url = url
        self.own_origin = own_origin
        self.conn: TeamConnection | None = None

    def connect(self) -> None:
        self.conn = connect_team(self.url)
        self.conn.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout_s: float) -> list[Heard]:
        """The changes heard within ``timeout_s`` (returns at the first, with any others
        already arrived). Raises StoreUnavailable if the server is lost."""
        import json

        import psycopg

        from remonitor.core.changes import StoreChange

        if self.conn is None:
            self.connect()
        heard = []
        try:
            for note in self.conn.raw.notifies(timeout=timeout_s, stop_after=1):
                data = json.loads(note.payload)
                if self.own_origin and data.get("origin") == self.own_origin:
                    continue
                heard.append(Heard(data.get("who", "?"), StoreChange.from_payload(data)))
        except psycopg.OperationalError as exc:
            self.close()
            raise StoreUnreachable(redacted(self.url), f"was lost ({_first_line(exc)}).",
                                   "remonitor reconnects by itself.") from exc
        return heard

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.close()
            self.conn = None
