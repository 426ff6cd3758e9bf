"""Credit text -> amount, unit and recertification points, with the quoted words.

Units (DOMAIN.md section 2, from the AAMA "Does It Count?" post, updated 2025-06-24):
an AAMA CEU is one point; a contact hour (50-60 minutes) is one point; an IACET CEU
is ten contact hours, so "0.2 IACET CEUs" is 2 points and never 0.2; one college
credit is 15 (non-AAMA) points; a CME credit is one point per hour. A bare "CEU"
figure below 1 with one decimal from a course that is not AAMA-approved is almost
always IACET: it is read as IACET and flagged, never silently guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from scoring.needles import search
from scoring.text import replies_start

# unit kind -> (public credit_unit, points per credit)
UNIT_KINDS: dict[str, tuple[str, Decimal]] = {
    "aama_ceu": ("aama_ceu", Decimal(1)),
    "contact_hour": ("contact_hour", Decimal(1)),
    "iacet_ceu": ("iacet_ceu", Decimal(10)),
    "cme": ("other", Decimal(1)),
    "college_credit": ("other", Decimal(15)),
    "ce_credit": ("other", Decimal(1)),
    "ceu": ("other", Decimal(1)),
    "other_body": ("other", Decimal(1)),
}
# "½ AAMA CEU", "1½ contact hours": a vulgar fraction after an optional whole number
VULGAR = {"½": "0.5", "¼": "0.25", "¾": "0.75"}
FRACTION = r"\d{0,3}[½¼¾]"


def fraction_value(raw: str) -> Decimal:
    """The value of "1½" or "½"."""
    whole = raw[:-1]
    return (Decimal(whole) if whole else Decimal(0)) + Decimal(VULGAR[raw[-1]])


_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
          "seven": "7", "eight": "8", "nine": "9", "ten": "10", "half": "0.5", "one-half": "0.5"}
# ("one and a half contact hours", "two-and-one-half AAMA CEUs": a whole number and a half)
_NUM = (r"(" + FRACTION + r"|\d{1,3}(?:\.\d{1,2})?|\.\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ]and[- ](?:a|one)[- ]half|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|half|one-half)")
_AND_A_HALF = re.compile(r"^(\w+)[- ]and[- ](?:a|one)[- ]half$", re.I)
_UNIT = (
    r"(?P<aama>AAMA[- ](?:approved\s+)?(?:CEUs?|continuing education units?|recertification points?|credits?)|"
    r"(?:CEUs?|credits?)\s+\(AAMA\)|CEUs? de (?:la )?AAMA)"  # (Spanish: "3.0 CEU de la AAMA")
    r"|(?P<iacet>IACET[- ](?:approved\s+)?(?:CEUs?|continuing education units?))"
    r"|(?P<contact>(?:contact|clock|CE|continuing education|credit|instructional)\s*(?:hours?|hrs?\.?)"
    r"|horas? de (?:contacto|educaci[oó]n continua)"  # Spanish: "2 horas de contacto"
    r"|(?:hours?|hrs?\.?)\s+(?:of\s+)?(?:CE|continuing education|CEU credit|contact time)\b"
    # (not a length: "a one-hour CE presentation", "this 2 hour CE course")
    r"(?!\s+(?:presentation|course|session|class|webinar|workshop|program|lecture|talk|module|event|seminar|meeting|"
    r"day|training|activity|offering)s?\b))"
    r"|(?P<cme>(?:AMA PRA Category 1 Credits?(?:\s*\(?TM\)?|™)?|CMEs?(?: credits?| hours?)?))"
    r"|(?P<college>(?:semester|quarter|college|academic)(?:[- ]hour)?\s+credits?(?:\s+hours?)?)"
    r"|(?P<ceu>CEUs?|C\.E\.U\.?s?|continuing education units?)"
    r"|(?P<credit>(?:NHA\s+|CCP\s+|CE\s+|continuing education\s+)?(?:credits?|points?)|(?:CEs?\b|CE['’]s)(?!\s+(?:calendar|rules?|broker|requirements?|catalog\w*|events?|programs?|providers?|tracker|library|"
    r"policy|policies|page|store|opportunit\w*|offerings?|courses?|classes|webinars?|team|committee|director|coordinator|"
    r"pass|passes|bundle)\b))"
)
_FORWARD = re.compile(
    r"(?<![\d.,$])" + _NUM + r"\s*(?:\((?P<paren>\d{1,3}(?:\.\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten)\)\s*)?(?:-\s*)?\(?"
    r"(?:approved\s+)?(?:(?P<pre_aama>AAMA\s+)|(?P<issuer>(?-i:[A-Z]{2,6}|(?:[A-Z]\.){2,6})[®™]?)\s+)?"
    r"(?:(?:administrative|clinical|general)\s+)?(?:(?:nursing|clock|continuing[- ]education|live|on-?demand)\s+(?=contact))?"
    r"(?:" + _UNIT + r")(?![a-z])", re.I
)
_REVERSE = re.compile(r"(?:" + _UNIT + r")\s*(?:awarded|earned|offered|available|approved)?\s*[:=\-–|]\s*" + _NUM + r"(?!\s*%)", re.I)
# "... of video", "2 hours ago", "60 points per cycle", "the 60-point requirement" (the credential's rule), and a
# unit's definition ("One CEU equals ten contact hours")
_NOT_CREDIT_AFTER = re.compile(r"\s*(?:of\s+(?:video|content|instruction|lecture)|left|remaining|ago|per\s+(?:year|cycle)|"
                               r"(?:recertification\s+)?(?:requirements?|rules?)\b|"
                               r"(?:equals|=|is equal to|is equivalent to|is defined as|represents)\b)", re.I)
_OF_TEACHING = re.compile(r"\s*of\s+(?:instruction|lecture)", re.I)
# a unit's definition names amounts of no course: "One CEU equals ten contact hours of participation"
_DEFINITION = re.compile(r"\b(?:one|1|each)\s+(?:iacet\s+|aama\s+)?(?:ceus?|continuing education units?|credits?|"
                         r"contact hours?)\s*(?:equals|=|is equal to|is equivalent to|is defined as|represents)\s+[^.;\n]{0,60}",
                         re.I)
# Every credit statement contains one of these words (a cheap gate before the full patterns).
MENTION = re.compile(r"ceu|credit|hour|hora|hrs|point|unit|cme", re.I)
_AAMA_NEAR = re.compile(r"\bAAMA\b|American Association of Medical Assistants", re.I)
_LAPSED = re.compile(r"\b(?:expired|lapsed|no longer|until|was approved|were approved|pending|not (?:yet )?approved|"
                     r"formerly|previously)\b", re.I)
# "No CE credit or certificate is offered", "No continuing education credit is awarded"
NO_CREDIT_OFFERED = (r"\bno (?:ce |aama |continuing education )?(?:ceus?|credits?)(?: or (?:ce )?certificates?)? (?:are|is|will be) "
                      r"(?:awarded|offered|issued|given)\b")
# the course says it gives no credit today ("Credits: None. Approval (formerly 2 AAMA CEUs) expired", "Credits: No CEUs")
_NO_CREDIT_NOW = re.compile(r"^\W*none\b|\b(?:credits?|ceus?|ce)\s*[:|]?\s*\n?\s*(?:none|no (?:aama |iacet |ce )?(?:ceus?|credits?))\b|"
                            # "certificates carry no CEUs", "certificates issued now list no CEUs"
                            r"\b(?:carr(?:y|ies)|lists?|shows?) no (?:aama |iacet |ce )?(?:ceus?|credits?)\b|"
                            # ("completions from July 1, 2026 receive a certificate of completion with no CEUs")
                            # (or "... a certificate of completion only, with no AAMA CEUs or contact hours")
                            r"\bcertificates? (?:of (?:completion|attendance) )?(?:only,? )?with no (?:aama |iacet |ce )?(?:ceus?|credits?)\b|"
                            # ("No CE credit or certificate is offered for the recording")
                            + NO_CREDIT_OFFERED + r"|"
                            # "no CE credit is available for the recording", "CE credit is not available for viewing the
                            # recording" (not "for partial attendance": a condition)
                            r"\b(?:no (?:ce |aama |continuing education )?(?:ceus?|credits?)(?: or (?:ce )?certificates?)? "
                            r"(?:is|are) available|(?:ce |aama )?(?:ceus?|credits?) (?:is not|are not|isn't|aren't) available) "
                            r"for (?:viewing |watching )?(?:the|this) (?:recording|replay|video|archive|on-demand)\b|"
                            # "no CE certificate is issued for watching it now"
                            r"\bno (?:ce |ceu |aama )?certificates? (?:are|is|will be) (?:awarded|issued|given)\b|"
                            # "viewing the recording now does not earn CEUs"
                            r"\b(?:does not|doesn't|will not|won't) earn\s+(?:any\s+)?(?:aama\s+|iacet\s+|ce\s+)?(?:ceus?|credits?|contact hours?)\b|"
                            # "the recording does not carry CE credit" (any credit: not "does not carry AAMA CEUs", which
                            # leaves its contact hours)
                            r"\b(?:does not|doesn't|will not|won't) carry\s+(?:any\s+)?(?:ce\s+)?(?:credits?|ceus?)\b|"
                            # "viewing the recording now earns (awards) no CEUs", "the recording no longer awards CEUs or a certificate"
                            r"\b(?:earns?|awards?|gives?|carries) no (?:aama |iacet |ce )?(?:ceus?|credits?|contact hours?)\b|"
                            # (any credit at all: "no longer carries AAMA CEUs" leaves its IACET CEUs)
                            r"\bno longer (?:awards?|earns?|carries|offers?|gives?)\s+(?:any\s+)?(?:ce\s+)?(?:ceus?|credits?|contact hours?)\b|"
                            # ("certificates ... do not carry AAMA CEUs or any other continuing education credit")
                            r"\b(?:do|does|will) not carry\b[^.\n]{0,40}?\bor any other (?:continuing[- ]education |ce )?(?:credits?|ceus?)\b",
                            re.I | re.M)
# (or a live session's credit told in the past: "The live session on November 12 carried 1 AAMA CEU for those who
# attended it live")
# (or "Staff who attended the live grand rounds on July 14 received 1.0 contact hour at the time; that activity is closed")
# (or "The live session on April 18, 2026 was approved for 1.0 AAMA CEU (General) for attendees in the room")
_EXPIRED = re.compile(r"\b(?:expired|lapsed|formerly|previously|no longer|carried|when it aired|at the time|who attended|"
                      r"approval (?:has )?ended|"
                      r"the live (?:session|event|webinar|broadcast|presentation) on)\b", re.I)


def lapsed(sentence: str) -> bool:
    """True when a credit sentence speaks of an approval that was, is pending or has expired ("was approved for
    1 AAMA CEU when it aired live")."""
    return bool(_LAPSED.search(sentence))


# "This workshop does not award CEUs or contact hours", "Este taller no otorga CEUs": the course itself gives none
# ("the recording will not carry credit" on a live session's page is about its recording, another offering)
_NONE_AWARDED = re.compile(
    r"\b(?!the (?:[\w-]+ )?recording\b)(?:it|(?:this|the|our) (?:[\w-]+ |[\w]+-)?(?:course|class|workshop|webinar|session|program(?:me)?|module|training|event|lab|"
    r"recording|check|check-off|day)) "
    r"(?:does not|doesn't|will not|won't|cannot) (?:award|offer|carry|provide|give|include|grant|earn) (?:any )?"
    r"(?:ceus?|ce credits?|ce hours?|continuing education(?: credits?| units?)?|contact hours?|credits?)\b"
    # ("No CE credit is offered for this recording")
    r"|" + NO_CREDIT_OFFERED + r" for this (?:recording|course|webinar|episode|module|session|class|program)\b"
    r"|\b(?:este|esta) (?:curso|taller|seminario|sesi[oó]n|clase|programa) no (?:otorga|ofrece|da|incluye) (?:ceus?|cr[eé]ditos?|horas)"
    # ("That approval was not renewed, so watching the recording now earns no AAMA CEUs and no contact hours")
    r"|\b(?:(?:watching|viewing|taking|completing) (?:the|this) (?:[\w-]+ )?(?:recording|course|webinar|module|program(?:me)?|video) "
    r"now |(?:this|the) (?:[\w-]+ )?(?:course|class|workshop|webinar|module|program(?:me)?) (?:now )?)earns? no (?:aama )?"
    r"(?:ceus?|ce credits?|contact hours?|credits?)\b"
    # ("That approval has expired, and the recording no longer carries AAMA CEUs or contact hours")
    r"|\b(?:it|(?:this|the) (?:[\w-]+ )?(?:recording|course|class|workshop|webinar|module|program(?:me)?|video|session)) no longer "
    r"(?:carries|awards|earns|offers|gives|provides) (?:any )?(?:aama )?(?:ceus?|ce credits?|contact hours?|credits?)\b",
    re.I,
)


_NEGATION = re.compile(r"\b(?:no|not)\b|n't\b", re.I)


def none_awarded(page_text: str, kind: str) -> str | None:
    """The words saying this course awards no credit of ``kind``'s sort ("does not award CEUs" says nothing
    against its contact hours), if the page has them."""
    if not page_text or not _NEGATION.search(page_text):
        return None  # every such sentence says "not" or "no" (or opens with "No")
    replies = replies_start(page_text)  # (readers' replies speak of other things: "a free module ... doesn't give any credit")
    if replies > 0:
        page_text = page_text[:replies]
    for found in _NONE_AWARDED.finditer(page_text):
        said = found.group(0).lower()
        if "ceu" in said and kind not in ("aama_ceu", "iacet_ceu", "ceu"):
            continue
        if "aama" in said and kind != "aama_ceu":  # ("... so it no longer carries AAMA CEUs" beside its IACET CEU)
            continue
        if "contact hour" in said and kind != "contact_hour":
            continue
        if said.startswith("it ") and _OTHER_SUBJECT.search(_sentence_before(page_text, found.start()).strip()
                                                            or _previous_sentence(page_text, found.start())):
            continue  # "A recording is shared afterwards for review only; it does not carry credit." (or ". It does ...")
        return found.group(0)
    return None


# what an "it" earlier in its sentence may stand for that is not the course
_OTHER_SUBJECT = re.compile(r"\b(?:recording|replay|video|slides|handouts?|materials?|reception|lunch|social|mixer)\b", re.I)


def _previous_sentence(text: str, at: int) -> str:
    """The sentence before the one ``at`` opens (on its line): what a sentence-opening "It" stands for."""
    end = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at))
    if end < 0 or text[end + 1 : at].strip():
        return ""
    start = max(text.rfind(".", 0, end), text.rfind("\n", 0, end), text.rfind("!", 0, end), text.rfind("?", 0, end))
    return text[start + 1 : end]


def _sentence_before(text: str, at: int) -> str:
    """The words of ``at``'s sentence before it."""
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("!", 0, at), text.rfind("?", 0, at))
    return text[start + 1:at]


def no_credit_today(evidence: str, page_text: str) -> bool:
    """True when the credit statement is one that has expired and the page says no credit is given now
    ("AAMA approval (formerly 2 AAMA CEUs) expired" + "Credits: None"): its credits are null."""
    at = page_text.find(evidence)
    told = page_text[at:at + len(evidence) + 160] if at >= 0 else evidence  # "... 1.0 AAMA CEU when it aired. That approval expired"
    return bool(_EXPIRED.search(told) and _NO_CREDIT_NOW.search(page_text))
_IACET_NEAR = re.compile(r"\bIACET\b|International Association for Continuing Education", re.I)


@dataclass
class CreditInfo:
    """A credit statement: ``credits`` in ``unit`` as stated, ``points`` toward recertification."""

    credits: float | None = None
    unit: str | None = None
    points: float | None = None
    kind: str | None = None
    flag: str | None = None
    evidence: str | None = None


def _number(raw: str) -> Decimal | None:
    if raw[-1:] in VULGAR:
        return fraction_value(raw)
    whole_and_half = _AND_A_HALF.match(raw)
    if whole_and_half:
        whole = _number(whole_and_half.group(1))
        return whole + Decimal("0.5") if whole is not None else None
    raw = _WORDS.get(raw.lower(), raw)
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    return value if value >= 0 else None


def points_for(credits: float, kind: str) -> float:
    """Exact conversion of an amount in a unit kind to recertification points."""
    _unit, factor = UNIT_KINDS[kind]
    return float(Decimal(str(credits)) * factor)


def _kind(match: re.Match[str]) -> str:
    if "pre_aama" in match.re.groupindex and match.group("pre_aama") and (match.group("ceu") or match.group("credit")):
        return "aama_ceu"
    issuer = match.group("issuer") if "issuer" in match.re.groupindex else None
    if issuer and issuer not in ("AAMA", "IACET", "CE") and (match.group("ceu") or match.group("credit")):
        return "other_body"  # "1.5 AAPC CEUs", "2 NHA credits": another body's units, never AAMA's or IACET's
    for group, kind in (("aama", "aama_ceu"), ("iacet", "iacet_ceu"), ("contact", "contact_hour"),
                        ("cme", "cme"), ("college", "college_credit"), ("ceu", "ceu"), ("credit", "ce_credit")):
        if match.group(group):
            return kind
    return "ce_credit"  # pragma: no cover - the pattern always sets one group


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(sep, 0, start) for sep in (". ", "\n", "; ", "|"))
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(sep, end) for sep in (". ", "\n", "; ", "|")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def find_credits(text: str) -> list[tuple[Decimal, str, int, int]]:
    """Every (amount, unit kind, start, end) credit mention in the text, in page order."""
    found: list[tuple[Decimal, str, int, int]] = []
    if not text:
        return found
    definitions = [m.span() for m in _DEFINITION.finditer(text)] if "qual" in text or "=" in text or "repres" in text else []
    forward: list[tuple[int, int]] = []
    for pattern, num_group in ((_FORWARD, 1), (_REVERSE, None)):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in definitions):
                continue
            if num_group is None:  # "Credit Hours | 2 semester credit hours": the amount's own unit, not the label's
                number_at = match.start(match.re.groups)
                if any(start <= number_at < end for start, end in forward):
                    continue
            raw = match.group(num_group) if num_group else match.groups()[-1]
            if num_group and (paren := match.group("paren")) and paren[0].isdigit() and not raw[0].isdigit():
                raw = paren  # "zero point two (0.2) IACET CEUs": the figure in brackets is exact, the words may not be
            value = _number(raw)
            if value is None or value == 0 or value > 200:
                continue
            kind = _kind(match)
            # (contact hours of instruction are contact hours: "list 1.5 contact hours of instruction and no AAMA CEUs")
            if (after := _NOT_CREDIT_AFTER.match(text, match.end())) and not (
                    kind == "contact_hour" and "contact" in match.group(0).lower() and _OF_TEACHING.fullmatch(after.group(0))):
                continue
            found.append((value, kind, match.start(), match.end()))
            if num_group:
                forward.append(match.span())
    found.sort(key=lambda f: f[2])
    return found


def mentions_iacet(text: str) -> bool:
    """True when the text names IACET (an IACET-accredited provider's CEUs are IACET CEUs)."""
    return bool(search(_IACET_NEAR, text or ""))


# one part's credit ("Each evening carries 2.0 AAMA CEUs"), and the whole course's stated after it ("6.0 for the
# full series", "(6 in total)")
_EACH_PART = re.compile(r"\b(?:each|every|per)\s+(?:evening|session|day|night|module|part|class|week|meeting|workshop)\b[^.;\n]*$",
                        re.I)
_WHOLE_AFTER = re.compile(r"(\d{1,3}(?:\.\d{1,2})?)\s*(?:[\w-]+\s+){0,3}?(?:for the (?:full|whole|entire|complete) "
                          r"(?:series|course|program(?:me)?|academy|workshop|day)|in total|total)\b", re.I)


def parse_credits(text: str, *, aama_approved: bool = False, iacet_provider: bool = False) -> CreditInfo:
    """The course's credit statement in one block of text.

    ``aama_approved`` says the course is AAMA-approved, so a bare "CEU" is an AAMA CEU;
    ``iacet_provider`` says the page names IACET, so a bare "CEU" is an IACET CEU.
    When a CEU figure and its contact hours are both given, the CEU figure is the credit.
    """
    mentions = find_credits(text)
    if not mentions:
        return CreditInfo()
    # another body's points ("1.5 CCP points") and a physician's credit ("1.0 AMA PRA Category 1 Credit™") give way
    # to the contact hours a CMA would report them as
    rank = {"aama_ceu": 0, "iacet_ceu": 1, "ceu": 1, "contact_hour": 2, "college_credit": 2,
            "cme": 3, "other_body": 3, "ce_credit": 4}
    if not aama_approved:  # "approved for 1 AAMA CEU until it expired ... now 1.0 contact hour": the credit it gives today
        lapsed = [m for m in mentions if m[1] == "aama_ceu" and _LAPSED.search(_sentence(text, m[2], m[3]))]
        if lapsed and len(lapsed) < len(mentions):
            mentions = [m for m in mentions if m not in lapsed]

    value, kind, start, end = min(mentions, key=lambda m: (rank[m[1]], m[2]))
    evidence = _sentence(text, start, end)
    if _EACH_PART.search(text, max(0, start - 40), start):
        whole = _WHOLE_AFTER.search(evidence)  # "Each evening carries 2.0 AAMA CEUs ... — 6.0 for the full series"
        if whole and (total := _number(whole.group(1))):
            value = total
        else:  # "Each evening is 1.5 contact hours; attendees who complete all three ... receive a certificate for 4.5 contact hours"
            value = max([value, *(m[0] for m in mentions if m[1] == kind and end < m[2] < start + 250)])
    flag = None
    hours = {m[0] for m in mentions if m[1] == "contact_hour"}
    if kind == "ceu" and value * 10 in hours:  # "4.8 CEUs (48 contact hours)": ten hours per CEU is IACET's
        kind = "iacet_ceu"
    elif (kind == "ceu" and hours and not aama_approved and not iacet_provider
          and not _AAMA_NEAR.search(evidence) and not _IACET_NEAR.search(evidence)):
        # "AAPC has approved this webinar for 1.5 CEUs (1.5 contact hours)": another body's CEUs, reported as the hours
        value, kind, start, end = next(m for m in mentions if m[1] == "contact_hour")
        evidence = _sentence(text, start, end)
    if kind == "contact_hour" and aama_approved and _AAMA_NEAR.search(evidence) and "IACET" not in evidence.upper():
        kind = "aama_ceu"  # "CE Hours: 1.5 (AAMA Approved)": hours the AAMA approved are AAMA CEUs
    if kind in ("ceu", "ce_credit"):
        if kind == "ceu" and (iacet_provider or _IACET_NEAR.search(evidence)) and not _AAMA_NEAR.search(evidence):
            kind = "iacet_ceu"
        elif aama_approved or _AAMA_NEAR.search(evidence):
            kind = "aama_ceu"
        elif kind == "ceu" and value.as_tuple().exponent == -1 and (value < 1 or value % Decimal("0.5")):
            # "0.6 CEU", "2.4 CEUs": tenths are how IACET CEUs are counted (one per ten contact hours)
            kind = "iacet_ceu"
            flag = (f"'{evidence}': a CEU figure in tenths from a non-AAMA course; read as IACET CEUs "
                    "(10 contact hours each)")
        elif kind == "ceu":
            flag = f"'{evidence}': CEUs from a course that is not AAMA-approved; unit unclear, counted 1 point each"
    credits = float(value)
    unit, _factor = UNIT_KINDS[kind]
    return CreditInfo(credits, unit, points_for(credits, kind), kind, flag, evidence)


# a college's class: tuition charged per credit hour, college credit, a semester's class schedule
_COLLEGE_PAGE = re.compile(r"\bper (?:semester |quarter )?credit hour\b|\bcollege credits?\b|\bsemester credit|"
                           r"\bcredit hours? \(\d+ lecture", re.I)
_CREDIT_HOUR = re.compile(r"\bcredit\s*(?:hours?|hrs?)\b", re.I)


def college_class(info: CreditInfo, page_text: str) -> CreditInfo:
    """"Credit Hours: 3" on a college's class page (tuition per credit hour, college credit) is three college
    credits, not three contact hours; any other statement comes back as it was."""
    if info.kind != "contact_hour" or info.credits is None or not _CREDIT_HOUR.search(info.evidence or ""):
        return info
    if not _COLLEGE_PAGE.search(page_text):
        return info
    unit, _factor = UNIT_KINDS["college_credit"]
    return CreditInfo(info.credits, unit, points_for(info.credits, "college_credit"), "college_credit", info.flag,
                      info.evidence)
