"""Who and what the page is: its own part of ``<title>``, the site's owner, breadcrumbs, head metadata.

The provider of a course on a single-provider site is whoever runs the site; the
cues are read in order of trust: ``og:site_name``, the logo's alt text, the
copyright holder, the site part of ``<title>``, the text of the link home.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from lxml import etree

from catalog.page import Candidate, Link
from crawler.extract.cues import ORGANISATION, PART_OF, PRESENTED_BY, US_STATES
from crawler.extract.dom import one_line
from crawler.extract.scan import DocScan

_CE_UNIT = re.compile(r"^(continuing (education|studies)|professional development|workforce( development)?|"
                      r"extended (learning|studies)|community education|lifelong learning)$", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")


# "© 2026 Name", "Copyright © 2026 Name", "© Copyright 2026, Name" (Sphinx's footer)
# (a name ending in an abbreviation keeps its period: "© 2026 Ozark Clinical Learning Co.")
_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                        r"([A-Z][^.|·•\n\"{}<>]{2,80}?(?:(?:(?<=\bCo)|(?<=\bInc)|(?<=\bLtd)|(?<=\bCorp))\.(?=\s*(?:$|[|·•,]|all rights)))?)"
                        r"(?:\.|,|\s+all rights|\s*[|·•\"]|$)", re.IGNORECASE)  # (" ends a JSON string)


# a logo's alt text that names no one ("Home", Drupal's default; "Site logo")
_GENERIC_ALT = re.compile(r"^\W*(?:(?:go |back )?(?:to )?(?:the )?home(?: ?page)?|(?:site |company |our )?logo|brand|image|"
                          r"banner|header|main)\W*$", re.I)
_TEXTS = etree.XPath(".//text()", smart_strings=False)
_MARKED_TEXT = etree.XPath("//body//text()[contains(., '©') or contains(., 'opyright')]", smart_strings=False)


def site_owner(root: Any, html: str, scan: DocScan) -> list[Candidate]:
    """Who runs the site: the logo's alt text, then the copyright holder (read before chrome goes)."""
    out: list[Candidate] = []
    for img in [i for i in scan.tags("img") if i.get("alt") is not None][:30]:
        marks = f"{img.get('class') or ''} {img.get('id') or ''} {img.get('src') or ''}".lower()
        alt = one_line(img.get("alt") or "")
        if ("logo" in marks or "banner" in marks or "brand" in marks) and 3 < len(alt) <= 100 \
                and not _GENERIC_ALT.match(alt):
            # "Acme CE logo", "Acme CE home", "Tamarack Valley Chapter logo - a tamarack tree and caduceus"
            name = re.sub(r"\s+(?:logo\b.*|home)$", "", alt, flags=re.IGNORECASE)
            name = _ALT_DESCRIPTION.sub("", name)
            out.append(Candidate("provider", name, "html:logo-alt", alt))
            break
    if "©" not in html and "&copy;" not in html and "opyright" not in html:
        return out
    texts = [t for t in _footer_texts(scan) if "©" in t or "opyright" in t] or _MARKED_TEXT(root)
    for text in texts[-20:]:
        line = one_line(str(text))
        match = _COPYRIGHT.search(line)
        if match and _platform_maker(match.group(1), html):
            # "Powered by phpBB® Forum Software © phpBB Limited", "Community platform by XenForo® © XenForo Ltd.": the
            # software maker's, not the site's (but not "Powered by CareLearn Hub · © 2026 Summit Valley Health")
            continue
        if match and not match.group(1).lower().startswith("all rights"):
            name = re.sub(r"\s+\d{4}(\s*[-–]\s*\d{4})?$", "", match.group(1).strip())
            # "© 2026 by Juniper Ledge Clinical Training" (a site builder's stock line): read only to spell out a short site name
            by = name.lower().startswith("by ")
            out.append(Candidate("provider", name[3:] if by else name, _BY_HOLDER if by else "html:copyright", one_line(str(text))))
            break
    # a storefront's name on the logo ("Cedar Narrows CE Store") beside its owner's in the copyright ("Cedar Narrows
    # Clinical Education"): the owner runs the courses
    if (len(out) == 2 and out[1].source == "html:copyright" and _STOREFRONT.search(str(out[0].value))
            and str(out[0].value).split()[0].lower() == str(out[1].value).split()[0].lower()):
        out.reverse()
    return out


_CREDITED_BEFORE = re.compile(r"\b(?:powered|platform|software|built|made|theme|hosted) (?:by|with|on)\s*(?:<[^>]{0,300}>\s*)*$",
                              re.IGNORECASE)


def _platform_maker(holder: str, html: str) -> bool:
    """The copyright holder is the platform the site credits ("Powered by phpBB", "Community platform by XenForo")
    (its name looked up first, then the credit read just before it: one pass over a 40 KB page costs a millisecond)."""
    word = re.match(r"[\w-]+", holder.strip())
    if not word:
        return False
    name, start = word.group(0), 0
    while (at := html.find(name, start)) >= 0:
        if _CREDITED_BEFORE.search(html, max(0, at - 400), at):
            return True
        start = at + len(name)
    return False


# after the name, what the body is or a tagline: "Prairie State Society of Medical Assistants - a state society of the
# AAMA", "Vantreece Clinical Academy — education from Vantreece Medical Supply" (lower case)
# (or where it is: "Briar Run Memorial Hospital - Alder Knob, West Virginia")
_ALT_DESCRIPTION = re.compile(r"\s+[-–—|]\s+(?:(?i:a|an|the|your)\s|[a-z]).*$"
                              r"|\s+[-–—|]\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,\s*(?:[A-Z]{2}|" + US_STATES + r")$")
_STOREFRONT = re.compile(r"\b(?:store|shop|shoppe|bookstore|marketplace|boutique)$", re.IGNORECASE)


def _footer_texts(scan: DocScan) -> list[str]:
    """The text nodes of ``<footer>`` elements and of elements whose class holds 'copyright'."""
    marked = scan.footers_and_copyright
    chosen = set(marked)
    outermost = [el for el in marked if not any(a in chosen for a in el.iterancestors())]
    return [text for el in outermost for text in _TEXTS(el)]


def home_link_text(links: list[Link], url: str) -> str | None:
    """The text of the link to the site's home page, when it is a name rather than "Home"."""
    origin = url.split("/", 3)
    home = "/".join(origin[:3]) + "/"
    for link in links:
        # "Northfield Mercy Health home" (an icon link's label) names the site without its last word
        text = re.sub(r"\s+(?:home ?page|home)$", "", link.text, flags=re.IGNORECASE) if link.text else ""
        if link.url.rstrip("/") + "/" == home and 2 < len(text) <= 60 \
                and text.lower() not in ("home", "home page", "homepage", "back to home", "back to"):
            return text
    return None


_TRAIL_TEXT = etree.XPath(".//a//text()|.//li//text()|.//span//text()")


def breadcrumbs(scan: DocScan) -> str:
    """The breadcrumb trail as "A > B > C" (read before chrome is stripped), or ""."""
    trail = scan.trail
    if trail is None:
        return ""
    parts = [one_line(t) for t in _TRAIL_TEXT(trail)]
    parts = [p for p in parts if p and p not in (">", "/", "»", "›", "|")]
    deduped = [p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1]]
    return " > ".join(deduped)


def head_candidates(meta: dict[str, str], title: str, opening: str,
                    owner: list[Candidate]) -> list[Candidate]:
    """Candidates from meta tags, the owner cues and ``<title>`` (lowest priority: they run last)."""
    out: list[Candidate] = []
    for key, field in (("og:title", "title"), ("twitter:title", "title"), ("og:description", "description"),
                       ("description", "description"), ("og:site_name", "provider"),
                       ("og:image", "image"), ("author", "instructor")):
        if meta.get(key):
            out.append(Candidate(field, meta[key], f"meta:{key}", meta[key]))
    out += [c for c in owner if c.source != _BY_HOLDER]
    if title:
        own = page_title_part(title, opening, meta.get("og:site_name"), [str(c.value) for c in owner])
        out.append(Candidate("title", own, "html:title", title))
        rest = [p for p in title_parts(title) if p != own]
        if len(rest) == 2 and _CE_UNIT.search(rest[0]):
            # "Course | Continuing Education | Riverbend College": the college's CE unit runs it
            rest = [f"{rest[1]} {rest[0]}"]
        if (len(rest) == 1 and len(rest[0]) <= 100 and not GENERIC_HEADING.match(rest[0])
                and not _SECTION_NAME.match(rest[0])):  # "Course | Site": the site (not "Course | CE Events")
            body = Candidate("provider", rest[0], "html:title-site", title)
            out.append(body)
            _body_before_its_owner(out, body)
    return out


# a person's name alone ("© 2026 Odalys Brennick"): the site's owner, not the body its pages name
_PERSONAL_NAME = re.compile(r"^(?-i:[A-Z][a-z'’-]+)(?:\s(?-i:[A-Z])\.?)?(?:\s(?-i:[A-Z][a-z'’-]+)){1,2}$")
_MORE_BODY_WORDS = re.compile(r"\b(?:training|education|learning|seminars|studio|ce)\b", re.I)


def _body_before_its_owner(out: list[Candidate], body: Candidate) -> None:
    """A site whose copyright names a person and whose ``<title>`` names a body ("Bevel Up Phlebotomy & Injection
    Training"): the body is who offers the courses, so its name goes before the person's."""
    holder = next((i for i, c in enumerate(out) if c.field == "provider" and c.source == "html:copyright"), None)
    if holder is None:
        return
    owner = str(out[holder].value).strip()
    if not _PERSONAL_NAME.match(owner) or ORGANISATION.search(owner) or _MORE_BODY_WORDS.search(owner):
        return
    name = str(body.value)
    if (ORGANISATION.search(name) or _MORE_BODY_WORDS.search(name)) and not _PERSONAL_NAME.match(name.strip()):
        out.remove(body)
        out.insert(holder, body)


# a heading that names the kind of page, not the course ("Course Detail", "Event Details", "Registration")
GENERIC_HEADING = re.compile(r"^\W*(?:(?:course|class|event|program(?:me)?|webinar|workshop|session|training|seminar)s?\s+)?"
                             r"(?:details?|information|info|overview|description|registration|register|sign[- ]?up|"
                             r"enrol(?:l)?(?:ment)?)\W*$", re.I)
# a site section's name ("CE Events", "Continuing Education", "Calendar"): where the page sits, not who runs it
_SECTION_NAME = re.compile(r"^\W*(?:(?:ce|ceu|cme|continuing education|education|professional development|online)\s+)?"
                           r"(?:events?|calendar|courses?|classes|webinars?|workshops?|training|catalog(?:ue)?|store|shop|"
                           r"library|programs?|offerings)\W*$|^\W*(?:ce|ceus?|cme|continuing education|education)\W*$", re.I)
_BY_HOLDER = "html:copyright-by"
# what only says what kind of body a name is: "Keystone Academy LLC" is the "Keystone Academy" site's owner, no fuller name
_LEGAL_FORM = re.compile(r"^(?:,?\s*(?:llc|l\.l\.c\.|inc\.?|incorporated|ltd\.?|corp\.?|corporation|co\.?|pllc|p\.c\.|pc|"
                         r"district|foundation|group|company))+\W*$", re.I)


def spell_out_site_name(candidates: list[Candidate], owner: list[Candidate], site_name: str) -> None:
    """"Juniper Ledge" (the site's short name, as its og:site_name or a product's brand gives it) of "© Juniper
    Ledge Clinical Training": the owner's full name goes before the first provider cue that gives the short one."""
    holder = next((c for c in owner if c.source in ("html:copyright", _BY_HOLDER)), None)
    if holder is None:
        return
    full = str(holder.value)
    short = site_name.lower() if _spells_out(full, site_name) or _portal_of(full, site_name) else None
    # (or a brand that is the holder's name less a word: "Heron Point Learning" of "Heron Point Clinical Learning Co.")
    at = next((i for i, c in enumerate(candidates) if c.field == "provider" and isinstance(c.value, str)
               and (c.value.strip().lower() == short or _fewer_words_of(full, c.value))), None)
    if at is not None and not any(c is holder for c in candidates[:at]):
        candidates.insert(at, holder)


_BODY_KIND = re.compile(r"\b(?:academy|institute|association|society|college|school|center|centre|network|alliance|"
                        r"council|foundation|chapter|consortium|collaborative)\b", re.I)


def spell_out_brand(candidates: list[Candidate], site_name: str) -> None:
    """A product's brand that is the first words of the site's name ("Uinta Commons" of "Uinta Commons Medical
    Assistant Academy", the og:site_name): the body's full name goes before it."""
    at = next((i for i, c in enumerate(candidates) if c.field == "provider"), None)
    if at is None or not site_name or not candidates[at].source.endswith("brand.name"):
        return
    brand = str(candidates[at].value).strip()
    # (not a body named in full: "Persimmon Ridge Community College" of its "... Workforce & Continuing Education")
    # (the words added make it a body: not a store's or a press's name, "Kettle Hollow CE Shop", "Bluebunch CE Press")
    if (len(brand.split()) >= 2 and not ORGANISATION.search(brand) and site_name.lower().startswith(brand.lower() + " ")
            and _BODY_KIND.search(site_name[len(brand):])):
        candidates.insert(at, Candidate("provider", site_name, "meta:og:site_name", site_name))


def _fewer_words_of(holder: str, name: str) -> bool:
    """True when a name is the holder's own words in order, its first and last among them, with a word between them
    left out (a name that only stops short, "Ostrander Health" of "Ostrander Health System", may be another body's)."""
    words = name.lower().split()
    held = holder.lower().split()
    if len(words) < 2 or len(held) <= len(words) or words[0] != held[0]:
        return False
    at, gap = 0, False
    for word in held:
        if at == len(words):
            break
        if word == words[at]:
            at += 1
        else:
            gap = True
    return at == len(words) and gap


_STRUCTURED_SOURCES = ("jsonld:", "microdata:", "rdfa:")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def drop_own_lines_and_units(candidates: list[Candidate], owner: list[Candidate], site_name: str) -> None:
    """A product brand that opens with the site's own first word ("Bluebunch Originals", "Bluebunch Webinar Studio"
    on "Bluebunch CE Press") is a line of the site's own products, not who provides the course; an organizer that is
    a unit of the site's own body ("Tittabawassee Chapter Education Committee") is not another provider: both go."""
    names = [site_name, *(str(c.value) for c in owner)]
    firsts = {name.split()[0].lower() for name in names if name.split() and len(name.split()[0]) >= 4}
    if not firsts:
        return
    own_words = [set(name.lower().split()) for name in names if name.strip()]

    def product_line(value: str) -> bool:  # the site's first word, and words none of its own names has
        words = value.lower().split()
        return bool(words) and words[0] in firsts and not any(set(words) <= own for own in own_words)

    def own_unit(value: str) -> bool:  # "Tittabawassee Chapter Education Committee": a part of the site's own body
        words = _LEADING_THE.sub("", value.strip()).lower().split()
        return len(words) >= 2 and words[0] in firsts and PART_OF.search(value.strip()) is not None

    # ("Presented by: The Quinnipoint Health Privacy and Compliance Office" on Quinnipoint Health's site, too)
    candidates[:] = [c for c in candidates if not (
        c.field == "provider" and isinstance(c.value, str) and c.source.startswith((*_STRUCTURED_SOURCES, PRESENTED_BY))
        and ((c.source.endswith(".brand.name") and product_line(c.value)) or own_unit(c.value)))]


# what a body calls its learning website ("Turnagain Learning Portal" of "© Turnagain Health Partners")
_TRAILING_LEGAL_FORM = re.compile(r"[,\s]+(?:llc|l\.l\.c\.|inc\.?|ltd\.?|corp\.?|pllc)\W*$", re.I)
_BRAND = re.compile(r"(?:\s+(?:ce|ceu|cme|continuing|learning|education|training|academy|online|e-?learning|portal|lms|hub|campus))+",
                    re.I)
_PORTAL = re.compile(r"(?:\s+(?:learning|education|training|ce|online|e-?learning))*\s+(?:portal|lms|hub|campus|online|e-?learning)$",
                     re.I)


def _portal_of(holder: str, site_name: str) -> bool:
    """True when the site's name is the copyright holder's first word and a word for a learning website, or the
    holder's first words and "CE" / "Learning" / "Academy" ("Bayou Ridge CE" of "Bayou Ridge Health Workforce
    Partnership", "Kettle Hollow CE" of "Kettle Hollow Career Institute"): the body's brand for its courses."""
    words = holder.split()
    if len(words) < 2 or len(words[0]) < 4:
        return False
    if site_name.lower().startswith(words[0].lower() + " ") and _PORTAL.fullmatch(site_name[len(words[0]):]) is not None:
        return True
    for size in range(2, len(words)):  # the holder's first words, with more after them in the holder's name
        lead = " ".join(words[:size])
        if site_name.lower().startswith(lead.lower() + " ") and _BRAND.fullmatch(site_name[len(lead):]):
            # (not a brand of its own: "Tamarack Shore Learning, LLC" is no fuller name of "Tamarack Shore CE Academy")
            rest = _TRAILING_LEGAL_FORM.sub("", " ".join(words[size:]))
            # (nor the short name spelt out: "Kestrel Canyon Clinical Education" of "Kestrel Canyon CE")
            return (bool(rest) and not _LEGAL_FORM.match(" " + rest) and not _BRAND.fullmatch(" " + rest)
                    and not _spelt_out(site_name[len(lead):].strip(), rest))
    return False


def _spelt_out(abbreviation: str, words: str) -> bool:
    """True when ``words``' initials are the letters of ``abbreviation`` ("CE": "Clinical Education")."""
    return abbreviation.isupper() and "".join(w[0] for w in words.split()).lower() == abbreviation.lower()


# what may follow a body's name in a "Hosted by" line: a partner it hosts with, or one of its units
_AFTER_NAME = re.compile(r"\s*(?:[·•|–—,]|\bwith\b|\band\b|&)")


def trim_to_known_name(candidates: list[Candidate], names: list[str]) -> None:
    """"Hosted by: Bonneville Society of Medical Assistants with the Juniper Ridge CC phlebotomy program" (or
    "... · CE Committee"): a presenter line opening with the site's own name, and more after it, names the site."""
    known = sorted({n.strip() for n in names if len(n.split()) >= 2}, key=len, reverse=True)
    for index, cand in enumerate(candidates):
        if cand.field != "provider" or cand.source != PRESENTED_BY or not isinstance(cand.value, str):
            continue
        name = next((n for n in known if cand.value.lower().startswith(n.lower()) and len(cand.value) > len(n)
                     and _AFTER_NAME.match(cand.value, len(n))), None)
        if name:
            candidates[index] = Candidate("provider", cand.value[: len(name)], cand.source, cand.text)


# a college's or hospital's division after its name ("Lakehead Technical College Customized Training", "... College
# Workforce & Continuing Education")
_DIVISION_KIND = r"(?:workforce|continuing|customi[sz]ed|community|professional|corporate|lifelong|extended)"
# ("Denali Foothills Technical College Workforce Education", "Clark Fork Valley College, Continuing Education & Workforce")
_DIVISION = re.compile(r"^(.*\b(?:college|university|institute|hospital|medical center|health system))(?:,\s*|\s+)"
                       # (a programme's name before the kind: "... College Health Careers Continuing Education")
                       r"(?:(?:health|allied health|health careers|nursing|medical)\s+)?"
                       + _DIVISION_KIND + r"(?:\s+(?:&|and)\s+" + _DIVISION_KIND + r")?\s+"
                       r"(?:education|training|development|learning|studies)"
                       r"(?:\s+(?:&|and)\s+" + _DIVISION_KIND + r"(?:\s+(?:education|training|development))?)?"
                       r"(?:\s*\([^()]*\))?$", re.I)  # (and a note after it: "(IACET Accredited Provider)")


def drop_division(candidates: list[Candidate], names: list[str]) -> None:
    """"Presented by: Denali Foothills Technical College Workforce Education" on another body's site: the partner
    institution presents the course, its CE division is a part of it. (A division's own site keeps its name.)"""
    own = {n.strip().lower() for n in names}
    # ("Presented by Wescanaug Valley Hospital Clinical Education & Professional Development" where the page also names
    # "Wescanaug Valley Hospital" as the organizer: the unit of an institution named on its own)
    institutions = sorted({c.value.strip() for c in candidates if c.field == "provider" and isinstance(c.value, str)
                           and c.source.startswith((*_STRUCTURED_SOURCES, PRESENTED_BY))
                           and _INSTITUTION_END.search(c.value.strip())}, key=len, reverse=True)
    for index, cand in enumerate(candidates):
        stated = cand.source == PRESENTED_BY or cand.source.endswith("-label")  # ("Provider of record: ...")
        if cand.field != "provider" or not stated or not isinstance(cand.value, str):
            continue
        value = cand.value.strip()
        if value.lower() in own:
            continue
        if found := _DIVISION.match(value):
            candidates[index] = Candidate("provider", found.group(1), cand.source, cand.text)
        elif name := next((n for n in institutions if value.lower().startswith(n.lower()) and len(value) > len(n)
                           and _UNIT_AFTER.match(value, len(n))), None):
            candidates[index] = Candidate("provider", name, cand.source, cand.text)


_INSTITUTION_END = re.compile(r"\b(?:college|university|institute|hospital|medical center|health system|school of [a-z]+)$", re.I)
# a unit's name after its institution's: ", Center for Workforce & Professional Training", " Clinical Education & ..."
_UNIT_AFTER = re.compile(r"(?:,\s*|\s+)(?:[\w&'’-]+\s+){0,4}?(?:education|training|development|learning|studies|department|"
                         r"center|centre|office|institute|division)\b", re.I)


def _spells_out(holder: str, site_name: str) -> bool:
    """True when the copyright holder is the site's name with more words that say more than a legal form."""
    if not site_name or not holder.lower().startswith(site_name.lower() + " "):
        return False
    return not _LEGAL_FORM.match(holder[len(site_name):])


def title_parts(title: str) -> list[str]:
    """The parts of a ``<title>`` split at the usual separators (" | ", " - ", " — "...)."""
    parts = [title]
    for sep in _TITLE_SEPARATORS:
        parts = [p.strip() for part in parts for p in part.split(sep) if p.strip()]
    return parts


def page_title_part(title: str, opening: str, site_name: str | None = None, owners: Sequence[str] = ()) -> str:
    """The page's own part of a ``<title>`` like "Site - Course" or "Course | Site".

    Prefer the part the page's opening text shows as a heading, then one it repeats at all, then any part that is
    not the site name, then the longest. A part opening with the owner's name (as its copyright
    or logo gives it: "Tamarack Valley Chapter NSSMA") names the site, not the page.
    """
    parts = title_parts(title)
    if len(parts) == 1:
        return parts[0]
    lower = opening.lower()
    own_names = [n.lower() for n in owners if len(n.split()) >= 2]

    def names_site(part: str) -> bool:
        low = part.lower()
        return bool(site_name and low == site_name.lower()) or any(low.startswith(n) for n in own_names)

    shown = [p for p in parts if p.lower() in lower and not names_site(p)]
    # a part the page shows as a heading before one it only mentions in a sentence ("... Conference 2027 is presented
    # by the ... Society.")
    headings = [line.strip() for line in lower.splitlines() if not line.rstrip().endswith((".", "!", "?"))
                and len(line.split()) <= 12]
    shown = [p for p in shown if any(p.lower() in line for line in headings)] or shown
    if shown:
        return max(shown, key=len)
    others = [p for p in parts if (not site_name or site_name.lower() not in p.lower()) and not names_site(p)]
    return max(others or parts, key=len)


_ACRONYM = re.compile(r"\b[A-Z]{3,8}\b")
_CONNECTOR = r"(?:\s+(?:of|and|for|the|in|&|&amp;))*"


def expand_acronym(name: str, html: str) -> str | None:
    """The full name an acronym in ``name`` stands for, when the page spells it out
    ("GPAHLN Learn" -> "Great Plains Allied Health Learning Network"), else None."""
    found = _ACRONYM.search(name)
    if found is None:
        return None
    letters = found.group(0)
    words = [rf"{letter}[a-z]+" for letter in letters]
    pattern = r"\b" + (_CONNECTOR + r"\s+").join(words) + r"\b"
    spelled = re.search(pattern, html)
    return " ".join(spelled.group(0).replace("&amp;", "&").split()) if spelled else None
