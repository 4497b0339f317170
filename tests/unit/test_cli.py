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
    # Another store holds the same announcements (its reference dataset): without keys they
    # are still known by authority and number, and nothing is doubled.
    assert main(["--data-dir", str(tmp_path / "b"), "import", str(out)]) == 0
    assert "added 0 events; 10 already held" in capsys.readouterr().out
    for row in rows:  # the same announcements ten years on: new ones
        for field in ("announced", "effective", "end", "number"):
            row[field] = row[field].replace("202", "203")
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


ANALYST_HEADER = "Month,Value (USD),Tonnes,Unit price (USD/kg),Share of total\n"
"""An analyst's monthly table as pandas writes it: months as their first day, value and
tonnes side by side, and derived columns that are never imported."""


def test_an_analysts_table_imports_two_measures_through_one_saved_profile(tmp_path, capsys):
    from remonitor.store.connection import connect
    from remonitor.store.location import prepare_data_dir
    from remonitor.store.observations import list_series, observations_for

    first = tmp_path / "japan_2017.csv"
    first.write_text(ANALYST_HEADER + "2017-05-01,\"1,250,000.5\",150.25,8.32,0.41\n"
                     "2017/6/1,1300000,160,8.13,0.42\n2017-07-31,NaN,,,\n", encoding="utf-8")
    a = ["--data-dir", str(tmp_path / "a")]
    mapping = ["--map", "period=Month", "--map", "value=Value (USD)", "--map",
               "quantity=Tonnes", "--set", "quantity_unit=t", "--set", "unit=USD",
               "--set", "flow=export", "--set", "reporter=China", "--set", "partner=日本",
               "--set", "product=850511", "--set", "source=desk sheet"]
    assert main([*a, "import", *mapping, "--save-profile", "desk magnets", str(first)]) == 0
    out = capsys.readouterr().out
    assert "not imported: Unit price (USD/kg), Share of total" in out
    assert "profile 'desk magnets' saved" in out and "added 4" in out
    later = tmp_path / "japan_2018.csv"
    later.write_text(ANALYST_HEADER + "2018-01-01,990000,120,8.25,0.40\n2018-02-01,inf,1,1,1\n",
                     encoding="utf-8")
    assert main([*a, "import", "--profile", "desk magnets", str(later)]) == 1
    assert "row 3, column 'Value (USD)': 'inf' is not a finite number" in \
        capsys.readouterr().err
    later.write_text(ANALYST_HEADER + "2018-01-01,990000,120,8.25,0.40\n", encoding="utf-8")
    assert main([*a, "import", "--profile", "desk magnets", str(later)]) == 0
    assert "added 2" in capsys.readouterr().out
    conn = connect(prepare_data_dir(tmp_path / "a"))
    mine = {s.key.measure.value: s for s in list_series(conn) if s.key.source == "desk sheet"}
    assert {(s.key.reporter, s.key.partner, s.key.unit) for s in mine.values()} == {
        ("CHN", "JPN", "USD"), ("CHN", "JPN", "t")}
    values = {o.span.label(): str(o.value) for o in observations_for(conn, mine["value"].id)}
    assert values == {"2017-05": "1250000.5", "2017-06": "1300000", "2018-01": "990000"}
    tonnes = {o.span.label(): str(o.value) for o in observations_for(conn, mine["quantity"].id)}
    assert tonnes == {"2017-05": "150.25", "2017-06": "160", "2018-01": "120"}
    conn.close()


def test_an_unknown_unit_is_refused_naming_the_known_ones(tmp_path, capsys):
    sheet = tmp_path / "furlongs.csv"
    sheet.write_text("period,value\n2025-01,12\n", encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "a"), "import", "--map", "period=period",
                 "--map", "value=value", "--set", "unit=furlongs", "--set", "flow=export",
                 "--set", "reporter=CHN", "--set", "partner=WLD", "--set", "product=2846",
                 "--set", "measure=quantity", "--set", "source=desk", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert "'furlongs' is not a unit remonitor knows" in err and "USD" in err


def test_skip_bad_rows_with_no_good_row_refuses_like_any_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("period,value,flow,reporter,partner,product,measure,unit,source\n"
                   "2025-01,abc,export,CHN,WLD,x,quantity,t,GAC\n", encoding="utf-8")
    a = ["--data-dir", str(tmp_path / "a")]
    assert main([*a, "import", "--skip-bad-rows", str(bad)]) == 1
    assert "bad.csv, row 2, column 'value'" in capsys.readouterr().err
    bad.write_text("period,value,flow,reporter,partner,product,measure,unit,source\n"
                   "2025-01,12,export,CHN,WLD,x,quantity,t,GAC\n", encoding="utf-8")
    assert main([*a, "import", str(bad)]) == 0  # the file was not blocked by an empty batch


def test_the_command_line_reads_as_a_person_types_it(tmp_path, capsys):
    """--data-dir after the command too; a dry run makes no store; --help lists formats."""
    sheet = tmp_path / "figures.csv"
    sheet.write_text("period,value,flow,reporter,partner,product,measure,unit,source\n"
                     "2025-01,12,export,CHN,WLD,2846,quantity,t,desk\n", encoding="utf-8")
    fresh = tmp_path / "never"
    assert main(["import", "--dry-run", "--data-dir", str(fresh), str(sheet)]) == 0
    assert "would add" in capsys.readouterr().out or not fresh.exists()
    assert not (fresh / "remonitor.sqlite3").exists()
    assert main(["import", "--data-dir", str(tmp_path / "d"), str(sheet)]) == 0
    assert "added 1 figure" in capsys.readouterr().out
    assert (tmp_path / "d" / "remonitor.sqlite3").exists()
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "comtrade-plus" in out and "GAC major commodities table" in out


def test_starting_the_window_loads_no_reader_and_import_help_lists_them_all(capsys):
    """The import command's help lists every format read; building it imported every
    reader, 0.17 s of each start of the window."""
    code = ("import sys; from remonitor.app.cli import _parser; _parser().parse_args([]); "
            "print('remonitor.importers.formats' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    help_text = capsys.readouterr().out
    from remonitor.importers.formats import FORMATS

    assert all(name in help_text for name in FORMATS)
