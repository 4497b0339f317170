"""Events as an iCalendar file (RFC 5545), so the desk can put effective dates and the ends
of spans in their calendars.

Each event gives an all-day entry on its announcement day (spanning to its end when it has
one); an effective date that differs, and the end of a span, get entries of their own, so
a calendar reminds of the day that matters.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from remonitor.core.events import Event
from remonitor.exporters.tables import atomically

PRODID = "-//remonitor//export-control events//EN"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""Control characters RFC 5545 does not allow in a value (line breaks are escaped)."""


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line
    break (CR LF, CR or LF) as ``\\n``, other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.replace("\t", " "))
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _uri(text: str) -> str | None:
    """A URI value (RFC 5545 3.3.13, RFC 3986): what is not allowed in a URI — spaces,
    line breaks, control characters, quotes — percent-encoded; None unless http(s)."""
    text = text.strip()
    if not text.lower().startswith(("http://", "https://")):
        return None
    return quote(text, safe="!#$&'()*+,/:;=?@[]~%-._")


def _fold(line: str) -> list[str]:
    """Lines of at most 75 octets, continuation lines starting with a space, never cutting
    a character in two. A line holds no CR or LF by now (values are escaped); should one
    slip through, it is escaped here rather than break the calendar's structure."""
    line = line.replace("\r", "\\n").replace("\n", "\\n")
    out, current, size = [], [], 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += n
    out.append("".join(current))
    return [out[0]] + [" " + part for part in out[1:]]


def _day(d: date) -> str:
    return d.strftime("%Y%m%d")


def _uid(event: Event, what: str) -> str:
    basis = event.key or f"{event.announced}|{event.title}"
    return hashlib.sha1(f"{basis}|{what}".encode()).hexdigest()[:20] + "@remonitor"


def _entry(event: Event, what: str, start: date, end: date, summary: str,
           stamp: str) -> list[str]:
    description = "\n".join(x for x in (
        event.title, f"{event.authority} · {event.category.value}" if event.authority
        else event.category.value, event.number, event.notes,
        f"Elements: {' '.join(event.elements)}" if event.elements else "",
        f"Source: {event.source}" if event.source else "") if x)
    lines = ["BEGIN:VEVENT", f"UID:{_uid(event, what)}", f"DTSTAMP:{stamp}",
             f"DTSTART;VALUE=DATE:{_day(start)}",
             f"DTEND;VALUE=DATE:{_day(end + timedelta(days=1))}",
             f"SUMMARY:{_escape(summary)}", f"DESCRIPTION:{_escape(description)}",
             f"CATEGORIES:{_escape(event.category.value)}"]
    url = _uri(event.source)
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def calendar_text(events: Iterable[Event], now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:remonitor events"]
    for e in events:
        lines += _entry(e, "announced", e.announced, e.end or e.announced, e.title, stamp)
        if e.effective and e.effective != e.announced:
            lines += _entry(e, "effective", e.effective, e.effective,
                            f"Takes effect: {e.title}", stamp)
        if e.end:
            lines += _entry(e, "ends", e.end, e.end, f"Ends: {e.title}", stamp)
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))


def write_calendar(path: Path, events: Iterable[Event]) -> int:
    """Write the .ics atomically; returns the number of events written."""
    events = list(events)
    data = calendar_text(events).encode("utf-8")

    def write(tmp: Path) -> int:
        tmp.write_bytes(data)
        return len(events)

    return atomically(Path(path), write)
