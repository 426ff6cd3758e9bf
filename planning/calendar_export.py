"""iCalendar export of a plan: one event per live session of a planned course, plus the deadlines."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from icalendar import Calendar, Event

PRODID = "-//ceu-catalogue//recertification plan//EN"


def _uid(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:24] + "@ceu-catalogue"


def _when(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _session(course: Mapping[str, Any], start: datetime, stamp: datetime) -> Event:
    points = course.get("points")
    hours = float(points) if isinstance(points, (int, float)) and points > 0 else 1.0
    event = Event()
    event.add("uid", _uid(str(course.get("url")), start.isoformat()))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(hours=max(1.0, hours)))
    event.add("summary", str(course.get("title") or "CE course"))
    price = (
        "free"
        if course.get("is_free")
        else (
            f"${course['price_usd']:.2f}"
            if course.get("price_usd") is not None
            else "price not stated"
        )
    )
    approved = "AAMA-approved" if course.get("aama_approved") else "not AAMA-approved"
    event.add(
        "description",
        f"{course.get('provider') or ''}\n{points} points, {approved}, {price}\n{course.get('url') or ''}",
    )
    if str(course.get("url") or "").startswith(("http://", "https://")):
        event.add("url", str(course["url"]))
    return event


def _deadline(summary: str, day: date, description: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", _uid(summary, day.isoformat()))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    return event


def plan_calendar(
    plan: Mapping[str, Any], gap: Mapping[str, Any], *, now: datetime | None = None
) -> bytes:
    """The plan as an .ics file: live sessions and the recertification deadline(s)."""
    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add(
        "x-wr-calname",
        f"{gap.get('credential_name') or gap.get('credential')} recertification plan",
    )
    for course in plan.get("courses") or []:
        for text in course.get("live_dates") or []:
            start = _when(text)
            if start is not None:
                calendar.add_component(_session(course, start, stamp))
    name = gap.get("credential_name") or gap.get("credential") or "credential"
    end = gap.get("cycle", {}).get("end")
    if end:
        calendar.add_component(
            _deadline(
                f"{name} recertification deadline",
                date.fromisoformat(end),
                "Last day of the current cycle.",
                stamp,
            )
        )
    deadline = gap.get("ce_deadline")
    if deadline and deadline != end:
        calendar.add_component(
            _deadline(
                f"{name}: last day to recertify by continuing education",
                date.fromisoformat(deadline),
                " ".join(gap.get("notes") or []),
                stamp,
            )
        )
    return calendar.to_ical()
