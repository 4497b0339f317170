"""The chart with several series, by destination, in other units and views, on the real
WITS workbook (China's exports of HS 850511 by partner): what an analyst clicks through."""

import csv
from datetime import date
from decimal import Decimal

import pytest

import pyqtgraph as pg
from PySide6.QtCore import Qt

from remonitor.core.periods import MonthSpan, month_index
from remonitor.ui.settings import CHART_HIDDEN
from remonitor.ui.widgets.plotting import Dots, Polylines


@pytest.fixture
def wits_dir(tmp_path, shared_data):
    """A data dir holding the reference dataset and the WITS 850511 workbook."""
    from remonitor.importers.commit import import_file
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate

    folder = tmp_path / "data"
    conn = connect(prepare_data_dir(folder))
    migrate(conn)
    ensure_reference_dataset(conn)
    import_file(conn, shared_data / "wits-analyst-workbook" /
                "china_ree_exports_850511_with_controls.xlsx")
    conn.close()
    return folder


def choose(qtbot, chart, *words_and_measure):
    """Tick the series the picker finds for each (search words, measure column) pair."""
    chart.open_picker()
    picker = chart.picker
    tokens = []
    for words, measure in words_and_measure:
        picker.search.setText(words)
        proxy = picker.table.proxy
        rows = [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
                for r in range(proxy.rowCount())]
        found = next(c for c in rows if (c.kind == "unit value" and measure == "unit value")
                     or (c.kind == "series" and c.key.measure.value == measure))
        tokens.append(found.token)
    with qtbot.waitSignal(chart.sig_loaded, timeout=10_000):
        picker._choose(tokens)
    picker.close()


def test_two_units_get_two_axes_and_unit_value_is_a_series(qtbot, session_factory, wits_dir):
    chart = session_factory(wits_dir).window.chart
    chart.open_picker()
    chart.picker.search.setText("850511 world")
    assert 0 < chart.picker.table.proxy.rowCount() <= 4  # value, quantity, unit value
    assert "of" in chart.picker.count.text()
    chart.picker.close()
    choose(qtbot, chart, ("850511 world value", "value"), ("850511 world", "quantity"))
    assert [s.unit for s in chart.data.shown] == ["USD", "kg"]
    item = chart.plot.getPlotItem()
    assert item.getAxis("right").isVisible()
    assert "USD" in item.getAxis("left").labelText and "kg" in item.getAxis("right").labelText
    labels = chart.canvas.legend.labels()
    assert any("(right axis)" in t for t in labels) and "reported" in labels
    # Each axis's lines are one item and their markers another (sixty items cost a paint
    # 4×, and 7-9 ms more to make).
    def markers_on(box):
        return [i for i in box.addedItems if isinstance(i, Dots)]

    def lines_on(box):
        return [i for i in box.addedItems if isinstance(i, Polylines)]

    boxes = (item.getViewBox(), chart.canvas.right)
    markers = []
    for box in boxes:
        lines, found = lines_on(box), markers_on(box)
        assert len(lines) == 1 and len(found) == 1
        assert sorted(found[0].xs) == list(lines[0].xs)
        markers += list(found[0].xs)
    assert len(markers) == len(chart.hits)
    chart.redraw()  # drawn again: the old lines and markers go
    assert [len(markers_on(box)) for box in boxes] == [1, 1]
    assert [len(lines_on(box)) for box in boxes] == [1, 1]
    choose(qtbot, chart, ("850511 world unit", "unit value"))
    shown = chart.data.first
    assert shown.unit == "USD/kg"
    year = next(p for p in shown.points if p.span == MonthSpan.year(2024))
    assert year.value == Decimal(3_236_652_390) / 130_756_000
    assert chart.plot.getPlotItem().getAxis("left").labelText == "USD/kg"
    assert chart.bar_at(chart.hits[-1].x0 + 1).value == year.value
    hit = chart.bar_at(chart.hits[-1].x0 + 1)
    assert "USD/kg" in hit.text


def test_a_search_typed_while_the_whole_list_is_read_keeps_working(
        qtbot, session_factory, wits_dir):
    """The picker can be open, with words typed, when the whole catalogue arrives (it is
    read after the first paint): the new series are searched as the old ones."""
    chart = session_factory(wits_dir).window.chart
    qtbot.waitUntil(lambda: chart.lists_every_series)
    every = chart.data.choices
    picker = chart.picker
    picker.set_choices(every[:3], [])
    picker.search.setText("850511 japan")
    picker.set_choices(every, [])  # raised KeyError for each series new to the list
    found = [picker.table.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
             for r in range(picker.table.proxy.rowCount())]
    assert found and all("japan" in c.search_text() for c in found)
    assert len(found) < len(every)


def test_a_click_on_a_series_in_the_legend_hides_it_and_another_shows_it(
        qtbot, session_factory, wits_dir, tmp_path):
    from PySide6.QtTest import QTest

    chart = session_factory(wits_dir).window.chart
    choose(qtbot, chart, ("850511 world value", "value"), ("850511 japan value", "value"))
    legend, item = chart.canvas.legend, chart.plot.getPlotItem()
    names = [e.series for _, e, _ in legend._placed if e is not None and e.series]
    assert len(names) == 2 and len(chart.hits) > 0
    everything = len(chart.hits)
    dots = next(i for i in item.items if isinstance(i, Dots))
    lines = next(i for i in item.items if isinstance(i, Polylines))
    drawn = len(lines.xs)

    def click(name):  # a real click on the entry's words
        at = next(c[0] for c in legend._placed if c[1] and c[1].series == name)
        inside = legend.mapToScene(at + pg.Point(30, legend._metrics().height() / 2))
        QTest.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=chart.plot.mapFromScene(inside))

    click(names[1])
    assert chart.canvas.drawing.hidden == {names[1]} and legend.hidden == {names[1]}
    assert lines.hidden == {names[1]} and len(lines.xs) < drawn  # the line is not drawn
    assert len(dots.xs) == len(chart.hits) < everything
    assert {h.series for h in chart.hits} == {names[0]}  # the crosshair reads the shown
    assert chart.shot().hidden == {names[1]}
    table = tmp_path / "shown.csv"
    with qtbot.waitSignal(chart.export_to(table).sig_result, timeout=10_000):
        pass
    with table.open(encoding="utf-8-sig") as fh:
        assert {r["series"] for r in csv.DictReader(fh)} == {names[0]}
    chart.redraw()  # drawn again (a view changed, a store change): still hidden
    assert chart.canvas.drawing.hidden == {names[1]} and len(chart.hits) < everything
    click(names[1])
    assert not chart.canvas.drawing.hidden and len(chart.hits) == everything
    shown = next(i for i in item.items if isinstance(i, Polylines))
    assert not shown.hidden and len(shown.xs) == drawn


def test_a_series_hidden_stays_hidden_when_the_window_opens_again(qtbot, session_factory,
                                                                   wits_dir):
    first = session_factory(wits_dir)
    chart = first.window.chart
    choose(qtbot, chart, ("850511 world value", "value"), ("850511 japan value", "value"))
    names = [e.series for _, e, _ in chart.canvas.legend._placed if e and e.series]
    chart.toggle_series(names[0])
    first.close()
    chart = session_factory(wits_dir).window.chart  # the same settings file
    assert chart.canvas.drawing.hidden == {names[0]}
    assert chart.canvas.legend.hidden == {names[0]}
    assert {h.series for h in chart.hits} == {names[1]}
    choose(qtbot, chart, ("850511 japan value", "value"))  # others chosen: forgotten
    assert not chart.canvas.drawing.hidden
    assert not chart._settings.get(CHART_HIDDEN)


def test_by_destination_stacks_the_top_partners_with_rest_of_world(
        qtbot, session_factory, wits_dir, tmp_path):
    session = session_factory(wits_dir)
    chart = session.window.chart
    choose(qtbot, chart, ("850511 world value", "value"))
    chart.partners_n.setValue(5)
    with qtbot.waitSignal(chart.sig_loaded, timeout=10_000):
        chart.partners.setChecked(True)
    view = chart.data.partners
    assert len(view.partners) == 6 and view.partners[-1].partner == "rest of world"
    assert view.partners[0].total >= view.partners[1].total >= view.partners[4].total
    assert sum(p.share for p in view.partners) == pytest.approx(1)
    labels = chart.canvas.legend.labels()
    assert any(t.endswith("%)") for t in labels) and any("rest of world" in t for t in labels)
    chart.navigation.show_years(0)
    table = tmp_path / "partners.csv"
    with qtbot.waitSignal(chart.export_to(table).sig_result, timeout=10_000):
        pass
    with table.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    partners = {r["series"] for r in rows}
    assert "rest of world" in partners and len(partners) == 6
    year = [r for r in rows if r["period"] == "2024"]
    total = sum(Decimal(r["value"]) for r in year)
    world = 3_236_652_390
    assert abs(total - world) <= world / 100  # partners add up to the World row
    session.close()
    # Next start: the same series, the same by-destination view.
    chart = session_factory(wits_dir).window.chart
    assert chart.partners.isChecked() and chart.partners_n.value() == 5
    assert chart.data.first.choice.key.product == "850511"


def test_index_log_and_checks_on_the_reference_series(qtbot, session_factory):
    chart = session_factory().window.chart
    i = chart.view_mode.findData("index")
    chart.view_mode.setCurrentIndex(i)
    chart.view_mode.activated.emit(i)
    assert chart._actions[chart.base].isVisible()
    chart.base.setDate(chart.base.date().fromString("2025-03-01", "yyyy-MM-dd"))
    march = chart.bar_at(chart.hits[0].x0 * 0 + _x(date(2025, 3, 15)))
    assert march.value == 100
    assert chart.plot.getPlotItem().getAxis("left").labelText == "index"
    i = chart.view_mode.findData("mom")
    chart.view_mode.setCurrentIndex(i)
    chart.view_mode.activated.emit(i)
    chart.log.setChecked(True)
    assert all(h.point.value > 0 for h in chart.hits)
    assert "log axis" in chart.caption.text()
    chart.log.setChecked(False)
    chart.open_checks()
    rows = chart._checks.rows
    assert ("agrees", "stated y/y") in {(r[0], r[3]) for r in rows if r[2] == "2025"}
    assert not [r for r in rows if r[0] == "mismatch"]
    assert any(r[0] == "cannot check" for r in rows)  # Jan–Aug 2024 is not known


def _x(day):
    from remonitor.core.periods import utc_timestamp

    return utc_timestamp(day)


def test_values_convert_only_through_imported_rates(qtbot, session_factory, tmp_path):
    from remonitor.core.series import Flow, Measure, NewObservation, SeriesKey
    from remonitor.store.batches import create_batch
    from remonitor.store.connection import connect, transaction
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.migrations import migrate
    from remonitor.store.observations import insert_observations

    folder = tmp_path / "data"
    conn = connect(prepare_data_dir(folder))
    migrate(conn)
    key = SeriesKey(Flow.EXPORT, "CHN", "WLD", "2846", Measure.VALUE, "million CNY", "GAC")
    with transaction(conn):
        batch = create_batch(conn, file_name="gac.csv", file_hash="h", format="t",
                             release_date=date(2025, 7, 20))
        insert_observations(conn, batch, [
            NewObservation(key, MonthSpan.month(2025, m), Decimal(716), 0) for m in (5, 6)])
    conn.close()
    window = session_factory(folder).window
    chart = window.chart
    from remonitor.views.catalogue import series_token

    with qtbot.waitSignal(chart.sig_loaded, timeout=10_000):
        chart.show_series([series_token(key)])
    with qtbot.waitSignal(chart.sig_loaded, timeout=10_000):
        chart._set_unit(*_money("USD"))
    assert chart.data.first.unit == "million CNY"  # no rates: said, not converted
    assert "no CNY/USD exchange-rate table" in chart.caption.text()
    rates = tmp_path / "rates.csv"
    rates.write_text("Month,CNY per USD\n2025-05,7.16\n", encoding="utf-8")
    with qtbot.waitSignal(chart.sig_loaded, timeout=10_000):
        window.files.import_rates(rates)
    shown = chart.data.first
    assert shown.unit == "USD" and len(shown.points) == 1  # June has no rate: left out
    assert shown.points[0].value == 100_000_000  # 716 million CNY at 7.16, exactly
    assert "rates.csv" in chart.caption.text() and "Jun 2025" in chart.caption.text()
    assert shown.points[0].span.first == month_index(2025, 5)


def _money(value):
    from remonitor.ui.settings import CHART_MONEY

    return CHART_MONEY, value


def test_each_data_folder_keeps_its_own_series_and_dates(qtbot, tmp_path):
    from remonitor.ui.settings import CHART_RANGE, CHART_SERIES, CHART_VIEW, Settings

    settings = Settings(tmp_path / "ui.ini")
    one, two = settings.for_folder(tmp_path / "a"), settings.for_folder(tmp_path / "b")
    one.set(CHART_SERIES, "x|y")
    one.set(CHART_RANGE, "1,2")
    one.set(CHART_VIEW, "yoy")
    assert (two.get(CHART_SERIES), two.get(CHART_RANGE)) == ("", "")
    assert two.get(CHART_VIEW) == "yoy"  # a way of looking: the same everywhere
    again = Settings(tmp_path / "ui.ini").for_folder(tmp_path / "a")
    assert (again.get(CHART_SERIES), again.get(CHART_RANGE)) == ("x|y", "1,2")
