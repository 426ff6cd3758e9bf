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
from scoring.tags import tag_format
from scoring.view import view

NAME = "instructional_methods"

# A delivery mode alone states how the course is taught ("This webinar...", "self-paced").
_MODE = re.compile(
    r"\b(live (?:webinar|online|virtual|session|stream|event)|live,? interactive|webinars?|in[- ]person|classroom|face[- ]to[- ]face|"
    r"self[- ]paced|on[- ]demand|home[- ]study|self[- ]study|correspondence|workshops?|seminars?|hands[- ]on|"
    r"e-?learning|online (?:course|module|training|lessons?|class)|video (?:course|lessons?|lectures?|modules?)|recorded (?:webinar|session|presentation)|"
    r"via (?:zoom|microsoft teams|teams|webex|gotowebinar)|skills (?:lab|stations?|day))\b",
    re.I,
)
# Learning activities; two different ones (or one under a format heading) state the methods.
_STRONG = re.compile(
    r"(?:\b|(?=\())(videos?|lessons?|lectures?|narrat(?:ed|ion)|recorded|recordings?|replay|readings?|reading assignments?|textbook|articles?|"
    r"case stud(?:y|ies)|case[- ]based|case discussions?|scenarios?|(?:return )?demonstrations?|simulations?|simulated|role[- ]play(?:ing)?|"
    r"quiz(?:zes)?|post[- ]?tests?|pre[- ]?tests?|(?:\d+-question|multiple[- ]choice|online|written|final) (?:tests?|exams?|assessment)|"
    r"knowledge checks?|interactive|\(\d{1,2}:\d{2}\)|"
    r"slides?|slide deck|polling|polls|q\s?&\s?a|question[- ]and[- ]answer|discussions?|discussion board|podcasts?|audio|"
    r"handouts?|job aids?|worksheets?|workbook|answer sheet|packet|practice questions|supervised practice|manikins?|training arms?|labs?|"
    r"exercises?|small[- ]group|breakout|tutorials?|animations?|animated|infographics?|flashcards?|modules?|presentations?|panel|"
    r"skills? (?:check-?off|practice|stations?)|scorm|printable|downloadable)(?:\b|(?<=\)))",
    re.I,
)
_HEADING = re.compile(
    r"\b(?:format|method|methods|delivery|how (?:it works|you(?:'ll|’ll| will) learn|the course works|to complete|it'?s taught)|"
    r"course structure|structure|teaching|instructional|learning (?:format|activities|experience|methods)|what(?:'s| is) included|"
    r"course includes|includes|curriculum|lessons?|modules?|activities|completion requirements|requirements|how to earn|"
    r"credit requirements|what to expect|course design|agenda)\b",
    re.I,
)
_ANY = re.compile(f"(?:{_MODE.pattern})|(?:{_STRONG.pattern})", re.I)
_LABEL = re.compile(r"^\s*(?:format|delivery(?: method| format)?|method(?:s|ology)?|modality|type|course type)\s*[:\-–]", re.I)


def _key(cue: str) -> str:
    cue = cue.lower().replace("-", " ")
    if cue.startswith("("):
        return "video"
    for stem in ("video", "quiz", "test", "demonstration", "case", "reading", "lesson", "lecture", "lab", "slide", "record",
                 "module", "presentation", "narrat", "discussion", "exam"):
        if stem in cue:
            return stem
    return cue


_TRAIL = re.compile(r"^\s*(?:home|start|main)\s*(?:>|›|»|/|\|)", re.I)  # a breadcrumb trail


def detect(page: ExtractedPage) -> CriterionResult:
    """Teaching-method cues, with the sentence that names them."""
    pv = view(page)
    distinct: dict[str, str] = {}
    for block in pv.matching(_ANY):
        if block.kind == "heading" or _TRAIL.match(block.text):  # ("Home > Home Study: ..." names a page, not a method)
            continue
        mode = _MODE.search(block.text)
        if mode:
            return found(pv, 0.8 if _STRONG.search(block.text) else 0.6, block.text)
        cues = {_key(m.group(1)) for m in _STRONG.finditer(block.text)}
        if not cues:
            continue
        framed = bool(_LABEL.search(block.text) or (block.section.heading and _HEADING.search(block.section.heading)))
        if framed or len(cues) >= 2:
            return found(pv, min(1.0, 0.5 + 0.15 * len(cues) + (0.2 if framed else 0.0)), block.text)
        for cue in cues:
            distinct.setdefault(cue, block.text)
    lecture = next((t for c, t in distinct.items() if c in ("lecture", "presentation")), None)
    if len(distinct) >= 2 or lecture:
        if lecture and len(distinct) == 1:
            return found(pv, 0.5, lecture)
        first = next(iter(distinct.values()))
        return found(pv, 0.6, first)
    fmt = tag_format(pv)  # a delivery format the page states ("in person" at a venue) is a method
    if fmt.format and fmt.format_evidence:
        return found(pv, 0.5, fmt.format_evidence)
    return NOT_MET
