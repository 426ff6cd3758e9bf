"""Course: why a course scored as it did (the six criteria with quoted evidence), its tags, prices, similar courses."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from catalog.models import CRITERIA
from dashboard import data, keys, plan_state
from dashboard.safe import plain, safe_url
from dashboard.tables import COLUMN_CONFIG, price_text, results_frame

CRITERION_LABELS = {
    "rationale": "Rationale (why the course exists, who it is for)",
    "learning_outcomes": "Learning outcomes",
    "instructor_credentials": "Instructor credentials",
    "instructional_methods": "Instructional methods",
    "fees": "Fees stated",
    "refund_policy": "Refund / cancellation policy",
}
UNIT_LABELS = {"aama_ceu": "AAMA CEUs", "contact_hour": "contact hours", "iacet_ceu": "IACET CEUs"}


def _selected_id() -> int | None:
    raw = st.query_params.get("id") or st.session_state.get(keys.SELECTED_COURSE)
    try:
        return int(raw) if raw is not None else None
    except (TypeError, ValueError):
        return None


def _scorecard(detail: dict) -> pd.DataFrame:
    by_name = {row["criterion"]: row for row in detail["checklist"]}
    rows = []
    for name in CRITERIA:
        row = by_name.get(name, {})
        rows.append(
            {
                "criterion": CRITERION_LABELS[name],
                "met": bool(row.get("met")),
                "contribution": float(row.get("contribution") or 0.0),
                "evidence": row.get("evidence") or "",
                "source": safe_url(row.get("source_url")),
            }
        )
    return pd.DataFrame(rows)


def _evidence(details: dict | None, name: str) -> str:
    value = ((details or {}).get(name) or {}).get("evidence")
    return str(value) if value else ""


def _tags(course: dict) -> pd.DataFrame:
    details = course.get("details") or {}
    unit = UNIT_LABELS.get(course.get("credit_unit") or "", course.get("credit_unit") or "unit not stated")
    credits = "not stated" if course.get("credits") is None else f"{course['credits']:g} {unit}"
    if course.get("points") is not None:
        credits += f" = {course['points']:g} recertification points"
    category = course.get("category") or "not stated"
    split = course.get("credits_by_category")
    if split:
        category += " (" + ", ".join(f"{k} {v:g}" for k, v in split.items() if v) + ")"
    fair = {True: "yes", False: "no", None: "unknown"}[course.get("fee_reasonable")]
    member = course.get("member_price_usd")
    rows = [
        ("AAMA-approved", "yes" if course.get("aama_approved") else "no",
         course.get("aama_evidence") or _evidence(details, "aama")),
        ("Price", price_text(course) + (f" (members ${member:,.2f})" if member else ""),
         _evidence(details, "price")),
        ("Fee reasonable", fair, "Price per point against courses of the same category and unit"),
        ("Credits", credits, _evidence(details, "credits")),
        ("Category", category, _evidence(details, "category")),
        ("Format", course.get("format") or "not stated", _evidence(details, "format")),
        ("Status", course.get("status") or "", f"since {course['stale_since']}" if course.get("stale_since") else ""),
    ]
    return pd.DataFrame(rows, columns=["tag", "value", "evidence"])


st.title("Course scorecard")
db, ver = data.current()
course_id = _selected_id()
detail = data.course(db, ver, course_id) if course_id is not None else None
if detail is None:
    st.info("Pick a course on Find courses to see its scorecard.")
    st.page_link("views/find.py", label="Find courses", icon=":material/search:")
    st.stop()

course = detail["course"]
st.subheader(plain(course["title"]))
st.text(f"{course.get('provider') or 'Unknown provider'} · {course.get('format') or 'format not stated'} · {price_text(course)}")
top = st.columns(4)
top[0].metric("Quality", f"{float(course.get('quality_score') or 0):.0f} / 100")
top[1].metric("Points", "?" if course.get("points") is None else f"{course['points']:g}")
top[2].metric("Checklist met", f"{sum(1 for r in detail['checklist'] if r.get('met'))} of {len(CRITERIA)}")
link = safe_url(course.get("url"))
if link:
    top[3].link_button("Course page ↗", link)
if top[3].button("Add to my plan", key=keys.COURSE_ADD_TO_PLAN):
    plan_state.add_course(st.session_state, {**detail["record"], "live_dates": course.get("live_dates")})
    st.toast("Added to My plan")

st.header("Checklist")
st.dataframe(
    _scorecard(detail),
    hide_index=True,
    width="stretch",
    column_config={
        "criterion": st.column_config.TextColumn("Criterion", width="medium"),
        "met": st.column_config.CheckboxColumn("Met"),
        "contribution": st.column_config.ProgressColumn(
            "Adds to score", min_value=0, max_value=25, format="%.1f"
        ),
        "evidence": st.column_config.TextColumn("Quoted evidence", width="large"),
        "source": st.column_config.LinkColumn("Source", display_text="Open source ↗"),
    },
)
with st.expander("Evidence in full"):
    for row in _scorecard(detail).itertuples():
        st.markdown(f"**{row.criterion}**: {'met' if row.met else 'not met'}, +{row.contribution:g}")
        st.text(row.evidence or "No words on the page (or its linked policy pages) state this.")

st.header("Tags")
st.dataframe(
    _tags(course), hide_index=True, width="stretch",
    column_config={"tag": "Tag", "value": "Value", "evidence": st.column_config.TextColumn("Evidence", width="large")},
)
if course.get("description"):
    with st.expander("Description (as published)"):
        st.text(course["description"])

st.header("Price history")
prices = pd.DataFrame(detail["prices"], columns=["seen_at", "price_usd", "note"])
if len(prices) > 1:
    st.line_chart(prices, x="seen_at", y="price_usd")
st.dataframe(prices, hide_index=True, column_config={"price_usd": st.column_config.NumberColumn("Price", format="$%.2f")})

st.header("Similar courses")
if detail["similar"]:
    similar = results_frame(detail["similar"])
    event = st.dataframe(
        similar, column_config=COLUMN_CONFIG, hide_index=True, on_select="rerun",
        selection_mode="single-row", key=f"course_similar_{course_id}",
    )
    if event is not None and event.selection.rows:
        chosen = int(similar.index[event.selection.rows[0]])
        st.session_state[keys.SELECTED_COURSE] = chosen
        st.query_params["id"] = str(chosen)
        st.rerun()
else:
    st.text("No similar active courses in the catalogue.")
