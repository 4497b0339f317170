"""A local stand-in for the UN Comtrade API and Eurostat's Comext API, on 127.0.0.1, for
the live-source tests and the benchmark: no test touches the internet.

Its Comtrade answers are built from the real Comtrade+ rows in ../shared/data (the API's
JSON fields are the download's columns: every field of every record is a real row's, with
the reporter, product, period and flow of the query put in, and the value scaled by a fixed
rule so months differ). Its Comext answers are JSON-stat 2.0 cubes in the shape Eurostat's
dissemination API gives (id, size, dimension with category index and label, value keyed by
cell number, status, updated, extension). Failures are queued by the test: ``fail("429:120")``
makes the next request answer 429 with Retry-After 120.
"""

from __future__ import annotations

import csv
import json
import threading
import urllib.parse
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def template_rows(path: Path | None = None) -> list[dict]:
    """The real Comtrade+ rows (THA 8542 by partner), typed as the API types them."""
    path = path or SHARED / "comtrade-plus" / "TradeData.csv"
    with path.open(encoding="cp1252", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        record = {}
        for name, text in row.items():
            if not name:
                continue
            if text in ("true", "false"):
                record[name] = text == "true"
            elif text == "":
                record[name] = None
            else:
                try:
                    number = float(text)
                    record[name] = int(number) if number.is_integer() and "." not in text \
                        else number
                except ValueError:
                    record[name] = text
        out.append(record)
    # One record per partner (the template's latest year), as a month of one code has.
    latest = max(r["refYear"] for r in out)
    return [r for r in out if r["refYear"] == latest and r["partner2Code"] == 0]


REPORTERS = {"156": ("CHN", "China"), "392": ("JPN", "Japan"), "842": ("USA", "USA"),
             "410": ("KOR", "Rep. of Korea"), "528": ("NLD", "Netherlands"),
             "276": ("DEU", "Germany"), "699": ("IND", "India"), "490": ("S19", "Other Asia, nes"),
             "764": ("THA", "Thailand")}


class LiveServer:
    """Start with ``with LiveServer() as server:``; ``server.base`` is its URL."""

    def __init__(self, template: list[dict] | None = None, key: str = "") -> None:
        self.template = template or template_rows()
        self.key = key
        self.released: dict[tuple[str, str], str] = {}
        """(reporter, period YYYYMM) → lastReleased; unlisted months are not published."""
        self.revision: dict[tuple[str, str], float] = defaultdict(lambda: 1.0)
        """A factor on a month's values: a revision changes the figures."""
        self.comext_updated = "2026-11-14T23:00:00+0100"
        self.failures: list[str] = []
        self.requests: list[str] = []
        self.cap = 500
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LiveServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fail(self, *how: str) -> None:
        with self._lock:
            self.failures.extend(how)

    def publish(self, reporter: str, periods, stamp: str) -> None:
        for period in periods:
            self.released[(reporter, period)] = stamp

    # -- answers ------------------------------------------------------------------------

    def comtrade_records(self, query: dict[str, str]) -> list[dict]:
        reporter = query.get("reporterCode", "156")
        iso, desc = REPORTERS.get(reporter, (reporter, reporter))
        flow = query.get("flowCode", "X")
        partners = set(query.get("partnerCode", "").split(",")) - {""}
        out = []
        for period in query.get("period", "").split(","):
            if (reporter, period) not in self.released:
                continue
            factor = self.revision[(reporter, period)]
            for code in query.get("cmdCode", "").split(","):
                for i, row in enumerate(self.template):
                    if partners and str(row["partnerCode"]) not in partners:
                        continue
                    record = dict(row)
                    scale = (int(period[-2:]) + len(code) + i % 7) / 1000 * factor
                    record.update({
                        "freqCode": "M", "refPeriodId": int(period + "01"),
                        "refYear": int(period[:4]), "refMonth": int(period[4:]),
                        "period": period, "reporterCode": int(reporter),
                        "reporterISO": iso, "reporterDesc": desc,
                        "flowCode": flow, "flowDesc": "Export" if flow == "X" else "Import",
                        "classificationCode": "H6", "cmdCode": code,
                        "cmdDesc": f"HS {code}", "aggrLevel": 6, "isLeaf": True})
                    for name in ("primaryValue", "cifvalue", "fobvalue"):
                        if isinstance(record.get(name), int | float):
                            record[name] = round(record[name] * scale, 2)
                    record["netWgt"] = round((record.get("primaryValue") or 0) / 31, 3)
                    out.append(record)
        return out

    def availability(self, query: dict[str, str]) -> list[dict]:
        rows = []
        for reporter in query.get("reporterCode", "").split(","):
            for period in query.get("period", "").split(","):
                stamp = self.released.get((reporter, period))
                if stamp:
                    rows.append({"typeCode": "C", "freqCode": "M", "classificationCode": "H6",
                                 "reporterCode": int(reporter), "period": period,
                                 "firstReleased": stamp, "lastReleased": stamp,
                                 "totalRecords": len(self.template)})
        return rows

    def comext_cube(self, query: list[tuple[str, str]]) -> dict:
        many = defaultdict(list)
        for name, value in query:
            many[name].append(value)
        reporters, products = many["reporter"], many["product"]
        if "lastTimePeriod" in many:
            times = ["2026M09"]
        else:
            since = many.get("sinceTimePeriod", ["2026M07"])[0]
            year, month = int(since[:4]), int(since[5:])
            times = []
            while (year, month) <= (2026, 9):
                times.append(f"{year}M{month:02d}")
                year, month = (year + (month == 12), month % 12 + 1)
        dims = {"freq": ["M"], "reporter": reporters, "partner": many["partner"],
                "product": products, "flow": many["flow"],
                "indicators": many["indicators"], "time": times}
        ids = list(dims)
        sizes = [len(dims[d]) for d in ids]
        values, status, n = {}, {}, 0
        import itertools

        for cell in itertools.product(*(range(s) for s in sizes)):
            picked = {d: dims[d][i] for d, i in zip(ids, cell, strict=True)}
            if picked["product"] == "28469050":  # a line with nothing traded: empty
                n += 1
                continue
            base = 1000 + 37 * cell[1] + 11 * cell[3] + 3 * cell[-1]
            values[str(n)] = base * (17.5 if picked["indicators"] == "VALUE_IN_EUROS" else 1)
            if cell[-1] == len(times) - 1:
                status[str(n)] = "p"
            n += 1
        return {
            "version": "2.0", "class": "dataset",
            "label": "EU trade since 1988 by HS2-4-6 and CN8",
            "source": "ESTAT", "updated": self.comext_updated,
            "value": values, "status": status, "id": ids, "size": sizes,
            "dimension": {d: {"label": d, "category": {
                "index": {code: i for i, code in enumerate(dims[d])},
                "label": {code: (f"CN {code}" if d == "product" else code)
                          for code in dims[d]}}} for d in ids},
            "extension": {"datasetId": "DS-045409", "status": {"label": {"p": "provisional"}},
                          "lang": "EN"},
        }

    # -- HTTP ---------------------------------------------------------------------------

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None,
                      length: int | None = None) -> None:
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body) if length is None
                                                       else length))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                parts = urllib.parse.urlsplit(self.path)
                with server._lock:
                    server.requests.append(self.path)
                    failure = server.failures.pop(0) if server.failures else ""
                if failure and self._fail(failure):
                    return
                if parts.path.startswith("/data/v1") and \
                        self.headers.get("Ocp-Apim-Subscription-Key") != server.key:
                    self._send(401, b'{"statusCode": 401, "message": "Access denied due to '
                                    b'invalid subscription key."}')
                    return
                query = dict(urllib.parse.parse_qsl(parts.query))
                if "getDA" in parts.path:
                    rows = server.availability(query)
                    body = {"elapsedTime": "0.01 secs", "count": len(rows), "data": rows,
                            "error": ""}
                elif "/C/M/HS" in parts.path:
                    records = server.comtrade_records(query)
                    if "preview" in parts.path:
                        records = records[:server.cap]
                    body = {"elapsedTime": "0.1 secs", "count": len(records),
                            "data": records, "error": ""}
                elif parts.path.startswith("/comext"):
                    body = server.comext_cube(urllib.parse.parse_qsl(parts.query))
                else:
                    self._send(404, b'{"error": "not found"}')
                    return
                self._send(200, json.dumps(body).encode())

            def _fail(self, failure: str) -> bool:
                kind, _, arg = failure.partition(":")
                if kind == "429":
                    self._send(429, b'{"statusCode": 429, "message": "Rate limit is exceeded."}',
                               {"Retry-After": arg} if arg else {})
                elif kind in ("401", "403", "500", "503"):
                    self._send(int(kind), b'{"message": "failed on purpose"}')
                elif kind == "reset":
                    import socket
                    import struct

                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                               struct.pack("ii", 1, 0))
                    self.connection.close()
                elif kind == "truncate":
                    self._send(200, b'{"elapsedTime": "0.1 secs", "count": 3, "data": [{"re',
                               length=4000)
                elif kind == "garbage":
                    self._send(200, b"<html>Service temporarily unavailable</html>")
                elif kind == "huge":
                    self._send(200, b"[" + b"0," * (int(arg or 50_000_000) // 2) + b"0]")
                else:
                    return False
                return True

        return Handler


def main() -> None:
    """Serve in a process of its own (the benchmark: the server's work is not the
    window's): ``python tests/live_server.py KEY MONTHS PERIOD…``; prints its URL."""
    import sys
    import threading

    key, months = sys.argv[1], sys.argv[2:]
    with LiveServer(key=key) as server:
        for reporter in ("156", *("392", "842", "410", "528", "276", "699", "490", "764")):
            server.publish(reporter, months, "2026-11-25T00:00:00")
        print(server.base, flush=True)
        threading.Event().wait()  # serves until the benchmark ends this process


if __name__ == "__main__":
    main()
