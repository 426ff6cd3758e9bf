"""Read queries: filter, sort, page and count courses; load full course records.

One ``CourseQuery`` describes what a user asked for (dashboard filters, ``ceu export``
options); every function takes it, so the dashboard and the CLI filter alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Integer, Select, String, case, cast, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlmodel import Session

from catalog.models import ChecklistResult, Course, CrawlRun, PriceHistory
from catalog.records import course_to_record


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


class icontains(FunctionElement):  # noqa: N801  (reads as the SQL it renders)
    """``column`` contains ``pattern`` ignoring case: LIKE on SQLite (already case-blind for ASCII,
    and 3-4x faster than lower(x) LIKE), ILIKE on PostgreSQL, lower() LIKE lower() elsewhere."""

    type = Boolean()
    inherit_cache = True
    name = "icontains"


def _like_args(element, compiler, **kw) -> tuple[str, str]:
    column, pattern = list(element.clauses)
    return compiler.process(column, **kw), compiler.process(pattern, **kw)


@compiles(icontains)
def _icontains_default(element, compiler, **kw):
    column, pattern = _like_args(element, compiler, **kw)
    return f"lower({column}) LIKE lower({pattern}) ESCAPE '\\'"


@compiles(icontains, "sqlite")
def _icontains_sqlite(element, compiler, **kw):
    column, pattern = _like_args(element, compiler, **kw)
    return f"{column} LIKE {pattern} ESCAPE '\\'"


@compiles(icontains, "postgresql")
def _icontains_postgresql(element, compiler, **kw):
    column, pattern = _like_args(element, compiler, **kw)
    return f"{column} ILIKE {pattern} ESCAPE '\\'"


def _pattern(word: str) -> str:
    """``%word%`` with the LIKE wildcards in the word itself escaped."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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
        stmt = stmt.where(or_(*(icontains(column, _pattern(word)) for column, _ in _searched())))
    return stmt


def _searched():
    """The searched text columns with the weight a match in each adds to relevance."""
    return (
        (Course.title, 4),
        (cast(Course.topics, String), 2),
        (Course.provider, 1),
        (Course.description, 1),
    )


def _relevance(query: CourseQuery):
    """Sum over search words of the weights of the columns that contain the word."""
    score = 0
    for word in _words(query.search):
        for column, weight in _searched():
            score = score + case((icontains(column, _pattern(word)), weight), else_=0)
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


def find_page(
    session: Session, query: CourseQuery | None = None, *, limit: int = 50, offset: int = 0
) -> tuple[int, list[Course]]:
    """(how many match, one page of them): what a results screen needs, in as few scans as it can.

    A search scans every row anyway, so its count rides along in the same query
    (``count(*) OVER ()``); plain filters keep the separate count, which an index answers.
    """
    query = query or CourseQuery()
    if not _words(query.search):
        return count_courses(session, query), find_courses(session, query, limit=limit, offset=offset)
    stmt = _ordered(query, _filtered(query, select(Course, func.count().over().label("total"))))
    rows = session.execute(stmt.limit(limit).offset(offset)).all()
    if not rows:
        return (count_courses(session, query) if offset else 0), []
    return int(rows[0][1]), [row[0] for row in rows]


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


# --- Reads for the dashboard (pure functions over a Session) -------------------------------

_PLAN_FIELDS = (
    "url", "title", "provider", "credits", "credit_unit", "points", "credits_by_category",
    "category", "aama_approved", "price_usd", "is_free", "format", "quality_score", "live_dates",
)


def catalogue_version(session: Session) -> tuple[Any, ...]:
    """A fingerprint that changes whenever a crawl or a scoring run changes the catalogue."""
    courses = session.execute(
        select(func.count(Course.id), func.max(Course.id), func.max(Course.last_seen), func.max(Course.scored_at))
    ).one()
    runs = session.execute(select(func.max(CrawlRun.id), func.max(CrawlRun.finished_at))).one()
    return tuple(str(v) for v in (*courses, *runs))


def distinct_values(session: Session, column: str) -> list[str]:
    """The distinct non-empty values of a course column (``provider`` or ``format``), sorted."""
    if column not in ("provider", "format", "category"):
        raise ValueError(f"not a listable column: {column}")
    col = getattr(Course, column)
    rows = session.execute(select(col).where(col.is_not(None), col != "").distinct().order_by(col))
    return [value for (value,) in rows]


def course_by_id(session: Session, course_id: int) -> Course | None:
    """One course by its id."""
    return session.get(Course, course_id)


def price_history(session: Session, course_id: int) -> list[PriceHistory]:
    """Every price a course was seen at, oldest first."""
    stmt = select(PriceHistory).where(PriceHistory.course_id == course_id).order_by(PriceHistory.seen_at, PriceHistory.id)
    return list(session.execute(stmt).scalars())


def similar_courses(session: Session, course: Course, *, limit: int = 5) -> list[Course]:
    """Active courses most like this one: shared topics (2 each), same category (1), then quality."""
    topics = [t for t in (course.topics or [])[:5] if t]
    score = case((Course.category == course.category, 1), else_=0) if course.category else 0
    for topic in topics:
        score = score + case((icontains(cast(Course.topics, String), _pattern(f'"{topic}"')), 2), else_=0)
    stmt = (
        select(Course)
        .where(Course.id != course.id, Course.status == "active", score > 0)
        .order_by(score.desc(), Course.quality_score.desc(), Course.id)
        .limit(limit)
    )
    return list(session.execute(stmt).scalars())


def plan_candidates(session: Session, query: CourseQuery | None = None) -> list[dict[str, Any]]:
    """Matching courses as light records for the plan optimiser: plan fields only, no checklist.

    About a tenth of the memory of full records, so a 100,000-course catalogue stays cheap to plan over.
    """
    query = query or CourseQuery()
    columns = [getattr(Course, name) for name in _PLAN_FIELDS]
    stmt = _filtered(query, select(*columns)).where(Course.points > 0)
    return [dict(zip(_PLAN_FIELDS, row, strict=True)) for row in session.execute(stmt)]


def provider_stats(session: Session) -> list[dict[str, Any]]:
    """Per provider: its site, active and stale course counts, mean quality, last time a course was seen."""
    stale = func.sum(case((Course.status == "stale", 1), else_=0))
    stmt = (
        select(
            Course.provider,
            func.count(Course.id),
            stale,
            func.avg(Course.quality_score),
            func.max(Course.last_seen),
            func.max(Course.site),
        )
        .group_by(Course.provider)
        .order_by(func.count(Course.id).desc())
    )
    return [
        {
            "provider": provider or "(unknown)",
            "courses": int(total),
            "active": int(total) - int(stale_count or 0),
            "stale": int(stale_count or 0),
            "mean_quality": round(float(mean or 0.0), 1),
            "last_seen": last,
            "site": site,
        }
        for provider, total, stale_count, mean, last, site in session.execute(stmt)
    ]


def crawl_runs(session: Session, *, limit: int = 50) -> list[CrawlRun]:
    """The latest crawl runs, newest first."""
    stmt = select(CrawlRun).order_by(CrawlRun.started_at.desc(), CrawlRun.id.desc()).limit(limit)
    return list(session.execute(stmt).scalars())


def stale_courses(session: Session, *, limit: int = 200) -> list[Course]:
    """Courses no longer seen on their site, most recently gone first."""
    stmt = select(Course).where(Course.status == "stale").order_by(Course.stale_since.desc(), Course.id).limit(limit)
    return list(session.execute(stmt).scalars())


def _floor(session: Session, expr):
    """Round down to an integer (SQLite's CAST truncates; PostgreSQL's CAST rounds, so floor there)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(expr), Integer)
    return cast(expr, Integer)


def quality_histogram(session: Session, *, width: int = 10) -> list[dict[str, Any]]:
    """Active courses per quality band of ``width`` points (100 falls in the top band)."""
    band = case((Course.quality_score >= 100, 100 - width), else_=_floor(session, Course.quality_score / width) * width)
    stmt = select(band, func.count()).where(Course.status == "active").group_by(band).order_by(band)
    return [{"from": int(lo), "to": int(lo) + width, "courses": int(n)} for lo, n in session.execute(stmt)]


def price_per_credit_histogram(session: Session, *, width: float = 5.0, top: float = 100.0) -> list[dict[str, Any]]:
    """Active priced courses per band of price per point (USD); the last band holds ``top`` and above."""
    per = case((Course.is_free.is_(True), 0.0), else_=Course.price_usd / func.nullif(Course.points, 0))
    band = case((per >= top, top), else_=_floor(session, per / width) * width)
    stmt = (
        select(band, func.count())
        .where(Course.status == "active", per.is_not(None))
        .group_by(band)
        .order_by(band)
    )
    return [{"from": float(lo), "to": float(lo) + width, "courses": int(n)} for lo, n in session.execute(stmt)]
