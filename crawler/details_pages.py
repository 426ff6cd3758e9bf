"""A course's own details pages: the pages its facts continue on.

Some course pages leave the session times, tuition or registration terms to a page of
their own ("Session times, tuition and registration: Dates & registration" linking to
``/courses/allergy-skin-testing/dates/``; "Registration details & fees" linking to
``/injection-lab-registration/``). Such a page is the course's page continued: the spider
fetches it before storing the course (as it does policy pages) and its words are read as
part of the course page (``with_details``).

A details page is a same-site page the course links to, whose own title names dates,
schedule, registration or fees, and that belongs to the course: it sits beneath the
course's address (linked or addressed as its dates, registration or fees), or its title
names the course ("Injection Techniques Skills Lab — Registration Details", linked as
"Registration details & fees"). Read alone it may look like a course (a price and dated
sessions); it is not stored as one. Reached before its course, a page beneath a page it
links to is held back (``beneath_a_page_it_links_to``) until its course claims it or the
crawl ends. A page whose title names no such thing (a session sold on its own, a lesson)
is never merged, nor is a site-wide registration page that names no course.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from catalog.page import Candidate, ExtractedPage, Section, SitePage
from crawler.extract.urls import same_site, strip_tracking

MAX_DETAILS_PAGES = 2
DETAILS_WORDS = re.compile(
    r"\b(?:dates?|schedules?|times|calendar|registration|register|enrol(?:l|ling|ment)?|tuition|"
    r"pricing|prices?|fees?|costs?|sign[- ]?up|booking)\b", re.IGNORECASE)
# a link elsewhere on the site that names a course's details as such: two of them, or "details" ("Registration details
# & fees", "Dates and registration", "Schedule & fees"), not a menu's lone "Registration" or "Calendar"
_FACET = r"(?:dates?|schedules?|times|registration|tuition|pricing|prices?|fees?|costs?)"
DETAILS_LINK_TEXT = re.compile(r"\b" + _FACET + r"\s*(?:details\b|(?:,|&|and|/|\+)\s*(?:\w+\s*(?:,|&|and)\s*)?" + _FACET + r"\b)",
                               re.IGNORECASE)
DETAILS_SOURCE = "site:details-page"
_PAGE_FILE = re.compile(r"(?:/index)?\.(?:html?|php|aspx?|jsp|cfm)$", re.IGNORECASE)


def folder_of(path: str) -> str:
    """The address a page's sub-pages sit beneath: ``/courses/x/`` for ``/courses/x``, ``/courses/x/index.html``
    and ``/courses/x.html`` (whose sub-pages are ``/courses/x/...``)."""
    return _PAGE_FILE.sub("", path.rstrip("/")) + "/"


def beneath(url: str, course_url: str) -> bool:
    """True when the address sits beneath the course's own (``/courses/x/dates/`` under ``/courses/x/``)."""
    return _in_folder(urlsplit(url).path, folder_of(urlsplit(course_url).path))


def _in_folder(path: str, folder: str) -> bool:
    return len(path.rstrip("/")) >= len(folder) and path.startswith(folder)


def details_links(page: ExtractedPage) -> list[str]:
    """Same-site links from a course page to pages that may hold its dates, registration or fees (at most two):
    beneath its own address, linked or addressed as such, first; then elsewhere, linked as its details (two facets
    between the link's words and the last segment of its address: "see dates" to ".../2027-sessions-fees")."""
    own_path = folder_of(urlsplit(page.url).path)
    own_name = _last_segment(urlsplit(page.url).path).lower()
    below: list[str] = []
    elsewhere: list[str] = []
    for link in page.links:
        url = strip_tracking(link.url)
        if url in below or url in elsewhere or not same_site(url, page.url) or url == page.url:
            continue
        path = urlsplit(url).path
        if _in_folder(path, own_path):
            if DETAILS_WORDS.search(f"{link.text} {path[len(own_path):].replace('-', ' ').replace('_', ' ')}"):
                below.append(url)
        elif (DETAILS_LINK_TEXT.search(link.text) or _facets(f"{link.text} {_last_segment(path)}") >= 2
              or _named_after(own_name, _last_segment(path).lower())):
            elsewhere.append(url)  # ("see dates" to ".../phlebotomy-skills-refresher-2027-sessions-fees")
    return (below + elsewhere)[:MAX_DETAILS_PAGES]


_FACET_WORD = re.compile(r"\b" + _FACET + r"\b", re.IGNORECASE)


def _facets(words: str) -> int:
    """How many different details facets the words name ("dates", "fees": 2; "date" and "dates" are one)."""
    return len({found.lower().rstrip("s") for found in _FACET_WORD.findall(words)})


def _last_segment(path: str) -> str:
    """The words of an address's last segment ("/content/x-2027-sessions-fees" -> "x 2027 sessions fees")."""
    return _PAGE_FILE.sub("", path.rstrip("/")).rsplit("/", 1)[-1].replace("-", " ").replace("_", " ")


def _named_after(course: str, other: str) -> bool:
    """The other page's name is the course's with a details word after it ("injection skills workshop registration"
    beside "injection skills workshop")."""
    return len(course.split()) >= 2 and other.startswith(course + " ") and bool(DETAILS_WORDS.search(other[len(course):]))


_TITLE_TAIL = re.compile(r"\s*(?:\([^()]*\)|[|:–—-].*)$")


def belongs_to(details: SitePage | ExtractedPage, course: ExtractedPage) -> bool:
    """The details page is this course's: beneath its address, or its title names the course ("Injection
    Techniques Skills Lab — Registration Details" for "Injection Techniques Skills Lab (In Person)")."""
    if beneath(details.url, course.url):
        return True
    name = _TITLE_TAIL.sub("", course.title or "").strip().lower()
    return len(name.split()) >= 2 and name in (details.title or "").lower()


def is_details_page(page: ExtractedPage) -> bool:
    """A page whose own title names dates, schedule, registration or fees (a course's details page, when
    the course links to it from above)."""
    return bool(page.title and DETAILS_WORDS.search(page.title))


def beneath_a_page_it_links_to(page: ExtractedPage) -> bool:
    """The page links to a page above its own address (not the site's home): a course it may belong to."""
    path = urlsplit(page.url).path
    for link in page.links:
        parts = urlsplit(link.url)
        above = folder_of(parts.path)
        if above != "/" and len(above) < len(path) and path.startswith(above) and same_site(link.url, page.url):
            return True
    return False


def with_details(page: ExtractedPage, details: list[SitePage]) -> ExtractedPage:
    """The course page with its details pages' sections and words after its own (a new page; the
    details pages' addresses kept as ``details_page`` candidates)."""
    if not details:
        return page
    sections: list[Section] = list(page.sections)
    texts = [page.text]
    candidates = list(page.candidates)
    for site_page in details:
        sections += site_page.sections
        texts.append(site_page.text)
        candidates.append(Candidate("details_page", site_page.url, DETAILS_SOURCE, site_page.title))
    return replace(page, sections=sections, text="\n\n".join(t for t in texts if t), candidates=candidates)
