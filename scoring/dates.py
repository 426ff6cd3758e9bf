"""Live session dates ("March 14, 2026 at 2:00 PM ET") -> ISO 8601 strings.

Explicit dates with a year are read, and dates with a weekday but no year ("Thu, March 4"),
whose weekday fixes the year near the day of reading; a time zone abbreviation of the US is
turned into its offset for that date (America/* zones via zoneinfo). A page-wide note
("all times Central", "(Arizona time)") or, for a session one attends, the town and state
of the venue (``zone_of_place``) gives the zone of times written without one; otherwise
the time is kept local (no offset), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

MONTH_NUMBER = {m: i for i, m in enumerate(  # a month's first three letters -> its number
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# ("9:00 am to 12:30 pm (that's Mountain daylight time)": the zone named in a parenthesis after the time)
_ZONE = r"(?:in\s+|\((?:that(?:'s|’s| is)\s+)?)?(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|AKT|HST|Eastern|Central|Mountain|Pacific|Alaska|Hawaii)\b"
_TIME = (
    r"(?:\s*(?:,|at|@|from|-|–|—|\||·|•)?\s*(?:at|from|time\s*:|starts?\s*:)?\s*(\d{1,2})(?!\d|\s*/)(?::(\d{2}))?\s*([ap]\.?m\.?)?"
    r"(?:\s*(?:-|–|to)\s*\d{1,2}(?::\d{2})?\s*([ap]\.?m\.?)?)?\s*"
    # "(UTC-08:00) Pacific Time (US & Canada)": a zone's standard offset before its name; the name decides
    r"(?:\((?:UTC|GMT)\s?[+\-−]\d{1,2}(?::\d{2})?\)\s*(?=[A-Z]))?(?:" + _ZONE + r")?)?"
)
_MDY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d)" + _TIME, re.I)
_DMY = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(20\d\d)" + _TIME, re.I)
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*20\d\d)(?!:)", re.I)
_YEAR = re.compile(r"\b(20\d\d)\b")
_WEEKDAYS = {d: i for i, d in enumerate(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])}
# "Thursday, March 4 at 6 pm CT", "Tue., Mar 9, 6-8 pm": no year anywhere after the day
WEEKDAY_DATE = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|s|sday|nesday|rsday|urday)?\.?,?\s+" + _MONTH
    + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*20\d\d)(?!:)" + _TIME,
    re.I,
)
# "Tue 9 Mar, 6:00 PM PT": the day before the month (British and Moodle order)
WEEKDAY_DMY = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|s|sday|nesday|rsday|urday)?\.?,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH
    + r"(?!,?\s*20\d\d)" + _TIME,
    re.I,
)
# "Meets Tue 3/9 and Tue 3/16": a weekday and a month/day without a year (recreation and school registration systems)
WEEKDAY_NUMERIC = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|s|sday|nesday|rsday|urday)?\.?,?\s+(1[0-2]|0?[1-9])/(\d{1,2})\b(?!/\d)" + _TIME,
    re.I,
)
# either order (a gate for the blocks worth reading with ``parse_weekday_dates``)
WEEKDAY_DAY = re.compile(f"(?:{WEEKDAY_DATE.pattern})|(?:{WEEKDAY_DMY.pattern})|(?:{WEEKDAY_NUMERIC.pattern})", re.I)
_NOON = re.compile(r"\bnoon\b", re.I)
_RANGE_TO = re.compile(r"\s*(?:-|–|—|to|until|through)\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", re.I)


def _noon(text: str) -> str:
    """"Noon - 1:30 p.m.", "9 to noon": noon written as the clock time 12:00 pm; a Spanish day ("jueves 11 de marzo de
    2027 · 6:30–7:30 p. m.") as the English one the patterns read ("marzo" -> "March 11, 2027", "p. m." -> "pm")."""
    if text and " de " in text and _SPANISH_DAY.search(text):
        text = _SPANISH_CLOCK.sub(r"\1m", _SPANISH_DAY.sub(lambda m: f"{_SPANISH_MONTHS[m.group(2).lower()]} {m.group(1)}, "
                                                                       f"{m.group(3)}", text))
        text = _SPANISH_RANGE.sub(r"\1 to \2", text)  # "6:00 a 9:00 pm": "a" is "to"
    return _NOON.sub("12:00 pm", text) if text and "oon" in text else text


_SPANISH_MONTHS = {"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
                   "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September",
                   "octubre": "October", "noviembre": "November", "diciembre": "December"}
_SPANISH_DAY = re.compile(r"\b(\d{1,2})\s+de\s+(" + "|".join(_SPANISH_MONTHS) + r")(?:\s+de\s+|,?\s+)(20\d\d)\b", re.I)
_SPANISH_CLOCK = re.compile(r"\b([ap])\.\s?m\.", re.I)
_SPANISH_RANGE = re.compile(r"\b(\d{1,2}(?::\d\d)?)\s+a\s+(\d{1,2}(?::\d\d)?\s*[ap]m\b)", re.I)
_ISO = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?")
# "end: 2027-02-04T14:30:00-08:00" in flattened session data: when a session ends, not a session
_END_KEY = re.compile(r"\bend(?:s|_?(?:date|time|at))?\s*[:=]\s*$", re.I)
# "1/21/2027", and "1/21/27" (a two-digit year is this century's)
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(20\d\d|\d\d)(?![\d/])(?:\s*[-–]\s*\d{1,2}/\d{1,2}/(?:20)?\d\d)?" + _TIME, re.I)
_NUMERIC_SPAN = re.compile(r"\b\d{1,2}/\d{1,2}/20\d\d\s*[-–]\s*(\d{1,2})/(\d{1,2})/(20\d\d)\b")
_ZONE_NOTE = re.compile(
    r"\b(?:times? (?:are|is|shown|listed)(?: in)?|all times(?: are)?(?: in)?|time zone:?)\s*(?:in\s+)?"
    r"(ET|CT|MT|PT|Eastern|Central|Mountain|Pacific|Arizona|Alaska|Hawaii)\b"
    r"|\b(Eastern|Central|Mountain|Pacific|Arizona|Alaska|Hawaii) time\b"
    r"|\b[ap]\.?m\.?\s+(Eastern|Central|Mountain|Pacific)\b",  # "sessions run 6:30–8:00 PM Eastern"
    re.I,
)
_ZONE_WORDS = {"E": "Eastern", "C": "Central", "M": "Mountain", "P": "Pacific", "A": "Arizona", "K": "Alaska",
               "H": "Hawaii"}


def times_in_zone(text: str, code: str) -> bool:
    """True when the text gives a clock time in the zone of that code ("7:30 PM Arizona time")."""
    word = _ZONE_WORDS.get(code)
    return bool(word) and bool(re.search(r"\b[ap]\.?m\.?\s+" + word + r"\b|\b" + word + r" time\b"
                                         r"|\bin " + word + r"\b[^.]{0,20}?\b\d{1,2}(?::\d\d)?\s*[ap]\.?m", text or "", re.I))


def zone_note(text: str) -> str | None:
    """A page-wide time-zone note ("times are Central", "(Arizona time)") as a code (E/C/M/P/A/K/H)."""
    found = _ZONE_NOTE.search(text or "")
    if not found:
        return None
    return _zone_code(found.group(1) or found.group(2) or found.group(3))
# "EST"/"PDT"... name the offset itself (Arizona stays on MST all year); "ET"/"Eastern" follow the calendar.
_FIXED = {"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8,
          "HST": -10}


def _zone_code(zone: str) -> str:
    """The zone letter of a zone word ("Alaska" and "AKT" are K, Hawaii H, the mainland its first letter)."""
    low = zone.lower()
    if low.startswith(("ak", "alaska")):
        return "K"
    return "H" if low.startswith(("hawaii", "hst")) else zone[0].upper()
# Every date the parsers read contains one of these (a cheap gate before the full patterns).
MENTION = re.compile(r"\b20\d\d\b|\b\d{1,2}/\d{1,2}/\d\d\b")
_ZONES = {"E": "America/New_York", "C": "America/Chicago", "M": "America/Denver", "P": "America/Los_Angeles",
          "A": "America/Phoenix", "K": "America/Anchorage", "H": "Pacific/Honolulu"}

# The time zone of a venue from its state (the zone most of the state keeps; source: US Code of Federal
# Regulations 49 CFR part 71, read 2026-12-02). A = Arizona (no daylight time), K = Alaska, H = Hawaii.
_STATE_ZONES = {
    "E": "CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV",
    "C": "AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI",
    "M": "CO ID MT NM UT WY",
    "P": "CA NV OR WA",
    "A": "AZ", "K": "AK", "H": "HI",
}
_STATE_NAMES = {
    "Connecticut": "CT", "Delaware": "DE", "Florida": "FL", "Georgia": "GA", "Indiana": "IN", "Kentucky": "KY",
    "Maine": "ME", "Maryland": "MD", "Massachusetts": "MA", "Michigan": "MI", "New Hampshire": "NH",
    "New Jersey": "NJ", "New York": "NY", "North Carolina": "NC", "Ohio": "OH", "Pennsylvania": "PA",
    "Rhode Island": "RI", "South Carolina": "SC", "Vermont": "VT", "Virginia": "VA", "West Virginia": "WV",
    "Alabama": "AL", "Arkansas": "AR", "Illinois": "IL", "Iowa": "IA", "Kansas": "KS", "Louisiana": "LA",
    "Minnesota": "MN", "Mississippi": "MS", "Missouri": "MO", "Nebraska": "NE", "North Dakota": "ND",
    "Oklahoma": "OK", "South Dakota": "SD", "Tennessee": "TN", "Texas": "TX", "Wisconsin": "WI",
    "Colorado": "CO", "Idaho": "ID", "Montana": "MT", "New Mexico": "NM", "Utah": "UT", "Wyoming": "WY",
    "California": "CA", "Nevada": "NV", "Oregon": "OR", "Washington": "WA", "Arizona": "AZ", "Alaska": "AK",
    "Hawaii": "HI",
}
_ZONE_OF_STATE = {state: zone for zone, states in _STATE_ZONES.items() for state in states.split()}
# "Omaha, NE 68131", "Boise, ID", "Greenfield, Vermont": a town and its state
_PLACE = re.compile(r"\b[A-Z][A-Za-z.' -]{1,30},\s*(" + "|".join(_ZONE_OF_STATE) + r")(?:\s+\d{5}(?:-\d{4})?)?(?![A-Za-z])"
                    r"|\b[A-Z][A-Za-z.' -]{1,30},\s*(" + "|".join(_STATE_NAMES) + r")\b")


def zone_of_state(text: str) -> str | None:
    """The time zone of a text that is a US state's code or name ("AZ", "Arizona", "Mesa, AZ"'s last part)."""
    last = (text or "").split(",")[-1].strip()
    state = _STATE_NAMES.get(last, last.upper())
    return _ZONE_OF_STATE.get(state)


_STATE_NAME = re.compile(r"\b(" + "|".join(sorted(_STATE_NAMES, key=len, reverse=True)) + r")\b")


def zone_of_one_state(text: str) -> str | None:
    """The zone of the one US state a text names in full ("a chapter of the Colorado Society of Medical
    Assistants"); None when it names none, or states in different zones."""
    zones = {_ZONE_OF_STATE[_STATE_NAMES[name]] for name in _STATE_NAME.findall(text or "")}
    return zones.pop() if len(zones) == 1 else None


def zone_of_place(text: str) -> str | None:
    """The time zone (E/C/M/P/A/K/H) of the first US town-and-state the text names, or None."""
    for found in _PLACE.finditer(text or ""):
        if not _a_persons_degree(found, text):
            return _ZONE_OF_STATE[found.group(1) or _STATE_NAMES[found.group(2)]]
    return None


# State codes that are also degrees or credentials after a name ("Lucía Ybarra, MA, CMI-Spanish"; "Ann Cole, MD")
_DEGREE_CODES = frozenset({"MA", "MD", "PA", "MS", "MT", "DC", "ND", "CT"})
# what follows a degree and not a town: another credential, "PA-C", "MT(ASCP)", or the person's sentence going on
_AFTER_DEGREE = re.compile(r"\s*(?:,\s*[A-Z][A-Za-z]*[A-Z]\b|[-(/]|\s+(?:is|was|has|will|teaches|leads|brings|serves|"
                           r"joined|holds|and)\b|['’]s\b)")
_PERSON_LABEL = re.compile(r"^\W*(?:presenters?|instructors?|speakers?|faculty|facilitators?|educators?|authors?|"
                           r"(?:presented|taught|led|hosted) by|with|dr\.?)\b", re.I)


def _a_persons_degree(found: re.Match[str], text: str) -> bool:
    """True when a town-and-state match is a name and a degree: a credential-like code with no ZIP code, followed
    by another credential or the person's sentence, or on a line naming a presenter."""
    if found.group(1) not in _DEGREE_CODES or re.search(r"\d{5}", found.group(0)):
        return False
    line_start = text.rfind("\n", 0, found.start()) + 1
    return bool(_AFTER_DEGREE.match(text, found.end()) or _PERSON_LABEL.match(text, line_start))


def _time_parts(match: re.Match[str], first: int) -> tuple[str | None, str | None, str | None, str | None]:
    """(hour, minute, am/pm, zone); a start time without am/pm takes the end time's ("12:00-1:00 PM"),
    except when it is later on the clock than the end ("9-1 PM", "9-12 PM" start in the morning)."""
    hour, minute, ampm, end_ampm, zone = match.group(first, first + 1, first + 2, first + 3, first + 4)
    if hour and not ampm and end_ampm:
        end_hour = re.search(r"[-–o]\s*(\d{1,2})", match.group(0)[match.end(first) - match.start(0):])
        later = end_hour is not None and _before_end(int(hour), int(end_hour.group(1)))
        ampm = "am" if later and end_ampm.lower().startswith("p") else end_ampm
    return hour, minute, ampm, zone


def _with_offset(iso: str, offset: str) -> str:
    """A local ISO datetime given the offset written after it ("Z", "-08:00", "-0800")."""
    offset = "+00:00" if offset == "Z" else (offset if ":" in offset else f"{offset[:3]}:{offset[3:]}")
    try:
        return datetime.fromisoformat(iso + offset).isoformat()
    except ValueError:
        return iso


def _before_end(start: int, end: int) -> bool:
    """A start hour that is morning although the end is pm: "9-1 PM", "9 to noon" (12 pm)."""
    return start != 12 and (start > end or end == 12)


def _build(year: int, month: int, day: int, hour: str | None, minute: str | None,
           ampm: str | None, zone: str | None, default_zone: str | None = None) -> str | None:
    try:
        if hour is None or (ampm is None and zone is None and minute is None):
            return datetime(year, month, day).date().isoformat()
        h = int(hour)
        if ampm:
            pm = ampm.lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        moment = datetime(year, month, day, h, int(minute or 0))
    except ValueError:
        return None
    zone = zone or default_zone
    if zone and zone.upper() in _FIXED:
        moment = moment.replace(tzinfo=timezone(timedelta(hours=_FIXED[zone.upper()])))
    elif zone:
        moment = moment.replace(tzinfo=ZoneInfo(_ZONES[_zone_code(zone)]))
    return moment.isoformat()


# a day something other than a meeting happens: "Online modules open March 22", "Registration closes ...", "Register by ..."
# ("Modules ... open from March 1", "Early bird ... ended November 30, 2026")
_NOT_A_MEETING = re.compile(r"\b(?:opens?|closes?|closed|ended|due|deadline|available(?: from| starting| on)?|"
                            # a ticket shop's "Sales end April 15, 2027", "Registration ends Jan 8"
                            r"(?:sales?|registration|enrol(?:l)?ment|offer) ends?|"
                            # a price tier's start or span: "Regular registration (from February 1, 2027) | $80",
                            # "Regular registration (January 16 – March 1, 2027) | $60.00"
                            r"(?:registration|pricing|price|rate|tickets?|sales?)\s*(?:\(\s*(?:from|starting|after|through|until)?|"
                            r"\(\s*[a-z]{3,9}\.? \d{1,2}(?:,? \d{4})?\s*(?:[–—-]|to|through)|(?:from|starting|after))|"
                            # "Regular price $149.00 from January 16, 2027"
                            r"(?:price|rate|fee|tuition)\s*:?\s*(?:US)?\$\s?\d[\d,]*(?:\.\d\d)?\s+(?:from|starting|after|beginning)|"
                            r"(?:register|enroll|sign up)(?:ed)? by|postmarked(?: by)?|by|after|before|last day(?: to \w+)?|"
                            # when a recording was made: "Recorded from our June 12, 2025 live webinar"
                            r"recorded(?: live)?(?: (?:from|at|during|in))?(?: (?:our|the|a))?)"
                            r"\s*(?:(?:on|from|starting)\s*)?:?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", re.I)


# a clock change named just before the day: "Clocks spring forward the next morning (Sunday, March 14)"
_CLOCK_CHANGE = re.compile(r"\b(?:clocks?|daylight(?:[- ]saving)?|DST)\b[^.;]{0,60}$", re.I)  # ("daylight time begins March 14")


# a day money is taken: "instalments ... charged at enrollment, on April 2 and on May 2, 2027"
_PAYMENT_DAY = re.compile(r"\b(?:charged|billed|debited|drafted)\b[^.;!?]{0,60}$", re.I)


# ... or just after it: "(MDT, after the March 14 time change)"
_CLOCK_CHANGE_AFTER = re.compile(r"[^.;()\n]{0,16}?\b(?:time|clock) change\b", re.I)


def not_a_meeting(text: str, pos: int) -> bool:
    """True when the words just before the date at ``pos`` make it a deadline, an opening, a payment or a clock change
    (or the words just after it name the clock change)."""
    return bool(_NOT_A_MEETING.search(text, max(0, pos - 40), pos) or _CLOCK_CHANGE.search(text, max(0, pos - 80), pos)
                or _PAYMENT_DAY.search(text, max(0, pos - 80), pos) or _CLOCK_CHANGE_AFTER.match(text, pos))


_DAY_RUN = re.compile(_MONTH + r"\s+(\d{1,2})((?:\s*(?:,\s*and|,|&|and)\s*\d{1,2}\b(?![:\d]))+)\s*,?\s*(20\d\d)\b" + _TIME,
                      re.I)
_DIGITS = re.compile(r"\d{1,2}")
# days first, then their month ("Tue 12, 19, 26 Jan and Tue 2 Feb 2027"), the year after them or once in the text
_DAY_FIRST_RUN = re.compile(r"(?<![\d,.:/$])\b(\d{1,2})((?:\s*(?:,\s*and|,|&|and)\s*\d{1,2}\b(?![:\d]))+)\s+" + _MONTH
                            + r"\b\.?(?:,?\s+(20\d\d)\b)?", re.I)


# what joins days that share one clock time: "March 9, 2027 and Tuesday, March 16, 2027, 6:30 PM" (or two days to
# choose from: "Saturday, March 13, 2027 or Saturday, April 3, 2027 · 9:00 AM–1:00 PM")
_AND_DAY = re.compile(r"\s*(?:,|,?\s*(?:and|&|or))\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$", re.I)


def parse_dates(text: str, default_zone: str | None = None) -> list[str]:
    """Every explicit date (with time when given) in the text, ISO formatted, in order, no repeats.

    ``default_zone`` (E/C/M/P) applies to times given without a zone.
    """
    found: list[tuple[int, str]] = []
    if not text:
        return []
    text = _noon(text)
    previous: re.Match[str] | None = None
    days = list(_MDY.finditer(text))
    for index, match in enumerate(days):
        month = MONTH_NUMBER[match.group(1)[:3].lower()]
        parts = _time_parts(match, 4)
        if previous is not None and parts[0] and previous.group(4) and _RANGE_TO.match(text, previous.end(), match.start()):
            # "May 15, 2027 9:00 AM - May 22, 2027 12:00 PM": the second time ends the last day; it starts as the first
            parts = (*_time_parts(previous, 4)[:3], parts[3] or _time_parts(previous, 4)[3])
        if not parts[0]:  # "Tuesday, March 9, 2027 and Tuesday, March 16, 2027, 6:30 – 8:00 PM": the time is both days'
            for joined, after in zip(days[index:], days[index + 1:], strict=False):
                if not _AND_DAY.match(text, joined.end(), after.start()):
                    break
                if after.group(4):
                    parts = _time_parts(after, 4)
                    break
        iso = _build(int(match.group(3)), month, int(match.group(2)), *parts, default_zone)
        if iso:
            found.append((match.start(), iso))
        previous = match
    for match in _DMY.finditer(text):
        month = MONTH_NUMBER[match.group(2)[:3].lower()]
        iso = _build(int(match.group(3)), month, int(match.group(1)), *_time_parts(match, 4), default_zone)
        if iso:
            found.append((match.start(), iso))
    for match in _NUMERIC.finditer(text):
        year = int(match.group(3))
        iso = _build(year if year > 99 else 2000 + year, int(match.group(1)), int(match.group(2)), *_time_parts(match, 4),
                     default_zone)
        if iso:
            found.append((match.start(), iso))
    for match in _ISO.finditer(text):
        if _END_KEY.search(text, max(0, match.start() - 16), match.start()):
            continue
        hour, minute, offset = match.group(4), match.group(5), match.group(6)
        iso = _build(int(match.group(1)), int(match.group(2)), int(match.group(3)), hour, minute, None, None)
        tail = text[match.end():match.end() + 40].split("\n", 1)[0]
        if hour is None and ":" in tail and (parts := time_of_day(tail)):  # "2027-03-09 · 19:00–20:00 ET"
            iso = _build(int(match.group(1)), int(match.group(2)), int(match.group(3)), *parts, default_zone)
        if iso and offset and len(iso) > 10:
            iso = _with_offset(iso, offset)
        if iso:
            found.append((match.start(), iso))
    years = set(_YEAR.findall(text))
    if len(years) == 1:  # "January 7, January 14 and January 28, 2027": the year is written once
        year = int(years.pop())
        for match in _MONTH_DAY.finditer(text):
            month = MONTH_NUMBER[match.group(1)[:3].lower()]
            iso = _build(year, month, int(match.group(2)), None, None, None, None)
            if iso and all(not other.startswith(iso) for _p, other in found):
                found.append((match.start(), iso))
    for match in _DAY_RUN.finditer(text):  # "Jan 12, 14, 19 & 21, 2027": one month's days, then the year
        month, year = MONTH_NUMBER[match.group(1)[:3].lower()], int(match.group(4))
        for day in [match.group(2), *_DIGITS.findall(match.group(3))]:
            iso = _build(year, month, int(day), *_time_parts(match, 5), default_zone)
            if iso and all(not other.startswith(iso[:10]) or other == iso[:10] for _p, other in found):
                found = [(p, other) for p, other in found if other != iso[:10]]  # the day read bare gets its time
                found.append((match.start(), iso))
    only_year = int(next(iter(years_named))) if len(years_named := set(_YEAR.findall(text))) == 1 else None
    for match in _DAY_FIRST_RUN.finditer(text):
        year = int(match.group(4)) if match.group(4) else only_year
        if year is None:
            continue
        month = MONTH_NUMBER[match.group(3)[:3].lower()]
        for day in [match.group(1), *_DIGITS.findall(match.group(2))]:
            iso = _build(year, month, int(day), None, None, None, None)
            if iso and all(not other.startswith(iso) for _p, other in found):
                found.append((match.start(), iso))
    if "/" in text and _WEEKLY.search(text):  # a weekly class's numeric span ("02/01/2027 – 03/01/2027"): its last day too
        for match in _NUMERIC_SPAN.finditer(text):
            iso = _build(int(match.group(3)), int(match.group(1)), int(match.group(2)), None, None, None, None)
            if iso and all(not other.startswith(iso) for _p, other in found):
                found.append((match.start(3), iso))
    out: list[str] = []
    for pos, iso in sorted(found):
        if iso not in out and not not_a_meeting(text, pos):
            out.append(iso)
    # (two days each written with its own time, "Saturday, February 6, 2027, 10:00 AM–2:00 PM AKST Saturday, April 3,
    # 2027, 10:00 AM–2:00 PM AKDT" under "Classroom Saturdays", are those two days, not every week between them)
    each_timed = sum(1 for match in days if match.group(4)) >= 2 and not any(
        _RANGE_TO.match(text, first.end(), second.start()) for first, second in zip(days, days[1:], strict=False))
    return _weekly(text, out) if len(out) == 2 and _WEEKLY.search(text) and not each_timed else out


# "Mondays, April 5 – April 26, 2027 (4 sessions)", "every Tuesday, Jan 5 through Jan 26, 2027"
# (or a schedule row's one weekday and its count: "02/01/2027 – 03/01/2027 | Mon 6:00 PM – 8:00 PM (5 meetings)")
_WEEKLY = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|every (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|weekly\b"
                     r"|(?:mon|tue|wed|thu|fri|sat|sun)\b[^|\n]{0,40}\(\d{1,2} (?:meetings|sessions|classes|weeks)\))", re.I)
# two days joined by "and"/"&" ("March 2 and March 16", "March 2 & 16"), not a span ("March 2 – 16", "through")
_JUST_THESE_TWO = re.compile(r"\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|&)\s+(?:" + _MONTH + r"\s+)?\d{1,2}\b",
                             re.I)
_SESSION_COUNT = re.compile(r"\b(\d{1,2}) (?:weekly )?(?:sessions|classes|meetings|evenings|weeks)\b", re.I)


def _weekly(text: str, first_last: list[str]) -> list[str]:
    """The weekly sessions from the first to the last date (at most 16), when they are 7 days apart
    and agree with a stated number of sessions; two days joined by "and", each at the time given; else the two dates
    as read."""
    try:
        start, end = (datetime.fromisoformat(iso) for iso in first_last)
    except ValueError:
        return first_last
    days = (end.date() - start.date()).days
    timed = start if len(first_last[0]) > 10 else end if len(first_last[1]) > 10 else None
    # "Tuesdays, March 2 and March 16, 2027": two named days (each at the time given), not every week between them
    if days > 7 and _JUST_THESE_TWO.search(text):
        days_of = [start.date(), end.date()]
    else:
        count = _SESSION_COUNT.search(text)
        if days <= 0 or days % 7 or days // 7 > 15 or (count and int(count.group(1)) != days // 7 + 1):
            return first_last
        days_of = [start.date() + timedelta(weeks=w) for w in range(days // 7 + 1)]
    if timed is None:
        return [day.isoformat() for day in days_of]
    zone, clock = _zone_keeping(timed), timed.time()  # "March 4 – March 25, 2027, 6 pm CT": every session at 6 pm
    return [datetime.combine(day, clock, zone).isoformat() for day in days_of]


def _zone_keeping(moment: datetime) -> ZoneInfo | timezone | None:
    """The US zone whose clock gives ``moment`` its offset on that day, so that weekly sessions keep their
    wall-clock time across a daylight-saving change; a time without offset stays local, an offset no US
    zone keeps that day stays fixed. (On any one day the four mainland zones have four different offsets.)"""
    if moment.tzinfo is None:
        return None
    for name in (_ZONES[code] for code in "ECMP"):
        zone = ZoneInfo(name)
        if moment.replace(tzinfo=zone).utcoffset() == moment.utcoffset():
            return zone
    return moment.tzinfo


_DATE_LABEL = re.compile(r"^\s*(?:dates?|when|session(?: date)?s?|class dates?|event date|date and time|date & time)\s*[:|]", re.I)


def parse_weekday_dates(text: str, as_of: date, default_zone: str | None = None, *, labelled: bool = False) -> list[str]:
    """Session dates given with a weekday but no year, ISO formatted, in order, no repeats.

    The year is the one from a year before ``as_of`` to two after on which that day falls on
    that weekday (a month-day's weekday never repeats within four years); none -> skipped.
    Only a day with its clock time, or on a line labelled as a date ("When: ..."; ``labelled``:
    a value read under a date label), is a session: "Campus closed Monday, January 18" is not.
    """
    out: list[str] = []
    text = _noon(text)
    labelled = labelled or bool(_DATE_LABEL.match(text or ""))
    matches = [(m, 2, 3) for m in WEEKDAY_DATE.finditer(text or "")]
    matches += [(m, 3, 2) for m in WEEKDAY_DMY.finditer(text or "")] if matches == [] else []
    matches += [(m, 2, 3) for m in WEEKDAY_NUMERIC.finditer(text or "")] if matches == [] else []
    for match, month_at, day_at in matches:
        if not_a_meeting(text, match.start()):
            continue
        if not (labelled or (match.group(4) and (match.group(6) or match.group(7) or match.group(5)))):
            continue
        month_text = match.group(month_at)
        weekday = _WEEKDAYS[match.group(1)[:3].lower()]
        month = int(month_text) if month_text.isdigit() else MONTH_NUMBER[month_text[:3].lower()]
        day = int(match.group(day_at))
        years = [y for y in range(as_of.year - 1, as_of.year + 3) if _weekday(y, month, day) == weekday]
        if len(years) == 1:
            iso = _build(years[0], month, day, *_time_parts(match, 4), default_zone)
            if iso and iso not in out:
                out.append(iso)
    return out


# "Six Tuesday evenings, 6:00–8:00 PM: Mar 2, 9, 16, 23, 30 and Apr 6": a month's days listed after it
_LIST_TOKEN = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:|,?\s*20\d\d)|(,\s*|\s+and\s+|\s*&\s*)(\d{1,2})\b(?![:\d]|\s*[ap]\.?m)",
                         re.I)
_WEEKDAY_WORD = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b", re.I)
_MIN_LISTED = 3
_LIST_JOIN = re.compile(r"\s*(?:,|and|&|,\s*and)\s*", re.I)


def parse_day_list(text: str, as_of: date, default_zone: str | None = None) -> list[str]:
    """Sessions listed as one weekday's days after their months with no year ("Six Tuesday evenings,
    6:00–8:00 PM Mountain Time: Mar 2, 9, 16, 23, 30 and Apr 6"), each with the text's clock time.

    The weekday the text names fixes the year (the next one, from ``as_of``, on which every listed
    day falls on it); at least three days, else nothing."""
    named = {m.group(1)[:3].lower() for m in _WEEKDAY_WORD.finditer(text or "")}
    if len(named) != 1 or not _MONTH_DAY.search(text):
        return []
    weekday = _WEEKDAYS[named.pop()]
    runs: list[list[tuple[int, int]]] = []
    month, end = None, -1
    for token in _LIST_TOKEN.finditer(text):
        if token.group(1):  # "Apr 6" goes on the run when only ", " or " and " parts it from the last day
            if not runs or not _LIST_JOIN.fullmatch(text[end:token.start()]):
                runs.append([])
            month, end = MONTH_NUMBER[token.group(1)[:3].lower()], token.end()
            runs[-1].append((month, int(token.group(2))))
        elif month is not None and token.start() == end:  # ", 9" / " and 30" right after the last day
            runs[-1].append((month, int(token.group(4))))
            end = token.end()
    days = max(runs, key=len, default=[])
    if len(days) < _MIN_LISTED:
        return []
    for year in (as_of.year, as_of.year + 1):
        dated = [(year + (m < days[0][0]), m, d) for m, d in days]  # a list running into January is next year's
        if all(_weekday(y, m, d) == weekday for y, m, d in dated) and date(*dated[0]) >= as_of:
            return [with_time(date(y, m, d).isoformat(), text, default_zone) for y, m, d in dated]
    return []


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def from_value(value: object, default_zone: str | None = None) -> list[str]:
    """Dates from a structured value: an ISO timestamp keeps its offset; text is parsed (``default_zone``
    for times without one)."""
    text = str(value or "").strip()
    if re.fullmatch(r"20\d\d-\d\d-\d\d", text):  # a day without a time stays a day (not midnight)
        return [text]
    try:
        return [datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()]
    except ValueError:
        # a flattened object's end fields ("starts at: ...; ends at: ...") are when its sessions finish
        return parse_dates(_END_FIELD.sub("", text), default_zone)


_END_FIELD = re.compile(r"\b(?:ends?(?:[ _](?:at|on|local|utc))?|end[ _]?(?:date|time)|finish(?:es)?(?: at)?|until)\s*:\s*[^;\n]*",
                        re.I)


_TIME_ONLY = re.compile(
    r"(?<![\d/:])(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*(?:-|–|to)\s*(\d{1,2})(?::\d{2})?\s*([ap]\.?m\.?))?"
    r"\s*(?:" + _ZONE + r")?",
    re.I,
)


_TIME_24 = re.compile(r"(?<![\d/:.])(1[3-9]|2[0-3]):([0-5]\d)(?!\d)(\s*(?:-|–|to)\s*(?:[01]?\d|2[0-3]):[0-5]\d)?"
                      r"\s*(?:" + _ZONE + r")?", re.I)


# what happens before the session itself: "6:00 PM dinner • 6:30 PM program", "Registration: 7:30 am"
_PRE_SESSION = r"(?:dinner|breakfast|lunch|registration|check[- ]in|sign[- ]in|doors open|networking|reception|social)"
_PRE_SESSION_AFTER = re.compile(r"\s*(?:[-–:]\s*)?" + _PRE_SESSION + r"\b", re.I)
_PRE_SESSION_BEFORE = re.compile(r"\b" + _PRE_SESSION + r"\s*(?:opens?|begins?|starts?|is served)?\s*(?:at|:|from)?\s*$", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# when the session ends ("we wrap up at 12:15 p.m."), not when it starts
_END_BEFORE = re.compile(r"\b(?:wrap(?:s|ping)? up|ends?|ending|finish(?:es)?|conclud(?:es?|ing)|dismiss(?:al|ed)?|adjourns?|"
                         r"until|till)\s*(?:at|by|around|about)?\s*$", re.I)


def time_of_day(text: str) -> tuple[str, str | None, str, str | None] | None:
    """The first clock time in a text without a date ("1:00 PM - 4:00 PM", "12:15-1:00 PM ET"); a
    time for dinner or registration gives way to a later one ("6:00 PM dinner • 6:30 PM program")."""
    text = _noon(text)
    times = list(_times_of_day(text or ""))
    for match, parts in times:
        after = text[match.end():match.end() + 30].split("\n")[0]
        before = text[max(0, match.start() - 30):match.start()].split("\n")[-1]
        if not (_PRE_SESSION_AFTER.match(after) or _PRE_SESSION_BEFORE.search(before) or _END_BEFORE.search(before)):
            return parts
    spans = [match.span() for match, _parts in times]
    if times and any(not any(a <= clock.start() < b for a, b in spans) for clock in _CLOCK.finditer(text)):
        return None  # "Check-in from 7:30 a.m.; stations start at 8:00 sharp": the start is there, without its am/pm
    return times[0][1] if times else None


def _times_of_day(text: str) -> Iterator[tuple[re.Match[str], tuple[str, str | None, str, str | None]]]:
    """Each clock time with am/pm (stated, or the end time's) and its zone."""
    if ":" in text:  # an afternoon on a 24-hour clock, as a range or with its zone ("19:00–20:00 ET", "18:30 CET")
        for match in _TIME_24.finditer(text):
            hour, minute, until, zone = match.groups()
            if until or zone:
                yield match, (str(int(hour) - 12), minute, "pm", zone)
    for match in _TIME_ONLY.finditer(text):
        hour, minute, ampm, end_hour, end_ampm, zone = match.groups()
        if not (ampm or end_ampm) or int(hour) > 12:
            continue
        if not ampm:
            later = end_hour is not None and _before_end(int(hour), int(end_hour))
            ampm = "am" if later and end_ampm.lower().startswith("p") else end_ampm
        yield match, (hour, minute, ampm, zone)


def with_time(day: str, text: str, default_zone: str | None = None) -> str:
    """A date-only ISO string given the time stated elsewhere in its section, when there is one."""
    found = time_of_day(text)
    if len(day) != 10 or found is None:
        return day
    year, month, date = (int(part) for part in day.split("-"))
    return _build(year, month, date, *found, default_zone) or day


def _offsets_to_drop(zoned: list[str]) -> set[str]:
    """The times given with the wrong one of two offsets for one clock time: wrong for the US zone every
    other session keeps (none when the others keep no one zone)."""
    by_clock: dict[str, list[str]] = {}
    for iso in zoned:
        by_clock.setdefault(iso[:19], []).append(iso)
    doubled = [clock for clock, isos in by_clock.items() if len({iso[19:] for iso in isos}) > 1]
    if not doubled:
        return set()
    kept = {_zone_keeping(datetime.fromisoformat(isos[0])) for isos in by_clock.values() if len(isos) == 1}
    zone = next(iter(kept)) if len(kept) == 1 else None
    if not isinstance(zone, ZoneInfo):
        return set()
    drop: set[str] = set()
    for clock in doubled:
        offset = datetime.fromisoformat(clock).replace(tzinfo=zone).utcoffset()
        if any(datetime.fromisoformat(iso).utcoffset() == offset for iso in by_clock[clock]):
            drop |= {iso for iso in by_clock[clock] if datetime.fromisoformat(iso).utcoffset() != offset}
    return drop


def merge_same_day(found: list[str]) -> list[str]:
    """One entry per session: a day also given with its time drops the bare day (or midnight), a time
    also given with its offset drops the one without, one moment written in two zones is kept once, and
    one clock time given two offsets (a session line read with the zone of the line above it, beside the
    page's data) keeps the offset of the zone the other sessions keep."""
    timed = {iso[:10] for iso in found if len(iso) > 10 and iso[11:19] != "00:00:00"}
    with_offset = {iso[:19] for iso in found if len(iso) > 19}
    wrong_offset = _offsets_to_drop([iso for iso in found if len(iso) > 19])
    out: list[str] = []
    moments: set[datetime] = set()
    for iso in found:
        if iso[:10] in timed and (len(iso) == 10 or iso[11:19] == "00:00:00"):
            continue
        if len(iso) == 19 and iso in with_offset:
            continue
        if iso in wrong_offset:
            continue
        if len(iso) > 19:  # "5:00 PM Pacific (6:00 PM Arizona time)": one moment written in two zones
            moment = datetime.fromisoformat(iso)
            if moment in moments:
                continue
            moments.add(moment)
        if iso not in out:
            out.append(iso)
    return out
