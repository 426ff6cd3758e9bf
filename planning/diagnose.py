"""Say why no plan exists: which requirement cannot be met, and under which filters.

Checked in order: a requirement the filtered catalogue cannot supply at all
("no AAMA-approved general course within the $50 budget"), one requirement
alone costing more than the budget, the whole plan costing more than the
budget, and finally the requirements only conflicting together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from planning.candidates import Candidate
from planning.counting import BUCKETS, tidy
from planning.model import PlanModel, needs_from_pool
from planning.rules import Credential


def min_cost(model: PlanModel) -> float | None:
    """The cheapest cost in dollars meeting ``model``'s rows, or None when none does."""
    if model.size == 0:
        _, lower, upper = model.rows()
        return 0.0 if np.all(lower <= 0) and np.all(upper >= 0) else None
    rows, lower, upper = model.rows()
    result = milp(
        model.objective("cost"),
        constraints=LinearConstraint(csr_matrix(rows), lower, upper),
        integrality=model.integrality(),
        bounds=Bounds(model.lower_bounds(), model.upper_bounds()),
        options={"mip_rel_gap": 0.0, "time_limit": 30.0},
    )
    return None if result.x is None else float(np.round(result.fun)) / 100


def _adjectives(filters: Mapping[str, bool], requirement: str) -> str:
    words = [
        w
        for w, on in (("free", filters.get("free_only")), ("online", filters.get("online_only")))
        if on
    ]
    if filters.get("aama_only") or requirement == "aama_approved":
        words.append("AAMA-approved")
    return " ".join(words)


def _label(requirement: str) -> str:
    return {"aama_approved": "AAMA-approved", "total": ""}.get(requirement, requirement)


def _supply(
    credential: Credential, pool: Mapping[str, Any], candidates: Sequence[Candidate]
) -> dict[str, float]:
    """The most each requirement could get from every candidate together (cap applied)."""
    units = np.array([c.units for c in candidates], dtype=float).reshape(
        len(candidates), len(BUCKETS)
    )
    is_approved = np.array([c.approved for c in candidates], dtype=bool)
    approved = units[is_approved].sum(axis=0)
    capped = units[~is_approved].sum(axis=0) + [
        float(pool["non_aama"].get(b, 0.0)) for b in BUCKETS
    ]
    cap = credential.non_aama_cap
    limit = (lambda v: v) if cap is None else (lambda v: min(cap, v))
    supply = {"total": approved.sum() + limit(capped.sum()), "aama_approved": approved.sum()}
    for j, bucket in enumerate(BUCKETS):
        supply[bucket] = approved[j] + limit(capped[j])
    return supply


def explain_infeasible(
    credential: Credential,
    pool: Mapping[str, Any],
    candidates: Sequence[Candidate],
    reduced: Sequence[Candidate],
    budget: float | None,
    *,
    filters: Mapping[str, bool],
) -> str:
    """One sentence naming the requirement that cannot be met and why."""
    needs = needs_from_pool(credential, pool)
    supply = _supply(credential, pool, candidates)
    existing = _supply(credential, pool, [])
    within = f" within the ${budget:g} budget" if budget is not None else ""
    unit = credential.unit
    order = [r for r in ("aama_approved", *credential.categories, "total") if r in needs]
    for requirement in order:
        if supply[requirement] + 1e-9 >= needs[requirement]:
            continue
        adjectives = _adjectives(filters, requirement)
        label = _label(requirement)
        kind = " ".join(dict.fromkeys(w for w in f"{adjectives} {label}".split() if w))
        still = tidy(needs[requirement] - existing[requirement])
        offered = tidy(supply[requirement] - existing[requirement])
        what = f"{label} {unit}".strip()
        if offered <= 0:
            return f"no {kind + ' ' if kind else ''}course{within} (still needed: {still} {what})"
        return (
            f"not enough {kind + ' ' if kind else ''}courses{within}: together they give at most "
            f"{offered} of the {still} {what} still needed"
        )
    if budget is not None:
        for requirement in order:
            cost = min_cost(PlanModel(credential, pool, reduced, None, only=requirement))
            if cost is not None and cost > budget + 1e-9:
                kind = " ".join(
                    dict.fromkeys(
                        w
                        for w in f"{_adjectives(filters, requirement)} {_label(requirement)}".split()
                    )
                )
                still = tidy(needs[requirement] - existing[requirement])
                return (
                    f"no combination of {kind + ' ' if kind else ''}courses{within} covers the {still} "
                    f"{_label(requirement) + ' ' if _label(requirement) else ''}{unit} still needed "
                    f"(the cheapest costs ${cost:.2f})"
                )
        cost = min_cost(PlanModel(credential, pool, reduced, None))
        if cost is not None:
            return f"the cheapest plan that meets every requirement costs ${cost:.2f}, over the ${budget:g} budget"
    return "no combination of the available courses meets every requirement at once"
