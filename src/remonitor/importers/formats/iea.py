"""IEA Critical Minerals Policy Tracker export → events."""

from __future__ import annotations

import hashlib
import html
import json
import re
from datetime import UTC, date, datetime

from remonitor.core.events import Category, Event
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, record
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

_CATEGORY = {
    "export controls and restrictions": Category.EXPORT_CONTROL,
    "export and import ban": Category.EXPORT_CONTROL,
    "tariffs and duties": Category.TARIFF,
    "permitting regulation": Category.LICENSING,
    "permitting regulations": Category.LICENSING,
    "international cooperation": Category.TALKS,
    "strategies and plans": Category.STATEMENT,
}


def strip_html(text: str) -> str:
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    return re.sub(r"\n\s*\n+", "\n", re.sub(r"[ \t]+", " ", text)).strip()


MAX_TIMESTAMP_S = 253402300799  # 9999-12-31 23:59:59 UTC: the last second a date can hold


def _year(text: str) -> int:
    """A four-digit year; ValueError for anything else (never an overflow)."""
    if not (len(text) == 4 and text.isdigit()):
        raise ValueError(text)
    return int(text)


def _day(text: str) -> date:
    """``2023-08-16`` or, as some rows have it, ``16-08-2023`` / ``16/08/2023``."""
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _json_list(text: str) -> list:
    try:
        value = json.loads(text) if text.strip() else []
    except json.JSONDecodeError:
        return []
    return value if isinstance(value, list) else []


def _category(policy_types: list) -> Category:
    for item in policy_types:
        name = str(item.get("name", "")).lower() if isinstance(item, dict) else ""
        for prefix, category in _CATEGORY.items():
            if name.startswith(prefix[:18]):
                return category
    return Category.OTHER


class IeaPolicyTracker(FileFormat):
    name = "iea-policy-tracker"
    label = QT_TRANSLATE_NOOP("Formats", "IEA Critical Minerals Policy Tracker export (events)")
    known_words = ("title", "description", "status", "jurisdiction", "datePromulgated",
                   "yearEnded", "learnMore", "dateModified", "countries", "policyType")

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        rows = source.csv_rows(",")
        h = self.header(source, rows, ["title", "datePromulgated", "year", "countries"])
        col = {n: i for i, n in enumerate(rows[h][1])}
        newest = 0
        for number, cells in rows[h + 1:]:
            plan.rows_read += 1
            get = record(col, cells)
            title = get["title"].strip()
            if not title:
                plan.error(number, "title", "is empty")
                continue
            promulgated, year = get["datePromulgated"].strip(), get["year"].strip()
            notes = []
            precision = "day"
            try:
                if len(promulgated) == 10:
                    announced = _day(promulgated)
                else:  # the year only: drawn as a year, never as 1 January
                    announced = date(_year(promulgated or year), 1, 1)
                    precision = "year"
            except ValueError:
                plan.error(number, "datePromulgated", f"{promulgated or year!r} is not a date "
                                                      "or year")
                continue
            end = None
            ended = get.get("yearEnded", "").strip()
            if ended.isdigit() and len(ended) == 4:
                end = date(int(ended), 12, 31)
                if end < announced:
                    plan.warn(number, "yearEnded", "ends before it was promulgated; end dropped")
                    end = None
            countries = [c.get("name", "") for c in _json_list(get.get("countries", ""))
                         if isinstance(c, dict)]
            codes = [c.get("iso3", "") for c in _json_list(get.get("countries", ""))
                     if isinstance(c, dict)]
            modified = get.get("dateModified", "").strip()
            if modified.isdigit() and len(modified) <= 15:  # milliseconds up to year 33658
                newest = max(newest, int(modified))
            elif modified:
                plan.warn(number, "dateModified", f"{modified[:40]!r} is not a time in "
                                                  "milliseconds; left out of the release date")
            technologies = _json_list(get.get("technologies", ""))
            description = strip_html(get.get("description", ""))
            notes += [f"status: {get.get('status', '')}", f"jurisdiction: "
                      f"{get.get('jurisdiction', '')}"]
            if technologies:
                notes.append("technologies: " + ", ".join(map(str, technologies)))
            identity = f"{title}|{','.join(codes)}|{promulgated or year}"
            plan.events.append(Event(
                announced=announced, end=end, title=title[:300],
                category=_category(_json_list(get.get("policyType", ""))),
                authority=", ".join(countries) or get.get("jurisdiction", ""),
                source=get.get("learnMore", "").strip() or "IEA Critical Minerals Policy Tracker",
                notes="\n".join([description, "; ".join(notes)]).strip(),
                key="iea:" + hashlib.sha1(identity.encode()).hexdigest()[:16],
                precision=precision,
            ))
        if newest and newest / 1000 < MAX_TIMESTAMP_S:
            plan.release_date = datetime.fromtimestamp(newest / 1000, UTC).date()
            plan.release_note = "(newest dateModified in the file)"
