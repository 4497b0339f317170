"""The window as a desk sees it: at 1366×768 and 1920×1080, in English and Chinese, light
and dark — no text cut off, no chart texts piled up, no Qt warning (pytest-qt fails a test
on any: qt_log_level_fail in pyproject.toml)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QRect, Qt

from .layout_audit import cut_axis_titles, cut_text, overlapping_texts

SIZES = [(1366, 768), (1920, 1080)]


@pytest.fixture
def open_window(qtbot, tmp_path):
    from remonitor.app.gui import open_session
    from remonitor.ui.settings import APPEARANCE, LANGUAGE, Settings

    sessions = []

    def open_(size, language="en", scheme="light"):
        settings = Settings(tmp_path / f"{language}-{scheme}.ini")
        settings.set(LANGUAGE, language)
        settings.set(APPEARANCE, scheme)
        session = open_session(tmp_path / "data", settings)
        sessions.append(session)
        window = session.window
        qtbot.addWidget(window)
        window.first_layout(QRect(0, 0, *size), place=False)  # a first start there,
        window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen's screen is not it
        window.setGeometry(QRect(0, 0, *size))
        with qtbot.waitSignals([window.chart.sig_loaded, window.timeline.sig_loaded,
                                window.tracker.sig_loaded], timeout=20_000):
            window.show()
        qtbot.wait(50)  # the layout settles on the first paint
        return window

    yield open_
    for session in sessions:
        session.close()
    from PySide6.QtWidgets import QApplication

    from remonitor.ui.i18n import install_translations

    install_translations(QApplication.instance(), "en")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_nothing_is_cut_off_and_nothing_piles_up(open_window, size, language, scheme):
    window = open_window(size, language, scheme)
    assert window.width() <= size[0] and window.height() <= size[1]
    problems = (cut_text(window) + overlapping_texts(window.chart.plot)
                + overlapping_texts(window.timeline.lanes))
    chart = window.chart
    for view in ("rolling", "ytd", "level"):  # the long axis titles, too
        chart.view_mode.setCurrentIndex(chart.view_mode.findData(view))
        chart.view_mode.activated.emit(chart.view_mode.currentIndex())
        problems += cut_axis_titles(chart.plot)
    assert not problems, "\n".join(problems)


def test_the_first_window_fits_the_screen():
    from remonitor.ui.shell.window import first_geometry

    laptop, maximised = first_geometry(QRect(0, 0, 1366, 740))
    assert maximised and laptop == QRect(0, 0, 1366, 740)
    desk, maximised = first_geometry(QRect(0, 0, 1920, 1050))
    assert not maximised and desk.width() == 1728 and QRect(0, 0, 1920, 1050).contains(desk)


def test_series_colours_stay_apart():
    """By destination stacks up to twelve partners: no two colours alike (CIE76 ΔE ≥ 20;
    the United States and the Netherlands were two golds 10 apart)."""
    from itertools import combinations

    from remonitor.ui.theme import SERIES_COLOURS

    def lab(colour: str) -> tuple[float, float, float]:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
        x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505
        y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089

        def f(t: float) -> float:
            return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

        return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))

    closest = min(sum((a - b) ** 2 for a, b in zip(lab(p), lab(q), strict=True)) ** 0.5
                  for p, q in combinations(SERIES_COLOURS, 2))
    assert closest >= 20


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_panel_keeps_a_usable_size(open_window, size):
    window = open_window(size)
    window.tracker_dock.raise_()
    assert window.chart.plot.height() >= 240
    tracker, timeline = window.tracker, window.timeline
    for table in (tracker.details.history, tracker.details.matches):
        assert table.minimumHeight() >= 3 * table.fontMetrics().height()
    assert tracker.view.height() >= 3 * tracker.view.fontMetrics().height()
    assert timeline.lanes.height() >= timeline.lanes.minimumHeight() >= 150


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_analysis_and_the_alert_rules_fit_a_small_screen(open_window, qtbot, language):
    window = open_window((1366, 768), language)
    dialog = window.open_analysis("mofcom-2025-61")
    qtbot.waitUntil(lambda: dialog.window_tab.data is not None, timeout=20_000)
    assert dialog.height() <= 768 and dialog.width() <= 1366
    problems = cut_text(dialog) + overlapping_texts(dialog.window_tab.plot) + cut_axis_titles(
        dialog.window_tab.plot)
    dialog.close()
    preferences = window.open_preferences()
    preferences.tabs.setCurrentWidget(preferences.alerts)
    preferences.alerts.add()
    qtbot.waitExposed(preferences)
    problems += cut_text(preferences)
    preferences.reject()
    assert not problems, "\n".join(problems)
