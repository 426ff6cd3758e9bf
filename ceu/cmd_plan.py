"""``ceu gap`` and ``ceu plan``: what recertification still needs, and the cheapest way there."""

from __future__ import annotations

from catalog.errors import NotReadyError


def gap() -> None:
    """Show what your recertification still needs, per category.

    Example: ceu gap --credential cma-aama --transcript my.csv --certified 2022-03-15 --json
    """
    raise NotReadyError("ceu gap", "planning has not landed yet (issue 5)")


def plan() -> None:
    """Build the cheapest (or shortest) course plan that fills your gaps.

    Example: ceu plan --credential cma-aama --transcript my.csv --certified 2022-03-15 --free-only --json
    """
    raise NotReadyError("ceu plan", "planning has not landed yet (issue 5)")
