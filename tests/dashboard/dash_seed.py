"""The dashboard tests' catalogue: seeded records, a hostile title, a stale course, a price change
and a crawl run with errors (imported by the tests; a unique module name, unlike conftest)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from catalog.db import make_engine, session_scope
from catalog.store import finish_crawl_run, start_crawl_run, upsert_courses, upsert_provider
from catalog.synthetic import generate_records

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
XSS_TITLE = "<img src=x onerror=alert(1)> [click](javascript:alert(1))"
XSS_URL = "https://evil.example/courses/xss"
STALE_URL = "https://gone.example/courses/old-course"
T0 = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def hostile_record() -> dict:
    """A free AAMA-approved clinical course whose scraped text tries to be HTML and Markdown."""
    record = dict(generate_records(1, seed=99)[0])
    record.update(
        url=XSS_URL, site="https://evil.example", title=XSS_TITLE, provider="Evil <b>Provider</b>",
        description="**bold** <script>alert(2)</script>", category="clinical", is_free=True,
        price_usd=0.0, aama_approved=True, aama_evidence="<b>Approved</b> for 1 AAMA CEU",
        credits_by_category=None, points=1.0, credits=1.0, credit_unit="aama_ceu", quality_score=100.0,
        topics=["phlebotomy refresher"],
    )
    record["checklist"] = {
        name: {**item, "met": True, "evidence": "[click](javascript:alert(3)) <i>x</i>",
               "source_url": "javascript:alert(4)", "contribution": 15.0}
        for name, item in record["checklist"].items()
    }
    return record


def seed_catalogue(path: Path, n: int = 60) -> Path:
    """Write the test catalogue to ``path`` and return it."""
    records = generate_records(n, seed=7)
    engine = make_engine(str(path))
    with session_scope(engine) as session:
        run = start_crawl_run(session, site="https://gone.example", provider="Gone Provider")
        old = dict(records[0], url=STALE_URL, site="https://gone.example", title="Old Course", provider="Gone Provider")
        upsert_courses(session, [old], now=T0)
        upsert_provider(session, "Gone Provider", "https://gone.example")
        finish_crawl_run(session, run, outcome="success", complete=True, pages=1)
        upsert_courses(session, [*records, hostile_record()], now=T0 + timedelta(days=1))
        cheaper = dict(records[1], price_usd=9.0, is_free=False)
        upsert_courses(session, [cheaper], now=T0 + timedelta(days=2))
        run = start_crawl_run(session, site="https://careskills.example", provider="CareSkills Academy")
        finish_crawl_run(
            session, run, outcome="partial", complete=False, pages=12,
            errors=["https://careskills.example/courses/x: HTTP 500"],
        )
        # The gone site's next complete crawl no longer lists the old course: it becomes stale.
        run = start_crawl_run(session, site="https://gone.example", provider="Gone Provider")
        finish_crawl_run(session, run, outcome="success", complete=True, pages=1)
    engine.dispose()
    return path
