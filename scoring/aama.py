"""AAMA approval: approved only when the course page says so and nothing on it says otherwise.

DOMAIN.md section 5: "pending", "expired", "not submitted", "accepted by the AAMA as
non-AAMA points" are not approval, and a badge contradicted by the course text is not
either. The credential "CMA (AAMA)" is a person's title, never a course approval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scoring.dates import parse_dates
from scoring.text import TO_A_READER, sentences

_AAMA = re.compile(r"\bAAMA\b|American Association of Medical Assistants", re.I)
MENTION = re.compile(r"\baama\b|american association of medical assistants", re.I)
_CREDENTIAL = re.compile(r"\bCMA\s*\(\s*AAMA\s*\)", re.I)
_NEGATIVE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("non_aama", re.compile(
        r"\bnon[- ]?AAMA\b|\bas non[- ]|\bnot (?:as )?AAMA(?:-approved)? (?:CEUs?|credit)|"
        r"\baccepted (?:by the AAMA )?(?:as|toward)\b|\baccepted by (?:the )?AAMA\b|\bother (?:recertification )?points\b|\bself[- ]report",
        re.I)),
    ("not_submitted", re.compile(
        r"\bnot (?:been )?(?:submitted|approved|accredited|reviewed|eligible)\b|\bnot (?:an? )?AAMA[- ]approved\b|"
        r"\b(?:has|have|was|were)n[’']t (?:been )?(?:submitted|approved)\b|"
        r"\bis(?:n't| not) (?:an? )?AAMA|\bwithout AAMA\b|\bdoes(?:n't| not) (?:carry|offer|provide|award|grant|qualify)"
        # (not a rule against repeats: "the AAMA does not award credit twice for substantially the same content")
        r"(?![^.;]{0,40}?\b(?:twice|again|more than once|a second time|duplicate|repeat(?:ed)?|(?:the )?same (?:content|course))\b)|"
        r"\bno AAMA\b|\bnot (?:offer|award)\w* AAMA|\bnot for AAMA\b|"
        # ("This workshop is not part of the AAMA-approved conference program.", "outside the AAMA-approved program")
        r"\bnot (?:a )?part of (?:the|our|an?|any) (?:[\w-]+ ){0,2}?AAMA[- ]approved\b|\boutside (?:the|our) (?:[\w-]+ ){0,2}?"
        r"AAMA[- ]approved\b|"
        # "AAMA-approved CEUs are not offered for this session", "AAMA approval has not been requested", "did not seek"
        r"\bAAMA(?:[- ]approved)? (?:CEUs?|credits?)\b[^.;]{0,20}?\b(?:are|is|will) not (?:be )?(?:offered|available|awarded|"
        r"provided|given|issued)\b|\bnot (?:been )?(?:requested|sought|applied for)\b|\bdid(?:n[’']t| not) (?:seek|request|apply for)\b|"
        r"\b(?:approval|application) (?:was |has been )?(?:denied|declined|rejected)\b|"
        # a facts row answering no ("AAMA approved: No", "AAMA CEUs | N/A", "AAMA approval? None")
        r"\bAAMA\b[^:|?\n]{0,30}[:|?]\s*(?:no|none|n/?a|not applicable)\b(?![-/])",
        re.I)),
    ("expired", re.compile(
        r"\bexpired\b|\blapsed\b|\bno longer (?:approved|valid|eligible|carries|offers?|awards?|qualif(?:y|ies))|"
        r"\bdo(?:es)? not earn\b|\bended on\b|\bwas approved\b[^.]{0,60}\b(?:through|until)\b|"
        # a live session's credit told in the past, on its recording's page ("carried 1 AAMA CEU for those who attended
        # it live")
        r"\b(?:those|people|participants|attendees|anyone|everyone|learners) who attended\b|"
        # ("The live session on April 18, 2026 was approved for 1.0 AAMA CEU (General) for attendees in the room")
        r"\bthe live (?:session|event|webinar|broadcast|presentation) (?:on|held|of) [^.;]{0,40}\bwas approved\b",
        re.I)),
    ("pending", re.compile(
        # (not "applied for and received AAMA approval": the application is past and granted)
        r"\bpending\b|\bapplied for\b(?![^.;]{0,40}?\band (?:has )?(?:received|was granted|got|obtained|earned)\b)|"
        r"\bapplied to the (?:AAMA|American Association of Medical Assistants)\b(?![^.;]{0,40}?\band (?:received|was granted)\b)|"
        r"\bwaiting (?:on|for) (?:AAMA |their |its |the )?(?:approval|a decision)\b|\bapplication (?:has been |was |is )?(?:submitted|filed|under review|in process)|"
        r"\bawaiting\b|\bunder review\b|\bhas been submitted\b|\bsubmitted (?:to the AAMA )?for (?:AAMA )?(?:approval|review)|"
        r"\bsubmitted (?:this|the|our|it)\b[^.;]{0,40}\bfor (?:AAMA )?(?:approval|review)\b|"
        r"\bin process\b|\bnot yet (?:been )?approved\b|\bapproval (?:is )?expected\b|"
        r"\bapproval (?:has been |was |is )?(?:requested|sought)\b|\bapproval\b[^.;]{0,40}\b(?:has|have) been (?:requested|sought)\b|\b(?:requested|requesting|seeking) (?:AAMA )?approval\b|"
        r"\bexpect (?:a|the|its|their) (?:decision|approval)\b",
        re.I)),
)
_POSITIVE = re.compile(
    r"\bapproved\b|\bapproval (?:number|no\.?|#|code|ID)\b|\bAAMA (?:course|approval|activity) (?:#|number|no\.?|ID)|"
    r"\bAAMA\s*#\s*\d|"
    r"\d(?:\.\d+)?\)?\s*AAMA\b[^.]{0,12}\bCE(?:Us?|s)?\b|\bAAMA\s*CEUs?\s*[:=]\s*\d|\bCEUs?\s*[:=|]?\s*\d(?:\.\d+)?\s*AAMA\b|\bgranted\b|\baccredited by\b|"
    r"\bAAMA[- ]approved\b|\bAAMA[- ]appr\.|\bearns? \d(?:\.\d+)? AAMA\b|\bAAMA\b[^:|?\n]{0,30}[:|?]\s*yes\b|\baprobad[oa] por la (?:AAMA|American Association|Asociaci[oó]n Americana de Asistentes M[eé]dicos)|"
    r"\d(?:\.\d+)?\s*CEUs? de la AAMA\b|"
    r"\bc[oó]digo de aprobaci[oó]n\b|\b(?:carries|holds|has|received|earned) (?:AAMA|an AAMA) approval\b|\b(?:CEUs?|credits?|hours?)\s*\(AAMA(?: approved)?\)|\d(?:\.\d+)?\s*AAMA\s+(?:administrative|clinical|general)\s+CEUs?\b",
    re.I,
)


_UNTIL = re.compile(r"\b(?:through|thru|until|till|valid (?:through|until)|expires?(?: on)?|expiring)\b", re.I)


# Sentences pointing at other courses ("browse our AAMA-approved catalog instead").
_ELSEWHERE = re.compile(
    r"\b(?:browse|see|visit|explore|view|check out|shop)\b[^.;]{0,40}\bAAMA[- ]approved (?:catalog|catalogue|courses|library|list|bundle)|"
    r"\bAAMA[^.;]{0,60}\binstead\b|\blooking for AAMA\b|"
    # another course offered alongside ("Start with our free on-demand session The Playbook (1 AAMA CEU)")
    r"\b(?:start with|try|also try|check out|pair it with|don't miss|new to [\w ]{1,20}\?)\b[^.;]{0,20}\bour\b[^.;]{0,60}"
    r"\b(?:session|course|webinar|module|class|workshop)\b|"
    # ("If you need credit on a related topic, Episode 44 (...) is approved for 1 AAMA CEU"; "Some of the live sessions in
    # the series do carry credit, for example the April 8 sterile field webcast (1 AAMA CEU)")
    r"\bif you need (?:ce |aama |any )?credits?\b|\bfor example,? (?:the |our )?[^.;]{0,60}\b(?:webcast|webinar|session|course|"
    r"class|workshop|episode)\b",
    re.I,
)


@dataclass
class AamaInfo:
    """``approved`` with its status and the sentence that decided it."""

    approved: bool = False
    status: str = "not_stated"  # approved | pending | expired | not_submitted | non_aama | contradicted | not_stated
    evidence: str | None = None


# a search filter's option with its count ("AAMA approved (412) IACET (233)"): a catalogue's facet, no statement
_FACET = re.compile(r"\bAAMA[- ]approved\s*\(\d+\)", re.I)


# a sentence about the recording made of a live session, another offering ("The recording posted afterward is not
# AAMA-approved, so watching it later won't earn CEUs"); on a recording's own page "The recording ..." is the course
# (or one offered instead of the live session: "Cancel ..., or switch to the recording (the recording does not carry
# AAMA CEUs)")
_ABOUT_RECORDING = re.compile(r"^\W*(?:but |however,? )?(?:the|a|any) (?:[\w-]+ ){0,2}(?:recording|replay|video|archive)s?\b"
                              r"(?=.*\b(?:afterwards?|later|after the (?:live )?(?:session|event|webinar|workshop|class)))"
                              r"|\b(?:switch|transfer|move|change|convert) (?:your (?:registration|seat) )?to (?:the|a) "
                              r"(?:[\w-]+ )?(?:recording|replay)\b", re.I)


# a live course's approval told in the present, beside a clause denying credit to its replay ("This program has been
# approved ... Credit is for live attendance only; watching the replay does not earn CEUs"): the replay is another
# offering (on a recording's own page it is "this recording", and the live session's approval is told in the past)
_APPROVED_NOW = re.compile(r"\b(?:has been|have been|is|are)\s+(?:\w+\s+)?approved\b", re.I)
_REPLAY_EARNS_NONE = re.compile(r"(?:\b(?:watching|viewing)\s+)?\bthe (?:[\w-]+ )?(?:replay|recording|video|archive)s?\b[^.;]{0,40}?"
                                r"\b(?:does not|doesn't|do not|don't|will not|won't)\s+(?:earn|carry|award|qualify)\b[^.;]*", re.I)


# a rule about courses in general ("Courses approved for AAMA CEUs are recorded in your AAMA transcript ...; other
# courses can still count as non-AAMA points"): no statement about this one
_IN_GENERAL = re.compile(r"^\W*(?:all |any |only )?(?:courses|programs|programmes|activities|webinars|sessions|events|classes)"
                         r" (?:that|which|approved|with|marked|listed)\b"
                         # (or about the provider's programmes: "AAMA CEU approval, where we have it, is listed on each
                         # course; many of our programs are not AAMA-approved")
                         r"|\b(?:many|most|some|several|not all) of (?:our|the|its|their) (?:courses|programs|programmes|"
                         r"activities|webinars|sessions|events|classes)\b|\bwhere we have it\b"
                         # (or of both kinds at once: "Our recertification packages bundle AAMA-approved and non-AAMA
                         # courses by category")
                         r"|\bAAMA[- ]approved (?:and|or|&|/) non-AAMA\b|\bnon-AAMA (?:and|or|&|/) AAMA[- ]approved\b", re.I)


# a row of a table comparing plans or tiers, yes in one column and no in another: what each includes, no status
_PLANS_COMPARED = re.compile(r"^[^|]+(?=(?:\|[^|]*)*\|\s*(?:yes|included|✓)\b)(?=(?:\|[^|]*)*\|\s*(?:no|not included|—|✗)\b)", re.I)


def classify_sentence(sentence: str) -> str | None:
    """'approved', a negative status, or None when the sentence says nothing about approval."""
    cleaned = _CREDENTIAL.sub("CMA", sentence)
    if not _AAMA.search(cleaned) or _ELSEWHERE.search(cleaned) or _FACET.search(cleaned) or _IN_GENERAL.search(cleaned):
        return None
    if _PLANS_COMPARED.match(cleaned):  # "Post-test and AAMA CEU certificate | No | Yes | No": what each plan includes
        return None
    if "?" in cleaned:  # a question states nothing ("How many non-AAMA points can a CMA use?": an article's title)
        cleaned = " ".join(part for part in sentences(cleaned) if not (part.endswith("?") and len(part.split()) >= 4))
        if not _AAMA.search(cleaned):
            return None
    if _APPROVED_NOW.search(cleaned):  # "... has been approved ...; watching the replay does not earn CEUs": the replay's
        cleaned = _REPLAY_EARNS_NONE.sub(" ", cleaned)
    for status, pattern in _NEGATIVE:
        if pattern.search(cleaned):
            return None if _ABOUT_RECORDING.search(cleaned) else status
    if _POSITIVE.search(cleaned):
        return "approved"
    return None


def _lapsed(sentence: str, as_of: date | None) -> bool:
    """True when an approval "through"/"until"/"expires" date is before ``as_of``."""
    if as_of is None:
        return False
    limit = _UNTIL.search(sentence)
    if not limit:
        return False
    found = parse_dates(sentence[limit.end() :])
    return bool(found) and found[0][:10] < as_of.isoformat()


def classify(sentences: list[str], as_of: date | None = None) -> AamaInfo:
    """Decide approval from the course's sentences (main content only, in page order).

    Any negative statement wins over a positive one: a badge saying "AAMA approved"
    next to "this course has not been submitted" is a contradicted badge. An approval
    stated "through June 30, 2024" has expired when ``as_of`` is later.
    """
    positive: str | None = None
    negative: tuple[str, str] | None = None
    answered: tuple[str, str] | None = None
    previous = ""
    for sentence in sentences:
        status = classify_sentence(sentence)
        if status == "approved" and _lapsed(sentence, as_of):
            status = "expired"
        if status == "approved" and negative is not None and negative[0] == "pending" and (
                _NEWS.search(sentence) or _NEWS.search(previous)):
            negative, positive = None, sentence  # "Update: the AAMA approval came through": pending no more
        previous = sentence
        if status == "approved":
            positive = positive or sentence
        elif status is not None and TO_A_READER.match(sentence):
            # an answer to one reader in a thread ("@KarlaG that one is IACET, ... non-AAMA") speaks of what they asked
            # about: it decides only where the page states nothing else
            answered = answered or (status, sentence)
        elif status is not None and negative is None:
            negative = (status, sentence)
        elif status is None and positive is not None and negative is None and THAT_LAPSED.search(sentence):
            negative = ("expired", sentence)  # "... approved for 1.0 AAMA CEU through" / "That approval has expired"
        elif status is None and negative is None and _APPROVAL.search(sentence) and _lapsed(sentence, as_of):
            negative = ("expired", sentence)  # "AAMA approval expires 12/31/2025." (a day before today)
    if negative is None and positive is None:
        negative = answered
    if negative is not None:
        status, sentence = negative
        if positive is not None and status in ("not_submitted", "expired") and _is_badge(positive):
            status = "contradicted"
        return AamaInfo(False, status, sentence)
    if positive is not None:
        return AamaInfo(True, "approved", positive)
    return AamaInfo()


_APPROVAL = re.compile(r"\bapproval\b", re.I)
# a later word on a pending approval: "Update: the AAMA approval came through this morning", "Edit 12/2: now approved"
_NEWS = re.compile(r"^\W*(?:update[ds]?|edit(?:ed)?|good news)\b|\b(?:came through|(?:is|has) now (?:been )?approved)\b", re.I)
# the approval just stated has lapsed, in a sentence of its own that does not name the AAMA again
THAT_LAPSED = re.compile(r"\b(?:that|this|the|its|our) (?:prior )?approval (?:has |had )?(?:since )?(?:expired|lapsed|ended)\b", re.I)


def _is_badge(sentence: str) -> bool:
    return len(sentence.split()) <= 5
