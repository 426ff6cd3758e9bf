"""The evaluation checklist: one module per criterion, one registry.

Every module has ``NAME`` and ``detect(page) -> CriterionResult``. Adding a
criterion is a module, a test file and a line in ``REGISTRY``.
"""

from __future__ import annotations

from collections.abc import Callable

from catalog.page import ExtractedPage
from scoring.criteria import (
    fees,
    instructional_methods,
    instructor_credentials,
    learning_outcomes,
    rationale,
    refund_policy,
)
from scoring.criteria.base import NOT_MET, CriterionResult

REGISTRY: dict[str, Callable[[ExtractedPage], CriterionResult]] = {
    module.NAME: module.detect
    for module in (rationale, learning_outcomes, instructor_credentials, instructional_methods, fees, refund_policy)
}

__all__ = ["NOT_MET", "REGISTRY", "CriterionResult", "detect_all"]


def detect_all(page: ExtractedPage) -> dict[str, CriterionResult]:
    """Every criterion's result for one page, in checklist order."""
    return {name: detect(page) for name, detect in REGISTRY.items()}
