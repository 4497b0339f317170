"""The import wizard end to end on the real window: preview, check, commit, cancel, undo."""

import pytest

from PySide6.QtWidgets import QWizard

from ..conftest import SHARED_DATA, TEST_DATA, shared_files

HEADER = "period,value,flow,reporter,partner,product,measure,unit,source\n"


def planned(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.plan is not None or "not" in wizard.file_page.status.text(),
                    timeout=20_000)


def count(window, qtbot, sql):
    handle = window.runner.read("count", lambda conn, ctx: conn.execute(sql).fetchone()[0])
    with qtbot.waitSignal(handle.sig_result, timeout=10_000) as result:
        pass
    return result.args[0]


def test_wizard_imports_a_gac_table_and_the_chart_follows(qtbot, session_factory):
    window = session_factory().window
    wizard = window.import_path(TEST_DATA / "gac_major_exports_2025_05_usd_gbk.csv")
    planned(qtbot, wizard)
    assert "GB18030" in wizard.file_page.status.text().upper()
    assert wizard.file_page.preview.rowCount() > 0
    wizard.next()
    assert "rows read" in wizard.check_page.report.toPlainText()
    with qtbot.waitSignal(wizard.sig_committed, timeout=20_000) as done:
        wizard.next()
    summary = done.args[0]
    assert summary.added > 0 and summary.unchanged >= 1  # May 2025 matches the reference
    qtbot.waitUntil(lambda: len(window.chart.data.choices) > 1, timeout=10_000)
    wizard.accept()


def test_wizard_on_a_real_gac_query_file_then_undo(qtbot, session_factory, shared_data):
    window = session_factory().window
    wizard = window.import_path(SHARED_DATA / "gac-online-query-gbk" / "2025out.csv")
    planned(qtbot, wizard)
    assert wizard.plan.rows_read == 23
    preview = wizard.file_page.preview
    assert preview.item(0, 2).text() == "export" and preview.item(0, 8).text() in ("kg", "CNY")
    wizard.next()
    with qtbot.waitSignal(wizard.sig_committed, timeout=20_000):
        wizard.next()
    gac_rows = "SELECT count(*) FROM observation o JOIN series s ON s.id=o.series_id " \
               "WHERE s.product LIKE '1201%'"
    assert count(window, qtbot, gac_rows) == 46
    assert wizard.commit_page.undo.isVisible()
    with qtbot.waitSignal(wizard.sig_undone, timeout=20_000):
        wizard.commit_page.undo.click()
    assert count(window, qtbot, gac_rows) == 0


def test_errors_block_the_commit_unless_skipped(qtbot, session_factory, tmp_path):
    window = session_factory().window
    path = tmp_path / "mixed.csv"
    path.write_text(HEADER + "2025-01,5,export,CHN,DEU,x,quantity,t,T\n"
                             "2025-02,five,export,CHN,DEU,x,quantity,t,T\n", encoding="utf-8")
    wizard = window.import_path(path)
    planned(qtbot, wizard)
    wizard.next()
    assert "row 3, column 'value'" in wizard.check_page.report.toPlainText()
    assert not wizard.check_page.isComplete()
    wizard.check_page.skip_bad.setChecked(True)
    assert wizard.check_page.isComplete()
    wizard.reject()


def test_cancel_really_cancels_a_big_import(qtbot, session_factory, tmp_path):
    window = session_factory().window
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(200_000):
            fh.write(f"{1990 + (i // 12) % 30}-{i % 12 + 1:02d},{i},export,CHN,P{i // 360},"
                     f"2846,quantity,kg,TEST\n")
    before = count(window, qtbot, "SELECT count(*) FROM observation")
    wizard = window.import_path(path)
    planned(qtbot, wizard)
    wizard.next()
    wizard.next()
    job = wizard._commit_job
    with qtbot.waitSignal(job.sig_progress, timeout=30_000):
        pass
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        wizard.commit_page.cancel.click()
    assert "nothing was stored" in wizard.commit_page.message.text()
    assert count(window, qtbot, "SELECT count(*) FROM observation") == before
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()


DESK = ("Desk export sheet\nMonth,Destination,Tonnes\n2025-09,JPN,\"1,200.5\"\n"
        "2025-10,JPN,980\n")


def map_by_hand(qtbot, window, path):
    """Open ``path`` (a table no format reads) and choose to map it: (wizard, mapping box)."""
    wizard = window.import_path(path)
    qtbot.waitUntil(lambda: "does not recognise" in wizard.file_page.status.text(),
                    timeout=20_000)
    page = wizard.file_page
    page.format.setCurrentIndex(page.format.findData("generic-table"))
    return wizard, page.mapping


def test_map_an_unknown_table_save_a_profile_and_reuse_it(qtbot, session_factory, tmp_path):
    window = session_factory().window
    first = tmp_path / "desk-sep.csv"
    first.write_text(DESK, encoding="utf-8")
    wizard, box = map_by_hand(qtbot, window, first)
    assert box.isVisibleTo(wizard.file_page)
    box.header_row.setValue(2)
    qtbot.waitUntil(lambda: box.columns == ["Month", "Destination", "Tonnes"], timeout=10_000)
    assert box.choice["period"].currentData() is not None
    box.choice["period"].setCurrentIndex(box.choice["period"].findData("Month"))
    box.choice["partner"].setCurrentIndex(box.choice["partner"].findData("Destination"))
    box.choice["value"].setCurrentIndex(box.choice["value"].findData("Tonnes"))
    for name, value in {"flow": "export", "reporter": "CHN", "product": "850511",
                        "measure": "quantity", "unit": "t", "source": "desk"}.items():
        box.constant[name].setText(value)
    with qtbot.waitSignal(wizard.sig_planned, timeout=20_000) as planned_:
        wizard.replan()
    plan = planned_.args[0]
    assert [o.value for o in plan.observations] == [1200.5, 980]
    box.profile_name.setText("desk magnets")
    box._save()
    qtbot.waitUntil(lambda: "Saved" in box.saved_label.text(), timeout=10_000)
    wizard.next()
    with qtbot.waitSignal(wizard.sig_committed, timeout=20_000):
        wizard.next()
    wizard.accept()

    second = tmp_path / "desk-nov.csv"
    second.write_text(DESK.replace("2025-09", "2025-11").replace("2025-10", "2025-12"),
                      encoding="utf-8")
    again = window.import_path(second)
    qtbot.waitUntil(lambda: again.plan is not None, timeout=20_000)
    assert again.plan.profile == "desk magnets"
    assert len(again.plan.observations) == 2
    again.reject()


@pytest.mark.parametrize("path", shared_files(), ids=lambda p: p.name)
def test_the_wizard_reads_every_shared_file(qtbot, session_factory, path):
    window = session_factory().window
    wizard = window.import_path(path)
    with qtbot.waitSignal(wizard.sig_planned, timeout=30_000):
        pass  # planning starts once saved profiles are read, after this returns
    if path.parent.name == "oec":  # the file does not name its product: the user must
        assert "which product" in wizard.file_page.status.text()
        wizard.file_page.product.setText("2846")
        with qtbot.waitSignal(wizard.sig_planned, timeout=30_000):
            wizard.replan()
    assert wizard.plan is not None, wizard.file_page.status.text()
    assert wizard.plan.size > 0 and not wizard.plan.errors
    assert wizard.file_page.preview.rowCount() > 0
    wizard.reject()


ANALYST = ("Month,Value (USD),Tonnes,Unit price (USD/kg)\n"
           "2017-05-01,1250000.5,150.25,8.32\n2017-06-01,1300000,160,8.13\n")


def test_an_analysts_monthly_table_maps_value_and_quantity_at_once(
        qtbot, session_factory, tmp_path):
    window = session_factory().window
    first = tmp_path / "japan-2017.csv"
    first.write_text(ANALYST, encoding="utf-8")
    wizard, box = map_by_hand(qtbot, window, first)
    qtbot.waitUntil(lambda: "Tonnes" in box.columns, timeout=10_000)
    for name, column in {"period": "Month", "value": "Value (USD)", "quantity": "Tonnes"
                         }.items():
        box.choice[name].setCurrentIndex(box.choice[name].findData(column))
    for name, value in {"flow": "export", "reporter": "China", "partner": "Japan",
                        "product": "850511", "unit": "USD", "quantity_unit": "t",
                        "source": "desk"}.items():
        box.choice[name].setCurrentIndex(0)
        box.constant[name].setText(value)
    with qtbot.waitSignal(wizard.sig_planned, timeout=20_000) as planned_:
        wizard.replan()
    plan = planned_.args[0]
    assert not plan.errors, plan.errors
    got = sorted((o.span.label(), o.key.measure.value, str(o.value)) for o in plan.observations)
    assert got == [("2017-05", "quantity", "150.25"), ("2017-05", "value", "1250000.5"),
                   ("2017-06", "quantity", "160"), ("2017-06", "value", "1300000")]
    assert plan.ignored_columns == ["Unit price (USD/kg)"]
    assert {o.key.partner for o in plan.observations} == {"JPN"}
    box.profile_name.setText("desk japan")
    box._save()
    qtbot.waitUntil(lambda: "Saved" in box.saved_label.text(), timeout=10_000)
    wizard.next()
    with qtbot.waitSignal(wizard.sig_committed, timeout=20_000):
        wizard.next()
    wizard.accept()
    second = tmp_path / "japan-2018.csv"
    second.write_text(ANALYST.replace("2017", "2018"), encoding="utf-8")
    again = window.import_path(second)
    qtbot.waitUntil(lambda: again.plan is not None, timeout=20_000)
    assert again.plan.profile == "desk japan" and again.plan.figure_count == 4
    again.reject()
