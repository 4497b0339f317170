"""The ``remonitor`` command: the window, or a subcommand that prints to the console."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path

from remonitor import __version__
from remonitor.core.figures import figure_text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="remonitor",
        description="Monitor China's rare-earth exports: figures, export-control events and "
                    "licence applications. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"remonitor {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the store (default: the user data folder; "
                             "or REMONITOR_DATA_DIR)")
    parser.add_argument("--store", metavar="URL",
                        help="work on a team store on PostgreSQL (postgresql://user@host/db)")
    parser.add_argument("--self-test", action="store_true",
                        help="build the window offscreen on a temporary store, render the "
                             "chart, and exit 0 if all is well")
    # --data-dir is read before or after the command (remonitor import --data-dir D f.csv).
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder holding the store (as before the command)")
    shared.add_argument("--store", metavar="URL", default=argparse.SUPPRESS,
                        help="a team store on PostgreSQL (postgresql://user@host/database) "
                             "instead of the local one; the password comes from "
                             "PGPASSWORD or ~/.pgpass, never from the command line")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    imp = sub.add_parser(
        "import", help="import a file of figures or events", parents=[shared],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=lambda: "formats read (detected; or --format NAME):\n" + "\n".join(
            f"  {name:<28} {label}" for name, label in _formats()))
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", help="the file's format, when detection is wrong")
    imp.add_argument("--encoding", help="the file's text encoding, e.g. gb18030, cp1252")
    imp.add_argument("--flow", choices=["export", "import"],
                     help="for files that do not say (GAC query exports)")
    imp.add_argument("--product", help="HS code, for files that do not name it (OEC)")
    imp.add_argument("--profile", help="use a saved mapping (profile) by name")
    imp.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                     help="map a field (period, value, flow, reporter, partner, product, "
                          "measure, unit, source; quantity and quantity_unit for a second "
                          "measure on the same row) to a column of the file")
    imp.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                     help="give a field one value for every row")
    imp.add_argument("--header-row", type=int, default=1, help="row holding the column names")
    imp.add_argument("--factor", type=int, default=1, metavar="N",
                     help="multiply mapped values by N (1000 for a column in thousand USD)")
    imp.add_argument("--save-profile", metavar="NAME",
                     help="save --map/--set as a profile, reused for files of this shape")
    imp.add_argument("--skip-bad-rows", action="store_true",
                     help="store the good rows and report the bad ones")
    imp.add_argument("--dry-run", action="store_true", help="check the file, store nothing")
    imp.add_argument("--applications", action="store_true",
                     help="the file is a table of licence applications (the tracker's)")
    imp.add_argument("--rates", action="store_true",
                     help="the file is a table of monthly exchange rates per US dollar")
    imp.add_argument("--release-date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                     help="when the publisher released these figures (default: file date)")
    exp = sub.add_parser("export", help="export a table to .csv or .xlsx (events also .ics)",
                         parents=[shared])
    exp.add_argument("table", choices=["figures", "events", "applications"])
    exp.add_argument("file", type=Path)
    rep = sub.add_parser(
        "report", parents=[shared],
        help="print what a control did: event-window, share-change, concentration, prices")
    rep.add_argument("report", choices=["event-window", "share-change", "concentration",
                                        "prices"])
    rep.add_argument("--event", help="the event: its key (mofcom-2025-18), id or title words")
    rep.add_argument("--series", required=True,
                     help="the series: its token, or words that name one (\"rare earths\")")
    rep.add_argument("--compare", default="", help="event-window: a series to set beside")
    rep.add_argument("--year-earlier", action="store_true",
                     help="event-window: beside the same series a year earlier")
    rep.add_argument("--top", type=int, default=8, help="prices: the top N destinations")
    rep.add_argument("--out", type=Path, help="also write the table to .csv or .xlsx")
    team = sub.add_parser("team", parents=[shared],
                          help="set up a team store on PostgreSQL: init, grant, push, status")
    team.add_argument("action", choices=["init", "grant", "push", "status"])
    team.add_argument("url", metavar="URL", help="postgresql://user@host/database (for init, "
                                                 "grant and push: a database administrator)")
    team.add_argument("user", nargs="?", help="grant: the login role to grant to")
    team.add_argument("role", nargs="?", choices=["viewer", "editor", "admin"],
                      help="grant: what the user may do")
    return parser


class _Parser(argparse.ArgumentParser):
    """A command's parser whose epilog may be a function, called when its help is shown:
    listing the formats imports every reader, 0.17 s of each start of the window."""

    def format_help(self) -> str:
        if callable(self.epilog):
            self.epilog = self.epilog()
        return super().format_help()


def _formats() -> list[tuple[str, str]]:
    from remonitor.importers.formats import FORMATS

    return [(name, fmt.label) for name, fmt in FORMATS.items()]


def split_files(argv: list[str]) -> tuple[list[str], list[str]]:
    """Files given to the window (``remonitor a.csv b.xlsx``, as a file manager starts it),
    apart from the options and commands the parser knows."""
    if any(a in ("import", "export") for a in argv):
        return argv, []
    files = [a for a in argv if not a.startswith("-") and Path(a).is_file()]
    rest = [a for a in argv if a not in files]
    return rest, files


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen bundle's child import processes start here
    argv = sys.argv[1:] if argv is None else argv
    argv, files = split_files(argv)
    args = _parser().parse_args(argv)
    if args.self_test:
        from remonitor.app.selftest import self_test

        return self_test()
    from remonitor.store.errors import StoreError
    from remonitor.store.location import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    if args.command is None:
        import gc

        # Start-up builds some hundred thousand objects and no garbage: the collector's
        # passes over them were ~9% of the time to a painted window. Once the store can
        # be read, run_gui freezes what start-up built and collects on the GUI thread only
        # (app.collector).
        gc.disable()
        from remonitor.app.gui import run_gui
        from remonitor.app.logs import setup_logging

        return run_gui(data_dir, setup_logging(), files, store=args.store)
    from remonitor.store.connection import waiting_reported

    try:
        with waiting_reported(_Waiting(data_dir)):
            return _run_command(args, data_dir)
    except StoreError as exc:
        print(f"remonitor: {exc.message}", file=sys.stderr)
        return 2
    except sqlite3.Error as exc:  # a full disk at COMMIT, a store gone read-only …
        from remonitor.store.errors import explain_sqlite

        print(f"remonitor: {explain_sqlite(exc) or f'the store reported: {exc}'}",
              file=sys.stderr)
        return 2
    except OSError as exc:  # a file that cannot be read or written
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"remonitor: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("remonitor: interrupted; nothing of the unfinished change was stored",
              file=sys.stderr)
        return 130


class _Console:
    """The context of a write run from the command line: progress on stderr."""

    cancelled = False

    def progress(self, done: int, total: int | None = None, message: str = "",
                 force: bool = False) -> None:
        print(f"progress: {done}/{total} {message}", file=sys.stderr, flush=True)


class _Waiting:
    """Says on stderr, every few seconds, that a write waits for the store; names the
    window when remonitor's window holds the data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._said = -10.0

    def __call__(self, waited_s: float) -> None:
        if waited_s - self._said < 5:
            return
        self._said = waited_s
        who = (f"the remonitor window (process {pid}) to finish its write"
               if (pid := window_pid(self.data_dir)) else
               "another program (an import in a second remonitor?) to finish its write")
        print(f"remonitor: waiting for {who} ({waited_s:.0f} s; Ctrl+C gives up, storing "
              "nothing)", file=sys.stderr, flush=True)


def window_pid(data_dir: Path) -> int | None:
    """The process id of the remonitor window holding ``data_dir`` (its single-instance lock
    file: pid, program, host), if it is alive on this machine."""
    import os
    import socket

    try:
        fields = (data_dir / "remonitor.lock").read_text("utf-8", "replace").split("\n")
        pid = int(fields[0])
    except (OSError, ValueError, IndexError):
        return None
    if len(fields) > 2 and fields[2] and fields[2] != socket.gethostname():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except OSError:
        pass
    return pid


def _open_store(data_dir: Path):
    from remonitor.importers.reference import ensure_bundled
    from remonitor.store.backup import open_checked
    from remonitor.store.location import prepare_data_dir

    conn = open_checked(prepare_data_dir(data_dir))
    try:
        ensure_bundled(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _team(args: argparse.Namespace, data_dir: Path) -> int:
    """``remonitor team …``: what a desk's admin does to set up and fill a team store."""
    from remonitor.store import team
    from remonitor.store.team_push import push_store

    if args.action == "init":
        applied = team.init_team_store(args.url)
        print(f"{team.redacted(args.url)}: schema "
              + (f"{', '.join(map(str, applied))} applied" if applied else "up to date")
              + f"; roles {team.VIEWER}, {team.EDITOR}, {team.OWNER} ready.\n"
              "Next: `remonitor team grant URL USER editor` for each person, and "
              "`remonitor team push URL` to bring a local store.")
        return 0
    if args.action == "grant":
        if not (args.user and args.role):
            print("remonitor: team grant needs USER and ROLE (viewer, editor or admin)",
                  file=sys.stderr)
            return 1
        team.grant_role(args.url, args.user, args.role)
        print(f"{args.user} is now {args.role} of {team.redacted(args.url)}")
        return 0
    if args.action == "push":
        local = _open_store(data_dir)
        try:
            checks = push_store(local, args.url, progress=lambda i, n, t: print(
                f"progress: {i}/{n} copying {t}", file=sys.stderr, flush=True))
        finally:
            local.close()
        for check in checks:
            print(f"  {check}: equal")
        print(f"Pushed and verified {len(checks)} tables into {team.redacted(args.url)}.")
        return 0
    conn = team.open_team(args.url)
    try:
        print(f"{conn.address}: schema up to date; you are {conn.user}, "
              f"{team.role_of(conn) or 'without a remonitor role'}.")
    finally:
        conn.close()
    return 0


def _open_team(url: str):
    """A team store for a command: brought up to the bundled reference dataset when this
    user may write (a viewer reads it as the desk left it)."""
    from remonitor.importers.reference import ensure_bundled
    from remonitor.store.team import open_team, role_of

    conn = open_team(url)
    try:
        if role_of(conn) in ("editor", "admin"):
            ensure_bundled(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _run_command(args: argparse.Namespace, data_dir: Path) -> int:
    if args.command == "team":
        return _team(args, data_dir)
    store_url = getattr(args, "store", None)
    if args.command == "import" and args.dry_run and not (args.applications or args.rates) \
            and not store_url and not (data_dir / "remonitor.sqlite3").exists():
        return _import(None, args)  # a check only: no store is made for it
    conn = _open_team(store_url) if store_url else _open_store(data_dir)
    try:
        if args.command == "import":
            return _import(conn, args)
        if args.command == "report":
            return _report(conn, args)
        from remonitor.exporters.tables import write_table
        from remonitor.views.tables import VIEWS

        table = VIEWS[args.table](conn)
        try:
            if args.table == "events" and args.file.suffix.lower() == ".ics":
                from remonitor.exporters.ics import write_calendar
                from remonitor.views.timeline import events

                count = write_calendar(args.file, events(conn))
            else:
                count = write_table(args.file, table.headers, table.rows,
                                    sheet_name=table.name)
        except (ValueError, OSError) as exc:
            print(f"remonitor: export failed: {exc}", file=sys.stderr)
            return 1
        rows = "1 row" if count == 1 else f"{count:,} rows"
        print(f"Exported {rows} to {args.file.resolve()}")
        return 0
    finally:
        conn.close()


def _import_applications(conn, args: argparse.Namespace) -> int:
    from remonitor.edits.applications import import_applications
    from remonitor.importers.applications import read_applications
    from remonitor.importers.problems import ImportFailed

    try:
        table = read_applications(args.file, args.encoding)
    except ImportFailed as exc:
        print(f"remonitor: import refused, nothing stored:\n{exc}", file=sys.stderr)
        return 1
    print(f"{table.file}: {len(table.applications)} applications; columns read: "
          f"{', '.join(table.columns.values())}"
          + (f"; not imported: {', '.join(table.ignored)}" if table.ignored else ""))
    if args.dry_run:
        print("dry run: nothing stored")
        return 0
    done = import_applications(table.applications, table.file).run(conn)
    print(f"added {done.added} applications"
          + (f"; already present, left as they are: {', '.join(done.already_present)}"
             if done.already_present else ""))
    return 0


def _import_rates(conn, args: argparse.Namespace) -> int:
    from remonitor.edits.rates import import_rates
    from remonitor.importers.problems import ImportFailed
    from remonitor.importers.rates import read_rates

    try:
        table = read_rates(args.file, args.encoding) if args.dry_run else \
            import_rates(args.file).run(conn)[0]
    except ImportFailed as exc:
        print(f"remonitor: import refused, nothing stored:\n{exc}", file=sys.stderr)
        return 1
    months = sorted(table.per_usd)
    print(f"{table.file}: {len(months)} months of {table.currency} per USD"
          + (" (daily rates averaged per month)" if table.daily else "")
          + ("; dry run: nothing stored" if args.dry_run else ""))
    return 0


def _report(conn, args: argparse.Namespace) -> int:
    """One of views.analysis, printed as a table (and written with --out)."""
    from remonitor.views import analysis

    try:
        if args.report in ("event-window", "share-change") and not args.event:
            raise ValueError(f"{args.report} needs --event")
        if args.report == "event-window":
            data = analysis.event_window_view(conn, args.event, args.series, args.compare,
                                              args.year_earlier)
            head = [f"{data.event.title} — announced {data.event.when}"
                    + (f", effective {data.event.effective}" if data.event.effective else ""),
                    data.label, *data.caption()]
        elif args.report == "share-change":
            data = analysis.share_change_view(conn, args.event, args.series)
            head = [data.event.title, data.caption()]
        elif args.report == "concentration":
            data = analysis.concentration_view(conn, args.series)
            head = [data.label]
        else:
            data = analysis.prices_view(conn, args.series, args.top)
            head = [data.label, data.caption()]
    except ValueError as exc:
        print(f"remonitor: {exc}", file=sys.stderr)
        return 2
    table = data.table()
    print("\n".join(head))
    widths = [max(len(str(h)), *(len(_cell(r[i])) for r in table.rows)) if table.rows
              else len(str(h)) for i, h in enumerate(table.headers)]
    print("  ".join(str(h).ljust(w) for h, w in zip(table.headers, widths, strict=True)))
    for row in table.rows:
        print("  ".join(_cell(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    if args.out:
        from remonitor.exporters.tables import write_table

        write_table(args.out, table.headers, table.rows, sheet_name=table.name)
        print(f"written to {args.out.resolve()}")
    return 0


def _cell(value) -> str:
    from decimal import Decimal

    from remonitor.core.figures import number_text

    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        return number_text(value)
    return str(value)


def _import(conn, args: argparse.Namespace) -> int:
    if args.applications or args.rates:
        if not args.file.is_file():
            print(f"remonitor: {args.file}: no such file", file=sys.stderr)
            return 1
        return _import_rates(conn, args) if args.rates else _import_applications(conn, args)
    from remonitor.core.series import Flow
    from remonitor.edits.imports import commit_import, save_profile
    from remonitor.importers.commit import build_plan
    from remonitor.importers.formats import ImportOptions
    from remonitor.importers.formats.generic import Mapping
    from remonitor.importers.problems import ImportFailed
    from remonitor.importers.text import file_hash
    from remonitor.views.imports import batch_of, profiles

    mapping = None
    if args.map or args.set:
        try:
            mapping = Mapping(args.header_row, None, _pairs(args.map), _pairs(args.set),
                              args.factor)
        except ValueError as exc:
            print(f"remonitor: {exc}", file=sys.stderr)
            return 2
    options = ImportOptions(format="generic-table" if mapping else args.format,
                            encoding=args.encoding,
                            flow=Flow(args.flow) if args.flow else None,
                            release_date=args.release_date, product=args.product,
                            mapping=mapping, profile=args.profile,
                            skip_bad_rows=args.skip_bad_rows)
    try:
        if not args.file.is_file():
            print(f"remonitor: {args.file}: no such file", file=sys.stderr)
            return 1
        digest = file_hash(args.file)
        held = batch_of(conn, digest) if conn is not None else None
        if held is not None:
            print(f"{args.file.name}: already imported (batch {held.id}); nothing changed.")
            return 0
        plan = build_plan(args.file, options, profiles(conn) if conn is not None else ())
        print(plan.report())
        if args.save_profile and mapping is not None and not plan.errors and conn is not None:
            from remonitor.importers.formats.generic import header_rows, signature
            from remonitor.importers.source import Source

            rows = header_rows(Source(args.file, args.encoding))
            cells = next(c for n, c in rows if n == mapping.header_row)
            save_profile(args.save_profile, signature(cells), mapping.to_json()).run(conn)
            print(f"profile {args.save_profile!r} saved: files with this header will use it")
        if plan.errors and not args.skip_bad_rows:
            shown = "\n".join(str(p) for p in plan.errors[:20])
            print(f"remonitor: import refused, nothing stored: {len(plan.errors)} error(s); "
                  f"fix the file or use --skip-bad-rows\n{shown}", file=sys.stderr)
            return 1
        if args.dry_run:
            print("dry run: nothing stored")
            return 0

        summary = commit_import(plan, args.release_date, args.skip_bad_rows, digest).run(
            conn, _Console())
    except ImportFailed as exc:
        print(f"remonitor: import refused, nothing stored:\n{exc}", file=sys.stderr)
        return 1
    print(summary.describe())
    for rev in summary.revisions[:20]:
        print(f"  {rev.kind}: {rev.series.product} {rev.series.reporter} → "
              f"{rev.series.partner} {rev.series.measure} {rev.span.describe()}: "
              f"{figure_text(rev.old_value, rev.old_decimals)} → "
              f"{figure_text(rev.new_value, rev.new_decimals)}"
              + ("" if rev.takes_effect else " (older release: not shown)"))
    return 0


def _pairs(items: list[str]) -> dict[str, str]:
    from remonitor.importers.formats.generic import FIELDS

    pairs = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or name.strip() not in FIELDS:
            raise ValueError(f"{item!r}: write FIELD=VALUE with FIELD one of {', '.join(FIELDS)}")
        pairs[name.strip()] = value.strip()
    return pairs
