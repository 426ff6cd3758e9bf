"""The plan optimiser: the cheapest (or shortest) set of catalogue courses that closes a gap.

A 0/1 choice per candidate course, solved with scipy.optimize.milp (HiGHS) to
proven optimality (relative gap 0). Constraints: every category minimum, the
AAMA-approved minimum and the total, with non-AAMA credit (old and new) counted
up to the cap through continuous allocation variables, and the budget.
Ties are broken lexicographically and soundly: each objective is solved in turn
with the earlier optima fixed (integer-scaled, so a 0.5 slack admits no worse
plan): cost (or points), then points (or cost), then number of courses, then
the highest total quality score.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from catalog.errors import BadOptionError
from planning.candidates import Candidate, reduce_candidates, select_candidates
from planning.counting import BUCKETS, counted_totals, remaining, tidy, tidy_map
from planning.diagnose import explain_infeasible
from planning.model import PlanModel, needs_from_pool
from planning.rules import load_credential

OBJECTIVES = ("cost", "hours")
TIME_LIMIT_S = 30.0


def _solve(model: PlanModel, order: Sequence[str]) -> tuple[np.ndarray | None, bool]:
    """Lexicographic solve; (x of the first n variables or None if infeasible, proven optimal)."""
    extra_rows: list[np.ndarray] = []
    extra_ub: list[float] = []
    if model.size == 0:  # nothing to choose: feasible exactly when nothing is needed
        _, lower, upper = model.rows()
        return (np.zeros(0), True) if np.all(lower <= 0) and np.all(upper >= 0) else (None, True)
    x = None
    optimal = True
    for stage, name in enumerate(order):
        objective = model.objective(name)
        rows, lower, upper = model.rows()
        if extra_rows:
            rows = np.vstack([rows, *extra_rows])
            lower = np.concatenate([lower, np.full(len(extra_rows), -np.inf)])
            upper = np.concatenate([upper, extra_ub])
        result = milp(
            objective,
            constraints=LinearConstraint(csr_matrix(rows), lower, upper),
            integrality=model.integrality(),
            bounds=Bounds(model.lower_bounds(), model.upper_bounds()),
            options={"mip_rel_gap": 0.0, "time_limit": TIME_LIMIT_S, "presolve": True},
        )
        if result.x is None:
            if stage == 0:
                return None, True
            break  # keep the earlier stage's plan; it is still optimal for the earlier keys
        x = result.x
        optimal = optimal and result.status == 0
        if stage < len(order) - 1:
            extra_rows.append(objective.reshape(1, -1))
            extra_ub.append(float(np.round(result.fun)) + 0.5)
    return x, optimal


def _apply(
    gap: Mapping[str, Any], credential_id: str, chosen: Iterable[Candidate]
) -> dict[str, float]:
    """``remaining`` after adding the chosen courses to the transcript's pools."""
    credential = load_credential(credential_id)
    pool = gap["pool"]
    approved = {b: float(pool["approved"].get(b, 0.0)) for b in BUCKETS}
    non_aama = {b: float(pool["non_aama"].get(b, 0.0)) for b in BUCKETS}
    for course in chosen:
        target = approved if course.approved else non_aama
        for bucket, value in zip(BUCKETS, course.units, strict=True):
            target[bucket] += value
    counted = counted_totals(credential.required, approved, non_aama, credential.non_aama_cap)
    return remaining(credential.required, counted)


def remaining_after(gap: Mapping[str, Any], courses: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``gap.remaining`` after taking exactly ``courses`` (e.g. a hand-edited plan), by the credential's rules.

    Courses that would count for nothing (no credit stated, or a non-AAMA activity under
    one contact hour) add nothing; the non-AAMA cap is applied to old and new credit together.
    """
    credential = load_credential(gap["credential"])
    chosen, _ = select_candidates(courses, credential, include_urls=[c.get("url") for c in courses])
    least = float(credential.value("non_aama_min_minutes", 0)) / 60 * credential.course_factor
    counted = [c for c in chosen if c.approved or c.total + 1e-9 >= least]
    return tidy_map(_apply(gap, credential.id, counted))


def _processing(
    credential_id: str, gap: Mapping[str, Any], chosen: list[Candidate]
) -> tuple[bool | None, str | None]:
    credential = load_credential(credential_id)
    if credential.non_aama_cap is None:
        return None, None
    plan_all_aama = all(c.approved for c in chosen)
    transcript_non_aama = float(gap.get("counted", {}).get("non_aama", 0) or 0) > 0
    if plan_all_aama and not transcript_non_aama:
        return (
            True,
            "Every credit is AAMA-approved: the recertification application can be processed instantly online.",
        )
    if plan_all_aama:
        return True, (
            "The plan's courses are all AAMA-approved, but the transcript's non-AAMA credit means the "
            "application takes weeks (mail 30 days, online 2-3 weeks)."
        )
    return (
        False,
        "The plan includes non-AAMA credit: processing takes weeks (mail 30 days, online 2-3 weeks).",
    )


def make_plan(
    gap: Mapping[str, Any],
    courses: Sequence[Mapping[str, Any]],
    *,
    objective: str = "cost",
    budget: float | None = None,
    free_only: bool = False,
    online_only: bool = False,
    aama_only: bool = False,
    exclude_titles: Iterable[str] = (),
    include_urls: Iterable[str] = (),
    exclude_urls: Iterable[str] = (),
) -> dict[str, Any]:
    """The plan JSON of DESIGN.md for ``gap`` (from compute_gap) over catalogue ``courses``.

    ``include_urls`` are always planned (hand-added; they bypass the filters),
    ``exclude_urls`` and courses titled like ``exclude_titles`` never are. When the
    gap says only the exam is left, no plan is made.
    """
    if objective not in OBJECTIVES:
        raise BadOptionError(
            "--objective", f"unknown objective {objective!r} (expected cost or hours)"
        )
    if budget is not None and budget < 0:
        raise BadOptionError("--budget", f"{budget:g} is negative")
    if "pool" not in gap:
        raise BadOptionError(
            "gap", "make_plan needs the gap object returned by compute_gap (its 'pool' key)"
        )
    credential = load_credential(gap["credential"])
    started = time.perf_counter()
    candidates, dropped = select_candidates(
        courses,
        credential,
        budget=budget,
        free_only=free_only,
        online_only=online_only,
        aama_only=aama_only,
        exclude_titles=exclude_titles,
        include_urls=include_urls,
        exclude_urls=exclude_urls,
    )
    needs = needs_from_pool(credential, gap["pool"])
    reduced = reduce_candidates(candidates, needs, credential.non_aama_cap)
    reduced.sort(key=lambda c: c.index)
    prepared = time.perf_counter()
    model = PlanModel(credential, gap["pool"], reduced, budget)
    if gap.get("status") == "must_retest":
        reduced, model = [], None
    order = (
        ("cost", "units", "count", "quality")
        if objective == "cost"
        else ("units", "cost", "count", "quality")
    )
    x, optimal = (None, True) if model is None else _solve(model, order)
    solved = time.perf_counter()
    plan: dict[str, Any] = {"feasible": x is not None, "reason": None, "objective": objective}
    chosen = (
        [] if x is None else [c for c, v in zip(reduced, x[: len(reduced)], strict=True) if v > 0.5]
    )
    chosen.sort(
        key=lambda c: (c.record.get("category") or "", str(c.record.get("title") or ""), c.index)
    )
    if x is None and gap.get("status") == "must_retest":
        plan["reason"] = (
            "continuing education can no longer restore the credential: the exam must be passed again"
        )
    elif x is None:
        plan["reason"] = explain_infeasible(
            credential,
            gap["pool"],
            candidates,
            reduced,
            budget,
            filters={"free_only": free_only, "online_only": online_only, "aama_only": aama_only},
        )
    all_aama, processing = _processing(credential.id, gap, chosen)
    plan.update(
        {
            "total_cost_usd": tidy(sum(c.cents for c in chosen) / 100),
            "total_credits": tidy(sum(c.total for c in chosen)),
            "courses": [dict(c.record) for c in chosen],
            "remaining_after": tidy_map(_apply(gap, credential.id, chosen)),
            "all_aama_approved": all_aama,
            "processing": processing if x is not None else None,
            "optimal": bool(x is not None and optimal),
            "unit": credential.unit,
            "considered": len(candidates),
            "reduced_to": len(reduced),
            "dropped": dropped,
            "prepare_seconds": round(prepared - started, 4),
            "solve_seconds": round(solved - prepared, 4),
        }
    )
    return plan
