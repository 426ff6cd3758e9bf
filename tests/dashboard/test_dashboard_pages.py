"""Course, My plan and Catalogue health pages in AppTest against the seeded catalogue."""

from __future__ import annotations

import datetime as dt
import re

from dash_seed import APP, STALE_URL, XSS_TITLE, XSS_URL
from streamlit.testing.v1 import AppTest

from catalog.db import make_engine, session_scope
from catalog.models import CRITERIA
from catalog.queries import course_by_url, find_courses
from dashboard import keys
from dashboard.safe import plain

TRANSCRIPT = [
    {"title": "CPR Review", "provider": "AHA", "completed_on": "2025-05-01", "credits": 2,
     "category": "clinical", "aama_approved": True},
    {"title": "Coding Update", "provider": "X", "completed_on": "2025-06-01", "credits": 5,
     "category": "administrative", "aama_approved": False},
]


# Markdown that would render scraped text as a tag or a link: "<" or "[" not escaped.
UNESCAPED = re.compile(r"(?<!\\)[<\[]")


def _course_id(db, url: str) -> int:
    with session_scope(make_engine(str(db))) as session:
        return course_by_url(session, url).id


def _page(page: str, **state) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page(page)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception
    return at


def _unescaped(markdown: str) -> str:
    """Markdown escapes removed: the text a person reads."""
    return re.sub(r"\\(.)", r"\1", markdown)


def _frame(at: AppTest, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_course_page_without_a_choice_points_to_find(dashboard_db):
    at = _page("views/course.py")
    assert "Pick a course" in at.info[0].value


def test_scorecard_quotes_evidence_and_never_renders_scraped_markup(dashboard_db):
    at = _page("views/course.py", **{keys.SELECTED_COURSE: _course_id(dashboard_db, XSS_URL)})
    assert at.subheader[0].value == plain(XSS_TITLE)
    card = _frame(at, "criterion")
    assert len(card) == len(CRITERIA)
    assert card["met"].all() and card["contribution"].sum() == 90.0
    assert set(card["evidence"]) == {"[click](javascript:alert(3)) <i>x</i>"}
    assert card["source"].isna().all()  # javascript: links are dropped, never linked
    texts = [t.value for t in at.text]
    assert "**bold** <script>alert(2)</script>" in texts  # the description, as plain text
    for element in [*at.markdown, *at.caption, *at.subheader, *at.title, *at.header]:
        assert not UNESCAPED.search(element.value), element.value
    tags = _frame(at, "tag")
    assert tags.set_index("tag").loc["AAMA-approved", "evidence"] == "<b>Approved</b> for 1 AAMA CEU"


def test_course_page_price_history_similar_and_add_to_plan(dashboard_db):
    with session_scope(make_engine(str(dashboard_db))) as session:
        changed = find_courses(session, limit=100)
        course = next(c for c in changed if c.price_usd == 9.0)
    at = _page("views/course.py", **{keys.SELECTED_COURSE: course.id})
    history = _frame(at, "price_usd")
    assert len(history) == 2 and history["price_usd"].iloc[-1] == 9.0
    similar = _frame(at, "quality")
    assert 0 < len(similar) <= 5 and course.title not in []
    at.button(key=keys.COURSE_ADD_TO_PLAN).click().run()
    assert [c["url"] for c in at.session_state[keys.PLAN_COURSES]] == [course.url]


def test_plan_page_asks_for_a_date_first(dashboard_db):
    at = _page("views/plan.py")
    assert at.selectbox(key=keys.CREDENTIAL).value == "cma-aama"
    assert "certification date" in at.info[0].value


def _plan(db) -> AppTest:
    at = _page("views/plan.py", **{keys.TRANSCRIPT_ROWS: TRANSCRIPT})
    at.date_input(key=keys.CERTIFIED).set_value(dt.date(2023, 3, 15)).run()
    assert not at.exception
    return at


def test_gaps_then_fill_my_gaps_closes_them(dashboard_db):
    at = _plan(dashboard_db)
    bars = _frame(at, "requirement").set_index("requirement")
    assert bars.loc["clinical", "have"] == 2.0 and bars.loc["clinical", "missing"] == 8.0
    assert bars.loc["administrative", "have"] == 5.0
    assert bars.loc["AAMA approved", "missing"] == 28.0
    assert [m.value for m in at.metric][:2] == ["in progress", "2028-03-31"]
    at.button(key=keys.FILL_GAPS).click().run()
    assert not at.exception
    bars = _frame(at, "requirement").set_index("requirement")
    assert (bars["missing"] == 0).all() and bars.loc["total", "planned"] == 53.0
    planned = at.session_state[keys.PLAN_COURSES]
    assert planned and all(c["title"] not in ("CPR Review", "Coding Update") for c in planned)
    labels = [d.label for d in at.get("download_button")]
    assert labels == ["Download transcript CSV", "CSV", "Excel", "Calendar (.ics)", "Printable plan"]


def test_fill_with_free_only_and_budget(dashboard_db):
    at = _plan(dashboard_db)
    at.checkbox(key=keys.PLAN_FREE_ONLY).check()
    at.radio(key=keys.OBJECTIVE).set_value("hours")
    at.button(key=keys.FILL_GAPS).click().run()
    planned = at.session_state[keys.PLAN_COURSES]
    result = at.session_state[keys.PLAN_RESULT]
    assert result["objective"] == "hours"
    if result["feasible"]:
        assert planned and all(c["is_free"] for c in planned)
    else:  # not enough free credit in the small catalogue: the reason is shown
        assert not planned and any(_unescaped(w.value).startswith("No plan: ") for w in at.warning)
    at.checkbox(key=keys.PLAN_FREE_ONLY).uncheck()
    at.number_input(key=keys.BUDGET).set_value(0.0)
    at.checkbox(key=keys.PLAN_ONLINE_ONLY).check()
    at.checkbox(key=keys.PLAN_AAMA_ONLY).check()
    at.button(key=keys.FILL_GAPS).click().run()
    assert not at.exception
    result = at.session_state[keys.PLAN_RESULT]
    assert 0 < result["considered"] < 40  # only free, online, AAMA-approved courses were offered
    for course in at.session_state[keys.PLAN_COURSES]:
        assert course["is_free"] and course["aama_approved"]
        assert "online" in course["format"] or "webinar" in course["format"]


def test_add_and_remove_by_hand_updates_the_gaps(dashboard_db):
    at = _plan(dashboard_db)
    at.text_input(key=keys.ADD_SEARCH).input("EKG").run()
    at.button(key=keys.ADD_BUTTON).click().run()
    added = at.session_state[keys.PLAN_COURSES]
    assert len(added) == 1 and "EKG" in added[0]["title"]
    bars = _frame(at, "requirement").set_index("requirement")
    assert bars.loc["total", "planned"] == added[0]["points"]
    assert any("do not close every gap" in _unescaped(w.value) for w in at.warning)
    at.button(key=keys.FILL_GAPS).click().run()
    urls = [c["url"] for c in at.session_state[keys.PLAN_COURSES]]
    assert added[0]["url"] in urls  # a course chosen by hand stays in the filled plan
    at.selectbox(key=keys.REMOVE_CHOICE).set_value(added[0]["url"]).run()
    at.button(key=keys.REMOVE_BUTTON).click().run()
    assert added[0]["url"] not in [c["url"] for c in at.session_state[keys.PLAN_COURSES]]
    assert _frame(at, "requirement").set_index("requirement").loc["total", "missing"] > 0
    at.button(key=keys.FILL_GAPS).click().run()
    assert added[0]["url"] not in [c["url"] for c in at.session_state[keys.PLAN_COURSES]]


def test_upload_a_transcript_csv_and_bad_rows_are_named(dashboard_db):
    at = _page("views/plan.py")
    good = b"title,provider,completed_on,credits,category,aama_approved\nInjections,AAMA,2024-02-02,3,clinical,yes\n"
    at.file_uploader(key=keys.TRANSCRIPT_UPLOAD).upload("mine.csv", good, "text/csv")
    at.run()
    assert not at.exception and not at.error
    assert at.session_state[keys.TRANSCRIPT_ROWS][0]["title"] == "Injections"
    editor = next(d for d in at.data_editor)
    assert list(editor.value["title"]) == ["Injections"]
    bad = b"title,provider,completed_on,credits,category,aama_approved\nX,Y,02/02/2024,3,clinical,yes\n"
    at.file_uploader(key=keys.TRANSCRIPT_UPLOAD).set_value(("bad.csv", bad, "text/csv")).run()
    assert "bad.csv, row 2, column completed_on" in _unescaped(at.error[0].value)


def test_transcript_is_never_written_to_the_database(dashboard_db):
    before = dashboard_db.read_bytes()
    at = _plan(dashboard_db)
    at.button(key=keys.FILL_GAPS).click().run()
    assert b"CPR Review" not in dashboard_db.read_bytes() and b"CPR Review" not in before
    wal = dashboard_db.with_name(dashboard_db.name + "-wal")
    assert not wal.exists() or b"CPR Review" not in wal.read_bytes()


def test_health_page(dashboard_db):
    at = _page("views/health.py")
    providers = _frame(at, "provider")
    assert "Gone Provider" in set(providers["provider"])
    assert providers.set_index("provider").loc["Gone Provider", "stale"] == 1
    assert providers.set_index("provider").loc["Gone Provider", "outcome"] == "success"
    assert providers.set_index("provider").loc["CareSkills Academy", "errors"] == 1
    runs = _frame(at, "courses_new")
    assert set(runs["outcome"]) == {"success", "partial"}
    errors = _frame(at, "error")
    assert "HTTP 500" in errors["error"].iloc[0]
    stale = _frame(at, "stale_since")
    assert list(stale["url"]) == [STALE_URL]
    assert len(at.get("vega_lite_chart")) == 3  # courses per provider, quality, price per credit
    assert at.metric[0].value == "62"


def test_rows_typed_in_the_editor_count_and_bad_cells_are_named_safely(dashboard_db):
    at = _page("views/plan.py")
    at.date_input(key=keys.CERTIFIED).set_value(dt.date(2023, 3, 15)).run()
    editor_key = f"{keys.TRANSCRIPT_EDITOR}_0"
    typed = {"title": "Typed CPR", "provider": "AHA", "completed_on": "2025-05-01", "credits": 3.0,
             "category": "clinical", "aama_approved": True, "kind": "course"}
    at.session_state[editor_key] = {"edited_rows": {}, "added_rows": [typed], "deleted_rows": []}
    at.run()
    assert not at.exception and not at.error
    bars = _frame(at, "requirement").set_index("requirement")
    assert bars.loc["clinical", "have"] == 3.0 and bars.loc["AAMA approved", "have"] == 3.0
    hostile = dict(typed, completed_on="<img src=x onerror=alert(1)>")
    at.session_state[editor_key] = {"edited_rows": {}, "added_rows": [hostile], "deleted_rows": []}
    at.run()
    message = at.error[0].value
    assert "transcript table, row 1, column completed_on" in _unescaped(message)
    assert "<img" in _unescaped(message) and not UNESCAPED.search(message)


def test_an_unreadable_database_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("CEU_DATABASE_URL", str(tmp_path / "no-such-folder" / "ceu.db"))
    for page in ("views/find.py", "views/course.py", "views/plan.py", "views/health.py"):
        at = AppTest.from_file(APP, default_timeout=60)
        at.switch_page(page)
        at.run()
        assert not at.exception
        assert _unescaped(at.error[0].value).startswith("Error: --db: folder ")


def test_processing_note_only_for_the_optimisers_own_plan(dashboard_db):
    at = _plan(dashboard_db)
    at.button(key=keys.FILL_GAPS).click().run()
    notes = [t.value for t in at.text if "processing takes weeks" in t.value or "processed instantly" in t.value]
    assert len(notes) == 1
    first = at.session_state[keys.PLAN_COURSES][0]["url"]
    at.selectbox(key=keys.REMOVE_CHOICE).set_value(first).run()
    at.button(key=keys.REMOVE_BUTTON).click().run()
    assert not [t.value for t in at.text if "processing takes weeks" in t.value or "processed instantly" in t.value]
