"""Bad input through whole `ceu crawl` runs: every failure is logged and skipped, the crawl
goes on, and nothing already stored is lost.

The site is the sites developer's ``_bad_inputs`` (500, 404, a 5-second page, a 20 MB
page, a redirect loop, a binary body, malformed markup, a page with no course data),
copied to a temporary folder so the test can change it between crawls.
"""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from crawl_helpers import run_ceu_crawl

from crawler.sites_server import SAMPLE_SITES_DIR, serve_sites

SHORT_TIMEOUT = {"CEU_DOWNLOAD_TIMEOUT": "1", "CEU_RETRY_BACKOFF": "0.1"}


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("sites")
    shutil.copytree(SAMPLE_SITES_DIR / "_bad_inputs", root / "_bad_inputs")
    with serve_sites(root, sites=["_bad_inputs"]) as server:
        yield root / "_bad_inputs", server.urls["_bad_inputs"].rstrip("/")


@pytest.fixture(scope="module")
def first_crawl(bad_site, tmp_path_factory):
    _, origin = bad_site
    db = str(tmp_path_factory.mktemp("bad") / "ceu.db")
    return run_ceu_crawl([origin + "/"], db, env=SHORT_TIMEOUT), origin


def _courses(db: str) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select url, status from course"))


def _runs(db: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("select outcome, complete, errors, error_log, courses_stale from crawlrun order by id").fetchall()


def test_crawl_survives_every_bad_page(first_crawl):
    run, origin = first_crawl
    assert run.returncode == 0, run.stderr[-2000:]
    courses = _courses(run.db)
    assert origin + "/courses/good-course/" in courses
    for path in ("/", "/empty/", "/boom/", "/gone/", "/slow/", "/huge/", "/loop-a/", "/loop-b/", "/binary/",
                 "/policies/refunds/"):
        assert origin + path not in courses


def test_failures_are_logged_and_recorded(first_crawl):
    run, origin = first_crawl
    outcome, complete, errors, error_log, _ = _runs(run.db)[0]
    log = json.loads(error_log)
    assert outcome == "success" and not complete  # 500s and timeouts: not a complete crawl
    assert any(f"HTTP 500 {origin}/boom/" in e for e in log)
    assert any(f"HTTP 404 {origin}/gone/" in e for e in log)
    assert any("/slow/" in e and "Timeout" in e for e in log)
    assert any("/huge/" in e for e in log)
    assert any("/loop-" in e and "max redirections" in e for e in log)
    assert errors == len(log) >= 5
    assert "skipped: HTTP 500" in run.stderr
    assert f"errors: {errors}" in run.stdout


def test_malformed_course_page_is_still_read(first_crawl):
    run, origin = first_crawl
    with sqlite3.connect(run.db) as conn:
        row = conn.execute("select title, price_usd from course where url = ?", (origin + "/malformed/",)).fetchone()
    assert row is not None and row[0].startswith("Medication Math") and row[1] == 35.0


def test_nothing_stored_is_lost_and_stale_needs_a_complete_crawl(first_crawl, bad_site):
    run, origin = first_crawl
    folder, _ = bad_site
    good = origin + "/courses/good-course/"
    shutil.rmtree(folder / "courses" / "good-course")  # the course page now 404s

    second = run_ceu_crawl([origin + "/"], run.db, env=SHORT_TIMEOUT)
    assert second.returncode == 0, second.stderr[-2000:]
    assert _courses(run.db)[good] == "active"  # an incomplete crawl marks nothing stale
    assert "stale: 0" in second.stdout

    index = folder / "index.html"
    html = index.read_text()
    for bad in ("/boom/", "/slow/", "/huge/", "/loop-a/", "/binary/", "/malformed/"):
        html = html.replace(f'<li><a href="{bad}">{bad}</a></li>', "")
    index.write_text(html)
    third = run_ceu_crawl([origin + "/"], run.db, env=SHORT_TIMEOUT)
    assert third.returncode == 0, third.stderr[-2000:]
    courses = _courses(run.db)
    assert courses[good] == "stale"  # kept, marked stale, after a successful complete crawl
    assert courses[origin + "/malformed/"] == "stale"
    outcome, complete, *_ = _runs(run.db)[-1]
    assert outcome == "success" and complete


def test_bad_url_is_one_line_error(tmp_path):
    run = run_ceu_crawl(["not-a-url"], str(tmp_path / "x.db"))
    assert run.returncode == 2
    assert run.stderr.strip() == "Error: --url not-a-url: not an absolute http(s) URL (e.g. https://ce.example.org/)"
    assert "Traceback" not in run.stderr


def test_a_bad_scoring_day_is_one_line_before_the_crawl(tmp_path):
    from crawl_helpers import run_ceu_crawl

    run = run_ceu_crawl(["http://127.0.0.1:9/"], str(tmp_path / "x.db"), env={"CEU_AS_OF": "next tuesday"})
    assert run.returncode != 0
    assert run.stderr.strip().splitlines()[-1] == "Error: CEU_AS_OF: not a date in YYYY-MM-DD form: 'next tuesday'"
    assert "Traceback" not in run.stderr
