"""Languages: English as written, Simplified Chinese from resources/i18n (built with
pyside6-lupdate / pyside6-lrelease), with Qt's own translations for its dialogs. The
language follows the system unless chosen in Preferences; widgets are built with their words,
so a new choice builds the window again (app.gui.reopen_session)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from remonitor.core.text import install_translator
from remonitor.resources import resource

LANGUAGES = {"system": "Follow the system", "en": "English", "zh_CN": "简体中文"}
"""Choices in Preferences; each language named in its own words (the first two are
translated as Vocabulary)."""
_installed: list[QTranslator] = []
_language = "en"


def language_for(choice: str) -> str:
    if choice == "system":
        return "zh_CN" if QLocale.system().name().startswith("zh") else "en"
    return choice if choice in LANGUAGES else "en"


def font_missing(language: str) -> bool:
    """True when no installed font writes ``language`` (its words would show as boxes)."""
    if language != "zh_CN":
        return False
    from PySide6.QtGui import QFontDatabase

    return not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def translation_files(language: str) -> list[tuple[str, str]]:
    """(name, folder) of each .qm ``language`` loads: Qt's own first, then remonitor's."""
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return [(f"qtbase_{language}", qt_dir), (f"remonitor_{language}", str(resource("i18n")))]


def install_translations(app: QApplication, choice: str) -> str:
    """Install the translators for ``choice`` (replacing earlier ones); the language used."""
    global _language
    language = language_for(choice)
    if _installed and _language == language:
        return language  # already in place (the window built again, say)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    install_translator(QCoreApplication.translate, language)  # core's messages, too
    _language = language
    if language == "en":
        return language
    for name, folder in translation_files(language):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
