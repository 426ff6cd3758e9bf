"""``ceu crawl`` and ``ceu demo``: crawl provider sites into the catalogue.

Thin adapters: parse options, call ``crawler.runner.run_crawl`` (one crawl per
process), show live progress on stderr and a summary table on stdout.
"""

from __future__ import annotations

import logging
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.live import Live
from rich.logging import RichHandler
from rich.table import Table
from rich.text import Text

from catalog.errors import BadOptionError, BadUrlError
from catalog.settings import scoring_day
from ceu.options import DbOption


def crawl(
    provider: Annotated[list[str] | None, typer.Option("--provider", help="Provider name from data/providers.yaml (repeatable).")] = None,
    url: Annotated[list[str] | None, typer.Option("--url", help="Any site to crawl with the generic spider (repeatable).")] = None,
    max_pages: Annotated[int | None, typer.Option("--max-pages", help="Page cap per site.")] = None,
    db: DbOption = None,
) -> None:
    """Crawl configured providers and/or any site, then print a summary.

    Example: ceu crawl --url https://ce.example.org/ --max-pages 200
    """
    if not provider and not url:
        raise BadOptionError("ceu crawl", "give at least one --url URL or --provider NAME")
    if max_pages is not None and max_pages < 1:
        raise BadOptionError("--max-pages", f"must be a positive number of pages, not {max_pages}")
    for one in url or []:
        _check_url(one)
    scoring_day()  # a bad CEU_AS_OF is reported before the crawl starts
    _note_internet(provider or [])
    summary = _crawl_with_progress(list(url or []), list(provider or []), db=db, max_pages=max_pages)
    print_summary(summary)


def demo(
    no_dashboard: Annotated[bool, typer.Option("--no-dashboard", help="Stop after crawling and scoring.")] = False,
    db: DbOption = None,
) -> None:
    """Serve the bundled sample sites, crawl and score them, then open the dashboard.

    Example: ceu demo --no-dashboard --db /tmp/demo.db
    """
    from crawler.runner import retire_loopback_sites
    from crawler.sites_server import serve_sites

    err = Console(stderr=True)
    scoring_day()  # a bad CEU_AS_OF is reported before the crawl starts
    with serve_sites() as server:
        err.print(f"Serving {len(server.urls)} sample sites on 127.0.0.1")
        urls = list(server.urls.values())
        summary = _crawl_with_progress(urls, [], db=db, max_pages=None)
        names = {url.rstrip("/"): name for name, url in server.urls.items()}
        for site in summary.sites:  # the sample site's name, not its loopback port
            site["provider"] = site.get("provider") or names.get(str(site["site"]).rstrip("/"))
        print_summary(summary)
        retired = retire_loopback_sites(db, urls)
        if retired:
            err.print(f"Marked {retired} courses from earlier demo runs stale.")
        scored = _score(db)
        if scored is not None:
            Console().print(f"Scored {scored} courses.")
        if not no_dashboard:
            from ceu.cmd_dashboard import dashboard

            dashboard(db=db)  # the sample sites stay up meanwhile, so course links work


def _note_internet(names: list[str]) -> None:
    """Say so when a configured provider is a real website (this crawl needs the internet)."""
    if not names:
        return
    from crawler.providers import find_provider, load_providers

    known = load_providers()
    for name in names:
        if find_provider(name, known).needs_internet:
            Console(stderr=True).print(f"note: {name} is a real website; crawling it needs the internet")


def _check_url(value: str) -> None:
    from crawler.extract.urls import is_http_url

    if not is_http_url(value):
        raise BadUrlError(f"--url {value}", "not an absolute http(s) URL (e.g. https://ce.example.org/)")


def _score(db: str | None) -> int | None:
    try:
        from scoring import score_catalogue
    except ImportError:
        return None
    from catalog.db import make_engine

    engine = make_engine(db)
    try:
        return score_catalogue(engine)
    finally:
        engine.dispose()


def _crawl_with_progress(urls: list[str], providers: list[str], *, db: str | None, max_pages: int | None):
    from crawler.runner import Progress, run_crawl

    err = Console(stderr=True)
    handler = RichHandler(console=err, show_path=False, show_time=False, level=logging.WARNING)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, force=True, handlers=[handler])
    with Live(_progress_text(Progress()), console=err, refresh_per_second=4, transient=True) as live:
        return run_crawl(urls, providers, db=db, max_pages=max_pages, configure_logging=False,
                         on_progress=lambda p: live.update(_progress_text(p)))


def _progress_text(progress) -> Text:
    state = "crawling" if progress.running else "done"
    return Text(f"{state}: {progress.pages} pages, {progress.courses} courses, "
                f"{progress.stored} stored, {progress.errors} errors")


def print_summary(summary) -> None:
    """The per-site table and one totals line (stdout)."""
    table = Table(title="Crawl summary", show_lines=False)
    for name in ("site", "pages", "new", "updated", "unchanged", "stale", "errors", "outcome"):
        table.add_column(name, justify="left" if name in ("site", "outcome") else "right", no_wrap=True)
    for site in summary.sites:
        outcome = site["outcome"] + ("" if site["complete"] else " (incomplete)")
        table.add_row(site.get("provider") or site["site"], *(str(site[k]) for k in
                      ("pages", "new", "updated", "unchanged", "stale", "errors")), outcome)
    keys = ("pages", "new", "updated", "unchanged", "stale", "errors")
    table.add_row("total", *(str(summary.total(k)) for k in keys), "", style="bold")
    out = Console() if sys.stdout.isatty() else Console(width=160)
    out.print(table)
    out.print(
        f"pages: {summary.total('pages')}  courses new: {summary.total('new')}  "
        f"updated: {summary.total('updated')}  unchanged: {summary.total('unchanged')}  "
        f"stale: {summary.total('stale')}  errors: {summary.total('errors')}",
        highlight=False,
    )
    sys.stdout.flush()
