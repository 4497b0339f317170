"""The chart's engine without Qt: units and rates, unit value, index and log guards, the
top-partner view, and the changes releases state beside their figures."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from remonitor.core.consistency import stated_changes
from remonitor.core.figures import figure_text
from remonitor.core.monthly import PointKind, monthly_series
from remonitor.core.partners import REST, top_partners
from remonitor.core.periods import MonthSpan, month_index, parse_span
from remonitor.core.plotting import log_safe, plot_points
from remonitor.core.series import Observation
from remonitor.core.units import (
    ConversionError,
    RateTable,
    Unit,
    conversion,
    convert,
    unit_value,
)
from remonitor.importers.long_table import parse_long_table
from remonitor.resources import country_table, resource

RELEASE = date(2026, 3, 20)


def obs(span, value, decimals=0, note=""):
    return Observation(parse_span(span), Decimal(str(value)), decimals, RELEASE, 1, "f.csv",
                       note)


@pytest.fixture(scope="module")
def reference():
    rows = parse_long_table(resource("reference", "observations.csv"))
    return [Observation(r.span, r.value, r.decimals, RELEASE, 1, "ref", r.note) for r in rows]


def test_units_parse_and_convert_mass_by_a_named_factor():
    assert Unit.parse("thousand USD") == Unit("USD", 1e3) == Unit.parse("USD 1000")
    assert str(Unit.parse("million CNY")) == "million CNY"
    how = conversion(Unit("t"), Unit("kg"))
    points, missing = convert(monthly_series([obs("2025-05", 5864.6, 1)]), how)
    assert points[0].value == 5_864_600 and points[0].decimals == -2
    assert not missing and "×1,000" in how.describe()


def test_currency_converts_only_through_an_imported_rate_table():
    with pytest.raises(ConversionError, match="no CNY/USD exchange-rate table"):
        conversion(Unit("CNY"), Unit("USD"))
    may, jun = month_index(2025, 5), month_index(2025, 6)
    rates = {"CNY": RateTable("CNY", {may: Decimal("7.2"), jun: Decimal("7.1")}, "rates.csv")}
    how = conversion(Unit.parse("million CNY"), Unit("USD"), rates)
    points, missing = convert(monthly_series(
        [obs("2025-05", 720, 0), obs("2025-06", 710, 0), obs("2025-07", 700, 0)]), how)
    assert [p.value for p in points] == [100_000_000, 100_000_000]  # exact
    assert missing == ["Jul 2025"]  # no rate for July: left out and said, never guessed
    assert "rates.csv" in how.describe() and "CNY per USD" in how.describe()
    both = convert(monthly_series([obs("2025-05..2025-06", 1430, 0)]), how)[0]
    assert both[0].value == 200_000_000  # a bucket: 1,430 million CNY at the mean, 7.15


def test_unit_value_pairs_buckets_and_carries_both_roundings():
    values = monthly_series([obs("2024", 3_236_652_390), obs("2025-01..2025-02", 100, 0)])
    quantities = monthly_series([obs("2024", 130_756_000)])
    (uv,) = unit_value(values, quantities)
    assert uv.value == Decimal(3_236_652_390) / 130_756_000 and uv.span == MonthSpan.year(2024)
    assert figure_text(uv.value, uv.decimals) == "24.75"
    assert uv.tolerance == uv.value * (Decimal("0.5") / 3_236_652_390
                                       + Decimal("0.5") / 130_756_000)
    derived = monthly_series([obs("2025-01..2025-03", 30, 0), obs("2025-01..2025-02", 20, 0)])
    q = monthly_series([obs("2025-03", 5, 0)])
    (march,) = unit_value(derived, q)
    assert march.value == 2 and march.kind is PointKind.DERIVED


def test_index_view_is_100_at_the_chosen_month_and_log_drops_non_positive(reference):
    points = monthly_series(reference)
    index = plot_points(points, "index", "t", month_index(2025, 3))
    march = next(p for p in index.points if p.span == MonthSpan.month(2025, 3))
    assert march.value == 100 and index.axis_unit == "index"
    may = next(p for p in index.points if p.span == MonthSpan.month(2025, 5))
    assert may.value == pytest.approx(Decimal("5864.6") / Decimal("5666.3") * 100)
    assert plot_points(points, "index", "t", month_index(1999, 1)).notes
    mom = plot_points(points, "mom", "t")
    assert any(p.value < 0 for p in mom.points)
    safe = log_safe(mom)
    assert all(p.value > 0 for p in safe.points) and "log axis" in safe.notes[-1]
    assert "not defined" in mom.notes[0]


def test_stated_changes_are_checked_against_the_figures(reference):
    points = monthly_series(reference)
    checked = stated_changes(reference, points)
    verdicts = {(c.figure.span.describe(), c.kind): c.consistent for c in checked}
    assert verdicts[("2025", "y/y")] is True            # +12.9 % on 55,400 → 62,580
    assert verdicts[("Jan–Apr 2025", "y/y")] is True    # against a derived Jan–Apr 2024
    assert verdicts[("May 2025", "m/m")] is True
    assert verdicts[("Jan–Aug 2025", "y/y")] is None    # Jan–Aug 2024 not known
    assert not any("28.3" in c.explain() for c in checked)  # "value −28.3 %": not ours
    wrong = [replace(o, note="+15% y/y") if o.span == MonthSpan.year(2025) else o
             for o in reference]
    flagged = [c for c in stated_changes(wrong, points) if c.consistent is False]
    assert [c.figure.span for c in flagged] == [MonthSpan.year(2025)]
    assert "does NOT agree" in flagged[0].explain()


def test_top_partners_with_rest_of_world_and_a_world_row_check():
    spans = [MonthSpan.month(2025, m) for m in (1, 2, 3)]
    data = {"JPN": [50, 60, 70], "USA": [30, 20, 10], "DEU": [5, 5, 5], "KOR": [1, 1, 1]}
    series = {p: monthly_series([obs(f"2025-0{m}", v) for m, v in zip((1, 2, 3), vals,
                                                                      strict=True)])
              for p, vals in data.items()}
    total = monthly_series([obs(f"2025-0{m}", sum(v[i] for v in data.values()))
                            for i, m in enumerate((1, 2, 3))])
    ranking = sorted(((p, Decimal(sum(v))) for p, v in data.items()), key=lambda x: -x[1])
    world = monthly_series([obs("2025-01", 86 + 40), obs("2025-02", 86), obs("2025-03", 86)])
    view = top_partners(ranking, series, total, 2, ("World", world))
    assert [s.partner for s in view.partners] == ["JPN", "USA", REST]
    assert view.spans == spans and view.values[2] == [6, 6, 6]
    assert sum(s.share for s in view.partners) == pytest.approx(1)
    assert view.partners[0].share == pytest.approx(180 / 258)
    assert any("World row differs from the sum of partner countries by up to +40 "
               "(31.7% of it, Jan 2025)" in n for n in view.notes)


def test_only_countries_are_summed_and_names_come_from_the_country_table():
    table = country_table()
    assert not table.summable("WLD") and not table.summable("INTRA_EU27")
    assert not table.summable("EU27") and not table.summable("NES_AREAS")
    assert table.summable("JPN") and table.summable("S19")  # Other Asia, nes: a territory
    assert table.place("Intra-EU27 (from 2020)").code == "INTRA_EU27"
    assert table.place("M49:156").code == "CHN" and table.place("M49:842").code == "USA"
    assert table.place("GAC:502:美国").code == "USA" and table.place("美国").code == "USA"
    assert table.display("WLD", "en") == "World" and table.display("WLD", "zh_CN") == "世界"
    assert "世界" in table.search_text("WLD") and "world" in table.search_text("WLD").lower()
    assert table.place("GAC:99999") is None and table.display("GAC:99999") == "GAC:99999"


@given(st.dictionaries(st.sampled_from(["A", "B", "C", "D", "E", "F"]),
                       st.lists(st.integers(0, 10_000), min_size=3, max_size=3), min_size=1),
       st.integers(1, 6))
def test_stacks_always_add_up_to_the_partner_total(data, n):
    series = {p: monthly_series([obs(f"2025-0{m + 1}", v) for m, v in enumerate(vals)])
              for p, vals in data.items()}
    total = monthly_series([obs(f"2025-0{m + 1}", sum(v[m] for v in data.values()))
                            for m in range(3)])
    ranking = sorted(((p, Decimal(sum(v))) for p, v in data.items()), key=lambda x: -x[1])
    view = top_partners(ranking, series, total, n)
    for j, t in enumerate(total):
        assert sum(row[j] for row in view.values) == pytest.approx(t.value)
    assert len(view.partners) == min(n, len(data)) + (len(data) > n)


def test_a_unit_value_is_never_divided_by_its_months_nor_summed():
    values = monthly_series([obs("2023", 2400), obs("2024", 3000)])
    quantities = monthly_series([obs("2023", 100), obs("2024", 100)])
    ratio = unit_value(values, quantities)
    level = plot_points(ratio, "level", "USD/kg", ratio=True)
    assert [p.value for p in level.points] == [24, 30] and level.axis_unit == "USD/kg"
    yoy = plot_points(ratio, "yoy", "USD/kg", ratio=True)
    assert [round(p.value, 6) for p in yoy.points] == [25.0]
    assert not plot_points(ratio, "rolling", "USD/kg", ratio=True).points


def test_mirror_pairs_the_same_buckets_or_whole_years_never_both():
    from remonitor.core.mirror import mirror

    months = monthly_series([obs(f"2024-{m:02d}", 10) for m in range(1, 13)])
    year = monthly_series([obs("2024", 130)])
    (point,) = mirror(months, year, "China", "India").points
    assert point.span == MonthSpan.year(2024) and point.gap == 10
    assert f"{point.ratio:.4f}" == "1.0833" and "+10" in point.describe()
    both = mirror(months, monthly_series([obs(f"2024-{m:02d}", 11) for m in range(1, 13)]),
                  "China", "India")
    assert len(both.points) == 12 and all(p.span.length == 1 for p in both.points)
    partial_year = monthly_series([obs(f"2024-{m:02d}", 10) for m in range(1, 12)])
    assert mirror(partial_year, year, "China", "India").points == []  # December unknown
    assert "no period in common" in mirror(partial_year, year, "China", "India").caption()[0]
