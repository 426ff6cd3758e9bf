"""My plan: credential and date, transcript (session only), gap bars, "Fill my gaps", hand edits, downloads."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from catalog.errors import CeuError
from catalog.queries import CourseQuery
from dashboard import data, keys, plan_state
from dashboard.safe import one_line, plain, safe_url
from dashboard.tables import price_text, table_height
from planning import CREDENTIALS, compute_gap, load_credential, make_plan, plan_bytes

OBJECTIVES = {"cost": "Cheapest", "hours": "Fewest hours"}
DOWNLOADS = (
    ("csv", "CSV", "text/csv"),
    ("xlsx", "Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("ics", "Calendar (.ics)", "text/calendar"),
    ("html", "Printable plan", "text/html"),
)
COLOURS = alt.Scale(domain=["have", "planned", "missing"], range=["#2e7d32", "#1e88e5", "#e57373"])


def _transcript_editor() -> pd.DataFrame:
    upload = st.file_uploader("Upload a transcript CSV", type=["csv"], key=keys.TRANSCRIPT_UPLOAD)
    if upload is not None and st.session_state.get(keys.TRANSCRIPT_LOADED) != (upload.name, upload.size):
        st.session_state[keys.TRANSCRIPT_LOADED] = (upload.name, upload.size)
        try:
            st.session_state[keys.TRANSCRIPT_ROWS] = plan_state.rows_from_csv(upload.getvalue(), upload.name)
            st.session_state[keys.TRANSCRIPT_VERSION] = st.session_state.get(keys.TRANSCRIPT_VERSION, 0) + 1
        except CeuError as exc:
            st.error(plain(exc.one_line()))
    base = plan_state.rows_frame(st.session_state.get(keys.TRANSCRIPT_ROWS) or [])
    return st.data_editor(
        base,
        key=f"{keys.TRANSCRIPT_EDITOR}_{st.session_state.get(keys.TRANSCRIPT_VERSION, 0)}",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config={
            "title": st.column_config.TextColumn("Title", required=True, width="medium"),
            "provider": st.column_config.TextColumn("Provider"),
            "completed_on": st.column_config.DateColumn("Completed on", format="YYYY-MM-DD", required=True),
            "credits": st.column_config.NumberColumn("Credits", min_value=0.0, step=0.25),
            "category": st.column_config.SelectboxColumn("Category", options=["administrative", "clinical", "general"]),
            "aama_approved": st.column_config.CheckboxColumn("AAMA-approved", default=False),
            "kind": st.column_config.SelectboxColumn("Kind", options=["course", "cpr_card", "college_credit"], default="course"),
            "minutes": st.column_config.NumberColumn("Minutes", min_value=0.0),
            "hours": st.column_config.NumberColumn("Hours", min_value=0.0),
        },
    )


def _gap_chart(bars: pd.DataFrame) -> alt.Chart:
    long = bars.melt(id_vars=["requirement", "required"], value_vars=["have", "planned", "missing"], var_name="part", value_name="points")
    return (
        alt.Chart(long)
        .mark_bar()
        .encode(
            y=alt.Y("requirement:N", sort=list(bars["requirement"]), title=None),
            x=alt.X("sum(points):Q", title="points"),
            color=alt.Color("part:N", scale=COLOURS, sort=["have", "planned", "missing"], title=None),
            order=alt.Order("part_order:Q"),
            tooltip=["requirement", "part", "points", "required"],
        )
        .transform_calculate(part_order="indexof(['have','planned','missing'], datum.part)")
        .properties(height=40 * len(bars) + 30)
    )


def _fill(db: str, ver: tuple, gap: dict, transcript_titles: list[str]) -> None:
    budget = st.session_state.get(keys.BUDGET)
    query = CourseQuery(
        free_only=bool(st.session_state.get(keys.PLAN_FREE_ONLY)),
        online_only=bool(st.session_state.get(keys.PLAN_ONLINE_ONLY)),
        aama_only=bool(st.session_state.get(keys.PLAN_AAMA_ONLY)),
        max_price=budget,
    )
    added = st.session_state.get(keys.PLAN_ADDED) or []
    hand = [c for c in plan_state.plan_courses(st.session_state) if c["url"] in added]
    courses = hand + data.candidates(db, ver, query)
    with st.spinner("Finding the best plan…"):
        result = make_plan(
            gap, courses, objective=st.session_state.get(keys.OBJECTIVE) or "cost", budget=budget,
            free_only=query.free_only, online_only=query.online_only, aama_only=query.aama_only,
            exclude_titles=transcript_titles, include_urls=added,
            exclude_urls=st.session_state.get(keys.PLAN_REMOVED) or [],
        )
    st.session_state[keys.PLAN_RESULT] = {
        **{k: v for k, v in result.items() if k != "courses"},
        "urls": sorted(c["url"] for c in result["courses"]),
    }
    st.session_state[keys.PLAN_COURSES] = [plan_state.plan_record(c) for c in result["courses"]]


def _label(course: dict | None) -> str:
    if not course:
        return ""
    return f"{one_line(course.get('title'), 80)} · {one_line(course.get('provider'), 40)} · {price_text(course)}"


def _plan_table(courses: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "title": c.get("title") or "", "provider": c.get("provider") or "",
                "category": c.get("category") or "", "points": c.get("points"),
                "aama": bool(c.get("aama_approved")), "price": price_text(c),
                "format": c.get("format") or "", "link": safe_url(c.get("url")),
            }
            for c in courses
        ],
        columns=["title", "provider", "category", "points", "aama", "price", "format", "link"],
    )


st.title("My plan")
db, ver = data.current()
left, right = st.columns(2)
credential_id = left.selectbox(
    "Credential", CREDENTIALS, key=keys.CREDENTIAL, format_func=lambda c: load_credential(c).name
)
certified = right.date_input(
    "Date of certification or most recent recertification", value=None, key=keys.CERTIFIED,
    format="YYYY-MM-DD",
)

st.header("What you have earned")
st.caption("Kept in this browser session only; never saved on the server. Download it to keep it.")
frame = _transcript_editor()
st.download_button(
    "Download transcript CSV", plan_state.transcript_csv(frame), file_name="transcript.csv",
    mime="text/csv", key=keys.TRANSCRIPT_DOWNLOAD, on_click="ignore",
)
try:
    items = plan_state.items_from_frame(frame)
except CeuError as exc:
    st.error(plain(exc.one_line()))
    st.stop()
if certified is None:
    st.info("Enter your certification date to see your gaps.")
    st.stop()
try:
    gap = compute_gap(credential_id, items, certified=certified)
except CeuError as exc:
    st.error(plain(exc.one_line()))
    st.stop()

st.header("Your gaps")
status = gap["status"].replace("_", " ")
cols = st.columns(3)
cols[0].metric("Status", status)
cols[1].metric("Cycle ends", gap["cycle"]["end"])
cols[2].metric("Last day to recertify by CE", gap.get("ce_deadline") or gap["cycle"]["end"])
courses = plan_state.plan_courses(st.session_state)
plan = plan_state.current_plan(gap, courses, st.session_state.get(keys.PLAN_RESULT))
bars = plan_state.gap_bars(gap, plan["remaining_after"])
st.altair_chart(_gap_chart(bars), width="stretch")
st.dataframe(
    bars, hide_index=True, key="plan_gap_table",
    column_config={"requirement": "Requirement", "required": "Required", "have": "Counted",
                   "planned": "In the plan", "missing": "Still missing"},
)
for note in gap.get("notes") or []:
    st.text(f"Note: {note}")
for item in gap.get("ignored") or []:
    st.text(f"Not counted: {item['title']}: {item['reason']}")
for rule in gap.get("unverified") or []:
    st.text(f"Unverified rule: {rule['text']} ({rule['source']}, {rule['date']})")

st.header("Fill my gaps")
opts = st.columns(5)
opts[0].number_input("Budget (USD)", min_value=0.0, value=None, step=10.0, key=keys.BUDGET, placeholder="no limit")
opts[1].checkbox("Free only", key=keys.PLAN_FREE_ONLY)
opts[2].checkbox("Online only", key=keys.PLAN_ONLINE_ONLY)
opts[3].checkbox("AAMA-approved only", key=keys.PLAN_AAMA_ONLY)
opts[4].radio("Objective", list(OBJECTIVES), format_func=OBJECTIVES.__getitem__, key=keys.OBJECTIVE)
if st.button("Fill my gaps", key=keys.FILL_GAPS, type="primary"):
    try:
        _fill(db, ver, gap, [i.title for i in items])
    except CeuError as exc:
        st.error(plain(exc.one_line()))
    st.rerun()

last = st.session_state.get(keys.PLAN_RESULT)
if last and not last.get("feasible") and not courses:
    st.warning(plain(f"No plan: {last.get('reason')}"))
if courses:
    st.text(f"{len(courses)} courses · {plan['total_credits']} {gap.get('unit') or 'points'} · ${plan['total_cost_usd']:,.2f}")
    if plan["reason"]:
        st.warning(plain(plan["reason"]))
    elif plan.get("processing") and sorted(c["url"] for c in courses) == (last or {}).get("urls"):
        st.text(plan["processing"])  # the optimiser's note holds only for the plan it made
    st.dataframe(
        _plan_table(courses), hide_index=True, width="stretch", key="plan_courses_table",
        height=table_height(min(len(courses), 30)),
        column_config={
            "title": st.column_config.TextColumn("Course", width="large"),
            "provider": "Provider", "category": "Category", "points": "Points", "price": "Price",
            "format": "Format", "aama": st.column_config.CheckboxColumn("AAMA"),
            "link": st.column_config.LinkColumn("Course page", display_text="Visit ↗"),
        },
    )

with st.expander("Add or remove courses by hand", expanded=not courses):
    st.text_input("Find a course to add", key=keys.ADD_SEARCH, placeholder="e.g. phlebotomy")
    found = data.search(db, ver, CourseQuery(search=st.session_state.get(keys.ADD_SEARCH) or None), 1)["courses"]
    by_id = {int(c["id"]): c for c in found}
    add_cols = st.columns([4, 1], vertical_alignment="bottom")
    pick = add_cols[0].selectbox(
        "Course to add", list(by_id), key=keys.ADD_CHOICE,
        format_func=lambda i: _label(by_id.get(i)),
    )
    if add_cols[1].button("Add to plan", key=keys.ADD_BUTTON) and pick is not None:
        plan_state.add_course(st.session_state, by_id[pick])
        st.rerun()
    if courses:
        urls = {c["url"]: c for c in courses}
        rm_cols = st.columns([4, 1], vertical_alignment="bottom")
        gone = rm_cols[0].selectbox(
            "Course to remove", list(urls), key=keys.REMOVE_CHOICE,
            format_func=lambda u: _label(urls.get(u)),
        )
        if rm_cols[1].button("Remove", key=keys.REMOVE_BUTTON) and gone is not None:
            plan_state.remove_course(st.session_state, gone)
            st.rerun()

if courses:
    st.header("Download your plan")
    for column, (fmt, label, mime) in zip(st.columns(len(DOWNLOADS)), DOWNLOADS, strict=True):
        column.download_button(
            label, plan_bytes(plan, gap, fmt), file_name=f"ceu-plan.{fmt}", mime=mime,
            key=keys.DOWNLOAD_PREFIX + fmt, on_click="ignore",
        )
