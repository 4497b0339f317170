"""The timeline in the real window: lanes, filters reaching the chart, two-way sync."""

from datetime import date

from remonitor.core.periods import utc_timestamp
from remonitor.ui.widgets.table_model import ROW_ROLE


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
    lanes.select(no_70)  # the suspension drawn linked to the announcements it suspends
    assert {e.key for e in lanes.linked(no_70)} == set(no_70.links)
    assert len(lanes._links.xData) == 2 * len(no_70.links)
    qtbot.waitUntil(lambda: bool(lanes.shown_labels), timeout=5_000)  # where they fit


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


def _keys(timeline):
    return {e.key or e.title for e in timeline.lanes.events}


def test_add_edit_delete_and_undo_each(qtbot, session_factory, monkeypatch):
    window = session_factory().window
    timeline = window.timeline
    dialog = timeline.new_event()
    dialog.title.setText("Controls apply again after the suspension")
    dialog.announced.setDate(date(2026, 11, 11))
    dialog.end.setText("2026-11-01")  # before the start: refused in the form
    dialog.buttons.accepted.emit()
    assert "end date is before" in dialog.problem.text() and dialog.isVisible()
    dialog.end.setText("")
    dialog.elements.setText("Dy Xx")
    dialog.buttons.accepted.emit()
    assert "Elements: not a rare-earth element symbol: Xx" in dialog.problem.text()
    dialog.elements.setText("Dy Tb")
    dialog.links.setText("mofcom-2025-70")
    with qtbot.waitSignal(timeline.sig_loaded, timeout=10_000):
        dialog.buttons.accepted.emit()
    added = next(e for e in timeline.lanes.events if e.title.startswith("Controls apply"))
    assert added.links == ("mofcom-2025-70",) and len(timeline.lanes.events) == 11

    edit = timeline.edit_event(added)
    edit.title.setText("Controls apply again")
    with qtbot.waitSignal(timeline.sig_loaded, timeout=10_000):
        edit.buttons.accepted.emit()
    assert "Controls apply again" in {e.title for e in timeline.lanes.events}
    with qtbot.waitSignal(timeline.sig_loaded, timeout=10_000):
        window.undo_action.trigger()  # the edit
    assert "Controls apply again after the suspension" in {
        e.title for e in timeline.lanes.events}

    target = next(e for e in timeline.lanes.events if e.key == "mofcom-2025-57")
    timeline.select_event(target)
    with qtbot.waitSignal(timeline.sig_loaded, timeout=10_000):
        timeline.delete_selected(confirm=False)
    assert "mofcom-2025-57" not in _keys(timeline)
    with qtbot.waitSignal(timeline.sig_loaded, timeout=10_000):
        window.undo_action.trigger()  # the delete: back, with No. 70's link to it
    assert "mofcom-2025-57" in _keys(timeline)
    no_70 = next(e for e in timeline.lanes.events if e.key == "mofcom-2025-70")
    assert "mofcom-2025-57" in no_70.links
    with qtbot.waitSignal(timeline.sig_loaded, timeout=10_000):
        window.redo_action.trigger()  # and deleted again
    assert "mofcom-2025-57" not in _keys(timeline)


def test_events_meet_applications_on_both_sides(qtbot, session_factory):
    from remonitor.core.licence import Status
    from remonitor.store.applications import save_new_application
    from tests.factories import application

    window = session_factory().window
    timeline, tracker = window.timeline, window.tracker
    app = application("RE-DY", Status.SUBMITTED, elements=("Dy",),
                      submitted_on=date(2025, 9, 20))
    with qtbot.waitSignal(window.writer.submit(
            "add", lambda conn, ctx: save_new_application(conn, app)).sig_result):
        pass
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.refresh()
    tracker.view.selectRow(0)
    qtbot.waitUntil(lambda: tracker.details.matches.rowCount() == 1, timeout=10_000)
    assert tracker.details.matches.item(0, 2).text() == "element Dy, control code 1C902"
    no_18 = next(e for e in timeline.lanes.events if e.key == "mofcom-2025-18")
    timeline.select_event(no_18)
    qtbot.waitUntil(lambda: "RE-DY" in timeline.touches.text(), timeout=10_000)
    with qtbot.waitSignal(tracker.sig_loaded, timeout=10_000):
        tracker.decide_selected_match("dismissed", index=0)
    qtbot.waitUntil(lambda: tracker.details.matches.rowCount() == 1
                    and tracker.details.matches.item(0, 3).text() == "dismissed", timeout=10_000)
    assert tracker.details.tabText(3) == "Events (0)"


def test_the_iea_tracker_imports_and_filters_to_china_on_lanes_and_chart(
        qtbot, session_factory, shared_data):
    from remonitor.core.changes import StoreChange
    from remonitor.importers.commit import import_file

    window = session_factory().window
    timeline = window.timeline
    path = shared_data / "iea-policy-tracker" / "IEA_CM_Policies.csv"
    with qtbot.waitSignal(timeline.sig_loaded, timeout=30_000):
        window.writer.submit("import", lambda conn, ctx: import_file(conn, path),
                             change=StoreChange(events=True))
    qtbot.waitUntil(lambda: len(window.chart.data.events) == 634, timeout=10_000)
    # 625 from the IEA and the 10 bundled, less one: IEA's "export controls on certain
    # medium and heavy rare earth items" is Announcement 2025 No. 18, held once.
    assert len(timeline.lanes.events) == 634
    with qtbot.waitSignal(timeline.sig_filter, timeout=5_000) as got:
        timeline.authority.setCurrentIndex(
            timeline.authority.findData("People's Republic of China"))
    assert len(timeline.lanes.events) == timeline.view.proxy.rowCount() == 30
    test = got.args[0]
    assert sum(test(e) for e in window.chart.data.events) == 30  # the chart's markers too


def test_clicking_a_chart_marker_selects_the_event_in_the_timeline(qtbot, session_factory):
    import pyqtgraph as pg

    window = session_factory().window
    x = utc_timestamp(date(2025, 4, 4))
    line = next(item for item in window.chart.plot.getPlotItem().items
                if isinstance(item, pg.InfiniteLine) and item.value() == x)
    line.sigClicked.emit(line, None)
    assert window.timeline.view.currentIndex().data(ROW_ROLE).key == "mofcom-2025-18"
