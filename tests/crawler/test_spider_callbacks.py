"""Spider callbacks and pipelines unit-tested from saved pages (``HtmlResponse``), no network."""

from __future__ import annotations

import sqlite3

import pytest
from scrapy import Request
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler import validate
from crawler.items import CoursePageItem
from crawler.pipelines import NormalisePipeline, StorePipeline, ValidatePipeline
from crawler.sites_server import SAMPLE_SITES_DIR
from crawler.spiders.generic import POLICY_PRIORITY, GenericSpider, apply_overrides, skip_url

ORIGIN = "http://127.0.0.1:8123"
CAREPATH = SAMPLE_SITES_DIR / "carepath-academy"
COURSE = "/courses/safe-injection-practices/"
OTHER_COURSE = "/courses/claims-denials-and-appeals/"
TERMS = "/terms-and-conditions/"


def make_spider(settings: dict | None = None, **kwargs) -> GenericSpider:
    crawler = get_crawler(GenericSpider, settings or {})
    spider = crawler._create_spider(url=ORIGIN + "/", **kwargs)
    crawler.spider = spider
    return spider


def page_response(path: str, *, url: str | None = None, site_dir=CAREPATH, **meta) -> HtmlResponse:
    file = site_dir / path.strip("/") / "index.html" if path.endswith("/") else site_dir / path.lstrip("/")
    request = Request(url or ORIGIN + path, meta={"site": ORIGIN, "depth": 1, **meta})
    return HtmlResponse(url=request.url, body=file.read_bytes(), request=request,
                        headers={"Content-Type": "text/html; charset=utf-8"})


def split(results) -> tuple[list[Request], list[CoursePageItem]]:
    results = list(results)
    return ([r for r in results if isinstance(r, Request)], [r for r in results if isinstance(r, CoursePageItem)])


def test_course_waits_for_its_policy_page_then_carries_it():
    spider = make_spider()
    requests, items = split(spider.parse_page(page_response(COURSE)))
    assert items == []
    policy = [r for r in requests if r.priority == POLICY_PRIORITY]
    assert [r.url for r in policy] == [ORIGIN + TERMS]

    requests, items = split(spider.parse_page(page_response(TERMS)))
    assert len(items) == 1
    assert items[0].page.url == ORIGIN + COURSE
    assert [p.url for p in items[0].page.site_pages] == [ORIGIN + TERMS]
    assert "refund" in items[0].page.site_pages[0].text.lower()

    _, items = split(spider.parse_page(page_response(OTHER_COURSE)))  # policy now cached: at once
    assert [p.url for p in items[0].page.site_pages] == [ORIGIN + TERMS]


def test_failed_policy_page_releases_the_waiting_course():
    spider = make_spider()
    requests, _ = split(spider.parse_page(page_response(COURSE)))
    policy = next(r for r in requests if r.priority == POLICY_PRIORITY)
    failure = Failure(HttpError(Response(policy.url, status=404, request=policy)))
    failure.request = policy
    _, items = split(spider.page_failed(failure))
    assert len(items) == 1 and items[0].page.site_pages == []
    assert spider.sites[ORIGIN].errors == [f"HTTP 404 {ORIGIN}{TERMS}"]
    assert spider.sites[ORIGIN].transient_failures == 0


def test_same_course_under_a_tracking_url_is_emitted_once():
    spider = make_spider()
    list(spider.parse_page(page_response(TERMS)))
    _, first = split(spider.parse_page(page_response(COURSE)))
    _, second = split(spider.parse_page(page_response(COURSE, url=ORIGIN + COURSE + "?utm_source=mail")))
    assert len(first) == 1 and second == []
    assert spider.sites[ORIGIN].duplicates == 1


def test_listing_follows_course_links_and_yields_no_item():
    spider = make_spider()
    requests, items = split(spider.parse_page(page_response("/courses/")))
    assert items == []
    urls = {r.url for r in requests}
    assert ORIGIN + COURSE in urls
    assert all(r.url.startswith(ORIGIN) for r in requests)


def test_page_cap_stops_following():
    spider = make_spider(max_pages=3)
    requests, _ = split(spider.parse_page(page_response("/courses/")))
    assert len(requests) == 3
    assert spider.sites[ORIGIN].capped


def test_robots_sitemap_lines_are_followed():
    spider = make_spider()
    request = Request(ORIGIN + "/robots.txt", meta={"site": ORIGIN})
    robots = TextResponse(request.url, body=b"User-agent: *\nDisallow: /x/\nSitemap: " + ORIGIN.encode() + b"/map.xml\n",
                          request=request, encoding="utf-8")
    assert [r.url for r in spider.parse_robots(robots)] == [ORIGIN + "/map.xml"]


def test_sitemap_urls_are_followed_once_and_only_on_the_same_site():
    spider = make_spider()
    xml = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"<url><loc>{ORIGIN}{COURSE}</loc></url><url><loc>{ORIGIN}{COURSE}?utm_source=x</loc></url>"
           f"<url><loc>https://elsewhere.example/{COURSE}</loc></url></urlset>").encode()
    request = Request(ORIGIN + "/sitemap.xml", meta={"site": ORIGIN})
    found = list(spider.parse_sitemap(Response(request.url, body=xml, request=request)))
    assert [r.url for r in found] == [ORIGIN + COURSE]


def test_non_html_response_is_skipped():
    spider = make_spider()
    request = Request(ORIGIN + "/blob", meta={"site": ORIGIN})
    response = Response(request.url, body=b"\x00\x01", request=request, headers={"Content-Type": "application/octet-stream"})
    assert list(spider.parse_page(response)) == []
    assert spider.sites[ORIGIN].pages == 0


@pytest.mark.parametrize(
    ("url", "skipped"),
    [("http://h/cart/", True), ("http://h/a.pdf", True), ("http://h/c?add-to-cart=5", True),
     ("http://h/courses/?sort=price", True), ("http://h/courses/?page=2", False), ("http://h/course.asp?id=5", False),
     # a printer-friendly view named by a value, not a course whose name says printing
     ("http://h/EventInfo?sessionaltcd=27WEB0119&wbp=EventInfo_print.htm", True), ("http://h/c?course=printing-basics", False),
     # a search page is never fetched; one item's page under a search path is (ActiveNet's activity pages)
     ("http://h/search/?q=ekg", True), ("http://h/activity/search", True), ("http://h/activity/search/results", True),
     ("http://h/wescottlanding/activity/search/detail/4412", False)],
)
def test_skip_url(url, skipped):
    assert skip_url(url) is skipped


def test_a_page_only_ever_linked_sorted_is_fetched_at_the_end():
    from crawler.spiders.generic import sort_variant

    assert sort_variant("http://h/ProductList?RANGE=1/10&SORT=DESCRIPTION")
    assert not sort_variant("http://h/c?add-to-cart=5") and not sort_variant("http://h/a?view=print")
    spider = make_spider()
    state = spider._adopt(ORIGIN)
    assert list(spider._follow_one(state, ORIGIN + "/ProductList?SORT=DESCRIPTION", 1)) == []  # not now
    assert state.unseen_variants() == [ORIGIN + "/ProductList?SORT=DESCRIPTION"]


def test_provider_overrides_come_first():
    from crawler.extract import extract_page

    response = page_response(COURSE)
    page = extract_page(response.url, response.body)
    apply_overrides(page, response, {"title": "css:h1::text", "price_text": "xpath://nothing/text()"})
    assert page.candidates[0].source == "override:css:h1::text"
    assert page.title == page.candidates[0].value
    assert page.first("price_text").source != "override:xpath://nothing/text()"


@pytest.mark.parametrize(
    ("change", "reason"),
    [({"url": "not a url"}, "url"), ({"title": " "}, "no title"), ({"credits": -1.0}, "credits"),
     ({"price_usd": 1e9}, "price_usd"), ({"credit_unit": "furlongs"}, "credit_unit"), ({"points": "2"}, "points")],
)
def test_validate_names_the_problem(change, reason):
    record = {"url": "http://h/c/", "title": "T", "credits": 1.0, "price_usd": 10.0, "credit_unit": "aama_ceu",
              "category": "clinical", "checklist": {}, **change}
    found = validate.problems(record)
    assert found and reason in found[0]


def test_pipelines_normalise_validate_and_store(tmp_path):
    db = str(tmp_path / "ceu.db")
    spider = make_spider({"CEU_DB": db})
    list(spider.parse_page(page_response(TERMS)))
    _, items = split(spider.parse_page(page_response(COURSE)))
    crawler = spider.crawler
    normalise, check, store = (NormalisePipeline(crawler), ValidatePipeline(crawler), StorePipeline(crawler))
    store.open_spider()
    item = check.process_item(normalise.process_item(items[0]))
    assert item.record["url"] == ORIGIN + COURSE and item.record["site"] == ORIGIN
    store.process_item(item)
    bad = CoursePageItem(page=items[0].page, site=ORIGIN, record={**item.record, "title": ""})
    with pytest.raises(DropItem, match="no title"):
        check.process_item(bad)
    spider.sites[ORIGIN].start_ok = True
    crawler.stats.set_value("finish_reason", "finished")
    store.close_spider()
    summary = crawler.stats.get_value("ceu/summary")
    assert summary[0]["new"] == 1 and summary[0]["outcome"] == "success"
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from course").fetchone() == (1,)
        assert conn.execute("select outcome, courses_new from crawlrun").fetchone() == ("success", 1)
    assert any("no title" in e for e in spider.sites[ORIGIN].errors)


def test_a_course_that_is_not_continuing_education_is_dropped_quietly():
    from crawler.extract import extract_page

    spider = make_spider()
    body = (b"<html><head><title>Writing Successful Grant Proposals</title></head><body><main>"
            b"<h1>Writing Successful Grant Proposals</h1><p>A six-week instructor-led online course in finding funders.</p>"
            b"<h2>Tuition</h2><p>$135</p><a href='/enroll'>Enroll now</a></main></body></html>")
    page = extract_page(ORIGIN + "/courses/grant-proposals/", body)
    page.kind = "course"  # (as a course catalogue's page is read)
    normalise = NormalisePipeline(spider.crawler)
    with pytest.raises(DropItem, match="not continuing education") as dropped:
        normalise.process_item(CoursePageItem(page=page, site=ORIGIN))
    assert dropped.value.log_level == "DEBUG"
    assert spider.crawler.stats.get_value("ceu/not_ce") == 1 and not spider.sites[ORIGIN].errors  # not an error


def test_gzipped_sitemap_is_read():
    import gzip

    spider = make_spider()
    xml = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
           f"<url><loc>{ORIGIN}{COURSE}</loc></url></urlset>").encode()
    request = Request(ORIGIN + "/sitemap.xml.gz", meta={"site": ORIGIN})
    found = list(spider.parse_sitemap(Response(request.url, body=gzip.compress(xml), request=request)))
    assert [r.url for r in found] == [ORIGIN + COURSE]
