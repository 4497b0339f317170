"""Benchmark: import a Comtrade+-shaped CSV against a plain read-and-insert baseline.

    python benchmarks/import_comtrade.py [--rows 1000000[,5000000]] [--no-baseline]

Baseline (same run, same machine): pandas reads the CSV, and the same figures remonitor
stores (each row's value and net weight) go into a SQLite table with a unique index through
executemany. remonitor: detect, decode, validate, plan and
commit as one batch (python -m remonitor import, in a subprocess so peak memory is its own).
Prints both times, the ratio (target ≤ 1.5) and remonitor's peak memory.

With two sizes (each row is two figures: 500,000,5000000 is 1 M and 10 M figures) it also
prints how the rate and the peak memory of the bigger import compare with the smaller's
(targets: rows/s ≥ 0.9×, peak ≤ 1.1×: an import streams).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = ("typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
          "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,"
          "partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
          "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,"
          "mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,"
          "altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
          "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,"
          "isAggregate")


def write_file(path: Path, rows: int) -> None:
    """250 partners × 20 products × 200 months (1M rows), like a Comtrade+ monthly download."""
    products = ["280530", "284610", "284690", "850511", "2805", "2846", "8505", "250300",
                "280511", "280519", "280540", "284410", "284420", "284430", "284440",
                "810890", "811292", "811299", "850519", "850520"]
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER + "\n")
        for i in range(rows):
            partner = i % 250
            product = products[(i // 250) % len(products)]
            month = i // (250 * len(products))
            year, m = 2005 + month // 12, month % 12 + 1
            fh.write(
                f'"C","M","{year}{m:02d}01","{year}","{m}","{year}{m:02d}","156","CHN","China",'
                f'"X","Export","{partner}","P{partner:03d}","Partner {partner}","0","W00",'
                f'"World","H5","HS","true","{product}","Rare-earth product {product}","6",'
                f'"true","C00","TOTAL CPC","0","0","TOTAL MOT","8","kg","{i % 9973 + 1}",'
                f'"false","-1","N/A","","false","{i % 9973 + 1}.5","false","","false",'
                f'"{i * 7 % 100003}.25","{i * 7 % 100003}.25","{i * 7 % 100003}.25","0",'
                f'"true","false",\n')


def baseline(path: Path, db: Path) -> float:
    import pandas as pd

    start = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, index_col=False,
                        usecols=["period", "partnerISO", "cmdCode", "primaryValue", "netWgt"])
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE obs (series TEXT, period TEXT, value REAL, "
                 "UNIQUE (series, period))")
    # The same figures remonitor stores: each row's value and its net weight.
    periods = frame["period"].tolist()
    with conn:
        for measure, column in (("value", "primaryValue"), ("kg", "netWgt")):
            series = (frame["partnerISO"] + "|" + frame["cmdCode"] + "|" + measure).tolist()
            conn.executemany("INSERT INTO obs VALUES (?, ?, ?)",
                             zip(series, periods, frame[column].astype(float).tolist(),
                                 strict=True))
    conn.close()
    return time.perf_counter() - start


def remonitor(path: Path, data_dir: Path) -> tuple[float, float]:
    # Prepare the store first so the timing is the import only.
    subprocess.run([sys.executable, "-m", "remonitor", "--data-dir", str(data_dir), "export",
                    "events", str(data_dir.parent / "e.csv")], check=True, capture_output=True)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "remonitor", "--data-dir", str(data_dir),
                              "import", str(path)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    # The child's own high-water mark, read while it runs. Its ru_maxrss is not: Linux
    # carries the forking parent's size into it (this process, holding the baseline's
    # pandas frame, made a 1 M-row import look like 468 MiB; it peaks near 180).
    peak = 0.0
    while True:
        peak = max(peak, _high_water_mib(child.pid))
        try:
            ended, status, usage = os.wait4(child.pid, os.WNOHANG)
        except ChildProcessError:
            raise SystemExit("the import's process was lost") from None
        if ended:
            break
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"the import failed ({child.returncode})")
    return elapsed, peak or usage.ru_maxrss / 1024  # (no /proc: the rough figure)


def _high_water_mib(pid: int) -> float:
    """VmHWM of a live process (0 when it cannot be read: gone, or no /proc)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", default="1000000",
                        help="rows per file, comma-separated for several sizes")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args()
    measured = []
    for rows in (int(r) for r in args.rows.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            path = tmp / "TradeData.csv"
            write_file(path, rows)
            size = path.stat().st_size / 1024**2
            plain = None if args.no_baseline else baseline(path, tmp / "baseline.sqlite3")
            ours, peak = remonitor(path, tmp / "data")
        print(f"rows: {rows:,} ({2 * rows:,} figures)  file: {size:,.0f} MiB")
        if plain is not None:
            print(f"  baseline (pandas read + executemany with unique index): {plain:.2f} s")
        print(f"  remonitor import (detect, decode, validate, plan, commit): {ours:.2f} s, "
              f"{rows / ours:,.0f} rows/s")
        if plain is not None:
            print(f"  ratio: {ours / plain:.2f}  (target ≤ 1.5)")
        print(f"  remonitor peak memory: {peak:,.0f} MiB")
        measured.append((rows, rows / ours, peak))
    if len(measured) > 1:
        (small, rate, peak), (big, big_rate, big_peak) = measured[0], measured[-1]
        print(f"{big:,} rows against {small:,}: rate {big_rate / rate:.2f}× (target ≥ 0.9), "
              f"peak memory {big_peak / peak:.2f}× (target ≤ 1.1)")


if __name__ == "__main__":
    main()
