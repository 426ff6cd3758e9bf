"""Loading plan candidates from a real catalogue database and adding live dates to a plan."""

from __future__ import annotations

from datetime import date

from catalog.store import upsert_courses
from catalog.synthetic import generate_records
from planning import compute_gap, make_plan
from planning.catalogue import add_live_dates_from, load_courses


def test_load_filter_plan_and_live_dates(engine):
    from catalog.db import session_scope

    records = generate_records(120, seed=11)
    with session_scope(engine) as session:
        upsert_courses(session, records)
    everything = load_courses(engine)
    assert len(everything) == 120 and "live_dates" not in everything[0]
    free = load_courses(engine, free_only=True, online_only=True)
    assert free and all(r["is_free"] for r in free)
    assert {r["url"] for r in free} < {r["url"] for r in everything}
    gap = compute_gap("cma-aama", [], certified=date(2022, 3, 15), as_of=date(2024, 6, 1))
    plan = make_plan(
        gap, everything, include_urls=[next(r["url"] for r in records if r["live_dates"])]
    )
    add_live_dates_from(engine, plan)
    by_url = {r["url"]: r for r in records}
    assert all(c["live_dates"] == by_url[c["url"]]["live_dates"] for c in plan["courses"])
    assert any(c["live_dates"] for c in plan["courses"])
