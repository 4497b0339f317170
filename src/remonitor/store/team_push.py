"""``remonitor team push``: a local store copied into an empty team store, verified table
by table before it is kept."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence

from remonitor.store.connection import transaction
from remonitor.store.errors import StoreUnavailable
from remonitor.store.team import open_team


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
