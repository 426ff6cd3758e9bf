"""Shared fixtures: real databases (a fresh SQLite file per test; PostgreSQL when it answers).

The suite runs on every core (pytest-xdist): each worker has a PostgreSQL database of its own
(``<database>_gw0``, ``<database>_gw1``, ... made on first use), so tests never share tables.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlmodel import SQLModel

from catalog.db import make_engine

POSTGRES_URL = os.environ.get("CEU_TEST_POSTGRES_URL")


@pytest.fixture
def sqlite_db(tmp_path):
    """Path of a fresh SQLite database file (created on first use)."""
    return str(tmp_path / "ceu.db")


def _backends():
    yield pytest.param("sqlite", id="sqlite")
    yield pytest.param(
        "postgresql",
        id="postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                not POSTGRES_URL, reason="CEU_TEST_POSTGRES_URL not set (no PostgreSQL server answered)"
            ),
        ],
    )


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """CEU_TEST_POSTGRES_URL, or under pytest-xdist this worker's own database beside it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return POSTGRES_URL
    url = make_url(POSTGRES_URL)
    name = f"{url.database}_{worker}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}) is None:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=list(_backends()))
def engine(request, tmp_path):
    """A real, empty catalogue database: SQLite file, and PostgreSQL when configured."""
    if request.param == "sqlite":
        eng = make_engine(str(tmp_path / "ceu.db"))
    else:
        eng = make_engine(request.getfixturevalue("postgres_url"), create=False)
        SQLModel.metadata.drop_all(eng)
        SQLModel.metadata.create_all(eng)
    yield eng
    if request.param == "postgresql":
        SQLModel.metadata.drop_all(eng)
    eng.dispose()
