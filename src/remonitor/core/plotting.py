"""What one series looks like on the chart in a view: the points to draw, each with its
exact figure and how it was obtained. No Qt here; the chart widget only draws these.

Views: level (a multi-month bucket drawn at its monthly average, the tooltip giving the
total), y/y %, m/m %, YTD against prior YTD %, 12-month rolling sum, and an index (=100 at
a chosen month) that puts series of different units on one axis. A log axis drops zero
and negative values and says how many.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import partial

from remonitor.core.figures import change_text, exact_text, figure_text
from remonitor.core.monthly import MonthlyPoint, PointKind
from remonitor.core.periods import MonthSpan, month_label
from remonitor.core.text import label, translate, word
from remonitor.core.views import month_on_month, rolling_12, year_on_year, ytd_against_prior

VIEWS = {"level": "Level", "yoy": "y/y %", "mom": "m/m %", "ytd": "YTD vs prior YTD %",
         "rolling": "12-month rolling sum", "index": "Index (=100 at a month)"}
PERCENT_VIEWS = ("yoy", "mom", "ytd")
def view_name(view: str) -> str:
    """A view's name in the window's language."""
    return word(VIEWS[view])


@dataclass(frozen=True, slots=True)
class PlotPoint:
    span: MonthSpan
    """Where it is drawn."""
    value: Decimal
    derived: bool
    detail: str | Callable[[], str]
    """The tooltip, or how to write it when asked (thousands of points are drawn; few are
    hovered)."""

    @property
    def text(self) -> str:
        """The tooltip: exact figure, reported or derived from what, source file and release."""
        return self.detail if isinstance(self.detail, str) else self.detail()


@dataclass(frozen=True, slots=True)
class Plotted:
    points: list[PlotPoint]
    axis_unit: str
    """What the y axis measures: ``t per month``, ``%``, ``index``; series sharing it
    share an axis."""
    notes: list[str] = field(default_factory=list)
    """What was left out, and why (shown under the chart, never silently dropped)."""
    columns: PointColumns = field(init=False, repr=False, compare=False)
    """The points as the chart lays them out, made where the points are (on a worker)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", PointColumns.of(self.points))


@dataclass(frozen=True, slots=True)
class PointColumns:
    """Each point's months, height and kind as flat columns: what the chart draws from.
    The chart of 20 lines laid out 4,000 points one by one on the GUI thread, 8-10 ms of
    a 28 ms show; it makes arrays of these at C speed."""

    first: tuple[int, ...]
    last: tuple[int, ...]
    height: tuple[float, ...]
    """The figure as a float: where it is drawn, never a figure anyone reads (the one place
    exact decimals become floats)."""
    derived: tuple[bool, ...]

    @classmethod
    def of(cls, points: list[PlotPoint]) -> PointColumns:
        return cls(tuple(p.span.first for p in points), tuple(p.span.last for p in points),
                   tuple(map(float, (p.value for p in points))),
                   tuple(p.derived for p in points))




def describe_point(point: MonthlyPoint, unit: str, ratio: bool = False) -> str:
    """The exact figure, how it was obtained, and where it came from."""
    lines = [f"{point.span.describe()}: {exact_text(point.value, point.decimals)} {unit}"]
    if ratio:
        lines.append(translate("Plotting", "value ÷ quantity of the same period"))
    elif point.span.length > 1:
        lines.append(translate("Plotting", "{n} months together; drawn at {average} {unit} "
                               "a month").format(n=point.span.length, unit=unit,
                                                 average=figure_text(point.monthly_average, 1)))
    lines.append(point.explain())
    if point.kind is PointKind.DERIVED:
        lines.append(translate("Plotting", "= {figures}  (±{tolerance} {unit} from "
                               "rounding)").format(figures=point.figures, unit=unit,
                                                   tolerance=figure_text(point.tolerance, 1)))
    seen = set()
    for source in point.sources:
        line = translate("Plotting", "{span}: {file}, released {date}").format(
            span=source.span.describe(),
            file=(source.source_file or translate("Plotting", "no file")) + (
                f" ({source.label.edition})" if source.label.edition else ""),
            date=source.released_text())
        if line not in seen:
            seen.add(line)
            lines.append(line)
    if point.sources and point.sources[0].note:
        lines.append(point.sources[0].note)
    return "\n".join(lines)


def _describe_view(v, view: str, unit: str) -> str:
    if view == "rolling":
        decimals = min((p.decimals for p in v.parts), default=0)
        head = f"{v.span.describe()}: {figure_text(v.value, decimals)} {unit}"
    else:
        head = f"{v.span.describe()}: {change_text(v.value / 100)} ({view_name(view)})"
    parts = "; ".join(f"{p.span.describe()} {figure_text(p.value, p.decimals)} "
                      f"({label(p.kind)})" for p in v.parts[:14])
    return translate("Plotting", "{head}\nfrom {parts}").format(head=head, parts=parts)


def _indexed(head: str, value: float, point: MonthlyPoint, unit: str,
             ratio: bool = False) -> str:
    return f"{head}: {figure_text(value, 1)}\n" + describe_point(point, unit, ratio)


def base_bucket(points: list[MonthlyPoint], month: int | None) -> MonthlyPoint | None:
    """The bucket an index is based on: the one holding ``month``, else the first."""
    if not points:
        return None
    if month is None:
        return points[0]
    return next((p for p in points if p.span.first <= month <= p.span.last), None)


def plot_points(points: list[MonthlyPoint], view: str, unit: str,
                base_month: int | None = None, ratio: bool = False) -> Plotted:
    """The points of one series in one view, in time order. A ``ratio`` (unit value) is
    never divided by its months nor summed over them: a year's USD/kg is the year's."""
    if ratio:
        return _ratio_points(points, view, unit, base_month)
    if view == "level":
        return Plotted([PlotPoint(p.span, p.monthly_average, p.kind is PointKind.DERIVED,
                                  partial(describe_point, p, unit)) for p in points],
                       translate("Plotting", "{unit} per month").format(unit=unit))
    if view == "index":
        base = base_bucket(points, base_month)
        if base is None or base.monthly_average == 0:
            at = month_label(base_month) if base_month is not None else \
                translate("Plotting", "the first month")
            return Plotted([], "index", [translate(
                "Plotting", "no figure at {month} to base an index on").format(month=at)])
        scale = 100 / base.monthly_average
        head = translate("Plotting", "index, {span} = 100").format(span=base.span.describe())
        return Plotted([PlotPoint(p.span, p.monthly_average * scale,
                                  p.kind is PointKind.DERIVED,
                                  partial(_indexed, head, p.monthly_average * scale, p, unit))
                        for p in points], "index")
    compute = {"yoy": year_on_year, "mom": month_on_month, "ytd": ytd_against_prior,
               "rolling": rolling_12}[view]
    out, undefined = [], 0
    for v in compute(points):
        if v.value is None:
            undefined += 1
            continue
        derived = any(p.kind is PointKind.DERIVED for p in v.parts)
        at = v.span if view in ("yoy", "mom") else MonthSpan(v.span.last, v.span.last)
        out.append(PlotPoint(at, v.value, derived, partial(_describe_view, v, view, unit)))
    notes = [UNDEFINED[view]().format(n=undefined, view=view_name(view))] if undefined else []
    return Plotted(out, "%" if view in PERCENT_VIEWS else
                   translate("Plotting", "{unit} (12-month sum)").format(unit=unit), notes)


UNDEFINED = {
    "yoy": lambda: translate("Plotting", "{n} period(s) where {view} is not defined: no "
                             "figure for the same months a year before"),
    "mom": lambda: translate("Plotting", "{n} period(s) where {view} is not defined: a "
                             "bucket of several months (Jan–Feb), or no figure the month "
                             "before"),
    "ytd": lambda: translate("Plotting", "{n} period(s) where {view} is not defined: a "
                             "month of the year, or of the same months a year before, is "
                             "not known"),
    "rolling": lambda: translate("Plotting", "{n} period(s) where {view} is not defined: a "
                                 "month of the 12 is not known"),
}
"""Why a view leaves periods out, said for that view (m/m's reason is not y/y's)."""


def _ratio_points(points: list[MonthlyPoint], view: str, unit: str,
                  base_month: int | None) -> Plotted:
    if view in ("ytd", "rolling"):
        return Plotted([], unit, [translate(
            "Plotting", "{view} is not defined for a unit value (it is a ratio, not a flow "
            "to add up)").format(view=view_name(view))])
    if view == "level":
        return Plotted([PlotPoint(p.span, p.value, p.kind is PointKind.DERIVED,
                                  partial(describe_point, p, unit, True)) for p in points],
                       unit)
    if view == "index":
        base = base_bucket(points, base_month)
        if base is None or base.value == 0:
            return Plotted([], "index", [translate("Plotting",
                                                   "no unit value at the base month")])
        head = translate("Plotting", "index, {span} = 100").format(span=base.span.describe())
        return Plotted([PlotPoint(p.span, p.value / base.value * 100,
                                  p.kind is PointKind.DERIVED,
                                  partial(_indexed, head, p.value / base.value * 100, p, unit,
                                          True)) for p in points], "index")
    # y/y and m/m of a ratio: against the same bucket a year (a month) before, only.
    by_span = {p.span: p for p in points}
    out, undefined = [], 0
    for p in points:
        before = by_span.get(p.span.shifted_years(-1) if view == "yoy" else
                             MonthSpan(p.span.first - 1, p.span.first - 1))
        if before is None or before.value == 0 or (view == "mom" and p.span.length > 1):
            undefined += 1
            continue
        pct = (p.value / before.value - 1) * 100
        out.append(PlotPoint(p.span, pct, PointKind.DERIVED in (p.kind, before.kind),
                             translate("Plotting", "{span}: {pct} % ({view})\nfrom {now} and "
                                       "{before} {unit}").format(
                                 span=p.span.describe(), pct=f"{pct:+.1f}",
                                 view=view_name(view), now=figure_text(p.value, p.decimals),
                                 before=figure_text(before.value, before.decimals), unit=unit)))
    notes = [translate("Plotting", "{n} period(s) without the same bucket before").format(
        n=undefined)] if undefined else []
    return Plotted(out, "%", notes)


def log_safe(plotted: Plotted) -> Plotted:
    """Only what a log axis can show: values above zero; the rest counted in a note."""
    kept = [p for p in plotted.points if p.value > 0]
    dropped = len(plotted.points) - len(kept)
    if not dropped:
        return plotted
    return replace(plotted, points=kept, notes=[
        *plotted.notes, translate("Plotting", "{n} value(s) at or below zero are not drawn on "
                                  "a log axis").format(n=dropped)])


def latest_figure(source: str, points: list[MonthlyPoint], unit: str) -> str:
    """'GAC Oct 2025: 5,792 t, −3.2% y/y' — the newest bucket, for the status bar."""
    if not points:
        return translate("Plotting", "{source}: no figures").format(source=source)
    last = points[-1]
    text = f"{source} {last.span.describe()}: {figure_text(last.value, last.decimals)} {unit}"
    change = year_on_year(points)[-1]
    if change.value is not None:
        text += translate("Plotting", ", {change}% y/y").format(
            change=f"{change.value:+.1f}".replace("-", "−"))
    return text
