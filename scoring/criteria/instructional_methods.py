"""Instructional methods: how the course is taught (DOMAIN.md section 4, item 4).

Counts distinct teaching-method cues (live webinar, self-paced video, home study,
case studies, demonstrations, hands-on practice, quiz or post-test...). Met with two
distinct strong cues anywhere in the course text, or one under a "Format" /
"How it works" heading or label. A lone "online" is not a method.
"""

from __future__ import annotations

import re

from catalog.page import ExtractedPage
from scoring.criteria.base import NOT_MET, CriterionResult, found
from scoring.view import view

NAME = "instructional_methods"

_STRONG = re.compile(
    r"\b(live (?:webinar|online|virtual|session|stream)|webinar|in[- ]person|classroom|face[- ]to[- ]face|self[- ]paced|on[- ]demand|"
    r"video(?:s| lessons?| lectures?| modules?| presentations?| demonstrations?| segments?)?|narrated|recorded|recording|replay|"
    r"home[- ]study|readings?|reading assignments?|textbook|articles?|case stud(?:y|ies)|case[- ]based|scenarios?|"
    r"(?:return )?demonstrations?|hands[- ]on|skills? (?:lab|check-?off|practice|stations?)|simulations?|simulated|role[- ]play(?:ing)?|"
    r"quiz(?:zes)?|post[- ]?tests?|pre[- ]?tests?|final (?:exam|test|assessment)|knowledge checks?|interactive|e-?learning|"
    r"slides?|slide deck|polling|polls|Q\s?&\s?A|question[- ]and[- ]answer|discussions?|lectures?|workshops?|podcasts?|audio|"
    r"handouts?|job aids?|worksheets?|practice questions|supervised practice|manikins?|training arms?|labs?|exercises?|"
    r"small[- ]group|breakout|tutorials?|animations?|infographics?|flashcards?|module(?:s)? with|lessons?)\b",
    re.I,
)
_HEADING = re.compile(
    r"\b(?:format|method|methods|delivery|how (?:it works|you(?:'ll|’ll| will) learn|the course works|to complete|it'?s taught)|"
    r"course structure|structure|teaching|instructional|learning (?:format|activities|experience|methods)|what(?:'s| is) included|"
    r"course includes|includes|curriculum|lessons?|modules?|activities|completion requirements|requirements|how to earn|"
    r"credit requirements|what to expect|course design|agenda)\b",
    re.I,
)
_LABEL = re.compile(r"^\s*(?:format|delivery(?: method| format)?|method(?:s|ology)?|modality|type|course type)\s*[:\-–]", re.I)


def _key(cue: str) -> str:
    cue = cue.lower().replace("-", " ")
    for stem in ("video", "quiz", "test", "demonstration", "case", "reading", "webinar", "lecture", "lab", "slide", "record"):
        if stem in cue:
            return stem
    return cue


def detect(page: ExtractedPage) -> CriterionResult:
    """Teaching-method cues, with the sentence that names them."""
    pv = view(page)
    distinct: dict[str, str] = {}
    for block in pv.blocks:
        if block.kind == "heading":
            continue
        cues = {_key(m.group(1)) for m in _STRONG.finditer(block.text)}
        if not cues:
            continue
        framed = bool(_LABEL.search(block.text) or (block.section.heading and _HEADING.search(block.section.heading)))
        if framed or len(cues) >= 2:
            return found(pv, min(1.0, 0.5 + 0.15 * len(cues) + (0.2 if framed else 0.0)), block.text)
        for cue in cues:
            distinct.setdefault(cue, block.text)
    if len(distinct) >= 2:
        first = next(iter(distinct.values()))
        return found(pv, 0.6, first)
    return NOT_MET
