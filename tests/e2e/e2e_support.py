"""Support for the browser tests: paths, Chromium flags and the demo-like catalogue (unique module name)."""

from __future__ import annotations

from pathlib import Path

from catalog.db import make_engine, session_scope
from catalog.store import finish_crawl_run, start_crawl_run, upsert_courses, upsert_provider
from catalog.synthetic import PROVIDERS, generate_records

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
BROWSER_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
HOSTILE_TITLE = "<img src=x onerror=alert(1)> [click](javascript:alert(1))"



def seed_demo(path: Path, n: int = 400) -> Path:
    """A demo-like catalogue: every synthetic provider crawled once, plus one hostile title."""
    records = generate_records(n, seed=0)
    hostile = dict(records[0], url="https://evil.example/courses/xss", site="https://evil.example",
                   title=HOSTILE_TITLE, description="<script>alert(2)</script>")
    engine = make_engine(str(path))
    with session_scope(engine) as session:
        for name, host in PROVIDERS:
            run = start_crawl_run(session, site=f"https://{host}", provider=name)
            upsert_provider(session, name, f"https://{host}")
            counts = upsert_courses(session, [r for r in records if r["provider"] == name])
            finish_crawl_run(session, run, outcome="success", complete=True, pages=counts.new + 2, counts=counts)
        upsert_courses(session, [hostile])
    engine.dispose()
    return path
