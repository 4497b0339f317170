"""Alerts on figures, read for the window's daily check and after each change: the rules of
``<data>/alerts.json`` evaluated on the series they name (core.alerts). A rule naming its
series by token reads that series only, not the whole catalogue (a check runs after every
import)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from remonitor.core.alerts import AlertRule, SeriesFacts, evaluate, load_rules
from remonitor.core.reminders import Reminder
from remonitor.views.analysis import match_choice
from remonitor.views.catalogue import Catalogue, Choice, catalogue
from remonitor.views.chart import read_shown

ALERTS_FILE = "alerts.json"


def read_rules(data_dir: Path) -> tuple[list[AlertRule], str]:
    """The rules, and why they could not be read ('' when they could)."""
    path = data_dir / ALERTS_FILE
    try:
        return load_rules(path.read_text("utf-8")), ""
    except FileNotFoundError:
        return [], ""
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [], f"{path.name}: {exc}"


def load_alerts(conn: sqlite3.Connection, rules: list[AlertRule], today: date
                ) -> list[Reminder]:
    """What the rules say today, each alert with a key naming its print (fires once)."""
    if not rules:
        return []
    every: list[Choice] = []  # read only for a rule that names its series by words
    out: list[Reminder] = []
    for rule in rules:
        own = Catalogue.read_for(conn, [rule.series])  # a token: its own series only
        if own is not None:
            choice = own.by_token[rule.series]
        else:
            try:  # words naming one series (a hand-written alerts.json)
                every = every or catalogue(conn)
                choice = match_choice(rule.series, every)
            except ValueError:
                continue  # not held (yet): Preferences says so beside the rule
        shown = read_shown(conn, choice)
        releases = sorted({o.release_date for o in shown.observations})
        facts = SeriesFacts(choice.label, shown.unit, choice.key.source, shown.points,
                            releases)
        out += evaluate(rule, facts, today)
    return out
