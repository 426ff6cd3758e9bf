"""Small text helpers shared by detectors and parsers: sentences, quoting, noise sections.

Every evidence string the scorer returns is an exact substring of the text it was
read from; these helpers keep it that way (sentences are slices, clipping is a slice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from catalog.page import Section
from scoring.needles import search

MAX_EVIDENCE = 400

# a purchase button showing its price, what it buys and its action ("$120 Standard seat · March 6 Book"): the page's own
# offer, not a link to another page
PURCHASE_LINK = re.compile(r"^\W*(?:US)?\$\s?\d[^\n]{0,160}\b(?:book|buy(?: now)?|register|enrol+|add to (?:cart|basket)|"
                           r"purchase|check ?out|sign up|reserve)\W*$", re.I)
# a line's closing emoji, arrows or ticks ("What you'll walk away with ✅")
EMOJI_TAIL = re.compile("[\\s\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff]+$")

# A sentence ends at . ! ? followed by space and a capital/digit/quote, or at a line break;
# common abbreviations ("Dr.", "e.g.") do not end one.
# The punctuation is matched (not looked behind at), so re can skip ahead to the next ". ! ? \n".
# a US phone number ("(740) 555-0188", "717.555.0148"): a way to reach someone, no figure of a course's terms
PHONE = r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}"
_BOUNDARY = re.compile(r"[.!?][\"')\]]?\s+(?=[A-Z0-9\"'(\[$])|\n+")
_ABBREV = re.compile(r"\b(?:e\.g|i\.e|Dr|Mr|Mrs|Ms|St|Mt|Ft|vs|No|approx|etc|Inc|Jr|Sr|Ph|a\.m|p\.m|(?<![&/.-])(?-i:[A-Z])|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$", re.I)
_SPACE = re.compile(r"\s+")
_MARKER = re.compile(r"^(?:\d{1,2}|[A-Za-z])[.)]$")
# A line that starts with a list marker is a list item even in running text.
LIST_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]\s|[•·▪‣◦*–●○■□◆◇►▸✓✔➤→-]\s?|[a-z][.)]\s)\s*(?=\S)")

# Headings of blocks that describe other things than this course (related courses,
# navigation, footers, cookie banners); cues found there must not decide this course.
_NOISE_HEADING = re.compile(
    r"\b(you (may|might) also|related|recommended|similar|popular|other courses|more courses|"
    r"more from|customers also|also viewed|trending|newsletter|subscribe|follow us|footer|"
    r"quick links|site map|sitemap|cookie|our (other )?courses|browse|upcoming (courses|webinars)|"
    r"latest (news|posts)|recent posts|categories|tags|share this)\b",
    re.I,
)


# Banners and notices about the whole site ("free shipping on all packets", cookie
# notices): true of every page, so they decide no tag of this course.
SITEWIDE = re.compile(
    r"\bcookies?\b|\*\*\*|\b(?:on|for) all (?:our |of our )?(?:courses|packets|orders|products|webinars|programs|items|purchases)\b|"
    # a newsletter to sign up for, not "(see the December member newsletter)" for a member code
    r"\bsite[- ]?wide\b|\b(?:sign up|join|get|receive|our|email) (?:for |to )?(?:our |the )?(?:[\w-]+ )?newsletters?\b|"
    r"\bnewsletter (?:sign[- ]?up|subscription|list)\b|\bsubscribe\b",
    re.I,
)


def is_sitewide(text: str) -> bool:
    """True for a banner or notice about the whole site rather than this course."""
    return bool(search(SITEWIDE, text))


@dataclass(frozen=True)
class Block:
    """One piece of text on a page: a heading, a sentence of a section's text, or a list item."""

    section: Section
    text: str
    kind: str = "sentence"  # heading | sentence | item


# where readers' replies under a post begin: "Re: <the post's title>", "Reply to @kaylav" (a fediverse thread)
_REPLIES = re.compile(r"\n(?:Re: |(?:Reply|Replying|In reply) to @)")


# a reply opening with the handle of the reader it answers ("@KarlaG that one is IACET ...", "@ kbrennan This one is General")
TO_A_READER = re.compile(r"^\W{0,2}@\s?[\w.-]+\s")


def replies_start(page_text: str) -> int:
    """Where the replies under a post begin in the page's text, or -1 when it shows none."""
    found = _REPLIES.search(page_text)
    return found.start() if found else -1


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space."""
    return _SPACE.sub(" ", text).strip()


def ends_with_abbreviation(text: str, end: int, start: int = 0) -> bool:
    """True when ``text[:end]`` ends with an abbreviation's period ("Dr.", "St.", "e.g."), which ends no sentence.

    The test looks at the 5 characters before the period: after a 6-letter run none can match (its
    \\b would fall inside a word)."""
    return not (end >= 7 and text[end - 7 : end - 1].isalpha()) and bool(_ABBREV.search(text, max(start, end - 6), end))


def sentences(text: str) -> list[str]:
    """The sentences of a text, each an exact (stripped) substring of it."""
    if not text:
        return []
    if "." not in text and "!" not in text and "?" not in text:  # only line breaks end a sentence
        return [piece for line in text.split("\n") if (piece := line.strip())]
    out: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        found = match.group(0)
        if found[0] == "\n":
            end = match.start()
        else:  # a sentence end: the break itself starts after the punctuation
            end = match.start() + 1
            # a list marker ("1.", "a)") is a few characters long
            if found[1] != "\n" and (
                ends_with_abbreviation(text, end, start)
                or ((end - start <= 12 or text[start].isspace()) and _MARKER.match(text[start:end].strip()))
            ):
                continue
        piece = text[start : match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    piece = text[start:].strip()
    if piece:
        out.append(piece)
    return out


def clip(text: str, limit: int = MAX_EVIDENCE) -> str:
    """A prefix of ``text`` at most ``limit`` characters long, cut at a word boundary."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip()


def quote(haystack: str, needle: str | None) -> str | None:
    """``needle`` as it appears in ``haystack`` (whitespace may differ), or None."""
    if not needle or not haystack:
        return None
    needle = needle.strip()
    if needle in haystack:
        return clip(needle)
    words = needle.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words[:60])
    found = re.search(pattern, haystack)
    return clip(found.group(0)) if found else None


def is_noise(section: Section) -> bool:
    """True for related-course lists, footers and similar blocks that describe other things."""
    return bool(section.heading and _NOISE_HEADING.search(section.heading))


def main_sections(sections: list[Section]) -> list[Section]:
    """Sections that describe this course (noise blocks removed)."""
    return [s for s in sections if not is_noise(s)]


def blocks(sections: list[Section]) -> Iterator[Block]:
    """Every heading, sentence and list item of the given sections, in page order.

    Items already present as lines of the section text are not repeated.
    """
    for section in sections:
        if section.heading.strip():
            yield Block(section, section.heading.strip(), "heading")
        seen = set()
        items = set(section.items)
        for sentence in sentences(section.text):
            seen.add(sentence)
            kind = "item" if sentence in items or LIST_LINE.match(sentence) else "sentence"
            yield Block(section, sentence, kind)
        for item in section.items:
            item = item.strip()
            if item and item not in seen:
                yield Block(section, item, "item")


def section_body(section: Section) -> str:
    """A section's text and items as one string (for searching, not quoting)."""
    if not section.items:
        return section.text or ""
    return "\n".join([section.text or "", *section.items])


# a section of readers' reviews ("Reviews", "Student reviews (236)", "Ratings"): readers' words, not the provider's
REVIEWS_HEADING = re.compile(r"^\W*(?:\d+\s+)?(?:student |customer |learner |class )?(?:reviews|testimonials|ratings)"
                             r"(?:\s*\(\d+\))?\W*$", re.I)
