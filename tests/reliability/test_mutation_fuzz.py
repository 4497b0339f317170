"""A mutation fuzzer over the real files in ../shared/data: each file damaged the ways real
files are damaged — bits flipped, cut short, NULs, a BOM, another encoding, a huge field,
another delimiter, the header gone, every row twice. Through the importer, the command line
and the inbox, each one is imported or refused in words: never a traceback, never a hang,
and a refusal writes nothing."""

from __future__ import annotations

import contextlib
import random
import signal

import pytest

from remonitor.importers.commit import import_file
from remonitor.importers.problems import ImportFailed
from tests.conftest import shared_files

PER_CASE_S = 30
"""A case that takes longer is a hang."""


def _text_mutations(raw: bytes, rng: random.Random) -> dict[str, bytes]:
    text = raw.decode("utf-8", "replace") if not raw.startswith(b"\xff\xfe") else \
        raw.decode("utf-16")
    lines = text.splitlines(keepends=True)
    middle = rng.randrange(1, max(len(lines), 2))
    huge = [*lines[:middle], "x," * 10 + "y" * 1_200_000 + "\n", *lines[middle:]]
    long_row = lines[middle - 1].rstrip("\r\n") + "," + "z" * 200_000 + "\n"
    big_cell = [*lines[:middle], long_row, *lines[middle:]]
    unclosed = [*lines[:middle], '"' + lines[middle - 1], *lines[middle:]]
    return {
        "utf-8 bom": b"\xef\xbb\xbf" + raw,
        "utf-16": text.encode("utf-16"),
        "gb18030": text.encode("gb18030", "replace"),
        "cp1252": text.encode("cp1252", "replace"),
        "semicolons": text.replace(",", ";").encode("utf-8"),
        "tabs": text.replace(",", "\t").encode("utf-8"),
        "no header": "".join(lines[1:]).encode("utf-8"),
        "every row twice": "".join(lines[:1] + lines[1:] * 2).encode("utf-8"),
        "a line over the limit": "".join(huge).encode("utf-8"),
        "a 200 KB cell": "".join(big_cell).encode("utf-8"),
        "an unclosed quote": "".join(unclosed).encode("utf-8"),
    }


def mutations(raw: bytes, seed: str, text: bool) -> dict[str, bytes]:
    rng = random.Random(seed)
    out: dict[str, bytes] = {}
    flipped = bytearray(raw)
    for _ in range(8):
        i = rng.randrange(len(flipped))
        flipped[i] ^= 1 << rng.randrange(8)
    out["8 bits flipped"] = bytes(flipped)
    out["cut at a third"] = raw[: len(raw) // 3]
    out["cut at two thirds"] = raw[: 2 * len(raw) // 3]
    with_nuls = bytearray(raw)
    for _ in range(3):
        with_nuls.insert(rng.randrange(len(with_nuls)), 0)
    out["NULs"] = bytes(with_nuls)
    out["empty"] = b""
    if text:
        out |= _text_mutations(raw, rng)
    return out


@contextlib.contextmanager
def deadline(seconds: int, what: str):
    def hung(signum, frame):
        raise TimeoutError(f"{what} took more than {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def batches(conn) -> int:
    return conn.execute("SELECT count(*) FROM import_batch").fetchone()[0]


@pytest.mark.parametrize("original", shared_files(),
                         ids=lambda p: p.name if hasattr(p, "name") else str(p))
def test_a_damaged_real_file_is_imported_or_refused_never_a_crash(store, tmp_path, original,
                                                                  capsys):
    from remonitor.app.cli import main
    from remonitor.workers.inbox import take

    raw = original.read_bytes()
    cases = mutations(raw, original.name, text=original.suffix.lower() in (".csv", ".json"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, (how, data) in enumerate(cases.items()):
        path = tmp_path / f"{i:02d}{original.suffix}"
        path.write_bytes(data)
        before = batches(store)
        with deadline(PER_CASE_S, f"{original.name}, {how}"):
            try:
                import_file(store, path)
            except ImportFailed as exc:
                assert batches(store) == before, f"{how}: refused, yet a batch was written"
                assert str(exc), how
        if i % 4 == 0:  # the command line, as a user runs it (in this process: faster)
            with deadline(PER_CASE_S, f"remonitor import, {how}"):
                code = main(["--data-dir", str(tmp_path / "cli"), "import", str(path)])
            err = capsys.readouterr().err
            assert code in (0, 1), f"{how}: exit {code}\n{err}"
            assert "Traceback" not in err, how
        if i % 4 == 1:  # dropped in the inbox
            dropped = inbox / f"d{i:02d}{original.suffix}"
            dropped.write_bytes(data)
            with deadline(PER_CASE_S, f"inbox, {how}"):
                outcome = take(store, dropped, inbox, _Ctx())
            assert outcome.kind in ("imported", "already", "failed", "waiting"), how


class _Ctx:
    cancelled = False

    def progress(self, *args, **kwargs) -> None:
        pass
