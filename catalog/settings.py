"""Where things live: the project data folder and the default database location."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SAMPLE_SITES_DIR = DATA_DIR / "sample_sites"
PROVIDERS_FILE = DATA_DIR / "providers.yaml"
DEFAULT_DB_PATH = DATA_DIR / "ceu.db"
DATABASE_ENV = "CEU_DATABASE_URL"


def database_location(db: str | None = None) -> str:
    """The database the user asked for: ``--db``, then ``CEU_DATABASE_URL``, then the default file."""
    if db:
        return db
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return from_env
    return str(DEFAULT_DB_PATH)
