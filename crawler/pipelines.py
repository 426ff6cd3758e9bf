"""Item pipelines: normalise (scoring.build_record), validate, store (catalog.store).

Thin by design: settings are read once in ``from_crawler``; bad items are dropped
with a logged reason and counted; storage is batched, one CrawlRun row per site,
and a database problem is logged and recorded, never allowed to stop the crawl.
Stale marking happens in ``catalog.store.finish_crawl_run``, only for a site whose
crawl finished, was not cut by the page cap and had no transient failures.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from catalog.db import make_engine, session_scope
from catalog.models import CrawlRun
from catalog.settings import scoring_day
from catalog.store import (
    UpsertResult,
    finish_crawl_run,
    start_crawl_run,
    upsert_courses,
    upsert_provider,
)
from crawler import validate, workers
from crawler.items import CoursePageItem
from scoring import build_record

log = logging.getLogger(__name__)


class _Pipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> _Pipeline:
        return cls(crawler)

    def _site_error(self, item: CoursePageItem, message: str) -> None:
        state = getattr(self.crawler.spider, "sites", {}).get(item.site)
        if state is not None:
            state.errors.append(message)


class NormalisePipeline(_Pipeline):
    """Page -> course record through the scoring package (prices, credits, tags, checklist)."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.as_of = scoring_day()  # one day for the whole crawl

    def process_item(self, item: CoursePageItem) -> Any:
        pool = getattr(self.crawler.spider, "pool", None)
        if pool is not None:
            return self._in_worker(pool, item)
        try:
            record = build_record(item.page, provider=item.provider, as_of=self.as_of)
        except Exception as exc:  # a scoring bug on one page must not stop the crawl
            raise self._drop(item, exc) from exc
        return self._with(item, record)

    async def _in_worker(self, pool: Any, item: CoursePageItem) -> CoursePageItem:
        try:
            record = await workers.run(pool, workers.record_job, item.page, item.provider, self.as_of)
        except Exception as exc:
            raise self._drop(item, exc) from exc
        return self._with(item, record)

    def _drop(self, item: CoursePageItem, exc: Exception) -> DropItem:
        self.stats.inc_value("ceu/dropped")
        message = f"normalising {item.page.url} failed: {exc.__class__.__name__}: {exc}"
        self._site_error(item, message)
        return DropItem(message)

    def _with(self, item: CoursePageItem, record: dict[str, Any]) -> CoursePageItem:
        if record["details"]["kind"] != "course":  # a course, but no CE credit and no medical-assisting topic
            self.stats.inc_value("ceu/not_ce")
            raise DropItem(f"not continuing education for medical assistants: {item.page.url}", log_level="DEBUG")
        record["site"] = item.site
        item.record = record
        return item


class ValidatePipeline(_Pipeline):
    """Drop records that cannot be stored, saying why."""

    def process_item(self, item: CoursePageItem) -> CoursePageItem:
        found = validate.problems(item.record)
        if found:
            self.stats.inc_value("ceu/dropped")
            message = f"invalid record from {item.page.url}: {'; '.join(found)}"
            self._site_error(item, message)
            raise DropItem(message)
        return item


class StorePipeline(_Pipeline):
    """Batched upserts into the catalogue; one CrawlRun per site with its counts and errors."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.db = crawler.settings.get("CEU_DB")
        self.batch_size = crawler.settings.getint("CEU_STORE_BATCH", 200)
        self.engine: Any = None
        self.buffer: list[dict[str, Any]] = []
        self.runs: dict[str, int] = {}
        self.counts: dict[str, UpsertResult] = {}
        self.providers: dict[str, str | None] = {}

    def open_spider(self) -> None:
        self.engine = make_engine(self.db)
        for origin, state in getattr(self.crawler.spider, "sites", {}).items():
            self._start_run(origin, state.provider.name if state.provider else None)

    def _start_run(self, site: str, provider: str | None) -> None:
        with session_scope(self.engine) as session:
            self.runs[site] = start_crawl_run(session, site=site, provider=provider).id
        self.counts[site] = UpsertResult()

    def process_item(self, item: CoursePageItem) -> CoursePageItem:
        if item.site not in self.runs:
            self._start_run(item.site, item.provider)
        self.buffer.append(item.record or {})
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        """Write buffered records, grouped by site so each run gets its own counts."""
        records, self.buffer = self.buffer, []
        by_site: dict[str, list[dict[str, Any]]] = {}
        for record in records:
            by_site.setdefault(record.get("site") or "", []).append(record)
        for site, group in by_site.items():
            try:
                with session_scope(self.engine) as session:
                    result = upsert_courses(session, group)
                    for name in {r.get("provider") for r in group if r.get("provider")}:
                        if name not in self.providers:
                            upsert_provider(session, name, site=site)
                            self.providers[name] = site
            except Exception as exc:  # keep crawling; the run row says what was lost
                message = f"storing {len(group)} courses failed: {exc.__class__.__name__}: {' '.join(str(exc).split())[:200]}"
                log.error(message)
                self.stats.inc_value("ceu/errors")
                state = getattr(self.crawler.spider, "sites", {}).get(site)
                if state is not None:
                    state.errors.append(message)
                    state.transient_failures += 1
                continue
            self.counts.setdefault(site, UpsertResult()).add(result)
            self.stats.inc_value("ceu/stored", len(group))

    def close_spider(self, spider: Any = None) -> None:
        self.flush()
        reason = self.stats.get_value("finish_reason") or "finished"
        summary = []
        sites = getattr(self.crawler.spider, "sites", {})
        for site, run_id in self.runs.items():
            state = sites.get(site)
            summary.append(self._finish(site, run_id, state, reason))
        self.stats.set_value("ceu/summary", summary)

    def _finish(self, site: str, run_id: int, state: Any, reason: str) -> dict[str, Any]:
        pages = state.pages if state else 0
        errors = list(state.errors) if state else []
        finished = reason == "finished"
        outcome = "success" if state and state.start_ok and finished else ("partial" if pages else "failed")
        complete = bool(state) and finished and not state.capped and state.transient_failures == 0
        counts = self.counts.get(site, UpsertResult())
        stale = 0
        try:
            with session_scope(self.engine) as session:
                run = session.get(CrawlRun, run_id)
                run = finish_crawl_run(session, run, outcome=outcome, complete=complete, pages=pages,
                                       counts=counts, errors=errors)
                stale = run.courses_stale or 0
        except Exception as exc:
            log.error("closing crawl run of %s failed: %s", site, exc)
            errors.append(f"closing crawl run failed: {exc}")
        return {"site": site, "provider": state.provider.name if state and state.provider else None,
                "pages": pages, "new": counts.new, "updated": counts.updated, "unchanged": counts.unchanged,
                "stale": stale, "errors": len(errors), "outcome": outcome, "complete": complete,
                "capped": bool(state and state.capped), "error_log": errors[:50]}
