"""CSV and XLSX exports, opened again and checked; formula injection neutralised."""

import csv
from datetime import date

import openpyxl
import pytest

from remonitor.exporters.tables import ExportCancelled, neutralise, write_table
from remonitor.views.tables import VIEWS

pytestmark = pytest.mark.both_backends

ROWS = [["=HYPERLINK(\"http://x\")", -5.5, date(2025, 4, 4), None],
        ["+cmd", 12, date(2025, 1, 1), "@SUM(A1)"],
        ["-2+3", 0, None, "plain 稀土"]]


def test_neutralise_only_touches_text():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("\tx") == "'\tx"
    assert neutralise(-3) == -3
    assert neutralise("ok") == "ok"


def test_csv_export_reads_back_with_formulas_inert(tmp_path):
    path = tmp_path / "out.csv"
    assert write_table(path, ["title", "value", "date", "note"], ROWS) == 3
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["title", "value", "date", "note"]
    assert rows[1] == ["'=HYPERLINK(\"http://x\")", "-5.5", "2025-04-04", ""]
    assert rows[2][0] == "'+cmd" and rows[2][3] == "'@SUM(A1)"
    assert rows[3][3] == "plain 稀土"


def test_xlsx_export_reads_back_with_numbers_as_numbers(tmp_path):
    path = tmp_path / "out.xlsx"
    write_table(path, ["title", "value", "date", "note"], ROWS, sheet_name="events")
    ws = openpyxl.load_workbook(path)["events"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[1][0] == "'=HYPERLINK(\"http://x\")"
    assert values[1][1] == -5.5
    assert values[1][2].date() == date(2025, 4, 4)
    assert values[3][0] == "'-2+3"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_a_cancelled_export_leaves_no_file(tmp_path):
    path = tmp_path / "big.csv"
    rows = ([i, f"row {i}"] for i in range(10_000))
    with pytest.raises(ExportCancelled):
        write_table(path, ["n", "text"], rows, is_cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_unknown_suffix_is_refused(tmp_path):
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        write_table(tmp_path / "x.pdf", ["a"], [])


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_every_view_exports(store, tmp_path, name):
    table = VIEWS[name](store)
    path = tmp_path / f"{name}.xlsx"
    assert write_table(path, table.headers, table.rows) == len(table.rows)
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in next(ws.iter_rows())] == list(table.headers)


def test_figures_view_marks_reported_and_derived(store):
    table = VIEWS["figures"](store)
    rows = [dict(zip(table.headers, r, strict=True)) for r in table.rows]
    by_period = {r["period"]: r for r in rows}
    q4, may = by_period["2025-10..2025-12"], by_period["2025-05"]
    assert q4["kind"] == "derived" and str(q4["value"]) == "14224.3"
    assert q4["derived from"].endswith("= 62,580 − 48,355.7")
    assert may["kind"] == "reported" and str(may["value"]) == "5864.6"
    assert (may["reporter name"], may["partner name"], may["flow"]) == ("China", "World",
                                                                       "export")
    assert str(may["release"]) == "2025-06-09"  # seed 002: GAC's release, not the dataset's
    assert by_period["2025-03"]["release approximate"] == "yes"


def test_exports_get_the_permissions_the_umask_gives(tmp_path):
    import os
    import stat

    previous = os.umask(0o022)
    try:
        path = tmp_path / "shared.csv"
        write_table(path, ["a"], [[1]])
        assert stat.S_IMODE(path.stat().st_mode) == 0o644  # not mkstemp's 0600
        os.umask(0o077)
        write_table(path, ["a"], [[2]])
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(previous)
