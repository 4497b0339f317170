"""The next GAC release, expected from the latest month held."""

from datetime import date

from remonitor.core.freshness import next_gac_release
from remonitor.core.periods import month_index


def test_the_month_after_comes_out_around_the_7th_to_14th_and_detail_around_the_20th():
    nxt = next_gac_release(month_index(2026, 2))
    assert (nxt.covers, nxt.first, nxt.last) == ("Mar 2026", date(2026, 4, 7),
                                                 date(2026, 4, 14))
    detail = next_gac_release(month_index(2026, 2), detail=True)
    assert (detail.first, detail.last) == (date(2026, 4, 18), date(2026, 4, 22))


def test_january_waits_for_february():
    nxt = next_gac_release(month_index(2025, 12))
    assert (nxt.covers, nxt.first) == ("Jan–Feb 2026", date(2026, 3, 7))


def test_expected_due_and_late_quietly():
    nxt = next_gac_release(month_index(2026, 2))
    assert nxt.state(date(2026, 4, 1)) == "expected"
    assert nxt.state(date(2026, 4, 16)) == "due"
    assert nxt.state(date(2026, 4, 17)) == "late"
    assert nxt.describe(date(2026, 11, 22)) == "Mar 2026 was due 07–14 Apr: no new file yet"
