"""The dashboard's table of contents: its four pages, nothing else (start it with `ceu dashboard`)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

# Not "pages/": Streamlit would route a folder of that name itself, bypassing this navigation.
_VIEWS = Path(__file__).with_name("views")

st.set_page_config(page_title="CEU courses for medical assistants", layout="wide")
st.navigation(
    [
        st.Page(_VIEWS / "find.py", title="Find courses", icon=":material/search:", default=True),
        st.Page(_VIEWS / "course.py", title="Course", icon=":material/fact_check:", url_path="course"),
        st.Page(_VIEWS / "plan.py", title="My plan", icon=":material/event_note:", url_path="plan"),
        st.Page(_VIEWS / "health.py", title="Catalogue health", icon=":material/monitor_heart:", url_path="health"),
    ]
).run()
