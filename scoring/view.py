"""One read of a page shared by every detector: its course sections, sentences and list items.

``view(page)`` is computed once per page object and reused by the tags and the six
criteria (a one-slot cache keyed by identity: scoring handles one page at a time).
``matching(pattern)`` finds the blocks a pattern matches with one scan of the joined
block text instead of one search per block (most cue patterns match no block at all).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from catalog.page import Candidate, ExtractedPage, Section
from scoring.outline import coverage, sections_from_text
from scoring.text import SITEWIDE, Block, blocks, is_sitewide, main_sections

_STRUCTURED_PREFIXES = ("jsonld", "microdata", "rdfa", "next_data", "embedded", "json")


class _Joined:
    """Block texts joined by newlines, with each block's start offset."""

    def __init__(self, items: list[Block]):
        self.items = items
        self.starts: list[int] = []
        offset = 0
        parts = []
        for block in items:
            self.starts.append(offset)
            parts.append(block.text)
            offset += len(block.text) + 1
        self.text = "\n".join(parts)

    def matching(self, pattern: re.Pattern[str]) -> list[Block]:
        hits: list[int] = []
        for match in pattern.finditer(self.text):
            index = bisect_right(self.starts, match.start()) - 1
            if not hits or hits[-1] != index:
                hits.append(index)
        # a match may run across two blocks: confirm on the block itself
        return [self.items[i] for i in dict.fromkeys(hits) if pattern.search(self.items[i].text)]


@dataclass
class PageView:
    """The parts of a page the scorer reads."""

    page: ExtractedPage
    sections: list[Section]
    blocks: list[Block]
    sentences: list[str] = field(default_factory=list)
    course_blocks: list[Block] = field(default_factory=list)
    cache: dict[Any, Any] = field(default_factory=dict)

    def candidates(self, name: str, *, visible: bool | None = None) -> list[Candidate]:
        """Candidates of one field (site-wide banners dropped); ``visible`` keeps HTML or structured ones."""
        found = [c for c in self.page.values(name) if not is_sitewide(c.text or "")]
        if visible is None:
            return found
        return [c for c in found if is_structured(c) is not visible]

    def matching(self, pattern: re.Pattern[str], *, course: bool = True, needles: tuple[str, ...] = ()) -> list[Block]:
        """Blocks (course blocks by default) the pattern matches, in page order.

        ``needles``: lower-case strings of which every match contains at least one; blocks
        without any are skipped without running the pattern (a plain substring test).
        """
        key = (pattern, course)
        if key not in self.cache and needles:
            items = self.course_blocks if course else self.blocks
            lowered = self.cache.setdefault(("lower", course), [b.text.lower() for b in items])
            self.cache[key] = [
                b for b, low in zip(items, lowered, strict=True)
                if any(n in low for n in needles) and pattern.search(b.text)
            ]
        if key not in self.cache:
            joined_key = ("joined", course)
            if joined_key not in self.cache:
                self.cache[joined_key] = _Joined(self.course_blocks if course else self.blocks)
            self.cache[key] = self.cache[joined_key].matching(pattern)
        return self.cache[key]


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
    banners = {id(b) for b in _Joined(found).matching(SITEWIDE)}
    course = [b for b in found if id(b) not in banners] if banners else found
    result = PageView(page, sections, found, [b.text for b in course], course)
    _last = (page, result)
    return result
