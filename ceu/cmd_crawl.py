"""``ceu crawl`` and ``ceu demo``: crawl provider sites into the catalogue."""

from __future__ import annotations

from typing import Annotated

import typer

from catalog.errors import NotReadyError
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
    raise NotReadyError("ceu crawl", "the crawler has not landed yet (issue 3)")


def demo(
    no_dashboard: Annotated[bool, typer.Option("--no-dashboard", help="Stop after crawling and scoring.")] = False,
    db: DbOption = None,
) -> None:
    """Serve the bundled sample sites, crawl and score them, then open the dashboard.

    Example: ceu demo --no-dashboard --db /tmp/demo.db
    """
    raise NotReadyError("ceu demo", "the crawler has not landed yet (issue 3)")
