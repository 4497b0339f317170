"""The domain's words as shown: statuses, categories, flows, measures, states.

core keeps its words in English (they are stored, exported and parsed back); the window
shows them through Qt's translation here. Every word core can hand to the screen is listed
below so that pyside6-lupdate collects it (tests/qt/test_chinese.py checks that no enum
value or label is missing); ``word`` and ``label`` are core.text's, which core uses too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from remonitor.core.text import label, word

__all__ = ["WORDS", "label", "word"]

WORDS = (
    # licence statuses (core.licence.Status.label) and types
    QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    QT_TRANSLATE_NOOP("Vocabulary", "Submitted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    QT_TRANSLATE_NOOP("Vocabulary", "Information requested"),
    QT_TRANSLATE_NOOP("Vocabulary", "Approved"),
    QT_TRANSLATE_NOOP("Vocabulary", "Denied"),
    QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
    QT_TRANSLATE_NOOP("Vocabulary", "single"),
    QT_TRANSLATE_NOOP("Vocabulary", "general"),
    # a licence's state (core.workflow.LicenceState) and the review clock's
    QT_TRANSLATE_NOOP("Vocabulary", "valid"),
    QT_TRANSLATE_NOOP("Vocabulary", "used up"),
    QT_TRANSLATE_NOOP("Vocabulary", "expired"),
    QT_TRANSLATE_NOOP("Vocabulary", "not yet valid"),
    QT_TRANSLATE_NOOP("Vocabulary", "overdue"),
    QT_TRANSLATE_NOOP("Vocabulary", "near due"),
    # event categories (core.events.Category) and what comes up
    QT_TRANSLATE_NOOP("Vocabulary", "export control"),
    QT_TRANSLATE_NOOP("Vocabulary", "licensing"),
    QT_TRANSLATE_NOOP("Vocabulary", "quota"),
    QT_TRANSLATE_NOOP("Vocabulary", "tariff"),
    QT_TRANSLATE_NOOP("Vocabulary", "talks"),
    QT_TRANSLATE_NOOP("Vocabulary", "statement"),
    QT_TRANSLATE_NOOP("Vocabulary", "other"),
    QT_TRANSLATE_NOOP("Vocabulary", "takes effect"),
    QT_TRANSLATE_NOOP("Vocabulary", "ends"),
    # an event match's state (core.matching)
    QT_TRANSLATE_NOOP("Vocabulary", "suggested"),
    QT_TRANSLATE_NOOP("Vocabulary", "confirmed"),
    QT_TRANSLATE_NOOP("Vocabulary", "dismissed"),
    # series (core.series.Flow, Measure) and their points
    QT_TRANSLATE_NOOP("Vocabulary", "export"),
    QT_TRANSLATE_NOOP("Vocabulary", "import"),
    QT_TRANSLATE_NOOP("Vocabulary", "re-export"),
    QT_TRANSLATE_NOOP("Vocabulary", "re-import"),
    QT_TRANSLATE_NOOP("Vocabulary", "production"),
    QT_TRANSLATE_NOOP("Vocabulary", "reserves"),
    QT_TRANSLATE_NOOP("Vocabulary", "quantity"),
    QT_TRANSLATE_NOOP("Vocabulary", "value"),
    QT_TRANSLATE_NOOP("Vocabulary", "unit value"),
    QT_TRANSLATE_NOOP("Vocabulary", "world"),
    QT_TRANSLATE_NOOP("Vocabulary", "rest of world"),
    QT_TRANSLATE_NOOP("Vocabulary", "all partners (sum)"),
    QT_TRANSLATE_NOOP("Vocabulary", "rare earths (GAC headline)"),  # the bundled series
    QT_TRANSLATE_NOOP("Vocabulary", "reported"),
    QT_TRANSLATE_NOOP("Vocabulary", "derived"),
    QT_TRANSLATE_NOOP("Vocabulary", "revision"),
    QT_TRANSLATE_NOOP("Vocabulary", "more decimals"),
    # the chart's views (core.plotting.VIEWS) and styles (ui.chart.STYLES)
    QT_TRANSLATE_NOOP("Vocabulary", "Level"),
    QT_TRANSLATE_NOOP("Vocabulary", "y/y %"),
    QT_TRANSLATE_NOOP("Vocabulary", "m/m %"),
    QT_TRANSLATE_NOOP("Vocabulary", "YTD vs prior YTD %"),
    QT_TRANSLATE_NOOP("Vocabulary", "12-month rolling sum"),
    QT_TRANSLATE_NOOP("Vocabulary", "Index (=100 at a month)"),
    QT_TRANSLATE_NOOP("Vocabulary", "Auto"),
    QT_TRANSLATE_NOOP("Vocabulary", "Bars"),
    QT_TRANSLATE_NOOP("Vocabulary", "Lines"),
    # colour schemes (ui.theme.SCHEMES) and languages (ui.i18n.LANGUAGES)
    QT_TRANSLATE_NOOP("Vocabulary", "Follow the system"),
    QT_TRANSLATE_NOOP("Vocabulary", "Light"),
    QT_TRANSLATE_NOOP("Vocabulary", "Dark"),
    QT_TRANSLATE_NOOP("Vocabulary", "English"),
    # background tasks (workers.tasks.TaskHandle.state)
    QT_TRANSLATE_NOOP("Vocabulary", "queued"),
    QT_TRANSLATE_NOOP("Vocabulary", "running"),
    QT_TRANSLATE_NOOP("Vocabulary", "done"),
    QT_TRANSLATE_NOOP("Vocabulary", "failed"),
    QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    QT_TRANSLATE_NOOP("Vocabulary", "cancelling"),
    QT_TRANSLATE_NOOP("Vocabulary", "replaced"),
)
