"""Scoring: checklist detectors, course tags, quality score and fee reasonableness.

``build_record(page)`` turns one ``catalog.page.ExtractedPage`` into a course record
(pure); ``score_catalogue(engine)`` rescores every stored course from its stored page
and judges fees against the catalogue.
"""

from __future__ import annotations

from scoring.catalogue import score_catalogue
from scoring.record import build_record

__all__ = ["build_record", "score_catalogue"]
