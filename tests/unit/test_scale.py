"""Costs that follow the work, not the store: the per-series summary the writer keeps is
the truth after every kind of write, and every query the views run on figures finds its
rows through an index (EXPLAIN QUERY PLAN), never by scanning the figures."""

import json
import re
from datetime import date

import pytest

from remonitor.importers.commit import import_file
from remonitor.store.batches import undo_batch
from remonitor.store.connection import connect, transaction
from remonitor.store.location import prepare_data_dir
from remonitor.store.migrations import migrate
from remonitor.store.observations import RELEASE, list_series

pytestmark = pytest.mark.both_backends

TRUTH = f"""SELECT s.id, count(*), min(o.first_month), max(o.last_month), max({RELEASE})
            FROM series s JOIN observation o ON o.series_id = s.id
            JOIN import_batch b ON b.id = o.batch_id GROUP BY s.id ORDER BY s.id"""


def _summary(conn):
    return sorted((s.id, s.observations, s.first_month, s.last_month,
                   s.latest_release.isoformat()) for s in list_series(conn))


def test_the_summary_is_the_truth_after_every_write(store, shared_data):
    """Imports (rows and column blocks), a revision of held figures, figures dropped as
    unchanged, undo: the summary always equals a GROUP BY over every figure."""
    assert _summary(store) == [tuple(r) for r in store.execute(TRUTH)]
    first = import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    gac = import_file(store, shared_data / "gac-online-query-gbk" / "2025out.csv")
    wits = import_file(store, shared_data / "wits-analyst-workbook"
                       / "china_ree_exports_850511_with_controls.xlsx")
    assert first.added and gac.added and wits.added
    assert _summary(store) == [tuple(r) for r in store.execute(TRUTH)]
    undo_batch(store, gac.batch_id)
    assert _summary(store) == [tuple(r) for r in store.execute(TRUTH)]
    undo_batch(store, first.batch_id)
    truth = [tuple(r) for r in store.execute(TRUTH)]
    assert _summary(store) == truth
    assert not any(s.key.reporter == "THA" for s in list_series(store))  # gone with it


def test_a_summary_tallied_as_a_big_file_is_written_is_the_one_grouped_again(
        store, shared_data, monkeypatch):
    """Figures into series that held none are summarised as they are written, never read
    back (grouping them again was 1.5 s of a million figures on a team store); the rows are
    those the store's own grouping makes: count, months, release and the newest label."""
    from remonitor.importers import commit
    from remonitor.store.observations import summarise_all

    def never(conn, series):
        raise AssertionError("grouped the figures just written")

    with monkeypatch.context() as patched:
        patched.setattr(commit, "summarise_series", never)
        added = import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    assert added.added
    tallied = sorted(list_series(store), key=lambda s: s.id)
    assert any(s.label.description for s in tallied)
    with transaction(store):
        summarise_all(store)
    assert sorted(list_series(store), key=lambda s: s.id) == tallied
    # A file adding to series that hold figures is grouped from the store as before.
    again = import_file(store, shared_data / "comtrade-classic" / "comtrade.csv")
    assert again.added and _summary(store) == [tuple(r) for r in store.execute(TRUTH)]


def test_an_older_store_gains_its_summary_when_migrated(tmp_path):
    conn = connect(prepare_data_dir(tmp_path / "data"))
    migrate(conn, target=7)  # the schema before the summary (v8)
    with transaction(conn):
        conn.execute("INSERT INTO import_batch (id, file_name, file_hash, format, "
                     "release_date, imported_at, imported_by) VALUES (1, 'a.csv', 'h', 't', "
                     "'2025-03-01', '2025-03-02T00:00:00', 'desk')")
        conn.execute("INSERT INTO series (id, flow, reporter, partner, product, measure, "
                     "unit, source) VALUES (7, 'export', 'CHN', 'WLD', '2805', 'quantity', "
                     "'t', 'desk')")
        conn.executemany("INSERT INTO observation (series_id, first_month, last_month, "
                         "batch_id, mantissa, decimals, released) VALUES (7, ?, ?, 1, ?, 0, ?)",
                         [(24300, 24300, 5, None), (24301, 24301, 6, "2025-04-01")])
    migrate(conn)
    (only,) = list_series(conn)
    assert (only.id, only.observations, only.first_month, only.last_month,
            only.latest_release) == (7, 2, 24300, 24301, date(2025, 4, 1))
    conn.close()


# Tables a query may read whole: a handful of rows each, however many figures are held.
SMALL = {"import_batch", "b", "label", "l", "series_summary", "m", "event", "e",
         "event_source", "event_link", "exchange_rate", "meta", "json_each", "CONSTANT"}


def _plans(conn, statements):
    bad = []
    for sql in statements:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        for row in conn.execute("EXPLAIN QUERY PLAN " + sql):
            detail = row[3]
            scan = re.match(r"SCAN (\w+)", detail)
            if scan and scan.group(1) not in SMALL and "json_each" not in detail:
                bad.append(f"{detail}\n  in: {' '.join(sql.split())[:300]}")
    return bad


@pytest.mark.sqlite_only  # SQLite's EXPLAIN QUERY PLAN
def test_every_query_the_views_run_on_figures_uses_an_index(store, shared_data, tmp_path):
    """Every statement the chart, picker, partner views and analysis run is traced (Check…
    reads what the chart read)
    with its values bound and explained: the observation table (and the series table,
    where a key is known) is searched through an index, never scanned."""
    from remonitor.views.analysis import (
        concentration_view,
        event_window_view,
        prices_view,
        share_change_view,
    )
    from remonitor.views.catalogue import catalogue
    from remonitor.views.chart import load_chart_data

    import_file(store, shared_data / "wits-analyst-workbook"
                / "china_ree_exports_850511_with_controls.xlsx")
    import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    store.execute("ANALYZE")
    statements: list[str] = []
    store.set_trace_callback(statements.append)
    try:
        choices = catalogue(store)
        by_kind = {}
        for c in choices:
            by_kind.setdefault(c.kind, c)
        tokens = [c.token for c in by_kind.values()]
        for token in tokens:
            load_chart_data(store, [token], choices=choices)
        partner = next(c for c in choices if c.kind == "series" and c.key.partner == "IND")
        load_chart_data(store, [partner.token], partners_n=10, choices=choices)
        total = "850511 all partners quantity"
        event_window_view(store, "mofcom-2023-reporting-list", total, choices=choices)
        share_change_view(store, "mofcom-2023-reporting-list", total, choices=choices)
        concentration_view(store, total, choices)
        prices_view(store, "850511 all partners value", 5, choices)
    finally:
        store.set_trace_callback(None)
    assert len(statements) > 30
    problems = _plans(store, statements)
    assert not problems, "\n".join(problems)
    json.dumps(statements)  # every statement was bound text (for the message above)


def test_a_catalogue_updated_for_the_series_a_change_names_is_the_one_read_anew(
        store, shared_data):
    """Imports that add series, partner sums, unit values and mirrors, and undoing each:
    the catalogue brought up to date for the series each change names equals the catalogue
    read from scratch."""
    from remonitor.store.batches import undo_batch
    from remonitor.views.catalogue import Catalogue

    files = [("wits-analyst-workbook", "clean_china_ree_exports_284690_2010_2024.xlsx"),
             ("comtrade-legacy-bulk", "h3_china_india.csv"),  # India's side: mirrors
             ("comtrade-plus", "TradeData.csv"),
             ("wits-analyst-workbook", "china_ree_exports_850511_with_controls.xlsx")]
    held = Catalogue.read(store)
    batches = []
    for folder, name in files:
        summary = import_file(store, shared_data / folder / name)
        batches.append(summary)
        held = held.updated(store, summary.change.series_ids)
        assert held.choices == Catalogue.read(store).choices, name
    kinds = {c.kind for c in held.choices}
    assert kinds == {"series", "sum", "unit value", "mirror"}, kinds
    for summary in reversed(batches):
        change = undo_batch(store, summary.batch_id)
        held = held.updated(store, change.series_ids)
        assert held.choices == Catalogue.read(store).choices


def test_a_change_naming_most_series_reads_the_catalogue_whole(store, shared_data):
    """Copying the catalogue's tables and changing most of their entries costs more than
    reading it anew: a change naming two thirds of the series or more is read whole, a
    smaller one brought up to date; both equal the whole read."""
    from remonitor.views.catalogue import Catalogue

    import_file(store, shared_data / "wits-analyst-workbook"
                / "clean_china_ree_exports_284690_2010_2024.xlsx")
    import_file(store, shared_data / "comtrade-legacy-bulk" / "h3_china_india.csv")
    held = Catalogue.read(store)
    ids = sorted(r[0] for r in store.execute("SELECT series_id FROM series_summary"))
    few, most = frozenset(ids[:len(ids) // 3]), frozenset(ids[len(ids) // 4:])
    assert held.updated(store, few).covers == few
    assert held.updated(store, most).covers is None
    for change in (few, most):
        assert held.updated(store, change).choices == held.choices


def test_the_first_paint_reads_only_the_series_it_shows(store, shared_data):
    """A saved series, a partner sum, a unit value and a mirror, read for the first paint
    without listing every series: each choice is the one a whole read gives."""
    from remonitor.views.catalogue import Catalogue
    from remonitor.views.chart import load_chart_data

    import_file(store, shared_data / "wits-analyst-workbook"
                / "clean_china_ree_exports_284690_2010_2024.xlsx")
    import_file(store, shared_data / "comtrade-legacy-bulk" / "h3_china_india.csv")
    whole = Catalogue.read(store)
    picked = [next(c for c in whole.choices if c.kind == kind)
              for kind in ("series", "sum", "unit value", "mirror")]
    for choice in picked:
        part = Catalogue.read_for(store, [choice.token])
        assert part is not None and part.partial, choice.token
        assert part.by_token[choice.token] == choice
        assert len(part.choices) < len(whole.choices) / 5
    data = load_chart_data(store, [c.token for c in picked[:2]], first=True)
    assert data.catalogue.partial and [s.choice for s in data.shown] == picked[:2]
    assert Catalogue.read_for(store, ["export|CHN|WLD|nothing|quantity|t|GAC"]) is None
    assert Catalogue.read_for(store, ["not a token"]) is None


def test_the_first_start_reads_the_default_product_only(store, shared_data):
    from remonitor.views.catalogue import Catalogue
    from remonitor.views.chart import default_tokens, load_chart_data

    import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    whole = default_tokens(Catalogue.read(store).choices)
    data = load_chart_data(store, [], first=True)
    assert data.catalogue.partial and [s.choice.token for s in data.shown] == whole
