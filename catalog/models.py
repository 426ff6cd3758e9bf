"""SQLModel tables: providers, courses, checklist results, crawl runs, price history.

A course row holds every field of the course record (DESIGN.md) plus bookkeeping:
first/last seen, active|stale status, and a content hash that tells an update
from an unchanged re-crawl. The extracted page is kept as JSON so scoring can be
re-run without crawling again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

CRITERIA = (
    "rationale",
    "learning_outcomes",
    "instructor_credentials",
    "instructional_methods",
    "fees",
    "refund_policy",
)
CATEGORIES = ("administrative", "clinical", "general")
CREDIT_UNITS = ("aama_ceu", "contact_hour", "iacet_ceu", "other")


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (the tables store aware datetimes)."""
    return datetime.now(UTC)


COURSE_STATUSES = ("active", "stale")
CRAWL_OUTCOMES = ("running", "success", "partial", "failed")


class Provider(SQLModel, table=True):
    """A course provider (one website, or one seller on a marketplace)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    site: str | None = Field(default=None, description="scheme://host[:port] of its website")
    last_crawled: datetime | None = None


class Course(SQLModel, table=True):
    """One course, keyed by its canonical URL."""

    __table_args__ = (
        Index("ix_course_browse", "status", "quality_score"),
        Index("ix_course_filters", "is_free", "aama_approved", "category"),
        Index("ix_course_price", "price_usd"),
        Index("ix_course_points", "points"),
        Index("ix_course_site_status", "site", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True, index=True)
    site: str | None = Field(default=None, description="the crawled website it came from")
    title: str = ""
    provider: str | None = Field(default=None, index=True)
    description: str = ""
    credits: float | None = None
    credit_unit: str | None = None
    points: float | None = None
    credits_by_category: dict[str, float] | None = Field(default=None, sa_column=Column(JSON))
    category: str | None = None
    aama_approved: bool = False
    aama_evidence: str | None = None
    price_usd: float | None = None
    member_price_usd: float | None = None
    is_free: bool = False
    fee_reasonable: bool | None = None
    format: str | None = Field(default=None, index=True)
    quality_score: float = 0.0
    live_dates: list[str] | None = Field(default=None, sa_column=Column(JSON))
    topics: list[str] | None = Field(default=None, sa_column=Column(JSON))
    details: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSON), description="per-field sources, evidence and extras"
    )
    page: dict[str, Any] | None = Field(
        default=None, sa_column=Column(JSON), description="the extracted page (catalog.page)"
    )
    content_hash: str = ""
    status: str = "active"
    stale_since: datetime | None = None
    first_seen: datetime = Field(default_factory=utcnow, index=True)
    last_seen: datetime = Field(default_factory=utcnow)
    scored_at: datetime | None = None


class ChecklistResult(SQLModel, table=True):
    """One checklist criterion for one course, with the words that decided it."""

    __table_args__ = (UniqueConstraint("course_id", "criterion"),)

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="course.id", index=True, ondelete="CASCADE")
    criterion: str
    met: bool = False
    strength: float = 0.0
    evidence: str | None = None
    source_url: str | None = None
    contribution: float = 0.0


class CrawlRun(SQLModel, table=True):
    """One crawl of one site (or of a list of URLs): counts, errors and outcome."""

    id: int | None = Field(default=None, primary_key=True)
    site: str | None = Field(default=None, index=True)
    provider: str | None = None
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    pages: int = 0
    courses_new: int = 0
    courses_updated: int = 0
    courses_unchanged: int = 0
    courses_stale: int = 0
    errors: int = 0
    error_log: list[str] | None = Field(default=None, sa_column=Column(JSON))
    complete: bool = False
    outcome: str = "running"


class PriceHistory(SQLModel, table=True):
    """A price a course was seen at, from when; a new row each time the price changes."""

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="course.id", index=True, ondelete="CASCADE")
    price_usd: float | None = None
    seen_at: datetime = Field(default_factory=utcnow)
    note: str | None = None
