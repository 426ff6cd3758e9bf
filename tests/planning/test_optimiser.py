"""The plan optimiser: brute force agreement on small random catalogues, filters, reasons, tie-breaks."""

from __future__ import annotations

from datetime import date
from itertools import combinations

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from planning_testkit import course, item

from catalog.synthetic import generate_records
from planning import compute_gap, make_plan
from planning.counting import BUCKETS, counted_totals, remaining
from planning.rules import load_credential

CERTIFIED = date(2022, 3, 15)
AS_OF = date(2024, 6, 1)
CMA = load_credential("cma-aama")


def gap_of(items, credential="cma-aama"):
    return compute_gap(credential, items, certified=CERTIFIED, as_of=AS_OF)


def transcript(aama: dict, non_aama: dict):
    items = []
    for bucket, value in aama.items():
        if value:
            items.append(
                item(
                    f"aama {bucket}", credits=value, category=None if bucket == "other" else bucket
                )
            )
    for bucket, value in non_aama.items():
        if value:
            items.append(
                item(
                    f"non {bucket}",
                    credits=value,
                    category=None if bucket == "other" else bucket,
                    aama=False,
                )
            )
    return items


# ---- brute force -------------------------------------------------------------


def _units(c: dict) -> dict[str, float]:
    """Independent reading of the test catalogue: split, else category, else uncategorised."""
    if not c["aama_approved"] and c["points"] < 50 / 60:
        return dict.fromkeys(
            BUCKETS, 0.0
        )  # a non-AAMA activity under one contact hour does not count
    out = dict.fromkeys(BUCKETS, 0.0)
    if c["credits_by_category"]:
        for k, v in c["credits_by_category"].items():
            out[k] += v
    else:
        out[c["category"] or "other"] += c["points"]
    return out


def _feasible(gap: dict, chosen: list[dict]) -> bool:
    approved = dict(gap["pool"]["approved"])
    non_aama = dict(gap["pool"]["non_aama"])
    for c in chosen:
        target = approved if c["aama_approved"] else non_aama
        for k, v in _units(c).items():
            target[k] += v
    counted = counted_totals(CMA.required, approved, non_aama, CMA.non_aama_cap)
    return remaining(CMA.required, counted)["total"] <= 1e-9


def _key(chosen: list[dict], objective: str) -> tuple:
    cents = sum(round(c["price_usd"] * 100) for c in chosen)
    units = sum(round(c["points"] * 10_000) for c in chosen)
    quality = -sum(c["quality_score"] for c in chosen)
    first = (cents, units) if objective == "cost" else (units, cents)
    return (*first, len(chosen), quality)


def brute_force(gap, courses, *, objective, budget, free_only, online_only, aama_only):
    allowed = [
        c
        for c in courses
        if (not free_only or c["price_usd"] == 0)
        and (not online_only or "online" in c["format"])
        and (not aama_only or c["aama_approved"])
    ]
    best = None
    for size in range(len(allowed) + 1):
        for subset in combinations(allowed, size):
            chosen = list(subset)
            if budget is not None and sum(c["price_usd"] for c in chosen) > budget + 1e-9:
                continue
            if _feasible(gap, chosen):
                key = _key(chosen, objective)
                best = key if best is None or key < best else best
    return best


category_amounts = st.sampled_from([6, 9, 10, 10, 12])  # at or near the 10-point minimums
other_amounts = st.sampled_from([0, 15, 22, 26, 30])
rarely = st.sampled_from([False, False, False, True])
course_st = st.fixed_dictionaries(
    {
        "points": st.sampled_from([0.5, 1.0, 2.0, 3.0, 5.0]),
        "category": st.sampled_from(["administrative", "clinical", "general", None, "split"]),
        "aama": st.booleans(),
        "price": st.sampled_from([0.0, 5.0, 10.0, 20.0, 35.0]),
        "quality": st.sampled_from([0.0, 40.0, 100.0]),
        "online": st.booleans(),
    }
)


def _catalogue(specs: list[dict]) -> list[dict]:
    out = []
    for n, s in enumerate(specs):
        split = None
        category = s["category"]
        if category == "split":
            split = {"clinical": s["points"] / 2, "general": s["points"] / 2}
            category = "mixed"
        out.append(
            course(
                f"https://x.example/c{n}",
                s["points"],
                category,
                aama=s["aama"],
                price=s["price"],
                quality=s["quality"],
                split=split,
                fmt="self-paced online" if s["online"] else "in person",
            )
        )
    return out


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    aama=st.fixed_dictionaries(
        {**{b: category_amounts for b in BUCKETS[:3]}, "other": other_amounts}
    ),
    non_aama=st.fixed_dictionaries({b: st.sampled_from([0, 0, 0, 2, 10, 25]) for b in BUCKETS}),
    specs=st.lists(course_st, min_size=3, max_size=10),
    objective=st.sampled_from(["cost", "hours"]),
    budget=st.sampled_from([None, None, 0.0, 15.0, 40.0]),
    free_only=rarely,
    online_only=rarely,
    aama_only=rarely,
)
def test_optimiser_matches_brute_force(
    aama, non_aama, specs, objective, budget, free_only, online_only, aama_only
):
    gap = gap_of(transcript(aama, non_aama))
    assume(gap["remaining"]["total"] > 0)
    courses = _catalogue(specs)
    options = {
        "budget": budget,
        "free_only": free_only,
        "online_only": online_only,
        "aama_only": aama_only,
    }
    plan = make_plan(gap, courses, objective=objective, **options)
    best = brute_force(gap, courses, objective=objective, **options)
    assert plan["feasible"] == (best is not None), plan["reason"]
    event("feasible" if best is not None else "infeasible")
    event(f"{len(plan['courses'])} courses planned" if best is not None else "no plan")
    if best is None:
        assert plan["reason"]
        return
    assert plan["optimal"]
    assert _key(plan["courses"], objective) == best
    assert _feasible(gap, plan["courses"])
    assert plan["remaining_after"]["total"] == 0


@pytest.mark.parametrize("seed", range(25))
def test_reduction_keeps_an_optimum_with_many_identical_courses(seed):
    """Groups of interchangeable courses larger than the copies a plan can need (the reduction's case)."""
    import random

    rng = random.Random(seed)
    gap = gap_of(
        transcript(
            {
                "administrative": 10,
                "clinical": rng.choice([7, 8, 9]),
                "general": rng.choice([8, 9, 10]),
                "other": rng.choice([28, 33, 40]),
            },
            {"other": rng.choice([0, 2])},
        )
    )
    specs = [
        {
            "points": rng.choice([1.0, 2.0]),
            "category": rng.choice(["clinical", "general", None]),
            "aama": rng.random() < 0.7,
            "price": float(rng.choice([0, 3, 4, 9])),
            "quality": float(rng.choice([10, 60, 90])),
            "online": True,
        }
        for _ in range(11)
    ]
    courses = _catalogue(specs)
    plan = make_plan(gap, courses)
    best = brute_force(
        gap,
        courses,
        objective="cost",
        budget=None,
        free_only=False,
        online_only=False,
        aama_only=False,
    )
    assert plan["feasible"] == (best is not None)
    if best is not None:
        assert _key(plan["courses"], "cost") == best
        assert plan["reduced_to"] <= plan["considered"]


def test_reduction_keeps_only_the_copies_a_plan_can_use():
    gap = gap_of(transcript({"administrative": 10, "clinical": 8, "general": 10, "other": 40}, {}))
    clinical = [
        course(f"https://x.example/c{p}", 1, "clinical", price=p) for p in (9, 3, 7, 1, 5, 8, 2, 6)
    ]
    general = [course(f"https://x.example/g{p}", 1, "general", price=p) for p in (1, 2, 3)]
    plan = make_plan(gap, clinical + general)
    assert plan["considered"] == 11
    assert plan["reduced_to"] == 2  # two clinical points needed; general needs nothing
    assert [c["price_usd"] for c in plan["courses"]] == [1, 2]


# ---- behaviour ---------------------------------------------------------------


def test_remaining_after_has_gap_keys_and_plan_shape():
    gap = gap_of([])
    courses = generate_records(400, seed=2)
    plan = make_plan(gap, courses)
    assert list(plan)[:7] == [
        "feasible",
        "reason",
        "objective",
        "total_cost_usd",
        "total_credits",
        "courses",
        "remaining_after",
    ]
    assert plan["feasible"] and plan["reason"] is None
    assert set(plan["remaining_after"]) == set(gap["remaining"])
    assert plan["total_credits"] >= gap["remaining"]["total"]
    assert all(c["url"] in {r["url"] for r in courses} for c in plan["courses"])
    assert plan["courses"][0].keys() >= {"url", "title", "checklist", "quality_score", "live_dates"}


def test_reason_names_the_missing_category_and_filters():
    gap = gap_of(transcript({"administrative": 10, "clinical": 10, "general": 0, "other": 30}, {}))
    courses = [
        course("https://x.example/g-expensive", 10, "general", price=80),
        course("https://x.example/g-non-aama", 10, "general", aama=False, price=5),
        course("https://x.example/a", 10, "administrative", price=5),
    ]
    plan = make_plan(gap, courses, budget=50, aama_only=True)
    assert not plan["feasible"]
    assert (
        plan["reason"]
        == "no AAMA-approved general course within the $50 budget (still needed: 10 general points)"
    )
    assert plan["courses"] == [] and plan["remaining_after"] == gap["remaining"]


def test_reason_when_supply_is_short_or_budget_too_small():
    gap = gap_of(transcript({"administrative": 10, "clinical": 10, "general": 0, "other": 30}, {}))
    few = [course("https://x.example/g1", 3, "general", price=5)]
    assert (
        make_plan(gap, few)["reason"]
        == "not enough general courses: together they give at most 3 of the 10 general points still needed"
    )
    pricey = [course(f"https://x.example/g{n}", 5, "general", price=30) for n in range(3)]
    reason = make_plan(gap, pricey, budget=40)["reason"]
    assert (
        reason
        == "no combination of general courses within the $40 budget covers the 10 general points still needed (the cheapest costs $60.00)"
    )


def test_reason_for_the_whole_plan_over_budget():
    gap = gap_of(transcript({"administrative": 5, "clinical": 5, "general": 10, "other": 40}, {}))
    courses = [
        course("https://x.example/a", 5, "administrative", price=30),
        course("https://x.example/c", 5, "clinical", price=30),
    ]
    assert (
        make_plan(gap, courses, budget=40)["reason"]
        == "the cheapest plan that meets every requirement costs $60.00, over the $40 budget"
    )


def test_tie_breaks_fewer_points_then_fewer_courses_then_quality():
    gap = gap_of(transcript({"administrative": 10, "clinical": 10, "general": 6, "other": 30}, {}))
    courses = [
        course("https://x.example/big-free", 10, "general", price=0, quality=100),
        course("https://x.example/one", 2, "general", price=0, quality=10),
        course("https://x.example/two", 2, "general", price=0, quality=10),
        course("https://x.example/four-low", 4, "general", price=0, quality=20),
        course("https://x.example/four-high", 4, "general", price=0, quality=90),
    ]
    plan = make_plan(gap, courses)
    assert [c["url"] for c in plan["courses"]] == ["https://x.example/four-high"]
    assert plan["total_cost_usd"] == 0 and plan["total_credits"] == 4


def test_old_non_aama_credit_is_reallocated_when_it_helps():
    # 30 uncategorised non-AAMA points fill the cap; a cheap non-AAMA clinical course can still
    # close the clinical minimum by displacing 10 of them.
    gap = gap_of(
        transcript({"administrative": 10, "clinical": 0, "general": 10, "other": 10}, {"other": 30})
    )
    assert gap["remaining"] == {
        "total": 10,
        "administrative": 0,
        "clinical": 10,
        "general": 0,
        "aama_approved": 0,
    }
    courses = [
        course("https://x.example/clin-non-aama", 10, "clinical", aama=False, price=1),
        course("https://x.example/clin-aama", 10, "clinical", price=100),
    ]
    plan = make_plan(gap, courses)
    assert [c["url"] for c in plan["courses"]] == ["https://x.example/clin-non-aama"]
    assert plan["remaining_after"]["total"] == 0


def test_filters_and_hand_edits():
    gap = gap_of(transcript({"administrative": 10, "clinical": 10, "general": 8, "other": 30}, {}))
    courses = [
        course("https://x.example/cheap", 2, "general", price=1, title="Ethics Refresher"),
        course("https://x.example/paid", 2, "general", price=9),
        course("https://x.example/free-in-person", 2, "general", price=0, fmt="in person"),
        course(
            "https://x.example/free-online", 0.5, "general", price=0, aama=False
        ),  # under one contact hour
    ]
    assert [c["url"] for c in make_plan(gap, courses)["courses"]] == [
        "https://x.example/free-in-person"
    ]
    online = make_plan(gap, courses, online_only=True)
    assert [c["url"] for c in online["courses"]] == ["https://x.example/cheap"]
    done = make_plan(gap, courses, online_only=True, exclude_titles=["ethics  refresher"])
    assert [c["url"] for c in done["courses"]] == ["https://x.example/paid"]
    banned = make_plan(gap, courses, exclude_urls=["https://x.example/free-in-person"])
    assert [c["url"] for c in banned["courses"]] == ["https://x.example/cheap"]
    forced = make_plan(gap, courses, include_urls=["https://x.example/paid"], free_only=True)
    assert {c["url"] for c in forced["courses"]} == {"https://x.example/paid"}
    assert forced["total_cost_usd"] == 9
    assert not make_plan(gap, courses, free_only=True, aama_only=True, online_only=True)["feasible"]


def test_nothing_needed_is_an_empty_feasible_plan():
    gap = gap_of(transcript({"administrative": 10, "clinical": 10, "general": 10, "other": 30}, {}))
    plan = make_plan(gap, [course("https://x.example/a", 1)])
    assert plan["feasible"] and plan["courses"] == [] and plan["total_cost_usd"] == 0
    assert plan["all_aama_approved"] is True and "instantly" in plan["processing"]


def test_processing_message_for_non_aama_plans():
    gap = gap_of(transcript({"administrative": 10, "clinical": 10, "general": 8, "other": 30}, {}))
    plan = make_plan(gap, [course("https://x.example/n", 2, "general", aama=False, price=0)])
    assert plan["all_aama_approved"] is False and "weeks" in plan["processing"]


def test_other_credentials_use_their_unit():
    items = [item("NHA", "2023-01-10", 6, provider="NHA")]
    gap = compute_gap("ccma-nha", items, certified=date(2022, 6, 1), as_of=date(2023, 6, 1))
    courses = [
        course("https://x.example/8h", 8, price=40),
        course("https://x.example/2h", 2, price=5),
        course("https://x.example/3h", 3, price=8),
    ]
    plan = make_plan(gap, courses)  # 4 NHA credits still needed = 8 outside hours
    assert {c["url"] for c in plan["courses"]} == {
        "https://x.example/2h",
        "https://x.example/3h",
        "https://x.example/8h",
    } or plan["total_cost_usd"] <= 40
    assert plan["remaining_after"] == {"total": 0}
    assert plan["all_aama_approved"] is None
    assert set(plan["remaining_after"]) == {"total"}


def test_bad_arguments():
    from catalog.errors import BadOptionError

    gap = gap_of([])
    with pytest.raises(BadOptionError, match="objective"):
        make_plan(gap, [], objective="speed")
    with pytest.raises(BadOptionError, match="negative"):
        make_plan(gap, [], budget=-1)
    with pytest.raises(BadOptionError, match="pool"):
        make_plan({k: v for k, v in gap.items() if k != "pool"}, [])


def test_no_plan_when_only_the_exam_is_left():
    gap = compute_gap("cma-aama", [], cycle_end=date(2020, 2, 29), as_of=date(2020, 5, 30))
    assert gap["status"] == "must_retest"
    plan = make_plan(gap, [course("https://x.example/a", 60, None, price=0)])
    assert not plan["feasible"] and plan["courses"] == []
    assert plan["reason"].startswith("continuing education can no longer restore the credential")


def test_remaining_after_a_hand_edited_plan():
    from planning import remaining_after

    gap = gap_of(
        transcript({"administrative": 10, "clinical": 0, "general": 10, "other": 10}, {"other": 30})
    )
    courses = [
        course("https://x.example/clin-non-aama", 6, "clinical", aama=False, price=1),
        course("https://x.example/short-non-aama", 0.5, "clinical", aama=False, price=0),
        course("https://x.example/no-credit", 1, "clinical", price=0) | {"points": None},
    ]
    after = remaining_after(gap, courses)
    assert after == {
        "total": 4,
        "administrative": 0,
        "clinical": 4,
        "general": 0,
        "aama_approved": 0,
    }
    plan = make_plan(gap, courses[:1] + [course("https://x.example/c4", 4, "clinical", price=2)])
    assert remaining_after(gap, plan["courses"]) == plan["remaining_after"]
