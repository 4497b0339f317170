"""Where bundled resources live: in the wheel, in a PyInstaller bundle, or in the checkout."""

from __future__ import annotations

import sys
from pathlib import Path


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
