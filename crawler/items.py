"""The item a spider yields: one course page, extracted, waiting to be normalised and stored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from catalog.page import ExtractedPage


@dataclass
class CoursePageItem:
    """A course page as extracted (``page``), where it came from, and its record once normalised."""

    page: ExtractedPage
    site: str  # scheme://host[:port] of the crawled website
    provider: str | None = None  # configured provider name, when crawled from providers.yaml
    record: dict[str, Any] | None = field(default=None)
