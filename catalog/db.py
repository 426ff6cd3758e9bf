"""Engines and sessions: a file path or SQLAlchemy URL in, a ready database out.

SQLite runs in WAL mode with a busy timeout so the dashboard can read while a
crawl writes; tables are created on an empty database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlmodel import Session, SQLModel, create_engine

from catalog import models  # noqa: F401  (registers the tables on SQLModel.metadata)
from catalog.errors import DatabaseError
from catalog.settings import DEFAULT_DB_PATH, database_location

SQLITE_BUSY_TIMEOUT_MS = 30_000


def _json_dumps(value: object) -> str:
    """JSON columns via orjson: ~8x faster than ``json.dumps`` on a stored course page."""
    return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


_JSON = {"json_serializer": _json_dumps, "json_deserializer": orjson.loads}


def database_url(db: str | None = None) -> str:
    """Turn ``--db`` (a path or URL), the environment or the default into a SQLAlchemy URL."""
    location = database_location(db)
    if "://" in location:
        try:
            make_url(location)
        except ArgumentError as exc:
            raise DatabaseError("--db", f"not a database URL: {location!r} ({exc})") from None
        return location
    path = Path(location).expanduser()
    if path == DEFAULT_DB_PATH:
        path.parent.mkdir(parents=True, exist_ok=True)  # the default lives in our own data folder
    if path.exists() and path.is_dir():
        raise DatabaseError("--db", f"{path} is a folder, not a database file")
    if not path.parent.exists():
        raise DatabaseError("--db", f"folder {path.parent} does not exist")
    return f"sqlite:///{path.resolve()}"


def _tune_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(db: str | None = None, *, create: bool = True) -> Engine:
    """An engine for ``db`` with the tables created; raises DatabaseError with a clear reason."""
    url = database_url(db)
    try:
        if url.startswith("sqlite"):
            engine = create_engine(
                url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}, **_JSON
            )
            event.listen(engine, "connect", _tune_sqlite)
        else:
            engine = create_engine(url, pool_pre_ping=True, **_JSON)
        if create:
            SQLModel.metadata.create_all(engine)
    except NoSuchModuleError:
        raise DatabaseError("--db", f"unsupported database driver in {url!r}") from None
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseError("--db", f"cannot open {_safe(url)}: {reason}") from None
    except SQLAlchemyError as exc:
        raise DatabaseError("--db", f"cannot use {_safe(url)}: {exc.__class__.__name__}") from None
    return engine



@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
