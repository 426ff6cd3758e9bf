"""Run one crawl in this process (Scrapy's reactor starts once per process) and return its summary.

``run_crawl`` validates every target first (bad URL or unknown provider -> a
``CeuError`` before anything starts), builds settings (loopback targets get no
AutoThrottle, no delay and more concurrency), runs the generic spider with
``CrawlerProcess`` and reports live progress through a callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from catalog.db import make_engine
from crawler.providers import ProviderConfig, find_provider, load_providers
from crawler.spiders.generic import GenericSpider, parse_url_arg

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Progress:
    """Live counters while the crawl runs."""

    pages: int = 0
    courses: int = 0
    stored: int = 0
    errors: int = 0
    running: bool = True


@dataclass
class CrawlSummary:
    """One row per site (pages, new, updated, unchanged, stale, errors, outcome...) and the totals."""

    sites: list[dict[str, Any]] = field(default_factory=list)
    finish_reason: str = ""

    def total(self, key: str) -> int:
        """Sum of one count over all sites."""
        return sum(int(site.get(key) or 0) for site in self.sites)


def is_loopback(url: str) -> bool:
    """True for URLs on this machine."""
    return (urlsplit(url).hostname or "") in LOOPBACK_HOSTS


def resolve_targets(urls: list[str] | None, providers: list[str] | None,
                    providers_file: str | None = None) -> tuple[list[str], list[ProviderConfig]]:
    """Checked URLs and provider configs; raises BadUrlError / BadOptionError / ConfigError."""
    checked = parse_url_arg(list(urls or []))
    configs: list[ProviderConfig] = []
    if providers:
        known = load_providers(providers_file)
        configs = [find_provider(name, known) for name in providers]
    return checked, configs


def crawl_settings(start_urls: list[str], *, db: str | None, max_pages: int | None,
                   log_level: str = "WARNING", extra: dict[str, Any] | None = None) -> Settings:
    """Project settings plus the per-run choices."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    if start_urls and all(is_loopback(u) for u in start_urls):
        settings.setdict({
            "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS": 32,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 16, "RETRY_BACKOFF_BASE": 0.2,
        }, priority="cmdline")
    settings.set("CEU_DB", db, priority="cmdline")
    if max_pages:
        settings.set("CEU_MAX_PAGES_PER_SITE", int(max_pages), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    for key, value in (extra or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def retire_loopback_sites(db: str | None, keep: list[str]) -> int:
    """Mark stale the courses of earlier demo runs: loopback sites (other ports) not in ``keep``.

    The sample sites get new ports on every ``ceu demo``, so an earlier run's courses would
    otherwise stay active next to this run's copies. Nothing is deleted.
    """
    from sqlmodel import select

    from catalog.db import session_scope
    from catalog.models import Course, utcnow
    from catalog.store import mark_stale

    engine = make_engine(db)
    keep_sites = {k.rstrip("/") for k in keep}
    retired = 0
    try:
        with session_scope(engine) as session:
            sites = session.exec(select(Course.site).distinct()).all()
            for site in sites:
                if site and is_loopback(site) and site not in keep_sites:
                    retired += mark_stale(session, site, utcnow())
    finally:
        engine.dispose()
    return retired


def run_crawl(urls: list[str] | None = None, providers: list[str] | None = None, *,
              db: str | None = None, max_pages: int | None = None,
              on_progress: Callable[[Progress], None] | None = None,
              providers_file: str | None = None, log_level: str = "WARNING",
              extra_settings: dict[str, Any] | None = None,
              configure_logging: bool = True) -> CrawlSummary:
    """Crawl the targets into the catalogue; once per process."""
    checked, configs = resolve_targets(urls, providers, providers_file)
    make_engine(db).dispose()  # a bad --db fails here, as one line, before the crawl starts
    start_urls = checked + [u for c in configs for u in c.start_urls]
    settings = crawl_settings(start_urls, db=db, max_pages=max_pages, log_level=log_level,
                              extra=extra_settings)
    settings.set("LOG_INSTALL_ROOT_HANDLER", configure_logging, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(GenericSpider)
    process.crawl(crawler, url=checked, provider=[c.name for c in configs], max_pages=max_pages,
                  providers_file=providers_file)
    progress = Progress()
    loop = None
    if on_progress is not None:
        from twisted.internet import task

        def tick() -> None:
            stats = crawler.stats
            progress.pages = int(stats.get_value("ceu/pages", 0))
            progress.courses = int(stats.get_value("ceu/courses_found", 0))
            progress.stored = int(stats.get_value("ceu/stored", 0))
            progress.errors = int(stats.get_value("ceu/errors", 0))
            on_progress(progress)

        loop = task.LoopingCall(tick)
        loop.start(0.25)
    process.start()
    if loop is not None and loop.running:
        loop.stop()
    summary = CrawlSummary(sites=list(crawler.stats.get_value("ceu/summary") or []),
                           finish_reason=str(crawler.stats.get_value("finish_reason") or ""))
    if on_progress is not None:
        progress.running = False
        on_progress(progress)
    return summary
