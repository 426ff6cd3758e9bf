"""Every database read of the dashboard, cached; the caches follow the catalogue version.

Each cached function takes the database location and the catalogue version (a
fingerprint of the latest crawl run, course ids, last-seen and scored-at times),
so results are reused across reruns and users, and a finished crawl or scoring
run (a new version, checked at most every few seconds) makes them all stale.
Results are plain dicts and lists: safe to pickle, never live ORM objects.
"""

from __future__ import annotations

import contextlib
from typing import Any

import streamlit as st
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from catalog import queries
from catalog.db import make_engine, session_scope
from catalog.errors import CeuError
from catalog.models import Course
from catalog.queries import CourseQuery
from catalog.records import course_to_record
from catalog.settings import database_location
from dashboard.safe import plain

VERSION_TTL_S = 5
PAGE_SIZE = 25
_COURSE_COLUMNS = (
    "id", "url", "site", "title", "provider", "description", "credits", "credit_unit", "points",
    "credits_by_category", "category", "aama_approved", "aama_evidence", "price_usd",
    "member_price_usd", "is_free", "fee_reasonable", "format", "quality_score", "live_dates",
    "topics", "details", "status", "stale_since", "first_seen", "last_seen",
)


def db_location() -> str:
    """The database this dashboard shows (``--db`` reaches us through CEU_DATABASE_URL)."""
    return database_location(None)


@st.cache_resource(show_spinner=False)
def engine(db: str) -> Engine:
    """One engine (and connection pool) per database for the whole server."""
    return make_engine(db)


@st.cache_data(ttl=VERSION_TTL_S, show_spinner=False)
def version(db: str) -> tuple[Any, ...]:
    """The catalogue fingerprint; re-read every few seconds so a crawl shows up promptly."""
    with session_scope(engine(db)) as session:
        fingerprint = queries.catalogue_version(session)
    _refresh_statistics(engine(db), fingerprint)
    return fingerprint


_analysed: dict[str, tuple[Any, ...]] = {}


def _refresh_statistics(eng: Engine, fingerprint: tuple[Any, ...]) -> None:
    """Keep SQLite's planner statistics current (ANALYZE once per catalogue version).

    Without them SQLite walks the low-selectivity (status, quality) index for every
    filter and counts 4-8x slower on 100,000 courses; ANALYZE takes ~0.15 s there.
    PostgreSQL keeps its own statistics. A read-only database is simply left as it is.
    """
    key = str(eng.url)
    if eng.dialect.name != "sqlite" or _analysed.get(key) == fingerprint:
        return
    _analysed[key] = fingerprint
    with contextlib.suppress(OperationalError), eng.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


def current() -> tuple[str, tuple[Any, ...]]:
    """(database, catalogue version): the first two arguments of every cached read.

    A database that cannot be opened or read stops the page with one clear line.
    """
    db = db_location()
    try:
        return db, version(db)
    except CeuError as exc:
        st.error(plain(exc.one_line()))
    except SQLAlchemyError as exc:
        st.error(plain(f"Error: database: cannot read the catalogue ({exc.__class__.__name__})"))
    st.stop()
    raise AssertionError("unreachable: st.stop() ends the script run")


def course_dict(course: Course) -> dict[str, Any]:
    """A course row as a plain dict of the columns the pages show."""
    return {name: getattr(course, name) for name in _COURSE_COLUMNS}


@st.cache_data(max_entries=256, show_spinner=False)
def search(db: str, ver: tuple, query: CourseQuery, page: int, size: int = PAGE_SIZE) -> dict[str, Any]:
    """One page of matching courses, with the match count and the catalogue size."""
    with session_scope(engine(db)) as session:
        total, rows = queries.find_page(session, query, limit=size, offset=max(page - 1, 0) * size)
        courses = [course_dict(c) for c in rows]
    return {"total": total, "catalogue": catalogue_size(db, ver), "courses": courses}


@st.cache_data(max_entries=4, show_spinner=False)
def catalogue_size(db: str, ver: tuple) -> int:
    """Every course in the catalogue, stale ones included (the M of "N of M courses")."""
    del ver
    with session_scope(engine(db)) as session:
        return queries.count_courses(session, CourseQuery(hide_stale=False))


@st.cache_data(max_entries=16, show_spinner=False)
def choices(db: str, ver: tuple, column: str) -> list[str]:
    """Distinct values for a filter (providers, formats)."""
    del ver
    with session_scope(engine(db)) as session:
        return queries.distinct_values(session, column)


@st.cache_data(max_entries=128, show_spinner=False)
def course(db: str, ver: tuple, course_id: int) -> dict[str, Any] | None:
    """Everything the Course page shows: the row, its checklist, price history, similar courses."""
    del ver
    with session_scope(engine(db)) as session:
        row = queries.course_by_id(session, course_id)
        if row is None:
            return None
        checklist = queries.checklists_for(session, [row.id]).get(row.id, [])
        return {
            "course": course_dict(row),
            "record": course_to_record(row, checklist),
            "checklist": [c.model_dump() for c in checklist],
            "prices": [p.model_dump() for p in queries.price_history(session, row.id)],
            "similar": [course_dict(c) for c in queries.similar_courses(session, row)],
        }


@st.cache_data(max_entries=2, ttl=600, show_spinner=False)  # up to 100,000 records each: keep few
def candidates(db: str, ver: tuple, query: CourseQuery) -> list[dict[str, Any]]:
    """Light course records for the plan optimiser."""
    del ver
    with session_scope(engine(db)) as session:
        return queries.plan_candidates(session, query)


@st.cache_data(max_entries=8, show_spinner=False)
def health(db: str, ver: tuple) -> dict[str, Any]:
    """Catalogue health: providers, crawl runs, stale courses and the two distributions."""
    del ver
    with session_scope(engine(db)) as session:
        return {
            "providers": queries.provider_stats(session),
            "runs": [r.model_dump() for r in queries.crawl_runs(session)],
            "stale": [course_dict(c) for c in queries.stale_courses(session)],
            "quality": queries.quality_histogram(session),
            "price_per_credit": queries.price_per_credit_histogram(session),
            "total": queries.count_courses(session, CourseQuery(hide_stale=False)),
        }
