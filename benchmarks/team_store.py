"""Benchmark: a team store on PostgreSQL against plain psycopg on the same server, same run.

    python benchmarks/team_store.py [--rows 500000] [--applications 100000] [--runs 5]
                                    [--import-runs 3]

Starts a throwaway cluster from the installed server binaries (tests/postgres.py), runs
``remonitor team init`` on it, and measures:

- import: ``remonitor import --store URL`` of a Comtrade+-shaped CSV of ROWS rows (two
  figures a row: 500,000 rows are 1 M figures) — detect, decode, validate, plan, COPY,
  summarise, one transaction — against the plain path: pandas reads the same columns and
  psycopg COPYs the same figures into a table with a unique index, in one transaction.
  Target as on SQLite (benchmarks/import_comtrade.py): ratio ≤ 1.5.
- tracker filter: each keystroke of a search typed into the tracker over APPLICATIONS
  applications, in the tracker's order (by reference), as the window reads it: the first
  page alone first (shown at once), then the whole answer (every field, the status counts,
  the order, the first page read), against plain SQL on the same server (the ids whose
  applicant matches, in id order). Target as the tracker's on SQLite
  (benchmarks/tracker_table.py): the whole answer's ratio ≤ 3, and each keystroke's first
  rows under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from import_comtrade import write_file  # noqa: E402
from tests.postgres import Cluster, server_binaries  # noqa: E402
from tracker_table import APPLICATION_COLUMNS, HISTORY_COLUMNS, desk  # noqa: E402

TYPED = "ganzhou"


def _remonitor(*args: str, data_dir: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "remonitor", "--data-dir", str(data_dir), *args],
                   check=True, capture_output=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return time.perf_counter() - start


def plain_copy(url: str, path: Path) -> float:
    import pandas as pd
    import psycopg

    start = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, index_col=False,
                        usecols=["period", "partnerISO", "cmdCode", "primaryValue", "netWgt"])
    with psycopg.connect(url) as conn:
        conn.execute("DROP TABLE IF EXISTS plain_obs")
        conn.execute("CREATE TABLE plain_obs (series text, period text, value double "
                     "precision, UNIQUE (series, period))")
        periods = frame["period"].tolist()
        with conn.cursor().copy("COPY plain_obs FROM STDIN") as copy:
            for measure, column in (("value", "primaryValue"), ("kg", "netWgt")):
                series = (frame["partnerISO"] + "|" + frame["cmdCode"] + "|" + measure)
                for row in zip(series.tolist(), periods, frame[column].astype(float).tolist(),
                               strict=True):
                    copy.write_row(row)
    return time.perf_counter() - start


def bench_import(cluster: Cluster, path: Path, tmp: Path, run: int) -> tuple[float, float]:
    """One import into a team store of its own (the file is new to it), and the plain
    path on the same server right after."""
    import psycopg

    from remonitor.store.team import grant_role, init_team_store

    name = f"bench_import_{run}"
    with psycopg.connect(cluster.url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    init_team_store(cluster.url(name))
    grant_role(cluster.url(name), "alice", "editor")
    url = cluster.url(name, "alice")
    data_dir = tmp / f"data{run}"
    # Opening the store once first brings the bundled dataset: the timing is the import.
    _remonitor("export", "events", str(tmp / "e.csv"), "--store", url, data_dir=data_dir)
    ours = _remonitor("import", str(path), "--store", url, data_dir=data_dir)
    plain = plain_copy(cluster.url(name), path)
    return ours, plain


def bench_filter(cluster: Cluster, applications: int, runs: int
                 ) -> tuple[list, list, list]:
    import psycopg

    from remonitor.store.licence_query import ApplicationQuery
    from remonitor.store.team import connect_team
    from remonitor.views.tracker import load_context, run_query

    apps, history = desk(applications)
    with psycopg.connect(cluster.url("bench")) as conn:
        with conn.cursor().copy(f"COPY remonitor.licence_application "
                                f"({', '.join(APPLICATION_COLUMNS)}) FROM STDIN") as copy:
            for row in apps:
                copy.write_row(row)
        with conn.cursor().copy(f"COPY remonitor.licence_history "
                                f"({', '.join(HISTORY_COLUMNS)}) FROM STDIN") as copy:
            for row in history:
                copy.write_row(row)
        conn.execute("SELECT setval(pg_get_serial_sequence('remonitor.licence_application',"
                     " 'id'), max(id)) FROM remonitor.licence_application")
        conn.execute("ANALYZE")
    team = connect_team(cluster.url("bench", "alice"), readonly=True)
    context = load_context(team)
    plain = psycopg.connect(cluster.url("bench"), autocommit=True)
    heads, ours, base = [], [], []
    for _ in range(runs):
        for n in range(1, len(TYPED) + 1):
            query = ApplicationQuery(text=TYPED[:n], sort="reference")
            start = time.perf_counter()
            run_query(team, context, query, head=True)
            heads.append(time.perf_counter() - start)
            start = time.perf_counter()
            run_query(team, context, query)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            plain.execute("SELECT id FROM remonitor.licence_application WHERE applicant "
                          "ILIKE %s ORDER BY id", (f"%{query.text}%",)).fetchall()
            base.append(time.perf_counter() - start)
    team.close()
    plain.close()
    return heads, ours, base


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-runs", type=int, default=3,
                        help="imports, each into a team store of its own (the ratio of each "
                             "pair; the plain path right after ours)")
    args = parser.parse_args()
    binaries = server_binaries()
    if binaries is None:
        print("PostgreSQL's server binaries are not installed", file=sys.stderr)
        return 1
    cluster = Cluster(binaries)
    cluster.start()
    try:
        import psycopg

        with psycopg.connect(cluster.url(), autocommit=True) as conn:
            conn.execute("CREATE DATABASE bench")
            conn.execute("CREATE ROLE alice LOGIN")
        from remonitor.store.team import grant_role, init_team_store

        init_team_store(cluster.url("bench"))
        grant_role(cluster.url("bench"), "alice", "editor")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "TradeData.csv"
            write_file(path, args.rows)
            pairs = [bench_import(cluster, path, Path(tmp), run)
                     for run in range(args.import_runs)]
        print(f"PostgreSQL {binaries.parent.name}, load {os.getloadavg()[0]:.2f} "
              f"on {os.cpu_count()} cores")
        ratios = sorted(ours / plain for ours, plain in pairs)
        print(f"import {args.rows:,} rows ({2 * args.rows:,} figures), {len(pairs)} runs: "
              f"remonitor {', '.join(f'{o:.2f}' for o, _ in pairs)} s; plain COPY "
              f"{', '.join(f'{p:.2f}' for _, p in pairs)} s; ratio median "
              f"{statistics.median(ratios):.2f} ({ratios[0]:.2f}–{ratios[-1]:.2f}) "
              "(target ≤ 1.5)")
        heads, ours_f, base_f = bench_filter(cluster, args.applications, args.runs)
        med, worst = statistics.median(ours_f), max(ours_f)
        base = statistics.median(base_f)
        print(f"tracker filter over {args.applications:,} applications, "
              f"{len(ours_f)} keystrokes: first rows median "
              f"{statistics.median(heads) * 1000:.1f} ms (worst {max(heads) * 1000:.1f}; "
              f"target each < 100 ms); whole answer median {med * 1000:.1f} ms "
              f"(worst {worst * 1000:.1f}), plain SQL median {base * 1000:.1f} ms, "
              f"ratio {med / base:.2f} (target ≤ 3)")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
