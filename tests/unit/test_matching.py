"""Events meet applications, and the dates ahead."""

from datetime import date

import pytest

from remonitor.core.events import Category, Event
from remonitor.core.licence import Status
from remonitor.core.matching import ApplicationLife, coming_up, match_events

pytestmark = pytest.mark.both_backends

NO_18 = Event(date(2025, 4, 4), "Export controls on seven medium and heavy rare earths",
              Category.EXPORT_CONTROL, effective=date(2025, 4, 4),
              elements=("Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"), control_codes=("1C902",),
              key="mofcom-2025-18")
NO_57 = Event(date(2025, 10, 9), "Export controls on five more rare earths",
              Category.EXPORT_CONTROL, effective=date(2025, 11, 8),
              elements=("Ho", "Er", "Tm", "Eu", "Yb"), hs_codes=("28469019",),
              key="mofcom-2025-57")
NO_70 = Event(date(2025, 11, 7), "Suspension of Nos. 55–58, 61 and 62", Category.EXPORT_CONTROL,
              end=date(2026, 11, 10), key="mofcom-2025-70", links=("mofcom-2025-57",))
TODAY = date(2026, 11, 22)


def life(i, elements=(), code="", hs="", start=date(2025, 9, 1), end=None):
    return ApplicationLife(i, f"RE-{i}", elements, code, hs, start, end)


def test_shared_element_code_or_hs_and_overlapping_dates_match_with_reasons():
    lives = [life(1, ("Dy",)),                      # element, open
             life(2, code="1c902", start=date(2024, 1, 5), end=date(2025, 3, 1)),  # ended before
             life(3, ("Er",), hs="2846.90.19.00"),   # element and HS prefix (Er under No. 57)
             life(4, ("Nd",), hs="8505"),            # nothing shared
             life(5, ("Tb",), start=None)]           # a draft: no life yet
    found = {(m.event_key, m.application_id): m.reasons
             for m in match_events([NO_18, NO_57, NO_70], lives, TODAY)}
    assert found == {("mofcom-2025-18", 1): ("element Dy",),
                     ("mofcom-2025-57", 3): ("element Er", "HS 28469019")}


def test_an_event_not_yet_in_force_does_not_touch_an_application_that_ended():
    early = life(6, ("Ho",), start=date(2025, 6, 1), end=date(2025, 11, 7))
    assert match_events([NO_57], [early], TODAY) == []  # No. 57 took effect on 11-08
    later = life(7, ("Ho",), start=date(2025, 6, 1), end=date(2025, 11, 8))
    assert [m.application_id for m in match_events([NO_57], [later], TODAY)] == [7]


def test_coming_up_lists_effective_dates_and_span_ends_ahead_soonest_first():
    ahead = Event(date(2026, 11, 1), "New list", Category.EXPORT_CONTROL,
                  effective=date(2026, 12, 1))
    up = coming_up([NO_18, NO_70, ahead], date(2026, 11, 2))
    assert [(u.on, u.what, u.days_left) for u in up] == [
        (date(2026, 11, 10), "ends", 8), (date(2026, 12, 1), "takes effect", 29)]
    assert coming_up([NO_70], TODAY) == []  # the suspension ended on 2026-11-10


def test_suggestions_from_the_store_and_the_verdict_in_the_history(store):
    from remonitor.importers.reference import ensure_reference_dataset
    from remonitor.store.applications import history, save_new_application
    from remonitor.store.event_matches import (
        decide_match,
        matches_for_application,
        matches_for_event,
    )
    from remonitor.store.events import list_events
    from tests.factories import application

    ensure_reference_dataset(store)
    app_id = save_new_application(store, application(
        "RE-M", Status.SUBMITTED, elements=("Dy",), submitted_on=date(2025, 9, 20)))
    (found,) = matches_for_application(store, app_id, TODAY)
    assert (found.key, found.reasons, found.state) == ("mofcom-2025-18",
                                                       ("element Dy", "control code 1C902"),
                                                       "suggested")
    decide_match(store, found.key, app_id, "dismissed")
    no_18 = next(e for e in list_events(store) if e.key == "mofcom-2025-18")
    (again,) = matches_for_event(store, no_18, TODAY)
    assert again.life.reference == "RE-M" and again.state == "dismissed"
    entry = history(store, app_id)[-1]
    assert (entry.field, entry.old_value, entry.new_value) == (
        "event mofcom-2025-18", "suggested", "dismissed")
