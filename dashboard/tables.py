"""Course rows to display tables: short tag labels, credits by category, price text, safe links.

Pure functions over the plain dicts ``dashboard.data`` returns; the pages only
pass the frames to ``st.dataframe`` with ``COLUMN_CONFIG``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd
import streamlit as st

from catalog.models import CATEGORIES
from dashboard.safe import safe_url

ONLINE_WORDS = ("online", "webinar")
RESULT_COLUMNS = ["quality", "title", "price", "points", "by_category", "tags", "provider", "format", "link"]
ROW_HEIGHT = 35
COLUMN_CONFIG = {
    "quality": st.column_config.ProgressColumn(
        "Quality", min_value=0, max_value=100, format="%.0f", help="Checklist score out of 100",
        width=110,
    ),
    "title": st.column_config.TextColumn("Course", width="large"),
    "tags": st.column_config.ListColumn("Tags"),
    "by_category": st.column_config.TextColumn("Credits by category"),
    "points": st.column_config.NumberColumn(
        "Points", format="%.2g", help="Recertification points", width="small"
    ),
    "price": st.column_config.TextColumn("Price", width="small"),
    "provider": st.column_config.TextColumn("Provider"),
    "format": st.column_config.TextColumn("Format"),
    "link": st.column_config.LinkColumn("Provider page", display_text="Visit ↗"),
}


def tags_of(course: dict[str, Any]) -> list[str]:
    """Short labels for a course's tags."""
    tags = []
    if course.get("aama_approved"):
        tags.append("AAMA")
    if course.get("is_free"):
        tags.append("Free")
    category = course.get("category")
    if category:
        tags.append(str(category).capitalize())
    if any(w in str(course.get("format") or "").lower() for w in ONLINE_WORDS):
        tags.append("Online")
    if course.get("credit_unit") == "iacet_ceu":
        tags.append("IACET")
    if course.get("fee_reasonable") is True and not course.get("is_free"):
        tags.append("Fair price")
    if course.get("status") == "stale":
        tags.append("Stale")
    return tags


def credits_split(course: dict[str, Any]) -> dict[str, float | None]:
    """Points per category: the stated split, else all points in the course's category."""
    split = course.get("credits_by_category") or {}
    if any(split.get(c) for c in CATEGORIES):
        return {c: (float(split[c]) if split.get(c) else None) for c in CATEGORIES}
    out: dict[str, float | None] = dict.fromkeys(CATEGORIES)
    if course.get("category") in CATEGORIES and course.get("points") is not None:
        out[course["category"]] = float(course["points"])
    return out


def split_text(course: dict[str, Any]) -> str:
    """Credits by category as short text, e.g. "clinical 1 · general 0.5"."""
    split = credits_split(course)
    return " · ".join(f"{name} {value:g}" for name, value in split.items() if value)


def table_height(rows: int) -> int:
    """Pixels that show ``rows`` rows and the header without an inner scrollbar."""
    return (rows + 1) * ROW_HEIGHT + 3


def price_text(course: dict[str, Any]) -> str:
    """"Free", "$25.00" or "not stated"."""
    if course.get("is_free"):
        return "Free"
    price = course.get("price_usd")
    return "not stated" if price is None else f"${float(price):,.2f}"


def results_frame(courses: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """One display row per course (index: course id), columns as ``RESULT_COLUMNS``."""
    rows = []
    ids = []
    for course in courses:
        ids.append(course["id"])
        rows.append(
            {
                "quality": float(course.get("quality_score") or 0.0),
                "title": str(course.get("title") or ""),
                "tags": tags_of(course),
                "by_category": split_text(course),
                "points": course.get("points"),
                "price": price_text(course),
                "provider": str(course.get("provider") or ""),
                "format": str(course.get("format") or ""),
                "link": safe_url(course.get("url")),
            }
        )
    return pd.DataFrame(rows, columns=RESULT_COLUMNS, index=pd.Index(ids, name="id"))
