"""The crawl entry points as a user runs them: `ceu demo`, `ceu crawl` errors, `scrapy list/crawl`, providers.yaml."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.errors import BadOptionError, ConfigError
from crawler.providers import PROVIDERS_FILE, find_provider, load_providers

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "CEU_LOG_LEVEL": "WARNING"}
    return subprocess.run(list(args), capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env)


def test_demo_without_dashboard_crawls_and_scores_every_sample_site(tmp_path):
    db = str(tmp_path / "demo.db")
    done = _run(sys.executable, "-m", "ceu", "demo", "--no-dashboard", "--db", db)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "courses new: 170" in done.stdout and "Scored 170 courses." in done.stdout
    assert "carepath-academy" in done.stdout and "127.0.0.1" not in done.stdout  # rows named by site, not port
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*), count(scored_at) from course").fetchone() == (170, 170)
        assert conn.execute("select count(distinct site) from crawlrun").fetchone() == (7,)

    again = _run(sys.executable, "-m", "ceu", "demo", "--no-dashboard", "--db", db)  # new ports
    assert again.returncode == 0, again.stderr[-2000:]
    assert "Marked 170 courses from earlier demo runs stale." in again.stderr
    with sqlite3.connect(db) as conn:
        statuses = dict(conn.execute("select status, count(*) from course group by status"))
    assert statuses == {"active": 170, "stale": 170}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--url", "ftp://x.org/"], "Error: --url ftp://x.org/: not an absolute http(s) URL"),
        (["--provider", "Nobody"], "Error: --provider: unknown provider 'Nobody'"),
        ([], "Error: ceu crawl: give at least one --url URL or --provider NAME"),
        (["--url", "http://127.0.0.1:9/", "--max-pages", "0"], "Error: --max-pages: must be a positive number"),
    ],
)
def test_crawl_bad_options_are_one_line_errors(args, message, tmp_path):
    done = _run(sys.executable, "-m", "ceu", "crawl", *args, "--db", str(tmp_path / "x.db"))
    assert done.returncode == 2
    assert done.stderr.startswith(message) and done.stderr.count("\n") == 1


def test_scrapy_list_and_crawl_work_from_the_repository_root(sample_server, tmp_path):
    scrapy = [sys.executable, "-m", "scrapy"]
    assert _run(*scrapy, "list").stdout.split() == ["generic"]
    url = sample_server.urls["tricounty-ahes"] + "/"
    env_db = str(tmp_path / "s.db")
    done = subprocess.run([*scrapy, "crawl", "generic", "-a", f"url={url}", "-s", "LOG_LEVEL=WARNING",
                           "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", f"CEU_DB={env_db}"],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    with sqlite3.connect(env_db) as conn:
        assert conn.execute("select count(*) from course").fetchone() == (22,)


def test_configured_providers_load_and_real_ones_need_the_internet():
    providers = load_providers()
    assert len(providers) >= 5
    assert all(p.needs_internet and p.start_urls[0].startswith("https://") for p in providers)
    assert find_provider("aama e-learning center", providers).name == "AAMA e-Learning Center"
    with pytest.raises(BadOptionError):
        find_provider("nope", providers)
    assert PROVIDERS_FILE.name == "providers.yaml"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("providers: 3", "top-level 'providers:' list"),
        ("providers:\n  - start_urls: [http://a.org/]", "needs a 'name'"),
        ("providers:\n  - name: A\n    start_urls: [nope]", "absolute http(s) URLs"),
        ("providers:\n  - name: A\n    start_urls: [http://a.org/]\n    overrides: {price_text: 'h1'}", "css:"),
        ("providers:\n  - name: A\n    start_urls: [http://a.org/]\n    allowed_paths: ['(']", "not a valid regex"),
        ("providers: [", "not valid YAML"),
    ],
)
def test_malformed_providers_file_names_the_problem(tmp_path, text, problem):
    path = tmp_path / "providers.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=re.escape(problem)):
        load_providers(path)
