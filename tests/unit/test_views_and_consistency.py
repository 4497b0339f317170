"""Derived views and the consistency check: domain.md's figures, then property tests."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from remonitor.core.consistency import change_agrees, check_figures, mismatches
from remonitor.core.monthly import monthly_series
from remonitor.core.periods import MonthSpan, parse_span
from remonitor.core.series import Observation
from remonitor.core.views import month_on_month, rolling_12, year_on_year, ytd_against_prior
from remonitor.importers.long_table import parse_long_table
from remonitor.resources import resource

pytestmark = pytest.mark.both_backends

RELEASE = date(2026, 3, 20)


def obs(span, value, decimals=0, release=RELEASE, batch=1):
    return Observation(parse_span(span) if isinstance(span, str) else span,
                       Decimal(str(value)), decimals, release, batch)


@pytest.fixture(scope="module")
def reference():
    rows = parse_long_table(resource("reference", "observations.csv"))
    return [Observation(r.span, r.value, r.decimals, RELEASE, 1) for r in rows]


def by_span(points):
    return {p.span: p for p in points}


def test_reference_figures_agree_within_their_rounding(reference):
    checks = check_figures(reference)
    jan_jul = [c for c in checks if c.span == MonthSpan.months(2025, 1, 7)]
    # Jan–Jul 38,563.6 against H1 32,569 + July 5,994.3 = 38,563.3: rounding, not a mismatch.
    assert any(c.computed == Decimal("38563.3") and c.consistent for c in jan_jul)
    jan_aug = [c for c in checks if c.span == MonthSpan.months(2025, 1, 8)]
    assert any(c.computed == Decimal("44355.6") and c.consistent for c in jan_aug)
    assert mismatches(reference) == []


def test_a_corrupted_reference_figure_is_flagged(reference):
    bad = [o if o.span != MonthSpan.month(2025, 7) else obs("2025-07", 5894.3, 1)
           for o in reference]
    flagged = mismatches(bad)
    assert flagged and all(any(f.span == MonthSpan.month(2025, 7) for f in c.figures)
                           for c in flagged)
    assert "does NOT agree" in flagged[0].explain()


def test_reported_percentage_changes():
    before, now = obs("2024", 55400, -2), obs("2025", 62580, -1)
    assert change_agrees(Decimal("12.9"), 1, now, before)  # 62,580 / 55,400 = +13.0 %
    assert not change_agrees(Decimal(15), 1, now, before)  # no figure supports +15 %
    april, may = obs("2025-04", 4785), obs("2025-05", 5864.6, 1)
    assert change_agrees(Decimal(23), 0, may, april)  # seed 002: +23 % m/m


def test_views_on_the_reference_dataset(reference):
    points = monthly_series(reference)
    mm = by_span(month_on_month(points))
    assert mm[MonthSpan.month(2025, 5)].value == (Decimal("5864.6") / 4785 - 1) * 100
    march = mm[MonthSpan.month(2025, 3)]
    assert march.value is None and "Jan–Feb" in march.why
    yy = by_span(year_on_year(points))
    jan_feb_2025 = yy[MonthSpan.months(2025, 1, 2)]
    assert jan_feb_2025.value == (Decimal(8511) / 8774 - 1) * 100  # reported −3 %
    assert round(jan_feb_2025.value) == -3
    assert yy[MonthSpan.months(2026, 1, 2)].value == (Decimal(10460) / 8511 - 1) * 100
    assert round(yy[MonthSpan.months(2026, 1, 2)].value) == 23        # reported +23 %
    ytd = by_span(ytd_against_prior(points))
    may_ytd = ytd[MonthSpan.months(2025, 1, 5)]
    assert round(may_ytd.value, 1) == Decimal("2.3")  # seed 002: +2.3 % y/y
    rolling = by_span(rolling_12(points))
    year = rolling[MonthSpan(MonthSpan.month(2025, 1).first, MonthSpan.month(2025, 12).last)]
    assert year.value == Decimal("62579.8")  # the months' sum: 62,580 to its rounding


# -- property tests ---------------------------------------------------------------------

YEARS = (2023, 2024)


@st.composite
def publications(draw):
    """True monthly figures for two years, published as a random mix of single months,
    Jan–Feb, YTD cumulatives and annual totals, each rounded to a random precision."""
    truth = {MonthSpan.month(y, m).first: Decimal(draw(st.integers(1000, 90000))) / 10
             for y in YEARS for m in range(1, 13)}
    published = []
    for year in YEARS:
        for month in range(1, 13):
            kinds = draw(st.lists(st.sampled_from(["month", "ytd", "none"]), min_size=1,
                                  max_size=2, unique=True))
            span = None
            if month == 2 and "month" in kinds:
                span = MonthSpan.months(year, 1, 2)
            elif month >= 3 and "month" in kinds:
                span = MonthSpan.month(year, month)
            for s in filter(None, [span, MonthSpan.months(year, 1, month) if "ytd" in kinds
                                   and month >= 2 else None]):
                value = sum(truth[i] for i in range(s.first, s.last + 1))
                decimals = draw(st.sampled_from([1, 0, -1]))
                published.append(Observation(s, round(value, decimals), decimals, RELEASE, 1))
    return truth, published


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(publications())
def test_the_engine_recovers_every_month_within_the_published_precision(data):
    truth, published = data
    for point in monthly_series(published):
        true = sum(truth[i] for i in range(point.span.first, point.span.last + 1))
        assert abs(point.value - true) <= point.tolerance, (point.span, point.explain())


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(publications(), st.data())
def test_the_check_flags_corruption_beyond_precision_and_nothing_else(data, draw):
    _, published = data
    assert mismatches(published) == []  # honest rounding is never flagged
    checks = check_figures(published)
    checked = [o for c in checks for o in c.figures]
    if not checked:
        return
    victim = draw.draw(st.sampled_from(checked))
    worst = max(c.tolerance for c in checks if victim in c.figures)
    corrupted = Observation(victim.span, victim.value + 3 * worst + 10, victim.decimals,
                            RELEASE, 1)
    bad = [corrupted if o is victim else o for o in published]
    flagged = mismatches(bad)
    assert flagged and all(any(f.span == victim.span for f in c.figures) for c in flagged)
