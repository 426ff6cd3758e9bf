"""Helpers for the crawler tests: run `ceu crawl` as a subprocess and capture what it printed."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class CrawlRun:
    """One finished `ceu crawl` subprocess: its database and what it printed."""

    db: str
    returncode: int
    stdout: str
    stderr: str


# the day the sites' truth files were labelled: crawls score as of it, so the figures do not drift with the calendar
LABELLED_ON = "2026-12-03"

def run_ceu_crawl(urls: list[str], db: str, *extra: str, env: dict[str, str] | None = None,
                  timeout: float = 120) -> CrawlRun:
    """Run `python -m ceu crawl --url ... --db DB` and capture its output."""
    args = [sys.executable, "-m", "ceu", "crawl", *[a for u in urls for a in ("--url", u)], "--db", db, *extra]
    full_env = {**os.environ, "CEU_LOG_LEVEL": "WARNING", "CEU_AS_OF": LABELLED_ON, **(env or {})}
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=full_env,
                          cwd=Path(__file__).resolve().parents[2])
    return CrawlRun(db, done.returncode, done.stdout, done.stderr)
