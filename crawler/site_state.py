"""Per-site bookkeeping for one crawl: page cap, errors, policy pages and courses waiting for them.

A course page often comes before the refund/FAQ/terms page it links to. The
course then waits (``wait``) until each policy page it links to has been fetched
or has failed (``resolve``); the spider fetches those pages first (high priority).
Policy-like pages are cached once per site and attached to every course linking
to them as ``site_pages``. A course's own details pages (``crawler.details_pages``)
are awaited the same way and read into the course page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from catalog.page import Candidate, ExtractedPage, Link, SitePage
from crawler.details_pages import (
    belongs_to,
    beneath_a_page_it_links_to,
    details_links,
    is_details_page,
    with_details,
)
from crawler.extract.classify import DAY
from crawler.extract.urls import same_site, strip_tracking
from crawler.providers import ProviderConfig

# Links worth fetching for the refund criterion: policy, terms, FAQ pages (not privacy/cookies).
# ("Cancellation policy", "How to cancel"; not "Winter Skills Mixer (Cancelled)", a called-off event's page)
POLICY_LINK = re.compile(r"refund|cancell?ation|\bcancel\b|faq|frequently|terms|condition|polic|money[- ]?back|"
                         r"withdraw|guarantee|returns?\b|help|support|"
                         # ("Lariat Works questions & answers", "Common questions", "Booking questions"; not an event's
                         # "Coding Q&A")
                         r"questions? (?:&|and) answers?|(?:common|booking|registration|ticket|enrol+ment)[ -]questions",
                         re.IGNORECASE)
NOT_POLICY = re.compile(r"privacy|cookie|accessib|sitemap|login|account|cart", re.IGNORECASE)
# refund terms by name, whatever else the link says ("Refunds & Account Credits policy")
_REFUND_TERMS = re.compile(r"refund|cancell?ation|money[- ]?back", re.IGNORECASE)
MAX_POLICY_LINKS = 4


@dataclass
class Waiting:
    """A course page held back until the policy pages it links to are known."""

    page: ExtractedPage
    pending: set[str]


@dataclass
class SiteState:
    """Everything the spider and the store pipeline know about one site during a crawl."""

    origin: str
    start_urls: list[str]
    max_pages: int
    provider: ProviderConfig | None = None
    scheduled: int = 0
    pages: int = 0
    courses: int = 0
    duplicates: int = 0
    transient_failures: int = 0
    capped: bool = False
    start_ok: bool = False
    errors: list[str] = field(default_factory=list)
    seen_links: set[str] = field(default_factory=set)
    raw_seen: set[str] = field(default_factory=set)
    fetched: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    site_pages: dict[str, SitePage] = field(default_factory=dict)
    requested: set[str] = field(default_factory=set)
    emitted: set[str] = field(default_factory=set)
    waiting: list[Waiting] = field(default_factory=list)
    cards: dict[str, str] = field(default_factory=dict)  # a listing card's words by the course URL it links to
    details_wanted: dict[str, ExtractedPage] = field(default_factory=dict)  # details pages, by the course wanting it
    details_pages: dict[str, SitePage] = field(default_factory=dict)  # those fetched
    # pages that look like a course alone and like a details page of a page above them, reached first
    held_details: dict[str, ExtractedPage] = field(default_factory=dict)
    # (link text, link URL) -> its policy URL or None: menus and footers repeat on every page
    policy_cache: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False)
    # a sort or filter variant skipped, by its path: fetched at the end when no other address of that path was
    # ("/ProductList?RANGE=1/10&SORT=DESCRIPTION", a catalogue every link sorts)
    variants: dict[str, str] = field(default_factory=dict)
    bodies: dict[tuple[str, int], str] = field(default_factory=dict)  # (title, hash of text) -> the course URL stored

    def unseen_variants(self) -> list[str]:
        """The skipped variants of paths no other address was scheduled for (each offered once)."""
        scheduled = {urlsplit(url).path for url in self.seen_links}
        found = [url for path, url in self.variants.items() if path not in scheduled]
        self.variants.clear()
        return found

    def same_body(self, page: ExtractedPage) -> str | None:
        """The course URL already stored with this page's title and words (an address with another case, a
        session id), else None; the page is remembered as stored."""
        key = (page.title or "", hash(page.text))
        first = self.bodies.setdefault(key, page.url)
        return first if first != page.url and page.text else None

    def claim_slot(self, *, policy: bool = False) -> bool:
        """Reserve one page of the site's cap; policy pages may exceed it by a few."""
        limit = self.max_pages + (MAX_POLICY_LINKS * 2 if policy else 0)
        if self.scheduled >= limit:
            self.capped = self.capped or not policy
            return False
        self.scheduled += 1
        return True

    def policy_links(self, page: ExtractedPage) -> list[str]:
        """Same-site links from the page that look like refund/terms/FAQ pages (at most four)."""
        found: list[str] = []
        cache = self.policy_cache
        for link in page.links:
            key = (link.text, link.url)
            if key in cache:
                url = cache[key]
            else:
                url = cache[key] = self._policy_url(link.text, link.url)
            if url is None:
                continue
            if url != page.url and url not in found:
                found.append(url)
            if len(found) >= MAX_POLICY_LINKS:
                break
        return found

    def _policy_url(self, text: str, url: str) -> str | None:
        label = f"{text} {urlsplit(url).path}"
        if not names_a_policy(label) or not same_site(url, self.origin):
            return None
        return strip_tracking(url)

    def attach(self, page: ExtractedPage, links: list[str] | None = None) -> ExtractedPage:
        """The page with every known site page it links to attached (``links``: its policy_links)."""
        links = self.policy_links(page) if links is None else links
        # under the address the course links to (its canonical URL may differ: a CMS's stale canonical)
        attached = [replace(self.site_pages[u], url=u) for u in links if u in self.site_pages]
        page.site_pages = attached
        card = self.cards.get(card_key(page.url))
        if card and not any(c.field == "listing_text" for c in page.candidates):
            page.candidates.append(Candidate("listing_text", card, "listing:card", card))
        if not self.details_pages:  # (most sites have none: no need to read the course's links again)
            return page
        return with_details(page, [self.details_pages[u] for u in details_links(page)
                                   if u in self.details_pages and belongs_to(self.details_pages[u], page)])

    def details_to_fetch(self, page: ExtractedPage) -> list[str]:
        """The course's details pages still to read: not yet read as one, not failed, not stored as a course
        nor found to be no details page."""
        found: list[str] = []
        for url in details_links(page):
            if url in self.held_details:  # reached first: it is this course's, not a course of its own
                self.details_pages[url] = as_site_page(self.held_details.pop(url))
            known_other = url in self.emitted or (url in self.details_wanted and url in self.fetched)
            if url in self.details_pages or url in self.failed or known_other:
                continue
            self.details_wanted.setdefault(url, ExtractedPage(url=page.url, title=page.title))  # (its name, not its words)
            found.append(url)
        return found

    def hold_details(self, page: ExtractedPage) -> bool:
        """Hold back a course-like page that may be the details page of a course above it, not yet read;
        True when held (stored as a course at the end of the crawl unless a course claims it first)."""
        if not is_details_page(page) or not beneath_a_page_it_links_to(page):
            return False
        self.held_details[page.url] = page
        return True

    def remember_details(self, urls: list[str], page: ExtractedPage) -> bool:
        """Keep a fetched page some course awaits as its details page; True when it is one (so no course
        of its own, whatever it looks like alone)."""
        courses = [self.details_wanted[url] for url in urls if url in self.details_wanted]
        if not courses or not is_details_page(page) or not any(belongs_to(page, course) for course in courses):
            return False
        for url in urls:
            if url in self.details_wanted:
                self.details_pages[url] = as_site_page(page)
        return True

    def unknown(self, urls: list[str]) -> list[str]:
        """The URLs not yet fetched nor failed."""
        return [u for u in urls if u not in self.fetched and u not in self.failed]

    def remember(self, urls: list[str], site_page: SitePage | None) -> list[ExtractedPage]:
        """Record fetched (or failed, when ``site_page`` is None) URLs; return courses now ready."""
        for url in urls:
            if site_page is not None:
                self.fetched.add(url)
                self.site_pages[url] = site_page
            else:
                self.failed.add(url)
        return self._release(set(urls))

    def mark_fetched(self, urls: list[str]) -> list[ExtractedPage]:
        """Record URLs fetched that are not policy pages; return courses now ready."""
        self.fetched.update(urls)
        return self._release(set(urls))

    def _release(self, urls: set[str]) -> list[ExtractedPage]:
        ready: list[ExtractedPage] = []
        still: list[Waiting] = []
        for waiting in self.waiting:
            waiting.pending -= urls
            if waiting.pending:
                still.append(waiting)
            else:
                ready.append(self.attach(waiting.page))
        self.waiting = still
        return ready

    def learn_cards(self, links: list[Link]) -> list[ExtractedPage]:
        """Record the listing cards among a page's links; return the courses that were waiting only for theirs."""
        arrived: set[str] = set()
        for link in links:
            if link.card and (key := card_key(link.url)) not in self.cards:
                self.cards[key] = link.card
                arrived.add(LISTING_CARD + key)
        return self._release(arrived) if arrived and self.waiting else []

    def awaited_card(self, page: ExtractedPage) -> str | None:
        """The pending mark of a live course that states no date, whose listing card is not known yet."""
        key = card_key(page.url)
        return LISTING_CARD + key if key not in self.cards and needs_listing_date(page) else None

    def release_all(self) -> list[ExtractedPage]:
        """Every waiting or held course, with whatever site pages are known (end of crawl)."""
        ready = [self.attach(w.page) for w in self.waiting]
        self.waiting = []
        for url, page in self.held_details.items():  # no course claimed them: courses of their own
            if url not in self.emitted:
                self.emitted.add(url)
                ready.append(self.attach(page))
        self.held_details = {}
        return ready


LISTING_CARD = "listing-card:"  # the pending mark of a course waiting for its listing card
_LIVE = re.compile(r"\b(?:live|zoom|webinar|in[- ]person|workshop|studio|classroom|seminar|on[- ]site)\b", re.I)
_YEAR = re.compile(r"\b20\d\d\b")


def card_key(url: str) -> str:
    """A course URL as listing links and canonical URLs both give it (tracking and a trailing slash dropped)."""
    return strip_tracking(url).rstrip("/")


def needs_listing_date(page: ExtractedPage) -> bool:
    """A live course page that states no date anywhere (a one-person studio's class page: the dates are
    on the class list), so its listing card is worth waiting for."""
    return (not any(c.field == "start_date" for c in page.candidates) and bool(_LIVE.search(page.text))
            and not _YEAR.search(page.text) and not DAY.search(page.text))


def as_site_page(page: ExtractedPage) -> SitePage:
    """The parts of a policy page a course needs."""
    return SitePage(url=page.url, title=page.title or "", text=page.text, sections=page.sections)


def looks_like_policy(page: ExtractedPage) -> bool:
    """A page to keep as a site page: classified policy, or titled/addressed like one."""
    if page.kind == "policy":
        return True
    label = f"{page.title or ''} {urlsplit(page.url).path}"
    return page.kind == "other" and names_a_policy(label)


def names_a_policy(label: str) -> bool:
    """True when a link's or page's words (text and path) name refund, terms or FAQ pages, not privacy or an account
    (unless they name refunds: "Refunds & Account Credits")."""
    return bool(POLICY_LINK.search(label)) and (not NOT_POLICY.search(label) or bool(_REFUND_TERMS.search(label)))
