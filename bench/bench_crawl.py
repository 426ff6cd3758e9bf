"""Crawl benchmark: the full pipeline against a bare Scrapy spider on the same generated site.

Generates a 5,000-page site (about 40 KB per page: listings, course pages with
JSON-LD, sections, objectives, navigation, related links, a refund policy) into a
temporary folder, serves it with ``crawler.sites_server`` in its own process, then
crawls it twice, each crawl in its own process (Scrapy's reactor starts once per
process):

- ``bare``: a spider that only follows the same links (no extraction, no items);
- ``full``: the generic spider, extraction, ``scoring.build_record``, validation and
  batched upserts into a fresh SQLite file.

It prints pages/s of each and the ratio full/bare (target >= 0.6); the full pipeline
runs inline and with worker processes for extraction and normalisation
(``CEU_WORKERS``, see crawler/workers.py). Bare and full crawls alternate for
``--rounds`` rounds (the machine is shared: one slow spell should not decide the
ratio) and the median ratio is reported::

    python bench/bench_crawl.py [--pages 5000] [--workers 2] [--rounds 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PER_LISTING = 100
PAGE_BYTES = 40_000
SITE = "benchsite"


WORDS = (
    "medical", "assistants", "practise", "patient", "intake", "vital", "signs", "specimen", "handling",
    "documentation", "infection", "control", "scheduling", "billing", "coding", "communication",
    "safety", "pharmacology", "injections", "electrocardiography", "phlebotomy", "telehealth", "ethics",
)


# -- the site ------------------------------------------------------------------------------------
def _filler(seed: int, sentences: int = 3) -> str:
    out = []
    for i in range(sentences):
        chosen = [WORDS[(seed * 7 + i * 3 + k * 5) % len(WORDS)] for k in range(14)]
        out.append(" ".join(chosen).capitalize() + ".")
    return " ".join(out)


# What makes a real course page weigh ~40 KB is mostly markup, not prose: inline CSS and
# scripts, a mega menu, icons, footer link farms. The generator copies that shape.
_STYLE = "<style>" + "".join(f".c{i}{{margin:{i % 9}px;padding:{i % 7}px;color:#{i:06x}}}" for i in range(160)) + "</style>"
_SCRIPT = ("<script>window.dataLayer=window.dataLayer||[];" +
           "".join(f"dataLayer.push({{'event':'e{i}','value':{i},'label':'tracking-label-{i}'}});" for i in range(110)) +
           "</script>")
_ICON = '<svg viewBox="0 0 24 24" width="16" height="16"><path d="' + "M12 2L2 7l10 5 10-5-10-5z" * 8 + '"/></svg>'


def _chrome(title: str, body: str) -> str:
    menu = "".join(
        f'<li class="menu-item"><a class="menu-link" data-track="nav-{n}" href="/courses/?page={n % 12 + 1}">'
        f"{_ICON if n % 6 == 0 else ''}Topic area {n}</a></li>" for n in range(1, 90)
    )
    foot = "".join(f'<a class="foot-link" href="/about/#s{n}">Footer link {n}</a> ' for n in range(40))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Bench CE Academy</title>'
        f'<meta name="description" content="{title}">{_STYLE}{_SCRIPT}</head><body>'
        f'<header class="site-header"><a href="/">Bench CE Academy</a><nav class="mega-menu"><ul>{menu}</ul></nav></header>'
        f'<div class="cookie-banner">We use cookies. <button>Accept</button></div>'
        f"<main>{body}</main>"
        f'<footer class="site-footer"><a href="/refund-policy/">Refund policy</a> <a href="/about/">About</a>{foot}'
        f"<p>&copy; 2026 Bench CE Academy</p></footer></body></html>"
    )


def _course_page(index: int, record: dict[str, Any], total: int) -> str:
    related = "".join(
        f'<li class="card"><a href="/courses/c{(index * 13 + k * 101) % total}/">{_ICON}Related course {k}</a>'
        f"<p>1 AAMA CEU</p><p>$29</p></li>" for k in range(1, 6)
    )
    jsonld = json.dumps({
        "@context": "https://schema.org", "@type": "Course", "name": record["title"],
        "description": record["description"],
        "provider": {"@type": "Organization", "name": "Bench CE Academy"},
        "offers": {"@type": "Offer", "price": f"{record['price_usd'] or 0:.2f}", "priceCurrency": "USD"},
    })
    unit = {"aama_ceu": "AAMA CEUs", "contact_hour": "contact hours", "iacet_ceu": "IACET CEUs"}.get(
        record["credit_unit"] or "", "credits")
    modules = "".join(f'<div class="module c{m}"><h3>Module {m}</h3><p>{_filler(index + m)}</p></div>' for m in range(1, 7))
    body = (
        f'<script type="application/ld+json">{jsonld}</script>'
        f"<h1>{record['title']} ({index})</h1><p>{record['description']}</p>"
        f"<dl><dt>Price</dt><dd>${record['price_usd'] or 0:.2f}</dd><dt>Credits</dt>"
        f"<dd>{record['credits'] or 1} {unit}</dd><dt>Format</dt><dd>{record['format']}</dd></dl>"
        f"<h2>Why take this course</h2><p>This course is designed for medical assistants who want to "
        f"strengthen {record['title'].lower()} in everyday clinic work. {_filler(index, 2)}</p>"
        f"<h2>Learning objectives</h2><ul><li>Describe the key steps</li><li>Identify common errors</li>"
        f"<li>Demonstrate the procedure safely</li></ul>"
        f"<h2>Course content</h2>{modules}"
        f"<h2>Instructor</h2><p>Jordan Lee, CMA (AAMA), BSN, has taught clinical skills for 12 years.</p>"
        f'<a class="button" href="/enroll/c{index}">Enroll now</a>'
        f'<section class="related"><h2>Related courses</h2><ul>{related}</ul></section>'
    )
    html = _chrome(record["title"], body)
    pad = PAGE_BYTES - len(html)
    if pad > 0:  # the rest of a real page's weight: tracking and widget scripts
        html = html.replace("</body>", f"<script>var widgetConfig='{'x' * pad}';</script></body>")
    return html


def _listing_page(number: int, pages: int, total: int, titles: list[str]) -> str:
    start = (number - 1) * PER_LISTING
    cards = "".join(
        f'<li class="card"><a href="/courses/c{i}/">{titles[i]} ({i})</a><p>1 AAMA CEU</p><p>$25</p></li>'
        for i in range(start, min(start + PER_LISTING, total))
    )
    pager = "".join(f'<a href="/courses/?page={n}">{n}</a> ' for n in range(1, pages + 1))
    filler = "".join(f"<p>{_filler(number + k)}</p>" for k in range(5))
    return _chrome(f"Courses, page {number}", f"<h1>All courses</h1><ul>{cards}</ul><div>{pager}</div>{filler}")


def generate_site(root: Path, pages: int) -> int:
    """Write the site under ``root/SITE``; return the number of HTML pages."""
    from catalog.synthetic import generate_records

    site = root / SITE
    listings = max(1, round(pages / (PER_LISTING + 1)))
    courses = pages - listings - 2  # home and refund policy
    records = generate_records(courses, seed=7)
    titles = [r["title"] for r in records]
    (site / "courses").mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /enroll/\n")
    (site / "index.html").write_text(_chrome("Home", '<h1>Bench CE Academy</h1><a href="/courses/">All courses</a>'))
    (site / "refund-policy").mkdir()
    (site / "refund-policy" / "index.html").write_text(
        _chrome("Refund policy", "<h1>Refund policy</h1><p>Full refund within 30 days if not started.</p>"))
    for number in range(1, listings + 1):
        name = "index.html" if number == 1 else f"index.page-{number}.html"
        (site / "courses" / name).write_text(_listing_page(number, listings, courses, titles))
    for index, record in enumerate(records):
        folder = site / "courses" / f"c{index}"
        folder.mkdir()
        (folder / "index.html").write_text(_course_page(index, record, courses))
    return listings + courses + 2


# -- the crawls (each in its own process) ------------------------------------------------------------
def _settings(extra: dict[str, Any]) -> Any:
    from crawler.runner import crawl_settings

    return crawl_settings(["http://127.0.0.1/"], db=extra.pop("db", None), max_pages=100_000,
                          log_level="ERROR", extra=extra)


def run_bare(url: str) -> dict[str, Any]:
    """Follow every same-site link; nothing else."""
    from scrapy import Request, Spider
    from scrapy.crawler import CrawlerProcess

    class BareSpider(Spider):
        name = "bare"
        seen: set[str] = set()

        async def start(self):
            yield Request(url)

        def parse(self, response):
            # A set of seen URLs (as the generic spider keeps) so that the baseline measures
            # fetching and link following, not Scrapy's per-request fingerprinting of repeats.
            for href in response.css("a::attr(href)").getall():
                target = response.urljoin(href).split("#", 1)[0]
                if target.startswith(url.rstrip("/")) and target not in self.seen:
                    self.seen.add(target)
                    yield Request(target)

    settings = _settings({"ITEM_PIPELINES": {}})
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler)
    process.start()
    return _figures(crawler.stats, "response_received_count")


def run_full(url: str, db: str, workers: int = 0) -> dict[str, Any]:
    """The generic spider with every pipeline, storing into ``db`` (``workers`` extraction processes)."""
    from scrapy.crawler import CrawlerProcess

    from crawler.spiders.generic import GenericSpider

    process = CrawlerProcess(_settings({"db": db, "CEU_WORKERS": workers}))
    crawler = process.create_crawler(GenericSpider)
    process.crawl(crawler, url=url, max_pages=100_000)
    process.start()
    figures = _figures(crawler.stats, "response_received_count")
    figures["courses_stored"] = crawler.stats.get_value("ceu/stored", 0)
    return figures


def _figures(stats: Any, key: str) -> dict[str, Any]:
    elapsed = float(stats.get_value("elapsed_time_seconds") or 0.0)
    pages = int(stats.get_value(key) or 0)
    return {"pages": pages, "seconds": round(elapsed, 2), "pages_per_s": round(pages / elapsed, 1) if elapsed else 0.0}


def _child(mode: str, url: str, db: str | None, workers: int = 0) -> dict[str, Any]:
    args = [sys.executable, __file__, "--child", mode, "--url", url, "--workers", str(workers)]
    args += ["--db", db] if db else []
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{mode} crawl failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _serve(root: Path) -> tuple[subprocess.Popen, str]:
    server = subprocess.Popen([sys.executable, "-m", "crawler.sites_server", "--root", str(root)],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    line = server.stdout.readline() if server.stdout else ""
    match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
    if not match:
        server.terminate()
        raise SystemExit(f"sites server did not start: {line!r}")
    return server, match.group(1) + "/"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--keep", help="generate the site into this folder and keep it")
    parser.add_argument("--workers", type=int, default=2,
                        help="also run the full pipeline with this many worker processes (0: skip)")
    parser.add_argument("--rounds", type=int, default=3, help="bare and full crawls alternate this many times")
    parser.add_argument("--child", choices=("bare", "full"), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "bare":
        print(json.dumps(run_bare(args.url)))
        return
    if args.child == "full":
        print(json.dumps(run_full(args.url, args.db, args.workers)))
        return

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(args.keep) if args.keep else Path(scratch) / "sites"
        started = time.perf_counter()
        count = generate_site(root, args.pages)
        size = sum(f.stat().st_size for f in (root / SITE).rglob("*.html")) / count
        print(f"site: {count} pages, {size / 1000:.1f} KB average, generated in {time.perf_counter() - started:.1f} s")
        server, url = _serve(root)
        rounds: list[dict[str, Any]] = []
        try:
            # bare and full alternate, so a slow spell of the shared machine falls on both
            for number in range(1, args.rounds + 1):
                bare = _child("bare", url, None)
                full = _child("full", url, str(Path(scratch) / f"bench-{number}.db"))
                pooled = (_child("full", url, str(Path(scratch) / f"bench-w{number}.db"), args.workers)
                          if args.workers else None)
                rounds.append({"bare": bare, "full": full, "pooled": pooled})
                _print_round(number, bare, full, pooled, args.workers)
        finally:
            server.terminate()
            server.wait(timeout=10)
    for label, key in (("full pipeline", "full"), (f"full, {args.workers} workers", "pooled")):
        ratios = sorted(r[key]["pages_per_s"] / r["bare"]["pages_per_s"] for r in rounds if r[key])
        if ratios:
            median = ratios[len(ratios) // 2] if len(ratios) % 2 else sum(ratios[len(ratios) // 2 - 1:][:2]) / 2
            print(f"{label:<16}: median ratio to bare over {len(ratios)} rounds {median:.3f} "
                  f"(rounds: {', '.join(f'{r:.3f}' for r in ratios)}; target >= 0.6)")


def _print_round(number: int, bare: dict[str, Any], full: dict[str, Any], pooled: dict[str, Any] | None,
                 workers: int) -> None:
    print(f"round {number}: bare spider   : {bare['pages']} pages in {bare['seconds']} s = {bare['pages_per_s']} pages/s")
    rows = [("full pipeline", full)] + ([(f"full, {workers} workers", pooled)] if pooled else [])
    for label, figures in rows:
        ratio = figures["pages_per_s"] / bare["pages_per_s"] if bare["pages_per_s"] else 0.0
        print(f"round {number}: {label:<14}: {figures['pages']} pages in {figures['seconds']} s = "
              f"{figures['pages_per_s']} pages/s ({figures['courses_stored']} courses stored in SQLite); "
              f"ratio to bare {ratio:.2f}")


if __name__ == "__main__":
    main()
