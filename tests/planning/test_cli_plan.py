"""``ceu gap`` and ``ceu plan`` run for real against a seeded SQLite catalogue."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from catalog.db import make_engine, session_scope
from catalog.store import upsert_courses
from catalog.synthetic import generate_records
from planning import compute_gap, read_transcript

HEADER = "title,provider,completed_on,credits,category,aama_approved,kind,minutes"
DATES = ("--certified", "2022-03-15", "--as-of", "2024-06-01")


def ceu(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ceu", *args], capture_output=True, text=True, timeout=120
    )


def one_line_error(result: subprocess.CompletedProcess, starts: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(starts), lines[0]


@pytest.fixture
def catalogue(tmp_path):
    db = str(tmp_path / "plan.db")
    records = generate_records(300, seed=7)
    with session_scope(make_engine(db)) as session:
        upsert_courses(session, records)
    return db, records


@pytest.fixture
def transcript(tmp_path, catalogue):
    _, records = catalogue
    taken = records[0]["title"]  # a catalogue course already done: must not be planned again
    path = tmp_path / "mine.csv"
    path.write_text(
        f"{HEADER}\n"
        f'"{taken}",Provider,2023-01-10,2,administrative,yes,,\n'
        "Phlebotomy,College,2023-02-01,6,clinical,no,,\n"
        "CPR,AHA,2023-03-01,,clinical,no,cpr_card,\n"
        "Short talk,Hospital,2023-04-01,1,general,no,,30\n",
        encoding="utf-8",
    )
    return path


def test_gap_json_is_the_library_result(transcript):
    result = ceu(
        "gap", "--credential", "cma-aama", "--transcript", str(transcript), *DATES, "--json"
    )
    assert result.returncode == 0, result.stderr
    expected = compute_gap(
        "cma-aama", read_transcript(transcript), certified=date(2022, 3, 15), as_of=date(2024, 6, 1)
    )
    assert json.loads(result.stdout) == expected
    assert expected["counted"]["total"] == 12 and expected["ignored"][0]["title"] == "Short talk"


def test_gap_table_is_readable(transcript):
    result = ceu(
        "gap",
        "--credential",
        "cma-aama",
        "--transcript",
        str(transcript),
        "--cycle-end",
        "2027-03-31",
        "--as-of",
        "2024-06-01",
    )
    assert result.returncode == 0, result.stderr
    assert (
        "CMA (AAMA): cycle 2022-03-01 to 2027-03-31, as of 2024-06-01: in progress" in result.stdout
    )
    assert "aama_approved" in result.stdout and "Not counted: Short talk" in result.stdout


def test_plan_json_over_the_catalogue(transcript, catalogue):
    db, records = catalogue
    result = ceu(
        "plan",
        "--credential",
        "cma-aama",
        "--transcript",
        str(transcript),
        *DATES,
        "--db",
        db,
        "--json",
    )
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["feasible"] and plan["objective"] == "cost" and plan["optimal"]
    urls = {r["url"] for r in records}
    assert all(c["url"] in urls for c in plan["courses"])
    assert records[0]["url"] not in {c["url"] for c in plan["courses"]}
    assert plan["total_cost_usd"] == pytest.approx(
        sum(c["price_usd"] or 0 for c in plan["courses"])
    )
    assert plan["remaining_after"]["total"] == 0
    assert all("live_dates" in c for c in plan["courses"])


def test_plan_filters_and_hours(transcript, catalogue):
    db, _ = catalogue
    args = (
        "plan",
        "--credential",
        "cma-aama",
        "--transcript",
        str(transcript),
        *DATES,
        "--db",
        db,
        "--json",
    )
    free = json.loads(ceu(*args, "--free-only", "--online-only", "--objective", "hours").stdout)
    assert free["objective"] == "hours"
    assert all(
        c["is_free"] and ("online" in c["format"] or "webinar" in c["format"])
        for c in free["courses"]
    )
    broke = json.loads(ceu(*args, "--budget", "0", "--aama-only").stdout)
    assert all(c["aama_approved"] and c["is_free"] for c in broke["courses"])


def test_plan_exports(transcript, catalogue, tmp_path):
    db, _ = catalogue
    base = ("plan", "--credential", "cma-aama", "--transcript", str(transcript), *DATES, "--db", db)
    xlsx = tmp_path / "plan.xlsx"
    result = ceu(*base, "--out", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert f"Wrote the plan to {xlsx}" in result.stderr
    assert "courses," in result.stdout and "in total" in result.stdout
    assert load_workbook(xlsx)["plan"].max_row >= 2
    ics = tmp_path / "plan.ics"
    assert ceu(*base, "--out", str(ics), "--json").returncode == 0
    summaries = [str(e.get("summary")) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")]
    assert "CMA (AAMA) recertification deadline" in summaries


def test_errors_are_one_line(tmp_path, transcript, catalogue):
    db, _ = catalogue
    bad = tmp_path / "bad.csv"
    bad.write_text(
        f"{HEADER}\nA,B,2023-01-01,1,general,yes,,\nC,D,2023-01-01,x,general,yes,,\n",
        encoding="utf-8",
    )
    one_line_error(
        ceu("gap", "--credential", "cma-aama", "--transcript", str(bad), *DATES),
        f"Error: {bad}, row 3, column credits: 'x' is not a number",
    )
    one_line_error(
        ceu(
            "plan",
            "--credential",
            "cma-aama",
            "--transcript",
            str(transcript),
            *DATES,
            "--db",
            db,
            "--out",
            str(tmp_path / "p.pdf"),
        ),
        "Error: --out: p.pdf: unknown extension",
    )
    one_line_error(
        ceu(
            "gap",
            "--credential",
            "cma-aama",
            "--transcript",
            str(transcript),
            "--certified",
            "2022-03-15",
            "--cycle-end",
            "2027-03-31",
        ),
        "Error: --certified: give --certified or --cycle-end, not both",
    )
    one_line_error(
        ceu(
            "gap",
            "--credential",
            "cma",
            "--transcript",
            str(transcript),
            "--certified",
            "2022-03-15",
        ),
        "Error: --credential: unknown credential 'cma'",
    )
