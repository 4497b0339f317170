"""A big file is planned a chunk at a time onto disk (memory follows the chunk, not the
file) and stores exactly what the same file planned in memory stores; a repeat that only
the store can see (across chunks) is kept once, or refused with its row when it differs."""

from __future__ import annotations

import pytest

from remonitor.importers import blocks, commit, plan
from remonitor.importers.commit import build_plan, import_file
from remonitor.importers.problems import ImportFailed
from remonitor.store.connection import connect
from remonitor.store.location import prepare_data_dir
from remonitor.store.migrations import migrate

FIGURES = """SELECT s.flow, s.reporter, s.partner, s.product, s.measure, s.unit, o.first_month,
                    o.last_month, o.mantissa, o.decimals, l.edition, l.description
             FROM observation o JOIN series s ON s.id = o.series_id
             LEFT JOIN label l ON l.id = o.label_id
             ORDER BY 1, 2, 3, 4, 5, 6, 7, 8"""


def _fresh(tmp_path, name):
    conn = connect(prepare_data_dir(tmp_path / name))
    migrate(conn)
    return conn


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 200 rows and a plan that spills past 300 figures, written in sorted
    windows of 400 figures 150 at a time: the real files take the path of a ten-million-row
    download."""
    monkeypatch.setattr(blocks, "CHUNK_ROWS", 200)
    monkeypatch.setattr(plan, "SPILL_AFTER", 300)
    monkeypatch.setattr(commit, "SORT_WINDOW", 400)
    monkeypatch.setattr(commit, "CHUNK", 150)


@pytest.mark.parametrize("name", ["comtrade-plus/TradeData.csv", "comtrade-classic/comtrade.csv"])
def test_a_spilled_plan_stores_what_a_plan_in_memory_stores(shared_data, tmp_path, monkeypatch,
                                                            name):
    whole = _fresh(tmp_path, "whole")
    held = import_file(whole, shared_data / name)
    expected = whole.execute(FIGURES).fetchall()

    monkeypatch.setattr(blocks, "CHUNK_ROWS", 200)
    monkeypatch.setattr(plan, "SPILL_AFTER", 300)
    monkeypatch.setattr(commit, "SORT_WINDOW", 400)
    monkeypatch.setattr(commit, "CHUNK", 150)
    planned = build_plan(shared_data / name)
    assert planned.spill is not None and not planned.blocks
    assert planned.figure_count == held.added
    streamed = _fresh(tmp_path, "streamed")
    summary = import_file(streamed, shared_data / name)
    assert (summary.added, summary.rows) == (held.added, held.rows)
    assert streamed.execute(FIGURES).fetchall() == expected
    # The catalogue's rows, tallied chunk by chunk as the figures went in, are those of
    # the file written whole.
    assert _catalogue(streamed) == _catalogue(whole)
    # The preview reads the spilled figures back in the file's order.
    first = [row for row, _ in planned.iter_observations()][:5]
    assert first == sorted(first)


def _catalogue(conn):
    from remonitor.store.observations import list_series

    return sorted(((s.key, s.observations, s.first_month, s.last_month, s.latest_release,
                    s.label) for s in list_series(conn)), key=repr)


def _repeated(shared_data, tmp_path, change_value: bool):
    """The Comtrade+ file with its third data row written again at the end (beyond the
    first chunk): the same figure, or (``change_value``) a different one."""
    lines = (shared_data / "comtrade-plus/TradeData.csv").read_bytes().splitlines()
    again = lines[3]  # bytes: the download is not UTF-8, and stays as it was
    if change_value:
        cells = again.split(b",")
        cells[lines[0].split(b",").index(b"primaryValue")] = b'"123456.5"'
        again = b",".join(cells)
    path = tmp_path / "TradeData-repeated.csv"
    path.write_bytes(b"\n".join([*lines, again]) + b"\n")
    return path, len(lines) + 1


def test_a_repeat_across_chunks_is_kept_once(shared_data, tmp_path, small_chunks):
    path, _ = _repeated(shared_data, tmp_path, change_value=False)
    conn = _fresh(tmp_path, "store")
    plain_store = _fresh(tmp_path, "plain")
    plain = import_file(plain_store, shared_data / "comtrade-plus/TradeData.csv")
    summary = import_file(conn, path)
    assert summary.added == plain.added
    assert summary.skipped == plain.skipped + 2  # value and net weight, each once
    # A repeat left out is not counted in its series' summary either.
    assert _catalogue(conn) == _catalogue(plain_store)


@pytest.mark.both_backends
def test_figures_stream_in_and_a_repeat_sends_them_part_by_part(store, shared_data, tmp_path,
                                                                small_chunks, monkeypatch):
    """On either store a big file's figures go in as one stream; a repeat across chunks
    makes the store refuse it, and the figures then go in part by part with the repeat
    kept once: what is stored is what the file without the repeat stores."""
    from remonitor.store.batches import undo_batch

    part_by_part = []
    real = commit.insert_columns_once
    monkeypatch.setattr(commit, "insert_columns_once",
                        lambda *args: part_by_part.append(1) or real(*args))
    plain = import_file(store, shared_data / "comtrade-plus/TradeData.csv")
    assert plain.added and not part_by_part  # one stream
    figures = store.execute(FIGURES).fetchall()
    catalogue = _catalogue(store)
    undo_batch(store, plain.batch_id)
    path, _ = _repeated(shared_data, tmp_path, change_value=False)
    summary = import_file(store, path)
    assert (summary.added, summary.skipped) == (plain.added, plain.skipped + 2)
    assert part_by_part  # the stream was refused
    assert store.execute(FIGURES).fetchall() == figures
    assert _catalogue(store) == catalogue


@pytest.mark.both_backends
def test_cancel_while_the_figures_stream_in_leaves_nothing(store, shared_data, small_chunks):
    from remonitor.importers.commit import ImportCancelled

    before = [store.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("observation", "import_batch", "series_summary")]
    asked, written = [], []
    with pytest.raises(ImportCancelled):
        import_file(store, shared_data / "comtrade-plus/TradeData.csv",
                    progress=lambda done, total, text: written.append(done),
                    is_cancelled=lambda: asked.append(1) or len(asked) > 4)
    assert written  # parts had gone into the stream
    assert [store.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("observation", "import_batch", "series_summary")] == before


def test_a_conflicting_repeat_across_chunks_is_refused_with_its_row(shared_data, tmp_path,
                                                                   small_chunks):
    path, row = _repeated(shared_data, tmp_path, change_value=True)
    conn = _fresh(tmp_path, "store")
    before = conn.execute("SELECT count(*) FROM observation").fetchone()
    with pytest.raises(ImportFailed) as failed:
        import_file(conn, path)
    problem = failed.value.problems[0]
    assert problem.file == path.name and problem.row == row
    assert "123,456.5" in problem.message and "an earlier row gave" in problem.message
    # Nothing half-written: the batch, its figures and its series are gone with the error.
    assert conn.execute("SELECT count(*) FROM observation").fetchone() == before
    assert conn.execute("SELECT count(*) FROM import_batch WHERE file_name = ?",
                        (path.name,)).fetchone() == (0,)
    # Skipping bad rows stores the rest, the first of the two rows kept.
    kept = import_file(conn, path, options=_skip_bad_rows())
    assert kept.added > 0 and kept.skipped >= 1


def _skip_bad_rows():
    from remonitor.importers.formats import ImportOptions

    return ImportOptions(skip_bad_rows=True)


def test_figures_are_written_with_a_small_page_cache_and_it_is_given_back(
        shared_data, tmp_path, small_chunks, monkeypatch):
    """Sorted windows touch each page once: the figures are written on a small cache
    (faster and smaller than the usual one on a big store), and the connection has its
    usual cache back afterwards, also when the import is refused."""
    from remonitor.store import connection

    conn = _fresh(tmp_path, "cache")
    usual = conn.execute("PRAGMA cache_size").fetchone()[0]
    assert abs(usual) > connection.WRITING_CACHE_KIB
    seen = []
    real = commit._insert_blocks

    def watching(conn, *args):
        seen.append(conn.execute("PRAGMA cache_size").fetchone()[0])
        return real(conn, *args)

    monkeypatch.setattr(commit, "_insert_blocks", watching)
    import_file(conn, shared_data / "comtrade-plus/TradeData.csv")
    assert seen == [-connection.WRITING_CACHE_KIB]
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == usual
    path, _ = _repeated(shared_data, tmp_path, change_value=True)
    with pytest.raises(ImportFailed):
        import_file(conn, path)
    assert len(seen) == 2 and conn.execute("PRAGMA cache_size").fetchone()[0] == usual


def test_rows_are_numbered_by_their_columns_in_the_order_they_first_appear():
    import numpy as np
    import pandas as pd

    frame = pd.DataFrame({"flow": ["export", "export", None, "export", "import"],
                          "partner": ["JPN", "KOR", "JPN", "JPN", "JPN"],
                          "product": ["2846", "2846", "2846", "2846", "2846"]})
    keys = blocks.RowKeys(frame)
    assert keys.codes.tolist() == [0, 1, 2, 0, 3]
    assert [tuple(r) for r in keys.rows[:2]] == [("export", "JPN", "2846"),
                                                 ("export", "KOR", "2846")]
    assert keys.rows[2][0] is None or pd.isna(keys.rows[2][0])  # a missing cell is a value
    assert keys.rows[3] == ("import", "JPN", "2846")
    assert blocks.first_rows(np.array([2, 0, 2, 1, 0]), 3).tolist() == [1, 3, 0]


def test_a_year_or_month_column_is_read_once_per_distinct_cell():
    import pandas as pd

    cells = pd.Series(["2024", "2024", " 7", "inf", "2.5", "x", "", "1e400", "2024"],
                      index=range(10, 19))
    read = blocks.whole(cells)
    assert read.index.tolist() == list(range(10, 19))
    assert read.tolist()[:3] == [2024, 2024, 7]
    assert read.iloc[3:8].isna().all() and read.iloc[8] == 2024


def test_code_columns_are_stripped_and_left_alone_when_clean():
    import pandas as pd

    chunk = pd.DataFrame({"code": ["0 ", " C00", "0 ", "X"], "clean": ["a", "b", "a", "c"]})
    assert blocks.column(chunk, "code", strip=True).tolist() == ["0", "C00", "0", "X"]
    assert blocks.column(chunk, "clean", strip=True).tolist() == ["a", "b", "a", "c"]
    assert blocks.column(chunk, "absent").tolist() == ["", "", "", ""]
    mantissa, decimals, plain = blocks.exact_cells(pd.Series(
        ["12.50", "-3", "１２", "1,200", "0.000001", "7" * 40, "", "1.2.3"]))
    assert plain.tolist() == [True, True, False, False, True, False, False, False]
    assert mantissa[:2].tolist() == [1250, -3] and decimals[:2].tolist() == [2, 0]
    assert (mantissa[4], decimals[4]) == (1, 6)


def test_a_big_commit_hands_the_heap_back_after_each_sorted_window(shared_data, tmp_path,
                                                                   small_chunks, monkeypatch):
    """Ten million figures held 17 MiB more than one million while written: glibc kept
    what each window freed. Each window now gives it back before the next is read."""
    windows = []
    monkeypatch.setattr(commit, "give_memory_back", lambda: windows.append(True))
    summary = import_file(_fresh(tmp_path, "data"), shared_data / "comtrade-plus/TradeData.csv")
    assert summary.added > 2 * commit.SORT_WINDOW
    assert len(windows) == -(-summary.added // commit.SORT_WINDOW)  # one per window

