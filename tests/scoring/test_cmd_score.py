"""``ceu extract`` and ``ceu score`` run as a user runs them: real files, real DB, exact one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from catalog.db import make_engine, session_scope
from catalog.store import upsert_courses
from catalog.synthetic import generate_records

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pages" / "hard-tags" / "member-nonmember-table" / "page.html"


def ceu(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "ceu", *args], capture_output=True, text=True, timeout=120, env=full_env)


def test_extract_json_prints_one_full_record() -> None:
    done = ceu("extract", str(FIXTURE), "--url", "https://www.ohio-ma.example/ce/store/item/4471", "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["url"] == "https://www.ohio-ma.example/ce/store/item/4471"
    assert record["price_usd"] == 40.0 and record["member_price_usd"] == 20.0
    assert set(record["checklist"]) == {"rationale", "learning_outcomes", "instructor_credentials",
                                        "instructional_methods", "fees", "refund_policy"}
    assert "page" not in record


def test_extract_summary_is_readable_text() -> None:
    done = ceu("extract", str(FIXTURE))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Scope of Practice for Ohio Medical Assistants")
    assert "[yes] refund_policy" in done.stdout and "quality:" in done.stdout


def test_extract_summary_says_when_a_page_is_not_a_course(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><main><h1>Spring Networking Breakfast</h1><p>Thu, Feb 18, 2027, 7:30 AM. $20.</p>"
                    "<p>It is a networking breakfast, not a training event, and it carries no CE credit.</p>"
                    "<a href='/tickets'>Get tickets</a></main></body></html>", encoding="utf-8")
    done = ceu("extract", str(page))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1] == "  page kind:  other (not a course page: a crawl would not store it)"
    assert "page kind:" not in ceu("extract", str(FIXTURE)).stdout


def test_extract_scores_as_of_the_day_ceu_as_of_names(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><main><h1>Injection Safety</h1><p>A self-paced online course. $25.</p>"
                    "<p>Approved for 1 AAMA CEU (clinical) through June 30, 2027.</p></main></body></html>", encoding="utf-8")
    before = json.loads(ceu("extract", str(page), "--json", env={"CEU_AS_OF": "2027-06-30"}).stdout)
    after = json.loads(ceu("extract", str(page), "--json", env={"CEU_AS_OF": "2027-07-01"}).stdout)
    assert (before["aama_approved"], after["aama_approved"]) == (True, False)
    bad = ceu("extract", str(page), env={"CEU_AS_OF": "2027-13-01"})
    assert bad.returncode == 2 and bad.stderr.strip() == "Error: CEU_AS_OF: not a date in YYYY-MM-DD form: '2027-13-01'"


def test_extract_missing_file(tmp_path: Path) -> None:
    done = ceu("extract", str(tmp_path / "nope.html"))
    assert done.returncode == 1
    assert done.stderr.strip() == f"Error: {tmp_path / 'nope.html'}: no such file"


def test_extract_bad_url_option() -> None:
    done = ceu("extract", str(FIXTURE), "--url", "ftp://example.org/x")
    assert done.returncode == 2
    assert done.stderr.strip() == "Error: --url: not an absolute http(s) URL: 'ftp://example.org/x'"


def test_extract_bad_url_argument() -> None:
    done = ceu("extract", "mailto://someone")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("Error: PATH_OR_URL: not an absolute http(s) URL")


def test_extract_non_utf8_file(tmp_path: Path) -> None:
    page = tmp_path / "latin1.html"
    page.write_bytes("<html><body><h1>Café Hygiene</h1><p>Fee: $10 · 1 contact hour</p></body></html>".encode("cp1252"))
    done = ceu("extract", str(page), "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["title"] == "Café Hygiene" and record["price_usd"] == 10.0


def test_extract_unreachable_url() -> None:
    done = ceu("extract", "http://127.0.0.1:9/course")
    assert done.returncode == 1
    assert done.stderr.strip().startswith("Error: http://127.0.0.1:9/course: could not fetch")
    assert "Traceback" not in done.stderr


@pytest.fixture
def served_page():
    body = FIXTURE.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - stdlib naming
            status = 404 if self.path.startswith("/missing") else 200
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body if status == 200 else b"not here")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_extract_from_a_url(served_page: str) -> None:
    done = ceu("extract", f"{served_page}/course/4471", "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["url"] == f"{served_page}/course/4471" and record["price_usd"] == 40.0
    missing = ceu("extract", f"{served_page}/missing")
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"Error: {served_page}/missing: the server answered HTTP 404"


def test_score_command(sqlite_db: str) -> None:
    engine = make_engine(sqlite_db)
    with session_scope(engine) as session:
        upsert_courses(session, generate_records(25, seed=3))
    engine.dispose()
    done = ceu("score", "--db", sqlite_db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("Scored 25 courses.")
