"""One read of a page shared by every detector: its course sections, sentences and list items.

``view(page)`` is computed once per page object and reused by the tags and the six
criteria (a one-slot cache keyed by identity: scoring handles one page at a time).
``matching(pattern)`` finds the blocks a pattern matches without one search per block
(most cue patterns match no block at all): one scan of the joined, lower-cased block
text finds every cue pattern's literal needles (``scoring.needles``), and a pattern runs
only on the blocks holding one of its needles. Patterns without needles scan the joined
text themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from catalog.page import Candidate, ExtractedPage, Section
from scoring.needles import SCANNER
from scoring.outline import coverage, sections_from_text
from scoring.text import PURCHASE_LINK, SITEWIDE, Block, blocks, is_sitewide, main_sections

_STRUCTURED_PREFIXES = ("jsonld", "microdata", "rdfa", "next_data", "embedded", "json")


_ESCAPE = re.compile(r"\\.")
# keyed by id(pattern), the pattern kept alongside (hashing a compiled pattern hashes its code)
_variants: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _fast_variant(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern without re.I, for lower-cased text (Python's re is ~4x slower with re.I).

    Only for case-insensitive patterns whose source has no upper-case letter outside escapes.
    """
    entry = _variants.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        plain = _ESCAPE.sub("", pattern.pattern)
        usable = bool(pattern.flags & re.I) and not any(c.isupper() for c in plain)
        entry = (pattern, re.compile(pattern.pattern, pattern.flags & ~re.I) if usable else None)
        _variants[id(pattern)] = entry
    return entry[1]


class _Joined:
    """Block texts joined by newlines (as written and lower-cased), with each block's start offset."""

    def __init__(self, items: list[Block], parent: tuple[_Joined, list[int]] | None = None):
        """``parent``: a joining of more blocks and where each of ``items`` sits in it (its needle scan is shared)."""
        self.items = items
        self.text, self.starts = self._join([b.text for b in items])
        self._lower: tuple[str, list[int]] | None = None
        self._end: list[int] | None = None
        self._parent = parent
        self._scan: tuple[int, tuple[str, list[int], list[int], list[int]]] | None = None

    @staticmethod
    def _join(parts: list[str]) -> tuple[str, list[int]]:
        starts: list[int] = []
        offset = 0
        for part in parts:
            starts.append(offset)
            offset += len(part) + 1
        return "\n".join(parts), starts

    def _ends(self) -> list[int]:
        """Each lower-cased block's end offset plus one (where the next block starts)."""
        if self._end is None:
            text, starts = self._lowered()  # lower() may change a text's length ("İ")
            self._end = [*starts[1:], len(text) + 1]
        return self._end

    def _lowered(self) -> tuple[str, list[int]]:
        if self._lower is None:
            self._lower = self._join([b.text.lower() for b in self.items])
        return self._lower

    def _scanned(self) -> tuple[str, list[int], list[int], list[int]]:
        """(lower-cased text, start and end+1 of each item in it, the needle bits each item holds)."""
        version = SCANNER.version  # read before scanning: a pattern registered meanwhile makes this scan stale
        if self._scan is None or self._scan[0] != version:
            if self._parent is not None:
                parent, index = self._parent
                text, starts, ends, masks = parent._scanned()
                data = (text, [starts[j] for j in index], [ends[j] for j in index], [masks[j] for j in index])
            else:
                text, starts = self._lowered()
                data = (text, starts, self._ends(), SCANNER.scan(text, starts))
            self._scan = (version, data)
        return self._scan[1]

    def matching(self, pattern: re.Pattern[str]) -> list[Block]:
        fast = _fast_variant(pattern)
        bit = SCANNER.bit(fast) if fast is not None else 0
        if bit:
            # blocks holding one of the pattern's literals (one scan for every pattern), then the pattern on each
            text, starts, ends, masks = self._scanned()
            items = self.items
            return [items[i] for i, mask in enumerate(masks)
                    if mask & bit and fast.search(text, starts[i], ends[i] - 1)
                    and (items[i].text.isascii() or pattern.search(items[i].text))]
        text, starts = self.text, self.starts
        if fast is not None:
            (text, starts), pattern_used = self._lowered(), fast
        else:
            pattern_used = pattern
        hits: list[int] = []
        for match in pattern_used.finditer(text):
            index = bisect_right(starts, match.start()) - 1
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
    other_lines: frozenset[str] = frozenset()  # the lines of other pages' cards (read as candidates too)

    def candidates(self, name: str, *, visible: bool | None = None) -> list[Candidate]:
        """Candidates of one field (site-wide banners dropped); ``visible`` keeps HTML or structured ones."""
        key = ("candidates", name)
        if key not in self.cache:
            self.cache[key] = [c for c in self.page.values(name) if not is_sitewide(c.text or "")
                               and not (c.text in self.other_lines and not is_structured(c))]
        found = self.cache[key]
        if visible is None:
            return found
        return [c for c in found if is_structured(c) is not visible]

    def matching(self, pattern: re.Pattern[str], *, course: bool = True, needles: tuple[str, ...] = ()) -> list[Block]:
        """Blocks (course blocks by default) the pattern matches, in page order.

        ``needles``: lower-case strings of which every match contains at least one; blocks
        without any are skipped without running the pattern (a plain substring test).
        """
        key = ("matching", id(pattern), course)  # by identity: hashing a compiled pattern hashes its code
        hit = self.cache.get(key)
        if hit is not None and hit[0] is pattern:
            return hit[1]
        if needles and _fast_variant(pattern) is None:
            items = self.course_blocks if course else self.blocks
            lowered = self.cache.setdefault(("lower", course), [b.text.lower() for b in items])
            found = [
                b for b, low in zip(items, lowered, strict=True)
                if any(n in low for n in needles) and pattern.search(b.text)
            ]
        else:
            joined_key = ("joined", course)
            if joined_key not in self.cache:
                self.cache[joined_key] = _Joined(self.course_blocks if course else self.blocks)
            found = self.cache[joined_key].matching(pattern)
        self.cache[key] = (pattern, found)
        return found


def is_structured(candidate: Candidate) -> bool:
    """True for values read from JSON-LD, microdata, RDFa or embedded JSON."""
    return candidate.source.split(":", 1)[0].lower() in _STRUCTURED_PREFIXES


# Below this share of the page text held in sections, the text's own lines give the structure.
_MIN_COVERAGE = 0.6
_last: tuple[ExtractedPage, PageView] | None = None


def _other_pages_cards(page: ExtractedPage, sections: list[Section]) -> list[Section]:
    """The sections that are other pages' cards: a section headed by the title of a card linking to another page
    (``Link.card``) whose lines are all that card's, and the section just before it when its lines are all cards'
    too (a grid's heading over card metadata, "Keep going" / "Recorded workshop · 2 AAMA CEUs")."""
    cards = [(link.text.strip(), link.card) for link in page.links if link.card and link.url != page.url]
    if len(cards) < 2:
        return []
    titles = {title for title, _card in cards}
    texts = [card for _title, card in cards]

    def carded(section: Section) -> bool:
        lines = [line.strip() for line in (section.text or "").splitlines() + section.items if line.strip()]
        return all(any(line in card for card in texts) for line in lines)

    dropped: dict[int, Section] = {}  # by identity: two sections may have the same words
    for index, section in enumerate(sections):
        if section.level > 1 and section.heading.strip() in titles and carded(section):
            before = sections[index - 1] if index else None
            if (before is not None and before.level > 1 and id(before) not in dropped and (before.text or before.items)
                    and carded(before)):
                dropped[id(before)] = before
            dropped[id(section)] = section
    return list(dropped.values())


def _link_lists(found: list[Block], page: ExtractedPage, least: int = 3) -> list[Block]:
    """The blocks of runs of ``least`` or more lines that are each all one link: a list of the site's
    pages ("Our courses": "CPT Modifiers Made Practical (live webinar, April 8)", ...), not this course's words."""
    texts = {text for link in page.links if (text := link.text.strip()) and not PURCHASE_LINK.match(text)}
    if len(texts) < least:
        return []
    runs: list[list[Block]] = [[]]
    for block in found:
        if block.text.strip() in texts:
            runs[-1].append(block)
        elif runs[-1]:
            runs.append([])
    return [b for run in runs if len(run) >= least for b in run]


def view(page: ExtractedPage) -> PageView:
    """The page's view, computed once per page object."""
    global _last
    if _last is not None and _last[0] is page:
        return _last[1]
    sections = main_sections(page.sections)
    other_lines: frozenset[str] = frozenset()
    if any(link.card for link in page.links):
        cards = _other_pages_cards(page, sections)
        card_ids = {id(card) for card in cards}
        sections = [s for s in sections if id(s) not in card_ids]
        other_lines = frozenset(line.strip() for card in cards for line in [*card.text.splitlines(), *card.items] if line.strip())
    if page.text and coverage(page) < _MIN_COVERAGE:
        sections = main_sections(sections_from_text(page.text))
    found = list(blocks(sections))
    joined = _Joined(found)
    listed = _link_lists(found, page)
    dropped = {id(b) for b in joined.matching(SITEWIDE)} | {id(b) for b in listed}
    course = [b for b in found if id(b) not in dropped] if dropped else found
    other_lines |= {b.text.strip() for b in listed}
    result = PageView(page, sections, found, [b.text for b in course], course, other_lines=other_lines)
    result.cache[("joined", False)] = joined
    result.cache[("joined", True)] = (
        _Joined(course, (joined, [i for i, b in enumerate(found) if id(b) not in dropped])) if dropped else joined
    )
    _last = (page, result)
    return result
