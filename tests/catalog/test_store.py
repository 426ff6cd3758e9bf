"""Upserts, stale marking and price history on real databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from catalog.db import session_scope
from catalog.models import ChecklistResult, Course, CrawlRun, PriceHistory
from catalog.queries import CourseQuery, count_courses, iter_records
from catalog.records import RECORD_FIELDS
from catalog.store import finish_crawl_run, start_crawl_run, upsert_courses, upsert_provider
from catalog.synthetic import generate_records

SITE = "https://careskills.example"


def course(n: int, **changes) -> dict:
    record = {
        "url": f"{SITE}/courses/c{n}",
        "site": SITE,
        "title": f"Course {n}",
        "provider": "CareSkills Academy",
        "price_usd": 20.0,
        "points": 1.0,
        "credits": 1.0,
        "credit_unit": "aama_ceu",
        "category": "clinical",
    }
    record.update(changes)
    return record


def test_upsert_reports_new_updated_unchanged(engine):
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    with session_scope(engine) as s:
        first = upsert_courses(s, [course(1), course(2)], now=t0)
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    with session_scope(engine) as s:
        second = upsert_courses(s, [course(1), course(2, title="Course 2, revised"), course(3)], now=t0 + timedelta(days=1))
    assert (second.new, second.updated, second.unchanged) == (1, 1, 1)
    with session_scope(engine) as s:
        rows = {c.url: c for c in s.execute(select(Course)).scalars()}
    assert rows[f"{SITE}/courses/c2"].title == "Course 2, revised"
    assert rows[f"{SITE}/courses/c1"].first_seen == t0
    assert rows[f"{SITE}/courses/c1"].last_seen == t0 + timedelta(days=1)


def test_duplicate_urls_in_one_batch_are_one_course(engine):
    with session_scope(engine) as s:
        result = upsert_courses(s, [course(1), course(1, title="later copy")])
    assert result.new == 1
    with session_scope(engine) as s:
        assert count_courses(s) == 1


def _crawl(engine, records, *, outcome, complete, when):
    with session_scope(engine) as s:
        run = start_crawl_run(s, site=SITE)
        run.started_at = when
        counts = upsert_courses(s, records, now=when + timedelta(seconds=1))
        finish_crawl_run(s, run, outcome=outcome, complete=complete, pages=len(records), counts=counts)
        return run.courses_stale


def test_stale_only_after_successful_complete_crawl(engine):
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    _crawl(engine, [course(1), course(2)], outcome="success", complete=True, when=t0)
    # A failed crawl and a partial one that miss course 2 mark nothing stale.
    assert _crawl(engine, [course(1)], outcome="failed", complete=False, when=t0 + timedelta(days=1)) == 0
    assert _crawl(engine, [course(1)], outcome="partial", complete=False, when=t0 + timedelta(days=2)) == 0
    with session_scope(engine) as s:
        assert {c.status for c in s.execute(select(Course)).scalars()} == {"active"}
    # A successful complete crawl that misses it marks it stale, with the date, and keeps it.
    assert _crawl(engine, [course(1)], outcome="success", complete=True, when=t0 + timedelta(days=3)) == 1
    with session_scope(engine) as s:
        stale = s.execute(select(Course).where(Course.url == f"{SITE}/courses/c2")).scalar_one()
        assert stale.status == "stale" and stale.stale_since is not None
        assert count_courses(s, CourseQuery(hide_stale=False)) == 2
        assert count_courses(s, CourseQuery(hide_stale=True)) == 1
        run = s.execute(select(CrawlRun).order_by(CrawlRun.id.desc())).scalars().first()
        assert run.outcome == "success" and run.courses_stale == 1
    # Seen again: active again.
    _crawl(engine, [course(1), course(2)], outcome="success", complete=True, when=t0 + timedelta(days=4))
    with session_scope(engine) as s:
        assert count_courses(s, CourseQuery(hide_stale=True)) == 2


def test_stale_marking_is_per_site(engine):
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    other = course(9, url="https://other.example/courses/x", site="https://other.example")
    with session_scope(engine) as s:
        upsert_courses(s, [other], now=t0)
    _crawl(engine, [course(1)], outcome="success", complete=True, when=t0 + timedelta(days=1))
    with session_scope(engine) as s:
        assert s.execute(select(Course.status).where(Course.url == other["url"])).scalar_one() == "active"


def test_price_change_adds_history_row(engine):
    with session_scope(engine) as s:
        upsert_courses(s, [course(1, price_usd=20.0)])
        upsert_courses(s, [course(1, price_usd=20.0)])
        upsert_courses(s, [course(1, price_usd=15.0)])
    with session_scope(engine) as s:
        prices = [h.price_usd for h in s.execute(select(PriceHistory).order_by(PriceHistory.id)).scalars()]
    assert prices == [20.0, 15.0]


def test_checklist_rows_replaced_and_records_round_trip(engine):
    records = generate_records(5, seed=3)
    with session_scope(engine) as s:
        upsert_courses(s, records)
        upsert_courses(s, records)
        upsert_provider(s, "CareSkills Academy", SITE)
    with session_scope(engine) as s:
        assert len(s.execute(select(ChecklistResult)).all()) == 5 * 6
        out = list(iter_records(s, CourseQuery(hide_stale=False, sort="newest")))
    assert len(out) == 5
    assert list(out[0]) == list(RECORD_FIELDS)
    by_url = {r["url"]: r for r in out}
    for original in records:
        got = by_url[original["url"]]
        for field in ("title", "points", "credit_unit", "aama_approved", "price_usd", "is_free"):
            assert got[field] == original[field]
        for criterion, result in original["checklist"].items():
            assert got["checklist"][criterion]["met"] == result["met"]
            assert got["checklist"][criterion]["evidence"] == result["evidence"]


def test_filters_match_python(engine):
    records = generate_records(300, seed=11)
    with session_scope(engine) as s:
        upsert_courses(s, records)
        query = CourseQuery(free_only=True, aama_only=True, category="clinical")
        expected = [r for r in records if r["is_free"] and r["aama_approved"] and r["category"] == "clinical"]
        assert count_courses(s, query) == len(expected) > 0
        found = list(iter_records(s, query))
    assert {r["url"] for r in found} == {r["url"] for r in expected}
    scores = [r["quality_score"] for r in found]
    assert scores == sorted(scores, reverse=True)
