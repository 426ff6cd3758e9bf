"""Quality score (0-100) from the six criteria, and fee reasonableness against the catalogue.

Weights (sum 100): learning outcomes 20 and instructor credentials 20 (the two
things accreditors -- ACCME, IACET, ANCC -- require of every activity); rationale,
instructional methods, fees and refund policy 15 each. A met criterion contributes
``weight x strength`` (strength 0.5-1 says how clearly the page states it); an unmet
one contributes 0. Each contribution is stored with the checklist entry.

fee_reasonable rule: free is reasonable; unknown price or points -> None. Otherwise
the course's price per point is compared with the median price per point of priced,
paid courses of the same credit unit and category (at least ``MIN_PEERS`` of them;
else the same unit in any category; else None). Reasonable when it is at most
``TOLERANCE`` times that median.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median
from typing import Any

WEIGHTS: dict[str, float] = {
    "rationale": 15.0,
    "learning_outcomes": 20.0,
    "instructor_credentials": 20.0,
    "instructional_methods": 15.0,
    "fees": 15.0,
    "refund_policy": 15.0,
}
MIN_PEERS = 3
TOLERANCE = 1.5


def contribution(criterion: str, met: bool, strength: float) -> float:
    """Points one criterion adds to the quality score."""
    if not met:
        return 0.0
    return round(WEIGHTS.get(criterion, 0.0) * max(0.0, min(1.0, strength)), 2)


def quality_score(checklist: dict[str, dict[str, Any]]) -> float:
    """Sum of contributions, 0-100 (entries without strength count 1.0 when met)."""
    total = 0.0
    for name, entry in checklist.items():
        strength = entry.get("strength")
        total += contribution(name, bool(entry.get("met")), 1.0 if strength is None else float(strength))
    return round(min(100.0, total), 1)


@dataclass(frozen=True)
class FeeFacts:
    """What fee reasonableness needs of one course."""

    price_usd: float | None
    points: float | None
    credit_unit: str | None
    category: str | None
    is_free: bool = False


class PeerPrices:
    """Median price per point by (unit, category) and by unit, from a catalogue's courses."""

    def __init__(self, courses: Iterable[FeeFacts]):
        by_group: dict[tuple[str | None, str | None], list[float]] = {}
        by_unit: dict[str | None, list[float]] = {}
        for c in courses:
            rate = _rate(c)
            if rate is None or rate == 0:
                continue
            by_group.setdefault((c.credit_unit, c.category), []).append(rate)
            by_unit.setdefault(c.credit_unit, []).append(rate)
        self.group = {k: median(v) for k, v in by_group.items() if len(v) >= MIN_PEERS}
        self.unit = {k: median(v) for k, v in by_unit.items() if len(v) >= MIN_PEERS}

    def reasonable(self, course: FeeFacts) -> bool | None:
        """The documented rule for one course."""
        if course.is_free or course.price_usd == 0:
            return True
        rate = _rate(course)
        if rate is None:
            return None
        peer = self.group.get((course.credit_unit, course.category), self.unit.get(course.credit_unit))
        if peer is None:
            return None
        return rate <= TOLERANCE * peer


def _rate(course: FeeFacts) -> float | None:
    if course.price_usd is None or not course.points or course.points <= 0:
        return None
    return course.price_usd / course.points
