"""``build_record(page)``: one extracted page -> one DESIGN.md course record. Pure.

The record carries every public field (``catalog.records.RECORD_FIELDS``), with
``fee_reasonable`` left None (it needs the catalogue: ``scoring.score_catalogue``),
plus member_price_usd, live_dates, topics, details (per-field evidence) and page.
"""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

from catalog.page import ExtractedPage
from scoring.criteria import detect_all
from scoring.quality import contribution, quality_score
from scoring.tags import Tags, tag_page
from scoring.text import squash

SCORER_VERSION = "1"


def checklist_for(page: ExtractedPage) -> dict[str, dict[str, Any]]:
    """The six criteria as record checklist entries (met, evidence, source_url, strength, contribution)."""
    out: dict[str, dict[str, Any]] = {}
    for name, result in detect_all(page).items():
        out[name] = {
            "met": result.met,
            "evidence": result.evidence,
            "source_url": result.source_url if result.met else None,
            "strength": result.strength if result.met else 0.0,
            "contribution": contribution(name, result.met, result.strength),
        }
    return out


def _sections(sections: list[Any]) -> list[dict[str, Any]]:
    return [{"heading": s.heading, "level": s.level, "text": s.text, "items": list(s.items), "kind": s.kind}
            for s in sections]


def page_dict(page: ExtractedPage) -> dict[str, Any]:
    """``page.to_dict()`` built directly (``dataclasses.asdict`` deep-copies and is 5x slower)."""
    return {
        "url": page.url,
        "title": page.title,
        "text": page.text,
        "sections": _sections(page.sections),
        "candidates": [{"field": c.field, "value": copy.deepcopy(c.value) if isinstance(c.value, dict | list) else c.value,
                        "source": c.source, "text": c.text} for c in page.candidates],
        "structured": copy.deepcopy(page.structured),
        "links": [{"url": link.url, "text": link.text, **({"card": link.card} if link.card else {})}
                  for link in page.links],
        "kind": page.kind,
        "kind_reasons": list(page.kind_reasons),
        "site_pages": [{"url": p.url, "title": p.title, "text": p.text, "sections": _sections(p.sections)}
                       for p in page.site_pages],
        "provider": page.provider,
    }


def _first_text(page: ExtractedPage, name: str) -> str | None:
    cand = page.first(name)
    if cand is None:
        return None
    value = cand.value if isinstance(cand.value, str) and cand.value.strip() else cand.text
    return squash(str(value)) if value else None


# a legal form after a provider's name ("Heronfield Clinical Education, LLC" in the page data, "© Heronfield Clinical
# Education" in its footer): one organisation, named one way in the catalogue
_LEGAL_FORM = re.compile(r",?\s+(?:LLC|L\.L\.C\.|PLLC|Inc\.?|Incorporated|Ltd\.?|Corp\.?|P\.C\.)$")
# an aside after the name saying what the organisation is to the course ("Provided by: Tri-State Workplace Safety
# Council (IACET Accredited Provider)"), not part of its name; an abbreviation in brackets ("(OBMAS)") stays
_ROLE_ASIDE = re.compile(r"\s*\([^()]*\b(?:accredit\w*|approved|provider|sponsor\w*|partner)\b[^()]*\)$", re.I)


# the full stop of the sentence a label's value ends ("Provider of record: Mossglen Community College."), not an
# abbreviation's ("... Medical Assn.")
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})(?<!\bAssn)(?<!\bAssoc)(?<!\bDept)(?<!\bBros)\.$")


def provider_name(name: str | None) -> str | None:
    """The provider's name without a trailing legal form, role aside or full stop (kept when it is the whole name)."""
    if not name:
        return name
    return _SENTENCE_STOP.sub("", _LEGAL_FORM.sub("", _ROLE_ASIDE.sub("", name)).strip()) or name


def record_kind(page: ExtractedPage, tags: Tags) -> str:
    """The page's kind, where a course that states no credit and no AAMA status and whose words name no topic of the
    AAMA content outline is "other": a course, but not continuing education for medical assistants ("Writing
    Successful Grant Proposals" in a college's catalogue, a society's annual business meeting)."""
    if page.kind == "course" and tags.credits is None and tags.category is None and tags.aama_status == "not_stated":
        return "other"
    return page.kind


def build_record(page: ExtractedPage, *, provider: str | None = None, as_of: date | None = None) -> dict[str, Any]:
    """The course record of one page (``fee_reasonable`` None until catalogue scoring).

    ``as_of`` (default: today) is the day an approval stated "through <date>" is checked
    against; pass it to make the result reproducible.
    """
    tags: Tags = tag_page(page, as_of or date.today())
    checklist = checklist_for(page)
    record: dict[str, Any] = {
        "url": page.url,
        "title": squash(page.title or _first_text(page, "title") or ""),
        "provider": provider_name(provider or page.provider or _first_text(page, "provider")),
        "description": _first_text(page, "description") or "",
        "credits": tags.credits,
        "credit_unit": tags.credit_unit,
        "points": tags.points,
        "credits_by_category": tags.credits_by_category,
        "category": tags.category,
        "aama_approved": tags.aama_approved,
        "aama_evidence": tags.aama_evidence,
        "price_usd": tags.price_usd,
        "is_free": tags.is_free,
        "fee_reasonable": None,
        "format": tags.format,
        "checklist": checklist,
        "quality_score": quality_score(checklist),
    }
    record["member_price_usd"] = tags.member_price_usd
    record["live_dates"] = tags.live_dates
    record["topics"] = tags.topics
    record["details"] = {**tags.details(), "kind": record_kind(page, tags), "scorer_version": SCORER_VERSION}
    record["page"] = page_dict(page)
    return record
