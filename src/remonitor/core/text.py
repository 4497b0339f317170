"""Messages core writes for people, marked for translation.

core has no Qt, so it cannot call ``tr()``. Its messages are templates passed through
:func:`translate` — a call ``pyside6-lupdate`` collects like Qt's own — and filled in with
``str.format`` afterwards, so a translation may put the values where its grammar wants
them. Until a translator is installed (the window installs Qt's at start; the command line
never does) the English template is used as written.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_language = "en"


def translate(context: str, text: str) -> str:
    """``text`` in the window's language (``context`` names the module it belongs to)."""
    return text if _translator is None else _translator(context, text)


def install_translator(translator: Callable[[str, str], str] | None,
                      language: str = "en") -> None:
    """Where :func:`translate` looks (``None``: English as written) and the language names
    are given in. Thread-safe to call from any thread once installed, as Qt's
    ``QCoreApplication.translate`` is."""
    global _translator, _language
    _translator = translator
    _language = language


def language() -> str:
    """The window's language (``en``, ``zh_CN``): which name of a country a person reads."""
    return _language


def place_name(code: str) -> str:
    """A reporter's or partner's name in the window's language; an unknown code as the
    file wrote it."""
    from remonitor.resources import country_table

    return country_table().display(code, _language)


def word(text: str) -> str:
    """One of the domain's words (a status, a category, a view: listed for lupdate in
    ``ui/vocabulary.py``) in the window's language."""
    return translate("Vocabulary", text)


def label(value) -> str:
    """An enum's label (``Status.label``) or value, as :func:`word`."""
    return word(getattr(value, "label", None) or str(value))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate where it is translated later, by
    ``translate(context, text)`` with the text held in a variable."""
    return text
