"""Recertification dates: the cycle from a certification date, the CE deadline, the status.

Pure date arithmetic driven by the credential's ``cycle`` and ``after_expiry``
rules. ``cycle.end`` is always the last day (inclusive) of the cycle.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from catalog.errors import BadOptionError
from planning.rules import Credential

STATUSES = ("complete", "in_progress", "grace_period", "must_retest")


@dataclass(frozen=True)
class Cycle:
    """The current cycle and the dates that decide the status."""

    start: date
    end: date
    ce_deadline: date | None  # last day continuing education can still restore the credential
    count_from: date  # first day credit counts (differs from start after a lapse, e.g. AMT)
    count_until: date  # last day credit counts


def last_day_of_month(year: int, month: int) -> date:
    """The last calendar day of ``year``-``month``."""
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_years(day: date, years: int) -> date:
    """``day`` moved by ``years`` (29 February becomes 28 February in a common year)."""
    return add_months(day, 12 * years)


def _bounds(
    credential: Credential, certified: date | None, cycle_end: date | None, as_of: date
) -> tuple[date, date]:
    rule = credential.value("cycle")
    if rule["kind"] == "month_end_plus_months":
        months = int(rule["months"])
        if certified is not None:
            end_month = add_months(certified.replace(day=1), months)
            return certified, last_day_of_month(end_month.year, end_month.month)
        # Only the expiry month is known: the cycle began in the certification month, on a
        # day we do not know, so the first of that month is assumed (no credit wrongly ignored).
        start_month = add_months(cycle_end.replace(day=1), -months)
        return start_month, last_day_of_month(cycle_end.year, cycle_end.month)
    years = int(rule["years"])
    if certified is not None:
        start = certified
        if rule.get("rolling"):
            while add_years(start, years) <= as_of:
                start = add_years(start, years)
        return start, add_years(start, years) - timedelta(days=1)
    return add_years(cycle_end + timedelta(days=1), -years), cycle_end


def ce_deadline(credential: Credential, end: date) -> date | None:
    """The last day continuing education can restore the credential after ``end`` (None: unknown)."""
    rule = credential.value("after_expiry")
    if rule["kind"] == "ce_window_days":
        anchor = rule.get("transition_anchor")
        start = max(end, anchor) if isinstance(anchor, date) else end
        return start + timedelta(days=int(rule["days"]))
    if rule["kind"] == "reinstate_within_years":
        # Lapsed from the day after ``end``; "N years or more" lapsed means the exam.
        return add_years(end + timedelta(days=1), int(rule["years"])) - timedelta(days=1)
    return None


def derive_cycle(
    credential: Credential, *, certified: date | None, cycle_end: date | None, as_of: date
) -> Cycle:
    """The cycle for ``--certified`` or ``--cycle-end`` (exactly one) as seen on ``as_of``."""
    if certified is not None and cycle_end is not None:
        raise BadOptionError("--certified", "give --certified or --cycle-end, not both")
    if certified is None and cycle_end is None:
        raise BadOptionError("--certified", "give --certified YYYY-MM-DD or --cycle-end YYYY-MM-DD")
    start, end = _bounds(credential, certified, cycle_end, as_of)
    if as_of < start:
        raise BadOptionError("--as-of", f"{as_of} is before the cycle start {start}")
    deadline = ce_deadline(credential, end)
    rule = credential.value("after_expiry")
    count_from, count_until = start, end
    if as_of > end:
        if (
            rule["kind"] == "ce_window_days"
            and credential.value("late_credit") == "count_until_ce_deadline"
        ):
            count_until = deadline
        elif rule.get("recount_years"):
            # Reactivation counts what was completed in the years before applying (today).
            count_from, count_until = add_years(as_of, -int(rule["recount_years"])), as_of
    return Cycle(
        start=start, end=end, ce_deadline=deadline, count_from=count_from, count_until=count_until
    )


def status_of(cycle: Cycle, as_of: date, remaining_total: float) -> str:
    """complete / in_progress / grace_period / must_retest (DESIGN.md)."""
    if cycle.ce_deadline is not None and as_of > cycle.ce_deadline:
        return "must_retest"
    if remaining_total <= 0:
        return "complete"
    return "in_progress" if as_of <= cycle.end else "grace_period"
