"""The whole user journey in headless Chromium against `ceu dashboard` on a demo catalogue.

Find a free, AAMA-approved clinical course in three clicks, open its scorecard,
type a transcript, fill the gaps, download the plan as CSV; a screenshot of every
page is saved under artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import csv
import io
import re

from e2e_support import HOSTILE_TITLE, SCREENSHOTS

from catalog.db import make_engine, session_scope
from catalog.queries import CourseQuery, count_courses

RESULTS_LINE = re.compile(r"^([\d,]+) of ([\d,]+) courses$")


def _settle(page) -> None:
    """Wait until the Streamlit script run triggered by the last action has finished."""
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=30_000)
    page.wait_for_timeout(600)


def _results_line(page) -> tuple[int, int]:
    text = page.get_by_text(RESULTS_LINE).first.inner_text().strip()
    match = RESULTS_LINE.match(text)
    return int(match[1].replace(",", "")), int(match[2].replace(",", ""))


def _count(db, **filters) -> int:
    with session_scope(make_engine(str(db))) as session:
        return count_courses(session, CourseQuery(**filters))


def _shot(page, name: str) -> None:
    """Screenshot the whole page: Streamlit scrolls inside its own container, so grow the window."""
    height = page.evaluate(
        "() => Math.max(...Array.from(document.querySelectorAll('[data-testid=\"stMain\"], section, div'))"
        ".map(e => e.scrollHeight))"
    )
    page.set_viewport_size({"width": 1400, "height": min(max(int(height), 1000), 6000)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.wait_for_timeout(300)


def _type_transcript_row(page, values: list[str]) -> None:
    """Add a row to the transcript editor and type its cells left to right (Tab between cells)."""
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.hover()
    page.get_by_role("button", name="Add row").click()
    _settle(page)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 80, box["y"] + 35 + 17)  # the first row's Title cell
    page.keyboard.press("Enter")  # open the cell editor before typing
    page.wait_for_timeout(300)
    for value in values:
        page.keyboard.type(value)
        page.wait_for_timeout(300)
        page.keyboard.press("Tab")
        page.wait_for_timeout(300)
    page.keyboard.press(" ")  # the AAMA-approved tick box
    page.wait_for_timeout(300)
    page.mouse.click(box["x"] - 20, box["y"] - 120)  # click away: commit the edits
    _settle(page)


def test_find_open_plan_download(dashboard_url, demo_db, page, tmp_path):
    page.goto(dashboard_url)
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=60_000)
    _settle(page)
    shown, catalogue = _results_line(page)
    assert (shown, catalogue) == (_count(demo_db), _count(demo_db, hide_stale=False))
    _shot(page, "1-find-courses")

    search = page.get_by_role("textbox", name="Search")
    search.fill("infection control")
    search.press("Enter")
    _settle(page)
    assert _results_line(page)[0] == _count(demo_db, search="infection control") > 0
    search.fill("onerror")
    search.press("Enter")
    _settle(page)
    assert _results_line(page)[0] == 1
    assert page.locator("img[src='x']").count() == 0 and page.dialogs == []
    _shot(page, "2-hostile-title-as-text")
    page.get_by_role("button", name="Open scorecard").click()
    _settle(page)
    page.get_by_text("Course scorecard").wait_for()
    assert page.get_by_role("heading", name=HOSTILE_TITLE).count() == 1  # shown as its literal text
    assert page.locator("img[src='x'], script:has-text('alert(2)')").count() == 0 and page.dialogs == []
    _shot(page, "2b-hostile-scorecard")
    page.locator('[data-testid="stSidebar"]').get_by_text("Find courses").click()
    _settle(page)
    search = page.get_by_role("textbox", name="Search")
    search.fill("")
    search.press("Enter")
    _settle(page)

    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_text("Free only").click()
    _settle(page)
    sidebar.get_by_text("AAMA-approved only").click()
    _settle(page)
    sidebar.get_by_text("Clinical", exact=True).click()
    _settle(page)
    expected = _count(demo_db, free_only=True, aama_only=True, category="clinical")
    assert expected > 0 and _results_line(page)[0] == expected
    _shot(page, "3-free-aama-clinical")

    title = page.get_by_role("combobox", name="Open a course (or click a row)").input_value()
    page.get_by_role("button", name="Open scorecard").click()
    _settle(page)
    page.get_by_text("Course scorecard").wait_for()
    # the scorecard renders in parts: wait for each (a loaded machine draws them late), then count
    page.get_by_role("heading", name=title).first.wait_for(state="attached")
    page.get_by_text("Quoted evidence").first.wait_for(state="attached")
    assert page.get_by_role("heading", name=title).count() >= 1
    assert page.get_by_text("Quoted evidence").count() >= 1
    _shot(page, "4-course-scorecard")

    sidebar.get_by_text("My plan").click()
    _settle(page)
    page.get_by_role("spinbutton", name="year, Date of certification").click()
    page.keyboard.type("20230315")
    page.get_by_role("heading", name="My plan").click()  # blur: commits the date
    _settle(page)
    _type_transcript_row(page, ["CPR Review", "AHA", "05012025", "2", "clinical"])
    page.get_by_text("Your gaps").wait_for()
    page.get_by_role("button", name="Fill my gaps").click()
    _settle(page)
    page.get_by_text("Download your plan").wait_for(timeout=30_000)
    _shot(page, "5-my-plan")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="CSV", exact=True).click()
    target = tmp_path / "plan.csv"
    download_info.value.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows and {"title", "provider", "url", "points", "price_usd"} <= set(rows[0])
    assert "CPR Review" not in {r["title"] for r in rows}
    (SCREENSHOTS / "plan.csv").write_bytes(target.read_bytes())

    sidebar.get_by_text("Catalogue health").click()
    _settle(page)
    page.get_by_text("Crawl runs").wait_for()
    _shot(page, "6-catalogue-health")
    assert page.locator("img[src='x']").count() == 0 and page.dialogs == []
