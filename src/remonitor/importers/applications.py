"""Licence applications from a CSV or XLSX table: the desk's old spreadsheet, or the
tracker's own export, read back.

Headers are matched by name, in English (the tracker's columns, the export's) or Chinese,
in any order, below any stray title rows. Every cell is checked; one bad cell refuses the
whole file with its row and column, and nothing is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from remonitor.core.events import parse_elements
from remonitor.core.licence import LicenceApplication, LicenceType, Status
from remonitor.importers.numbers import Missing, parse_number
from remonitor.importers.problems import ImportFailed, ImportProblem
from remonitor.importers.source import Source, find_header

ALIASES: dict[str, tuple[str, ...]] = {
    "reference": ("reference", "internal reference", "ref", "our reference", "内部编号",
                  "编号"),
    "mofcom_number": ("mofcom number", "mofcom no.", "mofcom no", "mofcom application number",
                      "mofcom application no.", "申请编号", "商务部申请编号"),
    "applicant": ("applicant", "exporter", "申请人", "出口经营者"),
    "contract_number": ("contract", "contract number", "contract no.", "合同号"),
    "item": ("item", "item description", "goods", "物项", "物项名称"),
    "control_code": ("control code", "eccn", "管制编码"),
    "hs_code": ("hs code", "hs", "商品编码", "海关商品编号"),
    "elements": ("elements", "element", "元素"),
    "quantity": ("quantity", "qty", "数量"),
    "quantity_unit": ("unit", "quantity unit", "单位"),
    "value": ("value", "金额"),
    "currency": ("currency", "币制", "币种"),
    "destination": ("destination", "destination country", "country", "目的国", "最终目的国"),
    "consignee": ("consignee", "收货人"),
    "end_user": ("end user", "最终用户"),
    "end_users": ("end users",),
    "end_use": ("end use", "最终用途"),
    "licence_type": ("licence type", "license type", "type", "许可证类型"),
    "status": ("status", "状态"),
    "submitted_on": ("submitted", "submitted on", "submission date", "申请日期", "提交日期"),
    "accepted_on": ("accepted", "accepted on", "acceptance date", "受理日期"),
    "green_channel": ("green channel", "绿色通道"),
    "notes": ("notes", "note", "remarks", "备注"),
}
_BY_NAME = {alias: name for name, aliases in ALIASES.items() for alias in aliases}
_STATUS_WORDS = {s.label.lower(): s for s in Status} | {s.value: s for s in Status} | {
    "草稿": Status.DRAFT, "已提交": Status.SUBMITTED, "已受理": Status.ACCEPTED,
    "补充材料": Status.INFO_REQUESTED, "已批准": Status.APPROVED, "不予许可": Status.DENIED,
    "已撤回": Status.WITHDRAWN}
_NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")
_TRUE = {"yes", "y", "true", "1", "x", "是"}
_FALSE = {"", "no", "n", "false", "0", "否"}


def _header_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("*", "").strip().lower())


def parse_date(text: str) -> date | None:
    """ISO (a spreadsheet's datetime too), 2025/9/20, 20.09.2025 or 2025年9月20日."""
    text = text.strip()
    if not text:
        return None
    m = (re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]00:00(?::00)?)?", text)
         or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text))
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    raise ValueError(f"{text!r} is not a date (write 2025-09-20)")


def _number(text: str) -> float | None:
    parsed = parse_number(text)
    if isinstance(parsed, Missing):
        return None
    return float(parsed.value)  # a licence's quantity, typed by hand


def _status(text: str) -> Status:
    key = text.strip().lower()
    if not key:
        return Status.DRAFT
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key]
    raise ValueError(f"{text!r} is not a status ({', '.join(s.label for s in Status)})")


def _licence_type(text: str) -> LicenceType:
    key = text.strip().lower()
    if key in ("", "single", "单项", "single (one end user)"):
        return LicenceType.SINGLE
    if key in ("general", "通用", "general (several end users)"):
        return LicenceType.GENERAL
    raise ValueError(f"{text!r} is not a licence type (single or general)")


def _flag(text: str) -> bool:
    key = text.strip().lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(f"{text!r} is not yes or no")


def _end_users(text: str) -> tuple[tuple[str, str], ...]:
    out = []
    for part in re.split(r"\s*\|\s*|\n", text):
        if not part.strip():
            continue
        name, sep, country = part.rpartition(";")
        if not sep or not name.strip() or not country.strip():
            raise ValueError(f"{part.strip()!r}: write each end user as 'name; country', "
                             "separated by |")
        out.append((name.strip(), country.strip()))
    return tuple(out)


_PARSE = {
    "quantity": _number, "value": _number, "elements": parse_elements, "status": _status,
    "submitted_on": parse_date, "accepted_on": parse_date, "licence_type": _licence_type,
    "green_channel": _flag, "end_users": _end_users,
    "control_code": lambda t: t.strip().upper(),
    "hs_code": lambda t: t.strip().replace(".", "").replace(" ", ""),
}


@dataclass
class ApplicationTable:
    file: str
    applications: list[LicenceApplication] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    """Field → the header it was read from."""
    ignored: list[str] = field(default_factory=list)
    """Headers not understood (their cells are not imported)."""


def read_applications(path: Path, encoding: str | None = None) -> ApplicationTable:
    """Every application in the file, validated; ImportFailed lists every bad cell."""
    source = Source(path, encoding)
    rows = source.first_table()
    at = None
    for alias in ALIASES["reference"]:
        at = find_header(rows, [alias])
        if at is not None:
            break
    if at is None:
        source.fail("no header row with a Reference column (or 内部编号) in the first 30 "
                    "rows; is this a table of licence applications?")
    header_row, header = rows[at]
    table = ApplicationTable(path.name)
    fields: list[str | None] = []
    for title in header:
        name = _BY_NAME.get(_header_key(title))
        if name is None or name in table.columns:
            fields.append(None)
            if title.strip():
                table.ignored.append(title.strip())
        else:
            fields.append(name)
            table.columns[name] = title.strip()
    problems: list[ImportProblem] = []
    seen: dict[str, int] = {}
    for number, cells in rows[at + 1:]:
        values: dict = {}
        for name, text, title in zip(fields, cells, header, strict=False):
            if name is None:
                continue
            if text[:1] == "'" and text[1:2] in _NEUTRALISED:  # our own export's guard
                text = text[1:]
            try:
                values[name] = _PARSE[name](text) if name in _PARSE else text.strip()
            except ValueError as exc:
                problems.append(ImportProblem(path.name, number, title.strip(), str(exc)))
        reference = values.get("reference", "")
        if not reference:
            if any(values.values()):
                problems.append(ImportProblem(path.name, number, table.columns["reference"],
                                              "the reference is empty"))
            continue
        if reference in seen:
            problems.append(ImportProblem(
                path.name, number, table.columns["reference"],
                f"{reference!r} appears twice (first on row {seen[reference]})"))
            continue
        seen[reference] = number
        values = {k: v for k, v in values.items() if v is not None}
        try:
            app = LicenceApplication(**values)
        except TypeError as exc:  # pragma: no cover - every field is mapped above
            problems.append(ImportProblem(path.name, number, None, str(exc)))
            continue
        for problem in app.problems():
            problems.append(ImportProblem(path.name, number, None, problem))
        table.applications.append(app)
    if problems:
        raise ImportFailed(problems)
    if not table.applications:
        source.fail("has a header but no applications below it", header_row)
    return table
