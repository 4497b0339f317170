"""A table mapped by the user, saved as a profile, and found again for the same shape."""

import pytest

from remonitor.app.cli import main
from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.formats import ImportOptions
from remonitor.importers.formats.generic import Mapping
from remonitor.importers.problems import ImportFailed
from remonitor.store.profiles import list_profiles

pytestmark = pytest.mark.both_backends

DESK = ("Desk export sheet\n"
        "Month,Destination,Tonnes\n"
        "2025-09,JPN,\"1,200.5\"\n"
        "2025-10,JPN,980\n"
        "2025-10,USA,—\n")


@pytest.fixture
def desk_file(tmp_path):
    path = tmp_path / "desk-sep.csv"
    path.write_text(DESK, encoding="utf-8")
    return path


MAPPING = Mapping(header_row=2, columns={"period": "Month", "partner": "Destination",
                                         "value": "Tonnes"},
                  constants={"flow": "export", "reporter": "CHN", "product": "850511",
                             "measure": "quantity", "unit": "t", "source": "desk"})


def test_a_mapped_table_reads_columns_and_constants(desk_file):
    plan = build_plan(desk_file, ImportOptions(format="generic-table", mapping=MAPPING))
    assert [(o.key.partner, o.span.label(), o.value) for o in plan.observations] == [
        ("JPN", "2025-09", 1200.5), ("JPN", "2025-10", 980)]
    assert plan.skipped == {"Tonnes: not available": 1}


def test_a_chinese_sheet_names_its_flow_and_measure_in_chinese(tmp_path):
    sheet = tmp_path / "本组出口.csv"
    sheet.write_text("月份,目的国,流向,指标,数值\n2025-09,JPN,出口,数量,12\n"
                     "2025-09,JPN,出口,金额,3.5\n2025-10,JPN,进货,数量,1\n", encoding="utf-8")
    mapping = Mapping(columns={"period": "月份", "partner": "目的国", "flow": "流向",
                               "measure": "指标", "value": "数值"},
                      constants={"reporter": "CHN", "product": "850511", "unit": "t",
                                 "source": "desk"})
    plan = build_plan(sheet, ImportOptions(format="generic-table", mapping=mapping))
    assert [(o.key.flow.value, o.key.measure.value, o.value) for o in plan.observations] == [
        ("export", "quantity", 12), ("export", "value", 3.5)]
    assert [(e.row, e.column) for e in plan.errors] == [(4, "流向")]  # 进货 is no flow


def test_an_incomplete_mapping_says_what_is_missing(desk_file):
    partial = Mapping(header_row=2, columns={"period": "Month", "value": "Tonnes"})
    with pytest.raises(ImportFailed, match="leaves flow, reporter, partner"):
        build_plan(desk_file, ImportOptions(format="generic-table", mapping=partial))


def test_cli_saves_a_profile_and_the_next_file_of_that_shape_uses_it(tmp_path, desk_file,
                                                                     capsys):
    data = str(tmp_path / "data")
    args = ["--data-dir", data, "import", str(desk_file), "--header-row", "2",
            "--map", "period=Month", "--map", "partner=Destination", "--map", "value=Tonnes",
            "--set", "flow=export", "--set", "reporter=CHN", "--set", "product=850511",
            "--set", "measure=quantity", "--set", "unit=t", "--set", "source=desk",
            "--save-profile", "desk magnets"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "profile 'desk magnets' saved" in out and "added 2" in out
    october = tmp_path / "desk-oct.csv"
    october.write_text(DESK.replace("2025-10", "2025-11"), encoding="utf-8")
    assert main(["--data-dir", data, "import", str(october)]) == 0
    out = capsys.readouterr().out
    assert "table mapped by you (profile): desk magnets" in out
    assert "added 1 figure; 1 already held" in out  # September is unchanged


def test_profiles_are_found_by_header_shape_not_by_name(store, desk_file, tmp_path):
    from remonitor.importers.formats.generic import signature
    from remonitor.store.profiles import save_profile

    save_profile(store, "desk", signature(["Month", "Destination", "Tonnes"]),
                 MAPPING.to_json())
    other = tmp_path / "unrelated.csv"
    other.write_text("Foo,Bar\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not a format"):
        import_file(store, other)
    summary = import_file(store, desk_file)
    assert summary.added == 2 and "desk" in summary.format
    assert list_profiles(store)[0].name == "desk"
