"""Period, number and encoding parsers, with property tests."""

import calendar
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from remonitor.core.periods import MonthSpan
from remonitor.importers.encoding import decode
from remonitor.importers.numbers import Missing, Number, NumberProblem, parse_number
from remonitor.importers.periods import parse_period


@pytest.mark.parametrize(("text", "span"), [
    ("2025年1-5月", MonthSpan.months(2025, 1, 5)),
    ("２０２５年１－５月", MonthSpan.months(2025, 1, 5)),  # full-width
    ("2025年5月", MonthSpan.month(2025, 5)),
    ("2025年1至2月", MonthSpan.months(2025, 1, 2)),
    ("Jan-May 2025", MonthSpan.months(2025, 1, 5)),
    ("Jan–May 2025", MonthSpan.months(2025, 1, 5)),
    ("January - May, 2025", MonthSpan.months(2025, 1, 5)),
    ("May 2025", MonthSpan.month(2025, 5)),
    ("202505", MonthSpan.month(2025, 5)),
    ("2025-05", MonthSpan.month(2025, 5)),
    ("2025/5", MonthSpan.month(2025, 5)),
    ("2025M05", MonthSpan.month(2025, 5)),
    ("2025Q4", MonthSpan.months(2025, 10, 12)),
    ("2025", MonthSpan.year(2025)),
    ("2025年", MonthSpan.year(2025)),
])
def test_publisher_periods(text, span):
    assert parse_period(text) == span


def test_periods_without_a_year_take_it_from_elsewhere():
    assert parse_period("1至2月", year=2025) == MonthSpan.months(2025, 1, 2)
    assert parse_period("5月", year=2024) == MonthSpan.month(2024, 5)
    with pytest.raises(ValueError, match="no year"):
        parse_period("1至2月")


@pytest.mark.parametrize("text", ["2025年13月", "202513", "Foo 2025", "2025年5-3月", "", "12"])
def test_impossible_periods_are_refused_with_the_text(text):
    with pytest.raises(ValueError):
        parse_period(text)


@given(st.integers(1980, 2100), st.integers(1, 12), st.integers(1, 12))
def test_every_written_form_of_a_span_parses_to_it(year, a, b):
    first, last = min(a, b), max(a, b)
    span = MonthSpan.months(year, first, last)
    names = calendar.month_abbr
    forms = [f"{year}年{first}-{last}月", f"{names[first]}-{names[last]} {year}",
             f"{year}年{first}至{last}月"]
    if first == last:
        forms += [f"{year}{first:02d}", f"{year}-{first:02d}", f"{names[first]} {year}",
                  f"{year}年{first}月"]
    for form in forms:
        assert parse_period(form) == span, form


@pytest.mark.parametrize(("text", "value", "decimals"), [
    ("1,234.5", 1234.5, 1), ("16,536,067,327", 16536067327, 0), ("-5", -5, 0),
    ("814426.00", 814426, 2), ("\"1,122,136,672\"", 1122136672, 0), ("１２３", 123, 0),
    ("3,000e", 3000, 0), ("12 (e)", 12, 0), ("0.5", 0.5, 1),
])
def test_numbers(text, value, decimals):
    parsed = parse_number(text)
    assert isinstance(parsed, Number)
    assert (parsed.value, parsed.decimals) == (value, decimals)


@pytest.mark.parametrize("text", ["", "NA", ":", "—", "W", "x", "..", "?"])
def test_missing_markers(text):
    assert isinstance(parse_number(text), Missing)


@pytest.mark.parametrize("text", ["1.2.3", "12,34", "abc", "1,2345", "5 t"])
def test_not_numbers(text):
    with pytest.raises(NumberProblem):
        parse_number(text)


@given(st.integers(-10**12, 10**12), st.integers(0, 3))
def test_thousands_separated_numbers_round_trip(n, decimals):
    value = Decimal(n).scaleb(-decimals)
    text = f"{value:,.{decimals}f}"
    parsed = parse_number(text)
    assert parsed.value == value and parsed.decimals == decimals
    assert f"{parsed.value:,.{decimals}f}" == text  # exactly as written


def test_cp1252_is_not_mistaken_for_gb18030():
    raw = "partnerDesc\nCôte d'Ivoire\nTürkiye\nCuraçao\n".encode("cp1252")
    text, how = decode(raw, ["partnerDesc"])
    assert how.encoding == "cp1252" and "Côte d'Ivoire" in text


def test_gb18030_is_not_mistaken_for_cp1252():
    text = '"数据年月","贸易伙伴名称","商品名称"\n"202501","美国","黑大豆，种用除外"\n'
    raw = text.encode("gb18030")
    text, how = decode(raw, ["数据年月"])
    assert how.encoding == "gb18030" and "黑大豆" in text


def test_utf8_with_bom_wins_at_once():
    text, how = decode("a,b\n稀土,1\n".encode("utf-8-sig"))
    assert how.encoding == "utf-8-sig" and text.startswith("a,b")


def test_english_month_names_take_the_year_from_elsewhere():
    assert parse_period("Jan-May", year=2025) == MonthSpan.months(2025, 1, 5)
    assert parse_period("May", year=2025) == MonthSpan.month(2025, 5)
