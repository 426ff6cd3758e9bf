"""The extracted page: what crawler extraction produces and scoring consumes.

Extraction (``crawler.extract``) is a pure function ``(url, html) -> ExtractedPage``;
scoring (``scoring``) is a pure function of an ExtractedPage. Every value keeps the
words it came from and where it was found, so a score can always quote its evidence.
The page is stored as JSON on the course row (``to_dict`` / ``from_dict``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

PAGE_KINDS = ("course", "listing", "bundle", "policy", "blog", "instructor", "other")


@dataclass
class Candidate:
    """One value for one field as some layer found it.

    ``field`` is a course-record field name or a raw cue such as ``price_text``,
    ``credit_text``, ``instructor``, ``start_date``; ``value`` is what the layer read
    (text as on the page, or a number from structured data); ``source`` names the
    layer and place (``jsonld:Course.offers.price``, ``next_data``, ``html:dl``,
    ``html:h1``, ``meta:og:title``...); ``text`` is the quoted words.
    """

    field: str
    value: Any
    source: str
    text: str = ""


@dataclass
class Section:
    """A block of the page under one heading (``heading`` is "" before the first one)."""

    heading: str
    level: int = 0
    text: str = ""
    items: list[str] = field(default_factory=list)
    kind: str = "text"  # text | list | dl | table


@dataclass
class Link:
    """A link on the page, absolute URL and its visible text."""

    url: str
    text: str = ""
    card: str = ""  # the words of the listing card the link sits in ("Tue, Jan 26, 2027 · 6–8pm · Live on Zoom")


@dataclass
class SitePage:
    """A site-wide page (refund policy, FAQ, terms) attached to a course page that links to it."""

    url: str
    title: str = ""
    text: str = ""
    sections: list[Section] = field(default_factory=list)


@dataclass
class ExtractedPage:
    """Everything extraction learned from one page."""

    url: str
    title: str | None = None
    text: str = ""
    sections: list[Section] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    structured: list[dict[str, Any]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    kind: str = "other"
    kind_reasons: list[str] = field(default_factory=list)
    site_pages: list[SitePage] = field(default_factory=list)
    provider: str | None = None

    def values(self, name: str) -> list[Candidate]:
        """All candidates for one field, in the order the layers found them."""
        return [c for c in self.candidates if c.field == name]

    def first(self, name: str) -> Candidate | None:
        """The first candidate for a field (structured data layers run first), or None."""
        for candidate in self.candidates:
            if candidate.field == name:
                return candidate
        return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExtractedPage:
        """Rebuild a page stored with ``to_dict``."""
        data = dict(data)
        data["sections"] = [Section(**s) for s in data.get("sections", [])]
        data["candidates"] = [Candidate(**c) for c in data.get("candidates", [])]
        data["links"] = [Link(**link) for link in data.get("links", [])]
        data["site_pages"] = [
            SitePage(**{**p, "sections": [Section(**s) for s in p.get("sections", [])]})
            for p in data.get("site_pages", [])
        ]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})
