"""Licence applications from a table: headers by name (English or Chinese), every bad cell
named, nothing written unless all is well."""

from datetime import date

import pytest

from remonitor.core.licence import LicenceType, Status
from remonitor.importers.applications import read_applications
from remonitor.importers.problems import ImportFailed
from remonitor.store.applications import import_applications, list_applications

pytestmark = pytest.mark.both_backends

DESK = (
    "Licence applications 2025 (desk sheet)\n"
    "\n"
    "Ref,Status,Applicant,Item,Control code,Quantity,Unit,Destination,End user,End use,"
    "Submitted,Elements,Green channel,Our own column\n"
    'RE-1,Submitted,Baotou Co,Dy oxide,1c902,"1,500.5",kg,DE,Magnetwerk,magnets,20.09.2025,'
    "Dy Tb,yes,x\n"
    "RE-2,Draft,,,,,,,,,,,no,\n"
)


def test_a_desk_sheet_imports_with_its_stray_title_and_separators(tmp_path, store):
    path = tmp_path / "desk.csv"
    path.write_text(DESK, encoding="utf-8")
    table = read_applications(path)
    assert table.ignored == ["Our own column"]
    first, second = table.applications
    assert (first.reference, first.status, first.quantity, first.control_code,
            first.submitted_on, first.elements, first.green_channel) == (
        "RE-1", Status.SUBMITTED, 1500.5, "1C902", date(2025, 9, 20), ("Dy", "Tb"), True)
    assert second.status is Status.DRAFT
    done = import_applications(store, table.applications, path.name)
    assert done.added == 2
    again = import_applications(store, table.applications, path.name)
    assert again.added == 0 and again.already_present == ["RE-1", "RE-2"]
    assert len(list_applications(store)) == 2


def test_chinese_headers_gbk_and_a_general_licence(tmp_path):
    path = tmp_path / "台账.csv"
    path.write_text(
        "内部编号,状态,申请人,物项,管制编码,数量,最终用途,许可证类型,End users,申请日期\n"
        "RE-9,已提交,钢研纳克,氧化镝,1C902,200,磁材,通用,A GmbH; DE | B KK; JP,2025年9月20日\n",
        encoding="gbk")
    (app,) = read_applications(path).applications
    assert app.licence_type is LicenceType.GENERAL and app.applicant == "钢研纳克"
    assert app.end_users == (("A GmbH", "DE"), ("B KK", "JP"))
    assert app.submitted_on == date(2025, 9, 20)


def test_every_bad_cell_is_named_and_nothing_is_written(tmp_path, store):
    path = tmp_path / "bad.csv"
    path.write_text(
        "Reference,Status,Quantity,Submitted,Elements\n"
        "RE-1,Draft,lots,,\n"
        "RE-2,Approvd,5,,\n"
        "RE-3,Draft,5,2025-13-01,\n"
        "RE-1,Draft,5,,Xx\n"
        "RE-4,Submitted,5,2025-09-01,\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as failed:
        read_applications(path)
    text = str(failed.value)
    assert "bad.csv, row 2, column 'Quantity'" in text
    assert "row 3, column 'Status': 'Approvd' is not a status" in text
    assert "row 4, column 'Submitted'" in text
    assert "row 5, column 'Elements'" in text and "appears twice (first on row 2)" in text
    assert "row 6: Submitted applications need: applicant" in text
    assert list_applications(store) == []


def test_a_file_that_is_not_applications_is_refused(tmp_path):
    path = tmp_path / "figures.csv"
    path.write_text("period,value\n2025-01,5\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no header row with a Reference column"):
        read_applications(path)
    empty = tmp_path / "empty.csv"
    empty.write_text("Reference,Status\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no applications"):
        read_applications(empty)


def test_the_trackers_own_export_reads_back(tmp_path, store):
    from remonitor.exporters.tables import write_table
    from remonitor.store.applications import save_new_application
    from remonitor.views.tables import applications_view
    from tests.factories import application

    save_new_application(store, application("RE-X", Status.SUBMITTED, applicant="=cmd|x"))
    view = applications_view(store)
    out = tmp_path / "apps.xlsx"
    write_table(out, view.headers, view.rows, sheet_name="applications")
    (app,) = read_applications(out).applications
    assert (app.reference, app.status, app.applicant, app.quantity) == (
        "RE-X", Status.SUBMITTED, "=cmd|x", 500.0)  # the export's guard is undone
