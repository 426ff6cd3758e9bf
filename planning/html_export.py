"""A printable HTML page of a plan with its gap summary; every value is escaped (untrusted text)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from planning.summary import gap_rows, summary_lines

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #111; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #999; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eee; }
.note { font-size: 0.9em; color: #333; }
@media print { a { color: #111; text-decoration: none; } body { margin: 0.5in; } }
"""


def _e(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return escape(str(value), quote=True)


def _link(course: Mapping[str, Any]) -> str:
    title, url = _e(course.get("title")), str(course.get("url") or "")
    if url.startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{title}</a>'
    return title


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def plan_html(plan: Mapping[str, Any], gap: Mapping[str, Any]) -> str:
    """The whole page as a string."""
    name = _e(gap.get("credential_name") or gap.get("credential"))
    summary = _table(
        ["", ""], [[_e(label), _e(value)] for label, value in summary_lines(plan, gap)]
    )
    gaps = _table(
        ["requirement", "required", "counted", "remaining now", "remaining after the plan"],
        [
            [
                _e(r["requirement"]),
                _e(r["required"]),
                _e(r["counted"]),
                _e(r["remaining"]),
                _e(r["remaining_after_plan"]),
            ]
            for r in gap_rows(plan, gap)
        ],
    )
    courses = _table(
        [
            "course",
            "provider",
            "category",
            "points",
            "AAMA-approved",
            "price (USD)",
            "format",
            "live dates",
            "quality",
        ],
        [
            [
                _link(c),
                _e(c.get("provider")),
                _e(c.get("category")),
                _e(c.get("points")),
                _e(bool(c.get("aama_approved"))),
                "free" if c.get("is_free") else _e(c.get("price_usd")),
                _e(c.get("format")),
                _e("; ".join(c.get("live_dates") or [])),
                _e(c.get("quality_score")),
            ]
            for c in plan.get("courses") or []
        ],
    )
    if not plan.get("feasible"):
        verdict = f"<p><strong>No plan:</strong> {_e(plan.get('reason'))}</p>"
    elif not plan.get("courses"):
        verdict = "<p>Nothing more is needed: no courses to plan.</p>"
    else:
        verdict = f"<p>{_e(len(plan['courses']))} courses, ${_e(plan.get('total_cost_usd'))} in total.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{name} recertification plan</title><style>{_STYLE}</style></head><body>"
        f"<h1>{name} recertification plan</h1>{verdict}<h2>Summary</h2>{summary}"
        f"<h2>Requirements</h2>{gaps}<h2>Courses</h2>{courses}"
        '<p class="note">Course details were collected from provider websites; check each course page before you enrol.</p>'
        "</body></html>\n"
    )
