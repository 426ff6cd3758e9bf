"""Small builders shared by the planning tests."""

from __future__ import annotations

from datetime import date

from planning.transcript import TranscriptItem

_rows = iter(range(2, 10_000_000))


def item(
    title: str = "course",
    day: str = "2023-01-10",
    credits: float | None = 1.0,
    category: str | None = "general",
    aama: bool = True,
    *,
    kind: str = "course",
    minutes: float | None = None,
    hours: float | None = None,
    provider: str = "Provider",
) -> TranscriptItem:
    return TranscriptItem(
        title=title,
        provider=provider,
        completed_on=date.fromisoformat(day),
        credits=credits,
        category=category,
        aama_approved=aama,
        kind=kind,
        minutes=minutes,
        hours=hours,
        row=next(_rows),
    )


def course(
    url: str,
    points: float,
    category: str | None = "general",
    *,
    aama: bool = True,
    price: float | None = 10.0,
    quality: float = 50.0,
    split: dict | None = None,
    fmt: str = "self-paced online",
    title: str | None = None,
    live_dates: list[str] | None = None,
) -> dict:
    return {
        "url": url,
        "title": title or url.rsplit("/", 1)[-1],
        "provider": "Test Provider",
        "description": "",
        "credits": points,
        "credit_unit": "aama_ceu" if aama else "contact_hour",
        "points": points,
        "credits_by_category": split,
        "category": category,
        "aama_approved": aama,
        "aama_evidence": None,
        "price_usd": price,
        "is_free": price == 0,
        "fee_reasonable": None,
        "format": fmt,
        "checklist": {},
        "quality_score": quality,
        "live_dates": live_dates,
    }
