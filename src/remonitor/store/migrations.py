"""Schema versions: an ordered, forward-only list; ``PRAGMA user_version`` says which ran.

Each migration runs statement by statement inside one explicit transaction (never
``executescript``, which commits first and opens none), together with the version bump, so
a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence

from remonitor.store.connection import store_name, transaction
from remonitor.store.dialect import Only, dialect_of
from remonitor.store.errors import StoreUnavailable
from remonitor.store.observations import summarise_all

_ISO_DATE = "CHECK ({col} IS NULL OR date({col}) = {col})"


def _date(col: str) -> str:
    return _ISO_DATE.format(col=col)


# Version 1: figures and where they came from.
_V1 = [
    # AUTOINCREMENT: a batch id is never reused after an undo, so logs stay unambiguous.
    f"""CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        format TEXT NOT NULL,
        release_date TEXT NOT NULL {_date('release_date')},
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_added INTEGER NOT NULL DEFAULT 0,
        rows_revised INTEGER NOT NULL DEFAULT 0,
        rows_skipped INTEGER NOT NULL DEFAULT 0,
        reference_version INTEGER,
        note TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX import_batch_hash ON import_batch(file_hash)",
    """CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        flow TEXT NOT NULL CHECK (flow IN ('export', 'import', 're-export', 're-import',
                                           'production', 'reserves')),
        reporter TEXT NOT NULL,
        partner TEXT NOT NULL,
        product TEXT NOT NULL,
        measure TEXT NOT NULL CHECK (measure IN ('quantity', 'value')),
        unit TEXT NOT NULL,
        source TEXT NOT NULL,
        definition TEXT NOT NULL DEFAULT '',
        UNIQUE (flow, reporter, partner, product, measure, unit, source, definition)
    ) STRICT""",
    # WITHOUT ROWID: the primary key is the table, so one b-tree both enforces one figure
    # per series, span and batch and serves the chart's per-series reads (value, decimals
    # ride along) — half the index work of a rowid table with a unique and a covering index.
    """CREATE TABLE observation (
        series_id INTEGER NOT NULL REFERENCES series(id),
        first_month INTEGER NOT NULL,
        last_month INTEGER NOT NULL,
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        value REAL NOT NULL,
        decimals INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        CHECK (last_month >= first_month),
        PRIMARY KEY (series_id, first_month, last_month, batch_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX observation_by_batch ON observation(batch_id)",
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT""",
]

# Version 2: the policy timeline.
_V2 = [
    f"""CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        key TEXT UNIQUE,
        announced TEXT NOT NULL {_date('announced')},
        effective TEXT {_date('effective')},
        end_date TEXT {_date('end_date')},
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        authority TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('export control', 'licensing', 'quota',
            'tariff', 'talks', 'statement', 'other')),
        number TEXT NOT NULL DEFAULT '',
        elements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(elements)),
        hs_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hs_codes)),
        control_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(control_codes)),
        source TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE
    ) STRICT""",
    "CREATE INDEX event_by_date ON event(announced)",
    "CREATE INDEX event_by_batch ON event(batch_id)",
    """CREATE TABLE event_link (
        event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        target_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        PRIMARY KEY (event_id, target_id, relation)
    ) STRICT""",
]

# Version 3: the licence tracker and its append-only audit trail.
_V3 = [
    f"""CREATE TABLE licence_application (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE CHECK (length(trim(reference)) > 0),
        mofcom_number TEXT NOT NULL DEFAULT '',
        applicant TEXT NOT NULL DEFAULT '',
        contract_number TEXT NOT NULL DEFAULT '',
        item TEXT NOT NULL DEFAULT '',
        control_code TEXT NOT NULL DEFAULT '',
        hs_code TEXT NOT NULL DEFAULT '',
        elements TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(elements)),
        quantity REAL CHECK (quantity IS NULL OR quantity > 0),
        quantity_unit TEXT NOT NULL DEFAULT 'kg',
        value REAL CHECK (value IS NULL OR value >= 0),
        currency TEXT NOT NULL DEFAULT 'USD',
        destination TEXT NOT NULL DEFAULT '',
        consignee TEXT NOT NULL DEFAULT '',
        end_user TEXT NOT NULL DEFAULT '',
        end_use TEXT NOT NULL DEFAULT '',
        licence_type TEXT NOT NULL DEFAULT 'single'
            CHECK (licence_type IN ('single', 'general')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted',
            'accepted', 'info_requested', 'approved', 'denied', 'withdrawn')),
        submitted_on TEXT {_date('submitted_on')},
        accepted_on TEXT {_date('accepted_on')},
        green_channel INTEGER NOT NULL DEFAULT 0 CHECK (green_channel IN (0, 1)),
        notes TEXT NOT NULL DEFAULT '',
        licence_number TEXT NOT NULL DEFAULT '',
        valid_from TEXT {_date('valid_from')},
        valid_until TEXT {_date('valid_until')},
        approved_quantity REAL CHECK (approved_quantity IS NULL OR approved_quantity > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX licence_by_status ON licence_application(status)",
    f"""CREATE TABLE licence_shipment (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES licence_application(id),
        shipped_on TEXT NOT NULL {_date('shipped_on')},
        quantity REAL NOT NULL CHECK (quantity > 0),
        reference TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    # No ON DELETE here: an application with history cannot be deleted (compliance record).
    """CREATE TABLE licence_history (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES licence_application(id),
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    "CREATE INDEX licence_history_by_application ON licence_history(application_id, id)",
    Only("sqlite", """CREATE TRIGGER licence_history_no_update BEFORE UPDATE ON
       licence_history
       BEGIN SELECT RAISE(ABORT, 'licence_history is append-only: rows cannot be changed');
       END"""),
    Only("sqlite", """CREATE TRIGGER licence_history_no_delete BEFORE DELETE ON
       licence_history
       BEGIN SELECT RAISE(ABORT, 'licence_history is append-only: rows cannot be deleted');
       END"""),
    # On a team store the same refusal, for every role (the editor has no UPDATE or
    # DELETE privilege either: store.team), and each row names the database user who
    # wrote it, whatever the client sent.
    Only("postgresql", """CREATE FUNCTION licence_history_append_only() RETURNS trigger
       LANGUAGE plpgsql AS $$ BEGIN
           RAISE EXCEPTION 'licence_history is append-only: rows cannot be %',
               CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END
               USING ERRCODE = 'integrity_constraint_violation';
       END $$"""),
    Only("postgresql", """CREATE TRIGGER licence_history_append_only BEFORE UPDATE OR
       DELETE ON licence_history FOR EACH ROW EXECUTE FUNCTION licence_history_append_only()
       """),
    # (The schema's owners are the exception: `remonitor team push` copies a local store's
    # history with the names it was written under.)
    Only("postgresql", """CREATE FUNCTION licence_history_by_session_user() RETURNS trigger
       LANGUAGE plpgsql AS $$ BEGIN
           IF NOT pg_has_role(session_user, 'remonitor_owner', 'MEMBER') THEN
               NEW.changed_by := session_user;
           END IF;
           RETURN NEW;
       END $$"""),
    Only("postgresql", """CREATE TRIGGER licence_history_by_session_user BEFORE INSERT ON
       licence_history FOR EACH ROW EXECUTE FUNCTION licence_history_by_session_user()"""),
]

# Version 4: named import mappings, reused for files of the same shape.
_V4 = [
    """CREATE TABLE import_profile (
        name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0),
        signature TEXT NOT NULL,
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        created_at TEXT NOT NULL,
        used_at TEXT
    ) STRICT""",
    "CREATE INDEX import_profile_by_signature ON import_profile(signature)",
]

SEARCHED = ("reference", "mofcom_number", "applicant", "contract_number", "item",
            "control_code", "hs_code", "elements", "destination", "consignee", "end_user",
            "end_use", "notes", "licence_number", "end_users")
"""The application fields the tracker's search box looks in."""


def _search_body(row: str) -> str:
    return " || char(31) || ".join(f"{row}.{c}" for c in SEARCHED)


# Version 5: a general licence's several end users, documents kept with an application, and
# indexes for the tracker's filters.
_V5 = [
    # [[end user, destination], ...]; a single licence keeps end_user/destination alone.
    """ALTER TABLE licence_application ADD COLUMN end_users TEXT NOT NULL DEFAULT '[]'
       CHECK (json_valid(end_users))""",
    """CREATE TABLE licence_document (
        id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES licence_application(id),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        stored_as TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL
    ) STRICT""",
    "CREATE INDEX licence_document_by_application ON licence_document(application_id)",
    # The desk's verdict on a suggested event ↔ application match (by event key, which
    # survives an event deleted and put back).
    """CREATE TABLE event_match (
        event_key TEXT NOT NULL,
        application_id INTEGER NOT NULL REFERENCES licence_application(id),
        state TEXT NOT NULL CHECK (state IN ('confirmed', 'dismissed')),
        decided_at TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        PRIMARY KEY (event_key, application_id)
    ) STRICT""",
    "CREATE INDEX licence_shipment_by_application ON licence_shipment(application_id)",
    "CREATE INDEX licence_by_applicant ON licence_application(applicant)",
    "CREATE INDEX licence_by_destination ON licence_application(destination)",
    # The tracker's search box: a trigram index finds any 3+ characters in any field
    # without reading every row (LIKE '%ganz%' on 100,000 rows: 0.35 s → milliseconds).
    Only("sqlite", "CREATE VIRTUAL TABLE licence_search USING fts5(body, tokenize = "
                   "'trigram')"),
    Only("sqlite", f"""CREATE TRIGGER licence_search_insert AFTER INSERT ON
        licence_application BEGIN
        INSERT INTO licence_search (rowid, body) VALUES (new.id, {_search_body('new')});
    END"""),
    Only("sqlite", f"""CREATE TRIGGER licence_search_update AFTER UPDATE ON
        licence_application BEGIN
        DELETE FROM licence_search WHERE rowid = old.id;
        INSERT INTO licence_search (rowid, body) VALUES (new.id, {_search_body('new')});
    END"""),
    Only("sqlite", """CREATE TRIGGER licence_search_delete AFTER DELETE ON
        licence_application BEGIN
        DELETE FROM licence_search WHERE rowid = old.id;
    END"""),
    Only("sqlite", f"""INSERT INTO licence_search (rowid, body)
        SELECT id, {_search_body('licence_application')} FROM licence_application"""),
    # PostgreSQL's own trigram index (pg_trgm, made available by store.team) over the
    # same fields.
    Only("postgresql", f"""CREATE INDEX licence_search ON licence_application USING gin
        (({_search_body('licence_application').replace('char(', 'chr(')}) gin_trgm_ops)"""),
]

# Version 6: exchange rates for the chart's currency conversion, and the by-product index
# the top-partner view and the sum over partners read through.
_V6 = [
    """CREATE TABLE exchange_rate (
        currency TEXT NOT NULL CHECK (length(currency) = 3),
        month INTEGER NOT NULL,
        per_usd REAL NOT NULL CHECK (per_usd > 0),
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        PRIMARY KEY (currency, month, batch_id)
    ) STRICT, WITHOUT ROWID""",
    "CREATE INDEX exchange_rate_by_batch ON exchange_rate(batch_id)",
    "CREATE INDEX series_by_product ON series(product, source, flow, reporter, measure, unit)",
]

# Version 7: a series is what is measured, never how a file words it; figures are exact.
# - series: flow, reporter, partner, product, measure, unit, source. A file's description
#   and its classification edition (HS 2012, HS 2017 …) are labels of each figure, so one
#   code across editions stays one series; reporters and partners are the country table's
#   codes (ISO3, WLD, EU27 …), whatever the file wrote (M49:156, GAC:502, Germany).
# - observation: the exact figure as an integer mantissa (value × 10^decimals, no binary
#   float), its label, and the release it belongs to when that differs from its batch's.
# - event: the precision of its date (a year-only date is a year, not 1 January).
_V7 = [
    """CREATE TABLE label (
        id INTEGER PRIMARY KEY,
        edition TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        UNIQUE (edition, description)
    ) STRICT""",
    """CREATE TABLE series_v7 (
        id INTEGER PRIMARY KEY,
        flow TEXT NOT NULL CHECK (flow IN ('export', 'import', 're-export', 're-import',
                                           'production', 'reserves')),
        reporter TEXT NOT NULL,
        partner TEXT NOT NULL,
        product TEXT NOT NULL,
        measure TEXT NOT NULL CHECK (measure IN ('quantity', 'value')),
        unit TEXT NOT NULL,
        source TEXT NOT NULL,
        UNIQUE (flow, reporter, partner, product, measure, unit, source)
    ) STRICT""",
    f"""CREATE TABLE observation_v7 (
        series_id INTEGER NOT NULL REFERENCES series_v7(id),
        first_month INTEGER NOT NULL,
        last_month INTEGER NOT NULL,
        batch_id INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
        mantissa INTEGER NOT NULL,
        decimals INTEGER NOT NULL,
        label_id INTEGER REFERENCES label(id),
        released TEXT {_date('released')},
        release_approximate INTEGER NOT NULL DEFAULT 0 CHECK (release_approximate IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        CHECK (last_month >= first_month),
        PRIMARY KEY (series_id, first_month, last_month, batch_id)
    ) STRICT, WITHOUT ROWID""",
    lambda conn: _v7_copy(conn),
    "DROP TABLE observation",
    "DROP TABLE series",
    "ALTER TABLE series_v7 RENAME TO series",
    "ALTER TABLE observation_v7 RENAME TO observation",
    "CREATE INDEX observation_by_batch ON observation(batch_id)",
    # Figures with a release of their own are few (the reference dataset): finding whether
    # a set of series holds any must not scan a million rows.
    """CREATE INDEX observation_released ON observation(series_id, first_month)
       WHERE released IS NOT NULL""",
    "CREATE INDEX series_by_product ON series(product, source, flow, reporter, measure, unit)",
    """ALTER TABLE event ADD COLUMN precision TEXT NOT NULL DEFAULT 'day'
       CHECK (precision IN ('day', 'month', 'year'))""",
    "UPDATE event SET precision = 'year' WHERE notes LIKE '%IEA gives the year only%'",
    # Another report of an announcement already held (IEA's row for MOFCOM No. 18): one
    # of its sources, undone with the batch that brought it.
    """CREATE TABLE event_source (
        event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
        key TEXT,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT ''
    ) STRICT""",
    # SQLite keeps the order sources came in by its rowid; PostgreSQL has none to give, so
    # a team store's table has a column of that name doing the same.
    Only("postgresql", "ALTER TABLE event_source ADD COLUMN rowid BIGINT GENERATED ALWAYS "
                       "AS IDENTITY"),
    "CREATE INDEX event_source_by_event ON event_source(event_id)",
    "CREATE INDEX event_source_by_key ON event_source(key)",
]

# v8: costs that follow the work, not the store.
# - series_summary: one row per series holding figures (how many, first and last month,
#   newest release, the newest figure's label), kept by every write in the transaction of
#   the figures it summarises (store.observations.summarise_series), so the catalogue reads
#   O(series) instead of grouping every figure.
_V8 = [
    """CREATE TABLE series_summary (
        series_id INTEGER PRIMARY KEY REFERENCES series(id) ON DELETE CASCADE,
        figures INTEGER NOT NULL,
        first_month INTEGER NOT NULL,
        last_month INTEGER NOT NULL,
        latest_release TEXT NOT NULL,
        label TEXT
    ) STRICT""",
    lambda conn: summarise_all(conn),
]

# v9: a desk shares one register. Each application counts its changes, so a save made
# from an older reading (a colleague saved meanwhile) is refused, never written over theirs
# (store.applications.update_application).
_V9 = [
    """ALTER TABLE licence_application ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1
       CHECK (row_version >= 1)""",
    # A team store checks a figure's references once per statement, not once per row:
    # PostgreSQL runs a foreign key as a query per row, three per figure, which was three
    # quarters of a big import's COPY (2.3 of 3.0 s for 200,000 figures). The same
    # guarantees, set-wise: every new or changed figure's series, batch and label exist
    # (one anti-join over the statement's rows); a batch taken away takes its figures; a
    # series or label still holding figures cannot be taken away.
    Only("postgresql", """DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                 WHERE conrelid = 'observation'::regclass AND contype = 'f' LOOP
            EXECUTE format('ALTER TABLE observation DROP CONSTRAINT %I', c.conname);
        END LOOP;
    END $$"""),
    Only("postgresql", """CREATE FUNCTION observation_references() RETURNS trigger
       LANGUAGE plpgsql AS $$ BEGIN
           IF EXISTS (SELECT 1 FROM new_rows n
                      WHERE NOT EXISTS (SELECT 1 FROM series s WHERE s.id = n.series_id)
                         OR NOT EXISTS (SELECT 1 FROM import_batch b WHERE b.id = n.batch_id)
                         OR (n.label_id IS NOT NULL
                             AND NOT EXISTS (SELECT 1 FROM label l WHERE l.id = n.label_id)))
           THEN
               RAISE EXCEPTION 'a figure refers to a series, batch or label not held'
                   USING ERRCODE = 'foreign_key_violation';
           END IF;
           RETURN NULL;
       END $$"""),
    Only("postgresql", """CREATE TRIGGER observation_references_on_insert AFTER INSERT ON
       observation REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
       EXECUTE FUNCTION observation_references()"""),
    Only("postgresql", """CREATE TRIGGER observation_references_on_update AFTER UPDATE ON
       observation REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
       EXECUTE FUNCTION observation_references()"""),
    Only("postgresql", """CREATE FUNCTION observation_parents() RETURNS trigger
       LANGUAGE plpgsql AS $$ BEGIN
           IF TG_TABLE_NAME = 'import_batch' THEN
               DELETE FROM observation WHERE batch_id = OLD.id;
           ELSIF EXISTS (SELECT 1 FROM observation WHERE CASE TG_TABLE_NAME
                         WHEN 'series' THEN series_id ELSE label_id END = OLD.id) THEN
               RAISE EXCEPTION '% % still holds figures', TG_TABLE_NAME, OLD.id
                   USING ERRCODE = 'foreign_key_violation';
           END IF;
           RETURN OLD;
       END $$"""),
    Only("postgresql", """CREATE TRIGGER observation_parent BEFORE DELETE ON import_batch
       FOR EACH ROW EXECUTE FUNCTION observation_parents()"""),
    Only("postgresql", """CREATE TRIGGER observation_parent BEFORE DELETE ON series
       FOR EACH ROW EXECUTE FUNCTION observation_parents()"""),
    Only("postgresql", """CREATE TRIGGER observation_parent BEFORE DELETE ON label
       FOR EACH ROW EXECUTE FUNCTION observation_parents()"""),
]

# v10: a team store's search box reads a lower-cased copy of the searched fields, kept by
# the server (a stored generated column) under pg_trgm's index. ILIKE lower-cased every
# field of every row it tested: a one-letter search over 100,000 applications took 0.22 s
# on the server, where LIKE on the copy reads bytes. SQLite has its own index (v5).
_V10 = [
    Only("postgresql", f"""ALTER TABLE licence_application ADD COLUMN search_body TEXT
        GENERATED ALWAYS AS (lower({_search_body('licence_application')
                                   .replace('char(', 'chr(')})) STORED"""),
    Only("postgresql", "DROP INDEX licence_search"),
    Only("postgresql", """CREATE INDEX licence_search ON licence_application USING gin
        (search_body gin_trgm_ops)"""),
]

# v11: a team store finds a batch's figures by a block-range index. A batch's figures go in
# together, so they sit together in the table: PostgreSQL's BRIN keeps each range of pages'
# lowest and highest batch, a few pages for millions of figures, where a b-tree took an
# entry per figure, a third of a big import's COPY (0.6–0.9 of 3.0 s for a million). Undo,
# the revisions check and the partner view read the same ranges as before (measured:
# within the noise). ``autosummarize`` has the server summarise each range as it fills.
# SQLite keeps its b-tree: it has no such index.
_V11 = [
    Only("postgresql", "DROP INDEX observation_by_batch"),
    Only("postgresql", """CREATE INDEX observation_by_batch ON observation USING brin
        (batch_id) WITH (autosummarize = on)"""),
]

# v12: the tracker's own order (by reference, ignoring case) walked by an index, so the
# first page of a search is read from the first rows in that order, not from every match
# sorted (store.licence_query.query_applications). It holds the status too: the whole list
# is then read from the index alone (SQLite, 100,000 applications: 126 → 62 ms; with the
# reference alone SQLite walked the index to each row, 154 ms).
_V12 = [
    Only("sqlite", "CREATE INDEX licence_by_reference_nocase ON licence_application("
                   "reference COLLATE NOCASE, id, status)"),
    Only("postgresql", "CREATE INDEX licence_by_reference_nocase ON licence_application("
                       "lower(reference), id) INCLUDE (status)"),
]

MIGRATIONS: Sequence[Sequence[str | Only | Callable[[sqlite3.Connection], None]]] = (
    _V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11, _V12)
"""MIGRATIONS[i] takes the schema from version i to version i + 1: statements (written for
SQLite; a team store's are translated by ``store.dialect``), statements for one database
only (``Only``), or a function of the connection for what SQL alone cannot do. Append
only."""


_EDITION = re.compile(r"^((?:H|S|SITC)\d|HS|BEC\d?|EB\d*)\s+\S+(?::\s*(.*))?$")


def label_of(definition: str) -> tuple[str, str]:
    """An old series' definition as (edition, description): Comtrade's were
    ``H4 8542: Electronic integrated circuits``."""
    m = _EDITION.match(definition)
    if m and m[1] != "HS":
        return m[1], (m[2] or "").strip()
    return "", definition


def _v7_copy(conn: sqlite3.Connection) -> None:
    """Series merged by identity (codes mapped through the country table), definitions
    made labels, values made exact mantissas."""
    from remonitor.core.figures import exact_stored
    from remonitor.resources import country_table

    table = country_table()

    def place(code: str) -> str:
        found = table.place(code)
        return found.code if found is not None else code

    labels: dict[tuple[str, str], int] = {}
    new_series: dict[tuple, int] = {}
    old: dict[int, tuple[int, int | None]] = {}
    for sid, flow, reporter, partner, product, measure, unit, source, definition in \
            conn.execute("SELECT id, flow, reporter, partner, product, measure, unit, source,"
                         " definition FROM series").fetchall():
        identity = (flow, place(reporter), place(partner), product, measure, unit, source)
        new = new_series.get(identity)
        if new is None:
            new = new_series[identity] = conn.execute(
                "INSERT INTO series_v7 (flow, reporter, partner, product, measure, unit, "
                "source) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id", identity).fetchone()[0]
        label = label_of(definition) if definition else None
        label_id = None
        if label is not None:
            label_id = labels.get(label)
            if label_id is None:
                label_id = labels[label] = conn.execute(
                    "INSERT INTO label (edition, description) VALUES (?, ?) RETURNING id",
                    label).fetchone()[0]
        old[sid] = (new, label_id)
    rows = conn.execute("SELECT series_id, first_month, last_month, batch_id, value, decimals,"
                        " note FROM observation")
    while chunk := rows.fetchmany(50_000):
        out = []
        for sid, first, last, batch, value, decimals, note in chunk:
            new, label_id = old[sid]
            mantissa, decimals = exact_stored(value, decimals)
            out.append((new, first, last, batch, mantissa, decimals, label_id, note))
        # Two old series of one identity and one batch holding the same span (a file that
        # worded one product twice): the first is kept.
        conn.executemany("INSERT INTO observation_v7 (series_id, first_month, "
                         "last_month, batch_id, mantissa, decimals, label_id, note) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", out)
    conn.execute("INSERT INTO meta (key, value) VALUES ('countries_version', ?) ON CONFLICT "
                 "(key) DO UPDATE SET value = excluded.value",
                 (str(table.version),))  # mapped through this table (store.places)


LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    if dialect_of(conn).is_postgresql:  # no user_version: a one-row table of its own
        held = conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()[0]
        if not held:
            return 0
        return int(conn.execute("SELECT version FROM schema_version").fetchone()[0])
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _set_schema_version(conn: sqlite3.Connection, version: int) -> None:
    if dialect_of(conn).is_postgresql:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
    else:
        conn.execute(f"PRAGMA user_version = {int(version)}")


def migrate(conn: sqlite3.Connection, target: int = LATEST_VERSION) -> list[int]:
    """Bring the schema up to ``target``; returns the versions applied."""
    current = schema_version(conn)
    if current > LATEST_VERSION:
        path = store_name(conn)
        raise StoreUnavailable(
            path,
            f"was written by a newer remonitor (schema {current}; this one knows "
            f"{LATEST_VERSION}).",
            "Install the newer remonitor again; this version will not change the file.",
        )
    applied = []
    dialect = dialect_of(conn)
    for version in range(current + 1, target + 1):
        with transaction(conn):
            for statement in MIGRATIONS[version - 1]:
                if callable(statement):
                    statement(conn)
                elif isinstance(statement, Only):
                    if statement.dialect == dialect.name:
                        conn.execute(statement.statement)
                else:
                    conn.execute(dialect.ddl(statement))
            _set_schema_version(conn, version)
        applied.append(version)
    return applied
