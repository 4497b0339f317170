"""Benchmark: peak memory of planning an import, per byte of the file, at two sizes.

    python benchmarks/import_memory.py [--rows 150000]

For each reader kind — the classic Comtrade CSV (read in chunks into column blocks), the
Comtrade+ CSV (the same), and remonitor's own long table (read whole) — files of ROWS and
4 × ROWS rows are planned in a subprocess of their own, and its peak RSS above a bare
interpreter that imported the same modules is reported per byte of the file. Baseline (same
run): reading the same file's bytes into memory, which costs 1× its size. A reader that
streams grows far less than 4× from the small file to the big one; a whole-file reader
grows 4×, and `importers.source.TEXT_MEMORY_FACTOR` must cover its per-byte figure.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from import_comtrade import write_file as write_comtrade_plus  # noqa: E402

CLASSIC = ("Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,"
           "Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,"
           "Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,"
           "Netweight (kg),Trade Value (US$),Flag")


def write_classic(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(CLASSIC + "\n")
        for i in range(rows):
            month = i // 75_000
            period = f"{2000 + month // 12}{month % 12 + 1:02d}"
            fh.write(f"H4,{period[:4]},{period},{period},6,1,2,Export,156,China,CHN,{i % 250},"
                     f"Partner {i % 250},P{i % 250:03d},{280530 + (i // 250) % 300},Rare earth,"
                     f"8,kg,{i},{i * 3},{i * 7}.5,0\n")


def write_long(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("period,value,flow,reporter,partner,product,measure,unit,source\n")
        for i in range(rows):
            m = i // 1750
            fh.write(f"{1990 + m // 12}-{m % 12 + 1:02d},{i}.25,export,CHN,P{i % 250},"
                     f"{280530 + (i // 250) % 7},quantity,t,desk\n")


PROBE = """
import resource, sys
from pathlib import Path
from remonitor.importers.commit import build_plan
import pandas, numpy
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
if sys.argv[2] == "bytes":
    data = Path(sys.argv[1]).read_bytes()
else:
    plan = build_plan(Path(sys.argv[1]))
    assert not plan.errors, plan.errors[:3]
print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) * 1024)
"""


def peak(path: Path, how: str) -> int:
    out = subprocess.run([sys.executable, "-c", PROBE, str(path), how], capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(ROOT / "src")})
    return int(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=150_000)
    args = parser.parse_args()
    kinds = {"comtrade-classic": write_classic, "comtrade-plus": write_comtrade_plus,
             "remonitor-long-csv": write_long}
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'reader':20} {'rows':>9} {'MiB':>7} {'peak MiB':>9} {'per byte':>9} "
              f"{'bytes read':>10}")
        for kind, write in kinds.items():
            peaks = []
            for rows in (args.rows, 4 * args.rows):
                path = Path(tmp) / f"{kind}-{rows}.csv"
                write(path, rows)
                size = path.stat().st_size
                used, plain = peak(path, "plan"), peak(path, "bytes")
                peaks.append(used)
                print(f"{kind:20} {rows:>9,} {size / 2**20:7.1f} {used / 2**20:9.0f} "
                      f"{used / size:9.1f} {plain / size:10.1f}")
                path.unlink()
            print(f"{'':20} 4× the rows: {peaks[1] / peaks[0]:.2f}× the peak memory")


if __name__ == "__main__":
    main()
