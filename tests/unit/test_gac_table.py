"""GAC's major-commodities table: Chinese and English editions, scales, YTD columns."""

from datetime import date
from decimal import Decimal

import xlsxwriter

from remonitor.core.consistency import stated_changes
from remonitor.core.monthly import PointKind, monthly_series
from remonitor.core.periods import MonthSpan
from remonitor.core.series import Observation
from remonitor.importers.commit import build_plan, import_file
from remonitor.store.observations import list_series, observations_for

from ..conftest import TEST_DATA


def by(plan, measure, span):
    (obs,) = [o for o in plan.observations if o.key.measure == measure and o.span == span
              and o.key.product == "rare earths (GAC headline)"]
    return obs


def test_chinese_gbk_edition():
    plan = build_plan(TEST_DATA / "gac_major_exports_2025_05_usd_gbk.csv")
    assert plan.format == "gac-major-commodities" and plan.encoding == "gb18030"
    assert not plan.errors
    may, ytd = MonthSpan.month(2025, 5), MonthSpan.months(2025, 1, 5)
    assert str(by(plan, "quantity", may).value) == "5864.6"
    assert by(plan, "quantity", may).decimals == 1
    assert by(plan, "quantity", ytd).value == 24827
    value = by(plan, "value", may)
    assert (value.value, value.key.unit, value.decimals) == (118_000_000, "USD", -4)
    # Each stated change is attached to the series it speaks of, as the check reads it.
    assert by(plan, "quantity", ytd).note == "+2.3% y/y"
    assert by(plan, "value", ytd).note == "−8.1% y/y"
    aluminium = [o for o in plan.observations if o.key.product == "未锻轧铝及铝材"
                 and o.key.measure == "quantity" and o.span == may]
    assert aluminium[0].value == 560_000 and aluminium[0].key.unit == "t"
    assert plan.skipped["note or empty line"] == 1


def test_english_edition_gives_the_same_figures():
    zh = build_plan(TEST_DATA / "gac_major_exports_2025_05_usd_gbk.csv")
    en = build_plan(TEST_DATA / "gac_major_exports_2025_05_english.csv")
    for measure in ("quantity", "value"):
        for span in (MonthSpan.month(2025, 5), MonthSpan.months(2025, 1, 5)):
            assert by(en, measure, span).value == by(zh, measure, span).value


def test_xlsx_edition_in_yuan_with_merged_period_cells(tmp_path):
    path = tmp_path / "2025年5月出口主要商品量值表（人民币值）.xlsx"
    book = xlsxwriter.Workbook(str(path))
    ws = book.add_worksheet("表1")
    ws.write_row(0, 0, ["2025年5月出口主要商品量值表（人民币值）"])
    ws.write_row(1, 0, ["单位：亿元"])
    ws.write_row(2, 0, ["商品名称", "计量单位"])
    ws.merge_range(2, 2, 2, 3, "5月")
    ws.merge_range(2, 4, 2, 5, "1-5月")
    ws.write_row(3, 2, ["数量", "金额", "数量", "金额"])
    ws.write_row(4, 0, ["稀土", "吨", 5864.6, 8.5, 24827, 43.1])
    book.close()
    plan = build_plan(path)
    assert not plan.errors
    value = by(plan, "value", MonthSpan.months(2025, 1, 5))
    assert (value.value, value.key.unit, value.decimals) == (4_310_000_000, "CNY", -7)


def test_imported_table_extends_the_reference_series(store):
    import_file(store, TEST_DATA / "gac_major_exports_2025_05_usd_gbk.csv")
    (headline,) = [s for s in list_series(store) if s.key.product == "rare earths (GAC headline)"
                   and s.key.measure == "quantity"]
    points = {p.span: p for p in monthly_series(observations_for(store, headline.id))}
    assert points[MonthSpan.month(2025, 5)].kind is PointKind.REPORTED
    # The table's Jan–May figure equals the bundled one, so it is not stored again; the
    # change it states is still checked against the figures held.
    jan_may = MonthSpan.months(2025, 1, 5)
    plan = build_plan(TEST_DATA / "gac_major_exports_2025_05_usd_gbk.csv")
    stated = by(plan, "quantity", jan_may)
    held = [o for o in observations_for(store, headline.id) if o.span != jan_may]
    figure = Observation(jan_may, stated.value, stated.decimals, date(2025, 6, 20), 9,
                         "gac.csv", stated.note)
    (check,) = [c for c in stated_changes([*held, figure], list(points.values()))
                if c.figure is figure]
    assert check.stated == Decimal("2.3") and check.consistent  # against Jan–May 2024


def test_the_report_lists_unit_conversions():
    report = build_plan(TEST_DATA / "gac_major_exports_2025_05_usd_gbk.csv").report()
    assert "converted 6: 万美元 → USD (×10,000)" in report
    assert "converted 2: 万吨 → t (×10,000)" in report


def test_a_change_header_without_a_period_takes_the_cumulative_columns(tmp_path):
    """GAC also writes ``累计比去年同期±%`` with no period: it speaks of the cumulative
    (year-to-date) columns before it, never refusing the table."""
    path = tmp_path / "gac.csv"
    path.write_text("2025年5月出口主要商品量值表\n单位：万美元\n"
                    "商品名称,计量单位,5月,,1至5月,,累计比去年同期±%,\n"
                    ",,数量,金额,数量,金额,数量,金额\n"
                    "稀土,吨,5864.6,11800,24827,59800,2.3,-8.1\n", encoding="utf-8")
    plan = build_plan(path)
    assert not plan.errors
    assert by(plan, "quantity", MonthSpan.months(2025, 1, 5)).note == "+2.3% y/y"
    assert by(plan, "quantity", MonthSpan.month(2025, 5)).note == ""
