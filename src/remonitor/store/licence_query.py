"""The tracker's table in SQL: which applications match a filter, in which order, and how
many there are of each status — so a table of 100,000 applications never leaves the
database whole.

Review clocks are derived (working days, pauses) and computed outside SQL; a caller passes
them in and they are joined like a table, so they sort and filter like columns.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from remonitor.core.licence import Status, StoredApplication
from remonitor.store.applications import application_columns, stored_from_row
from remonitor.store.dialect import Dialect, dialect_of
from remonitor.store.migrations import SEARCHED

_STATUS_ORDER = "CASE a.status " + " ".join(
    f"WHEN '{s.value}' THEN {i}" for i, s in enumerate(Status)) + " END"
_SHIPPED = ("(SELECT coalesce(sum(s.quantity), 0) FROM licence_shipment s "
            "WHERE s.application_id = a.id)")
_LICENCE_STATE = (
    "CASE WHEN a.status != 'approved' OR a.approved_quantity IS NULL THEN NULL "
    f"WHEN a.approved_quantity - {_SHIPPED} <= 0 THEN 2 "
    "WHEN a.valid_until < :today THEN 3 WHEN a.valid_from > :today THEN 1 ELSE 0 END")

_NOCASE = ("reference", "applicant", "item", "destination", "consignee", "end_user")


@functools.cache
def sort_keys(dialect: Dialect) -> Mapping[str, str]:
    """Every sortable column, by key: an SQL expression over the application ``a`` and its
    clock ``c``. Keys are the only thing a caller chooses; no caller text reaches the SQL."""
    keys = dict(_SORT_KEYS)
    keys["licence"] = f"{_LICENCE_STATE} * 100000 + {dialect.day_number('a.valid_until')}"
    keys.update((k, dialect.nocase(f"a.{k}")) for k in _NOCASE)
    return keys


_SORT_KEYS: Mapping[str, str] = {
    "id": "a.id",
    "status": _STATUS_ORDER,
    "days_left": "c.days_left",
    "due": "c.due",
    "remaining": f"CASE WHEN a.status = 'approved' THEN a.approved_quantity - {_SHIPPED} END",
    "control_code": "a.control_code",
    "hs_code": "a.hs_code",
    "elements": "a.elements",
    "quantity": "a.quantity",
    "quantity_unit": "a.quantity_unit",
    "value": "a.value",
    "currency": "a.currency",
    "licence_type": "a.licence_type",
    "mofcom_number": "a.mofcom_number",
    "contract_number": "a.contract_number",
    "submitted_on": "a.submitted_on",
    "accepted_on": "a.accepted_on",
    "green_channel": "a.green_channel",
    "licence_number": "a.licence_number",
    "valid_until": "a.valid_until",
    "updated_at": "a.updated_at",
}
_HAYSTACK = " || char(31) || ".join(f"a.{c}" for c in SEARCHED)
TRIGRAM = 3
"""Words this long or longer are looked up in the trigram index; shorter ones scan."""
SEARCH_MAX_CHARS = 256
SEARCH_MAX_WORDS = 8
TRIGRAM_MAX = 64
"""The trigram index is asked for at most this many characters of a word. A phrase of n
characters is n - 2 trigrams, and matching one against a stored run of the same character
holds them for every position: 64 characters against a million-character run took 85 MiB
and 0.4 s here; thousands took gigabytes. A longer word is found by its first 64 characters
and then checked whole with LIKE."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
WINDOW = 2_000
"""A head in an order an index walks is looked for among this many first rows of it, each
tested on its own (store.migrations v12): a letter typed matches most rows, so a page is
found within the first few hundred, where finding every match first took 50–80 ms over
100,000 applications; a rarer word finds fewer, the first of its matches all the same."""
_WALKED = ("id", "reference")
"""The sorts an index walks in order; neither key is ever NULL."""


def search_words(text: str) -> list[str]:
    """The words a search text asks for: control characters (a NUL among them) dropped, at
    most ``SEARCH_MAX_CHARS`` read and ``SEARCH_MAX_WORDS`` kept, each once."""
    words = _CONTROL.sub(" ", text[:SEARCH_MAX_CHARS]).split()
    return list(dict.fromkeys(words))[:SEARCH_MAX_WORDS]


@dataclass(frozen=True, slots=True)
class ApplicationQuery:
    """What the tracker lists: filters, and the order."""

    text: str = ""
    """Words that must all appear in some field (case-insensitive)."""
    status: str = ""
    """A status value, or a clock state ('overdue', 'near due'), or '' for every row."""
    destination: str = ""
    element: str = ""
    applicant: str = ""
    sort: str = "id"
    descending: bool = False

    def without_status(self) -> ApplicationQuery:
        return ApplicationQuery(self.text, "", self.destination, self.element,
                                self.applicant, self.sort, self.descending)


@dataclass(frozen=True, slots=True)
class Clock:
    days_left: int | None
    due: date | None
    state: str


@dataclass(frozen=True, slots=True)
class QueryResult:
    ids: list[int]
    counts: dict[str, int]
    """Rows per status and per clock state under the other filters; 'all' is their total.
    Empty for a head that is not complete."""
    complete: bool = True
    """False for a head (see :func:`query_applications`) that is not every match."""


CLOCK_STATES = ("overdue", "near due")


def _where(query: ApplicationQuery, params: dict, dialect: Dialect,
           row_by_row: bool = False) -> str:
    clauses = [_word_clause(i, word, params, dialect, row_by_row)
               for i, word in enumerate(search_words(query.text))]
    if query.destination:
        params["destination"] = query.destination
        clauses.append("(a.destination = :destination OR EXISTS (SELECT 1 FROM "
                       f"{dialect.json_items('a.end_users', 'u')} WHERE u.value ->> 1 = "
                       ":destination))")
    if query.element:
        params["element"] = query.element
        clauses.append(f"EXISTS (SELECT 1 FROM {dialect.json_texts('a.elements', 'e')} "
                       "WHERE e.value = :element)")
    if query.applicant:
        params["applicant"] = query.applicant
        clauses.append("a.applicant = :applicant")
    return ("WHERE " + " AND ".join(clauses)) if clauses else ""


def _word_clause(i: int, word: str, params: dict, dialect: Dialect,
                 row_by_row: bool = False) -> str:
    """The test that ``word`` appears in some searched field, ignoring case, asked through
    each database's trigram index for at most TRIGRAM_MAX characters and checked whole.
    ``row_by_row``: the rows tested are few (a head's window), so a word too short for the
    index is tested on each row's text rather than on every row's first."""
    head = word[:TRIGRAM_MAX]
    if dialect.is_postgresql:
        # The fields' lower-cased copy (migrations v10) under pg_trgm's index, which
        # serves LIKE; a word too short for a trigram reads the copy's bytes.
        params[f"w{i}"] = f"%{_escaped(head)}%"
        clause = f"a.search_body LIKE lower(:w{i}) ESCAPE '\\'"
        if len(word) > TRIGRAM_MAX:
            params[f"s{i}"] = word
            clause += f" AND strpos(a.search_body, lower(:s{i})) > 0"
        return clause
    clauses = []
    if len(word) >= TRIGRAM:  # a quoted phrase: SQLite's trigram table finds the substring
        params[f"t{i}"] = '"' + head.replace('"', '""') + '"'
        clauses.append(f"a.id IN (SELECT rowid FROM licence_search WHERE licence_search "
                       f"MATCH :t{i})")
    if len(word) < TRIGRAM:
        # Too short for a trigram: LIKE (it ignores ASCII case) over the trigram table's
        # copy of the fields, one stored text a row, not the fields joined again for each
        # (a one-letter word over 100,000 applications: 0.23 s → 0.10 s).
        params[f"w{i}"] = f"%{_escaped(word)}%"
        if row_by_row:
            clauses.append("EXISTS (SELECT 1 FROM licence_search s WHERE s.rowid = a.id "
                           f"AND s.body LIKE :w{i} ESCAPE '\\')")
        else:
            clauses.append(f"a.id IN (SELECT rowid FROM licence_search WHERE body LIKE "
                           f":w{i} ESCAPE '\\')")
    elif len(word) > TRIGRAM_MAX:  # checked whole on the rows its head was found in
        params[f"w{i}"] = f"%{_escaped(word)}%"
        clauses.append(f"({_HAYSTACK}) LIKE :w{i} ESCAPE '\\'")
    return " AND ".join(clauses)


def _escaped(word: str) -> str:
    """``word`` as a LIKE pattern matching itself: its wildcards and escapes escaped."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Reads run on query-only connections, so the clocks come in as one JSON parameter and
# are materialised once per statement (SQLite indexes it automatically for the join).
def _clocks(dialect: Dialect) -> str:
    return ("WITH c(id, days_left, due, state) AS MATERIALIZED (SELECT "
            "CAST(j.value ->> 0 AS BIGINT), CAST(j.value ->> 1 AS BIGINT), j.value ->> 2, "
            f"j.value ->> 3 FROM {dialect.json_items(':clocks', 'j')} ORDER BY 1) ")



_FROM = "FROM licence_application a LEFT JOIN c ON c.id = +a.id"
_BY_CLOCK = ("days_left", "due")


def _clocks_json(clocks: Mapping[int, Clock]) -> str:
    return json.dumps([[i, c.days_left, c.due.isoformat() if c.due else None, c.state]
                       for i, c in clocks.items()])


def query_applications(conn: sqlite3.Connection, query: ApplicationQuery,
                       clocks: Mapping[int, Clock], today: date, limit: int | None = None
                       ) -> QueryResult:
    """The ids matching ``query`` in its order, and counts by status under the other
    filters. Runs on a query-only read connection.

    With ``limit``, a head: the first ``limit`` ids at most, read without walking every
    match (a letter typed into the search box matches most of a desk's applications, and
    reading them all back took most of a keystroke). In an order an index walks, only the
    first WINDOW rows of it are tested: the head then holds the first matches, perhaps
    fewer than ``limit``. The head is ``complete``, counts and all, when it holds every
    match and no status is chosen; else its counts are empty."""
    dialect = dialect_of(conn)
    keys = sort_keys(dialect)
    if query.sort not in keys:
        raise ValueError(f"cannot sort applications by {query.sort!r}")
    if query.status and query.status not in CLOCK_STATES:
        Status(query.status)  # an unknown status is a programming error, said early
    params: dict = {"today": today.isoformat()}
    walked = limit is not None and query.sort in _WALKED
    where = _where(query.without_status(), params, dialect, row_by_row=walked)
    flagged = {i: c.state for i, c in clocks.items() if c.state in CLOCK_STATES}
    wanted = query.status
    tail = ""
    if limit is not None:
        where = _head_status(where, wanted, flagged, params)
        params["limit"] = limit
        tail = " LIMIT :limit"
    direction = "DESC" if query.descending else "ASC"
    nulls = "" if query.sort in _WALKED else " NULLS LAST"
    order = f"{keys[query.sort]} {direction}{nulls}, a.id {direction}"
    head, source = "", "FROM licence_application a"
    if query.sort in _BY_CLOCK:  # the only sorts that need the clocks in SQL
        params["clocks"] = _clocks_json(clocks)
        head, source = _clocks(dialect), _FROM
    elif walked:
        params["window"] = WINDOW
        source = f"FROM (SELECT * FROM licence_application a ORDER BY {order} LIMIT :window) a"
    # One pass: every row under the other filters, in order, with its status; the status
    # or clock-state filter and the counts are then walks over two lists.
    rows = conn.execute(f"{head}SELECT a.id, a.status {source} {where} ORDER BY {order}{tail}",
                        params).fetchall()
    every = [r[0] for r in rows]
    if limit is not None and (wanted or len(every) >= limit or (walked and _past_window(conn))):
        # Not every match: a page of them, or rows past the window were not tested.
        return QueryResult(every, {}, complete=False)
    statuses = [r[1] for r in rows]
    counts: Counter[str] = Counter(statuses)
    counts["all"] = len(every)
    counts.update(flagged[i] for i in every if i in flagged)
    if wanted in CLOCK_STATES:
        ids = [i for i in every if flagged.get(i) == wanted]
    elif wanted:
        ids = [i for i, s in zip(every, statuses, strict=True) if s == wanted]
    else:
        ids = every
    return QueryResult(ids, dict(counts))


def _head_status(where: str, wanted: str, flagged: Mapping[int, str], params: dict) -> str:
    """A head is read with the status chosen, in SQL (its rows are the ones shown); the
    counts, which need every status, come with the whole answer."""
    if wanted in CLOCK_STATES:
        params["flagged"] = json.dumps([i for i, s in flagged.items() if s == wanted])
        clause = "a.id IN (SELECT value FROM json_each(:flagged))"
    elif wanted:
        params["status"] = wanted
        clause = "a.status = :status"
    else:
        return where
    return f"{where} AND {clause}" if where else f"WHERE {clause}"


def _past_window(conn: sqlite3.Connection) -> bool:
    """Whether the store holds more applications than a head's window tests."""
    return conn.execute("SELECT count(*) FROM (SELECT 1 FROM licence_application LIMIT :n) "
                        "AS w", {"n": WINDOW + 1}).fetchone()[0] > WINDOW


def applications_by_id(conn: sqlite3.Connection, ids: Sequence[int]
                       ) -> dict[int, StoredApplication]:
    rows = conn.execute(
        f"SELECT id, created_at, updated_at, row_version, {application_columns()} "
        "FROM licence_application "
        "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(ids)),))
    return {r[0]: stored_from_row(r) for r in rows}


def under_review(conn: sqlite3.Connection) -> list[tuple[int, Status, date | None]]:
    """Applications whose review clock runs or is stopped (accepted or information
    requested): id, status and acceptance date — all a clock needs besides the history."""
    return [(i, Status(s), date.fromisoformat(a) if a else None) for i, s, a in conn.execute(
        "SELECT id, status, accepted_on FROM licence_application "
        "WHERE status IN ('accepted', 'info_requested')")]


@dataclass(frozen=True, slots=True)
class Facets:
    destinations: list[str]
    applicants: list[str]
    elements: list[str]


def facets(conn: sqlite3.Connection) -> Facets:
    """The values the tracker's filters offer."""
    def column(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql) if r[0]]

    dialect = dialect_of(conn)
    return Facets(
        column("SELECT d FROM (SELECT destination AS d FROM licence_application UNION SELECT "
               "j.value ->> 1 FROM licence_application, "
               f"{dialect.json_items('licence_application.end_users', 'j')}) AS f "
               f"ORDER BY {dialect.nocase('d')}"),
        column("SELECT applicant FROM licence_application GROUP BY applicant "
               f"ORDER BY {dialect.nocase('applicant')}"),
        column("SELECT DISTINCT j.value FROM licence_application, "
               f"{dialect.json_texts('licence_application.elements', 'j')} ORDER BY 1"))
