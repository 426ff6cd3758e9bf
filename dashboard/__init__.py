"""The Streamlit dashboard: find ranked courses, read their scorecards, plan recertification."""
