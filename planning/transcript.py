"""Read a transcript CSV (what a person has already earned) into typed items.

Columns (DESIGN.md): ``title,provider,completed_on,credits,category,aama_approved``,
optional ``kind`` (course|cpr_card|college_credit), ``minutes`` and ``hours``.
Every problem is one InputFileError naming the file, the row (spreadsheet
numbering: the header is row 1) and the column.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from catalog.errors import InputFileError

REQUIRED_COLUMNS = ("title", "provider", "completed_on", "credits", "category", "aama_approved")
OPTIONAL_COLUMNS = ("kind", "minutes", "hours")
CATEGORIES = ("administrative", "clinical", "general")
KINDS = ("course", "cpr_card", "college_credit")
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0", ""}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class TranscriptItem:
    """One transcript row: credit already earned."""

    title: str
    provider: str
    completed_on: date
    credits: float | None
    category: str | None
    aama_approved: bool
    kind: str = "course"
    minutes: float | None = None
    hours: float | None = None
    row: int = 0


def read_transcript(path: str | Path) -> list[TranscriptItem]:
    """The items of the transcript CSV at ``path``; InputFileError on any bad content."""
    path = Path(path)
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputFileError(name, "no such file") from None
    except IsADirectoryError:
        raise InputFileError(name, "is a folder, not a CSV file") from None
    except OSError as exc:
        raise InputFileError(name, f"cannot read: {exc.strerror or exc}") from None
    return transcript_from_bytes(data, name)


def transcript_from_bytes(data: bytes, name: str = "transcript") -> list[TranscriptItem]:
    """The items of an uploaded transcript file's bytes (UTF-8, BOM allowed)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        row = data[: exc.start].count(b"\n") + 1
        raise InputFileError(
            f"{name}, row {row}",
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8 CSV",
        ) from None
    return parse_transcript(text, name)


def parse_transcript(text: str, name: str = "transcript") -> list[TranscriptItem]:
    """The items of transcript CSV ``text`` (``name`` is used in error messages)."""
    if not text.strip():
        raise InputFileError(
            name, f"the file is empty (expected a header: {','.join(REQUIRED_COLUMNS)})"
        )
    first_line = text.lstrip().splitlines()[0]
    # Spreadsheets in some locales save CSV with semicolons (or tabs); accept what the header uses.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    for column in REQUIRED_COLUMNS:
        if column not in header:
            raise InputFileError(
                f"{name}, row 1",
                f"missing column {column!r} (expected {','.join(REQUIRED_COLUMNS)})",
            )
    try:
        return items_from_rows(reader, name, first_row=2, line_of=lambda: reader.line_num)
    except csv.Error as exc:
        raise InputFileError(f"{name}, row {reader.line_num}", f"malformed CSV: {exc}") from None


def items_from_rows(
    rows: Iterable[Mapping[str, object]],
    name: str = "transcript",
    *,
    first_row: int = 1,
    line_of=None,
) -> list[TranscriptItem]:
    """Items from dict rows (a CSV reader, or a dashboard table); errors name row and column."""
    items = []
    for index, raw in enumerate(rows):
        row = line_of() if line_of else first_row + index
        values = {str(k).strip().lower(): _text(v) for k, v in raw.items() if k}
        if not any(values.values()):
            continue
        items.append(_item(values, name, row))
    return items


def _text(value: object) -> str:
    """A cell as text; None and a table's missing-value markers (NaN, NaT) are empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = str(value).strip()
    return "" if text == "NaT" else text


def _where(name: str, row: int, column: str) -> str:
    return f"{name}, row {row}, column {column}"


def _number(
    values: dict[str, str], column: str, name: str, row: int, *, required: bool
) -> float | None:
    text = values.get(column, "")
    if not text:
        if required:
            raise InputFileError(_where(name, row, column), "is empty (expected a number)")
        return None
    try:
        number = float(text)
    except ValueError:
        raise InputFileError(_where(name, row, column), f"{text!r} is not a number") from None
    if not math.isfinite(number):
        raise InputFileError(_where(name, row, column), f"{text!r} is not a number")
    if number < 0:
        raise InputFileError(_where(name, row, column), f"{text!r} is negative")
    return number


def _item(values: dict[str, str], name: str, row: int) -> TranscriptItem:
    title = values.get("title", "")
    if not title:
        raise InputFileError(_where(name, row, "title"), "is empty")
    kind = values.get("kind", "").lower() or "course"
    if kind not in KINDS:
        raise InputFileError(
            _where(name, row, "kind"), f"unknown kind {kind!r} (expected {'|'.join(KINDS)})"
        )
    day_text = values.get("completed_on", "")
    try:
        if not _DATE.match(day_text):
            raise ValueError
        completed_on = date.fromisoformat(day_text)
    except ValueError:
        raise InputFileError(
            _where(name, row, "completed_on"), f"{day_text!r} is not a date (expected YYYY-MM-DD)"
        ) from None
    category = values.get("category", "").lower() or None
    if category is not None and category not in CATEGORIES:
        raise InputFileError(
            _where(name, row, "category"),
            f"unknown category {category!r} (expected {'|'.join(CATEGORIES)})",
        )
    approved = values.get("aama_approved", "").lower()
    if approved not in _YES | _NO:
        raise InputFileError(_where(name, row, "aama_approved"), f"{approved!r} is not yes or no")
    minutes = _number(values, "minutes", name, row, required=False)
    hours = _number(values, "hours", name, row, required=False)
    credits = _number(values, "credits", name, row, required=kind != "cpr_card" and hours is None)
    return TranscriptItem(
        title=title,
        provider=values.get("provider", ""),
        completed_on=completed_on,
        credits=credits,
        category=category,
        aama_approved=approved in _YES,
        kind=kind,
        minutes=minutes,
        hours=hours,
        row=row,
    )
