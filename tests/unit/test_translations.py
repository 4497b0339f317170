"""Translations: the .ts holds exactly what the sources mark, all of it translated with the
same fields, and the .qm is built from it; core's messages reach whatever translator the
window installs, and stay English without one (the command line)."""

import subprocess
import sys
from pathlib import Path

from remonitor.core import text
from remonitor.core.reminders import ClockFact, reminders

ROOT = Path(__file__).resolve().parents[2]


def test_the_translations_are_complete_and_built():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"),
                             "check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_messages_go_through_the_installed_translator():
    chinese = {("Reminders", "{reference} is overdue"): "{reference} 已逾期"}
    facts = [ClockFact("RE-1", "overdue", -3)]
    assert reminders(facts, [], [])[0].title == "RE-1 is overdue"
    text.install_translator(lambda context, source: chinese.get((context, source), source))
    try:
        found = reminders(facts, [], [])[0]
        assert found.title == "RE-1 已逾期"
        assert found.text.startswith("The 45-working-day review")  # not translated: as is
        assert found.key == "clock:RE-1:overdue"  # keys never change with the language
    finally:
        text.install_translator(None)
    assert reminders(facts, [], [])[0].title == "RE-1 is overdue"
