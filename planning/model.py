"""The mixed-integer model of a plan: variables, constraint rows and objectives as arrays.

Variables: one binary per candidate course, then (for credentials with a
non-AAMA cap) one continuous allocation per bucket: how many non-AAMA points,
from the transcript and from chosen courses, count in that bucket. The pools are
the transcript's credit as returned by compute_gap (``gap["pool"]``), so old
non-AAMA credit can be re-allocated when a new course makes better use of the cap.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from planning.candidates import Candidate
from planning.counting import BUCKETS
from planning.rules import Credential

UNIT_SCALE = 10_000  # units are rounded to 4 decimals, so scaled units are integers


def needs_from_pool(credential: Credential, pool: Mapping[str, Any]) -> dict[str, float]:
    """What further credit each constraint needs beyond the transcript's always-counting credit."""
    approved = {b: float(pool["approved"].get(b, 0.0)) for b in BUCKETS}
    required = credential.required
    have = sum(approved.values())
    needs = {"total": max(0.0, required.get("total", 0.0) - have)}
    for category in credential.categories:
        needs[category] = max(0.0, required[category] - approved[category])
    if "aama_approved" in required:
        needs["aama_approved"] = max(0.0, required["aama_approved"] - have)
    return needs


class PlanModel:
    """Rows ``lower <= A @ v <= upper`` over ``v = [x_1..x_n, y_bucket...]``."""

    def __init__(
        self,
        credential: Credential,
        pool: Mapping[str, Any],
        candidates: Sequence[Candidate],
        budget: float | None,
        *,
        only: str | None = None,
    ):
        self.credential = credential
        self.candidates = list(candidates)
        self.n = len(self.candidates)
        self.cap = credential.non_aama_cap
        self.ny = len(BUCKETS) if self.cap is not None else 0
        self.needs = needs_from_pool(credential, pool)
        self.existing = {b: float(pool["non_aama"].get(b, 0.0)) for b in BUCKETS}
        self.budget = budget
        self.only = only  # keep only this requirement (for explaining infeasibility)
        units = np.array([c.units for c in self.candidates], dtype=float).reshape(
            self.n, len(BUCKETS)
        )
        approved = np.array([c.approved for c in self.candidates], dtype=bool)
        self.approved_units = units * approved[:, None]
        self.capped_units = units * (~approved)[:, None]

    @property
    def size(self) -> int:
        """Number of variables."""
        return self.n + self.ny

    def _row(self, x_part: np.ndarray, y_part: np.ndarray | None = None) -> np.ndarray:
        row = np.zeros(self.size)
        row[: self.n] = x_part
        if self.ny and y_part is not None:
            row[self.n :] = y_part
        return row

    def rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(A, lower, upper) of every constraint."""
        rows, lower, upper = [], [], []

        def add(row: np.ndarray, lo: float, hi: float) -> None:
            rows.append(row)
            lower.append(lo)
            upper.append(hi)

        keep = (lambda name: True) if self.only is None else (lambda name: name == self.only)
        if self.ny:
            for j, bucket in enumerate(BUCKETS):
                y = np.zeros(self.ny)
                y[j] = 1.0
                add(self._row(-self.capped_units[:, j], y), -np.inf, self.existing[bucket])
            add(self._row(np.zeros(self.n), np.ones(self.ny)), -np.inf, self.cap)
        for j, bucket in enumerate(BUCKETS):
            if bucket in self.needs and keep(bucket):
                y = np.zeros(self.ny)
                if self.ny:
                    y[j] = 1.0
                add(self._row(self.approved_units[:, j], y), self.needs[bucket], np.inf)
        if "aama_approved" in self.needs and keep("aama_approved"):
            add(self._row(self.approved_units.sum(axis=1)), self.needs["aama_approved"], np.inf)
        if keep("total"):
            total = self.approved_units.sum(axis=1) + (
                0 if self.ny else self.capped_units.sum(axis=1)
            )
            add(self._row(total, np.ones(self.ny)), self.needs["total"], np.inf)
        if self.budget is not None:
            add(self._row(self.objective("cost")[: self.n]), -np.inf, round(self.budget * 100))
        if not rows:
            add(self._row(np.zeros(self.n)), -np.inf, np.inf)
        return np.array(rows).reshape(len(rows), self.size), np.array(lower), np.array(upper)

    def objective(self, name: str) -> np.ndarray:
        """Objective vector: cost (cents), units (scaled integers), count, or quality (negated)."""
        c = np.zeros(self.size)
        if name == "cost":
            c[: self.n] = [cand.cents for cand in self.candidates]
        elif name == "units":
            c[: self.n] = [round(cand.total * UNIT_SCALE) for cand in self.candidates]
        elif name == "count":
            c[: self.n] = 1.0
        elif name == "quality":
            c[: self.n] = [-cand.quality for cand in self.candidates]
        else:
            raise ValueError(f"unknown objective {name!r}")
        return c

    def integrality(self) -> np.ndarray:
        """1 for course choices, 0 for allocations."""
        return np.concatenate([np.ones(self.n), np.zeros(self.ny)])

    def lower_bounds(self) -> np.ndarray:
        """Forced (hand-added) courses are fixed at 1."""
        return np.concatenate(
            [[1.0 if c.forced else 0.0 for c in self.candidates], np.zeros(self.ny)]
        )

    def upper_bounds(self) -> np.ndarray:
        """Courses at most once; allocations unbounded above (the rows bound them)."""
        return np.concatenate([np.ones(self.n), np.full(self.ny, np.inf)])
