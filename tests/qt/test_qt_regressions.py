"""Guards against the two Qt faults met on this project's machines.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every call of a void
Qt method until the interpreter dies (``Fatal Python error: none_dealloc``); from Python 3.12
None is immortal, so the fault cannot hurt there and the guard runs on 3.11 only. 6.11.x and
6.12.0 break pyqtgraph 0.14's SVG export on every Python (seen on 3.11, 3.12.1 and 3.13.0):
that guard runs everywhere. An upgrade that brings either back must fail here, loudly.
"""

import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest

import pyqtgraph as pg
import pyqtgraph.exporters
import PySide6
from PySide6.QtWidgets import QWidget


@pytest.mark.skipif(sys.version_info >= (3, 12),
                    reason="None is immortal from Python 3.12: its count cannot run out")
def test_void_qt_calls_do_not_leak_references_to_none(qapp):
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        widget.setEnabled(True)  # a void C++ method: returns None
    lost = before - sys.getrefcount(None)
    assert lost < 1_000, (
        f"PySide6 {PySide6.__version__} lost {lost} references to None in 20,000 void calls; "
        "this is the 6.12.0 none_dealloc fault: pin PySide6-Essentials below it"
    )


def test_pyqtgraph_svg_export_draws_the_curve(qapp, tmp_path):
    plot = pg.PlotWidget()
    plot.resize(640, 400)
    x = np.arange(200, dtype=float)
    plot.plot(x, np.sin(x / 10) * 1000, pen="b")
    plot.show()
    qapp.processEvents()  # one layout pass: exporters render garbage before the first
    out = tmp_path / "plot.svg"
    pyqtgraph.exporters.SVGExporter(plot.getPlotItem()).export(str(out))
    tree = ET.parse(out)
    paths = [el for el in tree.iter() if el.tag.endswith("path")]
    longest = max((len(el.get("d", "")) for el in paths), default=0)
    assert longest > 1000, (
        f"SVG export under PySide6 {PySide6.__version__} lost the curve (longest path "
        f"{longest} chars); 6.11.x breaks pyqtgraph 0.14 SVG export: pin below it"
    )
    plot.close()
