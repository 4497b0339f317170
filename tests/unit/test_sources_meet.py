"""When real sources meet in one store: one country table, aggregates never summed, vintages
by release, exact decimals end to end, and an export that imports back figure for figure."""

import contextlib
import csv
import itertools
from datetime import date
from decimal import Decimal

import pytest

from remonitor.core.figures import NotAFigure, from_float, from_text, plain_text
from remonitor.core.monthly import PointKind, latest_vintages, monthly_series
from remonitor.core.periods import MonthSpan
from remonitor.core.series import Flow, Measure, SeriesKey
from remonitor.exporters.tables import write_table
from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.formats import ImportOptions
from remonitor.importers.source import Source
from remonitor.store.observations import list_series, observations_by_series, observations_for
from remonitor.store.partners import partner_ranking, partner_series, partner_sum
from remonitor.views.chart import load_chart_data, read_partners
from remonitor.views.tables import observations_view

from ..conftest import shared_files

pytestmark = pytest.mark.both_backends

HEADLINE = "rare earths (GAC headline)"


def current(conn) -> dict[tuple, tuple]:
    """Every series' figures at their newest vintage: (key, span) → (text, release)."""
    out = {}
    every = observations_by_series(conn)
    for s in list_series(conn):
        for span, o in latest_vintages(every[s.id]).items():
            out[(s.key, span)] = (plain_text(o.value, o.decimals), o.release_date)
    return out


def headline(conn):
    (s,) = [s for s in list_series(conn) if s.key.product == HEADLINE
            and s.key.measure is Measure.QUANTITY]
    return observations_for(conn, s.id)


def test_germany_sums_its_member_states_never_the_intra_eu_row(store, shared_data):
    import_file(store, shared_data / "eurostat-comext" / "EU_trade_data.xlsx")
    key = SeriesKey(Flow.EXPORT, "DEU", "WLD", "Total", Measure.VALUE, "EUR",
                    "Eurostat Comext")
    found = partner_series(store, key)
    assert len(found.ids) == 26 and "INTRA_EU27" in found.others.values()
    jan = MonthSpan.month(2024, 1)
    (total,) = [o for o in partner_sum(store, found) if o.span == jan]
    assert total.value == 70_822_269_640  # not 141.8 bn: Intra-EU27 is not a partner
    ranking = partner_ranking(store, found, jan.first, jan.last)
    assert len(ranking) == 26 and all(p != "INTRA_EU27" for p, _ in ranking)
    choice = next(c for c in load_chart_data(store, []).choices
                  if c.kind == "series" and c.key.reporter == "DEU"
                  and c.key.flow is Flow.EXPORT and c.key.partner == "FRA")
    view = read_partners(store, choice, 5, jan.first, jan.last)
    assert any("Intra-EU27 row differs from the sum of partner countries" in n
               for n in view.notes)


def test_the_eu_reporter_and_names_come_from_the_country_table(store, shared_data):
    plan = build_plan(shared_data / "eurostat-comext" / "EU_trade_data.xlsx")
    assert "EU27" in {o.key.reporter for o in plan.observations}
    assert "not in remonitor's country table" not in plan.report()


@pytest.mark.parametrize("order", [("csv", "json", "xlsx"), ("xlsx", "csv", "json"),
                                   ("json", "xlsx", "csv")])
def test_oec_csv_json_and_xlsx_store_identical_values(store, shared_data, order):
    """The CSV writes 24630.999999999996 where the JSON and XLSX have 24631.0: the same
    figure, never a revision "11 → 11"."""
    summaries = [import_file(store, shared_data / "oec" / f"Net-Trade-2022.{suffix}",
                             options=ImportOptions(product="2846")) for suffix in order]
    assert summaries[0].added == 154
    for later in summaries[1:]:
        assert (later.added, later.revised, later.more_decimals) == (0, 0, 0), later.describe()
    values = {k: v for k, v in current(store).items() if k[0].source == "OEC"}
    assert len(values) == 154
    assert not any("99999" in text or "00000" in text.split(".")[-1] for text, _ in
                   values.values() if "." in text)


def _gac_table(path, month: int, quantity: str, ytd: str, months_text: str) -> None:
    path.write_text(
        f"2025年{month}月出口主要商品量值表\n单位：万美元\n"
        f"商品名称,计量单位,{month}月,,{months_text},\n,,数量,金额,数量,金额\n"
        f"稀土,吨,{quantity},10000,{ytd},50000\n", encoding="utf-8")


def test_gac_own_release_replaces_the_press_figure_and_derivations_use_it(store, tmp_path):
    march = tmp_path / "2025年3月出口主要商品量值表.csv"
    _gac_table(march, 3, "5666.271", "14177.271", "1至3月")
    summary = import_file(store, march, release_date=date(2025, 4, 14))
    assert summary.more_decimals >= 1 and summary.revised == 0, summary.describe()
    (more,) = [r for r in summary.revisions if r.span == MonthSpan.month(2025, 3)]
    assert more.kind == "more decimals" and more.takes_effect
    points = {p.span: p for p in monthly_series(headline(store))}
    assert str(points[MonthSpan.month(2025, 3)].value) == "5666.271"
    # GAC's September release (13 Oct 2025) is the official Jan–Sep: the bundled press
    # figure, released "on or before 14 Oct", does not outrank it.
    september = tmp_path / "2025年9月出口主要商品量值表.csv"
    _gac_table(september, 9, "4000.317", "48355.712", "1至9月")
    november = tmp_path / "2025年11月出口主要商品量值表.csv"
    _gac_table(november, 11, "5000.125", "58193.112", "1至11月")
    import_file(store, september, release_date=date(2025, 10, 13))
    import_file(store, november, release_date=date(2025, 12, 8))
    points = {p.span: p for p in monthly_series(headline(store))}
    october, nov = points[MonthSpan.month(2025, 10)], points[MonthSpan.month(2025, 11)]
    assert october.kind is PointKind.DERIVED and str(october.value) == "4837.275"
    assert str(october.value + nov.value) == "9837.400"  # Oct–Nov, from one vintage
    assert {o.source_file for o in october.sources} == {november.name, september.name}


def test_an_older_release_is_reported_but_never_takes_effect(store, tmp_path):
    old = tmp_path / "2025年5月出口主要商品量值表.csv"
    _gac_table(old, 5, "5800", "24827", "1至5月")
    summary = import_file(store, old, release_date=date(2025, 6, 1))
    (may,) = [r for r in summary.revisions if r.span == MonthSpan.month(2025, 5)]
    assert may.kind == "revision" and not may.takes_effect
    assert "older release" in summary.describe()
    points = {p.span: p for p in monthly_series(headline(store))}
    assert str(points[MonthSpan.month(2025, 5)].value) == "5864.6"


def _cells_by_row(path) -> dict[int, set[str]]:
    """Every row's cells as written (a workbook's numbers as the decimals they stand for),
    over every sheet: separators and spaces left out."""
    source = Source(path)
    sheets = [source.sheet_rows(s) for s in source.sheet_names] if source.is_workbook \
        else [source.csv_rows(";" if b";" in path.read_bytes()[:2000] and
                              b"," not in path.read_bytes()[:200] else ",")]
    out: dict[int, set[str]] = {}
    for rows in sheets:
        for number, cells in rows:
            held = out.setdefault(number, set())
            for cell in cells:
                text = cell.replace(",", "").replace(" ", "").replace("\u00a0", "").strip('"')
                held.add(text)
                with contextlib.suppress(NotAFigure):  # float noise: what it stands for
                    held.add(plain_text(*from_text(text)))
    return out


def _figure_files():
    for path in shared_files():
        if "iea-policy-tracker" in str(path) or path.suffix.lower() not in (
                ".csv", ".xlsx", ".json", ".txt"):
            continue
        yield path


# On a team store the same values are proved by test_team_cli: the figures exported from a
# team store holding every shared file equal the local store's, byte for byte.
@pytest.mark.sqlite_only
def test_every_stored_value_reads_back_as_its_source_cell(store, shared_data):
    """A property of every shared file: each stored figure, written with its decimals,
    is the text of a cell of the row it came from (never 24630.999999999996, never
    9.6808e+09). Figures a file gives in a scale (万美元) are that cell times the scale."""
    checked = 0
    for path in _figure_files():
        options = ImportOptions(product="2846") if "oec" in str(path) else ImportOptions()
        try:
            plan = build_plan(path, options)
        except Exception as exc:  # a file of another kind (flow asked for, say)
            if "imports or exports" in str(exc):
                plan = build_plan(path, ImportOptions(flow="import"))
            else:
                raise
        if path.suffix == ".json":
            continue  # JSON has no rows; its values are checked against the CSV above
        cells = _cells_by_row(path)
        scales = {1} | {int(c.split("×")[-1].rstrip(")").replace(",", ""))
                        for c in plan.converted}
        for row, obs in itertools.islice(plan.iter_observations(), 5000):
            text = plain_text(obs.value, obs.decimals)
            written = cells.get(row, set())
            if text in written:
                checked += 1
                continue
            numbers = set()
            for cell in written:
                try:
                    numbers.add(Decimal(cell))
                except ArithmeticError:
                    continue
            assert any(obs.value == n * s for n in numbers for s in scales), (
                path.name, row, text, sorted(written)[:12])
            checked += 1
    assert checked > 1000


def test_a_workbook_number_reads_as_the_decimal_it_stands_for():
    assert from_float(534882540.0000001) == (Decimal(534882540), 0)
    assert from_float(24630.999999999996) == (Decimal(24631), 0)
    assert from_float(0.1 + 0.2) == (Decimal("0.3"), 1)


def test_export_then_import_changes_nothing(store, shared_data, data_dir, tmp_path):
    """Figures exported with every key column import back into a fresh store as the same
    figures, and into the same store as nothing new."""
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate

    for path in (shared_data / "comtrade-plus" / "TradeData.csv",
                 shared_data / "comtrade-legacy-bulk" / "h3_china_india.csv",
                 shared_data / "wits-analyst-workbook"
                 / "china_ree_exports_850511_with_controls.xlsx",
                 shared_data / "usgs-mcs" / "mcs2024-raree_world-1.csv"):
        import_file(store, path)
    table = observations_view(store)
    out = tmp_path / "figures.csv"
    write_table(out, table.headers, table.rows)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    identity = [(r["flow"], r["reporter"], r["partner"], r["product"], r["measure"], r["unit"],
                 r["source"], r["period"]) for r in rows]
    assert len(identity) == len(set(identity))  # every row tells its series apart
    assert {"India", "Thailand", "World", "China"} <= {r["partner name"] for r in rows} | {
        r["reporter name"] for r in rows}
    before = current(store)
    again = import_file(store, out)
    assert (again.added, again.revised, again.more_decimals) == (0, 0, 0), again.describe()
    assert current(store) == before
    fresh = connect(prepare_data_dir(tmp_path / "fresh"))
    migrate(fresh)
    summary = import_file(fresh, out)
    assert summary.added == sum(r["kind"] == "reported" for r in rows)
    assert current(fresh) == before
    fresh.close()


def test_the_mirror_sets_chinas_exports_beside_the_partners_imports(store, shared_data):
    from remonitor.views.catalogue import Catalogue, mirror_for

    import_file(store, shared_data / "wits-analyst-workbook"
                / "clean_china_ree_exports_284690_2010_2024.xlsx")
    import_file(store, shared_data / "comtrade-legacy-bulk" / "h3_china_india.csv")
    choices = load_chart_data(store, []).choices
    exports = next(c for c in choices if c.kind == "series" and c.key.reporter == "CHN"
                   and c.key.partner == "IND" and c.key.product == "284690"
                   and c.key.measure is Measure.VALUE)
    mirrored = mirror_for(choices, exports)
    assert mirrored is not None and mirrored.kind == "mirror"
    assert mirror_for(choices, mirrored) == exports  # and back
    # The catalogue finds them from its mirrors alone; a chart read says so with the read.
    catalogue = Catalogue.read(store)
    assert catalogue.mirror_of(exports) == mirrored and catalogue.mirror_of(
        mirrored) == exports
    assert all(catalogue.mirror_of(c) == mirror_for(catalogue.choices, c)
               for c in catalogue.choices)
    assert load_chart_data(store, [exports.token], known=catalogue).mirror == mirrored
    assert load_chart_data(store, [mirrored.token]).mirror == exports
    assert load_chart_data(store, [exports.token], choices=choices).mirror == mirrored
    china, india = load_chart_data(store, [mirrored.token]).shown
    assert (india.choice.key.reporter, india.choice.key.partner) == ("IND", "CHN")
    assert india.choice.key.flow is Flow.IMPORT and china.unit == india.unit == "USD"
    view = china.mirror
    (year,) = [p for p in view.points if p.span == MonthSpan.year(2010)]
    exported = next(p.value for p in china.points if p.span == year.span)
    imported = next(p.value for p in india.points if p.span == year.span)
    assert (year.exported, year.imported, year.gap) == (exported, imported,
                                                        imported - exported)
    caption = " ".join(china.notes)
    assert "CIF" in caption and "FOB" in caption and "India's reported imports" in caption
