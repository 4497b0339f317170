"""The chart's legend: what the names share said once, entries flowed within the plot's
width in at most three rows, the rest counted, every name in the tooltip."""

import pytest

import pyqtgraph as pg
from PySide6.QtGui import QColor

from remonitor.ui.chart.legend import MAX_ROWS, ChartLegend, LegendEntry, split_shared

NAMES = [f"280007 China export → P{i:03}, quantity (kg), UN Comtrade" for i in range(20)]


@pytest.mark.parametrize("texts, shared, parts", [
    (NAMES[:3], "280007 China export → … quantity (kg), UN Comtrade",
     ["P000", "P001", "P002"]),
    (["2846 China export → world, value (USD), GAC",
      "2846 China export → world, quantity (kg), GAC"],
     "2846 China export → world … GAC", ["value (USD)", "quantity (kg)"]),
    (["2846 China export → world, value (USD), GAC",
      "2846 China export → world, value (USD), UN Comtrade"],
     "2846 China export → world, value (USD) …", ["GAC", "UN Comtrade"]),
    (["P014 (8%)", "rest of world (47%)"], "", ["P014 (8%)", "rest of world (47%)"]),
    (NAMES[:1], "", NAMES[:1]),  # one alone keeps its name
    ([NAMES[0], NAMES[0]], "", [NAMES[0], NAMES[0]]),  # the same twice: told apart by nothing
    (["Neodymium → Japan", "Neodymium-iron → Japan"], "… → Japan",
     ["Neodymium", "Neodymium-iron"]),  # a word is shared whole or not at all
])
def test_what_the_names_share_is_said_once(texts, shared, parts):
    assert split_shared(texts) == (shared, parts)


def entries(n: int) -> list[LegendEntry]:
    grey = QColor("grey")
    return [LegendEntry(name, QColor("#2c7fb8"), "line") for name in NAMES[:n]] + [
        LegendEntry("reported", grey, "marker", False),
        LegendEntry("derived from YTD / annual figures", grey, "hollow marker", False)]


@pytest.fixture
def legend(qtbot):
    view = pg.GraphicsLayoutWidget()
    qtbot.addWidget(view)
    legend = ChartLegend()
    view.ci.addItem(legend, 0, 0)
    view.resize(800, 200)
    view.show()
    qtbot.waitUntil(lambda: legend.size().width() > 700)
    yield legend  # (the view lives as long as the test)


def rows(legend: ChartLegend) -> int:
    return len({round(at.y()) for at, _, _ in legend._placed})


def test_entries_flow_within_the_width_in_a_few_rows(legend, qtbot):
    legend.set_entries(entries(20))
    shown = legend.shown()
    assert shown[0] == "280007 China export → … quantity (kg), UN Comtrade:"
    assert "P000" in shown and "P019" in shown and shown[-1].startswith("derived")
    assert legend.labels() == [e.text for e in entries(20)]
    assert legend.toolTip().splitlines() == legend.labels()  # every name, whole
    assert 1 < rows(legend) <= MAX_ROWS
    assert all(at.x() + 1 < legend.size().width() for at, _, _ in legend._placed)
    # As high as its rows, in the plot's layout.
    qtbot.waitUntil(lambda: legend.size().height() == legend.preferredHeight())
    assert legend.preferredHeight() == pytest.approx(rows(legend) * legend._metrics().height())


def test_what_does_not_fit_is_counted_and_the_kinds_stay(legend, qtbot):
    distinct = [LegendEntry(f"Series number {i} of a long selection", QColor("red"), "line")
                for i in range(30)]
    legend.set_entries(distinct + entries(0))
    shown = legend.shown()
    more = next(s for s in shown if s.startswith("+ "))
    drawn = [s for s in shown if s.startswith("Series number")]
    assert more == f"+ {30 - len(drawn)} more" and 0 < len(drawn) < 30
    assert shown[-2:] == ["reported", "derived from YTD / annual figures"]
    assert rows(legend) == MAX_ROWS
    assert len(legend.toolTip().splitlines()) == 32


def test_a_narrow_plot_flows_again_and_elides_what_is_wider(legend, qtbot):
    legend.set_entries(entries(2))
    wide = rows(legend)
    view = legend.scene().views()[0]
    view.resize(150, 200)
    qtbot.waitUntil(lambda: legend.size().width() < 200)
    assert rows(legend) > wide
    assert any(words.endswith("…") for words in legend.shown())
    legend.clear()
    assert legend.shown() == [] and legend.preferredHeight() == 0
