"""Write course records (or any flat rows) as JSON lines, CSV or XLSX, safely.

Scraped text is untrusted: a cell that a spreadsheet would run as a formula
(starting with = + - @, a tab or a carriage return) is prefixed with an
apostrophe, so it shows as the text it is.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from catalog.models import CATEGORIES, CRITERIA
from catalog.records import RECORD_FIELDS

FORMATS = ("jsonl", "csv", "xlsx")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """A cell value that no spreadsheet will evaluate as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def flatten_record(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row per record: nested category credits and checklist become columns."""
    row: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = record.get(name)
        if name == "credits_by_category":
            split = value or {}
            for category in CATEGORIES:
                row[f"credits_{category}"] = split.get(category)
        elif name == "checklist":
            checklist = value or {}
            for criterion in CRITERIA:
                item = checklist.get(criterion) or {}
                row[f"{criterion}_met"] = item.get("met")
                row[f"{criterion}_evidence"] = item.get("evidence")
                row[f"{criterion}_source_url"] = item.get("source_url")
        else:
            row[name] = value
    return row


def flat_columns() -> list[str]:
    """The column order of ``flatten_record``."""
    return list(flatten_record({}).keys())


def write_jsonl(records: Iterable[dict[str, Any]], out: io.TextIOBase) -> int:
    """Write one JSON object per line; return the count."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def write_csv_rows(rows: Iterable[dict[str, Any]], columns: list[str], out: io.TextIOBase) -> int:
    """Write flat rows as CSV with formula-looking cells neutralised; return the count."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: neutralise_cell(row.get(k)) for k in columns})
        count += 1
    return count


def write_xlsx_rows(
    rows: Iterable[dict[str, Any]], columns: list[str], path: Path, sheet: str = "courses"
) -> int:
    """Write flat rows to an XLSX file (every value as data, never a formula); return the count."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet)
    worksheet.append(columns)
    count = 0
    for row in rows:
        cells = []
        for column in columns:
            value = neutralise_cell(row.get(column))
            if isinstance(value, (dict, list)):
                value = json.dumps(value, ensure_ascii=False)
            cells.append(value)
        worksheet.append(cells)
        count += 1
    workbook.save(path)
    return count


def export_records(records: Iterable[dict[str, Any]], fmt: str, out_path: Path | None, stdout) -> int:
    """Write records in ``fmt`` to ``out_path`` (or stdout for jsonl/csv); return the count."""
    if fmt == "jsonl":
        if out_path is None:
            return write_jsonl(records, stdout)
        with open(out_path, "w", encoding="utf-8") as handle:
            return write_jsonl(records, handle)
    rows = (flatten_record(r) for r in records)
    if fmt == "csv":
        if out_path is None:
            return write_csv_rows(rows, flat_columns(), stdout)
        with open(out_path, "w", encoding="utf-8", newline="") as handle:
            return write_csv_rows(rows, flat_columns(), handle)
    if fmt == "xlsx":
        if out_path is None:
            raise ValueError("xlsx needs --out FILE")
        return write_xlsx_rows(rows, flat_columns(), out_path)
    raise ValueError(f"unknown format {fmt!r}")
