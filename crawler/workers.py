"""Optional worker processes for the CPU-bound, pure steps: extraction and ``build_record``.

Extraction and normalisation are pure functions of their inputs, so a bulk crawl
can run them in other processes while the reactor keeps downloading. With
``CEU_WORKERS = 0`` (the default) everything runs inline; polite crawls of real
sites are paced by the network, not the CPU. Workers come from a forkserver that
has already imported the extraction and scoring code, so starting one is cheap.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from typing import Any

from catalog.page import ExtractedPage


def make_pool(workers: int) -> ProcessPoolExecutor | None:
    """A process pool of ``workers`` processes, or None for inline work."""
    if workers <= 0:
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["crawler.extract", "scoring"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def extract_job(url: str, body: bytes, headers: dict[str, str]) -> ExtractedPage:
    """``extract_page`` in a worker (module-level so it pickles)."""
    from crawler.extract import extract_page

    return extract_page(url, body, headers)


def record_job(page: ExtractedPage, provider: str | None, as_of: date) -> dict[str, Any]:
    """``scoring.build_record`` in a worker."""
    from scoring import build_record

    return build_record(page, provider=provider, as_of=as_of)


async def run(pool: ProcessPoolExecutor, fn: Any, *args: Any) -> Any:
    """Await ``fn(*args)`` in the pool from the crawl's asyncio loop."""
    return await asyncio.wrap_future(pool.submit(fn, *args))
