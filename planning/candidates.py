"""Catalogue courses as plan candidates: what each is worth, the filters, and a safe reduction.

A candidate's worth is its points (AAMA CEUs and contact hours 1:1, IACET CEUs x 10,
already in the record) times the credential's course factor, split by category:
a stated ``credits_by_category`` (in the record's credit unit, so scaled by
points/credits), else its category, else uncategorised.

The reduction keeps, per group of courses worth exactly the same (same split,
same approval), only the cheapest ``k`` (ties: higher quality first). Why this
is safe: the plan objective is lexicographic (cost or points first, then points
or cost, then fewer courses, then higher quality). Removing a course never raises
the cost and always lowers the points, so every optimal plan is *minimal*: no
course can be dropped. If a plan held ``m`` courses of one group and ``m - 1``
copies alone already met every constraint the group touches, one could be
dropped, so ``m <= k`` where ``k`` is the copies needed to meet the largest such
need alone (for non-AAMA courses also capped by the non-AAMA cap; see
``_copies_needed``). An optimal plan using a course outside the cheapest ``k``
leaves one of those ``k`` unused; swapping them keeps every constraint and
never makes the plan worse. So the reduced catalogue still holds an optimal plan.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from planning.counting import BUCKETS
from planning.rules import CATEGORY_KEYS, Credential

ONLINE_WORDS = ("online", "webinar")


@dataclass(frozen=True)
class Candidate:
    """One course the plan may choose."""

    index: int  # position in the caller's course list
    record: Mapping[str, Any]  # the caller's record (copied only when planned)
    cents: int  # price in cents (free: 0)
    units: tuple[float, ...]  # credential units per bucket (BUCKETS order)
    approved: bool  # counts without the non-AAMA cap
    quality: float
    forced: bool = False

    @property
    def total(self) -> float:
        """Units toward the total."""
        return sum(self.units)

    @property
    def group(self) -> tuple[Any, ...]:
        """Courses with the same group key are interchangeable in every constraint."""
        return (self.units, self.approved)


def norm_title(title: Any) -> str:
    """A title compared loosely (case and spacing ignored)."""
    return " ".join(str(title or "").casefold().split())


def is_online(record: Mapping[str, Any]) -> bool:
    """Same rule as catalog.queries: online or webinar in the format."""
    return any(word in str(record.get("format") or "").lower() for word in ONLINE_WORDS)



def _units(
    record: Mapping[str, Any], categories: tuple[str, ...], factor: float
) -> tuple[float, ...] | None:
    points = record.get("points")
    if not isinstance(points, (int, float)) or points <= 0 or not math.isfinite(points):
        return None
    total = float(points) * factor
    split = record.get("credits_by_category") if categories else None
    if split:
        stated = {
            c: float(v)
            for c in CATEGORY_KEYS
            if isinstance(v := split.get(c), (int, float)) and v > 0
        }
        if stated:
            credits = record.get("credits")
            shares = sum(stated.values())
            scale = (
                total / float(credits)
                if isinstance(credits, (int, float)) and credits > 0
                else total / shares
            )
            if shares * scale > total:  # a split adding to more than the course: rescale
                scale = total / shares
            values = [round(stated.get(c, 0.0) * scale, 4) for c in CATEGORY_KEYS]
            return (*values, round(max(0.0, total - sum(values)), 4))
    category = record.get("category")
    if categories and category in CATEGORY_KEYS:
        values = [0.0] * len(BUCKETS)
        values[CATEGORY_KEYS.index(category)] = round(total, 4)
        return tuple(values)
    return (0.0, 0.0, 0.0, round(total, 4))


def _price_cents(record: Mapping[str, Any]) -> int | None:
    if record.get("is_free"):
        return 0
    price = record.get("price_usd")
    if not isinstance(price, (int, float)) or price < 0 or not math.isfinite(price):
        return None
    return round(float(price) * 100)


def select_candidates(
    courses: Sequence[Mapping[str, Any]],
    credential: Credential,
    *,
    budget: float | None = None,
    free_only: bool = False,
    online_only: bool = False,
    aama_only: bool = False,
    exclude_titles: Iterable[str] = (),
    include_urls: Iterable[str] = (),
    exclude_urls: Iterable[str] = (),
) -> tuple[list[Candidate], dict[str, int]]:
    """Candidates after the user's filters (included URLs always kept), and why others were dropped."""
    titles = {norm_title(t) for t in exclude_titles}
    forced, banned = set(include_urls), set(exclude_urls) - set(include_urls)
    capped = credential.non_aama_cap is not None
    least = float(credential.value("non_aama_min_minutes", 0)) / 60
    categories, factor = credential.categories, credential.course_factor
    dropped: dict[str, int] = {}
    seen: set[str] = set()
    out: list[Candidate] = []

    def drop(reason: str) -> None:
        dropped[reason] = dropped.get(reason, 0) + 1

    for index, record in enumerate(courses):
        url = record.get("url")
        if url in seen:
            continue
        seen.add(url)
        is_forced = url in forced
        units = _units(record, categories, factor)
        cents = _price_cents(record)
        approved = bool(record.get("aama_approved")) or not capped
        quality = float(record.get("quality_score") or 0.0)
        if is_forced:
            out.append(
                Candidate(
                    index,
                    dict(record),
                    cents or 0,
                    units or (0.0,) * len(BUCKETS),
                    approved,
                    quality,
                    True,
                )
            )
            continue
        reason = None
        if url in banned:
            reason = "excluded by hand"
        elif titles and norm_title(record.get("title")) in titles:
            reason = "already on the transcript"
        elif units is None:
            reason = "no credit stated"
        elif cents is None:
            reason = "no price stated"
        elif free_only and cents > 0:
            reason = "not free"
        elif budget is not None and cents > round(budget * 100):
            reason = "over the budget"
        elif aama_only and not record.get("aama_approved"):
            reason = "not AAMA-approved"
        elif online_only and not is_online(record):
            reason = "not online"
        elif capped and not approved and sum(units) / factor + 1e-9 < least:
            reason = "non-AAMA and under one contact hour"
        if reason:
            drop(reason)
            continue
        out.append(Candidate(index, record, cents, units, approved, quality))
    return out, dropped


def _copies_needed(
    group_units: tuple[float, ...], approved: bool, needs: Mapping[str, float], cap: float | None
) -> int:
    """The most courses of one group a minimal plan can hold (see the module docstring)."""
    total = sum(group_units)
    touched = [(needs.get("total", 0.0), total)]
    for category, value in zip(BUCKETS, group_units, strict=False):
        if category in needs and value > 0:
            touched.append((needs[category], value))
    if approved or cap is None:
        if "aama_approved" in needs:
            touched.append((needs["aama_approved"], total))
        return max(math.ceil(max(need, 0.0) / value - 1e-9) for need, value in touched)
    if sum(1 for v in group_units if v > 0) == 1:
        value = max(group_units)
        largest = max(need for need, _ in touched)
        return math.ceil(min(cap, max(largest, 0.0)) / value - 1e-9)
    # A non-AAMA course split across categories: m - 1 copies with every share >= the cap
    # leave the allocation untouched.
    return max(math.ceil(cap / v - 1e-9) for v in group_units if v > 0)


def reduce_candidates(
    candidates: Sequence[Candidate], needs: Mapping[str, float], cap: float | None
) -> list[Candidate]:
    """Keep the cheapest (then best) ``k`` per group; forced courses are always kept."""
    groups: dict[tuple[Any, ...], list[Candidate]] = {}
    kept = [c for c in candidates if c.forced]
    for candidate in candidates:
        if not candidate.forced:
            groups.setdefault(candidate.group, []).append(candidate)
    for (units, approved), members in groups.items():
        k = _copies_needed(units, approved, needs, cap)
        if k <= 0:
            continue
        members.sort(key=lambda c: (c.cents, -c.quality, c.index))
        kept.extend(members[:k])
    return kept
