"""remonitor's own tables: errors name file, row and column; a batch is all or nothing."""

from datetime import date

import pytest

from remonitor.importers.commit import import_file
from remonitor.importers.problems import ImportFailed
from remonitor.store.batches import list_batches
from remonitor.store.observations import list_series

HEADER = "period,value,decimals,flow,reporter,partner,product,measure,unit,source\n"


def write(tmp_path, text, name="figures.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_a_good_file_is_one_batch_and_reimport_changes_nothing(store, tmp_path):
    path = write(tmp_path, HEADER + "2025-10,3000.5,1,export,CHN,USA,280530,quantity,t,GAC\n"
                                    "2025-11,2000,,export,CHN,USA,280530,quantity,t,GAC\n")
    summary = import_file(store, path, release_date=date(2025, 12, 20))
    assert summary.added == 2 and summary.change.series_ids
    assert len(list_series(store)) == 2
    again = import_file(store, path)
    assert again.already_imported and again.added == 0
    assert len(list_batches(store)) == 2


@pytest.mark.parametrize(("row", "column", "words"), [
    ("2025-13,1,0,export,CHN,USA,x,quantity,t,GAC", "period", "between 1 and 12"),
    ("2025-01,abc,0,export,CHN,USA,x,quantity,t,GAC", "value", "not a number"),
    ("2025-01,1.2.3,0,export,CHN,USA,x,quantity,t,GAC", "value", "not a number"),
    ("2025-01,-5,0,export,CHN,USA,x,quantity,t,GAC", "value", "cannot be negative"),
    ("2025-01,5,0,sideways,CHN,USA,x,quantity,t,GAC", "flow", "not one of"),
    ("2025-01,5,x,export,CHN,USA,x,quantity,t,GAC", "decimals", "whole number"),
    ("2025-01,5,0,export,,USA,x,quantity,t,GAC", "reporter", "empty"),
])
def test_bad_cells_are_named_and_nothing_is_written(store, tmp_path, row, column, words):
    good = "2025-02,1,0,export,CHN,USA,x,quantity,t,GAC\n"
    path = write(tmp_path, HEADER + good + row + "\n")
    before = len(list_batches(store))
    with pytest.raises(ImportFailed) as err:
        import_file(store, path)
    (problem,) = err.value.problems
    assert (problem.file, problem.row, problem.column) == ("figures.csv", 3, column)
    assert words in problem.message
    assert len(list_batches(store)) == before


@pytest.mark.parametrize(("content", "words"), [
    (b"", "empty"),
    (HEADER.encode(), "no figures"),
    (b"\x00\x01\x02binary\xff\xfe", "binary file"),
    (b"period,value\n2025-01,1\n", "not a format"),
])
def test_bad_files_get_a_precise_message(store, tmp_path, content, words):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match=words):
        import_file(store, path)


def test_duplicate_rows_in_a_file_are_reported_with_both_rows(store, tmp_path):
    row = "2025-01,1,0,export,CHN,USA,x,quantity,t,GAC\n"
    with pytest.raises(ImportFailed, match="already given in row 2"):
        import_file(store, write(tmp_path, HEADER + row + row))


def test_an_events_table_imports_with_links(store, tmp_path):
    path = write(tmp_path, "key,announced,end,title,category,links\n"
                           "a,2026-01-05,,Quota notice,quota,\n"
                           "b,2026-02-01,2026-08-01,Suspension of notice,export control,a\n")
    summary = import_file(store, path)
    assert summary.added == 2 and summary.change.events


def test_a_bad_event_category_names_the_cell(store, tmp_path):
    path = write(tmp_path, "announced,title,category\n2026-01-05,Something,rumour\n")
    with pytest.raises(ImportFailed, match="row 2, column 'category'"):
        import_file(store, path)


def test_a_newer_export_of_the_same_events_adds_only_new_ones(store, tmp_path):
    header = "key,announced,title,category\n"
    first = write(tmp_path, header + "k1,2026-01-05,Quota notice,quota\n", "a.csv")
    second = write(tmp_path, header + "k1,2026-01-05,Quota notice,quota\n"
                                      "k2,2026-02-05,Tariff notice,tariff\n", "b.csv")
    import_file(store, first)
    summary = import_file(store, second)
    assert (summary.added, summary.unchanged) == (1, 1)


def month_value(conn, product, label):
    from remonitor.core.monthly import monthly_series
    from remonitor.core.periods import parse_span
    from remonitor.store.observations import observations_for

    (series,) = [s for s in list_series(conn) if s.key.product == product]
    points = {p.span: p for p in monthly_series(observations_for(conn, series.id))}
    return points[parse_span(label)].value


def test_an_older_release_imported_later_never_overrides_a_newer_one(store, tmp_path):
    newer = write(tmp_path, HEADER + "2025-08,5800,0,export,CHN,WLD,ree,quantity,t,T\n", "n.csv")
    older = write(tmp_path, HEADER + "2025-08,5792,0,export,CHN,WLD,ree,quantity,t,T\n", "o.csv")
    import_file(store, newer, release_date=date(2025, 10, 20))
    summary = import_file(store, older, release_date=date(2025, 9, 9))
    assert summary.revised == 1
    assert month_value(store, "ree", "2025-08") == 5800


def test_undo_removes_a_revision_and_the_previous_vintage_shows_again(store, tmp_path):
    from remonitor.store.batches import undo_batch

    first = write(tmp_path, HEADER + "2025-08,5792,0,export,CHN,WLD,ree,quantity,t,T\n", "a.csv")
    revision = write(tmp_path, HEADER + "2025-08,5800,0,export,CHN,WLD,ree,quantity,t,T\n",
                     "b.csv")
    import_file(store, first, release_date=date(2025, 9, 9))
    summary = import_file(store, revision, release_date=date(2025, 10, 20))
    assert (summary.revised, summary.revisions[0].old_value) == (1, 5792)
    assert month_value(store, "ree", "2025-08") == 5800
    change = undo_batch(store, summary.batch_id)
    assert change.series_ids
    assert month_value(store, "ree", "2025-08") == 5792
