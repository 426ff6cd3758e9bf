"""Downloader middleware: Scrapy's retries, with exponential backoff between attempts.

A retried request carries ``backoff_delay`` in its meta (base x 2^(attempt-1),
capped); the request waits that long before it goes out again, so a struggling
server gets breathing room instead of an immediate second hit.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.settings import BaseSettings
from scrapy.utils.asyncio import sleep


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware whose retries wait ``RETRY_BACKOFF_BASE * 2**(n-1)`` seconds."""

    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = cls(crawler.settings)
        middleware.crawler = crawler
        return middleware

    async def process_request(self, request: Request) -> Any:
        delay = request.meta.get("backoff_delay")
        if delay:
            await sleep(float(delay))
        return None

    def _retry(self, request: Request, reason: Any) -> Request | None:
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = int(retry.meta.get("retry_times", 1))
            retry.meta["backoff_delay"] = min(self.backoff_base * 2 ** (attempt - 1), self.backoff_max)
        return retry
