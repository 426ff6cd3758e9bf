"""The dashboard's table of contents: its four pages, nothing else (start it with `ceu dashboard`)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

_PAGES = Path(__file__).with_name("pages")

st.set_page_config(page_title="CEU courses for medical assistants", layout="wide")
st.navigation(
    [
        st.Page(_PAGES / "find.py", title="Find courses", icon=":material/search:", default=True),
        st.Page(_PAGES / "course.py", title="Course", icon=":material/fact_check:", url_path="course"),
        st.Page(_PAGES / "plan.py", title="My plan", icon=":material/event_note:", url_path="plan"),
        st.Page(_PAGES / "health.py", title="Catalogue health", icon=":material/monitor_heart:", url_path="health"),
    ]
).run()
