"""Plan exports opened back: CSV, XLSX (formulas neutralised), iCalendar and escaped HTML."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from planning_testkit import course, item

from catalog.errors import BadOptionError
from planning import compute_gap, make_plan, plan_bytes, write_plan

EVIL = '=HYPERLINK("http://evil.example","click")'
SCRIPT = "<script>alert(1)</script> & co"


@pytest.fixture
def gap_and_plan():
    items = [
        item("Coding", "2023-01-10", 10, "administrative"),
        item("-cmd|' /C calc'!A0", "2019-01-01", 1),
    ]
    gap = compute_gap("cma-aama", items, certified=date(2022, 3, 15), as_of=date(2024, 6, 1))
    courses = [
        course(
            "https://x.example/evil",
            10,
            "clinical",
            price=0,
            title=EVIL,
            live_dates=["2026-12-01T15:00:00+00:00"],
        ),
        course(
            "https://x.example/script",
            10,
            "general",
            price=5,
            title=SCRIPT,
            live_dates=["2026-12-02T18:00:00", "2026-12-09T18:00:00"],
        ),
        course("javascript:alert(1)", 30, None, price=10, title="+SUM(A1)"),
    ]
    plan = make_plan(gap, courses)
    assert plan["feasible"] and len(plan["courses"]) == 3
    return gap, plan


def test_csv_reads_back_with_formulas_neutralised(gap_and_plan):
    gap, plan = gap_and_plan
    rows = list(csv.DictReader(io.StringIO(plan_bytes(plan, gap, "csv").decode("utf-8"))))
    titles = {r["title"] for r in rows}
    assert "'" + EVIL in titles and "'+SUM(A1)" in titles and SCRIPT in titles
    evil = next(r for r in rows if r["url"] == "https://x.example/evil")
    assert (
        evil["points"] == "10"
        and evil["category"] == "clinical"
        and evil["live_dates"] == "2026-12-01T15:00:00+00:00"
    )


def test_xlsx_reads_back_as_text_not_formulas(gap_and_plan, tmp_path):
    gap, plan = gap_and_plan
    path = write_plan(plan, gap, tmp_path / "plan.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["plan", "gap"]
    sheet = workbook["plan"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["title", "provider", "url"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert all(c.data_type != "f" for c in cells)
    assert {c.value for c in cells} == {"'" + EVIL, SCRIPT, "'+SUM(A1)"}
    gap_sheet = [[c.value for c in row] for row in workbook["gap"].iter_rows()]
    assert gap_sheet[0] == [
        "requirement",
        "required",
        "counted",
        "remaining",
        "remaining_after_plan",
    ]
    assert gap_sheet[1] == ["total", 60, 10, 50, 0]
    flat = [str(v) for row in gap_sheet for v in row if v is not None]
    assert "ignored: -cmd|' /C calc'!A0" in flat
    assert all(not v.startswith(("=", "+", "-", "@")) for v in flat)


def test_ics_has_live_sessions_and_deadlines(gap_and_plan, tmp_path):
    gap, plan = gap_and_plan
    path = write_plan(plan, gap, tmp_path / "plan.ics")
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    summaries = sorted(str(e.get("summary")) for e in events)
    assert summaries.count(SCRIPT) == 2 and summaries.count(EVIL) == 1
    assert "CMA (AAMA) recertification deadline" in summaries
    assert "CMA (AAMA): last day to recertify by continuing education" in summaries
    deadline = next(
        e for e in events if str(e.get("summary")) == "CMA (AAMA) recertification deadline"
    )
    assert deadline.decoded("dtstart") == date(2027, 3, 31)
    session = next(e for e in events if str(e.get("summary")) == EVIL)
    assert session.decoded("dtstart").isoformat() == "2026-12-01T15:00:00+00:00"
    assert (session.decoded("dtend") - session.decoded("dtstart")).total_seconds() == 10 * 3600
    assert len({str(e.get("uid")) for e in events}) == len(events)


def test_html_escapes_untrusted_text_and_shows_the_gap(gap_and_plan, tmp_path):
    gap, plan = gap_and_plan
    page = write_plan(plan, gap, tmp_path / "plan.html").read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert 'href="javascript:' not in page
    assert '<a href="https://x.example/script"' in page
    assert (
        "Requirements" in page and "aama_approved" in page and "last day to recertify by CE" in page
    )


def test_infeasible_plan_exports_and_bad_extension(tmp_path):
    gap = compute_gap("cma-aama", [], certified=date(2022, 3, 15), as_of=date(2024, 6, 1))
    plan = make_plan(gap, [])
    assert not plan["feasible"]
    assert "No plan:" in plan_bytes(plan, gap, "html").decode()
    assert plan_bytes(plan, gap, "csv").decode().splitlines()[0].startswith("title,provider,url")
    with pytest.raises(BadOptionError, match="unknown extension"):
        write_plan(plan, gap, tmp_path / "plan.pdf")
    with pytest.raises(BadOptionError, match="does not exist"):
        write_plan(plan, gap, tmp_path / "missing" / "plan.csv")
    with pytest.raises(BadOptionError, match="unknown plan format"):
        plan_bytes(plan, gap, "pdf")
