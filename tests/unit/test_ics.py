"""The events as iCalendar: parsed back, every line within 75 octets, text escaped."""

from datetime import date

from remonitor.core.events import Category, Event
from remonitor.exporters.ics import write_calendar

NO_70 = Event(date(2025, 11, 7), "Suspension of Announcements Nos. 55–58, 61 and 62; "
              "until 2026-11-10, a long title that must be folded over several lines",
              Category.EXPORT_CONTROL, authority="MOFCOM, GAC", end=date(2026, 11, 10),
              number="2025 No. 70", key="mofcom-2025-70", notes="商务部 海关总署 公告")
NO_57 = Event(date(2025, 10, 9), "Export controls on five more rare earths",
              Category.EXPORT_CONTROL, effective=date(2025, 11, 8), elements=("Ho", "Er"),
              source="https://example.org/57", key="mofcom-2025-57")


def parse(text: str) -> list[dict[str, str]]:
    """A minimal RFC 5545 reader: unfold, split properties, unescape."""
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    raw = text.split("\r\n")[:-1]
    assert all(len(line.encode()) <= 75 for line in raw)
    lines: list[str] = []
    for line in raw:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    events, current = [], None
    for line in lines:
        name, _, value = line.partition(":")
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            current[name] = (value.replace("\\n", "\n").replace("\\,", ",")
                             .replace("\\;", ";").replace("\\\\", "\\"))
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    return events


def test_events_parse_back_with_effective_dates_and_span_ends(tmp_path):
    out = tmp_path / "events.ics"
    assert write_calendar(out, [NO_70, NO_57]) == 2
    entries = parse(out.read_bytes().decode("utf-8"))
    by_summary = {e["SUMMARY"]: e for e in entries}
    span = by_summary[NO_70.title]
    assert (span["DTSTART;VALUE=DATE"], span["DTEND;VALUE=DATE"]) == ("20251107", "20261111")
    assert "商务部 海关总署 公告" in span["DESCRIPTION"]
    ends = by_summary["Ends: " + NO_70.title]
    assert ends["DTSTART;VALUE=DATE"] == "20261110"
    effective = by_summary["Takes effect: " + NO_57.title]
    assert effective["DTSTART;VALUE=DATE"] == "20251108"
    assert by_summary[NO_57.title]["URL"] == "https://example.org/57"
    assert len({e["UID"] for e in entries}) == len(entries) == 4


def test_events_exported_as_xlsx_import_back(tmp_path, store):
    from remonitor.exporters.tables import write_table
    from remonitor.importers.commit import build_plan
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.views.tables import events_view

    ensure_reference_dataset(store)
    view = events_view(store)
    out = tmp_path / "events.xlsx"
    write_table(out, view.headers, view.rows, sheet_name="events")
    plan = build_plan(out)
    assert not plan.errors and len(plan.events) == 10
    no_70 = next(e for e in plan.events if e.key == "mofcom-2025-70")
    assert no_70.end == date(2026, 11, 10) and "mofcom-2025-57" in no_70.links
