"""The gap calculator: what a transcript already counts for, and what is still missing.

``compute_gap(credential_id, items, certified=..., cycle_end=..., as_of=...)``
returns the ``ceu gap --json`` object of DESIGN.md (plus ``credential_name``,
``unit``, ``ce_deadline``, ``notes``, ``unverified`` and ``pool``, the per-bucket
credit the plan optimiser starts from). Pure: no files, no clock unless
``as_of`` is omitted.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from planning.counting import allocate, counted_totals, empty_pool, remaining, tidy, tidy_map
from planning.cycle import Cycle, derive_cycle, status_of
from planning.rules import Credential, load_credential
from planning.transcript import TranscriptItem

_EPS = 1e-9


def _convert(credential: Credential, item: TranscriptItem) -> tuple[float, str, bool] | str:
    """(units, bucket, counts-as-approved) for an item, or the reason it does not count."""
    measure = credential.measure
    amount = item.credits if item.credits is not None else item.hours
    if measure == "aama_points":
        bucket = item.category or "other"
        if item.kind == "college_credit":
            return (amount or 0.0) * float(credential.value("college_credit_points")), bucket, False
        if item.kind == "cpr_card":
            card = credential.value("cpr_card")
            return float(card["points"]), card["category"], item.aama_approved
        if not item.aama_approved:
            least = float(credential.value("non_aama_min_minutes", 0))
            minutes = item.minutes if item.minutes is not None else (amount or 0.0) * 60
            if minutes + _EPS < least:
                return f"under {least:g} minutes: a non-AAMA activity must be at least one contact hour"
        return amount or 0.0, bucket, item.aama_approved
    if item.kind != "course":
        return f"no {item.kind.replace('_', ' ')} conversion is recorded for {credential.name}"
    if measure == "credits":
        return amount or 0.0, "other", True
    if measure == "nha_credits":
        rule = credential.value("outside_ce")
        if item.provider.strip().lower() in rule["own_providers"] and item.credits is not None:
            return item.credits, "other", True
        hours = item.hours if item.hours is not None else (item.credits or 0.0)
        return hours / float(rule["hours_per_credit"]), "other", True
    hours = (
        item.hours
        if item.hours is not None
        else (item.minutes / 60 if item.minutes is not None else None)
    )
    return (amount if hours is None else hours) or 0.0, "other", True


def _in_window(cycle: Cycle, item: TranscriptItem, as_of: date) -> str | None:
    if item.completed_on > as_of:
        return f"after the as-of date {as_of} (completed {item.completed_on})"
    if not cycle.count_from <= item.completed_on <= cycle.count_until:
        return f"outside the cycle {cycle.count_from} to {cycle.count_until} (completed {item.completed_on})"
    return None


def _cpr_limit(credential: Credential, items: list[TranscriptItem]) -> set[int]:
    """CPR cards (by ``id``) beyond the most that count (AAMA-approved cards kept first)."""
    card = credential.value("cpr_card")
    if not card:
        return set()
    cards = sorted(
        (i for i in items if i.kind == "cpr_card"),
        key=lambda i: (not i.aama_approved, i.completed_on, i.row),
    )
    return {id(i) for i in cards[int(card["max_cards"]) :]}


def _notes(
    credential: Credential, cycle: Cycle, as_of: date, status: str, from_end: bool
) -> list[str]:
    notes = []
    rule = credential.value("after_expiry")
    if rule["kind"] == "ce_window_days":
        notes.append(
            f"Last day to recertify by continuing education: {cycle.ce_deadline} ({rule['days']} days after "
            f'{max(cycle.end, rule["transition_anchor"])}). The AAMA\'s 2020 notice also says "end of May" '
            'for a 29 February 2020 expiry and its FAQ says "three months"; near this date, confirm it with the AAMA.'
        )
    if from_end and credential.value("cycle")["kind"] == "month_end_plus_months":
        notes.append(
            f"Cycle start assumed to be {cycle.start}, the first day of the certification month."
        )
    if as_of > cycle.end and rule.get("recount_years"):
        notes.append(
            f"The cycle has ended: reactivation counts credit completed in the {rule['recount_years']} years "
            f"before applying (from {cycle.count_from})."
        )
    if as_of > cycle.end and rule["kind"] == "unknown":
        notes.append(
            f"The cycle ended on {cycle.end}; how {credential.issuer} reinstates a lapsed credential is not recorded here."
        )
    if status == "must_retest":
        notes.append(
            "Continuing education can no longer restore the credential: the exam must be passed again."
        )
    return notes


def compute_gap(
    credential_id: str,
    items: Iterable[TranscriptItem],
    *,
    certified: date | None = None,
    cycle_end: date | None = None,
    as_of: date | None = None,
) -> dict[str, Any]:
    """The gap JSON of DESIGN.md for ``items`` under ``credential_id``'s rules."""
    credential = load_credential(credential_id)
    as_of = as_of or datetime.now(UTC).date()
    cycle = derive_cycle(credential, certified=certified, cycle_end=cycle_end, as_of=as_of)
    items = sorted(items, key=lambda i: (i.completed_on, i.row))
    extra_cards = _cpr_limit(credential, [i for i in items if _in_window(cycle, i, as_of) is None])
    cap = credential.non_aama_cap
    approved, non_aama = empty_pool(), empty_pool()
    ignored: list[dict[str, Any]] = []
    capped_items: list[tuple[TranscriptItem, float, str]] = []
    for item in items:
        reason = _in_window(cycle, item, as_of)
        if reason is None and id(item) in extra_cards:
            reason = f"CPR card beyond the {credential.value('cpr_card')['max_cards']} that count"
        converted = _convert(credential, item) if reason is None else reason
        if isinstance(converted, str):
            ignored.append({"title": item.title, "reason": converted})
            continue
        units, bucket, is_approved = converted
        if is_approved or cap is None:
            approved[bucket] += units
        else:
            non_aama[bucket] += units
            capped_items.append((item, units, bucket))
    required = credential.required
    allocated = allocate(required, approved, non_aama, cap)
    for item, units, bucket in capped_items:
        take = min(units, allocated[bucket])
        allocated[bucket] -= take
        if units - take > _EPS:
            part = (
                ""
                if take <= _EPS
                else f" ({tidy(units - take)} of {tidy(units)} points not counted)"
            )
            ignored.append(
                {
                    "title": item.title,
                    "reason": f"over the non-AAMA cap of {tidy(cap)} points{part}",
                }
            )
    counted = counted_totals(required, approved, non_aama, cap)
    left = remaining(required, counted)
    status = status_of(cycle, as_of, left["total"])
    return {
        "credential": credential.id,
        "as_of": as_of.isoformat(),
        "cycle": {"start": cycle.start.isoformat(), "end": cycle.end.isoformat()},
        "status": status,
        "required": tidy_map(required),
        "counted": tidy_map(counted),
        "remaining": tidy_map(left),
        "ignored": ignored,
        "credential_name": credential.name,
        "unit": credential.unit,
        "ce_deadline": cycle.ce_deadline.isoformat() if cycle.ce_deadline else None,
        "notes": _notes(credential, cycle, as_of, status, from_end=certified is None),
        "unverified": credential.unverified(),
        "pool": {
            "approved": tidy_map(approved),
            "non_aama": tidy_map(non_aama),
            "non_aama_cap": None if cap is None else tidy(cap),
        },
    }


__all__ = ["compute_gap"]
