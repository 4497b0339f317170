"""Where bundled resources live: in the wheel, in a PyInstaller bundle, or in the checkout."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from remonitor.core.concordance import Concordance
    from remonitor.core.countries import CountryTable


def resources_dir() -> Path:
    """The folder holding ``reference/`` and the icon, wherever remonitor runs from."""
    candidates = [Path(__file__).resolve().parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "remonitor" / "resources")
    # Source checkout or editable install: src/remonitor/../../resources
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for folder in candidates:
        if (folder / "reference" / "dataset.json").is_file():
            return folder
    raise FileNotFoundError(
        "remonitor's bundled resources are missing (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); reinstall remonitor."
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@functools.cache
def country_table() -> CountryTable:
    """The bundled country table (resources/countries, versioned: scripts/countries.py)."""
    from remonitor.core.countries import CountryTable

    folder = resource("countries")
    meta = json.loads((folder / "meta.json").read_text("utf-8"))
    return CountryTable.from_csv((folder / "countries.csv").read_text("utf-8"),
                                 meta["version"])


@functools.cache
def concordance() -> Concordance:
    """Where HS codes changed scope between editions (resources/concordance)."""
    from remonitor.core.concordance import Concordance

    return Concordance.from_csv(resource("concordance", "hs_scope.csv").read_text("utf-8"))
