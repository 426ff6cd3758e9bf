"""Evaluation report: ``python -m scoring.evaluate`` prints P/R/F1 per criterion and accuracy per tag.

``python -m scoring.evaluate NAME...`` limits the report to matching cases;
``python -m scoring.evaluate --show NAME`` prints the scorer's values and evidence
next to the expected ones for review (expectations are never written by the tool).

Cases come from two places:
- ``tests/fixtures/pages/<site>/<case>/``: ``page.html``, ``meta.json`` ({url, notes,
  site_pages: [{url, file}]}) and a hand-written ``expected.json``;
- the sample sites' ``data/sample_sites/<site>/truth.json`` (loaded, never copied).

Unlike scoring itself (a pure function of an ExtractedPage), this tool depends on the
crawler's extraction (``crawler.extract.extract_page``) to turn HTML into pages, and
imitates the spider in attaching the site-wide policy pages a course links to.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from catalog.models import CRITERIA
from catalog.page import ExtractedPage, SitePage

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "pages"
# the held-out page sets, each written by a helper who never read the code (see each set's README)
HOLDOUT_SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
                "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "holdout21", "holdout22",
                "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33", "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39", "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46", "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53", "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59", "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66", "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73", "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80", "holdout81", "holdout82", "holdout83", "holdout84", "holdout85", "holdout86", "holdout87", "holdout88", "holdout89", "holdout90", "holdout91", "holdout92", "holdout93", "holdout94", "holdout95", "holdout96", "holdout97", "holdout98", "holdout99", "holdout100", "holdout101", "holdout102", "holdout103", "holdout104", "holdout105", "holdout106", "holdout107", "holdout108", "holdout109", "holdout110", "holdout111", "holdout112", "holdout113", "holdout114", "holdout115", "holdout116", "holdout117", "holdout118", "holdout119", "holdout120", "holdout121", "holdout122", "holdout123", "holdout124", "holdout125", "holdout126", "holdout127", "holdout128", "holdout129", "holdout130", "holdout131", "holdout132", "holdout133", "holdout134", "holdout135", "holdout136", "holdout137", "holdout138", "holdout139", "holdout140", "holdout141", "holdout142", "holdout143", "holdout144", "holdout145", "holdout146", "holdout147", "holdout148", "holdout149", "holdout150", "holdout151", "holdout152", "holdout153", "holdout154", "holdout155", "holdout156", "holdout157", "holdout158", "holdout159", "holdout160", "holdout161", "holdout162", "holdout163", "holdout164", "holdout165", "holdout166", "holdout167", "holdout168", "holdout169", "holdout170", "holdout171", "holdout172",
                "holdout173", "holdout174", "holdout175", "holdout176",
                "holdout177", "holdout178", "holdout179", "holdout180",
                "holdout181", "holdout182", "holdout183",
                "holdout184", "holdout185", "holdout186",
                "holdout187", "holdout188", "holdout189", "holdout190", "holdout191",
                "holdout192", "holdout193", "holdout194", "holdout195", "holdout196",
                "holdout197", "holdout198", "holdout199", "holdout200",
                "holdout201", "holdout202", "holdout203",
                "holdout204", "holdout205", "holdout206",
                "holdout207", "holdout208", "holdout209",
                "holdout210", "holdout211", "holdout212",
                "holdout213", "holdout214", "holdout215",
                "holdout216", "holdout217", "holdout218",
                "holdout219", "holdout220")
HOLDOUT_FLAGS = {f"--{name}": ROOT / "tests" / "fixtures" / name for name in HOLDOUT_SETS}
SAMPLE_SITES = ROOT / "data" / "sample_sites"
# The day the sets were labelled: what "today" means for them ("approved through ...", early-bird
# deadlines, the year of a weekday date), so that their figures do not drift as the calendar moves on.
LABELLED_ON = date(2026, 12, 2)
_LABELLED_ON_BY_SET = {"holdout7": date(2026, 12, 3), "holdout8": date(2026, 12, 3),
                       "holdout9": date(2026, 12, 3), "holdout10": date(2026, 12, 3), "holdout11": date(2026, 12, 3),
                       "holdout12": date(2026, 12, 3), "holdout13": date(2026, 12, 3), "holdout14": date(2026, 12, 3),
                       "holdout15": date(2026, 12, 3), "holdout16": date(2026, 12, 3),
                       "holdout17": date(2026, 12, 3), "holdout18": date(2026, 12, 3),
                       "holdout19": date(2026, 12, 3), "holdout20": date(2026, 12, 3),
                       "holdout21": date(2026, 12, 3), "holdout22": date(2026, 12, 3),
                       "holdout23": date(2026, 12, 3), "holdout24": date(2026, 12, 3),
                       "holdout25": date(2026, 12, 3), "holdout26": date(2026, 12, 3),
                       "holdout27": date(2026, 12, 3), "holdout28": date(2026, 12, 3),
                       "holdout29": date(2026, 12, 3), "holdout30": date(2026, 12, 3),
                       "holdout31": date(2026, 12, 3), "holdout32": date(2026, 12, 3), "holdout33": date(2026, 12, 3), "holdout34": date(2026, 12, 3), "holdout35": date(2026, 12, 3), "holdout36": date(2026, 12, 3), "holdout37": date(2026, 12, 3), "holdout38": date(2026, 12, 3), "holdout39": date(2026, 12, 3), "holdout40": date(2026, 12, 4), "holdout41": date(2026, 12, 4), "holdout42": date(2026, 12, 4), "holdout43": date(2026, 12, 4), "holdout44": date(2026, 12, 4), "holdout45": date(2026, 12, 4), "holdout46": date(2026, 12, 4), "holdout47": date(2026, 12, 4), "holdout48": date(2026, 12, 4), "holdout49": date(2026, 12, 4), "holdout50": date(2026, 12, 4), "holdout51": date(2026, 12, 4), "holdout52": date(2026, 12, 4), "holdout53": date(2026, 12, 4), "holdout54": date(2026, 12, 4), "holdout55": date(2026, 12, 4), "holdout56": date(2026, 12, 4), "holdout57": date(2026, 12, 4), "holdout58": date(2026, 12, 4), "holdout59": date(2026, 12, 4), "holdout60": date(2026, 12, 4), "holdout61": date(2026, 12, 4), "holdout62": date(2026, 12, 4), "holdout63": date(2026, 12, 4), "holdout64": date(2026, 12, 4), "holdout65": date(2026, 12, 4), "holdout66": date(2026, 12, 4), "holdout67": date(2026, 12, 4), "holdout68": date(2026, 12, 4), "holdout69": date(2026, 12, 4), "holdout70": date(2026, 12, 4), "holdout71": date(2026, 12, 4), "holdout72": date(2026, 12, 4), "holdout73": date(2026, 12, 5), "holdout74": date(2026, 12, 5), "holdout75": date(2026, 12, 5), "holdout76": date(2026, 12, 5), "holdout77": date(2026, 12, 5), "holdout78": date(2026, 12, 5), "holdout79": date(2026, 12, 5), "holdout80": date(2026, 12, 5), "holdout81": date(2026, 12, 5), "holdout82": date(2026, 12, 5), "holdout83": date(2026, 12, 5), "holdout84": date(2026, 12, 5), "holdout85": date(2026, 12, 5), "holdout86": date(2026, 12, 5), "holdout87": date(2026, 12, 5), "holdout88": date(2026, 12, 5), "holdout89": date(2026, 12, 5), "holdout90": date(2026, 12, 5), "holdout91": date(2026, 12, 5), "holdout92": date(2026, 12, 5), "holdout93": date(2026, 12, 5), "holdout94": date(2026, 12, 5), "holdout95": date(2026, 12, 5), "holdout96": date(2026, 12, 5), "holdout97": date(2026, 12, 5), "holdout98": date(2026, 12, 5), "holdout99": date(2026, 12, 5), "holdout100": date(2026, 12, 5), "holdout101": date(2026, 12, 5), "holdout102": date(2026, 12, 5), "holdout103": date(2026, 12, 5), "holdout104": date(2026, 12, 5), "holdout105": date(2026, 12, 5), "holdout106": date(2026, 12, 5), "holdout107": date(2026, 12, 5), "holdout108": date(2026, 12, 5), "holdout109": date(2026, 12, 5), "holdout110": date(2026, 12, 5), "holdout111": date(2026, 12, 5), "holdout112": date(2026, 12, 5), "holdout113": date(2026, 12, 5), "holdout114": date(2026, 12, 5), "holdout115": date(2026, 12, 5), "holdout116": date(2026, 12, 5), "holdout117": date(2026, 12, 5), "holdout118": date(2026, 12, 5), "holdout119": date(2026, 12, 5), "holdout120": date(2026, 12, 5), "holdout121": date(2026, 12, 5), "holdout122": date(2026, 12, 5), "holdout123": date(2026, 12, 5), "holdout124": date(2026, 12, 5), "holdout125": date(2026, 12, 5), "holdout126": date(2026, 12, 5), "holdout127": date(2026, 12, 5), "holdout128": date(2026, 12, 5), "holdout129": date(2026, 12, 5), "holdout130": date(2026, 12, 5), "holdout131": date(2026, 12, 5), "holdout132": date(2026, 12, 5), "holdout133": date(2026, 12, 5), "holdout134": date(2026, 12, 5), "holdout135": date(2026, 12, 5), "holdout136": date(2026, 12, 5), "holdout137": date(2026, 12, 5), "holdout138": date(2026, 12, 5), "holdout139": date(2026, 12, 5), "holdout140": date(2026, 12, 5), "holdout141": date(2026, 12, 5), "holdout142": date(2026, 12, 5), "holdout143": date(2026, 12, 5), "holdout144": date(2026, 12, 5), "holdout145": date(2026, 12, 5), "holdout146": date(2026, 12, 5), "holdout147": date(2026, 12, 5), "holdout148": date(2026, 12, 5), "holdout149": date(2026, 12, 5), "holdout150": date(2026, 12, 5), "holdout151": date(2026, 12, 5), "holdout152": date(2026, 12, 5), "holdout153": date(2026, 12, 5), "holdout154": date(2026, 12, 5), "holdout155": date(2026, 12, 5), "holdout156": date(2026, 12, 5), "holdout157": date(2026, 12, 5), "holdout158": date(2026, 12, 5), "holdout159": date(2026, 12, 5), "holdout165": date(2026, 12, 6), "holdout166": date(2026, 12, 6), "holdout167": date(2026, 12, 6), "holdout168": date(2026, 12, 6), "holdout169": date(2026, 12, 6), "holdout170": date(2026, 12, 6), "holdout171": date(2026, 12, 6), "holdout172": date(2026, 12, 6), "holdout164": date(2026, 12, 6), "holdout163": date(2026, 12, 6), "holdout162": date(2026, 12, 6), "holdout161": date(2026, 12, 6), "holdout160": date(2026, 12, 5),
                       "holdout173": date(2026, 12, 6), "holdout174": date(2026, 12, 6), "holdout175": date(2026, 12, 6),
                       "holdout176": date(2026, 12, 6),
                       "holdout177": date(2026, 12, 6), "holdout178": date(2026, 12, 6), "holdout179": date(2026, 12, 6),
                       "holdout180": date(2026, 12, 6),
                       "holdout181": date(2026, 12, 6), "holdout182": date(2026, 12, 6), "holdout183": date(2026, 12, 6),
                       "holdout184": date(2026, 12, 6), "holdout185": date(2026, 12, 6), "holdout186": date(2026, 12, 6),
                       "holdout187": date(2026, 12, 6), "holdout188": date(2026, 12, 6), "holdout189": date(2026, 12, 6),
                       "holdout190": date(2026, 12, 6), "holdout191": date(2026, 12, 6),
                       "holdout192": date(2026, 12, 6), "holdout193": date(2026, 12, 6), "holdout194": date(2026, 12, 6),
                       "holdout195": date(2026, 12, 6), "holdout196": date(2026, 12, 6),
                       "holdout197": date(2026, 12, 6), "holdout198": date(2026, 12, 6), "holdout199": date(2026, 12, 6),
                       "holdout200": date(2026, 12, 6),
                       "holdout201": date(2026, 12, 6), "holdout202": date(2026, 12, 6), "holdout203": date(2026, 12, 6),
                       "holdout204": date(2026, 12, 6), "holdout205": date(2026, 12, 6), "holdout206": date(2026, 12, 6),
                       "holdout207": date(2026, 12, 6), "holdout208": date(2026, 12, 6), "holdout209": date(2026, 12, 6),
                       "holdout210": date(2026, 12, 6), "holdout211": date(2026, 12, 6), "holdout212": date(2026, 12, 6),
                       "holdout213": date(2026, 12, 6), "holdout214": date(2026, 12, 6), "holdout215": date(2026, 12, 6),
                       "holdout216": date(2026, 12, 6), "holdout217": date(2026, 12, 6), "holdout218": date(2026, 12, 6),
                       "holdout219": date(2026, 12, 6), "holdout220": date(2026, 12, 6)}
TAG_FIELDS = ("aama_approved", "is_free", "price_usd", "member_price_usd", "credits", "credit_unit", "points",
              "category", "credits_by_category", "format", "live_dates")
ASSERTED_TAGS = ("aama_approved", "is_free", "price_usd", "credits")
_POLICY_LINK = re.compile(r"refund|cancel|polic|terms|faq|help|guarantee|conditions", re.I)


@dataclass
class Case:
    """One page with the values a careful human read off it."""

    name: str
    url: str
    html_path: Path
    expected: dict[str, Any]
    site_pages: list[tuple[str, Path]] = field(default_factory=list)
    site_root: Path | None = None
    known_misses: dict[str, str] = field(default_factory=dict)
    as_of: date = field(default_factory=lambda: LABELLED_ON)  # the day its labels were read ("today" for the set)


def fixture_cases(root: Path = FIXTURES) -> Iterator[Case]:
    """The standalone fixture pages."""
    for meta_path in sorted(root.glob("*/*/meta.json")):
        folder = meta_path.parent
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        pages = [(p["url"], folder / p["file"]) for p in meta.get("site_pages", [])]
        yield Case(f"{folder.parent.name}/{folder.name}", meta["url"], folder / "page.html", expected,
                   pages, None, dict(expected.pop("known_misses", {})), _LABELLED_ON_BY_SET.get(root.name, LABELLED_ON))


def _file_for(site: Path, path: str) -> Path:
    from crawler.sites_server import resolve_file  # the same URL -> file mapping as the demo server

    parts = urlsplit(path)
    found = resolve_file(site, parts.path, parts.query)
    return found if found is not None else site / "__missing__"


def sample_site_cases(root: Path = SAMPLE_SITES) -> Iterator[Case]:
    """The sample sites' courses, expected values from each site's truth.json."""
    misses = _sample_misses()
    for truth_path in sorted(root.glob("*/truth.json")):
        site = truth_path.parent
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        for course in truth.get("courses", []):
            html_path = _file_for(site, course["path"])
            if not html_path.exists():
                continue
            expected = {name: course.get(name) for name in TAG_FIELDS}
            expected["checklist"] = {k: v["met"] for k, v in course.get("checklist", {}).items()}
            name = f"{site.name}{course['path']}"
            yield Case(name, f"http://{site.name}.test{course['path']}", html_path, expected, [], site,
                       {k.split(":", 1)[1]: v for k, v in misses.items() if k.split(":", 1)[0] == name})


def _sample_misses() -> dict[str, str]:
    path = ROOT / "tests" / "scoring" / "known_misses.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@lru_cache(maxsize=512)
def _extract(url: str, path: str) -> ExtractedPage:
    from crawler.extract import extract_page  # the evaluation tool's one dependency on the crawler

    return extract_page(url, Path(path).read_bytes())


def load_page(case: Case) -> ExtractedPage:
    """The case's page as extraction sees it, with its linked policy pages attached."""
    page = _extract(case.url, str(case.html_path))
    page = ExtractedPage.from_dict(page.to_dict())
    attached: list[SitePage] = []
    for url, path in case.site_pages:
        attached.append(_site_page(url, path))
    if case.site_root is not None:
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(case.url))
        seen = set()
        for link in page.links:
            parts = urlsplit(link.url)
            if f"{parts.scheme}://{parts.netloc}" != origin or parts.path in seen:
                continue
            if not _POLICY_LINK.search(parts.path + " " + link.text):
                continue
            seen.add(parts.path)
            target = _file_for(case.site_root, parts.path)
            if target.exists() and target != case.html_path:
                attached.append(_site_page(origin + parts.path, target))
    page.site_pages = attached
    return page


def _site_page(url: str, path: Path) -> SitePage:
    sub = _extract(url, str(path))  # kept under the address the course links to, as the crawler does
    return SitePage(url=url, title=sub.title or "", text=sub.text, sections=sub.sections)


def actual_values(case: Case) -> dict[str, Any]:
    """The scorer's record for a case, reduced to the compared fields."""
    from scoring.record import build_record

    record = build_record(load_page(case), as_of=case.as_of)
    out = {name: record.get(name) for name in TAG_FIELDS}
    out["checklist"] = {k: v["met"] for k, v in record["checklist"].items()}
    out["_record"] = record
    return out


def same(name: str, expected: Any, actual: Any) -> bool:
    """Field equality with float tolerance and order-free lists."""
    if isinstance(expected, float | int) and not isinstance(expected, bool) and isinstance(actual, float | int):
        return abs(float(expected) - float(actual)) < 1e-6
    if isinstance(expected, dict) and isinstance(actual, dict):  # a category not named holds 0 credits
        keys = set(expected) | set(actual)
        return all(same(name, expected.get(k) or 0.0, actual.get(k) or 0.0) for k in keys)
    if isinstance(expected, list) and isinstance(actual, list):
        return sorted(map(str, expected)) == sorted(map(str, actual))
    return expected == actual


def compared_fields(case: Case) -> list[str]:
    """Tag fields this case states (credits_by_category only when the truth gives one)."""
    fields = [f for f in TAG_FIELDS if f in case.expected]
    if case.expected.get("credits_by_category") is None and "credits_by_category" in fields:
        fields.remove("credits_by_category")
    return fields


def evaluate(cases: list[Case]) -> dict[str, Any]:
    """Counts per criterion (tp/fp/fn/tn) and per tag (right/total), plus every miss."""
    criteria = {c: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for c in CRITERIA}
    kinds = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}  # is the page recognised as one course?
    tags: dict[str, dict[str, int]] = {}
    misses: list[str] = []
    for case in cases:
        actual = actual_values(case)
        want_course = not case.expected.get("not_a_course")
        got_course = actual["_record"]["details"]["kind"] == "course"
        kinds[("tp" if got_course else "fn") if want_course else ("fp" if got_course else "tn")] += 1
        if got_course != want_course:
            misses.append(f"{case.name}: kind expected {'course' if want_course else 'not a course'} "
                          f"got {actual['_record']['details']['kind']}")
        if not want_course:
            continue
        for crit, want in case.expected.get("checklist", {}).items():
            got = actual["checklist"][crit]
            key = ("tp" if got else "fn") if want else ("fp" if got else "tn")
            criteria[crit][key] += 1
            if got != want:
                misses.append(f"{case.name}: checklist.{crit} expected {want} got {got}")
        for name in compared_fields(case):
            counts = tags.setdefault(name, {"right": 0, "total": 0})
            counts["total"] += 1
            if same(name, case.expected[name], actual[name]):
                counts["right"] += 1
            else:
                misses.append(f"{case.name}: {name} expected {case.expected[name]!r} got {actual[name]!r}")
    return {"criteria": criteria, "kinds": kinds, "tags": tags, "misses": misses, "cases": len(cases)}


def prf(counts: dict[str, int]) -> tuple[float, float, float]:
    """Precision, recall and F1 from tp/fp/fn (1.0 when there is nothing to find or miss)."""
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def report(result: dict[str, Any]) -> str:
    """The printed report."""
    lines = [f"cases: {result['cases']}", "", f"{'criterion':<24}{'P':>7}{'R':>7}{'F1':>7}   tp  fp  fn  tn"]
    for crit, counts in result["criteria"].items():
        p, r, f = prf(counts)
        lines.append(f"{crit:<24}{p:7.3f}{r:7.3f}{f:7.3f}  {counts['tp']:3d} {counts['fp']:3d} {counts['fn']:3d} {counts['tn']:3d}")
    kinds = result.get("kinds")
    if kinds:
        p, r, f = prf(kinds)
        lines.append(f"{'page is a course':<24}{p:7.3f}{r:7.3f}{f:7.3f}  {kinds['tp']:3d} {kinds['fp']:3d} {kinds['fn']:3d} {kinds['tn']:3d}")
    lines += ["", f"{'tag':<24}{'accuracy':>9}  right/total"]
    for name, counts in result["tags"].items():
        acc = counts["right"] / counts["total"] if counts["total"] else 1.0
        lines.append(f"{name:<24}{acc:9.3f}  {counts['right']}/{counts['total']}")
    if result["misses"]:
        lines += ["", "misses:"] + [f"  {m}" for m in result["misses"]]
    return "\n".join(lines)


def all_cases() -> list[Case]:
    """Fixture pages and sample-site courses."""
    return list(fixture_cases()) + list(sample_site_cases())


def show(cases: list[Case]) -> str:
    """The scorer's values for each case next to the expected ones, for a human to review.

    Expectations are written by hand; this never writes them.
    """
    out = []
    for case in cases:
        actual = actual_values(case)
        record = actual.pop("_record")
        out.append(f"== {case.name}  ({case.url})")
        for name in (*TAG_FIELDS, "checklist"):
            mark = "  " if same(name, case.expected.get(name), actual[name]) or name not in case.expected else "!="
            out.append(f"{mark} {name}: {json.dumps(actual[name])}  expected {json.dumps(case.expected.get(name))}")
        for criterion, entry in record["checklist"].items():
            if entry["met"]:
                out.append(f"   {criterion}: {entry['evidence']!r} ({entry['source_url']})")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the report for every labelled case, or those whose name contains a filter; --show prints values."""
    parser = argparse.ArgumentParser(
        prog="python -m scoring.evaluate",
        description="Per-criterion precision/recall/F1 and per-tag accuracy of the scorer on labelled pages.",
        epilog=f"--holdout, --holdout2 ... --{HOLDOUT_SETS[-1]}: evaluate one held-out set "
               "(tests/fixtures/<set>, pages written by people who never read the scorer) instead.")
    parser.add_argument("filters", nargs="*", help="keep only cases whose name contains one of these")
    parser.add_argument("--show", action="store_true", help="print each case's expected and actual values")
    known, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    unknown = [a for a in rest if a not in HOLDOUT_FLAGS]
    if unknown or len(rest) > 1:
        parser.error(f"unknown option {unknown[0]}" if unknown else "give one held-out set at a time")
    pool = list(fixture_cases(HOLDOUT_FLAGS[rest[0]])) if rest else all_cases()
    cases = [c for c in pool if not known.filters or any(f in c.name for f in known.filters)]
    print(show(cases) if known.show else report(evaluate(cases)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
