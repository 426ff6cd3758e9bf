"""Counting rules shared by the gap calculator and the plan: pools, the non-AAMA cap, remaining.

Credit is held in two pools by category: ``approved`` (always counts; for
credentials without an AAMA rule, everything) and ``non_aama`` (counts up to the
cap). ``allocate`` chooses which non-AAMA points count so that category minimums
are helped most; ``remaining`` applies DOMAIN.md's true-minimum formula.
"""

from __future__ import annotations

from collections.abc import Mapping

from planning.rules import CATEGORY_KEYS

BUCKETS = (*CATEGORY_KEYS, "other")  # "other": no category (counts toward the total only)


def empty_pool() -> dict[str, float]:
    """Zero points in every bucket."""
    return dict.fromkeys(BUCKETS, 0.0)


def tidy(value: float) -> float | int:
    """A point figure without float noise (0.1 + 0.2 -> 0.3), whole numbers as int."""
    value = round(float(value), 4) + 0.0
    return int(value) if value.is_integer() else value


def allocate(
    required: Mapping[str, float],
    approved: Mapping[str, float],
    non_aama: Mapping[str, float],
    cap: float | None,
) -> dict[str, float]:
    """Non-AAMA points counted per bucket: category shortfalls first, then any, up to ``cap``.

    Filling shortfalls first maximises what the capped points do for the category
    minimums; the total counted is the same whatever the order, so this choice
    minimises ``remaining.total``.
    """
    room = float("inf") if cap is None else float(cap)
    counted = empty_pool()
    for category in CATEGORY_KEYS:
        short = max(0.0, required.get(category, 0.0) - approved.get(category, 0.0))
        take = min(short, non_aama.get(category, 0.0), room)
        counted[category] += take
        room -= take
    for bucket in BUCKETS:
        take = min(non_aama.get(bucket, 0.0) - counted[bucket], room)
        if take > 0:
            counted[bucket] += take
            room -= take
    return counted


def counted_totals(
    credential_required: Mapping[str, float],
    approved: Mapping[str, float],
    non_aama: Mapping[str, float],
    cap: float | None,
) -> dict[str, float]:
    """The ``counted`` object: total, each required category, aama_approved and non_aama."""
    allocated = allocate(credential_required, approved, non_aama, cap)
    counted: dict[str, float] = {"total": sum(approved.values()) + sum(allocated.values())}
    for category in CATEGORY_KEYS:
        if category in credential_required:
            counted[category] = approved.get(category, 0.0) + allocated[category]
    if cap is not None:
        counted["aama_approved"] = sum(approved.values())
        counted["non_aama"] = sum(allocated.values())
    return counted


def remaining(required: Mapping[str, float], counted: Mapping[str, float]) -> dict[str, float]:
    """What is still missing per constraint; ``total`` is the fewest further points that can complete.

    ``total = max(required - counted, sum of category shortfalls, AAMA shortfall)``:
    one further point closes at most one unit of each, so each term is a lower bound,
    and AAMA points placed in the short categories achieve the largest of them.
    """
    out: dict[str, float] = {}
    shortfalls = 0.0
    for category in CATEGORY_KEYS:
        if category in required:
            out[category] = max(0.0, required[category] - counted.get(category, 0.0))
            shortfalls += out[category]
    bounds = [required.get("total", 0.0) - counted.get("total", 0.0), shortfalls, 0.0]
    if "aama_approved" in required:
        out["aama_approved"] = max(
            0.0, required["aama_approved"] - counted.get("aama_approved", 0.0)
        )
        bounds.append(out["aama_approved"])
    ordered = {"total": max(bounds)}
    ordered.update(out)
    return ordered


def tidy_map(values: Mapping[str, float]) -> dict[str, float | int]:
    """``tidy`` applied to every value."""
    return {key: tidy(value) for key, value in values.items()}
