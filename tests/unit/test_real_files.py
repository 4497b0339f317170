"""Real downloads from ../shared/data, imported exactly as they are (skipped without them)."""

import pytest

from remonitor.core.periods import MonthSpan
from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.formats import ImportOptions


def stored(conn, **where):
    """{(partner, product, measure, period label): value} for matching series."""
    clauses = " AND ".join(f"s.{k} = ?" for k in where)
    rows = conn.execute(
        "SELECT s.partner, s.product, s.measure, o.first_month, o.last_month, o.value "
        "FROM observation o JOIN series s ON s.id = o.series_id"
        + (f" WHERE {clauses}" if clauses else ""), tuple(where.values())).fetchall()
    return {(p, c, m, MonthSpan(f, la).label()): v for p, c, m, f, la, v in rows}


def test_comtrade_plus_cp1252_imports_world_and_partners(store, shared_data):
    path = shared_data / "comtrade-plus" / "TradeData.csv"
    plan = build_plan(path)
    assert plan.format == "comtrade-plus" and plan.encoding == "cp1252"
    summary = import_file(store, path)
    assert summary.rows == 1178 and not summary.already_imported
    values = stored(store, source="UN Comtrade", reporter="THA", measure="value")
    assert values[("WLD", "8542", "value", "2014")] == 9680795326
    assert values[("WLD", "8542", "value", "2015")] == pytest.approx(9389778348.49)
    partners = {k for k in values if k[0] != "WLD"}
    assert len(partners) + sum(1 for k in values if k[0] == "WLD") == 1178
    names = {r[0] for r in store.execute("SELECT definition FROM series")}
    assert not any("璽" in n for n in names)  # not decoded as GB18030
    assert import_file(store, path).already_imported


def test_comtrade_legacy_bulk_parent_equals_its_children(store, shared_data):
    import_file(store, shared_data / "comtrade-legacy-bulk" / "h3_china_india.csv")
    v = stored(store, flow="import", measure="value", reporter="M49:699")
    q = stored(store, flow="import", measure="quantity", reporter="M49:699")
    partner = "M49:156"
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
    assert v[("GAC:502", "12019011", "value", "2025-01")] == 634583
    assert q[("GAC:502", "12019011", "quantity", "2025-01")] == 82677
    unit = store.execute("SELECT DISTINCT unit FROM series WHERE source='GAC' "
                         "AND measure='quantity' AND product LIKE '1201%'").fetchall()
    assert unit == [("kg",)]
    definitions = " ".join(r[0] for r in store.execute("SELECT definition FROM series"))
    assert "黑大豆，种用除外" in definitions and "美国" in definitions


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
        "SELECT o.first_month / 12, sum(o.value), count(*) FROM observation o "
        "JOIN series s ON s.id = o.series_id WHERE s.flow = 'production' "
        "GROUP BY 1 ORDER BY 1").fetchall()
    assert [(y, total) for y, total, _ in rows] == [(2022, 296920), (2023, 353320)]
    assert all(n == 15 for *_, n in rows)
    china = store.execute("SELECT o.value FROM observation o JOIN series s ON s.id=o.series_id "
                          "WHERE s.reporter='China' AND s.flow='production' AND "
                          "o.first_month = 2023*12").fetchone()
    assert china == (240000,)
