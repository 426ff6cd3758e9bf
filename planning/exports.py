"""Exports of a plan: CSV, XLSX, iCalendar and printable HTML, by file extension or as bytes.

Spreadsheet cells go through ``catalog.export.neutralise_cell`` (scraped titles
are untrusted: a cell starting with = + - @ tab or CR never runs as a formula).
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from catalog.errors import BadOptionError
from catalog.export import neutralise_cell, write_csv_rows
from planning.calendar_export import plan_calendar
from planning.html_export import plan_html
from planning.summary import GAP_COLUMNS, gap_rows, summary_lines

FORMATS = ("csv", "xlsx", "ics", "html", "json")
SUFFIXES = {
    ".csv": "csv",
    ".xlsx": "xlsx",
    ".ics": "ics",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}
PLAN_COLUMNS = [
    "title",
    "provider",
    "url",
    "category",
    "points",
    "credits",
    "credit_unit",
    "aama_approved",
    "price_usd",
    "is_free",
    "format",
    "quality_score",
    "live_dates",
]


def plan_rows(plan: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One flat row per planned course."""
    rows = []
    for course in plan.get("courses") or []:
        row = {name: course.get(name) for name in PLAN_COLUMNS}
        row["live_dates"] = "; ".join(course.get("live_dates") or []) or None
        rows.append(row)
    return rows


def _csv_bytes(plan: Mapping[str, Any]) -> bytes:
    out = io.StringIO(newline="")
    write_csv_rows(plan_rows(plan), PLAN_COLUMNS, out)
    return out.getvalue().encode("utf-8")


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False)
    return neutralise_cell(value)


def _xlsx_bytes(plan: Mapping[str, Any], gap: Mapping[str, Any]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("plan")
    sheet.append(PLAN_COLUMNS)
    for row in plan_rows(plan):
        sheet.append([_cell(row.get(c)) for c in PLAN_COLUMNS])
    sheet = workbook.create_sheet("gap")
    sheet.append(GAP_COLUMNS)
    for row in gap_rows(plan, gap):
        sheet.append([_cell(row.get(c)) for c in GAP_COLUMNS])
    sheet.append([])
    for label, value in summary_lines(plan, gap):
        sheet.append([_cell(label), _cell(value)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plan_bytes(plan: Mapping[str, Any], gap: Mapping[str, Any], fmt: str) -> bytes:
    """The plan exported as ``fmt`` (csv, xlsx, ics, html or json), e.g. for a download button."""
    if fmt == "csv":
        return _csv_bytes(plan)
    if fmt == "xlsx":
        return _xlsx_bytes(plan, gap)
    if fmt == "ics":
        return plan_calendar(plan, gap)
    if fmt == "html":
        return plan_html(plan, gap).encode("utf-8")
    if fmt == "json":
        return json.dumps(
            {"gap": gap, "plan": plan}, indent=2, ensure_ascii=False, default=str
        ).encode("utf-8")
    raise BadOptionError("--out", f"unknown plan format {fmt!r} (expected {', '.join(FORMATS)})")


def write_plan(plan: Mapping[str, Any], gap: Mapping[str, Any], path: str | Path) -> Path:
    """Write the plan to ``path``; the format comes from the extension (.csv .xlsx .ics .html)."""
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise BadOptionError(
            "--out", f"{path.name}: unknown extension (use .csv, .xlsx, .ics or .html)"
        )
    if not path.parent.exists():
        raise BadOptionError("--out", f"folder {path.parent} does not exist")
    data = plan_bytes(plan, gap, fmt)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise BadOptionError("--out", f"cannot write {path}: {exc.strerror or exc}") from None
    return path
