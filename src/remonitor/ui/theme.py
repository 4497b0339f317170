"""Every colour the app draws with, derived from the palette so dark mode is not a retrofit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from remonitor.core.events import Category

_CATEGORY = {
    Category.EXPORT_CONTROL: "#c0392b",
    Category.LICENSING: "#27ae60",
    Category.QUOTA: "#8e44ad",
    Category.TARIFF: "#d35400",
    Category.TALKS: "#2980b9",
    Category.STATEMENT: "#16a085",
    Category.OTHER: "#7f8c8d",
}


def palette() -> QPalette:
    return QApplication.palette()


def is_dark() -> bool:
    return palette().color(QPalette.ColorRole.Window).lightness() < 128


def category_colour(category: Category) -> QColor:
    colour = QColor(_CATEGORY[category])
    return colour.lighter(130) if is_dark() else colour


SERIES_COLOURS = ("#2c7fb8", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9",
                  "#7570b3", "#a6761d", "#66a61e", "#e7298a", "#17becf", "#3d3d8f")
"""Twelve that stay apart side by side (after Okabe–Ito; every pair ΔE ≥ 20): one gold,
one orange — no two a stacked bar could mix up. Grey is rest of world's."""


def series_colour(index: int = 0) -> QColor:
    colour = QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
    return colour.lighter(120) if is_dark() else colour


def rest_colour() -> QColor:
    """'Rest of world' in a stack: neutral, so the named partners stand out."""
    return QColor("#6b6b6b") if is_dark() else QColor("#bdbdbd")


def derived_fill(colour: QColor) -> QColor:
    """Derived figures: the series colour, faded, so reported bars stand out."""
    faded = QColor(colour)
    faded.setAlpha(70)
    return faded


def background() -> QColor:
    return palette().color(QPalette.ColorRole.Base)


def foreground() -> QColor:
    return palette().color(QPalette.ColorRole.Text)


def muted() -> QColor:
    return palette().color(QPalette.ColorRole.PlaceholderText)


def today_line() -> QColor:
    return QColor("#e67e22")


def warning_text() -> QColor:
    return QColor("#ff8a80") if is_dark() else QColor("#b03a2e")


def overdue() -> QColor:
    return QColor("#ff6b6b") if is_dark() else QColor("#c0392b")


def near_due() -> QColor:
    return QColor("#f5b041") if is_dark() else QColor("#b9770e")


SCHEMES = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (what Qt's own dark scheme uses, roughly)."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, colour in ((role.Window, "#2b2b2e"), (role.WindowText, "#e6e6e6"),
                      (role.Base, "#1e1f22"), (role.AlternateBase, "#27282c"),
                      (role.ToolTipBase, "#3a3b40"), (role.ToolTipText, "#f0f0f0"),
                      (role.PlaceholderText, "#8c8c8c"), (role.Text, "#e6e6e6"),
                      (role.Button, "#35363a"), (role.ButtonText, "#e6e6e6"),
                      (role.BrightText, "#ff6b6b"), (role.Link, "#6cb4ff"),
                      (role.Highlight, "#2f65ca"), (role.HighlightedText, "#ffffff"),
                      (role.Light, "#4a4b50"), (role.Midlight, "#3d3e43"),
                      (role.Mid, "#2f3034"), (role.Dark, "#19191b"), (role.Shadow, "#000000")):
        p.setColor(r, QColor(colour))
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#7a7a7a"))
    return p


def apply_scheme(app: QApplication, choice: str) -> bool:
    """Light or dark as chosen ('system': as the desktop says). True when dark. Widgets
    get a palette-change event; the charts re-theme themselves on it."""
    dark = choice == "dark" or (choice == "system" and
                                app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # native styles ignore palettes; Fusion honours both
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    for ref in list(_listeners):
        method = ref()
        if method is None:
            _listeners.remove(ref)
        else:
            method()
    return dark


_listeners: list = []


def on_scheme_change(method) -> None:
    """Call ``method`` (a bound method; held weakly) after every light/dark switch. The
    plots do not rely on palette-change events alone: they do not always reach a child."""
    import weakref

    _listeners.append(weakref.WeakMethod(method))


def theme_plot(plot) -> None:
    """Background, axes and their text from the palette (a pyqtgraph PlotWidget)."""
    import pyqtgraph as pg

    plot.setBackground(background())
    item = plot.getPlotItem()
    for side in ("left", "bottom", "right"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(muted()))
        axis.setTextPen(pg.mkPen(foreground()))
