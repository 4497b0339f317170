"""What a control did, computed Qt-free on the bundled data and the shared real files: the
event window against a hand computation, front-loading, HHI and effective destinations,
share changes that add up to zero, prices by destination, and alert rules that fire once."""

from datetime import date
from decimal import Decimal

import pytest

from remonitor.core.alerts import AlertRule, SeriesFacts, evaluate, load_rules
from remonitor.core.analysis import concentration, share_changes
from remonitor.core.monthly import monthly_series
from remonitor.core.periods import MonthSpan, month_index, parse_span
from remonitor.core.series import Observation
from remonitor.importers.commit import import_file
from remonitor.store.partners import partner_span_totals
from remonitor.views.analysis import (
    concentration_view,
    event_window_view,
    prices_view,
    share_change_view,
)

pytestmark = pytest.mark.both_backends

WITS = ("wits-analyst-workbook", "china_ree_exports_850511_with_controls.xlsx")


def test_the_window_around_a_bundled_event_matches_a_hand_computation(store):
    """Rare earths added to the reporting list, 2023-11-07. Before: Nov–Dec 2022 at the 2022
    total's monthly average, Jan–Oct 2023 at (2023 − Dec 2023) / 11. After: Nov 2023 the
    same, Dec 2023 as reported, Jan–Feb 2024 halved, Mar–Apr 2024 from Jan–May − Jan–Feb −
    May, May as reported, Jun–Oct 2024 from (2024 − Jan–May) / 7."""
    data = event_window_view(store, "mofcom-2023-reporting-list", "rare earths")
    w = data.window
    y2022 = Decimal(48728) / 12
    y2023 = (Decimal("52306.5") - 3439) / 11
    before = (2 * y2022 + 10 * y2023) / 12
    mar_apr = (Decimal("24266.5") - 8774 - 6217) / 2
    jun_dec = (Decimal(55400) - Decimal("24266.5")) / 7
    after = (y2023 + 3439 + 8774 + 2 * mar_apr + 6217 + 5 * jun_dec) / 12
    assert abs(w.before - before) < Decimal("1e-20") and abs(w.after - after) < Decimal(
        "1e-20")  # the same sums, added in another order: equal to 28 digits
    assert w.indexed[-1] == 100 and w.values[1].value == 3439  # Dec 2023 as reported
    assert "12 months before: 4,379 t a month" in data.caption()[0]
    assert "(+3.5%)" in data.caption()[0]
    table = data.table()
    assert [r[0] for r in table.rows] == list(range(-12, 13))


def test_front_loading_is_said_against_the_same_months_before():
    months = {m: 100 for m in range(1, 13)}
    months.update({9: 300, 10: 300, 11: 300})  # shipped ahead of a December control
    points = [Observation(parse_span(f"{y}-{m:02d}"), Decimal(v if y == 2025 else 100), 0,
                          date(2026, 1, 1)) for y in (2022, 2023, 2024, 2025)
              for m, v in months.items()]
    from remonitor.core.analysis import front_loading

    front = front_loading(monthly_series(points), date(2025, 12, 1))
    assert front.share == Decimal(900) / 1800
    assert set(front.earlier) == {2022, 2023, 2024}
    assert front.describe() == "Sep–Nov 2025: 50.0% of the year, against 25.0%–25.0% in " \
                               "the 3 years before"


def test_hhi_and_effective_destinations_match_a_hand_computation(store, shared_data):
    import_file(store, shared_data.joinpath(*WITS))
    data = concentration_view(store, "850511 all partners quantity")
    (year,) = [r for r in data.rows if r.month == month_index(2024, 6)]
    from remonitor.store.partners import partner_ranking, partner_series
    from remonitor.views.analysis import find_choice

    found = partner_series(store, find_choice(store, "850511 all partners quantity").key)
    totals = [v for _, v in partner_ranking(store, found, month_index(2024, 1),
                                            month_index(2024, 12)) if v > 0]
    whole = sum(totals)
    hhi = sum((v / whole) ** 2 for v in totals) * 10_000
    assert abs(year.hhi - hhi) < Decimal("1e-20")  # annual figures: every month alike
    assert abs(year.effective_destinations - 10_000 / hhi) < Decimal("1e-20")
    assert data.table().headers == ["month", "HHI", "effective destinations"]


def test_share_changes_add_up_to_zero_and_buckets_stay_rows(store, shared_data):
    import_file(store, shared_data.joinpath(*WITS))
    data = share_change_view(store, "mofcom-2023-reporting-list",
                             "850511 all partners quantity")
    assert abs(sum(r.change for r in data.rows)) < Decimal("1e-20")
    assert abs(sum(r.before for r in data.rows) - 1) < Decimal("1e-20")
    assert data.rows == sorted(data.rows, key=lambda r: (-r.change, r.partner))
    flat = share_changes({"A": {1: Decimal(3), 2: Decimal(1)}, "NES_AREAS": {1: Decimal(1),
                          2: Decimal(3)}}, range(1, 2), range(2, 3), ["NES_AREAS"])
    assert [(r.partner, r.bucket, r.change) for r in flat] == [
        ("NES_AREAS", True, Decimal("0.5")), ("A", False, Decimal("-0.5"))]


def test_share_changes_summed_in_sql_match_the_series_engine(store, tmp_path, monkeypatch):
    """Monthly partner figures are summed in SQL; the engine's path gives the same rows."""
    lines = ["period,value,flow,reporter,partner,product,measure,unit,source"]
    for partner, base in (("JPN", "120.5"), ("USA", "80.25"), ("VNM", "3.125"),
                          ("\"Areas, nes\"", "7")):
        for month in range(24):
            year, m = 2022 + (month + 10) // 12, (month + 10) % 12 + 1
            value = Decimal(base) * (1 + month % 5) if partner != "VNM" or month > 12 else 0
            lines.append(f"{year}-{m:02d},{value},export,CHN,{partner},280530,quantity,t,"
                         "desk")
    path = tmp_path / "partners.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_file(store, path)
    import remonitor.views.analysis as analysis

    summed = []

    def counted(*args):
        summed.append(partner_span_totals(*args))
        return summed[-1]

    monkeypatch.setattr(analysis, "partner_span_totals", counted)
    quick = share_change_view(store, "mofcom-2023-reporting-list", "280530 desk sum")
    assert summed and summed[0] is not None  # the SQL path answered
    monkeypatch.setattr(analysis, "partner_span_totals", lambda *a: None)
    engine = share_change_view(store, "mofcom-2023-reporting-list", "280530 desk sum")
    assert quick.rows == engine.rows and len(quick.rows) == 4
    assert (quick.held_before, quick.held_after) == (engine.held_before, engine.held_after)
    assert [r.partner for r in quick.rows if r.bucket] == ["NES_AREAS"]
    assert sum(r.change for r in quick.rows) == 0


def test_prices_by_destination_on_exact_decimals(store, shared_data):
    import_file(store, shared_data.joinpath(*WITS))
    data = prices_view(store, "850511 all partners value", 5)
    assert len(data.partners) == 5 and data.unit == "USD/kg"
    row = data.rows[-1]
    assert row.spread == max(row.prices.values()) - min(row.prices.values())
    assert "dearest" in data.caption()


def test_concentration_of_one_destination_is_10000():
    (one,) = concentration({"JPN": {5: Decimal(7)}})
    assert one.hhi == 10_000 and one.effective_destinations == 1


def _facts(values, release=date(2026, 1, 20)):
    obs = [Observation(MonthSpan.month(2025, m), Decimal(v), 0, release)
           for m, v in values.items()]
    return SeriesFacts("GAC headline", "t", "GAC", monthly_series(obs),
                       [o.release_date for o in obs])


def test_an_alert_fires_once_for_a_print_that_crosses_and_never_for_one_that_does_not():
    rule = AlertRule("tok", "m/m", "20")
    calm = _facts({1: 100, 2: 110, 3: 115})
    assert evaluate(rule, calm, date(2026, 1, 25)) == []  # +4.5 %: inside ±20 %
    jump = _facts({1: 100, 2: 110, 3: 140})
    (alert,) = evaluate(rule, jump, date(2026, 1, 25))
    assert "+27.3% m/m" in alert.title and "GAC, released 2026-01-20" in alert.text
    again = evaluate(rule, jump, date(2026, 1, 26))
    assert [a.key for a in again] == [alert.key]  # the same print: the same key, once
    fired = {alert.key}
    assert [a for a in evaluate(rule, jump, date(2026, 1, 27)) if a.key not in fired] == []
    (rng,) = evaluate(AlertRule("tok", "range", "2"), jump, date(2026, 1, 25))
    assert "above its range" in rng.title
    assert evaluate(AlertRule("tok", "new print"), jump, date(2026, 1, 25))[0].title \
        == "New figure: GAC headline"
    rules = load_rules('{"rules": [{"series": "tok", "kind": "y/y", "threshold": "15"}]}')
    assert rules == [AlertRule("tok", "y/y", "15")]


def test_alert_rules_name_a_series_by_token_or_by_words(store):
    from remonitor.views.alerts import load_alerts

    token = "export|CHN|WLD|rare earths (GAC headline)|quantity|t|GAC"
    found = load_alerts(store, [AlertRule(token, "new print"),
                                AlertRule("rare earths GAC headline quantity", "new print"),
                                AlertRule("nothing held by that name", "new print")],
                        date(2026, 4, 1))
    assert [a.key.split("|")[-3:] for a in found] == [
        ["new print", "2026-01..2026-02", "2026-03-14"]] * 2  # the Jan–Feb print, twice
