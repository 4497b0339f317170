"""Live sources: the UN Comtrade API and Eurostat's Comext dissemination API, kept current
on their own for what the watch list names (core.watch).

Each look asks first what was published or revised since the last one — Comtrade's data
availability (``lastReleased`` per reporter and month), Comext's dataset ``updated`` stamp —
and fetches only that, never the whole history again. Every answer is saved as it came
(``<data>/sources/``, named by its request) and imported like a file: one batch per answer,
undoable, listed in the import history under the request's name, with the publication date
as its release (a revised month arrives as a new vintage). The same answer twice is the same
file: nothing is stored twice.

The clients are small and written here, against the documented REST APIs, rather than
``comtradeapicall`` and ``eurostat``: both packages fix their base URLs and proxy handling
inside (so neither can be pointed at the tests' local server or at a desk's proxy), and
neither exposes the HTTP status and Retry-After the schedule needs.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from remonitor.core.periods import month_index, month_label
from remonitor.core.watch import ComextWatch, ComtradeWatch, WatchList
from remonitor.workers.http import (
    Forbidden,
    HttpProblem,
    Network,
    RateLimited,
    get_json,
    redact_url,
)

log = logging.getLogger(__name__)
COMTRADE_BASE = "https://comtradeapi.un.org"
COMEXT_BASE = ("https://ec.europa.eu/eurostat/api/comext/dissemination/statistics/1.0/data/"
               "DS-045409")
PREVIEW_CAP = 500
"""The free preview endpoint answers at most 500 records a query."""
KEYED_CAP = 250_000
BYTES_PER_RECORD = 4_000
"""A Comtrade record is under 2 kB of JSON: an answer far bigger than asked is refused."""
LOOK_EVERY_S = 24 * 3600
RETRY_S = 15 * 60
MAX_BACKOFF_S = 24 * 3600
COMTRADE_FLOWS = {"X": "export", "M": "import"}


@dataclass
class SourceState:
    """What a source's looks remember (``<data>/sources-state.json``)."""

    last_look: float = 0.0
    published: dict[str, str] = field(default_factory=dict)
    """A request's key → the publication stamp last fetched for it."""
    failures: int = 0
    next_due: float = 0.0
    stopped: str = ""
    """Why looks stopped (a bad key): they wait until the key or the list changes."""
    last_result: str = ""


@dataclass(frozen=True)
class Saved:
    """An answer kept as a file, to be imported."""

    path: Path
    source: str
    release: date | None
    what: str
    """The request, in words (China exports 284690, Sep 2026)."""
    state_key: str
    stamp: str


@dataclass
class Look:
    """One look at a source: what was saved, and what the schedule and the window hear."""

    source: str
    saved: list[Saved] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Said once in the look's notification (a preview cap, an unknown code)."""
    problem: HttpProblem | None = None
    requests: int = 0


def backoff(failures: int) -> float:
    return min(RETRY_S * 2 ** max(failures - 1, 0), MAX_BACKOFF_S)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:150]


def months_back(today: date, n: int) -> list[int]:
    """The last ``n`` months before ``today``'s (a month is published after it ends)."""
    current = month_index(today.year, today.month)
    return list(range(current - n, current))


def _period(month: int) -> str:
    return f"{month // 12:04d}{month % 12 + 1:02d}"


# -- UN Comtrade ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Comtrade:
    """The UN Comtrade API: ``/data/v1`` with a subscription key, else the free
    ``/public/v1/preview`` (at most 500 records a query, no key)."""

    base: str = COMTRADE_BASE
    key: str = ""

    @property
    def preview(self) -> bool:
        return not self.key

    def _headers(self) -> dict[str, str]:
        return {"Ocp-Apim-Subscription-Key": self.key} if self.key else {}

    def availability_url(self, reporters: tuple[str, ...], months: list[int]) -> str:
        path = "/public/v1/getDA/C/M/HS" if self.preview else "/data/v1/getDA/C/M/HS"
        return self.base + path + "?" + urllib.parse.urlencode({
            "reporterCode": ",".join(reporters),
            "period": ",".join(_period(m) for m in months)})

    def data_url(self, reporter: str, month: int, codes: tuple[str, ...], flow: str,
                 partners: tuple[str, ...]) -> str:
        path = "/public/v1/preview/C/M/HS" if self.preview else "/data/v1/get/C/M/HS"
        query = {"reporterCode": reporter, "period": _period(month), "cmdCode": ",".join(codes),
                 "flowCode": flow, "includeDesc": "true"}
        if partners:
            query["partnerCode"] = ",".join(partners)
        if not self.preview:
            query["maxRecords"] = str(KEYED_CAP)
        return self.base + path + "?" + urllib.parse.urlencode(query)

    def look(self, watches: tuple[ComtradeWatch, ...], state: SourceState, network: Network,
             folder: Path, today: date, months: int,
             is_cancelled: Callable[[], bool] = lambda: False,
             progress: Callable[[int, int, str], None] = lambda d, t, m: None) -> Look:
        from remonitor.importers.formats.api import day_of  # (every reader: not at start)

        look = Look("comtrade")
        window = months_back(today, months)
        try:
            released = self._released(watches, window, network, is_cancelled)
            wanted = []
            for w in watches:
                for reporter in w.reporters:
                    for month in window:
                        stamp = released.get((reporter, month))
                        if stamp is None:
                            continue  # not published yet
                        # One request per code in the preview: a month of one code to every
                        # partner stays under its 500 records; with a key, all codes at once.
                        groups = [(c,) for c in w.codes] if self.preview else [w.codes]
                        for codes in groups:
                            key = f"{reporter}|{w.flow}|{','.join(codes)}|{'+'.join(w.partners)}|" \
                                  f"{month}"
                            if state.published.get(key) != stamp:
                                wanted.append((w, reporter, month, codes, key, stamp))
            for i, (w, reporter, month, codes, key, stamp) in enumerate(wanted):
                if is_cancelled():
                    break
                what = (f"{reporter} {COMTRADE_FLOWS.get(w.flow, w.flow)} "
                        f"{', '.join(codes)}, {month_label(month)}")
                progress(i, len(wanted), f"Comtrade: {what}")
                url = self.data_url(reporter, month, codes, w.flow, w.partners)
                cap = PREVIEW_CAP if self.preview else KEYED_CAP
                answer, _headers, body = get_json(url, network, cap * BYTES_PER_RECORD,
                                                  self._headers(), is_cancelled)
                look.requests += 1
                records = answer.get("data") if isinstance(answer, dict) else None
                if not isinstance(records, list):
                    raise HttpProblem(f"{redact_url(url)}: not a data answer")
                if self.preview and len(records) >= PREVIEW_CAP:
                    look.notes.append(f"{what}: the preview stops at {PREVIEW_CAP} records; "
                                      "the partners after them are missing (a key fetches "
                                      "them all)")
                name = _safe(f"comtrade C-M-HS r{reporter} {w.flow} {'+'.join(codes)} "
                             f"p{_period(month)} released {stamp[:10]}") + ".json"
                path = folder / name
                folder.mkdir(parents=True, exist_ok=True)
                path.write_bytes(body)
                look.saved.append(Saved(path, "comtrade", day_of(stamp), what, key, stamp))
            progress(len(wanted), len(wanted), "Comtrade: done")
        except HttpProblem as exc:
            look.problem = exc
        return look

    def _released(self, watches, window: list[int], network: Network, is_cancelled
                  ) -> dict[tuple[str, int], str]:
        """(reporter, month) → when its data were last released (Comtrade's availability)."""
        reporters = tuple(dict.fromkeys(r for w in watches for r in w.reporters))
        out: dict[tuple[str, int], str] = {}
        for start in range(0, len(window), 12):  # 12 periods a query
            url = self.availability_url(reporters, window[start:start + 12])
            answer, _h, _b = get_json(url, network, 10_000_000, self._headers(), is_cancelled)
            rows = answer.get("data") if isinstance(answer, dict) else None
            if not isinstance(rows, list):
                raise HttpProblem(f"{redact_url(url)}: not an availability answer")
            for row in rows:
                if not isinstance(row, dict):
                    continue
                period = str(row.get("period", ""))
                if len(period) != 6 or not period.isdigit():
                    continue
                month = month_index(int(period[:4]), int(period[4:]))
                stamp = str(row.get("lastReleased") or row.get("firstReleased") or "")
                if stamp:
                    out[(str(row.get("reporterCode", "")), month)] = stamp
        return out


# -- Eurostat Comext ------------------------------------------------------------------------

@dataclass(frozen=True)
class Comext:
    """Eurostat's Comext dissemination API (JSON-stat; no key)."""

    base: str = COMEXT_BASE

    def data_url(self, w: ComextWatch, since: int, latest_only: bool = False) -> str:
        query: list[tuple[str, str]] = [("format", "JSON"), ("lang", "en"), ("freq", "M")]
        reporters, products = (w.reporters[:1], w.products[:1]) if latest_only else \
            (w.reporters, w.products)
        query += [("reporter", r) for r in reporters]
        query += [("partner", w.partner), ("flow", w.flow)]
        query += [("product", p) for p in products]
        query += [("indicators", "VALUE_IN_EUROS"), ("indicators", "QUANTITY_IN_100KG")]
        query += [("lastTimePeriod", "1")] if latest_only else \
            [("sinceTimePeriod", f"{since // 12:04d}M{since % 12 + 1:02d}")]
        return self.base + "?" + urllib.parse.urlencode(query)

    def look(self, watches: tuple[ComextWatch, ...], state: SourceState, network: Network,
             folder: Path, today: date, months: int,
             is_cancelled: Callable[[], bool] = lambda: False,
             progress: Callable[[int, int, str], None] = lambda d, t, m: None) -> Look:
        from remonitor.importers.formats.api import updated_day

        look = Look("comext")
        since = months_back(today, months)[0]
        try:
            for i, w in enumerate(watches):
                if is_cancelled():
                    break
                progress(i, len(watches), f"Comext: {w.label or w.partner}")
                probe, _h, _b = get_json(self.data_url(w, since, latest_only=True), network,
                                         2_000_000, None, is_cancelled)
                look.requests += 1
                stamp = str(probe.get("updated", "")) if isinstance(probe, dict) else ""
                key = f"{'+'.join(w.reporters)}|{w.flow}|{w.partner}|{'+'.join(w.products)}"
                if stamp and state.published.get(key) == stamp:
                    continue  # the dataset has not changed since the last look
                cells = len(w.reporters) * len(w.products) * 2 * months
                cube, _h, body = get_json(self.data_url(w, since), network,
                                          max(cells * 200, 2_000_000), None, is_cancelled)
                look.requests += 1
                if not isinstance(cube, dict) or "dimension" not in cube:
                    raise HttpProblem("Comext: not a JSON-stat answer")
                held = set(cube.get("dimension", {}).get("product", {}).get(
                    "category", {}).get("index", {}))
                unknown = [p for p in w.products if held and p not in held]
                if unknown:
                    look.notes.append(f"Comext has no {', '.join(unknown)} for this query")
                name = _safe(f"comext DS-045409 {w.partner} flow{w.flow} since "
                             f"{since // 12}M{since % 12 + 1:02d} updated {stamp[:10]}") \
                    + ".json"
                path = folder / name
                folder.mkdir(parents=True, exist_ok=True)
                path.write_bytes(body)
                look.saved.append(Saved(path, "comext", updated_day(cube),
                                        f"{w.label or w.partner}", key, stamp))
            progress(len(watches), len(watches), "Comext: done")
        except HttpProblem as exc:
            look.problem = exc
        return look


# -- the schedule ---------------------------------------------------------------------------

def next_try(state: SourceState, look: Look, now: float) -> float:
    """When to look again after ``look``: a day on success; the server's Retry-After (or
    the next UTC midnight, when the day's quota is used) on 429; backoff otherwise; never
    for a refused key (``state.stopped``)."""
    problem = look.problem
    if problem is None:
        return now + LOOK_EVERY_S
    if isinstance(problem, RateLimited):
        if problem.retry_after is not None:
            return now + max(problem.retry_after, 1)
        tomorrow = datetime.fromtimestamp(now, UTC).date() + timedelta(days=1)
        return datetime(tomorrow.year, tomorrow.month, tomorrow.day, tzinfo=UTC).timestamp()
    return now + (problem.retry_after or backoff(state.failures))


def record(state: SourceState, look: Look, now: float) -> None:
    """Bring the state up to date after a look (what was saved is marked fetched once it
    is imported: :func:`mark_imported`)."""
    if look.problem is None:
        state.failures = 0
        state.last_look = now
        state.stopped = ""
        state.last_result = "ok"
    else:
        state.failures += 1
        state.last_result = look.problem.kind
        if isinstance(look.problem, Forbidden):
            state.stopped = str(look.problem)
    state.next_due = next_try(state, look, now)


def mark_imported(state: SourceState, saved: Saved) -> None:
    state.published[saved.state_key] = saved.stamp


def load_states(path: Path) -> dict[str, SourceState]:
    try:
        raw = json.loads(path.read_text("utf-8"))
        return {name: SourceState(**s) for name, s in raw.items()}
    except (OSError, ValueError, TypeError):
        return {}


def save_states(path: Path, states: dict[str, SourceState]) -> None:
    from remonitor.exporters.tables import atomically

    text = json.dumps({n: asdict(s) for n, s in states.items()}, indent=1)
    atomically(path, lambda tmp: tmp.write_text(text, "utf-8"))


def load_watch_list(path: Path) -> WatchList:
    """The watch list in ``path``, or the default one (written there for the desk to edit)."""
    from remonitor.core.watch import default_watch_list

    try:
        return WatchList.from_json(path.read_text("utf-8"))
    except FileNotFoundError:
        watch = default_watch_list()
        with contextlib.suppress(OSError):
            path.write_text(watch.to_json(), "utf-8")
        return watch
    except (OSError, ValueError) as exc:
        watch = default_watch_list()
        watch.notes.append(f"{path.name}: {exc}; the default watch list is used")
        return watch


def quiet_status(source: str, state: SourceState, now: float) -> str:
    """The status bar's word for a source: '' when all is well."""
    name = {"comtrade": "Comtrade", "comext": "Comext"}.get(source, source)
    if state.stopped:
        return f"{name}: stopped ({state.stopped[:60]})"
    if state.last_result == "offline":
        return f"{name}: offline"
    if state.last_result in ("wait", "retry") and state.next_due > now:
        when = datetime.fromtimestamp(state.next_due).strftime("%H:%M")
        return f"{name}: next try {when}"
    return ""


def headline(plan, source: str) -> str:
    """What arrived, in one line for the notification: the biggest partner figure of the
    newest month ("Comtrade: China → Japan 284690, Sep 2026: 412,000 kg")."""
    from remonitor.core.figures import figure_text
    from remonitor.core.series import WORLD, Measure
    from remonitor.core.text import place_name

    best = None
    for _row, obs in plan.iter_observations():
        k = obs.key
        if k.partner == WORLD:
            continue
        rank = (obs.span.last, k.measure is Measure.QUANTITY, obs.value)
        if best is None or rank > best[0]:
            best = (rank, obs)
    name = {"comtrade": "Comtrade", "comext": "Comext"}.get(source, source)
    if best is None:
        return f"{name}: {plan.figure_count:,} figures"
    obs = best[1]
    k = obs.key
    return (f"{name}: {place_name(k.reporter)} → {place_name(k.partner)} {k.product}, "
            f"{obs.span.describe()}: {figure_text(obs.value, obs.decimals)} {k.unit}")


@dataclass(frozen=True)
class Arrived:
    """An imported answer: its summary, and the notification's line."""

    summary: object
    line: str

    @property
    def change(self):
        """What the views refresh (the writer announces it)."""
        return self.summary.change

    def __iter__(self):
        return iter((self.summary, self.line))


@dataclass(frozen=True)
class Arrivals:
    """A look's answers, imported in one writer job (each its own batch): one refresh of
    the views and one notification, not one per answer."""

    arrived: tuple[Arrived, ...]
    failed: tuple[str, ...] = ()

    @property
    def change(self):
        from remonitor.core.changes import StoreChange

        change = StoreChange()
        for a in self.arrived:
            change = change | a.summary.change
        return change


def import_all(conn, saved: list[Saved], done=lambda s: None) -> Arrivals:
    """Every answer of a look, each as its own batch; one that cannot be read is named
    and the others still imported."""
    from remonitor.importers.problems import ImportFailed

    arrived, failed = [], []
    for s in saved:
        try:
            arrived.append(import_saved(conn, s))
            done(s)
        except ImportFailed as exc:
            failed.append(f"{s.what}: {exc}")
    return Arrivals(tuple(arrived), tuple(failed))


def import_saved(conn, saved: Saved) -> Arrived:
    """Import a saved answer like any file (one batch, its publication date as release).
    Runs on the writer."""
    from remonitor.importers.commit import build_plan, commit_plan
    from remonitor.importers.formats import ImportOptions
    from remonitor.importers.text import file_hash

    fmt = "comtrade-api-json" if saved.source == "comtrade" else "comext-json-stat"
    plan = build_plan(saved.path, ImportOptions(format=fmt))
    summary = commit_plan(conn, plan, file_hash=file_hash(saved.path),
                          release_date=saved.release or plan.release_date)
    return Arrived(summary, headline(plan, saved.source))
