"""Storage that never loses a course: upsert by canonical URL, stale marking, price history.

Upserts use SQLAlchemy Core ``INSERT ... ON CONFLICT DO UPDATE`` (SQLite and
PostgreSQL), about 30x faster than ``session.merge`` per row. A course missing
from a later crawl is only marked stale, with the date, and only when that crawl
of its site succeeded and was complete; nothing is ever deleted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from catalog.errors import DatabaseError
from catalog.models import ChecklistResult, Course, CrawlRun, PriceHistory, Provider, utcnow
from catalog.records import RECORD_FIELDS, content_hash

_BATCH = 500
# Every record field but the key and the checklist (its own table), plus what only the store keeps.
_STORED_FIELDS = tuple(f for f in RECORD_FIELDS if f not in ("url", "checklist")) + (
    "site",
    "member_price_usd",
    "live_dates",
    "topics",
    "details",
    "page",
)


@dataclass
class UpsertResult:
    """How many records were new, updated or unchanged, and the id of each URL."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    ids: dict[str, int] = field(default_factory=dict)

    def add(self, other: UpsertResult) -> None:
        """Accumulate another batch's counts."""
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.ids.update(other.ids)


def _insert_for(session: Session):
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return sqlite.insert
    if dialect == "postgresql":
        return postgresql.insert
    raise DatabaseError("--db", f"{dialect} is not supported; use SQLite or PostgreSQL")


def _row(record: dict[str, Any], now: datetime) -> dict[str, Any]:
    row = {name: record.get(name) for name in _STORED_FIELDS}
    row["url"] = record["url"]
    row["title"] = row["title"] or ""
    row["description"] = row["description"] or ""
    row["aama_approved"] = bool(row["aama_approved"])
    row["is_free"] = bool(row["is_free"])
    row["quality_score"] = float(row["quality_score"] or 0.0)
    row["content_hash"] = content_hash(record)
    row["status"] = "active"
    row["stale_since"] = None
    row["first_seen"] = now
    row["last_seen"] = now
    return row


def upsert_courses(
    session: Session, records: Iterable[dict[str, Any]], *, now: datetime | None = None
) -> UpsertResult:
    """Insert or update courses by URL; report new/updated/unchanged; log price changes.

    A re-seen course becomes active again; ``first_seen`` is kept. Records carrying a
    ``checklist`` have their checklist rows replaced.
    """
    now = now or utcnow()
    total = UpsertResult()
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) >= _BATCH:
            total.add(_upsert_batch(session, batch, now))
            batch = []
    if batch:
        total.add(_upsert_batch(session, batch, now))
    return total


def _upsert_batch(session: Session, records: list[dict[str, Any]], now: datetime) -> UpsertResult:
    by_url = {r["url"]: r for r in records}  # last one wins within a batch
    existing = {
        url: (cid, digest, price)
        for url, cid, digest, price in session.execute(
            select(Course.url, Course.id, Course.content_hash, Course.price_usd).where(
                Course.url.in_(list(by_url))
            )
        )
    }
    rows = [_row(r, now) for r in by_url.values()]
    result = UpsertResult()
    for row in rows:
        before = existing.get(row["url"])
        if before is None:
            result.new += 1
        elif before[1] == row["content_hash"]:
            result.unchanged += 1
        else:
            result.updated += 1
    insert_fn = _insert_for(session)
    # Against the Table, not the ORM class: the ORM's bulk insert drops None values per row and
    # splits the batch into one statement per distinct key set (~5x slower here).
    stmt = insert_fn(Course.__table__)
    changing = {name: stmt.excluded[name] for name in (*_STORED_FIELDS, "content_hash", "last_seen")}
    changing["status"] = stmt.excluded["status"]
    changing["stale_since"] = None
    stmt = stmt.on_conflict_do_update(index_elements=["url"], set_=changing)
    session.execute(stmt, rows)
    ids = dict(session.execute(select(Course.url, Course.id).where(Course.url.in_(list(by_url)))).all())
    result.ids = ids
    history = []
    for url, record in by_url.items():
        before = existing.get(url)
        price = record.get("price_usd")
        if before is None or before[2] != price:
            note = "first seen" if before is None else f"was {before[2]}"
            history.append({"course_id": ids[url], "price_usd": price, "seen_at": now, "note": note})
    if history:
        session.execute(insert(PriceHistory.__table__), history)
    checklists = {ids[url]: r["checklist"] for url, r in by_url.items() if r.get("checklist")}
    if checklists:
        replace_checklists(session, checklists)
    return result


def replace_checklists(
    session: Session, checklists: dict[int, dict[str, dict[str, Any]]]
) -> None:
    """Replace the checklist rows of each course id with the given criteria results."""
    ids = list(checklists)
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        session.execute(delete(ChecklistResult).where(ChecklistResult.course_id.in_(chunk)))
    rows = [
        {
            "course_id": course_id,
            "criterion": criterion,
            "met": bool(result.get("met")),
            "strength": float(result.get("strength") or (1.0 if result.get("met") else 0.0)),
            "evidence": result.get("evidence"),
            "source_url": result.get("source_url"),
            "contribution": float(result.get("contribution") or 0.0),
        }
        for course_id, checklist in checklists.items()
        for criterion, result in checklist.items()
    ]
    if rows:
        session.execute(insert(ChecklistResult.__table__), rows)


def update_scores(session: Session, updates: Sequence[dict[str, Any]]) -> None:
    """Write scoring output: each dict has ``id`` plus course columns, and optionally ``checklist``."""
    now = utcnow()
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    checklists = {}
    for item in updates:
        values = {k: v for k, v in item.items() if k not in ("checklist",)}
        values["scored_at"] = now
        if item.get("checklist") is not None:
            checklists[item["id"]] = item["checklist"]
        by_columns.setdefault(tuple(sorted(values)), []).append(values)
    for rows in by_columns.values():
        session.execute(update(Course), rows)
    if checklists:
        replace_checklists(session, checklists)


def upsert_provider(session: Session, name: str, site: str | None = None) -> None:
    """Record a provider once; keep its site when known."""
    provider = session.execute(select(Provider).where(Provider.name == name)).scalars().first()
    if provider is None:
        session.add(Provider(name=name, site=site, last_crawled=utcnow()))
    else:
        provider.site = site or provider.site
        provider.last_crawled = utcnow()
        session.add(provider)


def start_crawl_run(session: Session, *, site: str | None, provider: str | None = None) -> CrawlRun:
    """Open a crawl run row (outcome ``running``) and return it with its id."""
    run = CrawlRun(site=site, provider=provider, started_at=utcnow(), outcome="running")
    session.add(run)
    session.flush()
    return run


def mark_stale(session: Session, site: str, seen_before: datetime, now: datetime | None = None) -> int:
    """Mark the site's active courses not seen since ``seen_before`` as stale; return how many."""
    now = now or utcnow()
    result = session.execute(
        update(Course)
        .where(Course.site == site, Course.status == "active", Course.last_seen < seen_before)
        .values(status="stale", stale_since=now)
    )
    return int(result.rowcount or 0)


def finish_crawl_run(
    session: Session,
    run: CrawlRun,
    *,
    outcome: str,
    complete: bool,
    pages: int = 0,
    counts: UpsertResult | None = None,
    errors: list[str] | None = None,
) -> CrawlRun:
    """Close a crawl run; only a successful, complete crawl of a site marks its missing courses stale."""
    now = utcnow()
    run.finished_at = now
    run.outcome = outcome
    run.complete = complete
    run.pages = pages
    if counts is not None:
        run.courses_new, run.courses_updated, run.courses_unchanged = (
            counts.new,
            counts.updated,
            counts.unchanged,
        )
    run.errors = len(errors or [])
    run.error_log = list(errors or [])[:200]
    if outcome == "success" and complete and run.site:
        run.courses_stale = mark_stale(session, run.site, run.started_at, now)
    session.add(run)
    session.flush()
    return run
