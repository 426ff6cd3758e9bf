"""Scrapy settings for the CEU crawler: polite on the real web, fast on loopback.

Plain module constants, as Scrapy expects. ``crawler.runner`` adjusts a few for
loopback-only crawls (no AutoThrottle, no delay, more concurrency) and passes the
database and page cap; ``scrapy crawl generic -a url=...`` uses these as they are.
Environment overrides exist for tests and operators: ``CEU_DOWNLOAD_TIMEOUT`` (seconds),
``CEU_RETRY_BACKOFF`` (first retry delay, seconds), ``CEU_LOG_LEVEL``, ``CEU_DATABASE_URL``,
``CEU_HTTPCACHE=1`` (development cache under ``.scrapy/httpcache``).
"""

from __future__ import annotations

import os

BOT_NAME = "ceu"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Identify ourselves and how to reach us; obey robots.txt.
USER_AGENT = (
    "ceu-catalogue/0.1 (CE course catalogue for medical assistants; "
    "+https://github.com/ceu-catalogue/ceu-catalogue#crawler)"
)
ROBOTSTXT_OBEY = True

# Politeness on real sites: few parallel requests per site, latency-driven delay.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# Failures: retry transient ones with exponential backoff; give up on huge or slow pages.
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = float(os.environ.get("CEU_RETRY_BACKOFF", "1.0"))  # seconds, doubled per retry
RETRY_BACKOFF_MAX = 60.0
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every callback result (default 100, about
# 1 ms per page on a fast crawl); a page yields a few requests and at most a couple of items.
CONCURRENT_ITEMS = 16
DOWNLOAD_TIMEOUT = float(os.environ.get("CEU_DOWNLOAD_TIMEOUT", "20"))
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

# Crawl shape: breadth first, bounded depth, bounded pages per site (spider argument max_pages).
DEPTH_LIMIT = 8
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
CEU_MAX_PAGES_PER_SITE = 500
CEU_DB = os.environ.get("CEU_DATABASE_URL")  # None -> catalog's default SQLite file
CEU_STORE_BATCH = 200
# Worker processes for extraction and build_record (crawler.workers); 0 = inline.
CEU_WORKERS = int(os.environ.get("CEU_WORKERS", "0"))

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
}
ITEM_PIPELINES = {
    "crawler.pipelines.NormalisePipeline": 100,
    "crawler.pipelines.ValidatePipeline": 200,
    "crawler.pipelines.StorePipeline": 300,
}

# Development: cache pages on disk so re-running extraction does not re-download.
HTTPCACHE_ENABLED = os.environ.get("CEU_HTTPCACHE") == "1"
HTTPCACHE_EXPIRATION_SECS = 24 * 3600
HTTPCACHE_DIR = "httpcache"

# No remote shells into a running crawl (Scrapy 2.19 starts a remote-control server by default).
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False

LOG_LEVEL = os.environ.get("CEU_LOG_LEVEL", "INFO")
FEED_EXPORT_ENCODING = "utf-8"
