"""Pure helpers of the dashboard: safe text and links, table cells, plan state and gap arithmetic."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from catalog.errors import BadOptionError, InputFileError
from catalog.synthetic import generate_records
from ceu import cmd_dashboard
from dashboard import keys, plan_state
from dashboard.safe import one_line, plain, safe_url
from dashboard.tables import credits_split, price_text, results_frame, split_text, tags_of
from planning import compute_gap, make_plan, plan_bytes

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "**bold** _it_ `code` # head",
    ":material/home: :smile: $x^2$",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_plain_escapes_every_markdown_and_html_character(text):
    escaped = plain(text)
    for index, char in enumerate(escaped):
        if char in "<>[]()*_`#:$":
            assert escaped[index - 1] == "\\", escaped


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/x", "https://a.example/x"),
        ("http://127.0.0.1:8000/c", "http://127.0.0.1:8000/c"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<b>x</b>", None),
        ("/relative/path", None),
        ("https://a.example/x\njavascript:1", None),
        (None, None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_one_line_folds_and_cuts():
    assert one_line("a\n b", 10) == "a b"
    assert one_line("x" * 20, 10) == "x" * 9 + "…"


def test_table_cells():
    course = {"id": 1, "aama_approved": True, "is_free": True, "category": "clinical",
              "format": "live webinar", "credit_unit": "iacet_ceu", "status": "stale", "points": 2.0}
    assert tags_of(course) == ["AAMA", "Free", "Clinical", "Online", "IACET", "Stale"]
    assert price_text(course) == "Free"
    assert price_text({"price_usd": 1234.5}) == "$1,234.50"
    assert price_text({"price_usd": None}) == "not stated"
    assert credits_split(course) == {"administrative": None, "clinical": 2.0, "general": None}
    split = {"credits_by_category": {"administrative": 0, "clinical": 1.0, "general": 0.5}}
    assert credits_split(split) == {"administrative": None, "clinical": 1.0, "general": 0.5}
    assert split_text(split) == "clinical 1 · general 0.5"
    frame = results_frame([{**course, "title": "T", "url": "javascript:x"}])
    assert frame.index.tolist() == [1] and frame["link"].iloc[0] is None


def test_transcript_table_round_trip_and_errors():
    csv = b"title,provider,completed_on,credits,category,aama_approved\n=HYPERLINK(1),P,2024-01-02,2,clinical,yes\n"
    rows = plan_state.rows_from_csv(csv, "t.csv")
    frame = plan_state.rows_frame(rows)
    assert frame["completed_on"].iloc[0] == date(2024, 1, 2) and frame["aama_approved"].iloc[0]
    items = plan_state.items_from_frame(frame)
    assert items[0].credits == 2.0 and items[0].aama_approved
    out = plan_state.transcript_csv(frame).decode()
    assert out.splitlines()[1].startswith("'=HYPERLINK(1),P,2024-01-02,2,clinical,yes")
    bad = plan_state.rows_frame([{"title": "X", "completed_on": None, "credits": 1}])
    with pytest.raises(InputFileError, match="transcript table, row 1, column completed_on"):
        plan_state.items_from_frame(bad)
    assert plan_state.items_from_frame(plan_state.empty_transcript()) == []


def test_hand_edits_and_gaps_after_them():
    courses = [dict(r, url=f"https://x.example/{i}") for i, r in enumerate(generate_records(200, seed=11))]
    gap = compute_gap("cma-aama", [], certified=date(2023, 3, 15), as_of=date(2026, 1, 1))
    state: dict = {}
    clinical = next(c for c in courses if c["category"] == "clinical" and c["aama_approved"])
    assert plan_state.add_course(state, clinical) and not plan_state.add_course(state, clinical)
    after = plan_state.remaining_with(gap, plan_state.plan_courses(state))
    assert after["clinical"] == pytest.approx(10 - clinical["points"])
    assert after["aama_approved"] == pytest.approx(30 - clinical["points"])
    plan = plan_state.current_plan(gap, plan_state.plan_courses(state), None)
    assert not plan["feasible"] and "do not close" in plan["reason"]
    bars = plan_state.gap_bars(gap, plan["remaining_after"]).set_index("requirement")
    assert bars.loc["clinical", "planned"] == pytest.approx(clinical["points"])
    filled = make_plan(gap, courses, include_urls=state[keys.PLAN_ADDED])
    assert filled["feasible"] and clinical["url"] in [c["url"] for c in filled["courses"]]
    state[keys.PLAN_COURSES] = [plan_state.plan_record(c) for c in filled["courses"]]
    plan = plan_state.current_plan(gap, plan_state.plan_courses(state), filled)
    assert plan["feasible"] and plan["remaining_after"] == filled["remaining_after"]
    assert plan["total_cost_usd"] == filled["total_cost_usd"]
    assert plan_bytes(plan, gap, "csv").decode().startswith("title,provider,url")
    plan_state.remove_course(state, clinical["url"])
    assert clinical["url"] in state[keys.PLAN_REMOVED] and clinical["url"] not in state[keys.PLAN_ADDED]
    assert isinstance(plan_state.gap_bars(gap, gap["remaining"]), pd.DataFrame)


def test_launcher_refuses_a_busy_port(sqlite_db):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(BadOptionError, match=f"port {port} is already in use"):
            cmd_dashboard.launch_dashboard(sqlite_db, port)
    with pytest.raises(BadOptionError, match="not a port number"):
        cmd_dashboard.launch_dashboard(sqlite_db, 70000)
    command = cmd_dashboard.streamlit_command(8555)
    assert command[1:4] == ["-m", "streamlit", "run"] and command[4].endswith("dashboard/app.py")
    assert "--server.headless" in command and "127.0.0.1" in command and "8555" in command


@pytest.mark.parametrize(("exit_code", "stopped"), [("0", True), ("-2", True), ("3", False)])
def test_a_server_that_stops_by_itself_or_by_ctrl_c_reports_its_stop(sqlite_db, monkeypatch, capsys, exit_code, stopped):
    """Ctrl-C reaches the Streamlit server as well as the launcher: the server may stop (exit 0, or killed by SIGINT)
    before the launcher sees the interrupt, and the launcher still says it stopped; any other exit is an error."""
    import sys

    script = "import os, signal; os.kill(os.getpid(), signal.SIGINT)" if exit_code == "-2" else f"raise SystemExit({exit_code})"
    monkeypatch.setattr(cmd_dashboard, "streamlit_command", lambda port: [sys.executable, "-c", script])
    if stopped:
        cmd_dashboard.launch_dashboard(sqlite_db, None)
        assert "Dashboard stopped." in capsys.readouterr().err
    else:
        with pytest.raises(BadOptionError, match="exit code 3"):
            cmd_dashboard.launch_dashboard(sqlite_db, None)


def test_every_download_format_of_a_hand_edited_plan():
    courses = [dict(r, url=f"https://x.example/{i}") for i, r in enumerate(generate_records(120, seed=4))]
    gap = compute_gap("cma-aama", [], certified=date(2023, 3, 15), as_of=date(2026, 1, 1))
    state: dict = {}
    for course in courses[:3]:
        plan_state.add_course(state, course)
    plan = plan_state.current_plan(gap, plan_state.plan_courses(state), None)
    assert plan["total_cost_usd"] == pytest.approx(sum(0 if c["is_free"] else c["price_usd"] for c in courses[:3]))
    assert plan_bytes(plan, gap, "csv").count(b"\n") == 4
    assert plan_bytes(plan, gap, "xlsx")[:2] == b"PK"
    assert b"BEGIN:VCALENDAR" in plan_bytes(plan, gap, "ics")
    assert b"<html" in plan_bytes(plan, gap, "html").lower()
