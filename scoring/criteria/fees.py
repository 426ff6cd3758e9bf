"""Fees: the fee is stated before checkout, "free" included (DOMAIN.md section 4, item 5).

Whether the fee is reasonable is a separate judgement (``scoring.quality.fee_reasonable``).
A price read only from structured data (JSON-LD offers, embedded JSON) counts with less
strength and no quoted evidence, since no visible words state it.
"""

from __future__ import annotations

import re

from catalog.page import ExtractedPage
from scoring.criteria.base import NOT_MET, CriterionResult, found
from scoring.tags import tag_price
from scoring.text import quote
from scoring.view import view

NAME = "fees"
_FREE_WORDS = re.compile(r"\bfree\b|\bno (?:cost|charge|fee)\b|\bcomplimentary\b|\$\s?0(?:\.00)?\b", re.I)


def _visible_line(text: str, price: float) -> str | None:
    """The first line of the page text that shows this amount (or says free for 0)."""
    if price == 0:
        pattern = _FREE_WORDS
    else:
        whole = f"{price:,.2f}"
        short = whole[:-3] if whole.endswith(".00") else whole
        pattern = re.compile(r"\$\s?(?:" + re.escape(whole) + "|" + re.escape(short) + r")(?![\d,])")
    for line in text.splitlines():
        if pattern.search(line):  # headings count too ("$34 | 1 Contact Hour")
            return line.strip()
    return None


def detect(page: ExtractedPage) -> CriterionResult:
    """The stated price (or "free"), quoted."""
    pv = view(page)
    price = tag_price(pv)
    if price.price_usd is None:
        return NOT_MET
    evidence = quote(page.text, price.price_evidence) or _visible_line(page.text, price.price_usd)
    if evidence is None:
        return CriterionResult(True, 0.7, None, page.url)
    return found(pv, 1.0, evidence)
