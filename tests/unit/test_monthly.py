"""The monthly engine against the reference figures of domain.md."""

from datetime import date
from decimal import Decimal

from remonitor.core.monthly import PointKind, monthly_series
from remonitor.core.periods import MonthSpan, parse_span
from remonitor.core.series import Observation


def obs(span: str, value: float, decimals: int = 0, release=date(2026, 1, 20), batch=1):
    return Observation(parse_span(span), Decimal(str(value)), decimals, release, batch)


def by_span(points):
    return {p.span: p for p in points}


def test_march_2025_derived_from_ytd_agrees_with_reported_to_rounding():
    # Jan–Mar 2025 = 8,511 + 5,666.3 = 14,177.3 = 18,962 − 4,785 (domain.md)
    points = by_span(monthly_series([
        obs("2025-01..2025-02", 8511), obs("2025-04", 4785), obs("2025-01..2025-04", 18962),
    ]))
    march = points[MonthSpan.month(2025, 3)]
    assert march.kind is PointKind.DERIVED
    assert march.value == 18962 - 4785 - 8511
    assert abs(march.value - Decimal("5666.3")) <= march.tolerance
    assert [s.span.describe() for s in march.sources] == ["Jan–Apr 2025", "Jan–Feb 2025",
                                                           "Apr 2025"]


def test_reported_month_wins_over_derivation():
    points = by_span(monthly_series([
        obs("2025-01..2025-02", 8511), obs("2025-03", 5666.3, 1), obs("2025-04", 4785),
        obs("2025-01..2025-04", 18962),
    ]))
    assert points[MonthSpan.month(2025, 3)].kind is PointKind.REPORTED
    assert points[MonthSpan.month(2025, 3)].value == Decimal("5666.3")


def test_q4_2025_is_annual_minus_jan_to_sep():
    months = [obs(f"2025-{m:02d}", 5000) for m in range(3, 10)]
    points = by_span(monthly_series([
        obs("2025-01..2025-02", 8511), *months, obs("2025-01..2025-09", 48355.7, 1),
        obs("2025", 62580, -1),
    ]))
    q4 = points[MonthSpan.months(2025, 10, 12)]
    assert q4.kind is PointKind.DERIVED
    assert q4.value == Decimal("14224.3")  # exact: never 14224.300000000003
    assert str(q4.value) == "14224.3"
    assert q4.decimals == -1
    assert q4.figures == "62,580 − 48,355.7"


def test_jan_feb_stays_one_bucket_unless_split_reported():
    assert monthly_series([obs("2025-01..2025-02", 8511)])[0].span == MonthSpan.months(2025, 1, 2)
    split = monthly_series([obs("2025-01..2025-02", 8511), obs("2025-01", 4000)])
    assert [p.span for p in split] == [MonthSpan.month(2025, 1), MonthSpan.month(2025, 2)]
    assert split[1].value == 4511 and split[1].kind is PointKind.DERIVED


def test_newest_release_wins_whatever_the_import_order():
    newer = obs("2025-08", 5800, release=date(2025, 10, 20), batch=1)
    older = obs("2025-08", 5792, release=date(2025, 9, 9), batch=2)
    assert monthly_series([newer, older])[0].value == 5800


def test_precision_is_inherited_from_the_coarsest_figure():
    points = by_span(monthly_series([obs("2024-01..2024-05", 24266.5, 1), obs("2024", 55400, -2)]))
    rest = points[MonthSpan.months(2024, 6, 12)]
    assert rest.decimals == -2
    assert rest.tolerance == Decimal("50.05")
