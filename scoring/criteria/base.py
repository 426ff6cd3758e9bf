"""The one interface every checklist criterion implements, and helpers they share.

``detect(page) -> CriterionResult``: ``met``, ``strength`` (0-1, how clearly the page
states it), ``evidence`` (the quoted sentence or list, an exact substring of the page
text or of the linked site page's text) and ``source_url`` (where the evidence is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.page import Section
from scoring.text import clip, quote
from scoring.view import PageView


@dataclass(frozen=True)
class CriterionResult:
    """The answer to one checklist question for one page."""

    met: bool
    strength: float = 0.0
    evidence: str | None = None
    source_url: str | None = None


NOT_MET = CriterionResult(False)


def found(pv: PageView, strength: float, evidence: str | None, source_url: str | None = None,
          text: str | None = None) -> CriterionResult:
    """A met result whose evidence is quoted from ``text`` (the page text by default)."""
    haystack = pv.page.text if text is None else text
    quoted = quote(haystack, evidence) if evidence else None
    return CriterionResult(True, round(max(0.0, min(1.0, strength)), 3), quoted or (clip(evidence) if evidence else None),
                           source_url or pv.page.url)


def sections_under(pv: PageView, heading: re.Pattern[str], *, subsections: bool = False) -> list[Section]:
    """Course sections whose heading matches (and, with ``subsections``, the deeper sections after them)."""
    out: list[Section] = []
    level: int | None = None
    for section in pv.sections:
        if section.heading and heading.search(section.heading):
            out.append(section)
            level = section.level
        elif subsections and level is not None and section.level > level:
            out.append(section)
        else:
            level = None
    return out


def section_evidence(section: Section) -> str:
    """The section's text (its intro line and items), as it appears on the page."""
    if section.text.strip():
        return section.text.strip()
    return "\n".join(section.items)
