"""Fees: the fee is stated before checkout, "free" included (DOMAIN.md section 4, item 5).

Whether the fee is reasonable is a separate judgement (``scoring.quality.fee_reasonable``).
A price read only from structured data (JSON-LD offers) counts, with less strength.
"""

from __future__ import annotations

from catalog.page import ExtractedPage
from scoring.criteria.base import NOT_MET, CriterionResult, found
from scoring.tags import tag_price
from scoring.view import view

NAME = "fees"


def detect(page: ExtractedPage) -> CriterionResult:
    """The stated price (or "free"), quoted."""
    pv = view(page)
    price = tag_price(pv)
    if price.price_usd is None:
        return NOT_MET
    visible = bool(price.price_evidence and price.price_evidence in page.text)
    return found(pv, 1.0 if visible else 0.7, price.price_evidence)
