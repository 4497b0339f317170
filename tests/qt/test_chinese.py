"""The window in Simplified Chinese: every word of its menus, buttons, labels, tooltips,
headers and the domain's words (statuses, categories, views, task states) translated; the
language switched from Preferences without a restart; the tracker's export, written with
Chinese titles and statuses, read back whole."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTableWidget,
    QTabWidget,
)

from remonitor.core.changes import StoreChange
from remonitor.core.licence import LicenceType, Status
from remonitor.store.applications import save_new_application
from tests.factories import application

# Names, codes and units that are the same in Chinese; month abbreviations stay as the
# sources write periods ("Mar 2026").
KEPT = {"remonitor", "GAC", "MOFCOM", "USD", "CNY", "EUR", "CSV", "XLSX", "PNG", "SVG",
        "UTF", "ICS", "Ctrl", "Shift", "Home", "Qt", "PySide", "pyqtgraph", "Python",
        "OEC", "WITS", "Comtrade", "IEA", "USGS", "USITC", "DataWeb", "Eurostat", "Data",
        "Browser", "LGPL", "GNU", "pandas", "SQLite", "https", "http", "file", "URL",
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        "RE", "Fusion", "English", "Excel", "CHN", "WLD", "Magnetwerk", "GmbH", "YYYY", "MM", "DD"}
DATA_WIDGETS = {"coming-up", "event-touches"}
"""Widgets that show stored data (event titles), not words of the program."""


def in_notification(widget) -> bool:
    """Notifications carry messages (file names, the no-Chinese-font warning in English on a
    machine without one); their own words are checked where they are made."""
    while widget is not None:
        if widget.objectName() == "notification":
            return True
        widget = widget.parentWidget()
    return False


def english_words(text: str) -> list[str]:
    text = re.sub(r"\S*[/\\]\S*", "", text)  # paths, URLs, '(*.csv)' filters
    text = re.sub(r"[\w.-]*\w\.\w[\w.…-]*", "", text)  # file names
    text = re.sub(r"<[^>]+>", "", text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z]{2,}", text) if w not in KEPT]


def chrome_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every word a window or dialog shows of its own."""
    found: list[tuple[str, str]] = []

    def menu(m: QMenu, where: str) -> None:
        for action in m.actions():
            found.append((f"{where} › {action.text()}", action.text()))
            found.append((f"{where} › {action.text()} (tip)", action.toolTip()))
            if action.menu() is not None:
                menu(action.menu(), f"{where} › {action.text()}")

    found.append(("window title", window.windowTitle()))
    bar = getattr(window, "menuBar", None)
    for action in bar().actions() if callable(bar) else []:
        menu(action.menu(), action.text())
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + \
            window.findChildren(QGroupBox) + window.findChildren(QLineEdit) + \
            window.findChildren(QComboBox) + window.findChildren(QDockWidget) + \
            window.findChildren(QTabWidget):
        if widget.objectName() in DATA_WIDGETS or not widget.isVisibleTo(window) or \
                in_notification(widget):
            continue
        name = f"{type(widget).__name__} {widget.objectName()}"
        found.append((f"{name} (tip)", widget.toolTip()))
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found.append((name, widget.itemText(0)))  # the rest may be data (applicants)
        elif isinstance(widget, QDockWidget):
            found.append((name, widget.windowTitle()))
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        else:
            found.append((name, widget.text()))
    for view in window.findChildren(QTableView) + window.findChildren(QTableWidget):
        model = view.model()
        found += [(f"{view.objectName()} header {c}",
                   str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                  for c in range(model.columnCount())]
    return found


@pytest.fixture
def chinese(tmp_path, qapp):
    from remonitor.ui import theme
    from remonitor.ui.i18n import install_translations
    from remonitor.ui.settings import LANGUAGE, Settings

    settings = Settings(tmp_path / "ui.ini")
    settings.set(LANGUAGE, "zh_CN")
    settings.sync()
    yield settings
    install_translations(qapp, "en")
    theme.apply_scheme(qapp, "light")


def test_every_word_of_the_window_is_chinese(qtbot, session_factory, chinese, tmp_path):
    session = session_factory()
    window = session.window
    window.writer.submit("seed", lambda conn, ctx: [save_new_application(
        conn, application(f"RE-{i}", status)) for i, status in enumerate(Status)],
        change=StoreChange(applications=True))
    qtbot.waitUntil(lambda: window.tracker.model.rowCount() == len(Status), timeout=10_000)
    left = [(where, text, words) for where, text in chrome_texts(window)
            if (words := english_words(text))]
    assert not left, "\n".join(f"{w}: {t!r} {ws}" for w, t, ws in left)
    # the domain's words, where they are shown
    tracker = window.tracker
    statuses = {tracker.model.index(r, 1).data() for r in range(tracker.model.rowCount())}
    assert {"草稿", "已提交", "已受理", "补充材料", "已批准", "不予许可", "已撤回"} <= statuses
    assert window.chart.view_mode.itemText(1) == "同比 %"
    assert "稀土" in window.chart.series_button.text()
    dialogs = [window.about(), window.open_preferences(), window.open_restore(),
               window.timeline.new_event(), window.tracker.editor.new_application()]
    window.tracker.view.selectRow(0)
    dialogs.append(window.tracker.editor.change_status())
    window.chart.open_picker()
    window.chart.open_checks()
    window.tasks_button.open_list()
    dialogs += [window.chart.picker, window.chart._checks, window.tasks_button.list]
    sample = tmp_path / "figures.csv"
    sample.write_text("period,value\n2025-05,1\n", encoding="utf-8")
    wizard = window.import_path(sample)
    qtbot.waitUntil(lambda: bool(wizard.file_page.status.text()), timeout=10_000)
    wizard.file_page.format.setCurrentIndex(wizard.file_page.format.findData("generic-table"))
    qtbot.waitUntil(lambda: wizard.file_page.mapping.isVisibleTo(wizard), timeout=10_000)
    dialogs.append(wizard)
    for dialog in dialogs:
        dialog.show()
        left = [(where, text, words) for where, text in chrome_texts(dialog)
                if (words := english_words(text))]
        assert not left, type(dialog).__name__ + ":\n" + "\n".join(
            f"{w}: {t!r} {ws}" for w, t, ws in left)
        dialog.close()
    lanes = window.timeline.lanes.getPlotItem().getAxis("left")._tickLevels[0]
    assert [t for _, t in lanes][:3] == ["出口管制", "许可", "配额"]
    categories = {window.timeline.view.proxy.index(r, 2).data()
                  for r in range(window.timeline.view.proxy.rowCount())}
    assert categories and not any(english_words(c) for c in categories)


def test_the_tracker_export_in_chinese_reads_back_whole(qtbot, session_factory, chinese,
                                                        tmp_path):
    from remonitor.importers import applications as importer
    from remonitor.ui.tracker.columns import TITLES
    from remonitor.ui.vocabulary import label

    session = session_factory()
    window = session.window
    # Every title the tracker writes means the same field in Chinese as in English, and
    # every status and licence type it writes is read back as itself.
    for key, english in TITLES.items():
        chinese_title = window.tracker.model.columns[list(TITLES).index(key)].title
        assert chinese_title != english, key
        assert importer._BY_NAME.get(importer._header_key(chinese_title)) == \
            importer._BY_NAME.get(importer._header_key(english)), key
    assert all(importer._status(label(s)) is s for s in Status)
    assert all(importer._licence_type(label(t)) is t for t in LicenceType)
    # A real file: what the table shows, written with Chinese titles, read back.
    general = application("RE-GEN", licence_type=LicenceType.GENERAL, applicant="Baotou Co",
                          end_users=(("Magnetwerk GmbH", "DE"), ("Example KK", "JP")),
                          green_channel=True, elements=("Dy", "Tb"), quantity=120.0)
    apps = [application(f"RE-{i}", applicant=f"Applicant {i}", item="Dy oxide",
                        quantity=10.0 * (i + 1), destination="JP", elements=("Dy",),
                        hs_code="2846901900", control_code="1C902") for i in range(3)]
    apps.append(general)
    window.writer.submit("seed", lambda conn, ctx: [save_new_application(conn, a)
                                                    for a in apps],
                         change=StoreChange(applications=True))
    qtbot.waitUntil(lambda: window.tracker.model.rowCount() == len(apps), timeout=10_000)
    target = tmp_path / "applications.xlsx"
    job = window.tracker.export_table(target)
    with qtbot.waitSignal(job.sig_result, timeout=10_000):
        pass
    table = importer.read_applications(target)
    assert {"内部编号", "状态", "许可证类型", "绿色通道"} <= set(table.columns.values())
    back = {a.reference: a for a in table.applications}
    fields = ("status", "applicant", "item", "quantity", "destination", "elements",
              "hs_code", "control_code", "licence_type", "green_channel")
    for a in apps:  # (a general licence's Destination column lists its end users' countries)
        shown = [f for f in fields if not (a is general and f == "destination")]
        assert [getattr(back[a.reference], f) for f in shown] == \
            [getattr(a, f) for f in shown], a.reference


def test_the_language_switches_from_preferences_without_a_restart(qtbot, session_factory,
                                                                  qapp):
    from remonitor.app.gui import reopen_session
    from remonitor.ui.i18n import install_translations

    session = session_factory()
    window = session.window
    assert window.menuBar().actions()[0].text() == "&File"
    dialog = window.open_preferences()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    with qtbot.waitSignal(window.sig_reopen_requested, timeout=5_000):
        dialog.accept()
    new = reopen_session(session)
    qtbot.addWidget(new.window)
    try:
        with qtbot.waitSignal(new.window.tracker.sig_loaded, timeout=20_000):
            new.window.show()
        assert new.window.menuBar().actions()[0].text() == "文件(&F)"
        dialog = new.window.open_preferences()  # and back, the same way
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        with qtbot.waitSignal(new.window.sig_reopen_requested, timeout=5_000):
            dialog.accept()
    finally:
        new.close()
        install_translations(qapp, "en")


def test_every_word_core_can_show_is_in_the_vocabulary():
    from remonitor.core.events import Category
    from remonitor.core.monthly import PointKind
    from remonitor.core.plotting import VIEWS
    from remonitor.core.series import Flow, Measure
    from remonitor.core.workflow import LicenceState
    from remonitor.ui.chart.panel import STYLES
    from remonitor.ui.i18n import LANGUAGES
    from remonitor.ui.theme import SCHEMES
    from remonitor.ui.vocabulary import WORDS

    shown = ({s.label for s in Status} | {str(v) for e in (
        LicenceType, LicenceState, Category, Flow, Measure, PointKind) for v in e}
        | set(VIEWS.values()) | set(STYLES.values()) | set(SCHEMES.values())
        | {LANGUAGES["system"], LANGUAGES["en"]}
        | {"takes effect", "ends", "suggested", "confirmed", "dismissed", "near due",
           "overdue", "queued", "running", "done", "failed", "cancelled", "cancelling",
           "replaced", "world", "rest of world", "unit value", "all partners (sum)"})
    assert shown - set(WORDS) == set()


def test_chinese_without_a_chinese_font_says_so_in_english(qtbot, session_factory, chinese,
                                                            monkeypatch):
    from remonitor.ui.i18n import font_missing
    from remonitor.ui.shell import background

    assert font_missing("en") is False  # English needs no font of its own
    window = session_factory().window
    monkeypatch.setattr(background, "font_missing", lambda language: False)
    assert not window.background.warn_if_font_missing()
    monkeypatch.setattr(background, "font_missing", lambda language: language == "zh_CN")
    assert window.background.warn_if_font_missing()
    card = window.notifier.cards[-1]
    assert window.notifier.history[-1][1] == "No Chinese font is installed"
    assert "fonts-noto-cjk" in window.notifier.history[-1][2]
    card.dismiss()
