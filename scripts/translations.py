"""The translations: resources/i18n/remonitor_<language>.ts collected from the sources by
pyside6-lupdate, and the .qm files Qt loads, built by pyside6-lrelease.

    python scripts/translations.py update   # new strings in, vanished ones out; then release
    python scripts/translations.py release  # .ts -> .qm
    python scripts/translations.py check    # exit 1, naming what is stale or untranslated
    python scripts/translations.py todo     # untranslated strings as JSON: [context, source]
    python scripts/translations.py apply F  # fill translations from F: {"context|source": text}
    python scripts/translations.py carry OLD.ts  # untranslated strings whose text OLD.ts
                                                 # translates (in any context) take that

Translate with ``pyside6-linguist resources/i18n/remonitor_zh_CN.ts`` (or any .ts editor),
then run ``release``. ``check`` is what tests/unit/test_translations.py runs: the .ts holds
exactly the strings the sources mark, every one is translated with the same ``{fields}``
and the same ``&`` shortcut key, every context is a name Qt looks up at run time, and the
.qm is what lrelease makes of the .ts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "remonitor"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)
PLACEHOLDER = re.compile(r"\{([A-Za-z_0-9]*)[^{}]*\}")
"""A ``str.format`` field; a translation names the same fields, each as it likes
(``{day}`` may become ``{day.month}``)."""
SHORTCUT = re.compile(r"&([^&\s])")


def tool(name: str) -> str:
    """pyside6-lupdate / -lrelease beside this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/bootstrap does)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def ts_path(language: str) -> Path:
    return I18N / f"remonitor_{language}.ts"


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete",
                    "-locations", "relative", "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> its <translation> element."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


def problems(language: str) -> list[str]:
    ts = ts_path(language)
    if not ts.exists():
        return [f"{ts.name} is missing: run scripts/translations.py update"]
    found: list[str] = []
    held = messages(ts)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh)
        wanted = messages(fresh)
        qm = Path(tmp) / ts.with_suffix(".qm").name
        lrelease(ts, qm)
        built = qm.read_bytes()
    for context, source in sorted(set(wanted) - set(held)):
        found.append(f"{ts.name}: not collected yet: [{context}] {source!r} (run update)")
    for context, source in sorted(set(held) - set(wanted)):
        found.append(f"{ts.name}: no longer in the sources: [{context}] {source!r} "
                     "(run update)")
    for (context, source), translation in sorted(held.items()):
        where = f"{ts.name}: [{context}] {source!r}"
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", context):
            found.append(f"{where}: context {context!r} is not a class name, so tr() at run "
                         "time never finds it (translate() with an explicit context)")
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            found.append(f"{where}: not translated")
            continue
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
            found.append(f"{where}: placeholders differ in {text!r}")
        if SHORTCUT.findall(source) and \
                [k.lower() for k in SHORTCUT.findall(source)] != \
                [k.lower() for k in SHORTCUT.findall(text)]:
            found.append(f"{where}: shortcut key differs in {text!r}")
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.read_bytes() != built:
        found.append(f"{qm.name} is not built from {ts.name}: run scripts/translations.py "
                     "release")
    return found


def todo(language: str) -> list[list[str]]:
    """[context, source] of every string not yet translated."""
    return [[context, source] for (context, source), translation
            in sorted(messages(ts_path(language)).items())
            if translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not translation.text]


def apply(language: str, done: dict[str, str]) -> int:
    """Write translations given as {"context|source": text}; returns how many."""
    ts = ts_path(language)
    tree = ET.parse(ts)
    n = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            text = done.get(f"{name}|{message.findtext('source') or ''}")
            if text is None:
                continue
            translation = message.find("translation")
            translation.text = text
            translation.attrib.pop("type", None)
            n += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate(ts)  # back to lupdate's own layout
    lrelease(ts, ts.with_suffix(".qm"))
    return n


def main(argv: list[str]) -> int:
    import json

    command = argv[1] if len(argv) > 1 else "check"
    if command == "todo":
        print(json.dumps({lang: todo(lang) for lang in LANGUAGES}, ensure_ascii=False,
                         indent=1))
        return 0
    if command == "apply" and len(argv) > 2:
        done = json.loads(Path(argv[2]).read_text("utf-8"))
        for language in LANGUAGES:
            print(f"{ts_path(language).name}: {apply(language, done)} translated")
        return 0
    if command == "carry" and len(argv) > 2:
        known = {source: t.text for (_, source), t in messages(Path(argv[2])).items()
                 if t.text and t.get("type") not in ("unfinished", "vanished", "obsolete")}
        for language in LANGUAGES:
            done = {f"{c}|{s}": known[s] for c, s in todo(language) if s in known}
            print(f"{ts_path(language).name}: {apply(language, done)} carried over")
        return 0
    if command not in ("update", "release", "check"):
        print(__doc__)
        return 2
    for language in LANGUAGES:
        ts = ts_path(language)
        if command == "update":
            lupdate(ts)
        if command in ("update", "release"):
            lrelease(ts, ts.with_suffix(".qm"))
    if command != "check":
        return 0
    found = [p for language in LANGUAGES for p in problems(language)]
    print("\n".join(found) or "translations: complete and up to date")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
