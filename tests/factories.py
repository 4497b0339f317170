"""Applications complete enough for the status they are in (the store refuses less)."""

from dataclasses import replace
from datetime import date

from remonitor.core.licence import LicenceApplication, Status, required_fields

FILLED = dict(applicant="Baotou Magnet Co", item="Dysprosium oxide 99.5%", control_code="1C902",
              quantity=500.0, end_use="Sintered NdFeB magnets", end_user="Magnetwerk GmbH",
              destination="DE", submitted_on=date(2025, 9, 20), mofcom_number="MC-2025-1",
              accepted_on=date(2025, 9, 26), end_users=(("Magnetwerk GmbH", "DE"),))


def application(reference: str, status: Status = Status.DRAFT, **given) -> LicenceApplication:
    """``reference`` with what ``status`` requires filled in, unless given."""
    app = LicenceApplication(reference=reference, status=status, **given)
    if status is Status.DRAFT:
        return app
    wanted = set(required_fields(status, app.licence_type)) | {"mofcom_number"}
    if app.licence_type is app.licence_type.SINGLE:
        wanted.discard("end_users")
    return replace(app, **{f: FILLED[f] for f in FILLED
                           if f in wanted | (set(FILLED) - {"accepted_on", "end_users"})
                           and f not in given})
