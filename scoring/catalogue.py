"""Rescore the whole catalogue: every course from its stored page, then fee reasonableness.

Two passes in id order, ``BATCH`` courses per transaction (keyset pagination, so a
100k-course catalogue never sits in memory as ORM objects):

1. a course with a stored page gets its record rebuilt (``build_record``) and its
   tags, checklist, quality score and content hash written; a course without one
   keeps its fields and gets its quality score recomputed from its checklist rows;
2. every course's ``fee_reasonable`` is judged against the catalogue
   (``scoring.quality.PeerPrices``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Engine, func, select

from catalog.db import session_scope
from catalog.models import ChecklistResult, Course
from catalog.page import ExtractedPage
from catalog.records import content_hash
from catalog.store import update_scores
from scoring.quality import FeeFacts, PeerPrices, contribution, quality_score
from scoring.record import build_record

BATCH = 500
Progress = Callable[[int, int], None]
_REWRITTEN = (
    "title", "description", "credits", "credit_unit", "points", "credits_by_category", "category",
    "aama_approved", "aama_evidence", "price_usd", "member_price_usd", "is_free", "format",
    "quality_score", "live_dates", "topics", "details",
)


def score_catalogue(engine: Engine, progress: Progress | None = None, as_of: date | None = None) -> int:
    """Rescore every stored course as of ``as_of`` (default today); ``progress(done, total)`` after each
    batch. Returns the count."""
    as_of = as_of or date.today()
    with session_scope(engine) as session:
        total = int(session.scalar(select(func.count()).select_from(Course)) or 0)
    done = 0
    last_id = 0
    while True:
        with session_scope(engine) as session:
            rows = session.execute(
                select(Course.id, Course.page, Course.provider, Course.url)
                .where(Course.id > last_id)
                .order_by(Course.id)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            last_id = rows[-1].id
            updates = [_rescored(row, as_of) for row in rows if row.page]
            bare = [row.id for row in rows if not row.page]
            if bare:
                updates += _requalified(session, bare)
            update_scores(session, updates)
        done += len(rows)
        if progress:
            progress(done, total)
    _judge_fees(engine)
    return done


def _rescored(row: Any, as_of: date) -> dict[str, Any]:
    page = ExtractedPage.from_dict(row.page)
    if not page.url:
        page.url = row.url
    record = build_record(page, provider=row.provider, as_of=as_of)
    record["url"] = row.url
    update = {name: record[name] for name in _REWRITTEN}
    update["id"] = row.id
    update["content_hash"] = content_hash(record)
    update["checklist"] = record["checklist"]
    return update


def _requalified(session: Any, ids: list[int]) -> list[dict[str, Any]]:
    checklists: dict[int, dict[str, dict[str, Any]]] = {i: {} for i in ids}
    changed: set[int] = set()
    rows = session.execute(select(ChecklistResult).where(ChecklistResult.course_id.in_(ids))).scalars()
    for row in rows:
        strength = row.strength if row.strength else (1.0 if row.met else 0.0)
        share = contribution(row.criterion, row.met, strength)
        if abs(share - (row.contribution or 0.0)) > 1e-9:
            changed.add(row.course_id)
        checklists[row.course_id][row.criterion] = {
            "met": row.met, "evidence": row.evidence, "source_url": row.source_url,
            "strength": strength, "contribution": share,
        }
    # checklist rows are rewritten only when a stored contribution is out of date
    return [
        {"id": i, "quality_score": quality_score(c), **({"checklist": c} if i in changed else {})}
        for i, c in checklists.items()
    ]


def _judge_fees(engine: Engine) -> None:
    with session_scope(engine) as session:
        facts = {
            row.id: FeeFacts(row.price_usd, row.points, row.credit_unit, row.category, bool(row.is_free))
            for row in session.execute(
                select(Course.id, Course.price_usd, Course.points, Course.credit_unit, Course.category, Course.is_free)
            )
        }
    peers = PeerPrices(facts.values())
    ids = list(facts)
    for start in range(0, len(ids), BATCH * 4):
        chunk = ids[start : start + BATCH * 4]
        with session_scope(engine) as session:
            update_scores(session, [{"id": i, "fee_reasonable": peers.reasonable(facts[i])} for i in chunk])
