"""Every colour the app draws with, derived from the palette so dark mode is not a retrofit."""

from __future__ import annotations

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


def series_colour(index: int = 0) -> QColor:
    base = ["#2c7fb8", "#f0b429", "#41ab5d", "#e7298a", "#7570b3", "#a6761d", "#1b9e77",
            "#d95f02", "#66a61e", "#e6ab02", "#17becf", "#9467bd"]
    colour = QColor(base[index % len(base)])
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
