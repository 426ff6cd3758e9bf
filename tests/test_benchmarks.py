"""The benchmarks in bench/ still run (at a small size): a broken benchmark would go unnoticed
until someone needs its figures. Nothing here asserts a speed; the figures are printed only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str]) -> str:
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_bench_crawl_reports_a_median_ratio_per_mode():
    out = _run(["bench/bench_crawl.py", "--pages", "120", "--rounds", "1", "--workers", "1"])
    assert "full pipeline   : median ratio to bare over 1 rounds" in out
    assert "full, 1 workers : median ratio to bare over 1 rounds" in out
    # both full crawls stored the site's courses (the site generator makes 120 pages, most of them courses)
    assert out.count("courses stored in SQLite") == 2
    assert "(0 courses stored" not in out


def test_bench_score_reports_every_group_and_no_soup():
    out = _run(["-m", "bench.bench_score", "--rounds", "1"])
    for group in ("sample sites", "held-out pages", "fixture snippets"):
        assert group in out
    assert "ratio on whole pages (sample sites):" in out
    assert "BeautifulSoup objects built on the per-page path: 0" in out


def test_bench_score_stages_end_with_the_whole_pass():
    out = _run(["-m", "bench.bench_score", "--rounds", "1", "--stages"])
    rows = [line for line in out.splitlines() if line.startswith(("lxml parse", "decode", "+ "))]
    assert len(rows) == 5 and rows[-1].startswith("+ tags and checklist (score)")
    assert float(rows[0].split()[-1]) == 1.0


def test_bench_plan_solves_every_scenario():
    out = _run(["-m", "bench.bench_plan", "--courses", "2000", "--repeat", "1"])
    assert "cost, free only" in out
    assert "Traceback" not in out


def test_bench_dashboard_measures_rerenders(tmp_path):
    out = _run(["-m", "bench.bench_dashboard", "--courses", "2000", "--db", str(tmp_path / "bench.db"),
                "--no-browser"])
    assert "median" in out and "over" in out
