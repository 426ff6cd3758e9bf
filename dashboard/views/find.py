"""Find courses (home): search, sidebar filters, sort, and one ranked page of results at a time."""

from __future__ import annotations

import math

import streamlit as st

from catalog.queries import CourseQuery
from dashboard import data, keys
from dashboard.safe import one_line
from dashboard.tables import COLUMN_CONFIG, ROW_HEIGHT, results_frame, table_height

ANY = "Any"
CATEGORY_CHOICES = [ANY, "Administrative", "Clinical", "General", "Mixed"]
SORT_LABELS = {
    "quality": "Quality (best first)",
    "price_per_credit": "Price per credit (lowest first)",
    "credits": "Credits (most first)",
    "newest": "Newest first",
}
COURSE_PAGE = "views/course.py"


def _filters(db: str, ver: tuple) -> CourseQuery:
    sidebar = st.sidebar
    sidebar.header("Filters")
    free = sidebar.checkbox("Free only", key=keys.FREE_ONLY)
    aama = sidebar.checkbox("AAMA-approved only", key=keys.AAMA_ONLY)
    category = sidebar.radio("Category", CATEGORY_CHOICES, key=keys.CATEGORY, horizontal=True)
    fmt = sidebar.selectbox("Format", [ANY, *data.choices(db, ver, "format")], key=keys.FORMAT)
    max_price = sidebar.number_input(
        "Maximum price (USD)", min_value=0.0, value=None, step=5.0, key=keys.MAX_PRICE,
        placeholder="no limit",
    )
    min_credits = sidebar.number_input(
        "Minimum credits", min_value=0.0, value=None, step=0.5, key=keys.MIN_CREDITS,
        placeholder="any", help="Recertification points (IACET CEUs count x 10)",
    )
    provider = sidebar.selectbox(
        "Provider", [ANY, *data.choices(db, ver, "provider")], key=keys.PROVIDER
    )
    hide_stale = sidebar.checkbox(
        "Hide stale courses", value=True, key=keys.HIDE_STALE,
        help="Courses no longer listed on their provider's site",
    )
    sort = sidebar.selectbox(
        "Sort by", list(SORT_LABELS), format_func=SORT_LABELS.__getitem__, key=keys.SORT
    )
    return CourseQuery(
        search=(st.session_state.get(keys.SEARCH) or "").strip() or None,
        free_only=free,
        aama_only=aama,
        category=None if category == ANY else category.lower(),
        format=None if fmt == ANY else fmt,
        max_price=max_price,
        min_credits=min_credits,
        provider=None if provider == ANY else provider,
        hide_stale=hide_stale,
        sort=sort,
    )


def _open(course_id: int) -> None:
    st.session_state[keys.SELECTED_COURSE] = int(course_id)
    # A fresh table key next time, so coming back does not re-open the same row.
    st.session_state[keys.TABLE_VERSION] = st.session_state.get(keys.TABLE_VERSION, 0) + 1
    st.switch_page(COURSE_PAGE, query_params={"id": str(course_id)})


st.title("Find CEU courses")
db, ver = data.current()
st.text_input(
    "Search", key=keys.SEARCH, placeholder="topic, title or provider, e.g. phlebotomy",
)
query = _filters(db, ver)

# A new search or filter starts again at page 1.
if st.session_state.get(keys.LAST_QUERY) != query:
    st.session_state[keys.LAST_QUERY] = query
    st.session_state[keys.PAGE] = 1
page_no = int(st.session_state.get(keys.PAGE) or 1)
result = data.search(db, ver, query, page_no)
pages = max(1, math.ceil(result["total"] / data.PAGE_SIZE))
if page_no > pages:
    page_no = st.session_state[keys.PAGE] = pages
    result = data.search(db, ver, query, page_no)

st.markdown(f"**{result['total']:,} of {result['catalogue']:,} courses**")
if not result["courses"]:
    st.info("No course matches. Clear a filter or try another search word.")
    st.stop()

frame = results_frame(result["courses"])
event = st.dataframe(
    frame, column_config=COLUMN_CONFIG, hide_index=True,
    key=f"{keys.RESULTS_TABLE}_{st.session_state.get(keys.TABLE_VERSION, 0)}",
    on_select="rerun", selection_mode="single-row", width="stretch",
    height=table_height(len(frame)), row_height=ROW_HEIGHT,
)
rows = event.selection.rows if event is not None else []
if rows:
    _open(frame.index[rows[0]])

left, middle, right = st.columns([1, 3, 1], vertical_alignment="bottom")
left.number_input(f"Page (of {pages:,})", min_value=1, max_value=pages, step=1, key=keys.PAGE)
titles = {int(c["id"]): one_line(c["title"], 90) for c in result["courses"]}
choice = middle.selectbox(
    "Open a course (or click a row)", list(titles), format_func=lambda i: titles.get(i, ""),
    key=keys.OPEN_CHOICE,
)
if right.button("Open scorecard", key=keys.OPEN_BUTTON, type="primary") and choice is not None:
    _open(choice)
st.caption(
    "Quality is the share of the six checklist questions the course page answers, weighted. "
    "Select a row to see why a course scored as it did."
)
