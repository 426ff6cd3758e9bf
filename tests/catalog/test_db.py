"""Engines from paths and URLs; SQLite readers do not block on a writer."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from catalog.db import database_url, make_engine, session_scope
from catalog.errors import DatabaseError
from catalog.queries import count_courses
from catalog.store import upsert_courses
from catalog.synthetic import generate_records


def test_engine_from_path_creates_tables(tmp_path):
    path = tmp_path / "x.db"
    engine = make_engine(str(path))
    assert path.exists()
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert {"course", "provider", "checklistresult", "crawlrun", "pricehistory"} <= tables


def test_engine_from_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'y.db'}"
    assert database_url(url) == url
    engine = make_engine(url)
    with session_scope(engine) as s:
        assert count_courses(s) == 0


def test_environment_variable_then_default(monkeypatch, tmp_path):
    monkeypatch.setenv("CEU_DATABASE_URL", str(tmp_path / "env.db"))
    assert database_url(None).endswith("env.db")
    assert database_url(str(tmp_path / "flag.db")).endswith("flag.db")
    monkeypatch.delenv("CEU_DATABASE_URL")
    assert database_url(None).endswith("data/ceu.db")


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("/no/such/folder/ceu.db", "folder /no/such/folder does not exist"),
        ("postgresql+nosuchdriver://u@h/db", "unsupported database driver"),
        ("sqlite:///no/such/folder/x.db", "cannot open"),
    ],
)
def test_bad_locations_raise_one_clear_error(location, message):
    with pytest.raises(DatabaseError) as info:
        make_engine(location)
    assert message in info.value.one_line()
    assert "\n" not in info.value.one_line()


def test_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        make_engine(str(tmp_path))


def test_reader_during_writer_is_not_locked(tmp_path):
    db = str(tmp_path / "rw.db")
    engine = make_engine(db)
    with session_scope(engine) as s:
        upsert_courses(s, generate_records(50, seed=1))
    writer_holds_lock = threading.Event()
    release = threading.Event()
    errors: list[Exception] = []

    def write() -> None:
        try:
            with session_scope(make_engine(db)) as s:
                upsert_courses(s, generate_records(2000, seed=2))
                writer_holds_lock.set()  # inside an open write transaction
                release.wait(10)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
            writer_holds_lock.set()

    thread = threading.Thread(target=write)
    thread.start()
    assert writer_holds_lock.wait(30)
    reader = make_engine(db)
    started = time.monotonic()
    with session_scope(reader) as s:
        seen = count_courses(s)  # must not wait for, or fail on, the writer
    elapsed = time.monotonic() - started
    release.set()
    thread.join(30)
    assert not errors
    assert seen == 50  # the reader sees the last committed state
    assert elapsed < 5  # generous: a locked database would wait for the 30 s busy timeout
    with session_scope(reader) as s:
        assert count_courses(s) == 2050
