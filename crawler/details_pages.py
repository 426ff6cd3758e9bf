"""A course's own details pages: the sub-pages its facts continue on.

Some course pages leave the session times, tuition or registration terms to a page of
their own beneath them ("Session times, tuition and registration: Dates & registration"
linking to ``/courses/allergy-skin-testing/dates/``). Such a page is the course's page
continued: the spider fetches it before storing the course (as it does policy pages)
and its words are read as part of the course page (``with_details``).

A details page is a same-site page under the course's own address whose link or
address names dates, schedule, registration or fees, and whose own title names them
too ("Allergy Skin Testing: Dates & Registration"). Read alone it may look like a course
(a price and dated sessions); it is not stored as one. Reached before its course, such a
page is held back (``beneath_a_page_it_links_to``) until its course claims it or the crawl
ends. A page beneath the course whose title names no such thing (a session sold on its
own, a lesson) is never merged.
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
DETAILS_SOURCE = "site:details-page"
_PAGE_FILE = re.compile(r"(?:/index)?\.(?:html?|php|aspx?|jsp|cfm)$", re.IGNORECASE)


def folder_of(path: str) -> str:
    """The address a page's sub-pages sit beneath: ``/courses/x/`` for ``/courses/x``, ``/courses/x/index.html``
    and ``/courses/x.html`` (whose sub-pages are ``/courses/x/...``)."""
    return _PAGE_FILE.sub("", path.rstrip("/")) + "/"


def details_links(page: ExtractedPage) -> list[str]:
    """Same-site links from a course page to pages beneath its own address that name its dates, sessions,
    registration or fees (at most two)."""
    own_path = folder_of(urlsplit(page.url).path)
    found: list[str] = []
    for link in page.links:
        url = strip_tracking(link.url)
        parts = urlsplit(url)
        if (len(parts.path.rstrip("/")) < len(own_path) or not parts.path.startswith(own_path)
                or not same_site(url, page.url) or url in found):
            continue
        words = f"{link.text} {parts.path[len(own_path):].replace('-', ' ').replace('_', ' ')}"
        if DETAILS_WORDS.search(words):
            found.append(url)
            if len(found) == MAX_DETAILS_PAGES:
                break
    return found


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
