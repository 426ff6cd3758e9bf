"""Crawler test fixtures: the real loopback sample-site server and whole crawls run as `ceu crawl`."""

from __future__ import annotations

import pytest
from crawl_helpers import run_ceu_crawl

from crawler.sites_server import SAMPLE_SITES_DIR, serve_sites


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
