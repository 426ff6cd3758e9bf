"""Measure a crawl against the sample sites' truth files: course recall/precision and per-field accuracy.

Used by the crawl tests, and runnable by hand to print the report::

    python tests/crawler/crawl_truth.py DB slug=http://127.0.0.1:PORT [...]

Records are read from the catalogue (what the pipeline stored); a truth course is
found when a stored course has its canonical URL. Field comparison follows
data/sample_sites/README.md: numbers within 0.01, titles ignoring case, spacing,
typographic quotes and dashes and "&" for "and",
``checklist.<criterion>`` compares ``met``.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlmodel import select

from catalog.db import make_engine, session_scope
from catalog.models import CRITERIA, ChecklistResult, Course
from catalog.records import course_to_record

SITES_DIR = Path(__file__).resolve().parents[2] / "data" / "sample_sites"
FIELDS = ("title", "provider", "credits", "credit_unit", "points", "credits_by_category", "category",
          "aama_approved", "price_usd", "member_price_usd", "is_free", "format", "live_dates")


@dataclass
class Report:
    """Found/missed/extra URLs and per-field right/total counts, with the misses for review."""

    found: int = 0
    expected: int = 0
    stored: int = 0
    extra: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    wrong: dict[str, list[str]] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return (self.stored - len(self.extra)) / self.stored if self.stored else 1.0

    def accuracy(self, name: str) -> float:
        return self.right.get(name, 0) / self.total[name] if self.total.get(name) else 1.0

    def lines(self) -> list[str]:
        out = [f"course pages: recall {self.recall:.3f} ({self.found}/{self.expected}), "
               f"precision {self.precision:.3f} ({self.stored - len(self.extra)}/{self.stored})"]
        for name in self.total:
            out.append(f"  {name:<34} {self.accuracy(name):.3f}  ({self.right.get(name, 0)}/{self.total[name]})")
        return out


def _same(name: str, got: Any, want: Any) -> bool:
    if isinstance(want, float | int) and not isinstance(want, bool):
        return isinstance(got, float | int) and not isinstance(got, bool) and abs(got - want) < 0.01
    if isinstance(want, dict) and isinstance(got, dict):
        keys = {k for k, v in {**want, **got}.items() if v}
        return all(_same(name, got.get(k) or 0.0, want.get(k) or 0.0) for k in keys)
    if name in ("title", "format", "provider") and isinstance(want, str) and isinstance(got, str):
        return _plain(got) == _plain(want)
    if name == "live_dates":  # the same moments, however their zones are written
        return sorted(map(_moment, got or [])) == sorted(map(_moment, want or []))
    return got == want


_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _plain(text: str) -> str:
    """A name compared as a reader compares it: case, spacing, typographic quotes and dashes, and "&" for "and" aside
    ("Basin & Range Pediatric Partners" in the page's words is "Basin and Range ..." in its data)."""
    return " ".join(text.translate(_TYPOGRAPHIC).lower().replace(" & ", " and ").split())


def _moment(iso: str) -> str:
    """A session time as a comparable moment: UTC when it has an offset ("18:00-07:00" is "17:00-08:00"), else as written."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone(UTC).isoformat() if moment.tzinfo else iso


def stored_records(db: str) -> dict[str, dict[str, Any]]:
    """Every stored course record by URL (with member_price_usd and live_dates)."""
    engine = make_engine(db)
    records: dict[str, dict[str, Any]] = {}
    with session_scope(engine) as session:
        checks: dict[int, list[ChecklistResult]] = {}
        for row in session.exec(select(ChecklistResult)):
            checks.setdefault(row.course_id, []).append(row)
        for course in session.exec(select(Course)):
            record = course_to_record(course, checks.get(course.id, []))
            record["member_price_usd"] = course.member_price_usd
            record["live_dates"] = course.live_dates
            records[course.url] = record
    engine.dispose()
    return records


def measure(records: dict[str, dict[str, Any]], origins: dict[str, str], sites_dir: Path = SITES_DIR) -> Report:
    """Compare stored records with the truth of each site (a folder of ``sites_dir``) served at ``origins[slug]``."""
    report = Report()
    for slug, origin in origins.items():
        truth = json.loads((sites_dir / slug / "truth.json").read_text())
        origin = origin.rstrip("/")
        expected = {origin + c["path"]: c for c in truth["courses"]}
        mine = {u: r for u, r in records.items() if u.startswith(origin + "/")}
        report.expected += len(expected)
        report.stored += len(mine)
        report.extra += sorted(u for u in mine if u not in expected)
        for url, want in expected.items():
            got = mine.get(url)
            if got is None:
                report.missed.append(url)
                continue
            report.found += 1
            for name in FIELDS:
                expected_value = _expected_split(want) if name == "credits_by_category" else want.get(name)
                _count(report, name, got.get(name), expected_value, url)
            for criterion in CRITERIA:
                met = (got.get("checklist") or {}).get(criterion, {}).get("met")
                wanted = want["checklist"][criterion]["met"]  # (a truth may write 1 / 0 for true / false)
                _count(report, f"checklist.{criterion}", met, bool(wanted) if wanted in (0, 1) else wanted, url)
    return report


def _expected_split(want: dict[str, Any]) -> dict[str, float] | None:
    """The truth's stated split; else the whole credit in the course's one category.

    Truth files record a split only where the page states one; scoring also infers
    one from the category (DESIGN.md allows "stated or inferred with evidence"), and
    an inferred split is right when it puts every credit in the truth's category.
    """
    if want.get("credits_by_category"):
        return want["credits_by_category"]
    if want.get("category") in ("administrative", "clinical", "general") and want.get("credits"):
        return {want["category"]: want["credits"]}
    return None


def _count(report: Report, name: str, got: Any, want: Any, url: str) -> None:
    report.total[name] = report.total.get(name, 0) + 1
    if _same(name, got, want):
        report.right[name] = report.right.get(name, 0) + 1
    else:
        report.wrong.setdefault(name, []).append(f"{url}: got {got!r}, want {want!r}")


if __name__ == "__main__":
    db, *pairs = sys.argv[1:]
    result = measure(stored_records(db), dict(p.split("=", 1) for p in pairs))
    print("\n".join(result.lines()))
    for name, misses in result.wrong.items():
        print(f"\n{name}:")
        for miss in misses[:8]:
            print("   ", miss)
    print("\nextra:", result.extra[:20], "\nmissed:", result.missed[:20])
