"""Catalogue health: providers and their courses, crawl runs and errors, stale courses, score distributions."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.safe import plain
from dashboard.tables import price_text

st.title("Catalogue health")
db, ver = data.current()
health = data.health(db, ver)
runs = pd.DataFrame(
    health["runs"],
    columns=["id", "site", "provider", "started_at", "finished_at", "outcome", "complete", "pages",
             "courses_new", "courses_updated", "courses_unchanged", "courses_stale", "errors", "error_log"],
)
providers = pd.DataFrame(
    health["providers"], columns=["provider", "site", "courses", "active", "stale", "mean_quality", "last_seen"]
)

latest: dict[str, dict] = {}
for run in health["runs"]:  # newest first: keep the latest crawl of each site (and named provider)
    for name in (run.get("site"), run.get("provider")):
        if name:
            latest.setdefault(name, run)


def _last_run(row: pd.Series) -> dict:
    return latest.get(row["site"]) or latest.get(row["provider"]) or {}


runs_of = providers.apply(_last_run, axis=1) if len(providers) else pd.Series(dtype=object)
for column, field in (("last_crawl", "started_at"), ("outcome", "outcome"), ("errors", "errors")):
    providers[column] = [run.get(field) for run in runs_of] if len(providers) else []

top = st.columns(4)
top[0].metric("Courses", f"{health['total']:,}")
top[1].metric("Providers", f"{len(providers):,}")
top[2].metric("Stale courses", f"{int(providers['stale'].sum()) if len(providers) else 0:,}")
if len(runs):
    latest = runs.iloc[0]
    top[3].metric("Last crawl", str(latest["outcome"]), help=plain(f"{latest['site']} started {latest['started_at']}"))
else:
    top[3].metric("Last crawl", "none yet")

st.header("Providers")
st.dataframe(
    providers, hide_index=True, width="stretch",
    column_order=["provider", "courses", "stale", "outcome", "last_crawl", "errors", "mean_quality", "site", "last_seen"],
    column_config={
        "provider": "Provider", "site": "Site", "courses": "Courses", "active": "Active", "stale": "Stale",
        "mean_quality": st.column_config.ProgressColumn("Mean quality", min_value=0, max_value=100, format="%.0f"),
        "last_seen": "Course last seen", "last_crawl": "Last crawl", "outcome": "Outcome", "errors": "Errors",
    },
)
if len(providers):
    st.bar_chart(providers.set_index("provider")[["active", "stale"]], horizontal=True, stack=True)

st.header("Crawl runs")
if len(runs):
    shown = runs[["site", "outcome", "complete", "started_at", "finished_at", "pages", "courses_new",
                  "courses_updated", "courses_unchanged", "courses_stale", "errors", "provider", "id"]]
    st.dataframe(shown, hide_index=True, width="stretch")
    errors = [
        {"run": int(r.id), "site": r.site, "error": str(e)}
        for r in runs.itertuples() if r.error_log for e in r.error_log
    ]
    st.subheader(f"Errors ({len(errors)})")
    if errors:
        st.dataframe(pd.DataFrame(errors), hide_index=True, width="stretch")
    else:
        st.text("No errors in the recorded crawls.")
else:
    st.info("No crawl has been recorded yet: run `ceu crawl` or `ceu demo`.")

st.header("Stale courses")
if health["stale"]:
    st.dataframe(
        pd.DataFrame(
            [{"title": c["title"], "provider": c["provider"], "price": price_text(c), "stale_since": c["stale_since"], "url": c["url"]}
             for c in health["stale"]]
        ),
        hide_index=True, width="stretch",
    )
else:
    st.text("No stale courses: every course was seen on its site's last complete crawl.")

st.header("Distributions")
left, right = st.columns(2)
with left:
    st.subheader("Quality score")
    counts = {int(b["from"]): b["courses"] for b in health["quality"]}
    quality = pd.DataFrame([{"from": lo, "to": lo + 10, "courses": counts.get(lo, 0)} for lo in range(0, 100, 10)])
    quality["band"] = quality["from"].astype(int).astype(str) + "–" + quality["to"].astype(int).astype(str)
    st.altair_chart(
        alt.Chart(quality).mark_bar().encode(x=alt.X("band:N", sort=None, title="quality"), y="courses:Q"),
        width="stretch",
    )
with right:
    st.subheader("Price per credit (USD)")
    per = pd.DataFrame(health["price_per_credit"], columns=["from", "to", "courses"])
    per["band"] = per["from"].map(lambda v: f"${v:g}+" if v >= 100 else f"${v:g}")
    st.altair_chart(
        alt.Chart(per).mark_bar().encode(x=alt.X("band:N", sort=None, title="price per point, from"), y="courses:Q"),
        width="stretch",
    )
