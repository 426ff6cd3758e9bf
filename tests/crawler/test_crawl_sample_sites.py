"""Whole crawls of the bundled sample sites through `ceu crawl`, measured against truth.json.

The crawl runs once per session (see conftest); assertions are on DB rows and on
the printed summary. Field accuracy comes from ``crawl_truth.measure``; fields that
the scoring package does not yet get right are xfails (reported, not failing).
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from crawl_truth import FIELDS, SITES_DIR, measure, stored_records

from catalog.models import CRITERIA

THRESHOLD = 0.95
KNOWN_BELOW: dict[str, str] = {}  # field -> reason, for fields known to be below the threshold


@pytest.fixture(scope="module")
def records(sample_crawl):
    return stored_records(sample_crawl.db)


@pytest.fixture(scope="module")
def report(records, sample_server):
    return measure(records, sample_server.urls)


def _truths():
    for site in sorted(p for p in SITES_DIR.iterdir() if (p / "truth.json").exists() and p.name[0] not in "_."):
        yield site.name, json.loads((site / "truth.json").read_text())


def test_every_labelled_course_is_found(report):
    assert report.missed == []
    assert report.recall == 1.0


def test_nothing_else_is_stored(report):
    assert report.extra == []
    assert report.precision == 1.0


@pytest.mark.parametrize("name", [*FIELDS, *(f"checklist.{c}" for c in CRITERIA)])
def test_field_accuracy(report, name, request):
    if name in KNOWN_BELOW:
        # not strict: the scoring developer is improving these fields while this suite runs
        request.applymarker(pytest.mark.xfail(strict=False, reason=KNOWN_BELOW[name]))
    assert report.accuracy(name) >= THRESHOLD, report.wrong.get(name, [])[:5]


def test_robots_disallowed_pages_are_not_fetched(records, sample_server):
    for slug, truth in _truths():
        origin = sample_server.urls[slug].rstrip("/")
        for path in truth["disallowed"]:
            assert origin + path not in records


def test_aliases_and_tracking_urls_collapse_to_one_canonical_record(records, sample_server):
    checked = 0
    for slug, truth in _truths():
        origin = sample_server.urls[slug].rstrip("/")
        for course in truth["courses"]:
            for alias in course["aliases"]:
                assert origin + alias not in records
                checked += 1
            assert origin + course["path"] in records
    assert checked > 0, "the sample sites should have alias URLs to collapse"
    assert not [u for u in records if "utm_" in u or "ref=" in u]


def test_courses_carry_the_site_policy_page_they_link_to(sample_crawl, sample_server):
    """The refund policy on a site-wide page the course links to is attached as a site page."""
    with sqlite3.connect(sample_crawl.db) as db:
        pages = {url: json.loads(page) for url, page in db.execute("select url, page from course")}
    checked = 0
    for slug, truth in _truths():
        origin = sample_server.urls[slug].rstrip("/")
        for course in truth["courses"]:
            refund = course["checklist"]["refund_policy"]
            if refund["met"] and refund["source_path"] != course["path"]:
                attached = [p["url"] for p in pages[origin + course["path"]]["site_pages"]]
                assert origin + refund["source_path"] in attached
                checked += 1
    assert checked > 20


def test_summary_is_printed_and_runs_recorded(sample_crawl, sample_server):
    total = sum(len(t["courses"]) for _, t in _truths())
    assert f"courses new: {total}" in sample_crawl.stdout
    assert "Crawl summary" in sample_crawl.stdout
    with sqlite3.connect(sample_crawl.db) as db:
        runs = db.execute("select site, outcome, complete, pages, courses_new from crawlrun").fetchall()
    assert {r[0] for r in runs} == {u.rstrip("/") for u in sample_server.urls.values()}
    assert all(r[1] == "success" and r[2] for r in runs)
    assert sum(r[4] for r in runs) == total


def test_second_crawl_finds_everything_unchanged(sample_crawl, sample_server):
    from crawl_helpers import run_ceu_crawl

    again = run_ceu_crawl(list(sample_server.urls.values()), sample_crawl.db)
    assert again.returncode == 0, again.stderr[-2000:]
    total = sum(len(t["courses"]) for _, t in _truths())
    assert f"courses new: 0  updated: 0  unchanged: {total}  stale: 0" in again.stdout


def test_worker_processes_give_the_same_records(records, sample_server, tmp_path):
    """CEU_WORKERS moves extraction and build_record to other processes; the result is the same."""
    from crawl_helpers import run_ceu_crawl

    origin = sample_server.urls["maskills-store"].rstrip("/")
    run = run_ceu_crawl([origin + "/"], str(tmp_path / "w.db"), env={"CEU_WORKERS": "2"})
    assert run.returncode == 0, run.stderr[-2000:]
    pooled = stored_records(run.db)
    inline = {u: r for u, r in records.items() if u.startswith(origin + "/")}
    assert set(pooled) == set(inline)
    keys = ("title", "credits", "credit_unit", "price_usd", "aama_approved", "quality_score")
    for url, record in pooled.items():
        assert {k: record[k] for k in keys} == {k: inline[url][k] for k in keys}
