"""Sections rebuilt from plain page text, for pages whose markup hides their structure.

Table layouts, PDF-turned-HTML and ``<br>``-separated pages often reach scoring as
one long text with few or no sections. Lines give the structure back: a short line
in capitals, in title case without a final period, or ending in ":" is a heading
("OBJECTIVES: Participants will:" is a heading and its first line); numbered or
bulleted lines are list items.
"""

from __future__ import annotations

import re

from catalog.page import ExtractedPage, Section
from scoring.text import section_body

_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]\s|[•·▪‣◦*–●○■□◆◇►▸✓✔➤→-]\s?|[a-z][.)]\s)\s*(?=\S)")
_LABELLED = re.compile(r"^([A-Z][A-Za-z &/'’()-]{1,40}):\s*(.*)$")
_SMALL = frozenset(["a", "an", "and", "the", "of", "for", "in", "on", "to", "with", "by", "or", "at", "from", "your", "our", "vs"])


def _is_heading(line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= 8 or line.endswith((".", ",", ";")) or any(ch.isdigit() for ch in line[:1]):
        return False
    if ":" in line.rstrip(":") or "$" in line:
        return False
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) >= 3:
        return True
    if line.endswith(("?", ":")):
        return True
    return all(w[:1].isupper() or w.lower() in _SMALL or not w[:1].isalpha() for w in words) and len(words) <= 6


def sections_from_text(text: str) -> list[Section]:
    """Sections by heading-like lines, with numbered/bulleted lines as items."""
    sections: list[Section] = [Section(heading="")]
    lines: list[str] = []

    def close() -> None:
        sections[-1].text = "\n".join(lines)
        if sections[-1].items:
            sections[-1].kind = "list"

    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            continue
        labelled = _LABELLED.match(line)
        if labelled and labelled.group(1).isupper() and len(labelled.group(1)) > 2:
            close()
            lines = [labelled.group(2)] if labelled.group(2) else []
            sections.append(Section(heading=labelled.group(1), level=2))
            continue
        if _is_heading(line) and not _ITEM.match(line):
            close()
            lines = []
            sections.append(Section(heading=line.rstrip(":"), level=2))
            continue
        lines.append(line)
        if _ITEM.match(line):
            sections[-1].items.append(_ITEM.sub("", line, count=1).strip())
    close()
    return [s for s in sections if s.heading or s.text]


def coverage(page: ExtractedPage) -> float:
    """Share of the page text that the extracted sections hold (0-1)."""
    if not page.text:
        return 1.0
    held = sum(len(s.heading) + len(section_body(s)) for s in page.sections)
    return min(1.0, held / len(page.text))
