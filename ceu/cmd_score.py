"""``ceu score`` and ``ceu extract``: checklist scores, tags and one-page records."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import typer

from catalog.errors import BadUrlError, InputFileError
from catalog.settings import scoring_day
from ceu.options import DbOption, JsonFlag

MAX_BYTES = 10 * 1024 * 1024
FETCH_TIMEOUT = 20.0
_USER_AGENT = "ceu-catalogue/0.1 (+extract; one page on request)"


def score(db: DbOption = None) -> None:
    """Re-score every course in the catalogue against the checklist.

    Example: ceu score --db data/ceu.db
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from catalog.db import make_engine
    from scoring import score_catalogue

    engine = make_engine(db)
    columns = (TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("scoring", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        count = score_catalogue(engine, progress=advance, as_of=scoring_day())
    typer.echo(f"Scored {count} course{'s' if count != 1 else ''}.")


def _is_url(text: str) -> bool:
    return "://" in text or text.lower().startswith(("http:", "https:", "www."))


def check_url(url: str, where: str) -> str:
    """An absolute http(s) URL, or BadUrlError naming the option."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadUrlError(where, f"not an absolute http(s) URL: {url!r}")
    return url.strip()


def fetch(url: str) -> tuple[bytes, dict[str, str], str]:
    """(body, headers, final URL) of one page; one-line errors, never a traceback."""
    url = check_url(url, "PATH_OR_URL")
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310 - http(s) checked above
            body = response.read(MAX_BYTES + 1)
            headers = {k: v for k, v in response.headers.items()}
            final = response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputFileError(url, f"the server answered HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        raise InputFileError(url, f"could not fetch: {exc.reason}") from None
    except TimeoutError:
        raise InputFileError(url, f"no answer within {FETCH_TIMEOUT:g} seconds") from None
    except OSError as exc:
        raise InputFileError(url, f"could not fetch: {exc}") from None
    if len(body) > MAX_BYTES:
        raise InputFileError(url, f"page larger than {MAX_BYTES // (1024 * 1024)} MB")
    return body, headers, final


def read_saved(path_text: str) -> bytes:
    """The bytes of a saved page; InputFileError for a missing, unreadable or empty file."""
    path = Path(path_text)
    if not path.exists():
        raise InputFileError(path_text, "no such file")
    if path.is_dir():
        raise InputFileError(path_text, "is a folder, not a saved page")
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise InputFileError(path_text, f"cannot read: {exc.strerror or exc}") from None
    if len(body) > MAX_BYTES:
        raise InputFileError(path_text, f"file larger than {MAX_BYTES // (1024 * 1024)} MB")
    if not body.strip():
        raise InputFileError(path_text, "file is empty")
    return body


def extract_record(path_or_url: str, url: str | None = None) -> dict[str, Any]:
    """One page (saved file or http(s) URL) -> one course record (without the stored page)."""
    from crawler.extract import extract_page
    from scoring import build_record

    if url is not None:
        url = check_url(url, "--url")
    headers: dict[str, str] | None = None
    if _is_url(path_or_url) and not Path(path_or_url).exists():
        body, headers, final = fetch(path_or_url)
        page_url = url or final
    else:
        body = read_saved(path_or_url)
        page_url = url or Path(path_or_url).resolve().as_uri()
    # extract_page decodes bytes itself: BOM, HTTP charset, <meta charset>, then UnicodeDammit
    page = extract_page(page_url, body, headers)
    record = build_record(page, as_of=scoring_day())
    record.pop("page", None)
    return record


def summary(record: dict[str, Any]) -> str:
    """A readable plain-text view of one record (scraped text printed as text, never markup)."""
    def money(value: float | None) -> str:
        return "not stated" if value is None else ("free" if value == 0 else f"${value:,.2f}")

    credits = "not stated"
    if record["credits"] is not None:
        credits = f"{record['credits']:g} {record['credit_unit']} = {record['points']:g} points"
    kind = (record.get("details") or {}).get("kind", "course")
    lines = [
        record["title"] or "(no title)",
        *([f"  page kind:  {kind} (not a course page: a crawl would not store it)"] if kind != "course" else []),
        f"  url:        {record['url']}",
        f"  provider:   {record['provider'] or 'not stated'}",
        f"  credits:    {credits}",
        f"  category:   {record['category'] or 'not stated'}"
        + (f" {record['credits_by_category']}" if record["credits_by_category"] else ""),
        f"  AAMA:       {'approved' if record['aama_approved'] else 'not approved'}"
        + (f" - {record['aama_evidence']}" if record["aama_evidence"] else ""),
        f"  price:      {money(record['price_usd'])}"
        + (f" (members {money(record['member_price_usd'])})" if record.get("member_price_usd") is not None else ""),
        f"  format:     {record['format'] or 'not stated'}",
    ]
    if record.get("live_dates"):
        lines.append(f"  dates:      {', '.join(record['live_dates'])}")
    lines.append(f"  quality:    {record['quality_score']:g}/100")
    for name, entry in record["checklist"].items():
        mark = "yes" if entry["met"] else "no "
        detail = ""
        if entry["met"]:
            evidence = " ".join((entry["evidence"] or "").split())
            detail = f"  \"{evidence[:110]}{'...' if len(evidence) > 110 else ''}\""
            if entry["source_url"] and entry["source_url"] != record["url"]:
                detail += f" (from {entry['source_url']})"
        lines.append(f"  [{mark}] {name:<23}+{entry.get('contribution', 0):>4g}{detail}")
    return "\n".join(lines)


def extract(
    path_or_url: Annotated[str, typer.Argument(help="A saved HTML file or an http(s) URL.")],
    url: Annotated[str | None, typer.Option("--url", help="The page's URL when reading a saved file.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Turn one page into one course record, without a database.

    Example: ceu extract saved/course.html --url https://ce.example.org/courses/hipaa --json
    """
    record = extract_record(path_or_url, url)
    if json_output:
        typer.echo(json.dumps(record, indent=2, ensure_ascii=False, default=str))
    else:
        typer.echo(summary(record))
