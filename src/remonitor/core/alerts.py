"""Alerts on figures: a watch list of series with rules, each firing once for the print
that meets it (its key names the series, the rule, the period and the release).

Rules: a new print arrived; y/y or m/m beyond a threshold (in %, either way); a value
outside its range over the last N periods of the same length; a source later than its usual
release. ``<data>/alerts.json`` holds them; Preferences edits the common ones.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from decimal import Decimal
from statistics import median

from remonitor.core.figures import change_text, figure_text
from remonitor.core.monthly import MonthlyPoint
from remonitor.core.reminders import Reminder
from remonitor.core.text import translate
from remonitor.core.views import month_on_month, year_on_year

KINDS = ("new print", "y/y", "m/m", "range", "late")


@dataclass(frozen=True)
class AlertRule:
    series: str
    """The series' token (as the chart keeps it)."""
    kind: str
    threshold: str = ""
    """% for y/y and m/m (``25``: beyond ±25 %), periods for range (``12``)."""
    label: str = ""
    """How the alert names the series ('' : the series' own label)."""

    def problems(self) -> str:
        if self.kind not in KINDS:
            return f"{self.kind!r} is not a rule ({', '.join(KINDS)})"
        if self.kind in ("y/y", "m/m", "range"):
            try:
                if Decimal(self.threshold) <= 0:
                    raise ArithmeticError
            except (ArithmeticError, ValueError):
                return f"{self.kind}: {self.threshold!r} is not a positive number"
        return ""


def load_rules(text: str) -> list[AlertRule]:
    data = json.loads(text)
    rules = [AlertRule(str(r["series"]), str(r["kind"]), str(r.get("threshold", "")),
                       str(r.get("label", ""))) for r in data.get("rules", [])]
    bad = [p for r in rules if (p := r.problems())]
    if bad:
        raise ValueError("; ".join(bad))
    return rules


def dump_rules(rules: list[AlertRule]) -> str:
    return json.dumps({"rules": [asdict(r) for r in rules]}, indent=1, ensure_ascii=False)


@dataclass(frozen=True)
class SeriesFacts:
    """What the rules read of one series."""

    label: str
    unit: str
    source: str
    points: list[MonthlyPoint]
    releases: list[date]
    """The release of each period held, oldest first (for "later than usual")."""


def evaluate(rule: AlertRule, facts: SeriesFacts, today: date) -> list[Reminder]:
    """What the rule says about the series now (its keys make each print fire once)."""
    points = facts.points
    if not points:
        return []
    name = rule.label or facts.label
    last = points[-1]
    release = max((o.release_date for o in last.sources), default=today)
    stamp = f"{rule.series}|{rule.kind}|{last.span.label()}|{release.isoformat()}"
    figure = f"{last.span.describe()}: {figure_text(last.value, last.decimals)} {facts.unit}"
    source = translate("Alerts", "{source}, released {date}").format(
        source=facts.source, date=release.isoformat())
    if rule.kind == "new print":
        return [Reminder(stamp, translate("Alerts", "New figure: {series}").format(
            series=name), f"{figure} ({source})")]
    if rule.kind in ("y/y", "m/m"):
        view = (year_on_year if rule.kind == "y/y" else month_on_month)(points)[-1]
        if view.value is None or view.span != last.span:
            return []
        limit = Decimal(rule.threshold)
        if abs(view.value) < limit:
            return []
        return [Reminder(stamp, translate("Alerts", "{series}: {change} {kind}").format(
            series=name, change=change_text(view.value / 100), kind=rule.kind),
            translate("Alerts", "{figure}; beyond the ±{limit} % you set ({source})").format(
                figure=figure, limit=rule.threshold, source=source), urgent=True)]
    if rule.kind == "range":
        n = int(Decimal(rule.threshold))
        same = [p for p in points[:-1] if p.span.length == last.span.length][-n:]
        if len(same) < min(n, 3):
            return []
        low, high = min(p.value for p in same), max(p.value for p in same)
        if low <= last.value <= high:
            return []
        side = translate("Alerts", "above") if last.value > high else translate("Alerts",
                                                                              "below")
        return [Reminder(stamp, translate("Alerts", "{series}: {side} its range").format(
            series=name, side=side), translate(
            "Alerts", "{figure}; the last {n} periods ran {low} – {high} ({source})").format(
            figure=figure, n=len(same), low=figure_text(low, last.decimals),
            high=figure_text(high, last.decimals), source=source), urgent=True)]
    if rule.kind == "late":
        gaps = [(b - a).days for a, b in zip(facts.releases, facts.releases[1:],
                                            strict=False) if b > a]
        if len(gaps) < 3:
            return []
        usual = timedelta(days=int(median(gaps)))
        due = release + usual + timedelta(days=7)
        if today <= due:
            return []
        key = f"{rule.series}|late|{release.isoformat()}"
        return [Reminder(key, translate("Alerts", "{series}: no new figure").format(
            series=name), translate(
            "Alerts", "the last came {date}; {source} usually publishes every {days} days, "
            "so one was due by {due}").format(date=release.isoformat(), source=facts.source,
                                              days=usual.days, due=due.isoformat()))]
    return []
