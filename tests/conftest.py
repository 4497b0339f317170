"""Shared set-up: Qt offscreen before it loads; nothing written outside a temp folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="remonitor-tests-"))
os.environ["REMONITOR_CONFIG_DIR"] = str(_SANDBOX / "config")
os.environ["REMONITOR_LOG_DIR"] = str(_SANDBOX / "log")
os.environ["REMONITOR_DATA_DIR"] = str(_SANDBOX / "data")

ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = ROOT.parent / "shared" / "data"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path, request):
    """A migrated store with the reference dataset, on a connection for this thread: a
    local SQLite file, or (in a module marked ``both_backends``, as a second run of each
    test) a team store on PostgreSQL connected as an editor."""
    if getattr(request, "param", "sqlite") == "postgresql":
        from remonitor.store.team import connect_team

        conn = connect_team(request.getfixturevalue("team_store_with_reference")("alice"))
        yield conn
        conn.close()
        return
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate

    conn = connect(prepare_data_dir(data_dir))
    migrate(conn)
    ensure_reference_dataset(conn)
    yield conn
    conn.close()


def pytest_generate_tests(metafunc):
    if "store" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
            "both_backends") and not metafunc.definition.get_closest_marker("sqlite_only"):
        metafunc.parametrize("store", ["sqlite", "postgresql"], indirect=True)


REQUIRE_SHARED_DATA = os.environ.get("REMONITOR_REQUIRE_SHARED_DATA") == "1"
"""Set by .ci/run: on CI a test that needs the real files fails when they are missing
instead of skipping (on a developer's clone without them, it skips)."""


def missing_shared_data() -> None:
    message = f"the real data files are not at {SHARED_DATA}"
    if REQUIRE_SHARED_DATA:
        pytest.fail(message + " (REMONITOR_REQUIRE_SHARED_DATA=1)", pytrace=False)
    pytest.skip(message)


def shared_files() -> list[Path]:
    """Every real data file, for parametrised tests (a placeholder that skips or fails, by
    the rule above, when they are missing)."""
    if not SHARED_DATA.is_dir():
        return [pytest.param(None, marks=pytest.mark.usefixtures("shared_data"),
                             id="shared-data-missing")]
    return sorted(p for p in SHARED_DATA.rglob("*") if p.is_file() and p.name != "PROVENANCE.md")


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        missing_shared_data()
    return SHARED_DATA


REQUIRE_POSTGRES = os.environ.get("REMONITOR_REQUIRE_POSTGRES") == "1"
"""Set by .ci/run (which installs PostgreSQL): there the team-store tests fail, rather than
skip, when no server binaries are found."""

DESK = {"alice": "editor", "bob": "editor", "vera": "viewer", "adam": "admin"}
"""The login roles of the test desk and what each may do."""


@pytest.fixture(scope="session")
def postgres_cluster():
    """A throwaway PostgreSQL cluster for the whole run (tests/postgres.py)."""
    from tests.postgres import Cluster, server_binaries

    binaries = server_binaries()
    if binaries is None:
        message = "PostgreSQL's server binaries are not installed"
        if REQUIRE_POSTGRES:
            pytest.fail(message + " (REMONITOR_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(message)
    cluster = Cluster(binaries)
    cluster.start()
    import psycopg

    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        for user in DESK:
            conn.execute(f"CREATE ROLE {user} LOGIN")
    yield cluster
    cluster.stop()


_databases = iter(range(1, 1_000_000))


def _team_template(cluster, name: str, reference: bool) -> str:
    """A team store made once per run (``remonitor team init``, the desk's roles, the
    reference dataset if asked), copied for each test: PostgreSQL copies a template
    database in milliseconds, where migrating and importing take seconds."""
    import psycopg

    from remonitor.store.team import connect_team, grant_role, init_team_store

    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    init_team_store(cluster.url(name))
    for user, role in DESK.items():
        grant_role(cluster.url(name), user, role)
    if reference:
        from remonitor.importers.reference import ensure_reference_dataset

        conn = connect_team(cluster.url(name, "alice"))
        ensure_reference_dataset(conn)
        conn.close()
    return name


def _team_copy(cluster, template: str):
    import psycopg

    name = f"team_{next(_databases)}"
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    yield lambda user="alice": cluster.url(name, user)
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def _empty_team_template(postgres_cluster):
    return _team_template(postgres_cluster, "template_empty", reference=False)


@pytest.fixture(scope="session")
def _reference_team_template(postgres_cluster):
    return _team_template(postgres_cluster, "template_reference", reference=True)


@pytest.fixture
def team_store(postgres_cluster, _empty_team_template):
    """A fresh team store (``remonitor team init``) with the test desk's roles; yields a
    function giving its address for one of them."""
    yield from _team_copy(postgres_cluster, _empty_team_template)


@pytest.fixture
def team_store_with_reference(postgres_cluster, _reference_team_template):
    """:func:`team_store` holding the reference dataset, as a first start leaves it."""
    yield from _team_copy(postgres_cluster, _reference_team_template)


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, data_dir):
    """A migrated store without the reference dataset, on each backend in turn: a local
    SQLite file, and a team store connected as an editor."""
    if request.param == "sqlite":
        from remonitor.store.connection import connect
        from remonitor.store.location import prepare_data_dir
        from remonitor.store.migrations import migrate

        conn = connect(prepare_data_dir(data_dir))
        migrate(conn)
    else:
        from remonitor.store.team import connect_team

        conn = connect_team(request.getfixturevalue("team_store")("alice"))
    yield conn
    conn.close()
