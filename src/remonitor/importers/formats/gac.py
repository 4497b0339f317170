"""China Customs (GAC) online-query exports (数据在线查询)."""

from __future__ import annotations

import re

from remonitor.core.series import Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key, record
from remonitor.importers.periods import parse_period
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "GAC"
UNITS = {"千克": "kg", "吨": "t", "克": "g", "个": "pieces", "件": "pieces", "台": "units"}
CURRENCY = {"人民币": "CNY", "美元": "USD"}


def flow_from_name(name: str) -> Flow | None:
    """The query export does not say its flow; the desk's file names usually do."""
    lowered = name.lower()
    if "出口" in name or re.search(r"(^|[^a-z])(out|export|exports|exp)([^a-z]|$)", lowered):
        return Flow.EXPORT
    if "进口" in name or re.search(r"(^|[^a-z])(in|import|imports|imp)([^a-z]|$)", lowered):
        return Flow.IMPORT
    m = re.search(r"\d{4}(in|out)\b", lowered)
    if m:
        return Flow.EXPORT if m.group(1) == "out" else Flow.IMPORT
    return None


class GacQuery(FileFormat):
    name = "gac-query"
    label = QT_TRANSLATE_NOOP("Formats", "China Customs online-query export (数据在线查询)")
    known_words = ("数据年月", "贸易伙伴编码", "贸易伙伴名称", "商品编码", "商品名称",
                   "第一数量", "第一计量单位", "人民币")

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        flow = options.flow or flow_from_name(source.path.stem)
        if flow is None:
            source.fail("does not say whether it holds imports or exports; choose the flow "
                        "(--flow export|import, or in the import dialog)")
        rows = source.csv_rows(",")
        h = self.header(source, rows, ["数据年月", "商品编码", "第一数量"])
        names = rows[h][1]
        col = {name: i for i, name in enumerate(names) if name}
        currency_col = next((c for c in CURRENCY if c in col), None)
        if currency_col is None:
            source.fail("has no value column (人民币 or 美元)", row=rows[h][0])
        for number, cells in rows[h + 1:]:
            plan.rows_read += 1
            get = record(col, cells)
            try:
                span = parse_period(get["数据年月"])
            except ValueError as exc:
                plan.error(number, "数据年月", str(exc))
                continue
            partner_code = get.get("贸易伙伴编码", "")
            # The code, with the name the file gives (checked against the country table).
            partner = f"GAC:{partner_code}:{get.get('贸易伙伴名称', '')}" if partner_code \
                else "WLD"
            product = get["商品编码"]
            label = Label("", get.get("商品名称", ""))
            base = (flow, "CHN", partner, product)
            unit_text = get.get("第一计量单位", "")
            unit = UNITS.get(unit_text)
            if unit is None:
                plan.error(number, "第一计量单位", f"unknown unit {unit_text!r}")
            else:
                add_figure(plan, number, "第一数量", get["第一数量"],
                           key(*base, Measure.QUANTITY, unit, SOURCE), span, label=label)
            # The second quantity is "0" with a literal "?" unit in these exports: not data.
            if get.get("第二计量单位", "?") not in ("?", "") and get.get("第二数量", "0") != "0":
                plan.skip("second quantity (not stored)")
            add_figure(plan, number, currency_col, get[currency_col],
                       key(*base, Measure.VALUE, CURRENCY[currency_col], SOURCE), span,
                       label=label)
        plan.warn(None, None, "months without trade are absent from GAC query exports, "
                              "not zero: gaps are left as gaps")
