"""Find courses (home page) in AppTest: counts, filters, search ranking, sort, paging, opening a course."""

from __future__ import annotations

import re

import pytest
from dash_seed import APP, XSS_TITLE
from streamlit.testing.v1 import AppTest

from catalog.db import make_engine, session_scope
from catalog.queries import CourseQuery, count_courses
from catalog.store import finish_crawl_run, start_crawl_run, upsert_courses
from catalog.synthetic import generate_records
from dashboard import data, keys

# Markdown that would render scraped text as a tag or a link: "<" or "[" not escaped.
UNESCAPED = re.compile(r"(?<!\\)[<\[]")


def _home() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def _results(at: AppTest):
    frames = [d.value for d in at.dataframe if "quality" in d.value.columns]
    assert frames, "no results table"
    return frames[0]


def _count(db, **filters) -> int:
    with session_scope(make_engine(str(db))) as session:
        return count_courses(session, CourseQuery(**filters))


def _line(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "courses" in m.value)


def test_home_browses_without_a_search(dashboard_db):
    at = _home()
    assert at.title[0].value == "Find CEU courses"
    assert at.text_input(key=keys.SEARCH).label == "Search"
    active, everything = _count(dashboard_db), _count(dashboard_db, hide_stale=False)
    assert _line(at) == f"**{active} of {everything} courses**"
    table = _results(at)
    assert len(table) == data.PAGE_SIZE  # one page, never the whole catalogue
    assert list(table["quality"]) == sorted(table["quality"], reverse=True)


def test_free_aama_clinical_in_three_clicks(dashboard_db):
    at = _home()
    at.checkbox(key=keys.FREE_ONLY).check().run()
    at.checkbox(key=keys.AAMA_ONLY).check().run()
    at.radio(key=keys.CATEGORY).set_value("Clinical").run()
    assert not at.exception
    expected = _count(dashboard_db, free_only=True, aama_only=True, category="clinical")
    assert expected > 0
    assert _line(at).startswith(f"**{expected} of ")
    table = _results(at)
    for tags in table["tags"]:
        assert {"AAMA", "Free", "Clinical"} <= set(tags)
    assert set(table["price"]) == {"Free"}


def test_search_ranks_title_matches_first(dashboard_db):
    at = _home()
    at.text_input(key=keys.SEARCH).input("phlebotomy").run()
    table = _results(at)
    assert len(table) > 0
    assert "phlebotomy" in table["title"].iloc[0].lower()
    assert _line(at).startswith(f"**{_count(dashboard_db, search='phlebotomy')} of ")


@pytest.mark.parametrize("sort", ["price_per_credit", "credits", "newest"])
def test_sorts(dashboard_db, sort):
    at = _home()
    at.selectbox(key=keys.SORT).set_value(sort).run()
    assert not at.exception
    table = _results(at)
    if sort == "credits":
        points = [p for p in table["points"] if p == p]
        assert points == sorted(points, reverse=True)


def test_filters_narrow_and_paging_moves(dashboard_db):
    at = _home()
    first = list(_results(at)["title"])
    at.number_input(key=keys.PAGE).set_value(2).run()
    second = list(_results(at)["title"])
    assert second and second != first
    at.number_input(key=keys.MAX_PRICE).set_value(20.0).run()
    assert at.number_input(key=keys.PAGE).value == 1  # a new filter starts at page 1
    assert _line(at).startswith(f"**{_count(dashboard_db, max_price=20.0)} of ")
    at.number_input(key=keys.MIN_CREDITS).set_value(2.0).run()
    assert all(p >= 2.0 for p in _results(at)["points"])
    at.number_input(key=keys.MAX_PRICE).set_value(None)
    at.number_input(key=keys.MIN_CREDITS).set_value(None).run()
    provider = at.selectbox(key=keys.PROVIDER).options[1]
    at.selectbox(key=keys.PROVIDER).set_value(provider).run()
    assert set(_results(at)["provider"]) == {provider}
    fmt = at.selectbox(key=keys.FORMAT).options[1]
    at.selectbox(key=keys.FORMAT).set_value(fmt).run()
    assert set(_results(at)["format"]) <= {fmt}


def test_hide_stale_toggle_shows_stale_course(dashboard_db):
    at = _home()
    at.text_input(key=keys.SEARCH).input("Old Course").run()
    assert not [d for d in at.dataframe if "quality" in d.value.columns]
    assert "No course matches" in at.info[0].value
    at.checkbox(key=keys.HIDE_STALE).uncheck().run()
    table = _results(at)
    row = table[table["title"] == "Old Course"]
    assert len(row) == 1 and "Stale" in row["tags"].iloc[0]


def test_open_a_course_from_the_results(dashboard_db):
    at = _home()
    choice = at.selectbox(key=keys.OPEN_CHOICE)
    course_id = choice.options and choice.value
    at.button(key=keys.OPEN_BUTTON).click().run()
    assert not at.exception
    assert at.title[0].value == "Course scorecard"
    assert at.session_state[keys.SELECTED_COURSE] == course_id


def test_hostile_title_is_shown_as_text(dashboard_db):
    at = _home()
    at.text_input(key=keys.SEARCH).input("onerror").run()
    table = _results(at)
    assert list(table["title"]) == [XSS_TITLE]  # shown verbatim, as text, in the grid
    assert table["link"].iloc[0] == "https://evil.example/courses/xss"
    for element in [*at.markdown, *at.caption, *at.subheader, *at.title]:
        assert not UNESCAPED.search(element.value), element.value


def test_a_finished_crawl_shows_up_without_a_restart(dashboard_db):
    at = _home()
    before = _count(dashboard_db)
    engine = make_engine(str(dashboard_db))
    with session_scope(engine) as session:
        run = start_crawl_run(session, site="https://new.example", provider="New Provider")
        extra = [dict(r, url=f"https://new.example/c/{i}", site="https://new.example") for i, r in enumerate(generate_records(3, seed=42))]
        counts = upsert_courses(session, extra)
        finish_crawl_run(session, run, outcome="success", complete=True, pages=3, counts=counts)
    data.version.clear()  # what the version's few-second TTL expiring does: it is read again
    at.run()
    assert _line(at).startswith(f"**{before + 3} of ")
