"""Crawler test fixtures: the real loopback sample-site server and whole crawls run as `ceu crawl`."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.sites_server import SAMPLE_SITES_DIR, serve_sites


@dataclass
class CrawlRun:
    """One finished `ceu crawl` subprocess: its database and what it printed."""

    db: str
    returncode: int
    stdout: str
    stderr: str


def run_ceu_crawl(urls: list[str], db: str, *extra: str, env: dict[str, str] | None = None,
                  timeout: float = 120) -> CrawlRun:
    """Run `python -m ceu crawl --url ... --db DB` and capture its output."""
    args = [sys.executable, "-m", "ceu", "crawl", *[a for u in urls for a in ("--url", u)], "--db", db, *extra]
    full_env = {**os.environ, "CEU_LOG_LEVEL": "WARNING", **(env or {})}
    done = subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=full_env,
                          cwd=Path(__file__).resolve().parents[2])
    return CrawlRun(db, done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="session")
def sample_server():
    """Every bundled sample site on its own loopback port."""
    with serve_sites(SAMPLE_SITES_DIR) as server:
        yield server


@pytest.fixture(scope="session")
def sample_crawl(sample_server, tmp_path_factory):
    """One whole crawl of all sample sites (subprocess) into a fresh SQLite file."""
    db = str(tmp_path_factory.mktemp("crawl") / "ceu.db")
    run = run_ceu_crawl(list(sample_server.urls.values()), db)
    assert run.returncode == 0, run.stderr[-3000:]
    return run
