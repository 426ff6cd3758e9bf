"""Shared fixtures: real databases (a fresh SQLite file per test; PostgreSQL when it answers)."""

from __future__ import annotations

import os

import pytest
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


@pytest.fixture(params=list(_backends()))
def engine(request, tmp_path):
    """A real, empty catalogue database: SQLite file, and PostgreSQL when configured."""
    if request.param == "sqlite":
        eng = make_engine(str(tmp_path / "ceu.db"))
    else:
        eng = make_engine(POSTGRES_URL, create=False)
        SQLModel.metadata.drop_all(eng)
        SQLModel.metadata.create_all(eng)
    yield eng
    if request.param == "postgresql":
        SQLModel.metadata.drop_all(eng)
    eng.dispose()
