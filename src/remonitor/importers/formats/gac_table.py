"""GAC's monthly "exports of major commodities" table (全国出口重点商品量值表).

Two header rows: the period of each column pair (``5月`` / ``1至5月`` / ``1-5月`` or ``May`` /
``Jan-May``; merged cells) and 数量 / 金额 (quantity / amount). The title gives the year
and month and whether amounts are in RMB or USD; a unit line gives their scale (亿元, 万元,
百万美元 …). Current-month columns become months, cumulative columns YTD observations, and
the y/y % columns are kept as notes (they are claims the consistency check tests, not data).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from remonitor.core.figures import change_text, from_text
from remonitor.core.periods import MonthSpan
from remonitor.core.series import WORLD, Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key
from remonitor.importers.periods import parse_period
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source

SOURCE = "GAC"


# GAC's headline names → the series the bundled dataset already holds.
PRODUCTS = {"稀土": "rare earths (GAC headline)", "rare earths": "rare earths (GAC headline)",
            "rare earth": "rare earths (GAC headline)"}
QUANTITY_UNITS = {"吨": ("t", 1), "万吨": ("t", 10**4), "千克": ("kg", 1), "公斤": ("kg", 1),
                  "tons": ("t", 1), "tonnes": ("t", 1), "ton": ("t", 1),
                  "10k tons": ("t", 10**4), "kg": ("kg", 1)}
AMOUNT_SCALES = [("百万美元", "USD", 10**6), ("千美元", "USD", 10**3), ("万美元", "USD", 10**4),
                 ("亿美元", "USD", 10**8), ("美元", "USD", 1), ("亿元", "CNY", 10**8),
                 ("万元", "CNY", 10**4), ("千元", "CNY", 10**3), ("元", "CNY", 1),
                 ("usd million", "USD", 10**6), ("million usd", "USD", 10**6),
                 ("usd 10 thousand", "USD", 10**4), ("cny 100 million", "CNY", 10**8),
                 ("rmb 100 million", "CNY", 10**8), ("cny 10 thousand", "CNY", 10**4)]
_QTY = ("数量", "quantity")
_AMOUNT = ("金额", "value", "amount")
_CHANGE = ("±%", "同比", "y/y", "yoy", "比去年同期", "%")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


class GacMajorCommodities(FileFormat):
    name = "gac-major-commodities"
    label = QT_TRANSLATE_NOOP("Formats", "GAC major commodities table (重点商品量值表)")
    suffixes = (".csv", ".txt", ".xlsx", ".xls")

    def sniff(self, source: Source) -> float:
        from remonitor.importers.formats.base import header_text

        head = _norm(header_text(source))
        hits = sum(w in head for w in ("商品名称", "计量单位", "数量", "金额"))
        english = sum(w in head for w in ("commodity", "unit", "quantity", "value"))
        title = "重点商品" in head or "主要商品" in head or "major" in head
        return 0.95 if title and max(hits, english) >= 3 else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        if source.is_workbook:
            rows = source.sheet_rows(options.sheet or source.sheet_names[0])
        else:
            rows = source.csv_rows()
        title = " ".join(" ".join(c for c in cells if c) for _, cells in rows[:3])
        flow = options.flow or (Flow.IMPORT if ("进口" in title or "import" in title.lower())
                                else Flow.EXPORT)
        year_match = re.search(r"((?:19|20)\d{2})", title)
        if year_match is None:
            source.fail("the title does not give the year (e.g. 2025年5月…)", row=rows[0][0])
        year = int(year_match.group(1))
        currency, scale, amount_unit = self._amount_unit(source, rows)
        h = next((i for i, (_, cells) in enumerate(rows[:15])
                  if any(_norm(c) in _QTY for c in cells)), None)
        if h is None or h == 0:
            source.fail("has no header row with 数量/金额 (quantity/value)")
        periods_row, kinds_row = rows[h - 1][1], rows[h][1]
        columns = self._columns(source, plan, periods_row, kinds_row, year, rows[h - 1][0])
        name_col = 0
        unit_col = next((i for i, c in enumerate(periods_row)
                         if _norm(c) in ("计量单位", "单位", "unit")), 1)
        for number, cells in rows[h + 1:]:
            name = cells[name_col].strip() if cells else ""
            if not name or name.startswith(("注", "note", "Note", "*")):
                plan.skip("note or empty line")
                continue
            plan.rows_read += 1
            product = PRODUCTS.get(_norm(name), name)
            label = Label("", name)
            unit_text = _norm(cells[unit_col]) if unit_col < len(cells) else ""
            quantity_unit = QUANTITY_UNITS.get(unit_text)
            stated: list[tuple[str, MonthSpan, str]] = []
            added: dict[tuple[str, MonthSpan], int] = {}
            for i, (kind, span) in columns.items():
                text = cells[i] if i < len(cells) else ""
                if kind.startswith("change"):
                    if text.strip() and text.strip() not in ("-", "—"):
                        stated.append(("qty" if kind.endswith("qty") else "amount", span,
                                       text.strip()))
                    continue
                before = len(plan.observations)
                if kind == "qty":
                    if quantity_unit is None:
                        if text.strip() and text.strip() not in ("-", "—"):
                            plan.warn(number, periods_row[unit_col] or "unit",
                                      f"unit {unit_text!r} not known; quantity not stored")
                        continue
                    unit, factor = quantity_unit
                    series = key(flow, "CHN", WORLD, product, Measure.QUANTITY, unit, SOURCE)
                    add_figure(plan, number, f"{periods_row[i] or span} 数量", text, series,
                               span, scale=factor, group="quantity", unit_from=unit_text,
                               label=label)
                else:
                    series = key(flow, "CHN", WORLD, product, Measure.VALUE, currency, SOURCE)
                    add_figure(plan, number, f"{periods_row[i] or span} 金额", text, series,
                               span, scale=scale, group="value", unit_from=amount_unit,
                               label=label)
                if len(plan.observations) > before:
                    added[(kind, span)] = len(plan.observations) - 1
            for kind, span, text in stated:
                # The change a table states is kept with the figure it speaks of — the same
                # measure, the same span — where Check… reads it.
                at = added.get((kind, span))
                if at is None:
                    plan.warn(number, None, f"a stated change of {text}% for {span} has no "
                                            "figure beside it; not kept")
                    continue
                held = plan.observations[at]
                stated_value, places = from_text(text.replace("−", "-"))
                change = f"{change_text(stated_value / 100, places)} y/y"
                plan.observations[at] = replace(held, note="; ".join(
                    n for n in (held.note, change) if n))

    def _amount_unit(self, source: Source, rows) -> tuple[str, int, str]:
        text = _norm(" ".join(" ".join(cells) for _, cells in rows[:6]))
        currency_hint = "USD" if ("美元值" in text or "us dollar" in text or "usd" in text) \
            else "CNY" if ("人民币" in text or "rmb" in text or "cny" in text) else None
        for word, currency, scale in AMOUNT_SCALES:
            if word in text:
                return currency, scale, word
        if currency_hint:
            return currency_hint, 1, currency_hint
        source.fail("does not say the unit of its amounts (e.g. 单位：万美元 or 亿元)")
        raise AssertionError  # unreachable

    def _columns(self, source, plan, periods_row, kinds_row, year, row_number):
        """Column index → (kind, span): the period cells are merged, so fill them forward."""
        columns = {}
        current = ""
        change_block = False
        last_span = None
        for i, kind_text in enumerate(kinds_row):
            label = periods_row[i] if i < len(periods_row) else ""
            if label.strip():
                current = label.strip()
                change_block = any(c in _norm(current) for c in _CHANGE)
            kind = _norm(kind_text)
            if kind not in _QTY and kind not in _AMOUNT:
                continue
            period_text = re.sub(r"(累计|比去年同期|±%|同比|y/y|%|\(.*\))", "",
                                 current).strip()
            if not period_text and change_block and last_span is not None:
                # "累计比去年同期±%" names no period: it is the change of the cumulative
                # figures just before it.
                span = last_span
            else:
                try:
                    span = parse_period(period_text or current, year=year)
                except ValueError as exc:
                    plan.error(row_number, current, str(exc))
                    continue
            if not change_block:
                last_span = span
            base = "qty" if kind in _QTY else "amount"
            columns[i] = (f"change-{base}" if change_block else base, span)
        if not any(k in ("qty", "amount") for k, _ in columns.values()):
            source.fail("no quantity or amount columns under a period heading", row=row_number)
        return columns
