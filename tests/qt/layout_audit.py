"""What a person would see cut off or piled up in a window: text narrower than it needs
(not elided with its whole text in a tooltip), tab and column titles cut, chart texts
lying on each other."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
)


def _name(w: QWidget) -> str:
    chain, parent = [], w
    while parent is not None and len(chain) < 4:
        chain.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(reversed(chain))


def _elided(w: QWidget, text: str) -> bool:
    """A widget that elides on purpose, with the whole text in its tooltip."""
    return bool(w.property("elides")) and text.replace("…", "") and w.toolTip() != ""


def cut_text(root: QWidget) -> list[str]:
    """Every visible label, button, combo box, tab and column header whose text does not
    fit: narrower than its size hint."""
    found = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 1 or not w.window().isVisible():
            continue
        if isinstance(w, QLabel):
            text = w.text()
            if not text or w.wordWrap() or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if w.width() < w.sizeHint().width() and not _elided(w, text):
                found.append(f"label {_name(w)} {text[:40]!r}: {w.width()} < "
                             f"{w.sizeHint().width()}")
        elif isinstance(w, QAbstractButton):
            if w.text() and w.width() < w.sizeHint().width() and not _elided(w, w.text()):
                found.append(f"button {_name(w)} {w.text()[:40]!r}: {w.width()} < "
                             f"{w.sizeHint().width()}")
        elif isinstance(w, QComboBox):
            if w.isEditable():
                continue
            text = w.currentText()
            need = w.sizeHint().width()
            if text and w.width() < need and not _elided(w, text):
                found.append(f"combo {_name(w)} {text[:40]!r}: {w.width()} < {need}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.tabRect(i).width() < w.tabSizeHint(i).width() - 1:
                    found.append(f"tab {_name(w)} {w.tabText(i)!r}: {w.tabRect(i).width()} "
                                 f"< {w.tabSizeHint(i).width()}")
        elif isinstance(w, QHeaderView) and w.orientation().name == "Horizontal":
            model = w.model()
            if model is None:
                continue
            metrics = w.fontMetrics()
            for i in range(w.count()):
                if w.isSectionHidden(i) or w.sectionViewportPosition(i) > w.width():
                    continue
                text = str(model.headerData(i, w.orientation()) or "")
                need = metrics.horizontalAdvance(text) + 12  # the style's margins
                if text and w.sectionSize(i) < need:
                    found.append(f"column {_name(w)} {text!r}: {w.sectionSize(i)} < {need}")
    return found


def overlapping_texts(plot) -> list[str]:
    """Texts on a plot (event labels, the legend, free text) lying on each other, or cut
    by the edge of the plot."""
    import pyqtgraph as pg

    from remonitor.ui.chart.legend import ChartLegend

    item = plot.getPlotItem()
    area = item.sceneBoundingRect()
    boxes = []
    for child in item.scene().items():
        if not child.isVisible() or child.opacity() == 0:
            continue
        if isinstance(child, pg.graphicsItems.InfiniteLine.InfLineLabel | pg.TextItem):
            text = child.textItem.toPlainText()
        elif isinstance(child, pg.LegendItem | ChartLegend):
            text = "legend"
        else:
            continue
        rect = child.sceneBoundingRect()
        if not text.strip() or rect.width() <= 0 or not rect.intersects(area):
            continue
        boxes.append((text, rect))
    found = [f"{text[:30]!r} is cut by the edge of the plot" for text, rect in boxes
             if not area.adjusted(-1, -1, 1, 1).contains(rect)]
    for i, (a, ra) in enumerate(boxes):
        for b, rb in boxes[i + 1:]:
            overlap = ra.intersected(rb)
            if overlap.width() > 2 and overlap.height() > 2:
                found.append(f"{a[:30]!r} lies on {b[:30]!r}")
    return found


def cut_axis_titles(plot) -> list[str]:
    """A value axis whose title is longer than the axis (cut by the plot's edge)."""
    item = plot.getPlotItem()
    found = []
    for side in ("left", "right"):
        axis = item.getAxis(side)
        if not axis.isVisible() or not axis.labelText:
            continue
        length = axis.label.boundingRect().width()  # drawn turned a quarter
        if length > axis.boundingRect().height() + 1:
            found.append(f"{side} axis title {axis.labelText!r}: {length:.0f} > "
                         f"{axis.boundingRect().height():.0f}")
    return found
