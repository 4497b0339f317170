"""The paged model: rows read a page at a time, stale pages dropped after a store change."""

from PySide6.QtCore import QObject, Qt, Signal

from remonitor.ui.widgets.paged_model import PagedRowModel
from remonitor.ui.widgets.table_model import LOADING, Column


class Handle(QObject):
    sig_result = Signal(object)
    sig_error = Signal(object)


def test_rows_arrive_a_page_at_a_time_and_stale_pages_are_dropped(qtbot):
    asked: list[tuple[list[int], Handle]] = []

    def fetch(ids):
        handle = Handle()
        asked.append((ids, handle))
        return handle

    model = PagedRowModel([Column("n", lambda r: r["n"], key="n")], fetch, page=100)
    ids = list(range(1000, 0, -1))
    model.set_result(ids, {i: {"n": i} for i in ids[:100]}, fresh=True)
    assert model.index(5, 0).data() == "995" and asked == []
    assert model.index(450, 0).data() == LOADING
    assert model.index(460, 0).data() == LOADING  # same page: asked once
    (wanted, handle), = asked
    assert wanted == ids[400:500]
    with qtbot.waitSignal(model.dataChanged):
        handle.sig_result.emit({i: {"n": i} for i in wanted})
    assert model.index(450, 0).data() == "550"
    assert model.index(450, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    # The store changed while a page was being read: its answer is dropped.
    model.index(900, 0).data()
    _, late = asked[-1]
    model.set_result(ids, {}, fresh=True)
    late.sig_result.emit({i: {"n": -i} for i in ids[900:1000]})
    assert model.cache == {}
    # Sorting is asked of the owner, by the column's key.
    with qtbot.waitSignal(model.sig_sort) as sort:
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert sort.args == ["n", True]


def test_the_cache_stays_bounded_when_scrolling_through_everything(qtbot):
    asked = []

    def fetch(ids):
        handle = Handle()
        asked.append((ids, handle))
        return handle

    model = PagedRowModel([Column("n", lambda r: r["n"])], fetch, page=100)
    model.max_cached = 300
    ids = list(range(2000))
    model.set_result(ids, {i: {"n": i} for i in ids[:100]}, fresh=True)
    for start in range(100, 2000, 100):
        model.index(start, 0).data()
        wanted, handle = asked[-1]
        handle.sig_result.emit({i: {"n": i} for i in wanted})
        assert len(model.cache) <= 300
    assert model.index(1950, 0).data() == "1950" and model.index(5, 0).data() == "5"
    assert model.index(500, 0).data() == LOADING  # evicted: read again when wanted
