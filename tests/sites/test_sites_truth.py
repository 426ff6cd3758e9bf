"""The bundled sample sites agree with their truth files (what tests measure extraction against)."""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import pytest

from crawler.sites_server import SAMPLE_SITES_DIR, SitesServer, list_sites, serve_sites

CRITERIA = ("rationale", "learning_outcomes", "instructor_credentials",
            "instructional_methods", "fees", "refund_policy")
RECORD_KEYS = {"path", "aliases", "title", "provider", "credits", "credit_unit", "points",
               "credits_by_category", "category", "aama_approved", "price_usd", "is_free",
               "format", "checklist", "member_price_usd", "live_dates"}
SITES = list_sites(SAMPLE_SITES_DIR)


def load_truth(slug: str) -> dict[str, Any]:
    return json.loads((SAMPLE_SITES_DIR / slug / "truth.json").read_text(encoding="utf-8"))


ALL_COURSES = [c for slug in SITES for c in load_truth(slug)["courses"]]


@pytest.fixture(scope="module")
def server() -> Iterator[SitesServer]:
    with serve_sites() as running:
        yield running


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, ""


def title_and_h1(page: str) -> str:
    found = re.findall(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>", page, re.S | re.I)
    text = " ".join(a + " " + b for a, b in found)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


@pytest.mark.parametrize("slug", SITES)
def test_truth_file_shape(slug: str) -> None:
    truth = load_truth(slug)
    assert truth["site"] == slug and truth["provider"]
    assert truth["courses"], "a site without courses"
    paths = [c["path"] for c in truth["courses"]]
    assert len(paths) == len(set(paths))
    for course in truth["courses"]:
        assert set(course) >= RECORD_KEYS, course["path"]
        assert set(course["checklist"]) == set(CRITERIA)
        assert course["credit_unit"] in (None, "aama_ceu", "contact_hour", "iacet_ceu", "other")
        assert course["category"] in (None, "administrative", "clinical", "general", "mixed")
        if course["is_free"]:
            assert course["price_usd"] == 0.0
        if course["credit_unit"] == "iacet_ceu":
            assert course["points"] == pytest.approx(course["credits"] * 10)
        for item in course["checklist"].values():
            assert (item["source_path"] is not None) == item["met"]
    assert not set(paths) & set(truth["not_courses"])


@pytest.mark.parametrize("slug", SITES)
def test_every_course_path_and_alias_shows_the_course(server: SitesServer, slug: str) -> None:
    base = server.urls[slug]
    for course in load_truth(slug)["courses"]:
        for path in [course["path"], *course["aliases"]]:
            status, page = get(base + path)
            assert status == 200, path
            assert course["title"] in title_and_h1(page), path
            if course["aliases"]:
                assert re.search(r'<link rel="canonical" href="[^"]*' + re.escape(course["path"]), page)


@pytest.mark.parametrize("slug", SITES)
def test_not_courses_and_policy_sources_exist(server: SitesServer, slug: str) -> None:
    base = server.urls[slug]
    truth = load_truth(slug)
    sources = {item["source_path"] for c in truth["courses"] for item in c["checklist"].values()}
    for path in sorted(set(truth["not_courses"]) | (sources - {None})):
        assert get(base + path)[0] == 200, path


@pytest.mark.parametrize("slug", SITES)
def test_robots_and_sitemap(server: SitesServer, slug: str) -> None:
    base = server.urls[slug]
    truth = load_truth(slug)
    status, body = get(base + "/robots.txt")
    assert status == 200
    robots = RobotFileParser()
    robots.parse(body.splitlines())
    for path in truth["disallowed"]:
        assert get(base + path)[0] == 200, path
        assert not robots.can_fetch("ceu-bot", base + path), path
    for course in truth["courses"]:
        assert robots.can_fetch("ceu-bot", base + course["path"]), course["path"]
    status, xml = get(base + "/sitemap.xml")
    if status == 404:
        assert not truth["stale_sitemap"]
        return
    listed = re.findall(r"<loc>(.*?)</loc>", xml)
    assert listed and all(u.startswith(base + "/") for u in listed)
    for url in listed:
        path = url[len(base):]
        expected = 404 if path in truth["stale_sitemap"] else 200
        assert get(url)[0] == expected, url
    assert set(truth["stale_sitemap"]) <= {u[len(base):] for u in listed}


@pytest.mark.parametrize("criterion", CRITERIA)
def test_each_checklist_item_is_met_on_some_and_missing_on_some(criterion: str) -> None:
    met = [c["checklist"][criterion]["met"] for c in ALL_COURSES]
    assert any(met) and not all(met)


def test_refund_sources_include_site_wide_policy_pages() -> None:
    linked = [c for c in ALL_COURSES
              if c["checklist"]["refund_policy"]["met"]
              and c["checklist"]["refund_policy"]["source_path"] != c["path"]]
    assert linked


def test_hard_cases_are_present() -> None:
    by_status = {c.get("aama_status") for c in ALL_COURSES}
    assert {"approved", "pending", "expired"} <= by_status
    assert any(c["member_price_usd"] == 0.0 and not c["is_free"] and c["price_usd"] for c in ALL_COURSES)
    assert any(c["member_price_usd"] not in (None, 0.0) for c in ALL_COURSES)
    assert any(c["is_free"] for c in ALL_COURSES)
    assert any(c["price_usd"] is None for c in ALL_COURSES)
    assert any(c["credits_by_category"] and len(c["credits_by_category"]) > 1 for c in ALL_COURSES)
    pending = [c for c in ALL_COURSES if c.get("aama_status") == "pending"]
    assert pending and not any(c["aama_approved"] for c in pending)


def test_sample_sites_stay_small() -> None:
    size = sum(p.stat().st_size for p in Path(SAMPLE_SITES_DIR).rglob("*") if p.is_file())
    assert size < 15_000_000


def test_enough_sites_and_courses() -> None:
    assert len(SITES) >= 7
    assert len(ALL_COURSES) >= 140


def test_unit_and_approval_hard_cases_are_present() -> None:
    iacet = [c for c in ALL_COURSES if c["credit_unit"] == "iacet_ceu"]
    assert iacet and all(c["points"] == pytest.approx(c["credits"] * 10) for c in iacet)
    assert any(c["credit_unit"] == "contact_hour" for c in ALL_COURSES)
    statuses = {c["aama_status"] for c in ALL_COURSES}
    assert {"not_submitted", "non_aama", "badge_only"} <= statuses
    for c in ALL_COURSES:
        assert c["aama_approved"] == (c["aama_status"] == "approved")


def test_live_dates_carry_time_zones() -> None:
    dated = [d for c in ALL_COURSES for d in c["live_dates"]]
    assert dated
    assert all(re.search(r"T\d\d:\d\d:\d\d[+-]\d\d:\d\d$", d) for d in dated)


def test_marketplace_courses_have_aliases_and_seller_providers() -> None:
    aliased = [c for c in ALL_COURSES if c["aliases"]]
    assert aliased
    assert any("utm_" in a for c in aliased for a in c["aliases"])
    assert any("?" not in a for c in aliased for a in c["aliases"])
    market = load_truth("ceumarket")
    assert len({c["provider"] for c in market["courses"]}) >= 3
    assert market["provider"] not in {c["provider"] for c in market["courses"]}


def test_paginated_listings_are_not_courses() -> None:
    listed = [p for slug in SITES for p in load_truth(slug)["not_courses"]]
    assert any(p.endswith("?page=2") for p in listed)


def test_committed_files_match_the_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(SAMPLE_SITES_DIR.parents[1]))  # the repository root
    from data.sample_sites._build.build import BUILDERS

    for builder in BUILDERS:
        site = builder()
        folder = SAMPLE_SITES_DIR / site.slug
        on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
        expected = set(site.pages) | {"truth.json"} | ({"_routes.json"} if site.routes else set())
        assert on_disk == expected, site.slug
        for rel, body in site.pages.items():
            assert (folder / rel).read_text(encoding="utf-8") == body, f"{site.slug}/{rel} is stale"
        assert load_truth(site.slug) == json.loads(json.dumps(site.truth())), site.slug


def _label_key(path: str) -> str:
    """A path with every query parameter but ``page`` dropped (tracking parameters are noise)."""
    parts = urlsplit(path)
    kept = [(k, v) for k, v in parse_qsl(parts.query) if k == "page"]
    return parts.path + (f"?{urlencode(kept)}" if kept else "")


@pytest.mark.parametrize("slug", SITES)
def test_every_reachable_page_is_labelled_and_no_link_is_broken(server: SitesServer, slug: str) -> None:
    base = server.urls[slug]
    truth = load_truth(slug)
    courses = {c["path"] for c in truth["courses"]}
    known = courses | {_label_key(a) for c in truth["courses"] for a in c["aliases"]}
    known |= set(truth["not_courses"])
    robots = RobotFileParser()
    robots.parse(get(base + "/robots.txt")[1].splitlines())
    seen: set[str] = set()
    queue = ["/"]
    broken, unlabelled = [], []
    while queue:
        path = queue.pop()
        if path in seen or not robots.can_fetch("ceu-bot", base + path):
            continue
        seen.add(path)
        status, page = get(base + path)
        if status != 200:
            broken.append(path)
            continue
        if _label_key(path) not in known:
            unlabelled.append(path)
        for href in re.findall(r'<a\s[^>]*href="([^"]+)"', page, re.I):
            url = urlsplit(urljoin(base + path, html.unescape(href)))
            if f"{url.scheme}://{url.netloc}" == base:
                queue.append(url.path + (f"?{url.query}" if url.query else ""))
    assert not broken and not unlabelled
    reached = {_label_key(p) for p in seen}
    assert courses <= reached and set(truth["not_courses"]) <= reached


def _links(page: str) -> set[str]:
    return {html.unescape(h) for h in re.findall(r'<a\s[^>]*href="([^"]+)"', page, re.I)}


def _read(slug: str, path: str) -> str:
    parts = urlsplit(path)
    rel = parts.path.lstrip("/")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    elif "." not in rel.rsplit("/", 1)[-1]:
        rel += "/index.html"
    return (SAMPLE_SITES_DIR / slug / rel).read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", SITES)
def test_refund_policy_pages_are_linked_only_from_courses_that_use_them(slug: str) -> None:
    truth = load_truth(slug)
    policy_pages = {c["checklist"]["refund_policy"]["source_path"] for c in truth["courses"]}
    policy_pages -= {None} | {c["path"] for c in truth["courses"]}
    for course in truth["courses"]:
        source = course["checklist"]["refund_policy"]["source_path"]
        links = {urlsplit(link).path for link in _links(_read(slug, course["path"]))}
        if source in policy_pages:
            assert source in links, course["path"]
        else:
            assert not links & policy_pages, course["path"]


def _pages_where(criterion: str, met: bool) -> list[str]:
    return [_read(slug, c["path"]) for slug in SITES for c in load_truth(slug)["courses"]
            if c["checklist"][criterion]["met"] is met]


def test_hard_case_wordings_appear_on_the_pages() -> None:
    no_instructor = " ".join(_pages_where("instructor_credentials", False))
    assert "Instructor: TBA" in no_instructor and "To be announced" in no_instructor
    assert re.search(r"<h[23][^>]*>Objectives</h[23]>\s*<ul[^>]*></ul>",
                     " ".join(_pages_where("learning_outcomes", False)))
    refund_met = " ".join(_pages_where("refund_policy", True))
    assert "All sales final" in refund_met
    everything = " ".join(_pages_where("fees", True))
    assert "3 payments of $" in everything
    assert "<del>" in everything and "<s " in everything
    assert "Free for a limited time" in everything or "for a limited time" in everything
    assert "not been submitted for AAMA approval" in everything
    assert "as non-AAMA recertification points" in everything
    assert re.search(r"0\.2 CEUs \(2 contact hours\)", everything)


def test_pages_on_disk_carry_no_server_placeholder() -> None:
    # Scoring and crawler fixture tests read pages from disk; only robots.txt and sitemaps
    # may rely on the server filling in {{origin}}.
    for page in SAMPLE_SITES_DIR.rglob("*.htm*"):
        assert "{{origin}}" not in page.read_text(encoding="utf-8"), page
