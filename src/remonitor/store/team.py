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
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence

from remonitor.store import connection
from remonitor.store.dialect import POSTGRESQL
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

    def copy_arrays(self, table: str, columns: Sequence[str], parts: Iterable[Sequence]
                    ) -> None:
        """Rows given column by column into ``table`` by one binary COPY, each part's rows
        built whole by numpy (a ``write_row`` per row cost 1.7 s of a million figures) and
        sent while the next part is made: the server takes them in meanwhile. A part gives
        each column as an int64 array (a masked array's masked cells are NULL) or the same
        for every row: an int, '' or None. The columns are BIGINT or TEXT, as the store
        declares them."""
        from psycopg import sql

        statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT BINARY)").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
        with _as_store_errors(self.address), self.raw.cursor().copy(statement) as copy:
            copy.write(BINARY_HEADER)
            for values in parts:
                copy.write(binary_rows(values))
            copy.write(BINARY_TRAILER)

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


BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") * 2
"""PostgreSQL's binary COPY stream opens with its signature, no flags and no extension."""
BINARY_TRAILER = (-1).to_bytes(2, "big", signed=True)


def binary_rows(values: Sequence) -> bytes:
    """The rows given column by column (see TeamConnection.copy_arrays) as PostgreSQL's
    binary COPY writes them, between its header and trailer: each row as its field count
    and each field's length and big-endian value. Rows are grouped by which cells are NULL
    (the fields' layout differs); the table's order does not matter."""
    import numpy as np

    if any(isinstance(v, str) and v for v in values):
        raise ValueError("binary_rows writes empty texts only")
    count = next((len(v) for v in values if isinstance(v, np.ndarray)), 0)
    pattern = np.zeros(count, dtype=np.int64)  # bit i: column i is NULL in this row
    for i, value in enumerate(values):
        if isinstance(value, np.ma.MaskedArray):
            pattern |= np.ma.getmaskarray(value).astype(np.int64) << i
    parts = []
    for group in np.unique(pattern):
        chosen = pattern == group
        null = [v is None or bool(group >> i & 1) for i, v in enumerate(values)]
        fields = [("count", ">i2")]
        for i, value in enumerate(values):
            fields.append((f"length{i}", ">i4"))
            if not null[i] and not isinstance(value, str):
                fields.append((f"value{i}", ">i8"))
        rows = np.empty(int(chosen.sum()), dtype=fields)
        rows["count"] = len(values)
        for i, value in enumerate(values):
            if null[i]:
                rows[f"length{i}"] = -1
            elif isinstance(value, str):
                rows[f"length{i}"] = 0
            else:
                rows[f"length{i}"] = 8
                rows[f"value{i}"] = np.asarray(value)[chosen] if isinstance(
                    value, np.ndarray) else value
        parts.append(rows.tobytes())
    return b"".join(parts)


@contextlib.contextmanager
def _as_store_errors(address: str) -> Iterator[None]:
    """A refused constraint is the same error to the store's callers on both databases; a
    change the user's role may not make is StoreForbidden."""
    import psycopg

    try:
        yield
    except psycopg.errors.IntegrityError as exc:
        raise sqlite3.IntegrityError(first_line(exc)) from exc
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction) as exc:
        raise StoreForbidden(
            address, f"refused the change: your role may not make it ({first_line(exc)}); "
            "nothing of it was stored.",
            "Ask the desk's admin for the editor role if you need it.") from exc
    except psycopg.errors.QueryCanceled as exc:  # the server's statement_timeout
        raise StoreUnavailable(
            address, f"took too long and stopped the work ({first_line(exc)}); nothing of "
            "it was stored.", "Try again; if it keeps happening, tell the desk's admin.") from exc
    except psycopg.OperationalError as exc:  # the server lost: restarted, failed over
        raise StoreUnreachable(
            address, f"cannot be reached ({first_line(exc)}); nothing of this work was "
            "stored.", "remonitor reconnects by itself: try again in a moment.") from exc


password_source: Callable[[str], str | None] | None = None
"""Where a team store's password comes from when its address carries none: the window
sets it to the keyring (ui Preferences → Team store). libpq's own ~/.pgpass and PGPASSWORD
apply after it."""


def connect_team(url: str, *, readonly: bool = False,
                 password: str | None = None) -> TeamConnection:
    """A connection to the team store at ``url``; StoreUnavailable says why not."""
    import psycopg

    settings = connection_settings(url)
    if "password" not in settings:
        password = password or (password_source(url) if password_source else None)
        if password:
            settings["password"] = password
    settings.setdefault("connect_timeout", "5")
    settings.setdefault("application_name", "remonitor")
    # No JIT: the store's statements are short, and compiling one that crosses the
    # planner's cost line took 0.28 s of a 1.5 s summary of a million figures. Each
    # statement planned for its values: psycopg prepares a statement run five times, and
    # the server's generic plan of the tracker's search (its word unknown) read the whole
    # trigram index for a one-letter word: 190-230 ms a keystroke, against 67 planned.
    options = f"-c search_path={SCHEMA} -c jit=off -c plan_cache_mode=force_custom_plan"
    if readonly:
        options += " -c default_transaction_read_only=on"
    settings["options"] = (settings.get("options", "") + " " + options).strip()
    if connection.opened is not None:  # the Qt tests fail a connection from the GUI thread
        connection.opened(redacted(url))
    try:
        raw = psycopg.connect(autocommit=True, **settings)
    except psycopg.OperationalError as exc:
        raise StoreUnreachable(
            redacted(url), f"cannot be reached ({first_line(exc)}).",
            "Check the address and that the server is running; remonitor will try again."
        ) from exc
    return TeamConnection(raw, redacted(url))


def first_line(exc: BaseException) -> str:
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


def open_team(url: str, password: str | None = None) -> TeamConnection:
    """The connection of a session on a team store (the window's writer, a command): its
    schema must be the one this remonitor knows; only an admin changes it (team init)."""
    from remonitor.store.migrations import LATEST_VERSION, schema_version

    conn = connect_team(url, password=password)
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
