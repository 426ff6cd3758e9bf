"""A course's own dates/fees page beneath it is fetched before the course is stored and read into it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from catalog.page import ExtractedPage, Link, Section, SitePage
from crawler.details_pages import details_links, folder_of, with_details
from crawler.items import CoursePageItem
from crawler.site_state import SiteState
from crawler.spiders.generic import POLICY_PRIORITY, GenericSpider
from scoring.record import build_record

ORIGIN = "http://127.0.0.1:8124"
SITE = Path(__file__).parent / "details_site"
COURSE = "/courses/wound-care-basics/"
DETAILS = COURSE + "schedule-and-fees/"


def _course(*links: Link) -> ExtractedPage:
    return ExtractedPage(url=ORIGIN + COURSE, title="Wound Care Basics", kind="course", links=list(links))


def test_details_links_are_pages_beneath_the_course_that_name_its_dates_or_fees():
    page = _course(Link(ORIGIN + DETAILS, "Schedule & fees"),
                   Link(ORIGIN + COURSE + "lessons/", "Lesson outline"),  # beneath it, but no dates or fees
                   Link(ORIGIN + COURSE + "register?utm_source=mail", "Continue"),  # its address says so
                   Link(ORIGIN + "/registration/", "Registration"),  # the site's, not beneath the course
                   Link("http://other.example" + COURSE + "dates/", "Dates"),  # another site
                   Link(ORIGIN + COURSE, "Dates"))  # the course itself
    assert details_links(page) == [ORIGIN + DETAILS, ORIGIN + COURSE + "register"]


def test_a_course_served_as_a_file_has_its_details_pages_in_the_folder_of_its_name():
    page = ExtractedPage(url=ORIGIN + "/ce/ekg-rhythm-basics.html", kind="course", links=[
        Link(ORIGIN + "/ce/ekg-rhythm-basics/schedule-and-registration.html", "Schedule and registration"),
        Link(ORIGIN + "/ce/ekg-rhythm-basics.html/dates", "Dates")])  # (no such address beneath a file)
    assert details_links(page) == [ORIGIN + "/ce/ekg-rhythm-basics/schedule-and-registration.html"]
    assert folder_of("/courses/x/index.html") == folder_of("/courses/x") == folder_of("/courses/x/") == "/courses/x/"


def test_a_details_page_elsewhere_on_the_site_is_linked_as_such_and_names_the_course():
    course = ExtractedPage(url=ORIGIN + "/events/322/", title="Injection Techniques Skills Lab (In Person)", kind="course",
                           links=[Link(ORIGIN + "/registration/", "Registration"),  # a menu's lone word
                                  Link(ORIGIN + "/calendar/", "Calendar"),
                                  Link(ORIGIN + "/injection-lab-registration/", "Registration details & fees")])
    assert details_links(course) == [ORIGIN + "/injection-lab-registration/"]
    state = SiteState(ORIGIN, [ORIGIN], 100)
    assert state.details_to_fetch(course) == [ORIGIN + "/injection-lab-registration/"]
    own = ExtractedPage(url=ORIGIN + "/injection-lab-registration/", kind="other", text="Early bird: $89.00",
                        title="Injection Techniques Skills Lab — Registration Details")
    assert state.remember_details([own.url], own)
    assert "Early bird: $89.00" in state.attach(course).text
    # a site-wide page of registration terms names no course: not this course's details, and not taken as any
    other = SiteState(ORIGIN, [ORIGIN], 100)
    other.details_to_fetch(course)
    sitewide = ExtractedPage(url=own.url, kind="other", text="Pay by card.", title="Registration Details & Fees")
    assert not other.remember_details([own.url], sitewide)
    assert other.attach(course).text == ""


def test_a_link_naming_one_facet_to_an_address_naming_another_is_a_details_link():
    course = ExtractedPage(url=ORIGIN + "/content/phlebotomy-skills-refresher-difficult-draws", kind="course",
                           title="Phlebotomy Skills Refresher: Difficult Draws",
                           links=[Link(ORIGIN + "/content/phlebotomy-skills-refresher-2027-sessions-fees", "see dates"),
                                  Link(ORIGIN + "/registration/", "Register"),  # one facet in all: the site's page
                                  Link(ORIGIN + "/content/dates", "Dates")])  # "dates" twice is one facet
    assert details_links(course) == [ORIGIN + "/content/phlebotomy-skills-refresher-2027-sessions-fees"]


def test_with_details_appends_the_pages_words_and_names_them():
    page = ExtractedPage(url=ORIGIN + COURSE, text="A workshop.", sections=[Section("Wound Care Basics")])
    details = SitePage(url=ORIGIN + DETAILS, title="Schedule & Fees", text="Fee: $95",
                       sections=[Section("Fees", text="Fee: $95")])
    merged = with_details(page, [details])
    assert merged.text == "A workshop.\n\nFee: $95"
    assert [s.heading for s in merged.sections] == ["Wound Care Basics", "Fees"]
    assert [(c.field, c.value) for c in merged.candidates] == [("details_page", ORIGIN + DETAILS)]
    assert page.text == "A workshop." and with_details(page, []) is page  # the page itself is left as it was


def test_a_page_beneath_the_course_that_is_a_course_itself_is_not_merged():
    state = SiteState(ORIGIN, [ORIGIN], 100)
    course = _course(Link(ORIGIN + COURSE + "evening-section/", "Register for the evening section"))
    assert state.details_to_fetch(course) == [ORIGIN + COURSE + "evening-section/"]
    state.remember_details([ORIGIN + COURSE + "evening-section/"], ExtractedPage(url="x", kind="course"))
    state.fetched.add(ORIGIN + COURSE + "evening-section/")
    assert state.details_pages == {}
    assert state.details_to_fetch(course) == []  # known now: nothing to wait for
    assert state.attach(course).text == ""


def _spider() -> GenericSpider:
    crawler = get_crawler(GenericSpider, {})
    spider = crawler._create_spider(url=ORIGIN + "/")
    crawler.spider = spider
    return spider


def _response(path: str) -> HtmlResponse:
    request = Request(ORIGIN + path, meta={"site": ORIGIN, "depth": 1})
    return HtmlResponse(url=request.url, body=(SITE / path.strip("/") / "index.html").read_bytes(), request=request,
                        headers={"Content-Type": "text/html; charset=utf-8"})


def _split(results) -> tuple[list[Request], list[CoursePageItem]]:
    results = list(results)
    return ([r for r in results if isinstance(r, Request)], [r for r in results if isinstance(r, CoursePageItem)])


def _check_merged(item: CoursePageItem) -> None:
    record = build_record(item.page, as_of=date(2026, 12, 4))
    assert record["price_usd"] == 95 and record["member_price_usd"] == 70
    assert [d[:10] for d in record["live_dates"]] == ["2027-03-13", "2027-05-15"]
    assert record["checklist"]["refund_policy"]["met"]
    assert "Cancel up to 10 days" in record["checklist"]["refund_policy"]["evidence"]
    assert "Skin and wound anatomy" not in item.page.text  # a page beneath it that names no dates or fees is not read


def test_course_waits_for_its_details_page_then_is_stored_with_its_fees_dates_and_refund_terms():
    spider = _spider()
    requests, items = _split(spider.parse_page(_response(COURSE)))
    assert items == [] and ORIGIN + DETAILS in [r.url for r in requests]
    requests, items = _split(spider.parse_page(_response(DETAILS)))
    assert len(items) == 1 and items[0].page.url == ORIGIN + COURSE  # the details page is no course of its own
    _check_merged(items[0])
    assert spider.sites[ORIGIN].held_details == {}


def test_a_details_page_reached_before_its_course_is_held_for_it_not_stored_as_a_course():
    spider = _spider()
    _, items = _split(spider.parse_page(_response(DETAILS)))  # alone it reads as a course (price, dated sessions)
    assert items == [] and list(spider.sites[ORIGIN].held_details) == [ORIGIN + DETAILS]
    requests, items = _split(spider.parse_page(_response(COURSE)))
    assert ORIGIN + DETAILS not in [r.url for r in requests if r.priority == POLICY_PRIORITY]  # not fetched twice
    assert len(items) == 1 and items[0].page.url == ORIGIN + COURSE
    _check_merged(items[0])
    assert list(spider._release_waiting(None)) == []  # nothing left to store at the end


def test_a_held_page_no_course_claims_is_stored_as_a_course_at_the_end_of_the_crawl():
    spider = _spider()
    _, items = _split(spider.parse_page(_response(DETAILS)))
    assert items == []
    items = list(spider._release_waiting(None))
    assert [item.page.url for item in items] == [ORIGIN + DETAILS]


def test_a_page_named_after_the_course_with_a_details_word_is_a_details_link():
    course = ExtractedPage(url=ORIGIN + "/page/upcoming-programs/injection-skills-workshop", kind="course",
                           title="Injection Skills Workshop: Two Saturday Mornings",
                           links=[Link(ORIGIN + "/page/upcoming-programs/injection-skills-workshop-registration",
                                       "See the registration page"),
                                  Link(ORIGIN + "/page/upcoming-programs/injection-skills-workshop-photos", "Photos")])
    assert details_links(course) == [ORIGIN + "/page/upcoming-programs/injection-skills-workshop-registration"]
