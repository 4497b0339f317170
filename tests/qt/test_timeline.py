"""The timeline in the real window: lanes, filters reaching the chart, two-way sync."""

from datetime import date

from remonitor.core.periods import utc_timestamp
from remonitor.ui.table_model import ROW_ROLE


def test_reference_events_in_lanes_with_the_suspension_as_a_span(qtbot, session_factory):
    window = session_factory().window
    lanes = window.timeline.lanes
    assert len(lanes.events) == 10
    no_70 = next(e for e in lanes.events if e.key == "mofcom-2025-70")
    assert no_70.end == date(2026, 11, 10)
    assert set(no_70.links) == {"mofcom-2025-55-56-58", "mofcom-2025-57", "mofcom-2025-61",
                                "mofcom-2025-62"}
    spans = lanes._spans.opts
    assert utc_timestamp(date(2026, 11, 10)) in list(spans["x1"])
    assert lanes.shown_labels  # labels drawn where they fit


def test_filters_reach_the_list_the_lanes_and_the_chart(qtbot, session_factory):
    window = session_factory().window
    timeline, chart = window.timeline, window.chart
    markers_before = len(chart.plot.getPlotItem().items)
    with qtbot.waitSignal(timeline.sig_filter, timeout=5_000):
        timeline.category.setCurrentIndex(timeline.category.findData("talks"))
    assert timeline.view.proxy.rowCount() == 1 and len(timeline.lanes.events) == 1
    assert len(chart.plot.getPlotItem().items) < markers_before
    assert timeline.count.text() == "1 of 10"
    with qtbot.waitSignal(timeline.sig_filter, timeout=5_000):
        timeline.category.setCurrentIndex(0)
    with qtbot.waitSignal(timeline.sig_filter, timeout=5_000):
        timeline.element.setCurrentIndex(timeline.element.findData("Dy"))
    assert [e.key for e in timeline.lanes.events] == ["mofcom-2025-18"]


def test_list_lanes_and_chart_follow_each_other(qtbot, session_factory):
    window = session_factory().window
    timeline, chart = window.timeline, window.chart
    chart.plot.setXRange(utc_timestamp(date(2025, 1, 1)), utc_timestamp(date(2025, 12, 31)),
                         padding=0)
    low, high = timeline.lanes.getViewBox().viewRange()[0]
    assert abs(low - utc_timestamp(date(2025, 1, 1))) < 86400
    assert abs(high - utc_timestamp(date(2025, 12, 31))) < 86400
    timeline.lanes.setXRange(utc_timestamp(date(2024, 1, 1)), utc_timestamp(date(2024, 7, 1)),
                             padding=0)
    assert abs(chart.plot.getViewBox().viewRange()[0][0] - utc_timestamp(date(2024, 1, 1))) \
        < 86400
    # Choosing a row centres both views on the event and rings its marker.
    proxy = timeline.view.proxy
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(ROW_ROLE).key == "mofcom-2025-18")
    with qtbot.waitSignal(timeline.sig_event_selected, timeout=5_000):
        timeline.view.setCurrentIndex(proxy.index(row, 0))
    low, high = chart.plot.getViewBox().viewRange()[0]
    assert abs((low + high) / 2 - utc_timestamp(date(2025, 4, 4))) < 86400
    assert len(timeline.lanes._selected.data) == 1
    # Clicking a marker selects its row.
    no_70 = next(e for e in timeline.lanes.events if e.key == "mofcom-2025-70")
    timeline.lanes.sig_event_clicked.emit(no_70)
    assert timeline.view.currentIndex().data(ROW_ROLE).key == "mofcom-2025-70"
