"""Shared pieces of the sample-site generator: course specs, truth records, site output.

A site module decides every fact about each course (a ``Course``), renders its own
HTML, and registers pages on a ``Site``; ``Site.write`` puts the files and
``truth.json`` on disk. Paths are host-relative (``/courses/x/``); ``file_for``
maps them to files the same way ``crawler.sites_server`` does.
"""

from __future__ import annotations

import html
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from data.sample_sites._build.topics import Topic

CRITERIA = (
    "rationale",
    "learning_outcomes",
    "instructor_credentials",
    "instructional_methods",
    "fees",
    "refund_policy",
)


def esc(text: object) -> str:
    """HTML-escape any value."""
    return html.escape(str(text), quote=True)


def jsonld(data: dict[str, Any]) -> str:
    """A JSON-LD script element."""
    body = json.dumps(data, indent=2, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{body}\n</script>'


def money(value: float) -> str:
    """'$49' or '$49.50'."""
    return f"${value:,.0f}" if float(value).is_integer() else f"${value:,.2f}"


def num(value: float) -> str:
    """'1' or '1.5'."""
    return f"{value:g}"


def file_for(path: str) -> str:
    """The file (relative to the site folder) that serves a host-relative path."""
    parts = urlsplit(path)
    rel = parts.path.lstrip("/")
    if not rel or rel.endswith("/"):
        rel += "index.html"
    elif "." not in rel.rsplit("/", 1)[-1]:  # "/courses/x" is served from courses/x/index.html
        rel += "/index.html"
    page = parse_qs(parts.query).get("page")
    if page and page[0].isdigit() and int(page[0]) >= 2:
        stem, dot, suffix = rel.rpartition(".")
        rel = f"{stem}.page-{page[0]}.{suffix}"
    return rel


@dataclass(frozen=True)
class Instructor:
    """A presenter; ``credentials`` empty means the page shows no qualification."""

    name: str
    credentials: str
    role: str
    bio: str
    slug: str

    @property
    def display(self) -> str:
        """Name with post-nominals, as most sites print it."""
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


@dataclass
class Course:
    """Every fact about one sample course, decided before rendering."""

    title: str
    slug: str
    topic: Topic
    provider: str
    category: str | None
    credits: float | None
    credit_unit: str | None
    credits_by_category: dict[str, float] | None = None
    aama_status: str = "none"  # approved|pending|expired|not_submitted|non_aama|badge_only|none
    price_usd: float | None = None
    member_price_usd: float | None = None
    is_free: bool = False
    format: str | None = None
    live_dates: list[str] = field(default_factory=list)
    # checklist presence, decided per course by the site
    rationale: str = "yes"  # yes | slogan | no
    outcomes: str = "list"  # list | empty | no
    instructor: Instructor | None = None
    instructor_mode: str = "credentialed"  # credentialed | tba | name_only | team | none
    methods: bool = True
    refund: str = "site"  # site (linked policy page) | inline | final | no
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def points(self) -> float | None:
        """Recertification points: AAMA CEUs and contact hours 1:1, IACET CEUs x 10."""
        if self.credits is None:
            return None
        if self.credit_unit == "iacet_ceu":
            return round(self.credits * 10, 2)
        if self.credit_unit in ("aama_ceu", "contact_hour"):
            return self.credits
        return None

    @property
    def aama_approved(self) -> bool:
        """Only an approval stated for this course counts (DOMAIN.md section 5)."""
        return self.aama_status == "approved"


class Site:
    """Pages and truth of one sample website."""

    def __init__(self, slug: str, provider: str) -> None:
        self.slug = slug
        self.provider = provider
        self.pages: dict[str, str] = {}
        self.courses: list[dict[str, Any]] = []
        self.not_courses: list[str] = []
        self.disallowed: list[str] = []
        self.stale_sitemap: list[str] = []
        self.routes: dict[str, dict[str, Any]] = {}
        self.extra_truth: dict[str, Any] = {}

    def add(self, path: str, body: str, *, kind: str | None = None) -> None:
        """Register a page; ``kind`` "other" adds it to not_courses, "disallowed" to disallowed."""
        rel = file_for(path)
        if rel in self.pages:
            raise ValueError(f"{self.slug}: two pages for {rel}")
        self.pages[rel] = body
        if kind == "other":
            self.not_courses.append(path)
        elif kind == "disallowed":
            self.disallowed.append(path)

    def add_file(self, rel: str, body: str) -> None:
        """Register a raw file (e.g. a ``_routes.json`` body_file) that no URL maps to directly."""
        self.pages[rel] = body

    def add_course(self, course: Course, path: str, body: str, *, aliases: tuple[str, ...] = (),
                   refund_path: str | None = None) -> None:
        """Register a course page and its truth record."""
        self.add(path, body)
        for alias in aliases:
            if urlsplit(alias).path != urlsplit(path).path:
                self.add(alias, body)
        self.courses.append(truth_record(course, path, aliases, refund_path))

    def truth(self) -> dict[str, Any]:
        """The truth.json content."""
        return {
            "site": self.slug,
            "provider": self.provider,
            "courses": self.courses,
            "not_courses": self.not_courses,
            "disallowed": self.disallowed,
            "stale_sitemap": self.stale_sitemap,
            **self.extra_truth,
        }

    def write(self, root: Path) -> None:
        """Replace ``root/<slug>`` with this site's files and truth.json."""
        out = root / self.slug
        if out.exists():
            shutil.rmtree(out)
        for rel, body in sorted(self.pages.items()):
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, encoding="utf-8")
        truth = json.dumps(self.truth(), indent=1, ensure_ascii=False, sort_keys=False)
        (out / "truth.json").write_text(truth + "\n", encoding="utf-8")
        if self.routes:
            (out / "_routes.json").write_text(json.dumps(self.routes, indent=1) + "\n",
                                              encoding="utf-8")


def truth_record(course: Course, path: str, aliases: tuple[str, ...],
                 refund_path: str | None) -> dict[str, Any]:
    """The truth entry of one course (DESIGN.md record fields a careful reader can state)."""
    here = path
    met = {
        "rationale": course.rationale == "yes",
        "learning_outcomes": course.outcomes == "list",
        "instructor_credentials": course.instructor_mode == "credentialed",
        "instructional_methods": course.methods,
        "fees": course.price_usd is not None,
        "refund_policy": course.refund in ("site", "inline", "final"),
    }
    sources = {name: (here if ok else None) for name, ok in met.items()}
    if course.refund == "site":
        sources["refund_policy"] = refund_path
    return {
        "path": path,
        "aliases": list(aliases),
        "title": course.title,
        "provider": course.provider,
        "description": course.topic.summary,
        "credits": course.credits,
        "credit_unit": course.credit_unit,
        "points": course.points,
        "credits_by_category": course.credits_by_category,
        "category": course.category,
        "aama_approved": course.aama_approved,
        "aama_status": course.aama_status,
        "price_usd": course.price_usd,
        "member_price_usd": course.member_price_usd,
        "is_free": course.is_free,
        "format": course.format,
        "live_dates": course.live_dates,
        "topic": course.topic.key,
        "checklist": {name: {"met": met[name], "source_path": sources[name]} for name in CRITERIA},
    }


def robots(disallow: list[str], sitemap: bool, extra: str = "") -> str:
    """A robots.txt body; ``{{origin}}`` is filled in by the server (the port varies)."""
    lines = ["User-agent: *"]
    lines += [f"Disallow: {d}" for d in disallow] or ["Disallow:"]
    if extra:
        lines.append(extra)
    if sitemap:
        lines += ["", "Sitemap: {{origin}}/sitemap.xml"]
    return "\n".join(lines) + "\n"


def sitemap(paths: list[str], lastmod: str = "2026-10-01") -> str:
    """A sitemap.xml body; the server turns ``{{origin}}`` into this host's URL."""
    rows = "\n".join(
        f"  <url><loc>{{{{origin}}}}{esc(p)}</loc><lastmod>{lastmod}</lastmod></url>" for p in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{rows}\n</urlset>\n"
    )


def modes(rng: random.Random, count: int, weights: dict[str, float],
          forced: dict[int, str] | None = None) -> list[str]:
    """One mode per course drawn by weight, with some positions forced (hard cases)."""
    names = list(weights)
    chosen = rng.choices(names, weights=[weights[n] for n in names], k=count)
    for index, value in (forced or {}).items():
        chosen[index] = value
    return chosen
