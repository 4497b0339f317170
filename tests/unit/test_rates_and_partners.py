"""Exchange rates imported and read back; figures across partners summed and ranked from
the store, on the real WITS workbook and on revised vintages."""

from datetime import date
from decimal import Decimal

import pytest

from remonitor.core.periods import MonthSpan, month_index
from remonitor.core.series import Flow, Measure, NewObservation, SeriesKey
from remonitor.importers.commit import import_file
from remonitor.importers.problems import ImportFailed
from remonitor.importers.rates import import_rates, read_rates
from remonitor.store.batches import create_batch, remove_batch
from remonitor.store.connection import transaction
from remonitor.store.observations import insert_observations, observations_for
from remonitor.store.partners import (
    partner_observations,
    partner_ranking,
    partner_series,
    partner_sum,
)
from remonitor.store.rates import rate_tables

pytestmark = pytest.mark.both_backends


def test_monthly_rates_import_and_the_newest_release_wins(store, tmp_path):
    first = tmp_path / "pboc.csv"
    first.write_text("PBoC central parity, monthly mean\nMonth,USD/CNY\n2025-05,7.19\n"
                     "2025-06,\"7.17\"\n", encoding="utf-8")
    table, batch = import_rates(store, first, date(2025, 7, 1))
    assert table.currency == "CNY" and batch is not None
    assert import_rates(store, first)[1] is None  # the same file twice: nothing new
    later = tmp_path / "daily.csv"
    later.write_text("日期,人民币兑美元\n2025-06-02,7.10\n2025-06-03,7.20\n", encoding="utf-8")
    table, _ = import_rates(store, later, date(2025, 8, 1))
    assert table.daily and table.per_usd == {month_index(2025, 6): Decimal("7.15")}
    rates = rate_tables(store)["CNY"]
    assert rates.per_usd == {month_index(2025, 5): Decimal("7.19"),
                             month_index(2025, 6): Decimal("7.15")}
    assert "pboc.csv" in rates.source
    with transaction(store):
        change = remove_batch(store, batch)
    assert change.rates and rate_tables(store)["CNY"].per_usd == {
        month_index(2025, 6): Decimal("7.15")}


def test_bad_rate_files_name_row_and_column_and_write_nothing(store, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Month,EUR per USD\n2025-05,0.91\n2025-13,0.9\n2025-06,n/a\n2025-05,0.92\n",
                   encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        import_rates(store, bad)
    text = str(failed.value)
    assert "bad.csv, row 3, column 'Month'" in text
    assert "row 4, column 'EUR per USD'" in text and "row 5" in text and "twice" in text
    assert rate_tables(store) == {}
    none = tmp_path / "none.csv"
    none.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no header row with a month and a rate"):
        read_rates(none)


KEY = SeriesKey(Flow.EXPORT, "CHN", "WLD", "850511", Measure.VALUE, "USD", "test")


def _put(conn, release, figures):
    with transaction(conn):
        batch = create_batch(conn, file_name=f"{release}.csv", file_hash=str(release),
                             format="t", release_date=release)
        insert_observations(conn, batch, [
            NewObservation(SeriesKey(KEY.flow, KEY.reporter, partner, KEY.product,
                                     KEY.measure, KEY.unit, KEY.source), span,
                           Decimal(value), 0)
            for partner, span, value in figures])


def test_partner_sum_takes_the_newest_vintage_and_never_the_world_row(store):
    may = MonthSpan.month(2025, 5)
    _put(store, date(2025, 6, 20), [("JPN", may, 100), ("USA", may, 50), ("WLD", may, 160),
                                    ("EU27", may, 10), ("NES_AREAS", may, 3)])
    _put(store, date(2025, 7, 20), [("JPN", may, 120)])  # a revision
    found = partner_series(store, KEY)
    assert sorted(found.ids.values()) == ["JPN", "USA"] and found.world_id is not None
    assert sorted(found.others.values()) == ["EU27", "NES_AREAS", "WLD"]  # never summed
    (total,) = partner_sum(store, found)
    assert total.value == 170 and total.release_date == date(2025, 7, 20)
    assert partner_ranking(store, found) == [("JPN", 120), ("USA", 50)]
    # An older file imported last: the batch ids no longer run in release order.
    _put(store, date(2025, 6, 1), [("JPN", may, 90)])
    assert partner_sum(store, found)[0].value == 170
    assert partner_observations(store, found, ["JPN"])["JPN"][0].value == 120


def test_wits_workbook_ranks_partners_and_sums_to_its_world_row(store, shared_data):
    import_file(store, shared_data / "wits-analyst-workbook" /
                "china_ree_exports_850511_with_controls.xlsx")
    key = SeriesKey(Flow.EXPORT, "CHN", "WLD", "850511", Measure.VALUE, "USD",
                    "WITS (analyst workbook)")
    found = partner_series(store, key)
    assert len(found.ids) > 150
    ranking = partner_ranking(store, found, month_index(2024, 1), month_index(2024, 12))
    assert ranking[0][1] >= ranking[1][1] >= ranking[10][1]
    total = {o.span: o.value for o in partner_sum(store, found)}
    year = MonthSpan.year(2024)
    assert sum(v for _, v in ranking) == total[year]  # exact: no float drift
    # The partners add up to the workbook's own World row within its rounding.
    (world,) = [o for o in observations_for(store, found.world_id) if o.span == year]
    assert abs(total[year] - world.value) <= world.value / 100


def test_comtrade_plus_partners_unit_value_and_sum_in_the_chart_data(store, shared_data):
    from remonitor.views.chart import load_chart_data

    import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    data = load_chart_data(store, [])
    mine = [c for c in data.choices if c.key.reporter == "THA" and c.key.product == "8542"]
    kinds = {(c.kind, c.key.measure.value) for c in mine}
    assert {("sum", "value"), ("unit value", "value"), ("series", "quantity")} <= kinds
    world_value = next(c for c in mine if c.kind == "series" and c.key.partner == "WLD"
                       and c.key.measure.value == "value")
    uv = next(c for c in mine if c.kind == "unit value" and c.key.partner == "WLD")
    data = load_chart_data(store, [world_value.token, uv.token], partners_n=10)
    assert [s.unit for s in data.shown] == ["USD", "USD/kg"]
    assert all(p.value > 0 for p in data.shown[1].points)
    view = data.partners
    assert len(view.partners) == 11 and view.partners[-1].partner == "rest of world"
    assert [s.describe() for s in view.spans] == [str(y) for y in range(2014, 2025)]
    for j, span in enumerate(view.spans):  # the stack adds up to the partner sum
        total = sum(row[j] for row in view.values)
        summed = next(o.value for o in partner_sum(store, partner_series(store, world_value.key))
                      if o.span == span)
        assert total == summed


def test_one_code_across_hs_editions_is_one_series(store, shared_data):
    """Comtrade+ gives THA 8542 in H4 (2014–16), H5 (2017–21) and H6 (2022–24): one series,
    drawn 2014–2024, each figure keeping the edition it was published in."""
    from remonitor.views.chart import load_chart_data

    import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    data = load_chart_data(store, [])
    world = [c for c in data.choices if c.kind == "series" and c.key.reporter == "THA"
             and c.key.product == "8542" and c.key.partner == "WLD"
             and c.key.measure is Measure.VALUE]
    assert len(world) == 1
    (choice,) = world
    assert (choice.first_month, choice.last_month) == (month_index(2014, 1),
                                                       month_index(2024, 12))
    assert choice.partner_name == "World" and "wld" in choice.search_text()
    (shown,) = load_chart_data(store, [choice.token]).shown
    assert [p.span.describe() for p in shown.points] == [str(y) for y in range(2014, 2025)]
    editions = {o.span.describe()[:4]: o.label.edition for o in shown.observations}
    assert (editions["2014"], editions["2017"], editions["2022"]) == ("H4", "H5", "H6")


def test_a_scope_change_between_editions_is_a_break_with_a_note(store, shared_data):
    """8542 took in multi-component ICs with HS 2017: still one series, with a break."""
    from remonitor.views.chart import load_chart_data

    import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    choice = next(c for c in load_chart_data(store, []).choices if c.kind == "series"
                  and c.key.reporter == "THA" and c.key.partner == "WLD"
                  and c.key.measure is Measure.VALUE)
    (shown,) = load_chart_data(store, [choice.token]).shown
    (cut,) = shown.breaks
    assert cut.month == month_index(2017, 1) and "MCOs" in cut.note
    assert any("break at 2017-01" in n for n in shown.notes)


def test_the_charts_points_come_worked_out_in_the_look_asked(store, shared_data):
    """The chart's points in its view are worked out with the read (on the worker); asked
    in another look, they are worked out then, the same as a fresh read's."""
    from remonitor.views.chart import PlotLook, load_chart_data, plot_series

    import_file(store, shared_data / "comtrade-plus" / "TradeData.csv")
    tokens = [c.token for c in load_chart_data(store, []).choices if c.kind == "series"][:3]
    yoy = PlotLook("yoy")
    data = load_chart_data(store, tokens, look=yoy)
    assert data.plotted[0] == yoy
    assert data.plotted_in(yoy) is data.plotted[1]  # no second working out
    def drawn(plotted):  # what a point is drawn as (its tooltip is a recipe)
        return [(p.axis_unit, [(pt.span, pt.value, pt.derived) for pt in p.points])
                for p in plotted]

    assert any(p.points for p in data.plotted[1])
    assert drawn(data.plotted_in(yoy)) == drawn(plot_series(data.shown, yoy))
    level = PlotLook("level", log=True)
    assert drawn(data.plotted_in(level)) != drawn(data.plotted[1])
    assert drawn(data.plotted_in(level)) == drawn(
        load_chart_data(store, tokens, look=level).plotted[1])
    assert load_chart_data(store, tokens).plotted is None  # asked without a look
