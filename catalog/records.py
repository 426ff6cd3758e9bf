"""Course records: the JSON shape of DESIGN.md, and conversions from table rows.

The record is the public interface (``ceu extract``, ``ceu export``, plans); its
keys and their order are fixed here once.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from catalog.models import CRITERIA, ChecklistResult, Course

RECORD_FIELDS = (
    "url",
    "title",
    "provider",
    "description",
    "credits",
    "credit_unit",
    "points",
    "credits_by_category",
    "category",
    "aama_approved",
    "aama_evidence",
    "price_usd",
    "is_free",
    "fee_reasonable",
    "format",
    "checklist",
    "quality_score",
)

# Fields that describe what the provider published; a change in any of them is an update.
CONTENT_FIELDS = (
    "title",
    "provider",
    "description",
    "credits",
    "credit_unit",
    "points",
    "credits_by_category",
    "category",
    "aama_approved",
    "aama_evidence",
    "price_usd",
    "member_price_usd",
    "is_free",
    "format",
    "live_dates",
)


def empty_checklist() -> dict[str, dict[str, Any]]:
    """Every criterion unmet with no evidence."""
    return {name: {"met": False, "evidence": None, "source_url": None} for name in CRITERIA}


def content_hash(record: dict[str, Any]) -> str:
    """A stable fingerprint of a record's published content (and its page text)."""
    payload = {name: record.get(name) for name in CONTENT_FIELDS}
    page = record.get("page") or {}
    payload["page_text"] = page.get("text") if isinstance(page, dict) else None
    blob = json.dumps(payload, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def checklist_from_rows(rows: list[ChecklistResult]) -> dict[str, dict[str, Any]]:
    """The record's ``checklist`` object from stored rows (missing criteria are unmet)."""
    checklist = empty_checklist()
    for row in rows:
        if row.criterion in checklist:
            checklist[row.criterion] = {
                "met": bool(row.met),
                "evidence": row.evidence,
                "source_url": row.source_url,
            }
    return checklist


def course_to_record(course: Course, checklist_rows: list[ChecklistResult] | None = None) -> dict[str, Any]:
    """A stored course as a DESIGN.md course record (keys in the documented order)."""
    record: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        if name == "checklist":
            record[name] = checklist_from_rows(checklist_rows or [])
        else:
            record[name] = getattr(course, name)
    record["quality_score"] = float(record["quality_score"] or 0.0)
    return record
