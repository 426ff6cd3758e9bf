"""My plan's state and arithmetic: the transcript table, the hand-edited course list, gaps after it.

Pure functions over plain data (and a session-state mapping passed in), so they
are tested without Streamlit. The transcript lives only in the browser session:
nothing here writes to the database.
"""

from __future__ import annotations

import io
from collections.abc import MutableMapping, Sequence
from datetime import date
from typing import Any

import pandas as pd

from catalog.export import write_csv_rows
from dashboard import keys
from planning import items_from_rows, parse_transcript, remaining_after
from planning.candidates import select_candidates
from planning.counting import tidy
from planning.rules import load_credential
from planning.transcript import TranscriptItem

TRANSCRIPT_COLUMNS = [
    "title", "provider", "completed_on", "credits", "category", "aama_approved", "kind",
    "minutes", "hours",
]
PLAN_FIELDS = (
    "url", "title", "provider", "description", "credits", "credit_unit", "points",
    "credits_by_category", "category", "aama_approved", "aama_evidence", "price_usd", "is_free",
    "fee_reasonable", "format", "checklist", "quality_score", "live_dates",
)


def empty_transcript() -> pd.DataFrame:
    """A typed, empty transcript table for the editor."""
    return rows_frame([])


def rows_frame(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """Transcript rows as the editor's table (dates as dates, approval as a tick box)."""
    frame = pd.DataFrame(list(rows), columns=TRANSCRIPT_COLUMNS)
    frame["completed_on"] = pd.to_datetime(frame["completed_on"], errors="coerce").dt.date
    for column in ("credits", "minutes", "hours"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    frame["aama_approved"] = frame["aama_approved"].fillna(False).astype(bool)
    for column in ("title", "provider", "category", "kind"):
        frame[column] = frame[column].astype("object")
    return frame


def rows_from_items(items: Sequence[TranscriptItem]) -> list[dict[str, Any]]:
    """Editor rows from parsed transcript items (e.g. an uploaded CSV)."""
    return [
        {
            "title": i.title, "provider": i.provider, "completed_on": i.completed_on,
            "credits": i.credits, "category": i.category, "aama_approved": i.aama_approved,
            "kind": i.kind, "minutes": i.minutes, "hours": i.hours,
        }
        for i in items
    ]


def rows_from_csv(data: bytes, name: str) -> list[dict[str, Any]]:
    """Editor rows from an uploaded transcript CSV; InputFileError naming row and column."""
    text = data.decode("utf-8-sig", errors="replace")
    return rows_from_items(parse_transcript(text, name))


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def frame_rows(frame: pd.DataFrame) -> list[dict[str, str]]:
    """The edited table as text rows in the transcript CSV's shape."""
    return [{c: _cell(row.get(c)) for c in TRANSCRIPT_COLUMNS} for row in frame.to_dict("records")]


def items_from_frame(frame: pd.DataFrame) -> list[TranscriptItem]:
    """Transcript items from the edited table; InputFileError naming the table row and column."""
    return items_from_rows(frame_rows(frame), "transcript table", first_row=1)


def transcript_csv(frame: pd.DataFrame) -> bytes:
    """The table as a transcript CSV (the upload format), formula-looking cells neutralised."""
    out = io.StringIO(newline="")
    write_csv_rows(frame_rows(frame), TRANSCRIPT_COLUMNS, out)
    return out.getvalue().encode("utf-8")


def plan_record(course: dict[str, Any]) -> dict[str, Any]:
    """A course (record or dashboard row) reduced to what a plan and its exports need."""
    return {name: course.get(name) for name in PLAN_FIELDS}


def plan_courses(state: MutableMapping[str, Any]) -> list[dict[str, Any]]:
    """The courses in the plan now."""
    return list(state.get(keys.PLAN_COURSES) or [])


def add_course(state: MutableMapping[str, Any], course: dict[str, Any]) -> bool:
    """Add a course by hand (kept when gaps are filled again); False if it was already there."""
    record = plan_record(course)
    courses = plan_courses(state)
    state[keys.PLAN_ADDED] = sorted({*(state.get(keys.PLAN_ADDED) or []), record["url"]})
    state[keys.PLAN_REMOVED] = [u for u in state.get(keys.PLAN_REMOVED) or [] if u != record["url"]]
    if any(c["url"] == record["url"] for c in courses):
        return False
    state[keys.PLAN_COURSES] = [*courses, record]
    return True


def remove_course(state: MutableMapping[str, Any], url: str) -> None:
    """Remove a course by hand (never chosen again by "Fill my gaps")."""
    state[keys.PLAN_COURSES] = [c for c in plan_courses(state) if c["url"] != url]
    state[keys.PLAN_ADDED] = [u for u in state.get(keys.PLAN_ADDED) or [] if u != url]
    state[keys.PLAN_REMOVED] = sorted({*(state.get(keys.PLAN_REMOVED) or []), url})


def _chosen(gap: dict[str, Any], courses: Sequence[dict[str, Any]]) -> list:
    credential = load_credential(gap["credential"])
    chosen, _ = select_candidates(courses, credential, include_urls=[c["url"] for c in courses])
    return chosen


def remaining_with(gap: dict[str, Any], courses: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """``gap.remaining`` after taking ``courses``, counted by the credential's own rules."""
    return remaining_after(gap, courses)


def current_plan(gap: dict[str, Any], courses: Sequence[dict[str, Any]], last: dict[str, Any] | None) -> dict[str, Any]:
    """The plan JSON for the courses on screen (hand edits included), for display and downloads."""
    after = remaining_with(gap, courses)
    closed = all(float(v or 0) <= 1e-9 for v in after.values())
    last = dict(last or {})
    reason = last.get("reason") if not courses else None
    if courses and not closed:
        reason = "The courses in the plan do not close every gap yet."
    return {
        **{k: v for k, v in last.items() if k not in ("courses", "remaining_after")},
        "feasible": closed if courses or not last else bool(last.get("feasible")),
        "reason": reason,
        "objective": last.get("objective", "cost"),
        "total_cost_usd": tidy(sum(0.0 if c.get("is_free") else float(c.get("price_usd") or 0) for c in courses)),
        "total_credits": tidy(sum(c.total for c in _chosen(gap, courses))),
        "courses": list(courses),
        "remaining_after": after,
        "unit": gap.get("unit"),
    }


def gap_bars(gap: dict[str, Any], after: dict[str, Any]) -> pd.DataFrame:
    """Per requirement: required, already counted, planned, still missing (for the gap chart)."""
    rows = []
    for name, required in gap["required"].items():
        before = float(gap["remaining"].get(name, 0) or 0)
        left = float(after.get(name, before) or 0)
        have = max(float(required) - before, 0.0)
        rows.append(
            {
                "requirement": name.replace("_", " ").replace("aama", "AAMA"),
                "required": float(required),
                "have": have,
                "planned": max(before - left, 0.0),
                "missing": left,
            }
        )
    return pd.DataFrame(rows, columns=["requirement", "required", "have", "planned", "missing"])
