"""The command line: version, import, export, and messages on the console."""

import csv
import subprocess
import sys

import pytest

from remonitor import __version__
from remonitor.app.cli import main


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_export_events_then_import_them_elsewhere(tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert main(["--data-dir", str(tmp_path / "a"), "export", "events", str(out)]) == 0
    assert "Exported 10 rows" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["key"] for r in rows} >= {"mofcom-2025-70", "mofcom-2025-18"}
    # Another store that removed nothing already holds these keys; a fresh copy without
    # keys imports as new events.
    for row in rows:
        row["key"] = ""
        row["links"] = ""
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    assert "added 10" in capsys.readouterr().out


def test_import_refusal_names_file_row_and_column(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("period,value,flow,reporter,partner,product,measure,unit,source\n"
                   "2025-01,1.2.3,export,CHN,WLD,x,quantity,t,GAC\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "d"), "import", "--dry-run", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv, row 2, column 'value'" in err and "nothing stored" in err


def test_a_corrupt_store_is_reported_not_replaced(tmp_path, capsys):
    data = tmp_path / "d"
    data.mkdir()
    db = data / "remonitor.sqlite3"
    db.write_bytes(b"garbage" * 50)
    assert main(["--data-dir", str(data), "export", "events", str(tmp_path / "e.csv")]) == 2
    assert str(db) in capsys.readouterr().err
    assert db.read_bytes() == b"garbage" * 50


@pytest.mark.slow
def test_self_test_passes_in_a_fresh_process():
    result = subprocess.run([sys.executable, "-m", "remonitor", "--self-test"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "FAIL" not in result.stdout


def test_applications_round_trip_through_the_command_line(tmp_path, capsys):
    sheet = tmp_path / "desk.csv"
    sheet.write_text("Reference,Status,Applicant\nRE-1,Draft,Baotou\nRE-2,Draft,Ganzhou\n",
                     encoding="utf-8")
    a = ["--data-dir", str(tmp_path / "a")]
    assert main([*a, "import", "--applications", str(sheet)]) == 0
    assert "added 2 applications" in capsys.readouterr().out
    out = tmp_path / "apps.xlsx"
    assert main([*a, "export", "applications", str(out)]) == 0
    capsys.readouterr()
    b = ["--data-dir", str(tmp_path / "b")]
    assert main([*b, "import", "--applications", str(out)]) == 0
    assert "added 2 applications" in capsys.readouterr().out
    assert main([*b, "import", "--applications", str(out)]) == 0
    assert "already present, left as they are: RE-1, RE-2" in capsys.readouterr().out


def test_exchange_rates_import_from_the_command_line(tmp_path, capsys):
    rates = tmp_path / "rates.csv"
    rates.write_text("Month,CNY per USD\n2025-05,7.19\n2025-06,7.17\n", encoding="utf-8")
    a = ["--data-dir", str(tmp_path / "a")]
    assert main([*a, "import", "--rates", "--dry-run", str(rates)]) == 0
    assert "2 months of CNY per USD; dry run" in capsys.readouterr().out
    assert main([*a, "import", "--rates", str(rates)]) == 0
    assert "2 months of CNY per USD" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("Month,CNY per USD\n2025-05,seven\n", encoding="utf-8")
    assert main([*a, "import", "--rates", str(bad)]) == 1
    assert "bad.csv, row 2, column 'CNY per USD'" in capsys.readouterr().err
