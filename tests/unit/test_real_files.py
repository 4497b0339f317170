"""Real downloads from ../shared/data, imported exactly as they are (skipped without them)."""

from decimal import Decimal

import pytest

from remonitor.core.figures import from_mantissa
from remonitor.core.periods import MonthSpan
from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.formats import ImportOptions


def stored(conn, **where):
    """{(partner, product, measure, period label): exact value} for matching series."""
    clauses = " AND ".join(f"s.{k} = ?" for k in where)
    rows = conn.execute(
        "SELECT s.partner, s.product, s.measure, o.first_month, o.last_month, o.mantissa, "
        "o.decimals FROM observation o JOIN series s ON s.id = o.series_id"
        + (f" WHERE {clauses}" if clauses else ""), tuple(where.values())).fetchall()
    return {(p, c, m, MonthSpan(f, la).label()): from_mantissa(v, d)
            for p, c, m, f, la, v, d in rows}


def labels(conn) -> str:
    return " ".join(r[0] for r in conn.execute("SELECT description FROM label"))


def test_comtrade_plus_cp1252_imports_world_and_partners(store, shared_data):
    path = shared_data / "comtrade-plus" / "TradeData.csv"
    plan = build_plan(path)
    assert plan.format == "comtrade-plus" and plan.encoding == "cp1252"
    summary = import_file(store, path)
    assert summary.rows == 1178 and not summary.already_imported
    values = stored(store, source="UN Comtrade", reporter="THA", measure="value")
    assert values[("WLD", "8542", "value", "2014")] == 9680795326
    assert str(values[("WLD", "8542", "value", "2015")]) == "9389778348.49"
    partners = {k for k in values if k[0] != "WLD"}
    assert len(partners) + sum(1 for k in values if k[0] == "WLD") == 1178
    assert "璽" not in labels(store)  # not decoded as GB18030
    assert import_file(store, path).already_imported


def test_comtrade_legacy_bulk_parent_equals_its_children(store, shared_data):
    import_file(store, shared_data / "comtrade-legacy-bulk" / "h3_china_india.csv")
    v = stored(store, flow="import", measure="value", reporter="IND")  # M49 699 (India)
    q = stored(store, flow="import", measure="quantity", reporter="IND")
    partner = "CHN"  # M49 156: the codes the other sources use, so mirror data line up
    assert v[(partner, "2846", "value", "2010")] == 1520021
    assert (v[(partner, "284610", "value", "2010")] + v[(partner, "284690", "value", "2010")]
            == 1520021)
    assert q[(partner, "2846", "quantity", "2010")] == 238537 == (
        q[(partner, "284610", "quantity", "2010")] + q[(partner, "284690", "quantity", "2010")])
    assert v[(partner, "280530", "value", "2010")] == 3049023
    assert q[(partner, "2805", "quantity", "2010")] == 8183030  # only one child listed


def test_comtrade_classic_keeps_leading_zero_codes(store, shared_data):
    import_file(store, shared_data / "comtrade-classic" / "comtrade.csv")
    products = {r[0] for r in store.execute(
        "SELECT DISTINCT product FROM series WHERE source = 'UN Comtrade'")}
    assert "00" in products and "01" in products
    flows = {r[0] for r in store.execute("SELECT DISTINCT flow FROM series WHERE reporter='CHN' "
                                         "AND source='UN Comtrade'")}
    assert flows == {"import", "export"}


def test_gac_query_gbk_with_separators_inside_quotes(store, shared_data):
    summary = import_file(store, shared_data / "gac-online-query-gbk" / "2025out.csv")
    assert summary.rows == 23
    v = stored(store, source="GAC", flow="export", measure="value")
    q = stored(store, source="GAC", flow="export", measure="quantity")
    assert v[("USA", "12019011", "value", "2025-01")] == 634583  # GAC code 502, 美国
    assert q[("USA", "12019011", "quantity", "2025-01")] == 82677
    unit = store.execute("SELECT DISTINCT unit FROM series WHERE source='GAC' "
                         "AND measure='quantity' AND product LIKE '1201%'").fetchall()
    assert unit == [("kg",)]
    assert "黑大豆，种用除外" in labels(store)


def test_gac_query_flow_comes_from_the_name_or_the_user(store, shared_data, tmp_path):
    data = (shared_data / "gac-online-query-gbk" / "2024in.csv").read_bytes()
    anonymous = tmp_path / "query.csv"
    anonymous.write_bytes(data)
    with pytest.raises(Exception, match="imports or exports"):
        build_plan(anonymous)
    plan = build_plan(anonymous, ImportOptions(flow="import"))
    assert {o.key.flow for o in plan.observations} == {"import"}


def test_usgs_skips_the_rounded_world_total_and_na(store, shared_data):
    path = shared_data / "usgs-mcs" / "mcs2024-raree_world-1.csv"
    plan = build_plan(path)
    assert plan.skipped["rounded world total (not a country)"] == 1
    assert plan.skipped["Reserves_t: not available"] == 3
    import_file(store, path)
    rows = store.execute(
        "SELECT o.first_month / 12, sum(o.mantissa), count(*) FROM observation o "
        "JOIN series s ON s.id = o.series_id WHERE s.flow = 'production' "
        "GROUP BY 1 ORDER BY 1").fetchall()  # whole tonnes: mantissa = value
    assert [(y, total) for y, total, _ in rows] == [(2022, 296920), (2023, 353320)]
    assert all(n == 15 for *_, n in rows)
    china = store.execute("SELECT o.mantissa FROM observation o JOIN series s "
                          "ON s.id=o.series_id WHERE s.reporter='CHN' AND "
                          "s.flow='production' AND o.first_month = 2023*12").fetchone()
    assert china == (240000,)


def total(conn, source, **where):
    clauses = " AND ".join([f"s.{k} = ?" for k in where] + ["s.source = ?"])
    rows = conn.execute(
        "SELECT o.mantissa, o.decimals FROM observation o JOIN series s "
        f"ON s.id = o.series_id WHERE {clauses}", (*where.values(), source)).fetchall()
    return sum((from_mantissa(m, d) for m, d in rows), Decimal(0)), len(rows)


def test_usitc_csv_monthly_rows_add_up_to_its_total_row(store, shared_data):
    path = shared_data / "usitc-dataweb" / "DataWeb-Query-Export.csv"
    summary = import_file(store, path)
    assert summary.rows == 50
    # The file's "Total:" row sums each month column over every country-year row.
    values = stored(store, source="USITC DataWeb")
    januaries = sum(v for (_, _, _, period), v in values.items() if period.endswith("-01"))
    assert januaries == 1_122_136_672
    dec_2024 = MonthSpan.month(2024, 12)
    assert store.execute("SELECT count(*) FROM observation WHERE first_month = ? AND "
                         "last_month = ?", (dec_2024.first, dec_2024.last)).fetchone()[0] == 0


def test_usitc_xlsx_reads_query_parameters(store, shared_data):
    path = shared_data / "usitc-dataweb" / "DataWeb-Query-Export.xlsx"
    plan = build_plan(path)
    assert str(plan.release_date) == "2025-04-05"
    import_file(store, path)
    v = stored(store, source="USITC DataWeb", flow="export", partner="CHN")
    assert v[("CHN", "28", "value", "2023")] == 1_331_820_922
    assert total(store, "USITC DataWeb", flow="export")[0] == 125_801_943_398


@pytest.mark.parametrize("suffix", ["csv", "json", "xlsx"])
def test_oec_needs_a_product_and_all_three_formats_agree(store, shared_data, suffix):
    path = shared_data / "oec" / f"Net-Trade-2022.{suffix}"
    with pytest.raises(Exception, match="which product"):
        build_plan(path)
    import_file(store, path, options=ImportOptions(product="2846"))
    v = stored(store, source="OEC", reporter="CHN")
    assert v[("WLD", "2846", "value", "2022")] in (679_479_705, 1_481_143_953)
    exports = stored(store, source="OEC", reporter="CHN", flow="export")
    assert exports[("WLD", "2846", "value", "2022")] == 679_479_705
    assert total(store, "OEC")[1] == 154


def test_wits_workbooks_import_observed_rows_only(store, shared_data):
    folder = shared_data / "wits-analyst-workbook"
    import_file(store, folder / "china_ree_exports_850511_with_controls.xlsx")
    v = stored(store, source="WITS (analyst workbook)", measure="value")
    q = stored(store, source="WITS (analyst workbook)", measure="quantity")
    assert v[("WLD", "850511", "value", "2024")] == 3_236_652_390
    assert q[("WLD", "850511", "quantity", "2024")] == 130_756_000
    assert ("AFG", "850511", "value", "2010") not in v  # a filled-in zero, not data
    import_file(store, folder / "clean_china_ree_exports_284690_2010_2024.xlsx")
    v = stored(store, source="WITS (analyst workbook)", measure="value", product="284690")
    partners_2010 = sum(val for (p, _, _, y), val in v.items() if y == "2010" and p != "WLD")
    assert abs(partners_2010 - v[("WLD", "284690", "value", "2010")]) <= 30  # $1000 rounding


def test_eurostat_matrix_with_merged_time_cells(store, shared_data):
    path = shared_data / "eurostat-comext" / "EU_trade_data.xlsx"
    plan = build_plan(path)
    assert str(plan.release_date) == "2026-02-13"
    assert all(o.key.partner and "incl." not in o.key.partner for o in plan.observations)
    spans = {o.span for o in plan.observations}
    assert MonthSpan.month(2024, 1) in spans and MonthSpan.month(2025, 12) in spans
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Sheet 3").to_python()
    t = next(i for i, r in enumerate(sheet) if r[0] == "TIME")
    raw = sum(c for r in sheet[t + 3:] for c in r[1:] if isinstance(c, int | float))
    planned = sum(o.value for o in plan.observations
                  if o.key.flow == "import" and o.span.length == 1)
    assert planned == Decimal(repr(raw))  # exact: the workbook's own numbers, added


def test_iea_tracker_imports_as_events_filterable_to_china(store, shared_data):
    from remonitor.store.events import list_events

    path = shared_data / "iea-policy-tracker" / "IEA_CM_Policies.csv"
    plan = build_plan(path)
    assert len(plan.events) == 625 and not plan.errors
    import_file(store, path)
    events = [e for e in list_events(store) if (e.key or "").startswith("iea:")]
    china = [e for e in events if "China" in e.authority]
    # 31 for China, one of them MOFCOM/GAC Announcement 2025 No. 18, which the bundled
    # dataset holds: one event, with IEA listed among its sources.
    assert len(china) == 30
    (no18,) = [e for e in list_events(store) if e.key == "mofcom-2025-18"]
    assert len(no18.also_reported) == 1 and "rare earth" in no18.also_reported[0].lower()
    years = [e for e in events if e.precision == "year"]
    assert years and all(e.when == str(e.announced.year) for e in years)
    assert any("rare earth" in e.title.lower() for e in china)
    assert all("<div>" not in e.notes for e in events)
    assert str(plan.release_date) == "2026-04-14"
