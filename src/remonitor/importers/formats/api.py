"""The answers of the live sources, saved as they came: the UN Comtrade API's JSON and
Eurostat Comext's JSON-stat. They are read like any file — the same plan, checks and
commit — so every rule of identity, vintages and precision holds for what arrives online.

A Comtrade API record has the Comtrade+ download's columns (the download *is* the API's
answer as CSV): it is read by the same code. A Comext answer is a JSON-stat 2.0 cube:
dimensions (freq, reporter, partner, product, flow, indicators, time), their codes in order,
and the cells numbered row-major (the last dimension fastest); ``updated`` is the dataset's
last update, the release of every figure in it.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from remonitor.core.series import Flow, Label, Measure
from remonitor.core.text import QT_TRANSLATE_NOOP
from remonitor.importers.formats.base import FileFormat, ImportOptions, add_figure, key
from remonitor.importers.formats.comtrade_plus import NEEDED, ComtradePlus
from remonitor.importers.periods import parse_period
from remonitor.importers.plan import ImportPlan
from remonitor.importers.source import Source, cell_text


def _load(source: Source) -> object:
    try:
        return json.loads(source.text)
    except json.JSONDecodeError as exc:
        source.fail(f"is not valid JSON (cut off?): {exc.msg}", row=exc.lineno)


class ComtradeApi(FileFormat):
    name = "comtrade-api-json"
    label = QT_TRANSLATE_NOOP("Formats", "UN Comtrade API answer (JSON)")
    known_words = ("reporterCode", "cmdCode", "primaryValue", "flowCode")
    suffixes = (".json",)

    def sniff(self, source: Source) -> float:
        if source.path.suffix.lower() != ".json":
            return 0.0
        head = source.head_text[:4000]
        return 0.95 if ('"data"' in head and all(w in head for w in self.known_words)) or (
            head.lstrip().startswith("{") and '"data"' in head and '"count"' in head
            and '"elapsedTime"' in head) else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        import pandas as pd

        answer = _load(source)
        if not isinstance(answer, dict) or not isinstance(answer.get("data"), list):
            source.fail("is not a UN Comtrade API answer (no data list)")
        if answer.get("error"):
            source.fail(f"the API answered with an error: {str(answer['error'])[:200]}")
        records = answer["data"]
        if not records:
            plan.skip("no record for this query")
            return
        frame = pd.DataFrame([{name: cell_text(r.get(name)) if isinstance(r, dict) else ""
                               for name in NEEDED} for r in records], dtype=object)
        ComtradePlus()._chunk(frame, plan)


INDICATORS = {"VALUE_IN_EUROS": (Measure.VALUE, "EUR"),
              "QUANTITY_IN_100KG": (Measure.QUANTITY, "100 kg")}
"""Comext's indicators remonitor keeps (supplementary units are left out)."""
COMEXT_FLOWS = {"1": Flow.IMPORT, "2": Flow.EXPORT}
SOURCE = "Eurostat Comext"


def _codes(dimension: dict) -> list[str]:
    """A JSON-stat dimension's codes in order (its index is a list, or code → position)."""
    index = dimension.get("category", {}).get("index", {})
    if isinstance(index, list):
        return [str(c) for c in index]
    return [c for c, _ in sorted(index.items(), key=lambda item: item[1])]


def updated_day(cube: dict) -> date | None:
    """The dataset's last update (``2026-11-14T23:00:00+0100``), as a day."""
    return day_of(str(cube.get("updated", "")))


def day_of(text: str) -> date | None:
    """An API's time stamp (``2026-11-14T23:00:00+0100``, ``…Z``) as its day."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None


class ComextJsonStat(FileFormat):
    name = "comext-json-stat"
    label = QT_TRANSLATE_NOOP("Formats", "Eurostat Comext API answer (JSON-stat)")
    known_words = ("indicators", "reporter", "partner", "product")
    suffixes = (".json",)

    def sniff(self, source: Source) -> float:
        if source.path.suffix.lower() != ".json":
            return 0.0
        head = source.head_text[:4000]
        return 0.95 if '"dimension"' in head and '"id"' in head and all(
            w in head for w in self.known_words) else 0.0

    def plan(self, source: Source, plan: ImportPlan, options: ImportOptions) -> None:
        cube = _load(source)
        if not isinstance(cube, dict) or cube.get("class", "dataset") != "dataset":
            source.fail("is not a JSON-stat dataset")
        ids, sizes = cube.get("id"), cube.get("size")
        dims = cube.get("dimension", {})
        needed = ("reporter", "partner", "product", "flow", "indicators", "time")
        if not isinstance(ids, list) or not isinstance(sizes, list) or len(ids) != len(sizes) \
                or any(n not in ids for n in needed):
            source.fail(f"the cube lacks dimensions: it needs {', '.join(needed)}")
        codes = [_codes(dims.get(d, {})) for d in ids]
        if [len(c) for c in codes] != [int(s) for s in sizes]:
            source.fail("the cube's sizes and its dimensions' codes disagree (cut off?)")
        plan.release_date = updated_day(cube) or plan.release_date
        if plan.release_date:
            plan.release_note = "(the dataset's last update, in the answer)"
        values = cube.get("value", {})
        cells = values.items() if isinstance(values, dict) else enumerate(values)
        total = 1
        for s in sizes:
            total *= int(s)
        strides, step = [], 1
        for s in reversed(sizes):
            strides.insert(0, step)
            step *= int(s)
        at = {name: ids.index(name) for name in needed}
        labels = dims.get("product", {}).get("category", {}).get("label", {})
        for flat_text, raw in cells:
            flat = int(flat_text)
            plan.rows_read += 1
            if not 0 <= flat < total:
                plan.error(flat, "value", f"cell {flat} is outside the cube ({total} cells)")
                continue
            if raw is None:
                plan.skip("empty cell (not published)")
                continue
            position = [(flat // stride) % int(size) for stride, size in zip(strides, sizes,
                                                                              strict=True)]
            pick = {name: codes[i][position[i]] for name, i in at.items()}
            measure_unit = INDICATORS.get(pick["indicators"])
            flow = COMEXT_FLOWS.get(pick["flow"])
            if measure_unit is None or flow is None:
                plan.skip(f"indicator {pick['indicators']} / flow {pick['flow']} not kept")
                continue
            try:
                span = parse_period(pick["time"])
            except ValueError as exc:
                plan.error(flat, "time", str(exc))
                continue
            product = pick["product"]
            add_figure(plan, flat, "value", cell_text(raw),
                       key(flow, f"GEO:{pick['reporter']}", f"GEO:{pick['partner']}",
                           product, measure_unit[0], measure_unit[1], SOURCE), span,
                       label=Label("CN8" if len(product) == 8 else "HS",
                                   str(labels.get(product, ""))))
