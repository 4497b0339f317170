"""Malformed files: each refused (or partly skipped) with a precise reason; nothing written."""

import pytest

from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.problems import ImportFailed
from remonitor.store.batches import list_batches

from ..conftest import TEST_DATA

BAD = TEST_DATA / "bad"


@pytest.mark.parametrize(("name", "words"), [
    ("empty.csv", "the file is empty"),
    ("binary.csv", "binary file"),
    ("truncated.csv", "row 2: a quoted field is never closed"),
    ("header_only.csv", "no figures"),
    ("negative_tonnes.csv", "row 2, column 'value': a quantity cannot be negative"),
])
def test_refused_with_a_precise_reason_and_nothing_written(store, name, words):
    before = list_batches(store)
    with pytest.raises(ImportFailed, match=words) as err:
        import_file(store, BAD / name)
    assert name in str(err.value)
    assert list_batches(store) == before


def test_a_line_of_a_million_characters_is_refused_by_a_limit(store, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("period,value\n2025-01," + "9" * 1_000_001 + "\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="line 2 is 1,000,009 bytes long"):
        import_file(store, path)


def test_utf16_with_bom_is_read():
    plan = build_plan(BAD / "utf16.csv")
    assert plan.encoding == "utf-16" and plan.observations[0].key.product == "稀土"


def test_gb18030_figures_table_is_read_not_refused():
    plan = build_plan(BAD / "chinese_in_gbk.csv")
    assert plan.observations[0].key.product == "稀土"


def test_thousands_separators_are_understood():
    (obs,) = build_plan(BAD / "thousands.csv").observations
    assert (obs.value, obs.decimals) == (1234.5, 1)


def test_dashes_and_withheld_values_are_skipped_and_counted(store):
    plan = build_plan(BAD / "dash_and_withheld.csv")
    assert [o.value for o in plan.observations] == [7]
    assert plan.skipped == {"value: not available": 1,
                            "value: withheld to avoid disclosing company data": 1}
    assert "skipped 1: value: withheld" in plan.report()
