"""score_catalogue on a real database: pages rescored, page-less courses requalified, fees judged."""

from __future__ import annotations

from sqlalchemy import select

from catalog.db import session_scope
from catalog.models import ChecklistResult, Course
from catalog.page import ExtractedPage, Section
from catalog.store import upsert_courses
from catalog.synthetic import generate_records
from scoring import build_record, score_catalogue


def _page(i: int, price: str) -> ExtractedPage:
    text = f"Course {i}\nApproved for 1 AAMA CEU (clinical).\nPrice: {price}\nAll sales final."
    return ExtractedPage(url=f"https://ce.example.org/c/{i}", title=f"Phlebotomy Refresher {i}", text=text,
                         sections=[Section(f"Course {i}", 1, text.split("\n", 1)[1])])


def test_score_catalogue(engine) -> None:
    records = [build_record(_page(i, p)) for i, p in enumerate(["$20", "$25", "$30", "$90", "Free"])]
    bare = generate_records(3, seed=7)
    for record in bare:
        record.pop("page", None)
    stale = dict(records[0], quality_score=0.0, price_usd=999.0)  # stored values that rescoring must fix
    with session_scope(engine) as session:
        upsert_courses(session, [stale, *records[1:], *bare])
    calls: list[tuple[int, int]] = []
    assert score_catalogue(engine, progress=lambda done, total: calls.append((done, total))) == 8
    assert calls and calls[-1] == (8, 8)
    with session_scope(engine) as session:
        rows = {c.url: c for c in session.execute(select(Course)).scalars()}
        checklist_rows = session.execute(select(ChecklistResult)).scalars().all()
    scored = [rows[f"https://ce.example.org/c/{i}"] for i in range(5)]
    assert scored[0].price_usd == 20.0 and scored[0].quality_score > 0
    assert [c.fee_reasonable for c in scored] == [True, True, True, False, True]
    assert all(c.scored_at is not None for c in rows.values())
    for record in bare:
        row = rows[record["url"]]
        assert row.quality_score == sum(e["contribution"] for e in record["checklist"].values())
    assert len(checklist_rows) == 8 * 6
    assert {r.criterion for r in checklist_rows if r.contribution > 0} >= {"fees", "refund_policy"}


def test_score_empty_catalogue(engine) -> None:
    assert score_catalogue(engine) == 0
