"""Exchange rates, imported as a batch of their own."""

from __future__ import annotations

from pathlib import Path

from remonitor.core.changes import StoreChange
from remonitor.core.text import translate
from remonitor.edits import Edit


def import_rates(path: Path) -> Edit:
    """Read and store monthly rates per US dollar; the result is (the file read, its batch
    id or None when it was imported before)."""
    from remonitor.importers.rates import import_rates as store_rates  # loads when used

    return Edit(translate("Edits", "import exchange rates"),
                lambda conn, ctx: store_rates(conn, path), StoreChange(rates=True))
