"""The catalogue side of planning (an I/O edge): load plan candidates, add live dates to a plan.

Shared by ``ceu plan`` and the dashboard so both plan over the same courses.
Course records from ``catalog.queries.iter_records`` carry no live dates; the
calendar export needs them, so they are added to the planned courses only.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from catalog.db import session_scope
from catalog.queries import CourseQuery, course_by_url, iter_records


def load_courses(
    engine: Engine,
    *,
    budget: float | None = None,
    free_only: bool = False,
    online_only: bool = False,
    aama_only: bool = False,
) -> list[dict[str, Any]]:
    """Active catalogue courses as records, pre-filtered in the database like make_plan filters."""
    query = CourseQuery(
        free_only=free_only, online_only=online_only, aama_only=aama_only, max_price=budget
    )
    with session_scope(engine) as session:
        return list(iter_records(session, query))


def add_live_dates(session: Session, plan: Mapping[str, Any]) -> None:
    """Give every planned course its ``live_dates`` (from the table) when the record lacks them."""
    for course in plan.get("courses") or []:
        if "live_dates" not in course:
            row = course_by_url(session, course["url"])
            course["live_dates"] = row.live_dates if row is not None else None


def add_live_dates_from(engine: Engine, plan: Mapping[str, Any]) -> None:
    """``add_live_dates`` with its own session."""
    with session_scope(engine) as session:
        add_live_dates(session, plan)
