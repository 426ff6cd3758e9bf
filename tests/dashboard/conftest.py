"""The dashboard tests' fixture: the seeded catalogue in a temp SQLite file, read via CEU_DATABASE_URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from dash_seed import seed_catalogue


@pytest.fixture
def dashboard_db(tmp_path, monkeypatch) -> Path:
    """A seeded catalogue the dashboard under test reads."""
    path = seed_catalogue(tmp_path / "ceu.db")
    monkeypatch.setenv("CEU_DATABASE_URL", str(path))
    return path
