"""Desktop conventions: one window per data folder (a second start hands over its files),
files given on the command line open in the import dialog, the About dialog."""

from pathlib import Path

from remonitor.app.cli import split_files
from remonitor.app.single import SingleInstance


def test_a_second_start_hands_its_files_to_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "data")
    assert first.claim([])
    sample = tmp_path / "gac.csv"
    sample.write_text("x")
    second = SingleInstance(tmp_path / "data")
    with qtbot.waitSignal(first.sig_files, timeout=5_000) as got:
        assert not second.claim([str(sample)])
    assert got.args[0] == [str(sample.resolve())]
    first.release()
    third = SingleInstance(tmp_path / "data")
    assert third.claim([])  # once the first is gone, the folder is free
    third.release()


def test_files_on_the_command_line_go_to_the_window(tmp_path):
    sample = tmp_path / "a.csv"
    sample.write_text("x")
    assert split_files(["--data-dir", "d", str(sample)]) == (["--data-dir", "d"],
                                                             [str(sample)])
    assert split_files(["import", str(sample)]) == (["import", str(sample)], [])


def test_bring_forward_opens_the_import_dialog_and_about_names_the_paths(
        qtbot, session_factory, tmp_path):
    window = session_factory().window
    sample = tmp_path / "figures.csv"
    sample.write_text("period,value,flow,reporter,partner,product,measure,unit,source\n"
                      "2025-05,1,export,CHN,WLD,x,quantity,t,desk\n", encoding="utf-8")
    window.bring_forward([str(sample)])
    wizard = window.files.import_wizard
    assert wizard.isVisible() and wizard.path == Path(sample)
    window.files.import_wizard.reject()
    about = window.about()
    assert about.facts["Data folder"] == str(window.data_dir)
    assert any("LGPL" in label.text() for label in about.findChildren(type(
        about.layout().itemAt(0).widget())))
    about.close()


def test_chinese_and_dark_as_chosen_in_preferences(qtbot, session_factory, tmp_path, qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    from remonitor.ui import theme
    from remonitor.ui.i18n import install_translations
    from remonitor.ui.settings import APPEARANCE, LANGUAGE, Settings

    settings = Settings(tmp_path / "ui.ini")
    settings.set(LANGUAGE, "zh_CN")
    settings.set(APPEARANCE, "dark")
    settings.sync()
    try:
        window = session_factory().window
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
        assert window.timeline_dock.windowTitle() == "事件时间线"
        assert window.chart.export.button.text() == "导出…"  # a mixin's string, too
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"  # Qt's own
        assert theme.is_dark()
        assert window.chart.plot.backgroundBrush().color().lightness() < 80
        assert window.timeline.lanes.backgroundBrush().color().lightness() < 80
        dialog = window.open_preferences()  # back to light: the charts follow at once
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("light"))
        dialog.accept()
        assert not dialog.isVisible(), dialog.problem.text()
        assert not theme.is_dark()
        assert window.chart.plot.backgroundBrush().color().lightness() > 200
    finally:
        install_translations(qapp, "en")
        theme.apply_scheme(qapp, "light")


def test_a_file_opened_from_the_macos_file_manager_reaches_the_window(qtbot, tmp_path, qapp):
    from PySide6.QtGui import QFileOpenEvent

    instance = SingleInstance(tmp_path / "data")
    assert instance.claim([])
    qapp.installEventFilter(instance)
    try:
        with qtbot.waitSignal(instance.sig_files, timeout=5_000) as got:
            qapp.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "gac.xlsx")))
        assert got.args[0] == [str(tmp_path / "gac.xlsx")]
    finally:
        qapp.removeEventFilter(instance)
        instance.release()

