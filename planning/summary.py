"""Plain summaries of a gap and a plan (rows and label/value lines) shared by the exports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

GAP_COLUMNS = ["requirement", "required", "counted", "remaining", "remaining_after_plan"]


def gap_rows(plan: Mapping[str, Any], gap: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per requirement: required, counted, remaining now and after the plan."""
    after = plan.get("remaining_after") or {}
    return [
        {
            "requirement": name,
            "required": gap.get("required", {}).get(name),
            "counted": gap.get("counted", {}).get(name),
            "remaining": gap.get("remaining", {}).get(name),
            "remaining_after_plan": after.get(name),
        }
        for name in gap.get("required", {})
    ]


def summary_lines(plan: Mapping[str, Any], gap: Mapping[str, Any]) -> list[tuple[str, Any]]:
    """Label/value pairs describing the gap and plan (shared by XLSX and HTML)."""
    lines: list[tuple[str, Any]] = [
        ("credential", gap.get("credential_name") or gap.get("credential")),
        ("as of", gap.get("as_of")),
        ("cycle", f"{gap.get('cycle', {}).get('start')} to {gap.get('cycle', {}).get('end')}"),
        ("status", gap.get("status")),
    ]
    if gap.get("ce_deadline"):
        lines.append(("last day to recertify by CE", gap["ce_deadline"]))
    lines += [
        ("plan feasible", "yes" if plan.get("feasible") else "no"),
        ("objective", plan.get("objective")),
        ("total cost (USD)", plan.get("total_cost_usd")),
        (f"total {gap.get('unit') or 'credits'}", plan.get("total_credits")),
    ]
    if plan.get("reason"):
        lines.append(("why no plan", plan["reason"]))
    if plan.get("processing"):
        lines.append(("processing", plan["processing"]))
    lines += [("note", note) for note in gap.get("notes") or []]
    lines += [
        (f"unverified rule ({u['rule']})", f"{u['text']} [{u['source']}, {u['date']}]")
        for u in gap.get("unverified") or []
    ]
    lines += [(f"ignored: {item['title']}", item["reason"]) for item in gap.get("ignored") or []]
    return lines
