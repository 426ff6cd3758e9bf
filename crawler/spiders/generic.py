"""The generic spider: finds the course pages of a site nobody wrote a spider for.

What to fetch next is its only job. It reads robots.txt for sitemaps (then
``/sitemap.xml``), follows same-site links breadth first within depth and page
caps, extracts every HTML page (``crawler.extract``) and yields the course pages
as ``CoursePageItem``. Site-wide policy pages linked from a course are fetched
first and attached as ``site_pages``, its own details pages read into it (see
``crawler.site_state``). Failures are
logged and recorded per site; the crawl goes on.

    scrapy crawl generic -a url=https://ce.example.org/ -a max_pages=200
    scrapy crawl generic -a provider="AAMA e-Learning Center"
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import SplitResult, urlsplit

from scrapy import Request, Spider, signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from catalog.errors import BadUrlError
from catalog.page import Candidate, ExtractedPage
from crawler import workers
from crawler.extract import extract_page
from crawler.extract.urls import is_http_url, same_site, strip_tracking
from crawler.items import CoursePageItem
from crawler.providers import ProviderConfig, find_provider, load_providers
from crawler.site_state import SiteState, Waiting, as_site_page, looks_like_policy
from crawler.workers import make_pool

SKIP_EXTENSIONS = re.compile(r"\.(pdf|jpe?g|png|gif|svg|webp|ico|css|js|json|zip|gz|tgz|rar|docx?|xlsx?|"
                             r"pptx?|mp[34]|mov|avi|wav|ics|rss|atom|woff2?|ttf|eot|exe|dmg)$", re.IGNORECASE)
SKIP_PATHS = re.compile(r"/(cart|basket|checkout|login|log-in|logout|signin|sign-in|signup|account|"
                        r"my-account|wp-admin|wp-login\.php|wp-json|feed|print|share|wishlist|compare|"
                        # (not one item's page under a search path: ActiveNet's "/activity/search/detail/4412")
                        r"search(?!/(?:details?|view|show)/)|cdn-cgi)(/|$)", re.IGNORECASE)
SKIP_QUERY = re.compile(r"(^|&)(add-to-cart|add_to_cart|replytocom|sort|orderby|order|filter|view|"
                        r"print|share|lang|currency|format)=", re.IGNORECASE)
# a printer-friendly view named by a value ("&wbp=EventInfo_print.htm", "&layout=printable"), not "printing-basics"
PRINT_VIEW = re.compile(r"(?:^|&)[^=&]+=(?:[^&]*[_./-])?print(?:er|able)?(?:[_.-][^&]*)?(?:&|$)", re.IGNORECASE)
# what only a variant of a page carries (its cart, login and file addresses are never pages)
_VARIANT_ONLY = ("add-to-cart", "add_to_cart", "replytocom")
POLICY_PRIORITY = 100


def origin_of(url: str) -> str:
    """scheme://host[:port] of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def parse_url_arg(value: str | Iterable[str] | None) -> list[str]:
    """``url`` spider argument(s): comma/space separated or a list; BadUrlError on a bad one."""
    if not value:
        return []
    raw = value.replace(",", " ").split() if isinstance(value, str) else list(value)
    for url in raw:
        if not is_http_url(url):
            raise BadUrlError(url, "not an absolute http(s) URL (e.g. https://ce.example.org/)")
    return raw


class GenericSpider(Spider):
    """Crawl sites given by URL or by configured provider name and yield their course pages."""

    name = "generic"

    def __init__(self, url: Any = None, provider: Any = None, max_pages: Any = None,
                 max_depth: Any = None, providers_file: str | None = None, **kwargs: Any):
        super().__init__(**kwargs)
        self.targets: list[tuple[str, ProviderConfig | None]] = [(u, None) for u in parse_url_arg(url)]
        names = [provider] if isinstance(provider, str) else list(provider or [])
        if names:
            configured = load_providers(providers_file)
            for name in names:
                config = find_provider(name, configured)
                self.targets += [(u, config) for u in config.start_urls]
        if not self.targets:
            raise BadUrlError("generic spider", "give -a url=URL or -a provider=NAME")
        self.max_pages_arg = int(max_pages) if max_pages else None
        self.max_depth = int(max_depth) if max_depth else 8
        self.sites: dict[str, SiteState] = {}
        self.pool: Any = None  # worker processes for extraction and normalisation (crawler.workers)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> GenericSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        cap = spider.max_pages_arg or crawler.settings.getint("CEU_MAX_PAGES_PER_SITE", 500)
        for url, config in spider.targets:
            state = spider.sites.setdefault(origin_of(url), SiteState(origin_of(url), [], cap, config))
            state.start_urls.append(url)
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._on_closed, signal=signals.spider_closed)
        spider.pool = make_pool(crawler.settings.getint("CEU_WORKERS", 0))
        return spider

    # -- what to fetch first ------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        for origin, state in self.sites.items():
            yield Request(f"{origin}/robots.txt", callback=self.parse_robots, errback=self.no_robots,
                          meta={"site": origin}, priority=50, dont_filter=True)
            for url in state.start_urls:
                state.claim_slot()
                state.seen_links.add(strip_tracking(url))
                yield self._request(url, origin, depth=0, start=True)

    def _request(self, url: str, origin: str, depth: int, *, start: bool = False, priority: int = 0) -> Request:
        meta = {"site": origin, "depth": depth, "start": start}
        # The spider keeps its own seen-sets per site, so Scrapy's duplicate filter is off for
        # pages: a redirect loop then runs into REDIRECT_MAX_TIMES and reaches the errback
        # (logged and recorded) instead of vanishing as a filtered duplicate.
        callback = self.parse_page_in_worker if self.pool else self.parse_page
        return Request(url, callback=callback, errback=self.page_failed, meta=meta,
                       priority=priority, dont_filter=True)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """Sitemaps named in robots.txt, else the conventional /sitemap.xml."""
        origin = response.meta["site"]
        urls = [u for u in sitemap_urls_from_robots(response.body, base_url=origin) if same_site(u, origin)]
        for url in urls or [f"{origin}/sitemap.xml"]:
            yield Request(url, callback=self.parse_sitemap, errback=self.no_sitemap,
                          meta={"site": origin}, priority=40)

    def no_robots(self, failure: Failure) -> Iterator[Request]:
        origin = failure.request.meta["site"]
        yield Request(f"{origin}/sitemap.xml", callback=self.parse_sitemap, errback=self.no_sitemap,
                      meta={"site": origin}, priority=40)

    def no_sitemap(self, failure: Failure) -> None:
        self.logger.info("no usable sitemap at %s", failure.request.url)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Page URLs from a sitemap or sitemap index (same site only)."""
        origin = response.meta["site"]
        state = self.sites[origin]
        try:
            body = gunzip(response.body, max_size=50 * 1024 * 1024) if gzip_magic_number(response) else response.body
            sitemap = Sitemap(body)
        except Exception as exc:  # not XML: an HTML 'sitemap' page or garbage
            self.logger.info("sitemap %s unreadable: %s", response.url, exc)
            return
        for entry in sitemap:
            loc = (entry.get("loc") or "").strip()
            if not loc or not same_site(loc, origin):
                continue
            if sitemap.type == "sitemapindex":
                yield Request(loc, callback=self.parse_sitemap, errback=self.no_sitemap,
                              meta={"site": origin}, priority=40)
            else:
                yield from self._follow_one(state, loc, depth=1)

    # -- pages -----------------------------------------------------------------------------
    def parse_page(self, response: Response) -> Iterator[Any]:
        """Extract one page; follow its links; yield it when it is a course."""
        state = self._state_for(response)
        if not self._is_html(response):
            yield from self._not_html(state, response)
            return
        try:
            page = extract_page(response.url, response.body, response.headers)
        except Exception as exc:  # extraction must never stop the crawl
            yield from self._extraction_failed(state, response, exc)
            return
        yield from self.handle_page(response, state, page)

    async def parse_page_in_worker(self, response: Response) -> AsyncIterator[Any]:
        """``parse_page`` with extraction in a worker process."""
        state = self._state_for(response)
        if not self._is_html(response):
            for output in self._not_html(state, response):
                yield output
            return
        headers = {"Content-Type": response.headers.get(b"Content-Type", b"").decode("latin-1")}
        try:
            page = await workers.run(self.pool, workers.extract_job, response.url, response.body, headers)
        except Exception as exc:
            for output in self._extraction_failed(state, response, exc):
                yield output
            return
        for output in self.handle_page(response, state, page):
            yield output

    def _state_for(self, response: Response) -> SiteState:
        origin = response.meta.get("site") or origin_of(response.url)
        state = self.sites.get(origin) or self._adopt(origin)
        if response.meta.get("start"):
            state.start_ok = True
        return state

    @staticmethod
    def _is_html(response: Response) -> bool:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        return isinstance(response, TextResponse) and ("html" in content_type or not content_type)

    def _not_html(self, state: SiteState, response: Response) -> Iterator[Any]:
        self.crawler.stats.inc_value("ceu/skipped/not_html")
        yield from self._items(state, state.mark_fetched(self._aliases(response)))

    def _extraction_failed(self, state: SiteState, response: Response, exc: Exception) -> Iterator[Any]:
        self._error(state, f"extraction failed on {response.url}: {exc.__class__.__name__}: {exc}", transient=False)
        yield from self._items(state, state.mark_fetched(self._aliases(response)))

    def handle_page(self, response: Response, state: SiteState, page: ExtractedPage) -> Iterator[Any]:
        """Record the extracted page, follow its links, and yield it if it is a course."""
        state.pages += 1
        stats = self.crawler.stats
        stats.inc_value("ceu/pages")
        stats.inc_value(f"ceu/kind/{page.kind}")
        if state.provider and state.provider.overrides:
            apply_overrides(page, response, state.provider.overrides)
        aliases = self._aliases(response) + [page.url]
        details = bool(state.details_wanted) and state.remember_details(aliases, page)
        ready = state.remember(aliases, as_site_page(page)) if looks_like_policy(page) else state.mark_fetched(aliases)
        yield from self._items(state, ready + state.learn_cards(page.links))
        depth = int(response.meta.get("depth", 0))
        if depth < self.max_depth:
            raw_seen = state.raw_seen
            for link in page.links:
                if link.url not in raw_seen:  # most links were decided on earlier pages: no generator for them
                    yield from self._follow_one(state, link.url, depth + 1)
        # a course's details page is read into that course; one reached first waits for it
        if page.kind == "course" and not details and not state.hold_details(page):
            yield from self._course(state, page)

    def _course(self, state: SiteState, page: ExtractedPage) -> Iterator[Any]:
        if page.url in state.emitted or state.same_body(page):  # (the same page at another address, no canonical)
            state.duplicates += 1
            self.crawler.stats.inc_value("ceu/duplicates")
            return
        state.emitted.add(page.url)
        links = state.policy_links(page)
        missing = state.unknown(links)
        awaited = set(missing)
        for url in state.details_to_fetch(page):  # its own dates/registration pages, read into it
            awaited.add(url)
            if (url not in state.seen_links or url in state.fetched) and url not in missing:
                missing.append(url)  # never scheduled, or fetched before any course wanted it: fetch it now
        card = state.awaited_card(page)  # a live course with no date waits for its listing card (or the end)
        if not awaited and card is None:
            yield from self._items(state, [state.attach(page, links)])
            return
        state.waiting.append(Waiting(page, {*awaited, card} if card else awaited))
        for url in missing:
            if url in state.requested:
                continue
            state.requested.add(url)
            state.seen_links.add(url)
            if state.claim_slot(policy=True):
                yield self._request(url, state.origin, depth=99, priority=POLICY_PRIORITY)
            else:
                yield from self._items(state, state.remember([url], None))

    def _items(self, state: SiteState, pages: list[ExtractedPage]) -> Iterator[CoursePageItem]:
        for page in pages:
            state.courses += 1
            self.crawler.stats.inc_value("ceu/courses_found")
            yield CoursePageItem(page=page, site=state.origin,
                                 provider=state.provider.name if state.provider else None)

    def _follow_one(self, state: SiteState, url: str, depth: int) -> Iterator[Request]:
        if url in state.raw_seen:  # most links repeat page after page: decide each raw URL once
            return
        state.raw_seen.add(url)
        url = strip_tracking(url)
        if url in state.seen_links or not same_site(url, state.origin):
            return
        if state.provider and not state.provider.allows(urlsplit(url).path):
            return
        if skip_url(url):
            if sort_variant(url):  # fetched at the end if no other address of its page was
                state.variants.setdefault(urlsplit(url).path, url)
            return
        state.seen_links.add(url)
        if state.claim_slot():
            yield self._request(url, state.origin, depth)

    def _aliases(self, response: Response) -> list[str]:
        urls = [response.url, *response.meta.get("redirect_urls", []), response.request.url]
        return list(dict.fromkeys(strip_tracking(u) for u in urls))

    def _adopt(self, origin: str) -> SiteState:
        state = SiteState(origin, [origin], self.max_pages_arg or 500)
        self.sites[origin] = state
        return state

    # -- failures ---------------------------------------------------------------------------
    def page_failed(self, failure: Failure) -> Iterator[Any]:
        """Log and record a page that could not be fetched; release courses waiting for it."""
        request = failure.request
        origin = request.meta.get("site") or origin_of(request.url)
        state = self.sites.get(origin) or self._adopt(origin)
        exc = failure.value
        if isinstance(exc, IgnoreRequest) and "robots" in str(exc).lower():
            self.crawler.stats.inc_value("ceu/skipped/robots")
            self.logger.info("robots.txt forbids %s", request.url)
        elif isinstance(exc, HttpError):
            status = exc.response.status
            self._error(state, f"HTTP {status} {request.url}", transient=status >= 500 or status in (408, 429))
        else:
            name = exc.__class__.__name__
            self._error(state, f"{name} {request.url}: {' '.join(str(exc).split())[:160]}",
                        transient=not isinstance(exc, IgnoreRequest))
        if request.meta.get("start"):
            state.start_ok = False
        yield from self._items(state, state.remember([strip_tracking(request.url)], None))

    def _error(self, state: SiteState, message: str, *, transient: bool) -> None:
        state.errors.append(message)
        if transient:
            state.transient_failures += 1
        self.crawler.stats.inc_value("ceu/errors")
        self.logger.warning("skipped: %s", message)

    # -- end of crawl ---------------------------------------------------------------------------
    def _on_idle(self) -> None:
        scheduled = False
        for state in self.sites.values():
            for url in state.unseen_variants():  # a page only ever linked sorted or filtered
                state.seen_links.add(url)
                if state.claim_slot():
                    self.crawler.engine.crawl(self._request(url, state.origin, depth=1))
                    scheduled = True
        if scheduled:
            raise DontCloseSpider
        if any(state.waiting or state.held_details for state in self.sites.values()):
            self.crawler.engine.crawl(Request("data:,", callback=self._release_waiting, dont_filter=True))
            raise DontCloseSpider

    def _on_closed(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _release_waiting(self, response: Response) -> Iterator[CoursePageItem]:
        for state in self.sites.values():
            yield from self._items(state, state.release_all())


def skip_url(url: str) -> bool:
    """URLs never worth fetching: files, carts, logins, sort/filter variants."""
    parts = urlsplit(url)
    return _never_a_page(parts) or SKIP_QUERY.search(parts.query) is not None


def _never_a_page(parts: SplitResult) -> bool:
    """A file, a cart, a login or a print view, whatever its query."""
    return bool(SKIP_EXTENSIONS.search(parts.path) or SKIP_PATHS.search(parts.path) or PRINT_VIEW.search(parts.query))


def sort_variant(url: str) -> bool:
    """A sort, filter or view variant of a page that is otherwise worth fetching (not a cart action or a print view)."""
    parts = urlsplit(url)
    query = parts.query.lower()
    return (not _never_a_page(parts) and SKIP_QUERY.search(parts.query) is not None
            and not any(key in query for key in _VARIANT_ONLY) and "print=" not in query and "share=" not in query)


def apply_overrides(page: ExtractedPage, response: Response, overrides: dict[str, str]) -> None:
    """Put configured selector values first among the page's candidates."""
    found: list[Candidate] = []
    for field, selector in overrides.items():
        kind, _, expr = selector.partition(":")
        try:
            values = response.css(expr).getall() if kind == "css" else response.xpath(expr).getall()
        except Exception:  # a bad selector in providers.yaml must not stop the crawl
            continue
        text = " ".join(" ".join(values).split())
        if text:
            found.append(Candidate(field, text, f"override:{selector}", text))
            if field == "title":
                page.title = text
    page.candidates = found + page.candidates
