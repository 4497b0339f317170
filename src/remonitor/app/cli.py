"""The ``remonitor`` command: the window, or a subcommand that prints to the console."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from remonitor import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="remonitor",
        description="Monitor China's rare-earth exports: figures, export-control events and "
                    "licence applications. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"remonitor {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the store (default: the user data folder; "
                             "or REMONITOR_DATA_DIR)")
    parser.add_argument("--self-test", action="store_true",
                        help="build the window offscreen on a temporary store, render the "
                             "chart, and exit 0 if all is well")
    sub = parser.add_subparsers(dest="command")
    imp = sub.add_parser("import", help="import a file of figures or events")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="check the file, store nothing")
    imp.add_argument("--release-date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                     help="when the publisher released these figures (default: file date)")
    exp = sub.add_parser("export", help="export a table to .csv or .xlsx")
    exp.add_argument("table", choices=["figures", "events", "applications"])
    exp.add_argument("file", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.self_test:
        from remonitor.app.selftest import self_test

        return self_test()
    from remonitor.store.errors import StoreError
    from remonitor.store.location import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if args.command is None:
        from remonitor.app.gui import run_gui
        from remonitor.app.logs import setup_logging

        return run_gui(data_dir, setup_logging())
    try:
        return _run_command(args, data_dir)
    except StoreError as exc:
        print(f"remonitor: {exc.message}", file=sys.stderr)
        return 2


def _open_store(data_dir: Path):
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate

    conn = connect(prepare_data_dir(data_dir))
    migrate(conn)
    ensure_reference_dataset(conn)
    return conn


def _run_command(args: argparse.Namespace, data_dir: Path) -> int:
    conn = _open_store(data_dir)
    try:
        if args.command == "import":
            from remonitor.importers.commit import import_file
            from remonitor.importers.problems import ImportFailed

            try:
                summary = import_file(conn, args.file, release_date=args.release_date,
                                      dry_run=args.dry_run)
            except ImportFailed as exc:
                print(f"remonitor: import refused, nothing stored:\n{exc}", file=sys.stderr)
                return 1
            print(summary.describe())
            return 0
        from remonitor.exporters.tables import write_table
        from remonitor.exporters.views import VIEWS

        table = VIEWS[args.table](conn)
        try:
            count = write_table(args.file, table.headers, table.rows, sheet_name=table.name)
        except (ValueError, OSError) as exc:
            print(f"remonitor: export failed: {exc}", file=sys.stderr)
            return 1
        print(f"Exported {count} rows to {args.file.resolve()}")
        return 0
    finally:
        conn.close()
