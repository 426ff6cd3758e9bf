"""The real ``ceu`` command on real files: help, exports, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from catalog.db import make_engine, session_scope
from catalog.export import flat_columns
from catalog.store import upsert_courses
from catalog.synthetic import generate_records

COMMANDS = ("demo", "crawl", "score", "extract", "export", "gap", "plan", "dashboard")


def ceu(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ceu", *args], capture_output=True, text=True, timeout=120, env=env
    )


def assert_one_line_error(result: subprocess.CompletedProcess, starts: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(starts), lines[0]


@pytest.fixture
def small_db(tmp_path):
    db = str(tmp_path / "small.db")
    records = generate_records(12, seed=5)
    records[0]["title"] = '=HYPERLINK("http://evil.example","click")'
    with session_scope(make_engine(db)) as s:
        upsert_courses(s, records)
    return db, records


def test_help_lists_every_command():
    result = ceu("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_purpose_and_example(command):
    result = ceu(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Example: ceu " + command in " ".join(result.stdout.split())


def test_bad_db_folder_is_one_line(tmp_path):
    result = ceu("export", "--format", "jsonl", "--db", str(tmp_path / "missing" / "x.db"))
    assert_one_line_error(result, f"Error: --db: folder {tmp_path / 'missing'} does not exist")


def test_malformed_db_url_is_one_line():
    result = ceu("export", "--format", "jsonl", "--db", "postgresql+nosuchdriver://u@h/db")
    assert_one_line_error(result, "Error: --db: unsupported database driver")


def test_bad_format_is_one_line(tmp_path):
    result = ceu("export", "--format", "pdf", "--db", str(tmp_path / "x.db"))
    assert_one_line_error(result, "Error: --format:")
    assert result.returncode == 2


def test_xlsx_needs_out(tmp_path):
    result = ceu("export", "--format", "xlsx", "--db", str(tmp_path / "x.db"))
    assert_one_line_error(result, "Error: --out: xlsx export needs --out FILE.xlsx")


def test_unknown_command_is_one_line():
    assert_one_line_error(ceu("frobnicate"), "Error:")


def test_export_empty_database(tmp_path):
    db = str(tmp_path / "empty.db")
    jsonl = ceu("export", "--format", "jsonl", "--db", db)
    assert jsonl.returncode == 0 and jsonl.stdout == ""
    as_csv = ceu("export", "--format", "csv", "--db", db)
    assert as_csv.returncode == 0
    assert list(csv.reader(io.StringIO(as_csv.stdout))) == [flat_columns()]
    out = tmp_path / "empty.xlsx"
    assert ceu("export", "--format", "xlsx", "--out", str(out), "--db", db).returncode == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows == [tuple(flat_columns())]


def test_export_small_database_in_all_formats(small_db, tmp_path):
    db, records = small_db
    jsonl = ceu("export", "--format", "jsonl", "--include-stale", "--db", db)
    assert jsonl.returncode == 0, jsonl.stderr
    exported = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert {r["url"] for r in exported} == {r["url"] for r in records}
    assert all(set(r["checklist"]) == set(records[0]["checklist"]) for r in exported)

    as_csv = ceu("export", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == len(records)
    evil = [r for r in rows if "HYPERLINK" in r["title"]]
    assert evil and evil[0]["title"].startswith("'=")  # never a live formula

    out = tmp_path / "all.xlsx"
    assert ceu("export", "--format", "xlsx", "--out", str(out), "--db", db).returncode == 0
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    titles = [row[header.index("title")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(titles) == len(records)
    assert all(not str(t).startswith("=") for t in titles)


def test_export_filters(small_db):
    db, records = small_db
    result = ceu("export", "--format", "jsonl", "--free-only", "--category", "clinical", "--db", db)
    got = {json.loads(line)["url"] for line in result.stdout.splitlines()}
    expected = {r["url"] for r in records if r["is_free"] and r["category"] == "clinical"}
    assert got == expected


def test_python_dash_m_and_env_database(small_db, tmp_path):
    db, records = small_db
    import os

    env = {**os.environ, "CEU_DATABASE_URL": db}
    result = ceu("export", "--format", "jsonl", "--include-stale", env=env)
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == len(records)
