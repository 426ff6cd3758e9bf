"""The read queries the dashboard adds to catalog.queries, on a real SQLite (and PostgreSQL) database."""

from __future__ import annotations

from catalog.db import session_scope
from catalog.queries import (
    CourseQuery,
    catalogue_version,
    course_by_url,
    distinct_values,
    find_courses,
    find_page,
    plan_candidates,
    price_history,
    price_per_credit_histogram,
    provider_stats,
    quality_histogram,
    similar_courses,
    stale_courses,
)
from catalog.store import finish_crawl_run, start_crawl_run, upsert_courses
from catalog.synthetic import generate_records


def _record(url: str, title: str, **extra) -> dict:
    base = dict(generate_records(1, seed=3)[0])
    base.update(url=url, title=title, description="", topics=[], provider="P", category="clinical",
                quality_score=50.0)
    base.update(extra)
    return base


def test_relevance_title_beats_topic_beats_description_then_quality(engine):
    with session_scope(engine) as session:
        upsert_courses(session, [
            _record("https://a.example/1", "Intro", description="covers phlebotomy", quality_score=99.0),
            _record("https://a.example/2", "Phlebotomy Basics", quality_score=10.0),
            _record("https://a.example/3", "Draws", topics=["phlebotomy refresher"], quality_score=90.0),
            _record("https://a.example/4", "Unrelated", quality_score=100.0),
        ])
        found = find_courses(session, CourseQuery(search="Phlebotomy"))
        assert [c.title for c in found] == ["Phlebotomy Basics", "Draws", "Intro"]
        found = find_courses(session, CourseQuery(search="phlebotomy refresher"))
        assert [c.title for c in found] == ["Draws"]
        total, page = find_page(session, CourseQuery(search="phlebotomy"), limit=2, offset=1)
        assert total == 3 and [c.title for c in page] == ["Draws", "Intro"]
        assert find_page(session, CourseQuery(search="phlebotomy"), limit=2, offset=4) == (3, [])
        assert find_page(session, CourseQuery(search="nothing-like-this"), limit=2) == (0, [])
        total, page = find_page(session, CourseQuery(), limit=1)
        assert total == 4 and [c.title for c in page] == ["Unrelated"]
        assert find_page(session, CourseQuery(search="50%_off")) == (0, [])  # wildcards are literal


def test_facets_history_similar_and_candidates(engine):
    records = generate_records(40, seed=5)
    with session_scope(engine) as session:
        upsert_courses(session, records)
        changed = dict(records[0], price_usd=(records[0]["price_usd"] or 0) + 10, is_free=False)
        upsert_courses(session, [changed])
        assert distinct_values(session, "provider") == sorted({r["provider"] for r in records})
        assert distinct_values(session, "format") == sorted({r["format"] for r in records})
        first = course_by_url(session, records[0]["url"])
        history = price_history(session, first.id)
        assert [h.price_usd for h in history][-1] == changed["price_usd"] and len(history) == 2
        similar = similar_courses(session, first, limit=4)
        assert 0 < len(similar) <= 4 and first.id not in [c.id for c in similar]
        assert set(similar[0].topics) & set(first.topics) and similar[0].category == first.category
        candidates = plan_candidates(session, CourseQuery(free_only=True))
        assert candidates and all(c["is_free"] and c["points"] > 0 for c in candidates)
        assert set(candidates[0]) >= {"url", "points", "credits_by_category", "live_dates", "price_usd"}


def test_health_stats_and_histograms(engine):
    records = generate_records(30, seed=9)
    with session_scope(engine) as session:
        upsert_courses(session, records)
        before = catalogue_version(session)
        run = start_crawl_run(session, site=records[0]["site"])
        finish_crawl_run(session, run, outcome="success", complete=True, pages=3, errors=["boom"])
        after = catalogue_version(session)
        assert before != after  # a finished crawl invalidates the dashboard caches
        stats = provider_stats(session)
        assert sum(s["courses"] for s in stats) == 30
        gone = sum(1 for r in records if r["site"] == records[0]["site"])
        assert sum(s["stale"] for s in stats) == gone == len(stale_courses(session))
        bands = quality_histogram(session)
        assert sum(b["courses"] for b in bands) == 30 - gone
        assert all(b["to"] - b["from"] == 10 and 0 <= b["from"] <= 90 for b in bands)
        per = price_per_credit_histogram(session)
        assert sum(b["courses"] for b in per) == 30 - gone
        assert all(0 <= b["from"] <= 100 for b in per)
