"""Read queries: filter, sort, page and count courses; load full course records.

One ``CourseQuery`` describes what a user asked for (dashboard filters, ``ceu export``
options); every function takes it, so the dashboard and the CLI filter alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlmodel import Session

from catalog.models import ChecklistResult, Course
from catalog.records import course_to_record

SORTS = ("quality", "price_per_credit", "credits", "newest", "relevance")


@dataclass
class CourseQuery:
    """A user's filters; ``None`` or False means "no filter"."""

    search: str | None = None
    free_only: bool = False
    aama_only: bool = False
    category: str | None = None
    format: str | None = None
    max_price: float | None = None
    min_credits: float | None = None
    provider: str | None = None
    hide_stale: bool = True
    online_only: bool = False
    sort: str = "quality"


def _words(search: str | None) -> list[str]:
    return [w for w in (search or "").lower().split() if w][:8]


def _filtered(query: CourseQuery, stmt: Select) -> Select:
    if query.hide_stale:
        stmt = stmt.where(Course.status == "active")
    if query.free_only:
        stmt = stmt.where(Course.is_free.is_(True))
    if query.aama_only:
        stmt = stmt.where(Course.aama_approved.is_(True))
    if query.category:
        stmt = stmt.where(Course.category == query.category)
    if query.format:
        stmt = stmt.where(Course.format == query.format)
    if query.online_only:
        stmt = stmt.where(or_(Course.format.ilike("%online%"), Course.format.ilike("%webinar%")))
    if query.max_price is not None:
        stmt = stmt.where(or_(Course.is_free.is_(True), Course.price_usd <= query.max_price))
    if query.min_credits is not None:
        stmt = stmt.where(Course.points >= query.min_credits)
    if query.provider:
        stmt = stmt.where(Course.provider == query.provider)
    for word in _words(query.search):
        pattern = f"%{word}%"
        stmt = stmt.where(
            or_(
                func.lower(Course.title).like(pattern),
                func.lower(Course.description).like(pattern),
                func.lower(Course.provider).like(pattern),
            )
        )
    return stmt


def _relevance(query: CourseQuery):
    score = 0
    for word in _words(query.search):
        score = score + case((func.lower(Course.title).like(f"%{word}%"), 2), else_=0)
    return score


def _ordered(query: CourseQuery, stmt: Select) -> Select:
    per_credit = case((Course.is_free.is_(True), 0.0), else_=Course.price_usd / func.nullif(Course.points, 0))
    if query.sort == "price_per_credit":
        return stmt.order_by(per_credit.is_(None), per_credit, Course.quality_score.desc(), Course.id)
    if query.sort == "credits":
        return stmt.order_by(Course.points.is_(None), Course.points.desc(), Course.quality_score.desc(), Course.id)
    if query.sort == "newest":
        return stmt.order_by(Course.first_seen.desc(), Course.id.desc())
    if query.search:
        # Ranked by relevance first, then quality, whatever "quality"/"relevance" sort says.
        return stmt.order_by(_relevance(query).desc(), Course.quality_score.desc(), Course.id)
    return stmt.order_by(Course.quality_score.desc(), Course.id)


def count_courses(session: Session, query: CourseQuery | None = None) -> int:
    """How many courses match."""
    query = query or CourseQuery()
    stmt = _filtered(query, select(func.count()).select_from(Course))
    return int(session.execute(stmt).scalar_one())


def find_courses(
    session: Session, query: CourseQuery | None = None, *, limit: int = 50, offset: int = 0
) -> list[Course]:
    """One page of matching courses, best first."""
    query = query or CourseQuery()
    stmt = _ordered(query, _filtered(query, select(Course))).limit(limit).offset(offset)
    return list(session.execute(stmt).scalars())


def checklists_for(session: Session, course_ids: list[int]) -> dict[int, list[ChecklistResult]]:
    """Checklist rows grouped by course id."""
    grouped: dict[int, list[ChecklistResult]] = {cid: [] for cid in course_ids}
    for start in range(0, len(course_ids), 500):
        chunk = course_ids[start : start + 500]
        rows = session.execute(select(ChecklistResult).where(ChecklistResult.course_id.in_(chunk)))
        for row in rows.scalars():
            grouped.setdefault(row.course_id, []).append(row)
    return grouped


def iter_records(
    session: Session, query: CourseQuery | None = None, *, batch: int = 1000
) -> Iterator[dict[str, Any]]:
    """Every matching course as a DESIGN.md course record, streamed in batches."""
    query = query or CourseQuery(hide_stale=False)
    offset = 0
    while True:
        courses = find_courses(session, query, limit=batch, offset=offset)
        if not courses:
            return
        checklists = checklists_for(session, [c.id for c in courses])
        for course in courses:
            yield course_to_record(course, checklists.get(course.id, []))
        offset += batch


def course_by_url(session: Session, url: str) -> Course | None:
    """One course by its canonical URL."""
    return session.execute(select(Course).where(Course.url == url)).scalars().first()
