"""Instructor credentials: a named person with a qualification (DOMAIN.md section 4, item 3).

Met by a name with post-nominal credentials ("Dana Ruiz, CMA (AAMA), BS"), "Dr." with
a surname, or a bio line naming a role and experience, found under an instructor /
faculty / presenter heading, in the extraction's instructor cues, in a "presented
by ..." sentence, or (weakest, with no quote: no visible words state it) only in the
page's JSON-LD / microdata instructor. "TBA", a first name only, or "our expert team" is not met. A
faculty disclosure statement adds a little strength.
"""

from __future__ import annotations

import re

from catalog.page import ExtractedPage, Section
from scoring.criteria.base import NOT_MET, CriterionResult, found, sections_under
from scoring.text import PHONE
from scoring.view import PageView, view

NAME = "instructor_credentials"

_HEADING = re.compile(
    # (and a catalogue record's "Creator", Dublin Core's author: "Ferreira-Lund, Marisol, MSN, RN, CIC")
    r"\b(?:instructors?|presenters?|faculty|speakers?|authors?|creators?|educators?|teachers?|trainers?|facilitators?|"
    r"presented by|taught by|(?:a )?course by|meet (?:your|the)|course (?:author|developer|creator)s?|planners?|experts?|hosts?|"
    r"moderators?|lecturers?|who(?:'s| is) teaching|your (?:coach|guide|teacher)|about the (?:instructor|presenter|author|speaker|faculty))\b",
    re.I,
)
CREDENTIALS = (
    r"CMA\s*\(AAMA\)|CMA|RMA(?:\s*\(AMT\))?|CCMA|NCMA|CMAC|CPT|CET|RN|LPN|LVN|BSN|MSN|DNP|APRN|FNP(?:-[A-Z]{1,2})?|NP|CNE|CNS|"
    r"MD|DO|PA-C|PA|PharmD|RPh|CPhT|CPC|CPB|COC|CCS|CRC|RHIA|RHIT|CHPS|CHC|CIC|PhD|EdD|Ed\.D\.|DrPH|MEd|M\.Ed\.|MS|MSc|MA|MBA|MHA|MPH|"
    r"BS|BSc|BA|AAS|JD|RD|LD|LDN|RDN|LCSW|LPC|LMFT|PsyD|AHI|CNA|EMT(?:-P)?|NRP|CHES|CDCES|CDE|RRT|(?:MLS|MLT|MT|PBT|HT|HTL)\s*\(ASCP\)(?:CM)?|MLS|MLT|"
    r"CPhT|FACP|FAAFP|FACHE|DPT|OTR/L|CCRN|CEN|CPEN|CHSE|CSSGB|SHRM-CP|CPHQ|CPHRM|CCS-P|CPMA|CEMC|COA|COT|RDMS|RVT|"
    r"CCT|CRAT|CHI|COHN-S|AE-C|GCS|BCPS|CNMT|CDE|RDCS|CHES|MCHES|CPPM|CPCO|CMPE|CMM|CHAM|CMOM|NRCMA|NCPT|CPT\s*\(ASPT\)|LNHA|DMin|"
    r"MSW|BSW|LSW|LICSW|LMSW|MPA|MHS|MSHA|MSHI|MSEd|MSOL|CHW|CCRP|CCRC|CRCST|CST|RHIT|CPHIMS|LCPC|LMHC|BCBA|OTD|DNP|CNM"
)
_CRED = r"(?:" + CREDENTIALS + r")"
_L = r"[^\W\d_]"  # a letter, accented ones included
_UP = r"[A-ZÀ-ÖØ-Þ]"  # a capital letter ("Lucía", "Ólafur": names are not all ASCII)
_LOW = r"[^\W\d_A-ZÀ-ÖØ-Þ]"  # a letter that is not a capital
# (a first name may be an initial: "R. Singh, RHIA, CCS"; a nickname may follow it in quotes: 'Dorothea "Dorrie" Pruitt')
_NAME = (r"(?:Dra?\.?\s+)?(?:[A-Z](?:" + _L + r"|['’\-])+|[A-Z]\.)(?:\s+[A-Z]\.)?(?:\s+[\"“][A-Z]" + _L + r"+[\"”])?"
         r"(?:\s+(?:de|van|von|del|da|O')?\s*[A-Z](?:" + _L + r"|['’\-])+){1,2}")
# "Granite Springs, NP 58001", "Baltimore, MD 21201": a town and its state's code, not a name and a credential
_NOT_STATE = r"(?!\s*\d{5})(?!\s*" + PHONE + r")"  # (nor "Harmon Creek, PA (717) 555-0148")
_NAMED_CRED = re.compile(_NAME + r"\s*,\s*" + _CRED + r"(?![\w-])" + _NOT_STATE + r"(?:\s*,\s*" + _CRED + r"(?![\w-]))*")
# a catalogue's inverted name ("Ferreira-Lund, Marisol, MSN, RN, CIC": surname, given name, credentials)
_WORD_NAME = r"[A-Z](?=[\w'’\-]*[a-z])(?:" + _L + r"|['’\-])+"  # (a name has lower-case letters: not "CMA, RMA, CCMA")
_INVERTED_CRED = re.compile(r"\b" + _WORD_NAME + r",\s+" + _WORD_NAME + r"(?:\s+[A-Z]\.)?\s*,\s*" + _CRED
                            + r"(?![\w-])" + _NOT_STATE + r"(?:\s*,\s*" + _CRED + r"(?![\w-]))*")
# ("Pat Green (CMA, AAMA)": the certifying body written as a second item)
_PAREN_CRED = re.compile(_NAME + r"\s*\(\s*" + _CRED + r"(?:\s*,\s*(?:" + _CRED + r"|AAMA|AMT|NHA|ASCP|NCCT))*\s*\)")
_CRED_GATE = re.compile(r"[,(]\s*" + _CRED + r"(?![\w-])|\bDr\.?\s")
_DOCTOR = re.compile(r"\bDra?\.?\s+[A-Z](?:" + _L + r"|['’\-])+(?:\s+[A-Z](?:" + _L + r"|['’\-])+)?")
_ROLE = re.compile(
    r"\b(?:nurse|physician|pharmacist|educator|instructor|director|manager|coordinator|specialist|coder|auditor|"
    r"consultant|officer|attorney|lawyer|dietitian|dietician|professor|lecturer|supervisor|phlebotomist|technician|"
    r"technologist|preventionist|therapist|counsel(?:l)?or|administrator|practitioner|assistant|surgeon|paramedic|"
    r"trainer|author|researcher|founder|chief|head|dean|chair|faculty member|"
    # a lead person, not the metal ("Lead-Safe Kids", "blood lead testing")
    r"(?:the|a|an|our|as) (?:[\w-]+ ){1,2}lead\b(?![- ](?:placement|poisoning|screening|tests?|testing|exposure|levels?|safe|free|aprons?))|"
    r"lead (?:instructor|educator|trainer|presenter|faculty|nurse|medical assistant|MA|CMA|coder|auditor|phlebotomist|"
    r"technologist|physician|pharmacist|author|developer|planner|facilitator|preceptor)|"
    r"(?:cardi|dermat|path|radi|onc|neur|psych|audi|gastroenter|endocrin|pulmon|rheumat|nephr|ur|hemat|gynec|ophthalm|immun|epidemi)ologist|"
    r"pediatrician|paediatrician|geriatrician|physiatrist|psychiatrist|"
    r"interpreter|ethicist|coach|registered nurse|nurse practitioner|physician assistant|medical assistant|paralegal|analyst)\b"
    # a credential held as a role ("has been a CMA (AAMA) since 2009")
    r"|\b(?:a|an) (?-i:CMA|RMA|CCMA|NCMA|RN|LPN|LVN|NP|PA|MD|CPC|RRT|CPhT|PharmD)\b",
    re.I,
)
_EXPERIENCE = re.compile(
    r"\b(?:\d+\+?\s+years?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|many|several)\s+years?|decades?|"
    r"(?:has|have|had) (?:trained|taught|worked|led|served|managed|practi[sc]ed|audited|written|published|supervised|been|run|directed)|"
    # (not the passive "Questions may be directed to the Title IX Coordinator")
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?:supervised|trained|taught|managed|directed)|precepts?|"
    r"(?:teaches|directs|leads|manages|practi[sc]es|serves|supervises|trains|audits|advises|counsels|consults|researches|writes|works)|"
    r"experience|certified|licensed|board[- ]certified|credentialed|former|previously|since \d{4})\b",
    re.I,
)
_VAGUE = re.compile(r"\b(?:TBA|TBD|to be (?:announced|determined|confirmed)|our (?:expert|experienced|team|faculty|instructors)|various|staff|guest speaker)\b", re.I)
# a bio names a person already: only a name still to come makes it vague ("... training clinic staff" is no team)
# ("A paramedic from Belanger Parish EMS has been invited and we will post the name once confirmed")
_UNNAMED = re.compile(r"\b(?:TBA|TBD|to be (?:announced|determined|confirmed)|guest speaker|(?:has|have) been invited|"
                      r"once (?:confirmed|announced)|will (?:post|announce|share|add) (?:the|their|his|her) names?)\b", re.I)
# teachers named by first name and where they work ("Presenters | Marisol and Tom from the college's lab team"): the
# page names its instructors, with no credential (a credentialed name elsewhere, an e-mail's signer, is someone else)
_TEACHER_LABEL = r"(?i:presenters?|instructors?|speakers?|facilitators?|trainers?|hosts?)"
_FIRST_NAMES = re.compile(r"\b(?i:presenters?|instructors?|speakers?|facilitators?|trainers?|hosts?|faculty|(?:led|taught|hosted|"
                          r"presented) by)\s*[:|]?\s*[A-Z][a-z]+(?:\s*(?:,|and|&)\s*[A-Z][a-z]+)*\s+(?:from|of|on|at|with)\s+"
                          r"(?:the|our|your|its)\b"
                          # (or a first name and an initial alone: "Presenter | Trish M.")
                          r"|\b" + _TEACHER_LABEL + r"\s*[:|]\s*[A-Z][a-z]+\s+[A-Z]\.\s*$"
                          # (or a first name alone: "Your presenter: Colette")
                          # (a line of its own, not a table's header row: "Time | Session | Speaker | Category")
                          r"|^\W*(?i:your |our |the )?" + _TEACHER_LABEL + r"\s*[:|]\s*" + _UP + _LOW + r"+\.?\s*$", re.M)
_DISCLOSURE = re.compile(r"\bdisclos|\bfinancial relationships?\b|\bconflicts? of interest\b", re.I)
_PRESENTED = re.compile(
    r"\b(?:presented|taught|led|facilitated|written|developed|authored|hosted|delivered) by\b|"
    r"\b(?:instructor|presenter|speaker|faculty|author|teacher|trainer|facilitator|host)\w{0,2}\s*(?:\(s\))?\s*[:|]|"
    r"\b(?:lab|course|session|class|workshop|skills|clinical) leads?\s*:|"
    r"\b(?:your|our|the) (?:instructor|presenter|speaker|author|teacher|trainer|facilitator|host)s?(?:,| is\b| will be\b)",
    re.I,
)


_INTRODUCED_BY = re.compile(r"\b(?:taught|trained|led|supervised|directed|managed) by\b", re.I)


_NOT_NAME = frozenset(
    ["medical", "assistants", "assistant", "certified", "health", "care", "clinical", "course", "courses", "program", "registered", "national", "american", "association", "board", "office", "clinic", "practice", "the", "for", "and", "all", "our", "your",
     "enroll", "now", "add", "cart", "buy", "register", "sign", "view", "read", "more", "learn", "start", "join",
     "today", "free", "certificate", "level", "updated", "last", "meet", "about",
     # a body's name, not a person's ("our chapter's Education Committee")
     "committee", "team", "desk", "department", "division", "staff", "faculty", "chapter", "society", "group",
     "editorial", "center", "centre", "institute", "university", "college", "hospital",
     # a job title, not a name ("our Certified Diabetes Care and Education Specialist, Priya")
     "education", "specialist", "educator", "coordinator", "manager", "director", "instructor", "trainer", "coach",
     "nurse", "officer", "services",
     # a place, not a person ("Administration Building, Room A-210")
     "building", "room", "hall", "suite", "campus",
     # a time zone, not a person: "12:00 PM Central Time (CST)" ("CST" is also a surgical technologist's credential)
     "time", "standard", "daylight", "eastern", "central", "mountain", "pacific", "alaska", "hawaii", "arizona",
     # a day, not a person: "Each Wednesday you can sit in HS-214 ..."
     "each", "every", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def _person(phrase: str) -> bool:
    words = re.findall(r"[A-Za-z]+", phrase.split(",")[0].split("(")[0])
    return not any(w.lower() in _NOT_NAME for w in words)


_ANY_ACRONYM = re.compile(_NAME + r"\s*,\s*[A-Z][A-Za-z]{0,3}[A-Z](?:-[A-Z]{1,3})?(?:\s*\([A-Z]{2,6}\))?(?![\w-])" + _NOT_STATE)


# "418 Canal Street, Millbrook Falls, PA": a town after its street address, and its state's code
_STREET_BEFORE = re.compile(r"\b\d+\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|"
                            r"Way|Parkway|Pkwy|Place|Pl|Court|Ct|Highway|Hwy|Pike|Circle)\.?,\s*$")


def credential_in(text: str, *, instructor_context: bool = False) -> str | None:
    """The "Name, CREDENTIAL" (or "Dr. Name") phrase in a text, or None."""
    patterns = (_NAMED_CRED, _PAREN_CRED, _DOCTOR, _INVERTED_CRED) + ((_ANY_ACRONYM,) if instructor_context else ())
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _person(match.group(0)) and not _STREET_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                return match.group(0)
    return None


_NAME_LINE = re.compile(r"^(?:Dra?\.?\s+)?" + _UP + r"(?:" + _LOW + r"|['’\-])+(?:\s+[A-Z]\.)?\s+" + _UP + r"(?:" + _L
                        + r"|['’\-])+(?:\s*,.*)?$")
# (a surname has a lower-case letter: "Every VFC office must have a ... coordinator" names no one)
_FULL_NAME = re.compile(r"(?<!-)\b" + _UP + r"(?:" + _LOW + r"|['’\-])+\s+(?:[A-Z]\.\s+)?" + _UP + r"(?:" + _UP + r"|['’\-])*"
                        + _LOW + r"(?:" + _L + r"|['’\-])*")
# "PharmD, Clinical Pharmacist – Pediatrics, Bayview Children's Clinic", "MLS(ASCP)CM, point-of-care coordinator"
_CRED_LINE = re.compile(
    r"^\s*" + _CRED + r"(?:[A-Z]{1,3}\b)?(?:\s*,\s*(?:" + _CRED + r"|[A-Z]{2,6}))*(?:\s*[,–—-]\s*[A-Za-z][^\n]{2,100})?\s*$"
)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def _bio(text: str, named: bool = False) -> bool:
    """A role and experience line; ``named`` says a person's full name is already known. The words that
    introduce a teacher ("Taught by Coach Bri") state no experience."""
    if not (_ROLE.search(text) and _EXPERIENCE.search(_INTRODUCED_BY.sub(" ", text))) or _JOB_POST.search(text):
        return False
    # (a person's name does not follow "the": "On the Western Slope many MAs work ..." names a place; nor does a body's
    # word follow it: "author: Patient Experience Team")
    return named or any(_person(m.group(0)) and not _THE_BEFORE.search(text, 0, m.start())
                        and not _BODY_AFTER.match(text, m.end())
                        for m in _FULL_NAME.finditer(text))


# a job opening's card, not a person ("Certified Medical Assistant – Pediatrics Linden Quay, OH · Full Time · $19.75–$24.00 / hour")
_JOB_POST = re.compile(r"\$\s?\d[\d,.]*(?:\s*[–-]\s*\$?\s?\d[\d,.]*)?\s*(?:/|per|an)\s*(?:hour|hr)\b", re.I)


_BODY_AFTER = re.compile(r"\s+(?:(?:teaching|training|education|clinical|nursing|learning)\s+)?"
                         r"(?:team|department|division|committee|staff|group|office|services|faculty|center|centre)\b",
                         re.I)


# whom to ask, not who teaches
_CONTACT_LINE = re.compile(r"^\s*(?:contacts?|questions\??|registrar|for (?:more )?(?:information|info|questions))\b[^:|\n]{0,20}[:|]",
                           re.I)


_HOST_HEADING = re.compile(r"^\W*(?:your |our |event |session )?(?:hosts?|hosted by|moderators?|moderated by)\W*$", re.I)
_ABOUT_HOST = re.compile(r"^\W*about (?:the |your |this )?(?:host|organi[sz]er|presenting organi[sz]ation)s?\W*$", re.I)
_ORG_PROFILE = re.compile(r"^\W*(?:the |our )?(?:[\w&'’.-]+ ){0,8}?(?:association|society|chapter|college|academy|center|centre|"
                          r"clinic|hospital|network|foundation|institute|company|group) (?:is|was|has been)\b", re.I)
_POSTER = re.compile(r"@[\w.-]+\s*·|@[\w.-]+(?:@[\w.-]+)?\s+·?\s*\d{4}-\d\d-\d\d")
_ORGANISERS = re.compile(r"^\W*(?:event |chapter )?(?:organi[sz]ers?|organi[sz]ed by|organi[sz]ing committee|coordinators?|"
                         r"chapter (?:leaders?|officers)|officers)\W*$", re.I)


def detect(page: ExtractedPage) -> CriterionResult:
    """A named instructor with a qualification, quoted."""
    pv = view(page)
    disclosure = bool(pv.matching(_DISCLOSURE, course=False, needles=("disclos", "financial relationship", "conflict")))
    bonus = 0.1 if disclosure else 0.0
    texts: list[tuple[str, float]] = []
    teachers = sections_under(pv, _HEADING, subsections=True)
    # a host beside a speaker still to be named ("Speakers: To be announced" / "Your host: Vashti Okonkwo, CMA (AAMA),
    # chapter education chair"): the host runs the evening, the talk's speaker is not known yet
    if any(_UNNAMED.search(b.text) for section in teachers if not _HOST_HEADING.search(section.heading)
           for b in pv.blocks if b.section is section):
        teachers = [section for section in teachers if not _HOST_HEADING.search(section.heading)]
    # an event platform's "About the host" that profiles the organisation ("The ... Association is a volunteer-run
    # professional association ... President: Benedikt Aabye, CMA (AAMA).") is about who runs it, not who teaches
    teachers = [section for section in teachers if not _profiles_the_host(section)]
    for section in teachers:
        texts += [(b.text, 0.9) for b in pv.blocks if b.section is section and b.kind != "heading"]
        texts.append((section.heading, 0.8))
    texts += [(c.text, 0.9) for c in pv.candidates("instructor", visible=True) if c.text]
    texts += [(b.text, 0.8) for b in pv.matching(_PRESENTED, course=False,
                                              needles=(" by", "instructor", "presenter", "speaker", "faculty", "author"))]
    for text, strength in texts:
        if _VAGUE.search(text) and not credential_in(text.replace("TBA", "")):
            continue
        phrase = credential_in(text, instructor_context=True)
        if phrase:
            return found(pv, strength + bonus, text if len(text) < 300 else phrase)
    for section in sections_under(pv, _HEADING, subsections=True):
        lines = [b.text for b in pv.blocks if b.section is section]
        named = any(_NAME_LINE.match(t) and _person(t) for t in lines)
        for text in (b.text for b in pv.blocks if b.section is section and b.kind != "heading"):
            if _bio(text, named) and not _UNNAMED.search(text):
                return found(pv, 0.8 + bonus, text)
    for text, strength in texts:
        if _bio(text) and not _UNNAMED.search(text):
            return found(pv, strength - 0.1 + bonus, text)
    for block in pv.matching(_ROLE, course=False):
        if block.kind != "heading" and _bio(block.text) and _EXPERIENCE.search(block.text) and not _UNNAMED.search(block.text):
            return found(pv, 0.6 + bonus, block.text)
    for before, after in zip(pv.blocks, pv.blocks[1:], strict=False):  # a name line, then its credentials line
        if _CRED_LINE.match(after.text) and _NAME_LINE.match(before.text) and _person(before.text):
            return found(pv, 0.8 + bonus, f"{before.text}\n{after.text}")
    # a credentialed name anywhere in the course text, unless the page says its instructor is still to be named
    # ("Lab lead: TBA": the "Jo Reyes, CMA (AAMA)" signing the post organises it)
    if any(_UNNAMED.search(text) or _FIRST_NAMES.search(text) for text, _strength in texts):
        return _from_structured_data(pv, bonus)
    for block in pv.matching(_CRED_GATE, course=False):
        if _CONTACT_LINE.match(block.text):  # "Contact: Lorraine Beckwith, CMA (AAMA), Education Committee Chair"
            continue
        if _ORGANISERS.match(block.section.heading or "") or _profiles_the_host(block.section):
            continue  # an event page's "Organizers" or its host's profile: who runs it, not who teaches
        if _POSTER.search(block.text):
            continue  # a post's poster ("Bev Caron, CMA (AAMA) @bevcaron · 2026-11-20"): who shared it, not who teaches it
        # a heading below the title may introduce the instructor ("Hi, I'm Kayla Simmons, BSN, RN")
        phrase = credential_in(block.text) if block.kind != "heading" or block.section.level > 1 else None
        if phrase and (not phrase.startswith("Dr") or _FULL_NAME.search(phrase[3:])):
            return found(pv, 0.6 + bonus, block.text if len(block.text) < 300 else phrase)
    return _from_structured_data(pv, bonus)


def _profiles_the_host(section: Section) -> bool:
    """True for an "About the host" section that describes the organisation."""
    return bool(_ABOUT_HOST.match(section.heading or "") and _ORG_PROFILE.match(section.text or ""))


def _from_structured_data(pv: PageView, bonus: float) -> CriterionResult:
    """Met when the page's structured data names the instructor and the qualification (the visible text does not)."""
    for cand in pv.candidates("instructor", visible=False):
        text = cand.text or str(cand.value or "")
        phrase = credential_in(text)  # known credentials only: an organisation author may read "Name, LLC"
        if phrase and not _VAGUE.search(text):
            return CriterionResult(True, 0.5 + bonus, None, pv.page.url)  # no visible words to quote, as in fees
    return NOT_MET
