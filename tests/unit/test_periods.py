import pytest
from hypothesis import given
from hypothesis import strategies as st

from remonitor.core.periods import MonthSpan, month_index, parse_span


def test_canonical_forms_parse():
    assert parse_span("2025") == MonthSpan.year(2025)
    assert parse_span("2025-03") == MonthSpan.month(2025, 3)
    assert parse_span("2025-01..2025-07") == MonthSpan.months(2025, 1, 7)


def test_spans_describe_themselves_for_people():
    assert MonthSpan.months(2025, 1, 7).describe() == "Jan–Jul 2025"
    assert MonthSpan.year(2024).describe() == "2024"
    assert MonthSpan.month(2025, 3).describe() == "Mar 2025"
    assert MonthSpan.months(2025, 1, 7).is_year_to_date
    assert not MonthSpan.months(2025, 2, 7).is_year_to_date


@pytest.mark.parametrize("text", ["2025-13", "25-01", "2025-03..2025-01", "Jan 2025", ""])
def test_bad_spans_are_refused(text):
    with pytest.raises(ValueError):
        parse_span(text)


@given(st.integers(1990, 2100), st.integers(1, 12), st.integers(0, 30))
def test_label_round_trips(year, month, length):
    first = month_index(year, month)
    span = MonthSpan(first, first + length)
    assert parse_span(span.label()) == span
