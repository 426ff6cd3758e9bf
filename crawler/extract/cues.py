"""Layer (c) cues: label/value pairs and plain-language phrases in the visible text -> candidates.

Labels are read where the markup marks them (``<dt>``, ``<th>``, first table cell,
a leading ``<strong>``) or written as "Label: value". Language cues catch what no
label announces: "1.5 AAMA CEUs", "approved for 2 contact hours", "$49",
"self-paced online". Sources: ``html:label``, ``html:text``, ``html:price-markup``,
``html:del`` (a struck-through, i.e. former, price), ``html:time``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import chain, islice

from ahocorasick_rs import AhoCorasick
from lxml import etree
from lxml.html import HtmlElement

from catalog.page import Candidate
from crawler.extract.blocks import Block
from crawler.extract.dom import one_line, styled_by_page_css, visible_text

_NOT_CE_NOUN = (r"(?!\s+(?:calendar|rules?|broker|requirements?|catalog\w*|events?|programs?|providers?|tracker|library|"
                r"policy|policies|page|store|opportunit\w*|offerings?|courses?|classes|webinars?|team|committee|director|"
                r"coordinator|pass|passes|bundle|credits?|hours?|units?)\b)")
# Order matters: the first matching family names the field ("CE hours" is credit, not duration).
# (a label naming CE events, "Group registrations for CE events", names no credit)
LABEL_FIELDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("credit_text", r"\b(credits?|ceus?|ce hours?|ce units?|contact hours?|credit hours?|cme|ccps?|ce points?|"
                        r"points|iacet|nursing ce)\b|\b(?:continuing education|ce)\b" + _NOT_CE_NOUN),
        ("price_text", r"\b(price|prices|pricing|cost|costs|fees?|tuition|registration|investment|"
                       r"members?|non-?members?|enrol?lment|amount|rate)\b"),
        ("instructor", r"\b(instructors?|presenters?|speakers?|faculty|authors?|taught by|facilitators?|"
                       r"trainers?|educators?|moderators?|teachers?|lecturers?|planners?|hosts?|reviewers?)\b"),
        ("format_text", r"\b(format|delivery|delivery method|course type|modality|mode|setting|"
                        r"location|venue|method|type)\b"),
        ("category_text", r"\b(categor(y|ies)|topics?|subjects?|content areas?|disciplines?|tracks?|"
                          r"specialt(y|ies)|area)\b"),
        ("duration_text", r"\b(duration|length|time to complete|estimated time|run ?time|minutes|"
                          r"hours|time required)\b"),
        # (not "End Date: | 4/17/2027 3:30 PM", the same session's end)
        ("start_date", r"^(?!\W*(?:end|ends|ending|finish(?:es)?|closes?|closing)\b).*\b(dates?|starts?|start date|when|schedule|"
                       r"sessions?|begins|air date|"
                       r"event date|time|day|when offered)\b"),
        ("provider", r"\b(provided by|offered by|sponsored by|sponsor|provider|organi[sz]ation)\b"),
        ("aama_text", r"\b(aama|approval|approved|accreditation|accredited)\b"),
    )
)
UNIT = (r"(?:aama[\s-]*)?(?:ceus?|c\.e\.u\.?s?|ce credits?|ce hours?|credits?|credit hours?|contact hours?|contact hrs?\.?"
        r"|cme(?: credits?)?|ccps?|ccp points|points|iacet ceus?|nursing contact hours"
        r"|continuing education units?|ce units?)")
# "1.5 AAMA CEUs", "2 (two) contact hours", "two (2) contact hours", "CEUs: 0.2"; not a rate such as
# "$168 per credit hour".
CREDIT_PHRASE = re.compile(
    rf"(?<![$€£])(?:\b\d+(?:\.\d+)?|(?<![\w.])\d*[½¼¾])\)?\s*(?:\(?(?!per\b)[a-z]+\)?\s+)?{UNIT}\b"
    rf"|\b{UNIT}\s*[:=]?\s*\d+(?:\.\d+)?\b"
    # a bare "CE" as the unit, right after its amount or labelling it ("1.0 CE", "2 CEs", "CEs: 2"), not a year's ("2027 CE
    # Pass") or a name's ("Allied CE Direct")
    rf"|(?<![$€£\d.,])(?!(?:19|20)\d\d\b)\b\d{{1,3}}(?:\.\d{{1,2}})?\s*(?:CEs?|CE['’]s)\b{_NOT_CE_NOUN}|\bCEs?\s*[:=]\s*\d",
    re.IGNORECASE,
)
MONEY = re.compile(r"(?:[$€£]\s?\d[\d,]*(?:\.\d{2})?|\b\d[\d,]*(?:\.\d{2})?\s?(?:usd|dollars)\b|\bfree\b"
                   # an amount in words: "The fee is eighty-five dollars"
                   r"|\b(?:ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
                   r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?[- ]dollars?\b"
                   r"|\b(?:no|without) (?:registration |course |tuition |program |attendance )?(?:fee|charge|cost)\b|\bat no (?:charge|cost)\b|\bcomplimentary\b)",
                   re.IGNORECASE)
FORMAT_WORDS = re.compile(
    r"\b(self[- ]paced|on[- ]demand|webinars?|live online|live virtual|virtual|in[- ]person|classroom|"
    r"home study|recorded|(?<!ekg )(?<!ecg )(?<!eeg )recording|video(?:s)?|online course|face[- ]to[- ]face|hybrid|zoom|"
    r"correspondence|print(?:ed)? course|lab|hands[- ]on)\b", re.IGNORECASE)
CREDIT_STEMS = ("ceu", "c.e.u", "credit", "hour", " hr", "cme", "ccp", "point", "unit")
MONEY_STEMS = ("$", "€", "£", "usd", "dollar", "free", "no fee", "no charge", "no cost", "complimentary", "no registration ",
               "no course ", "no tuition ", "no program ", "no attendance ")
FORMAT_STEMS = ("self", "demand", "webinar", "live", "virtual", "person", "classroom", "home study",
                "record", "video", "online course", "face", "hybrid", "zoom", "correspondence",
                "print", "lab", "hands")
_DIGIT = re.compile(r"\d")
_AAMA = re.compile(r"\baama\b", re.IGNORECASE)
INSTRUCTOR_HEADINGS = re.compile(r"\b(instructors?|presenters?|speakers?|faculty|authors?|"
                                 r"about the (instructor|presenter|speaker|author)|taught by)\b|^meet\b",
                                 re.IGNORECASE)
# "Presented by Jane Doe, RN", "Hosted by ...": who teaches it.
PRESENTER = re.compile(r"^(presented|hosted|taught|led|facilitated|moderated) by[:\s]+(.{2,120})$", re.IGNORECASE)
# "Presented by: Seacoast Regional Medical Center, Laboratory Services": an organisation that presents
# a program on another body's site is its provider (a person presenting it is its instructor).
_PRESENTED_LABEL = re.compile(r"^(?:presented|hosted|offered|provided|delivered) by$|^(?:presenting|program|course) "
                              r"(?:organi[sz]ation|partner|provider)$|^in partnership with$", re.I)
ORGANISATION = re.compile(
    r"\b(?:institute|center|centre|group|llc|inc|corp(?:oration)?|company|association|society|hospital|health|"
    r"healthcare|college|university|partners|academy|foundation|department|clinic|network|services|system|council|"
    r"agency|alliance|coalition|school|chapter|consulting|associates|press|laboratories|labs?|forum|collaborative|"
    r"consortium|cooperative)\b", re.I)
_POST_NOMINAL = re.compile(r",\s*(?!(?:LLC|LLP|PLLC|INC|LTD|CO)\b)(?:[A-Z]{2,6}(?:-[A-Z])?|Ph\.?D|M\.?D|PharmD|MSc?)\b"
                           r"(?!\s+(?:[A-Z][a-z]|of\b))")
# a unit after an organisation's name, after a comma or a dash ("..., Laboratory Services", "... College – Workforce Education")
_DEPARTMENT = re.compile(r"(?:,|\s+[–—-])\s*(?:[\w&'-]+\s+){0,3}(?:services|department|division|team|laboratory|office|unit|"
                         r"programs?|education|training|outreach|learning)\s*$",
                         re.I)


US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
              "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
              "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
              "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
              "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming")
# ", Chattanooga, TN" / ", Salina, Kansas" after an organisation's name
_TOWN_AND_STATE = re.compile(r",\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s*(?:[A-Z]{2}|" + US_STATES + r")$")
_PLACE_IN_BRACKETS = re.compile(r"\s*\((?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)(?:,\s*(?:[A-Z]{2}|" + US_STATES + r"))?\)$")
_OWN_UNIT = re.compile(r"\b(?:chapter|section|branch|district)$", re.I)


_APPOSITION = re.compile(r",\s+(?:a|an|which|who|whose)\s"
                         # "..., in partnership with PLMAA", "... (an IACET Accredited Provider)": another party, a note
                         r"|,?\s+(?:in (?:partnership|collaboration|association|cooperation) with|together with|jointly with)\s"
                         r"|\s+\((?:an?|the)\s[^()]*\)")


def presenting_organisation(label: str, value: str) -> str | None:
    """The organisation a "Presented by" label names ("Seacoast Regional Medical Center" from
    "Seacoast Regional Medical Center, Laboratory Services"), or None for a person or a vague value."""
    # "Duke City Workplace Safety Council, a nonprofit employer safety coalition. HDMAA shares ...": the name, not what it is
    # (its first sentence, split as ``sentences`` splits: "St. Luke's" is one name)
    value = _APPOSITION.split(next(iter(sentences(one_line(value))), ""), 1)[0]
    value = _TOWN_AND_STATE.sub("", value.strip(" ."))  # "..., Chattanooga, TN": where it is, not who
    if not _PRESENTED_LABEL.match(label.strip().rstrip(":")) or not value or len(value) > 100:
        return None
    if not ORGANISATION.search(value) or _POST_NOMINAL.search(value) or re.search(r"\b(?:TBA|TBD)\b", value):
        return None
    if _OWN_UNIT.search(value):  # "Hosted by: East Tennessee Chapter": a unit of the society whose site it is
        return None
    value = re.sub(r"\s*\([A-Z]{2,8}\)$", "", value)  # "(NEPI)": the acronym the name was just spelled out for
    value = _PLACE_IN_BRACKETS.sub("", value)  # "(Indianapolis)", "(Boise, Idaho)": where it is, not who
    return _DEPARTMENT.sub("", value).strip() or None


# "Presented by the Rocky Mountain Health Law Collaborative and listed in the FRAHI catalog by agreement.", "Partner
# program presented by Red River Ledger Coding Collaborative (Fargo, North Dakota)."
# ("Partner webinar — presented by our friends at the Snake River Regional Health Education Center (SRRHEC).")
_PRESENTED_SENTENCE = re.compile(r"^(?i:(?:(?:this|the|our|a) )?(?:partner |joint |guest )?(?:program(?:me)?|webinar|course|session|"
                                 r"workshop|event|class|training|activity|seminar|lecture)(?: (?:is |was )?|\s*[—–-]\s*))?"
                                 r"(?i:presented|offered|provided|delivered|brought to you|hosted|organi[sz]ed)"
                                 # ("presented and certified by ...")
                                 r"(?i: and (?:certified|accredited|approved|taught|developed|delivered))? (?i:by|jointly with) "
                                 r"(?i:our (?:partners?|colleagues?|friends)(?: (?:at|from))?,?\s+)?(?:the )?"
                                 r"((?:[A-Z][\w&'.-]*|of|for|and|&)(?:\s+(?:[A-Z][\w&'.-]*|of|for|the|and|&))*)")
PRESENTED_BY = "html:presented-by"  # the source of an organisation the page says presents the course
# a part of the site's own organisation ("Clinical Education Department"), not another presenter
PART_OF = re.compile(r"\b(?:department|dept|division|office|team|staff|faculty|editors|committee|board|desk|unit|program|"
                      r"services)$", re.I)
_NAME_ENDS = re.compile(r"\s+(?:and|&|of|for|the)$")
_HEALTH_DEPARTMENT = re.compile(r"\b(?:county|district|city|state|public|regional) health department$", re.I)
_PARTICLE = re.compile(r"\s*(?:d['’]|de |del |la |le |du |van |von )")  # a place's name going on in lower case


# a label of one to three words the paragraph opens with ("Partner course. This course is offered by ...")
_LEAD_LABEL = re.compile(r"^(?:[\w-]+ ){0,2}[\w-]+[.:]\s+(?=[A-Z])")


# an organisation named as the provider of record after a comma ("Offered in partnership with Greenhorn Valley Community
# College Workforce & Continuing Education, the provider of record.")
_OF_RECORD = re.compile(r"\b(?:with|by|from)\s+(?:the\s+)?((?-i:[A-Z])[\w&'’.-]*(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|of|and|&|for|the)){1,9}),"
                        r"\s+(?:the|our|its)\s+(?:course\s+|ce\s+)?provider of record\b", re.I)


# ... or as the subject that is it ("Wasatch Back Technical College (WBTC) designed and teaches this course and is the
# provider of record")
# (its unit between commas: "Vallecito Technical College, Continuing & Workforce Education, is the provider of record")
_IS_OF_RECORD = re.compile(r"((?-i:[A-Z])[\w&'’-]*(?:\s+(?:(?-i:[A-Z])[\w&'’-]*|of|and|&|for|the)){1,9})(?:\s*\([A-Z]{2,8}\))?"
                           r"(?:,\s+[^,.;]{1,60},)?\s+(?:[^.;]{0,80}?\s)?is (?:the|our|its) (?:course |ce )?provider of record\b",
                           re.I)


# ... or labelled ("Provider of record: Ledgerwood Technical College, an IACET Accredited Provider.")
_LABELLED_OF_RECORD = re.compile(r"\b(?:course |ce )?provider of record\s*:\s*(?:the\s+)?((?-i:[A-Z])[\w&'’.-]*"
                                 r"(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|of|and|&|for|the)){1,9})", re.I)


_ITS_PEOPLE = re.compile(r"\s+(?:staff|team|employees|educators|nurses|clinicians|volunteers|faculty)\b", re.I)


def presenting_sentence(text: str) -> str | None:
    """The organisation a paragraph opens by naming as its presenter ("Presented by Great Lakes Phlebotomy
    Partners in cooperation with ...", after a short label: "Partner course. This course is offered by ..."):
    the run of capitalised words after "by", when it names an organisation."""
    if (lead := _LEAD_LABEL.match(text)) is not None:
        text = text[lead.end():]
    if "of record" in text:
        for pattern in (_OF_RECORD, _IS_OF_RECORD, _LABELLED_OF_RECORD):
            # (not a unit of a body named before it: "The college's Center for Workforce Training is the provider ...")
            if ((record := pattern.search(text)) and ORGANISATION.search(record.group(1))
                    and not text[: record.start(1)].endswith(("'s ", "’s "))):
                return record.group(1)  # "Offered with Oconee Valley Technical College, the provider of record."
    if " by " not in text[:48] and " jointly with " not in text[:48]:
        return None
    match = _PRESENTED_SENTENCE.match(text)
    if match is None:
        return None
    if _ITS_PEOPLE.match(text, match.end(1)):
        return None  # "Presented by District Public Health staff": people of a unit, no organisation presenting the course
    name = match.group(1).split(". ")[0].strip().rstrip(".")  # "... Managers Forum. Saguaro lists ...": the sentence ends
    if _PARTICLE.match(text, match.end(1)) and " of " in name:  # "Nurses Forum of Coeur d'Alene": the place is cut; the body is named
        name = name.rsplit(" of ", 1)[0]
    while _NAME_ENDS.search(name):
        name = _NAME_ENDS.sub("", name)
    # (a public health department is a body of its own: "the Loup River District Health Department")
    if (len(name.split()) < 2 or not ORGANISATION.search(name) or _POST_NOMINAL.search(name)
            or (PART_OF.search(name) and not _HEALTH_DEPARTMENT.search(name))):
        return None
    if _OWN_UNIT.search(name):  # "Presented by the Western Slope Chapter board": a unit of the site's own society
        return None
    return name


# "Sold by X", "Offered by X": the seller on a marketplace, the provider elsewhere.
SELLER = re.compile(r"^(sold|offered|provided|published|brought to you|created|developed) by[:\s]+(.{2,80})$",
                    re.IGNORECASE)
# a sentence ends at . ! ? before a capital -- not after a title or a place's abbreviation ("St. Brigid", "Dr. Ruiz")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\bSt\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMt\.)(?<!\bFt\.)(?<!\bNo\.)"
                       r"(?<!\bMrs\.)(?<!\bInc\.)(?<!\bvs\.)\s+(?=[A-Z(\"'])")
SHORT = 160


def sentences(text: str) -> list[str]:
    """A block's text split into sentences (lines first)."""
    return [s.strip() for line in text.split("\n") for s in _SENTENCE.split(line) if s.strip()]


@lru_cache(maxsize=8192)
def label_field(label: str) -> tuple[str, ...]:
    """Every field a label names, most specific first (cached: a site's labels repeat on every page)."""
    return tuple(name for name, pattern in LABEL_FIELDS if pattern.search(label))


_NAMES_SOMEONE = re.compile(r"^\W*[^\W\d_]")  # a name opens with a letter, not an amount
_NEXT_SENTENCE = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # a full stop, then a sentence (not "St. Mary's")


# a heading that is an amount and nothing else
_AMOUNT_HEADING = re.compile(r"^\s*(?:US)?\$\s?\d[\d,]*(?:\.\d\d)?(?:\s*USD)?\s*$")


def block_candidates(blocks: list[Block], struck: tuple[str, ...] = ()) -> list[Candidate]:
    """Labelled values first, then language cues, in page order within each group.

    ``struck`` are struck-through (former) prices: they are taken out of price values,
    while ``text`` keeps the words as shown.
    """
    labelled: list[Candidate] = []
    phrases: list[Candidate] = []
    section = ""
    position = 0
    with_stems = _blocks_with_stems(blocks)
    for index, block in enumerate(blocks):
        value = _value_under_label(blocks, index)
        if value is not None:  # a label set on a line of its own ("Provider:"), its value the one line under it
            label = block.text.rstrip(": ")
            labelled.append(Candidate(label_field(label)[0], value, "html:row-label", f"{label}: {value}"))
        if block.kind == "heading":
            section = block.text
            position = 0
            if _ABOUT_PROVIDER.match(block.text) and (named := _provider_under(blocks, index)):
                labelled.append(Candidate("provider", named, PRESENTED_BY, f"{block.text}: {named}"))
            if _DIGIT.search(block.text) and (match := CREDIT_PHRASE.search(block.text)):
                phrases.append(Candidate("credit_text", match.group(0), "html:heading", block.text))
            elif _AMOUNT_HEADING.match(block.text):  # a store theme's price set as a heading ("<h1>$36.00</h1>")
                phrases.append(Candidate("price_text", _without(block.text, struck), "html:heading", block.text))
            continue
        if block.label and block.value and len(block.label) <= 40:
            presenter = presenting_organisation(block.label, block.value)
            if presenter:
                labelled.append(Candidate("provider", presenter, PRESENTED_BY, block.text))
            fields = label_field(block.label)
            for name in fields[:1] + tuple(f for f in fields[1:] if f == "aama_text"):
                value = _without(block.value, struck) if name == "price_text" else block.value
                if name in ("provider", "instructor") and not _NAMES_SOMEONE.search(value):
                    continue  # "Break sponsor: $500", "Presenter: 2": an amount is nobody's name
                if name == "credit_text" and _UNIT_GLOSSED.match(block.label) and _GLOSS.match(_CONVERSION.sub("", block.value)):
                    continue  # a glossary of units ("IACET CEUs — our office is an IACET Accredited Provider ..."): no credit
                if name == "provider":  # its first sentence ("Provider of record: <college>. The coalition offers ...")
                    # without what it says of the body ("<college>, an IACET Accredited Provider")
                    value = _APPOSITIVE.split(_NEXT_SENTENCE.split(value, 1)[0], 1)[0]
                labelled.append(Candidate(name, value, f"html:{block.kind}-label", block.text))
        presenting = presenting_sentence(block.text) if block.kind == "para" else None
        if presenting:
            labelled.append(Candidate("provider", presenting, PRESENTED_BY, block.text))
        phrases.extend(_phrase_candidates(block, section, position, struck, index in with_stems))
        position += 1
    credits = [c for c in phrases if c.field == "credit_text"]
    if any(not _DIGIT.search(c.value) for c in credits) and any(_DIGIT.search(c.value) for c in credits):
        # a credit in figures is the statement; one in words is its echo ("One day, six AAMA CEUs, lunch and ...")
        phrases = [c for c in phrases if c.field != "credit_text" or _DIGIT.search(c.value)]
    return _amount_with_its_unit(labelled) + phrases


# what a page says of a named body after its name (", an IACET Accredited Provider"): no part of the name
# (or the unit of it that runs the course: "<college>, Division of Workforce & Continuing Education")
_APPOSITIVE = re.compile(r",\s+(?:(?:an?|the)\s+(?=(?:[\w-]+\s+){0,2}(?:accredited|approved|provider|nonprofit|non-profit|member|"
                         r"partner|division|department|program|affiliate))|(?=(?:division|department|office) of\b))", re.I)
# a unit's name in the plural as a label, over words that define it rather than give an amount
_UNIT_GLOSSED = re.compile(r"^\W*(?:AAMA |IACET |nursing |CE )?(?:CEUs|contact hours|CMEs|continuing education units)\W*$", re.I)
_CONVERSION = re.compile(r"\b(?:one|1)\s+(?:[\w-]+\s+){0,2}?(?:equals|=|is equal to|is equivalent to)\s+\S+(?:\s+[\w-]+){0,2}", re.I)
_GLOSS = re.compile(r"^(?!\W*(?:tbd|tba|pending|to be|n/?a|none|coming|not|no)\b)(?!.*\d)(?!.*\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half)\b)(?:\S+\s+){4,}\S", re.I)


_BARE_AMOUNT = re.compile(r"^\s*\d{1,3}(?:\.\d{1,2})?\s*$")
_UNIT_ONLY = re.compile(rf"^\s*{UNIT}\s*$", re.IGNORECASE)


def _amount_with_its_unit(labelled: list[Candidate]) -> list[Candidate]:
    """A credit's amount in one field and its unit in the next ("CE credit | 4.0", "Credit type | Contact hours",
    as a database form shows a record): the amount's candidate reads as one statement ("CE credit: 4.0 Contact hours")."""
    credit = [c for c in labelled if c.field == "credit_text"]
    amounts = [c for c in credit if _BARE_AMOUNT.match(str(c.value))]
    units = [c for c in credit if _UNIT_ONLY.match(str(c.value))]
    if len(amounts) != 1 or len(units) != 1:
        return labelled
    amount, unit = amounts[0], units[0]
    label = amount.text.split(":")[0] if ":" in amount.text else "Credit"
    joined = Candidate("credit_text", f"{amount.value.strip()} {unit.value.strip()}", amount.source,
                       f"{label}: {amount.value.strip()} {unit.value.strip()}")
    return [joined if c is amount else c for c in labelled]


# a marketplace's or event platform's box about who offers the course ("About the provider", "About the organizer")
_ABOUT_PROVIDER = re.compile(r"^\W*about (?:the|this|your) (?:provider|seller|organi[sz]er|host|vendor)\W*$", re.I)
# a name in title case ("High Desert Compliance Partners", "Tres Ríos Chapter of Medical Assistants")
_TITLE_CASE_NAME = re.compile(r"^[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|the|in|&|[–—-]))+$")


def _provider_under(blocks: list[Block], index: int) -> str | None:
    """The organisation named first under an "About the provider" heading (past an avatar's initials, "HD"; perhaps as a
    smaller heading), without its division after a dash ("Juniper Ridge Community College – Workforce Education"); None
    for a person."""
    for block in blocks[index + 1:index + 4]:
        # (the name may be set as a smaller heading of its own)
        if (block.kind == "heading" and block.level <= blocks[index].level) or len(block.text) > 80:
            return None
        if len(block.text) <= 3:  # an avatar's initials
            continue
        name = _DEPARTMENT.sub("", block.text.strip())
        if _TITLE_CASE_NAME.match(name) and not _POST_NOMINAL.search(name):
            return name
        return None
    return None


def _value_under_label(blocks: list[Block], index: int) -> str | None:
    """The provider or instructor a label of its own names (a small heading, a label element, or a line ending in a
    colon: "Provider:" in a store's details row) when one short line, and then the next label or heading, follows it."""
    label = blocks[index]
    if not (label.names_next or (label.kind == "heading" and label.level >= 5)
            or (label.kind == "para" and label.text.endswith(":"))) or len(label.text) > 40:
        return None
    fields = label_field(label.text.rstrip(": "))
    if not fields or fields[0] not in ("provider", "instructor"):
        return None
    after = blocks[index + 1:index + 3]
    if not after or after[0].kind == "heading" or len(after[0].text) > 80 or not _NAMES_SOMEONE.search(after[0].text):
        return None
    # (the next line is the next label, or a heading, or the rows end)
    follows = after[1] if len(after) > 1 else None
    if follows is None or follows.kind in ("heading", "end", "break") or follows.names_next or follows.text.endswith(":"):
        return after[0].text
    return None


def _without(text: str, struck: tuple[str, ...]) -> str:
    for old in struck:
        text = text.replace(old, " ")
    return one_line(text)


# Every stem any sentence cue needs, found in all blocks at once: a block holding none skips its sentences.
_STEM_FINDER = AhoCorasick(sorted({*CREDIT_STEMS, *MONEY_STEMS, *FORMAT_STEMS, "aama"}))


def _blocks_with_stems(blocks: list[Block]) -> set[int]:
    """Indexes of the blocks whose lower-cased text holds a credit, money or format stem or "aama"."""
    lowered = [block.text.lower() for block in blocks]
    starts, offset = [], 0
    for text in lowered:
        starts.append(offset)
        offset += len(text) + 1
    return {bisect_right(starts, start) - 1
            for _stem, start, _end in _STEM_FINDER.find_matches_as_indexes("\n".join(lowered))}


# "the CMA (AAMA) requires 60 recertification points every five years": a credential's rule, not a credit offered
_REQUIRED_BEFORE = re.compile(r"\b(?:requires?|required|needs?|means|must (?:earn|complete|have|obtain)|(?:a )?total of|"
                              r"at least|minimum of)\s*$", re.I)
_CYCLE_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}(?:every|per|each|within|in)\s+(?:\d+|two|three|four|five|six|sixty)"
                          r"[\s-]*(?:years?|months?)\b", re.I)


# a post's own date (a byline's "Nov 30, 2026", itemprop datePublished), not a session's
_POSTED = re.compile(r"byline|post-?meta|post-?date|entry-?date|published|posted|updated|modified|article-?meta|datePublished",
                     re.I)


# the words a page's own dates are introduced with ("Last updated <time>24 days ago</time>")
_POSTED_LEAD = re.compile(r"\b(?:updated|posted|published|modified|edited|revised)(?: on| at)?\s*:?\s*$", re.I)


def _lead_in(el: HtmlElement) -> str:
    """The text right before an element, inside its parent."""
    before = el.getprevious()
    text = before.tail if before is not None else (el.getparent().text if el.getparent() is not None else None)
    return (text or "")[-40:]


def _marks(el: HtmlElement) -> str:
    """The class, itemprop and id of an element and of its parent (where themes name a byline), and the classes of
    two more ancestors (a help centre's ``<div class="article-meta"><ul><li><time>``)."""
    parent = el.getparent()
    above = [a.get("class") for a in islice(parent.iterancestors(), 2)] if parent is not None else []
    return " ".join(filter(None, [el.get("class"), el.get("itemprop"), el.get("id"),
                                  *((parent.get("class"), parent.get("itemprop")) if parent is not None else ()), *above]))


# a credit written in words ("earn three contact hours", "one and a half AAMA CEUs"), not a unit's definition
# ("One CEU equals ten contact hours")
_WORDED_CREDIT = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:[- ]and[- ](?:a|one)[- ]half)?\s+"
    r"(?:(?:aama|iacet)\s+)?(?:ceus?|contact hours?|ce (?:credits?|hours?)|continuing education (?:units?|hours?|credits?))\b"
    r"(?!\s*(?:equals|=|is (?:equal|equivalent)|is defined|represents)\b)", re.I)
_DEFINES_A_UNIT = re.compile(r"\b(?:one|an?|each)\s+(?:iacet\s+|aama\s+)?(?:ceu|continuing education unit|credit|contact hour)\s+"
                             r"(?:equals|=|is (?:equal to |equivalent to |defined as )?(?:one|ten|\d)|represents)\b", re.I)


def _credit_offered(sentence: str, has_digit: bool = True) -> re.Match[str] | None:
    """The first credit phrase in the sentence that is not a recertification requirement."""
    worded = () if _DEFINES_A_UNIT.search(sentence) else _WORDED_CREDIT.finditer(sentence)
    for match in chain(CREDIT_PHRASE.finditer(sentence) if has_digit else (), worded):
        if not (_REQUIRED_BEFORE.search(sentence, 0, match.start()) and _CYCLE_AFTER.match(sentence, match.end())):
            return match
    return None


def _phrase_candidates(block: Block, section: str, position: int, struck: tuple[str, ...],
                       worth_reading: bool = True) -> list[Candidate]:
    out: list[Candidate] = []
    source = f"html:{block.kind}"
    for sentence in sentences(block.text) if worth_reading else ():
        if len(sentence) > 400:
            sentence = sentence[:400]
        low = sentence.lower()
        # Cheap substring tests first: most sentences mention no credit, price or format at all.
        has_digit = _DIGIT.search(sentence) is not None
        if any(stem in low for stem in CREDIT_STEMS) and (match := _credit_offered(sentence, has_digit)):
            out.append(Candidate("credit_text", match.group(0), source, sentence))
        if "aama" in low and _AAMA.search(sentence):
            out.append(Candidate("aama_text", sentence, source, sentence))
        if len(sentence) > SHORT:
            continue
        current = _without(sentence, struck) if struck else sentence
        if any(stem in low for stem in MONEY_STEMS) \
                and (match := MONEY.search(current)) and not _free_noise(sentence):
            out.append(Candidate("price_text", match.group(0), source, sentence))
        if any(stem in low for stem in FORMAT_STEMS) and (match := FORMAT_WORDS.search(sentence)):
            out.append(Candidate("format_text", match.group(0), source, sentence))
    if position < 2 and section and INSTRUCTOR_HEADINGS.search(section) and len(block.text) < 300 \
            and not MONEY.search(block.text):
        out.append(Candidate("instructor", block.text, f"html:section:{section[:40]}", block.text))
    presenter = PRESENTER.match(block.text) if len(block.text) <= 160 else None
    if presenter:
        out.append(Candidate("instructor", presenter.group(2).strip(" ."), source, block.text))
    seller = SELLER.match(block.text) if len(block.text) <= 100 else None
    if seller and not PART_OF.search(seller.group(2).strip(" .,")):  # "Created by The Salal Team.": the site's own people
        out.append(Candidate("provider", seller.group(2).strip(" .,"), source, block.text))
    return out


def _free_noise(sentence: str) -> bool:
    lower = sentence.lower()
    return "free" in lower and not re.search(r"[$€£]\d", lower) and bool(
        re.search(r"free (shipping|trial|resources?|download|account|newsletter|guide|to contact|of charge to call)|feel free|toll[- ]free|free of errors|risk[- ]free", lower)
    )


def _price_marked(content: HtmlElement, struck_by_css: frozenset[HtmlElement] = frozenset()
                  ) -> tuple[list[HtmlElement], list[HtmlElement]]:
    """Elements under ``content`` whose class or id says price (any case), cost or fee, or itemprop=price;
    and elements struck through by their class or style (Tailwind ``line-through``, ``compare-at``).

    A Python walk: libxml2's XPath string functions cost several times more per element.
    """
    found = []
    struck = []
    for el in content.iter(etree.Element):
        if el is content or not el.attrib:
            continue
        marks = el.get("class") or ""
        ident = el.get("id")
        lowered = marks.lower()
        if ("price" in lowered or "cost" in marks or "fee" in marks or (ident and "price" in ident.lower())
                or el.get("itemprop") == "price"):
            found.append(el)
        if _struck(el, lowered, struck_by_css):
            struck.append(el)
    return found, struck


def _struck(el: HtmlElement, lowered_class: str, struck_by_css: frozenset[HtmlElement]) -> bool:
    """Struck through by its class (Tailwind ``line-through``, Shopify ``compare-at``), its style, or the
    page's own CSS."""
    if ("through" in lowered_class or "strike" in lowered_class or "compare" in lowered_class) \
            and _STRUCK_CLASS.search(lowered_class):
        return True
    style = el.get("style")
    return bool((style and "line-through" in style) or el in struck_by_css)


_STRUCK_TAGS = ("del", "s", "strike")
_STRUCK_CLASS = re.compile(r"line-through|strike|compare-?at|price--compare|compare-price")
_FORMER_CLASSES = ("was", "old", "regular", "strike", "msrp")  # (a manufacturer's list price: HikaShop's "msrp")
_FORMER_WORD = re.compile(r"(?:^|[\s_-])(?:old|was|msrp)(?:$|[\s_-])", re.I)


def _struck_inside(el: HtmlElement, struck_by_css: frozenset[HtmlElement] = frozenset()) -> list[HtmlElement]:
    """Struck-through or former-price elements inside a price element."""
    return [d for d in el.iter(etree.Element) if d is not el and (
        d.tag in _STRUCK_TAGS or any(word in (d.get("class") or "") for word in _FORMER_CLASSES)
        or _struck(d, (d.get("class") or "").lower(), struck_by_css))]


def struck_by_page_css(root: HtmlElement, styles: list[HtmlElement]) -> frozenset[HtmlElement]:
    """Elements the page's own CSS strikes through: ``.precio-anterior{text-decoration:line-through}``, and only
    the expired row's price for ``.ticket-sales-expired-row .td-price{...}`` (the whole selector decides)."""
    return styled_by_page_css(root, styles, "line-through", _STRUCK_DECLARATION)


_STRUCK_DECLARATION = re.compile(r"line-through")


_BUY = re.compile(r"^\W*(?:buy|add to (?:cart|bag|basket)|register|enrol+|sign up|book|purchase|check ?out|pay|reserve)\b", re.I)


def buy_button_prices(buttons: list[HtmlElement], content: HtmlElement, elsewhere: set[HtmlElement]) -> list[Candidate]:
    """A price stated only on the page's own buy button ("Buy now — $49.00"), read before buttons are stripped;
    none from a button of another page's card (``elsewhere``) or outside the content."""
    out: list[Candidate] = []
    for button in buttons:
        text = one_line(button.text_content())
        if (len(text) <= SHORT and MONEY.search(text) and _BUY.search(text) and button not in elsewhere
                and any(a is content for a in button.iterancestors())):
            out.append(Candidate("price_text", text, "html:buy-button", text))
    return out


def markup_candidates(content: HtmlElement, elsewhere: set[HtmlElement] | frozenset[HtmlElement] = frozenset(),
                      struck_by_css: frozenset[HtmlElement] = frozenset()) -> list[Candidate]:
    """Prices marked by class/id/itemprop ("price", "cost", "fee"), struck-through prices, ``<time>``;
    none from ``elsewhere`` (blocks about other pages, such as related courses)."""
    out: list[Candidate] = []
    seen: set[HtmlElement] = set()
    former: list[HtmlElement] = []  # former prices inside price elements
    priced, struck_by_class = _price_marked(content, struck_by_css)
    shared = _shared_lines(priced)
    for el in priced:
        if el in elsewhere or any(a in seen for a in el.iterancestors()):
            continue
        whole = one_line(visible_text(el))
        if len(whole) > 80 or not MONEY.search(whole):
            continue  # a whole price card or a label: its price element comes later
        if el in shared:
            continue  # one of two payers' prices in one short line ("$59.00 · Alumni CE Pass $45.00"): the line says whose
        if _priced_item_of_a_link(el):
            continue  # a list item naming another page before its price ("<a>Well-Child Visits: CE certificate</a> $12.00")
        seen.add(el)
        struck = _struck_inside(el, struck_by_css)
        current = one_line(" ".join(_text_without(el, struck))) if struck else whole
        if current and len(current) <= SHORT:
            out.append(Candidate("price_text", current, "html:price-markup", current))
        # a former price by its class word ("<span class=price-old>$30.00</span> <span class=price>Free</span>"): history
        # (not a theme's "price--regular", which is today's price when no sale is on)
        former.extend(d for d in struck if _FORMER_WORD.search(d.get("class") or ""))
    for el in dict.fromkeys([*content.iter(*_STRUCK_TAGS), *struck_by_class, *former]):
        text = one_line(el.text_content())
        if text and el not in elsewhere and MONEY.search(text):
            out.append(Candidate("price_was_text", text, "html:del", text))
    for el in content.iter("time"):
        value = el.get("datetime") or one_line(el.text_content())
        if value and el not in elsewhere and not _POSTED.search(_marks(el)) and not _POSTED_LEAD.search(_lead_in(el)):
            out.append(Candidate("start_date", value, "html:time", one_line(el.text_content()) or value))
    return out


def _priced_item_of_a_link(el: HtmlElement) -> bool:
    """A price in a list item or table row that opens with a link naming a page (a sidebar widget's "From the CE Store"
    list: "<li><a href=/store/product/27-...>Well-Child Visits: CE certificate</a> <span class=price>$12.00</span>"): that
    page's price. Not a buy link's ("Register", "Add to cart")."""
    item = next(el.iterancestors("li", "tr"), None)
    if item is None:
        return False
    for node in item.iter(etree.Element):
        if node is el:
            return False  # the price comes first
        if node.tag == "a" and (href := node.get("href")) and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
            text = one_line(node.text_content())
            return len(text) >= 8 and not _BUY.search(text) and not MONEY.search(text)
    return False


def _shared_lines(priced: list[HtmlElement]) -> set[HtmlElement]:
    """Price elements that share a short line (a paragraph or cell of at most 200 characters) with another price
    element and with words naming a payer between or around them: the line is read whole, labels and all."""
    by_line: dict[HtmlElement, list[HtmlElement]] = {}
    for el in priced:
        line = next(el.iterancestors(*_LINE_TAGS), None)
        if line is not None and el.tag not in _LINE_TAGS:
            by_line.setdefault(line, []).append(el)
    shared: set[HtmlElement] = set()
    for line, els in by_line.items():
        outer = [el for el in els if not any(a in els for a in el.iterancestors())]
        if len(outer) < 2:
            continue
        text = one_line(visible_text(line))
        if len(text) <= 200 and _PAYER_WORDS.search(_MONEY_ONLY.sub(" ", text)):
            shared.update(outer)
    return shared


_LINE_TAGS = ("p", "li", "td", "dd")
_MONEY_ONLY = re.compile(r"(?:US\$|\$|USD\s?)\s?\d[\d,]*(?:\.\d{2})?")
_PAYER_WORDS = re.compile(r"[A-Za-z]{3,}")


def _text_without(el: HtmlElement, skip: list[HtmlElement]) -> list[str]:
    skipped = set(skip)
    parts: list[str] = []

    def visit(node: HtmlElement) -> None:
        if node in skipped:
            if node.tail:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                visit(child)
            elif child.tail:
                parts.append(child.tail)
        if node is not el and node.tail:
            parts.append(node.tail)

    visit(el)
    return parts
