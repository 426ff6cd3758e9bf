"""Record validation: the reasons a normalised course record must not be stored (pure)."""

from __future__ import annotations

from typing import Any

from catalog.models import CATEGORIES, CREDIT_UNITS
from crawler.extract.urls import is_http_url

MAX_CREDITS = 100.0  # no single CE activity is worth more; larger numbers are misreads
MAX_PRICE = 10_000.0


def problems(record: dict[str, Any] | None) -> list[str]:
    """Every reason the record is unusable; empty when it may be stored."""
    if not isinstance(record, dict):
        return ["no record"]
    found: list[str] = []
    url = record.get("url")
    if not isinstance(url, str) or not is_http_url(url):
        found.append(f"url {url!r} is not an absolute http(s) URL")
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        found.append("no title")
    elif len(title) > 400:
        found.append("title longer than 400 characters")
    for name, limit in (("credits", MAX_CREDITS), ("points", MAX_CREDITS * 10), ("price_usd", MAX_PRICE)):
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            found.append(f"{name} {value!r} is not a number")
        elif not 0 <= value <= limit:
            found.append(f"{name} {value} outside 0..{limit:g}")
    if record.get("credit_unit") not in (None, *CREDIT_UNITS):
        found.append(f"credit_unit {record.get('credit_unit')!r} unknown")
    if record.get("category") not in (None, "mixed", *CATEGORIES):
        found.append(f"category {record.get('category')!r} unknown")
    if not isinstance(record.get("checklist") or {}, dict):
        found.append("checklist is not an object")
    return found
