"""Where things live (the project data folder, the default database) and the day scoring is done as of."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SAMPLE_SITES_DIR = DATA_DIR / "sample_sites"
PROVIDERS_FILE = DATA_DIR / "providers.yaml"
DEFAULT_DB_PATH = DATA_DIR / "ceu.db"
DATABASE_ENV = "CEU_DATABASE_URL"
AS_OF_ENV = "CEU_AS_OF"


def database_location(db: str | None = None) -> str:
    """The database the user asked for: ``--db``, then ``CEU_DATABASE_URL``, then the default file."""
    if db:
        return db
    from_env = os.environ.get(DATABASE_ENV, "").strip()
    if from_env:
        return from_env
    return str(DEFAULT_DB_PATH)


def scoring_day() -> date:
    """The day courses are scored as of (dated approvals, the year of a weekday date): ``CEU_AS_OF``
    (YYYY-MM-DD, to reproduce an earlier run or check a labelled set) or today."""
    from catalog.errors import BadOptionError

    text = os.environ.get(AS_OF_ENV, "").strip()
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadOptionError(AS_OF_ENV, f"not a date in YYYY-MM-DD form: {text!r}") from None
