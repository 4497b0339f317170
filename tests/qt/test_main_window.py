"""The real main window, end to end, on a temporary data dir."""

from datetime import date
from decimal import Decimal

import openpyxl

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from remonitor.core.monthly import PointKind
from remonitor.core.periods import MonthSpan
from remonitor.ui.settings import CHART_VIEW


def test_window_shows_the_reference_figures_and_events(session_factory):
    window = session_factory().window
    data = window.chart.data
    assert data.first.choice.key.product == "rare earths (GAC headline)"
    kinds = {p.span: p.kind for p in data.first.points}
    assert kinds[MonthSpan.month(2025, 5)] is PointKind.REPORTED
    assert kinds[MonthSpan.months(2025, 10, 12)] is PointKind.DERIVED
    assert window.timeline.model.rowCount() == 10
    titles = [window.timeline.model.index(r, 1).data() for r in range(10)]
    assert any("Suspension" in t for t in titles)
    assert len(data.choices) == 1 and "GAC headline" in window.chart.series_button.text()
    assert "GAC" in window.status.freshness.text()
    # The bundled data end with Jan–Feb 2026 (released 2026-03-20): March was due in April.
    assert "Mar 2026 was due 07–14 Apr: no new file yet" in window.status.freshness.text()


def test_chart_tooltip_names_the_figure_and_its_source(session_factory):
    chart = session_factory().window.chart
    q4 = next(p for p in chart.data.first.points if p.span == MonthSpan.months(2025, 10, 12))
    text = chart.describe_point(q4)
    assert "Oct–Dec 2025: 14,224.3 t" in text  # exact: 62,580 − 48,355.7
    assert "62,580 − 48,355.7" in text
    assert "reference dataset v2, released on or before 2026-01-14 (approximate)" in text


def fill_and_save(qtbot, window, reference):
    dialog = window.tracker.editor.new_application()
    qtbot.keyClicks(dialog.reference, reference)
    qtbot.keyClicks(dialog.applicant, "Example Magnetics GmbH")
    qtbot.keyClicks(dialog.elements, "Sm Dy")
    dialog.quantity.setValue(1500)
    qtbot.keyClicks(dialog.destination, "DEU")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    return dialog, save


def test_create_an_application_and_find_it_after_a_restart(qtbot, session_factory, tmp_path):
    session = session_factory()
    window = session.window
    dialog, save = fill_and_save(qtbot, window, "RE-2026-001")
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.tracker.model.rowCount() == 1
    session.close()

    reopened = session_factory().window
    assert reopened.tracker.model.rowCount() == 1
    row = reopened.tracker.model.rows[0].application
    assert (row.reference, row.applicant, row.elements, row.quantity) == (
        "RE-2026-001", "Example Magnetics GmbH", ("Sm", "Dy"), 1500.0)


def test_the_form_refuses_bad_input_and_a_reused_reference(qtbot, session_factory):
    window = session_factory().window
    dialog, save = fill_and_save(qtbot, window, "")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "reference is required" in dialog.problem.text()
    dialog.reference.setText("RE-1")
    dialog.elements.setText("Sm Xx")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "Xx" in dialog.problem.text()
    dialog.elements.setText("Sm")
    with qtbot.waitSignal(window.tracker.editor.sig_saved, timeout=10_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    again, save = fill_and_save(qtbot, window, "RE-1")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in again.problem.text(), timeout=10_000)
    assert again.isVisible() and save.isEnabled()
    again.reject()


def test_layout_is_restored_on_the_next_start(qtbot, session_factory):
    session = session_factory()
    session.window.resize(760, 560)  # the offscreen screen is 800×600; restore clamps to it
    session.window.tracker_dock.hide()
    size = session.window.size()
    assert size.width() <= 780
    session.close()
    window = session_factory().window
    assert window.size() == size
    assert not window.tracker_dock.isVisible()


def test_export_what_is_shown_and_import_a_file(qtbot, session_factory, tmp_path):
    window = session_factory().window
    out = tmp_path / "events.xlsx"
    job = window.export_to("events", out)
    with qtbot.waitSignal(job.sig_result, timeout=10_000) as result:
        pass
    assert result.args == [10]
    assert "Exported 10 rows" in window.status.currentMessage()
    sheet = openpyxl.load_workbook(out).active
    assert sheet.max_row == 11
    calendar = tmp_path / "events.ics"
    with qtbot.waitSignal(window.export_to("events", calendar).sig_result, timeout=10_000):
        pass
    text = calendar.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") >= 10 and "DTSTART;VALUE=DATE:20261110" in text



def test_a_corrupt_store_is_reported_and_left_alone(qtbot, session_factory, tmp_path,
                                                     monkeypatch):
    data = tmp_path / "broken"
    data.mkdir()
    db = data / "remonitor.sqlite3"
    db.write_bytes(b"not a database" * 100)
    boxes = []
    monkeypatch.setattr("remonitor.ui.shell.window.error_box",
                        lambda parent, title, error: boxes.append((title, error)) or _Box())
    session = session_factory(data, wait=False)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    title, error = boxes[0]
    assert "cannot open its store" in title
    assert str(db) in error.message and "not changed" in error.message
    assert db.read_bytes() == b"not a database" * 100
    assert not session.writer.isRunning() or session.writer.wait(5000)


class _Box:
    class _Signal:
        def connect(self, slot):
            self.slot = slot

    finished = _Signal()


def test_a_submitted_application_keeps_its_submitted_date(qtbot, session_factory):
    from remonitor.core.licence import Status

    window = session_factory().window
    dialog, save = fill_and_save(qtbot, window, "RE-S")
    dialog.status.setCurrentIndex(dialog.status.findText("Submitted"))
    dialog.submitted.setDate(date(2026, 3, 2))
    # Submitting needs what MOFCOM asks for: the form stars it and names what is missing.
    assert dialog.form.labelForField(dialog.end_use).text().endswith("*")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "need: item, control code, end use, end user" in dialog.problem.text()
    for box, text in ((dialog.item, "SmCo magnets"), (dialog.control_code, "1c902"),
                      (dialog.end_use, "motors"), (dialog.end_user, "Example Magnetics")):
        qtbot.keyClicks(box, text)
    with qtbot.waitSignal(window.tracker.sig_loaded, timeout=10_000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (row,) = window.tracker.model.rows
    assert row.application.status is Status.SUBMITTED
    assert row.application.submitted_on == date(2026, 3, 2)


def test_chart_views_switch_and_say_what_they_show(qtbot, session_factory):
    from remonitor.core.periods import utc_timestamp

    chart = session_factory().window.chart
    index = chart.view_mode.findData("mom")
    chart.view_mode.setCurrentIndex(index)
    chart.view_mode.activated.emit(index)
    may = chart.bar_at(utc_timestamp(date(2025, 5, 15)))
    assert may is not None and may.value == (Decimal("5864.6") / 4785 - 1) * 100
    assert "+22.6% (m/m %)" in may.text
    assert chart.bar_at(utc_timestamp(date(2025, 3, 15))) is None  # not across Jan–Feb
    for view in ("yoy", "ytd", "rolling", "level"):
        i = chart.view_mode.findData(view)
        chart.view_mode.setCurrentIndex(i)
        chart.view_mode.activated.emit(i)
        assert chart.hits, view
    assert chart._settings.get(CHART_VIEW) == "level"
