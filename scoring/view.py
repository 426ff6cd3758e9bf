"""One read of a page shared by every detector: its course sections, sentences and list items.

``view(page)`` is computed once per page object and reused by the tags and the six
criteria (a one-slot cache keyed by identity: scoring handles one page at a time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from catalog.page import Candidate, ExtractedPage, Section
from scoring.outline import coverage, sections_from_text
from scoring.text import Block, blocks, is_sitewide, main_sections

_STRUCTURED_PREFIXES = ("jsonld", "microdata", "rdfa", "next_data", "embedded", "json")


@dataclass
class PageView:
    """The parts of a page the scorer reads."""

    page: ExtractedPage
    sections: list[Section]
    blocks: list[Block]
    sentences: list[str] = field(default_factory=list)
    course_blocks: list[Block] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)

    def candidates(self, name: str, *, visible: bool | None = None) -> list[Candidate]:
        """Candidates of one field (site-wide banners dropped); ``visible`` keeps HTML or structured ones."""
        found = [c for c in self.page.values(name) if not is_sitewide(c.text or "")]
        if visible is None:
            return found
        return [c for c in found if is_structured(c) is not visible]


def is_structured(candidate: Candidate) -> bool:
    """True for values read from JSON-LD, microdata, RDFa or embedded JSON."""
    return candidate.source.split(":", 1)[0].lower() in _STRUCTURED_PREFIXES


# Below this share of the page text held in sections, the text's own lines give the structure.
_MIN_COVERAGE = 0.6
_last: tuple[ExtractedPage, PageView] | None = None


def view(page: ExtractedPage) -> PageView:
    """The page's view, computed once per page object."""
    global _last
    if _last is not None and _last[0] is page:
        return _last[1]
    sections = main_sections(page.sections)
    if page.text and coverage(page) < _MIN_COVERAGE:
        sections = main_sections(sections_from_text(page.text))
    found = list(blocks(sections))
    course = [b for b in found if not is_sitewide(b.text)]
    result = PageView(page, sections, found, [b.text for b in course], course)
    _last = (page, result)
    return result
