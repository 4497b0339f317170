"""Events as a CSV table (the reference dataset's format; the timeline exports the same)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from remonitor.core.events import Category, Event, parse_elements
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.importers.text import records_with_header

COLUMNS = ["key", "announced", "effective", "end", "title", "authority", "category", "number",
           "elements", "hs_codes", "control_codes", "source", "notes", "links"]
REQUIRED = ["announced", "title", "category"]


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def parse_event_table(path: Path, text: str | None = None,
                      problems: list[ImportProblem] | None = None) -> list[Event]:
    """Every event, validated; with a ``problems`` list, bad rows go there instead of
    raising."""
    events: list[Event] = []
    collect = problems is not None
    problems = problems if problems is not None else []
    for number, row in records_with_header(path, REQUIRED, text):
        column = "announced"
        try:
            dates = {}
            for column in ("announced", "effective", "end"):
                dates[column] = _date(row.get(column, ""))
            column = "category"
            category = Category(row["category"].lower())
            column = "elements"
            elements = parse_elements(row.get("elements", ""))
            column = "title"
            events.append(Event(
                announced=dates["announced"], effective=dates["effective"], end=dates["end"],
                title=row["title"], category=category, authority=row.get("authority", ""),
                number=row.get("number", ""), elements=elements,
                hs_codes=tuple(row.get("hs_codes", "").split()),
                control_codes=tuple(row.get("control_codes", "").split()),
                source=row.get("source", ""), notes=row.get("notes", ""),
                key=row.get("key") or None, links=tuple(row.get("links", "").split()),
            ))
        except ValueError as exc:
            message = str(exc)
            if column == "category":
                message = (f"{row['category']!r} is not a category "
                           f"({', '.join(c.value for c in Category)})")
            problems.append(ImportProblem(path.name, number, column, message))
    if problems and not collect:
        raise ImportFailed(problems)
    return events
