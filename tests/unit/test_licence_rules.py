"""Workflow, working-day clock and drawdown: the rules of domain.md."""

import csv
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from remonitor.core.licence import Status
from remonitor.core.licence_clock import Pause, deadline
from remonitor.core.workflow import (
    DrawdownExceeded,
    InvalidTransition,
    LicenceState,
    check_shipment,
    check_transition,
    licence_state,
)
from remonitor.core.working_days import WorkingCalendar
from remonitor.resources import resource
from tests.factories import application

pytestmark = pytest.mark.both_backends


@pytest.fixture(scope="module")
def calendar():
    with resource("calendar", "cn_working_calendar.csv").open(encoding="utf-8") as fh:
        rows = [(date.fromisoformat(r["date"]), r["kind"]) for r in csv.DictReader(fh)]
    return WorkingCalendar.from_rows(rows)


def test_the_worked_example_of_domain_md(calendar):
    # Accepted Friday 2025-09-26: day 1 is Sunday 09-28 (a make-up working day), days 2-3
    # are 09-29 and 09-30, the holiday 10-01..10-08 does not count, day 4 is Thursday 10-09,
    # day 5 Friday 10-10, day 6 Saturday 10-11 (make-up).
    accepted = date(2025, 9, 26)
    days = {n: deadline(accepted, calendar, limit=n).due for n in range(1, 7)}
    assert days == {1: date(2025, 9, 28), 2: date(2025, 9, 29), 3: date(2025, 9, 30),
                    4: date(2025, 10, 9), 5: date(2025, 10, 10), 6: date(2025, 10, 11)}
    due = deadline(accepted, calendar)
    # Counting on: weeks of 10-13 … 11-28 give days 7-41, then 12-01..12-04 days 42-45.
    assert due.due == date(2025, 12, 4) and not due.estimated


def test_a_request_for_information_stops_the_clock(calendar):
    accepted = date(2025, 3, 3)
    plain = deadline(accepted, calendar).due
    paused = deadline(accepted, calendar, [Pause(date(2025, 3, 10), date(2025, 3, 21))]).due
    # Nine working days (11..21 March) did not count.
    assert calendar.working_days_between(plain, paused) == 9
    open_ = deadline(accepted, calendar, [Pause(date(2025, 3, 10))], today=date(2025, 3, 20))
    assert open_.stopped and open_.days_used == 5
    assert open_.state(calendar, date(2025, 3, 20)) == "stopped"


def test_beyond_the_calendar_weekdays_count_and_the_date_is_estimated(calendar):
    late = deadline(date(2026, 12, 1), calendar)
    assert late.estimated
    assert late.due == date(2027, 2, 2)  # 45 weekdays after 2026-12-01


def test_beyond_the_bundled_years_the_statutory_holidays_are_estimated():
    """Accepted 2026-12-15, the 45 working days run into Spring Festival 2027: its
    statutory days (Eve 5 Feb, 8–10 Feb) do not count; the date stays an estimate, naming
    the year whose notice is missing (its make-up weekends are unknown)."""
    from remonitor.importers.calendar import working_calendar

    calendar = working_calendar(None)
    due = deadline(date(2026, 12, 15), calendar)
    assert due.due == date(2027, 2, 23) and due.estimated and due.uncovered == (2027,)
    assert not calendar.is_working_day(date(2027, 2, 9))
    assert not calendar.covers(date(2027, 2, 9))  # an estimate, never as if official
    assert deadline(date(2025, 9, 26), calendar).uncovered == ()


def test_days_left_near_due_and_overdue(calendar):
    due = deadline(date(2025, 9, 26), calendar)
    assert due.state(calendar, date(2025, 10, 9)) == "running"
    assert due.days_left(calendar, date(2025, 11, 17)) == 13
    assert due.days_left(calendar, date(2025, 11, 20)) == 10
    assert due.state(calendar, date(2025, 11, 20)) == "near due"
    assert due.days_left(calendar, date(2025, 12, 4)) == 0
    assert due.state(calendar, date(2025, 12, 5)) == "overdue"


def test_the_calendar_refuses_a_day_that_is_both():
    with pytest.raises(ValueError, match="both"):
        WorkingCalendar.from_rows([(date(2025, 1, 1), "holiday"), (date(2025, 1, 1), "workday")])


def test_workflow_refuses_invalid_transitions_naming_the_allowed_ones():
    assert check_transition(Status.ACCEPTED, Status.INFO_REQUESTED) is Status.INFO_REQUESTED
    assert check_transition(Status.INFO_REQUESTED, Status.ACCEPTED) is Status.ACCEPTED
    with pytest.raises(InvalidTransition, match="allowed: Submitted, Withdrawn"):
        check_transition(Status.DRAFT, Status.APPROVED)
    with pytest.raises(InvalidTransition, match="final"):
        check_transition(Status.DENIED, Status.ACCEPTED)


def test_used_up_and_expired_are_derived():
    today = date(2026, 6, 1)
    assert licence_state(1000, 1000, date(2026, 1, 1), date(2026, 12, 31), today) \
        is LicenceState.USED_UP
    assert licence_state(1000, 10, date(2025, 1, 1), date(2025, 12, 31), today) \
        is LicenceState.EXPIRED
    assert licence_state(1000, 10, date(2026, 1, 1), date(2026, 12, 31), today) \
        is LicenceState.VALID


def test_drawdown_never_goes_beyond_the_approved_quantity():
    assert check_shipment(1000, [400, 300], 300) == 0
    with pytest.raises(DrawdownExceeded, match="exceeds what the licence has left"):
        check_shipment(1000, [400, 300], 301)
    with pytest.raises(DrawdownExceeded, match="positive"):
        check_shipment(1000, [], 0)


def test_bulk_status_change_is_all_or_nothing_with_history(store):
    from remonitor.core.licence_view import clock_view, pauses_from
    from remonitor.store.applications import history, list_applications, save_new_application
    from remonitor.store.workflow import change_status, status_dates

    a = save_new_application(store, application("A", Status.SUBMITTED,
                                                submitted_on=date(2025, 9, 1)))
    b = save_new_application(store, application("B"))
    with pytest.raises(InvalidTransition, match=r"B: .*Draft cannot become Accepted"):
        change_status(store, [a, b], Status.ACCEPTED, date(2025, 9, 26))
    assert {s.application.status for s in list_applications(store)} == {Status.SUBMITTED,
                                                                          Status.DRAFT}
    change_status(store, [a], Status.ACCEPTED, date(2025, 9, 26), reason="MOFCOM notice")
    change_status(store, [a], Status.INFO_REQUESTED, date(2025, 10, 13))
    change_status(store, [a], Status.ACCEPTED, date(2025, 10, 20))
    app = next(s for s in list_applications(store) if s.id == a)
    assert app.application.accepted_on == date(2025, 9, 26)
    entries = [e for e in history(store, a) if e.field in ("status", "status_on")
               and e.reason == "MOFCOM notice"]
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("status", "submitted", "accepted"), ("status_on", None, "2025-09-26")]
    dates = status_dates(store)[a]
    assert pauses_from(dates) == [Pause(date(2025, 10, 13), date(2025, 10, 20))]
    view = clock_view(app.application, dates, calendar_fixture(), date(2025, 10, 21))
    plain = deadline(date(2025, 9, 26), calendar_fixture()).due
    assert calendar_fixture().working_days_between(plain, view.deadline.due) == 5


def calendar_fixture():
    from remonitor.importers.calendar import working_calendar

    return working_calendar()


def test_a_user_calendar_file_extends_the_bundled_one(tmp_path):
    from remonitor.importers.calendar import working_calendar

    (tmp_path / "calendar.csv").write_text("date,kind,name\n2027-01-01,holiday,New Year\n",
                                           encoding="utf-8")
    calendar = working_calendar(tmp_path)
    assert not calendar.is_working_day(date(2027, 1, 1))
    assert calendar.covers(date(2027, 6, 1)) and calendar.covers(date(2025, 6, 1))


def test_approve_then_draw_down_to_used_up(store):
    from remonitor.core.licence import Approval
    from remonitor.store.applications import history, save_new_application
    from remonitor.store.shipments import add_shipment, licence_terms
    from remonitor.store.workflow import approve, change_status

    app = save_new_application(store, application("L", Status.SUBMITTED, quantity=1000.0))
    change_status(store, [app], Status.ACCEPTED, date(2026, 1, 5))
    with pytest.raises(ValueError, match="expires before"):
        approve(store, app, Approval("X", date(2026, 3, 1), date(2026, 2, 1), 1000), date.today())
    assert licence_terms(store) == {}  # nothing half-written
    approve(store, app, Approval("LIC-7", date(2026, 2, 1), date(2027, 1, 31), 1000),
            date(2026, 2, 1), "approved by MOFCOM")
    with pytest.raises(ValueError, match="outside the licence's validity"):
        add_shipment(store, app, date(2026, 1, 15), 10)
    assert add_shipment(store, app, date(2026, 3, 1), 600, "BL-1") == 400
    with pytest.raises(DrawdownExceeded, match="exceeds what the licence has left"):
        add_shipment(store, app, date(2026, 4, 1), 401)
    assert add_shipment(store, app, date(2026, 4, 1), 400, "BL-2") == 0
    terms = licence_terms(store)[app]
    assert (terms.licence_number, terms.shipped) == ("LIC-7", 1000)
    assert licence_state(terms.approved_quantity, terms.shipped, terms.valid_from,
                         terms.valid_until, date(2026, 5, 1)) is LicenceState.USED_UP
    fields = [e.field for e in history(store, app)]
    assert fields.count("shipment") == 2 and "licence_number" in fields


@settings(max_examples=300)
@given(st.dates(date(2023, 6, 1), date(2027, 6, 30)), st.dates(date(2023, 6, 1),
                                                                date(2027, 6, 30)))
def test_counting_working_days_agrees_with_walking_the_days(calendar, start, end):
    from datetime import timedelta

    walked, day, step = 0, min(start, end), timedelta(days=1)
    while day < max(start, end):
        day += step
        walked += calendar.is_working_day(day)
    assert calendar.working_days_between(start, end) == (walked if end >= start else -walked)


def test_each_status_requires_its_fields_and_a_move_checks_them(store):
    from remonitor.core.licence import LicenceApplication, LicenceType
    from remonitor.store.applications import get_application, save_new_application
    from remonitor.store.workflow import change_status

    draft = LicenceApplication(reference="D")
    assert draft.problems() == []
    with pytest.raises(ValueError, match="Submitted applications need: applicant, item"):
        save_new_application(store, LicenceApplication(reference="S", status=Status.SUBMITTED))
    d = save_new_application(store, draft)
    with pytest.raises(ValueError, match=r"D: to be Submitted it needs applicant, item, "
                                         r"control code, quantity, end use, end user, "
                                         r"destination\."):
        change_status(store, [d], Status.SUBMITTED, date(2025, 9, 1))
    assert get_application(store, d).status is Status.DRAFT
    s = save_new_application(store, application("S", Status.SUBMITTED, mofcom_number=""))
    with pytest.raises(ValueError, match="needs MOFCOM application number"):
        change_status(store, [s], Status.ACCEPTED, date(2025, 9, 26))
    general = application("G", Status.SUBMITTED, licence_type=LicenceType.GENERAL,
                          end_users=())
    assert any("end users" in p for p in general.problems())
    assert application("G2", Status.SUBMITTED, licence_type=LicenceType.GENERAL).problems() == []
    two = LicenceApplication(reference="T", end_users=(("A", "DE"), ("B", "JP")))
    assert any("single licence has one end user" in p for p in two.problems())


def test_the_tracker_reads_the_calendar_only_when_a_clock_runs(store, monkeypatch):
    """The calendar's years past the bundled ones come from the holidays library: its
    import took 0.1 s of every start, with no application under review."""
    from remonitor.views import tracker

    monkeypatch.setattr(tracker, "working_calendar",
                        lambda _folder: pytest.fail("the calendar was read for no clock"))
    assert tracker.load_context(store).clocks == {}
