"""Page extraction: ``extract_page(url, html, headers=None) -> ExtractedPage``, pure.

Layers, each keeping the source of every value it finds:

(a) structured data (``structured``, ``schema_fields``): schema.org JSON-LD,
    microdata and RDFa via extruct -> sources ``jsonld:Course.offers.price`` ...
(b) embedded JSON (``embedded``): ``__NEXT_DATA__`` and other JSON script blobs
    -> sources ``next_data:props.pageProps.course.price`` ...
(c) visible HTML (``dom``, ``blocks``, ``sections``, ``cues``): main content
    without site chrome, sections by heading (text, list items, ``term: def``
    pairs, table rows ``a | b``), labelled values and language cues -> sources
    ``html:dl-label``, ``html:row-label``, ``html:para``, ``html:price-markup``...
(d) head metadata: ``meta:og:title``, ``meta:description``, ``html:title``.

Candidates are ordered (a), (b), (c), (d), so ``page.first(field)`` prefers
structured data. Candidate fields: title, description, provider, price_text,
price_was_text (a struck-through former price), credit_text, aama_text,
format_text, category_text, instructor, start_date, end_date, duration_text,
objective_text, audience_text, image, url, fetched_url (and, added by the crawler from the
site's listing, listing_text: the words of the course's card, with ``listing:card`` as source).
A link inside a listing's repeated course card carries that card's words (``Link.card``).
``page.url`` is the canonical URL (``<link rel=canonical>``, tracking
parameters stripped); ``kind``/``kind_reasons`` come from ``classify``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from catalog.page import Candidate, ExtractedPage
from crawler.extract import classify as _classify
from crawler.extract.blocks import Block, reflow, walk
from crawler.extract.boilerplate import is_boilerplate_heading
from crawler.extract.cues import (
    PRESENTED_BY,
    block_candidates,
    buy_button_prices,
    markup_candidates,
    struck_by_page_css,
)
from crawler.extract.decode import to_text
from crawler.extract.dom import (
    POLICY_STEMS,
    addressed_entry,
    calendar_lists,
    course_sidebars,
    footer_notes,
    main_root,
    newline_keepers,
    one_line,
    parse,
    read_head,
    read_links,
    reveal_noscript_content,
    strip_chrome,
    title_block_before_main,
)
from crawler.extract.embedded import (
    attribute_blobs,
    embedded_candidates,
    read_blobs,
    rendered_blocks,
    variation_prices,
)
from crawler.extract.identity import (
    GENERIC_HEADING,
    breadcrumbs,
    drop_division,
    drop_own_lines_and_units,
    expand_acronym,
    head_candidates,
    home_link_text,
    site_owner,
    spell_out_brand,
    spell_out_site_name,
    title_parts,
    trim_to_known_name,
)
from crawler.extract.markdown_source import render_markdown_sources
from crawler.extract.printed import (
    has_inline_type_sizes,
    is_printed_layout,
    promote_font_headings,
    promote_inline_headings,
    promote_title_class,
    promote_title_line,
)
from crawler.extract.scan import DocScan, scan_document
from crawler.extract.schema_fields import structured_candidates
from crawler.extract.sections import (
    about_other_pages,
    group_sections,
    kept_blocks,
    other_pages_content,
)
from crawler.extract.structured import node_types, read_structured, without_stale_item
from crawler.extract.urls import canonical_url, join_url

__all__ = ["extract_page"]

# fewer visible words than this, beside a course object in the page's JSON: the page is an app shell
_EMPTY_SHELL_WORDS = 25
_IACET_TEXT = etree.XPath("//text()[contains(., 'IACET')]", smart_strings=False)


def _beside_the_title(scan: DocScan, content: HtmlElement) -> list[HtmlElement]:
    """The elements beside the page's first ``<h1>`` when it stands outside the main content (an event's hero)."""
    h1 = next(iter(scan.tags("h1")), None)
    parent = h1.getparent() if h1 is not None else None
    if parent is None or any(ancestor is content for ancestor in h1.iterancestors()):
        return []
    return [el for el in parent if el is not h1 and isinstance(el.tag, str)]


def extract_page(url: str, html: str | bytes, headers: Mapping[Any, Any] | None = None) -> ExtractedPage:
    """Everything the page says about itself; never raises on bad markup."""
    text = to_text(html, headers)
    root = parse(text)
    if root is None:
        return ExtractedPage(url=canonical_url(url, None), kind="other", kind_reasons=["empty document"])
    # inline SVG (icon sprites, logos: often a third of a page's elements) holds nothing any reader uses
    etree.strip_elements(root, "svg", with_tail=False)
    for template in list(root.iter("template")):  # a declarative shadow root is shown where it stands
        # (and so is a Vue component's slot content, which the component renders: Wiki.js's <template slot="contents">)
        if (template.get("shadowrootmode") or template.get("shadowroot") or template.get("slot") is not None
                or any(name.startswith(("v-slot", "#")) for name in template.attrib)):
            template.drop_tag()
    reveal_noscript_content(root)
    if "markdown" in text:  # a note served as its Markdown source (HedgeDoc): rendered as its reader's browser does
        render_markdown_sources(root)
    if is_printed_layout(text):  # a PDF turned into HTML: its headings are only larger or bold type
        promote_font_headings(root, [style.text or "" for style in root.iter("style")])
    # a design tool's page: every paragraph sets its own type size
    sized_by_type = has_inline_type_sizes(text) and promote_inline_headings(root) > 0
    scan = scan_document(root)
    head = read_head(root, scan)
    page_url = canonical_url(url, head.canonical)
    links = read_links(scan, url)
    own_names = " ".join([head.title, head.meta.get("og:title", ""), *(one_line(h.text_content()) for h in scan.tags("h1")[:2])])
    nodes = without_stale_item(read_structured(root, text, url, microdata=scan.microdata, rdfa=scan.rdfa), text, own_names)
    candidates = structured_candidates(nodes)
    blobs = read_blobs(scan.tags("script"))
    if "data-page=" in text or "data-react-props=" in text or "data-props=" in text:
        blobs += attribute_blobs(root)
    embedded, listed_json, app_course = embedded_candidates(blobs, url)
    candidates += embedded
    crumbs = breadcrumbs(scan)
    owner = site_owner(root, text, scan)
    cta = _classify.call_to_action(scan, [link.text for link in links])

    # (a feed opened at one of its entries, the address's: that entry is the page's content)
    entry = addressed_entry(root, text, urlsplit(url).path)
    content = entry if entry is not None else main_root(root, scan, head.title or "")
    if any(content is dialog for dialog in scan.dialogs):
        listed_json = 0  # a record opened over its gallery: the app's rows behind it are the gallery's, not this page's list
    sidebars = [aside for aside in course_sidebars(content) if not about_other_pages(aside)]
    # the page's title block when it stands before <main> (its title, dates and price card): read first
    title_block = title_block_before_main(content, scan)
    before_main = [title_block] if title_block is not None else []
    # the footer's refund terms and time-zone note, read before the chrome goes
    candidates += [Candidate(kind, line, "html:footer", line)
                   for kind, line in footer_notes(scan.footer_like, policies=any(stem in text for stem in POLICY_STEMS))]
    # a price stated only on a buy button ("Buy now — $49.00"), read before the buttons go (and offered after the text's)
    priced_buttons = [b for b in scan.tags("button") if "$" in (b.text_content() or "")]
    button_prices = buy_button_prices(priced_buttons, content, other_pages_content(content)) if priced_buttons else []
    raw_blocks: list[Block] = []
    keepers = newline_keepers(root, scan)
    for index, part in enumerate([*before_main, content, *sidebars]):
        strip_chrome(root, part, keepers)
        if part is content and not sized_by_type and not scan.tags("h1"):
            # a site builder's title text box, or a block named for the page's title ("article-title")
            promote_title_line(part, head.title or "") or promote_title_class(part)
        if index:
            raw_blocks.append(Block("break", ""))
        if index and part is not content:
            for calendar in calendar_lists(part):
                calendar.drop_tree()
        walk(part, raw_blocks)
    blocks = reflow(kept_blocks(raw_blocks))
    if app_course is not None and sum(len(b.text.split()) for b in blocks) < _EMPTY_SHELL_WORDS:
        blocks = rendered_blocks(app_course)  # an app shell: its course object is what users see
    sections = group_sections(blocks)
    heading = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    site_names = [head.meta.get("og:site_name", ""), *(str(c.value) for c in owner)]
    heading = _not_the_site_name(heading, blocks, head.title, site_names, _h1_links_home(scan, url))
    heading = _named_by_title(heading, blocks, head.title, site_names)
    heading = heading or _page_h1(scan, head.title, blocks)
    own_title_parts = title_parts(head.title)
    heading = _without_org_code(heading, [head.meta.get("og:title", ""), *own_title_parts])
    heading = heading or _top_heading(blocks, head.title)
    if GENERIC_HEADING.match(heading):  # "Course Detail" over "Medical Terminology Refresher": the next heading names it
        heading = next((b.text for b in blocks[:20] if b.kind == "heading" and 2 <= b.level <= 3
                        and not GENERIC_HEADING.match(b.text) and not is_boilerplate_heading(b.text)), heading)

    heading = _with_title_aside(heading, head.title)
    if heading:
        h1 = Candidate("title", heading, "html:h1", heading)
        # the heading a reader sees, when it holds every word of the data's shorter name and more
        # ("... — Colorado Springs", "... (Webinar)", "Two-Evening Zoom Series" for "Zoom Series")
        # (and over a video's name: the recording embedded in the page, "... (recording)", is not what it is called)
        # (or the name the page gives twice, its heading and its <title>, over a booking tool's short name for it:
        # "Ethics & Social Media for Medical Assistants (Recorded)" over "Ethics & Social Media (Recording)")
        # (not over a fuller name of it in the data: "HIT 115 ICD-10-CM Coding Refresher" over the heading's "ICD-10-CM ...")
        names = [str(c.value) for c in candidates if c.field == "title"]
        named_twice = (heading in own_title_parts and any(name != heading for name in names)
                       and not any(_fuller_name(name, heading) for name in names))
        fuller = named_twice or any(c.field == "title" and (_fuller_name(heading, str(c.value)) or _one_session_of(heading, str(c.value))
                                             or _name_and_aside(heading, str(c.value))
                                             or _variant_of(heading, str(c.value))
                                             or c.source.split(":", 1)[-1].startswith("VideoObject."))
                     for c in candidates)
        if fuller:
            candidates.insert(0, h1)
        else:
            candidates.append(h1)
    elsewhere = other_pages_content(content)
    struck_css = struck_by_page_css(root, scan.tags("style"))
    marked = markup_candidates(content, elsewhere, struck_css)
    for sidebar in [*before_main, *sidebars]:
        marked += markup_candidates(sidebar, other_pages_content(sidebar), struck_css)
    struck = tuple(c.text for c in marked if c.field == "price_was_text")
    candidates += marked
    candidates += variation_prices(scan.tags("form"))
    found_in_blocks = block_candidates(blocks, struck)
    # the organisation the page says presents the course ("Presented by ...", a "Provider:" row) comes before the site's
    # own name in its data
    stated = [c for c in found_in_blocks if c.source == PRESENTED_BY
              or (c.field == "provider" and c.source.endswith("-label") and _PROVIDER_LABEL.match(c.text or ""))]
    candidates[:0] = stated
    stated_ids = {id(c) for c in stated}
    candidates += [c for c in found_in_blocks if id(c) not in stated_ids]
    candidates += button_prices
    if crumbs:
        candidates.append(Candidate("category_text", crumbs, "html:breadcrumb", crumbs))
    candidates += head_candidates(head.meta, head.title, "\n".join(b.text for b in blocks[:40]), owner)
    spell_out_site_name(candidates, owner, head.meta.get("og:site_name", ""))
    spell_out_brand(candidates, head.meta.get("og:site_name", ""))
    drop_own_lines_and_units(candidates, owner, head.meta.get("og:site_name", ""))
    trim_to_known_name(candidates, site_names)
    drop_division(candidates, site_names)
    home = home_link_text(links, page_url)
    if home:
        candidates.append(Candidate("provider", home, "html:home-link", home))
    _spell_out_provider(candidates, text)
    if "IACET" in text:  # an accreditation stated in a footer (dropped as chrome) still decides what "CEU" means
        candidates += [Candidate("accreditation_text", sentence, "html:document", sentence) for sentence in _IACET_TEXT(root)[:3]]
    first_para = next((b.text for b in blocks if b.kind == "para" and len(b.text) >= 80), None)
    if first_para:
        candidates.append(Candidate("description", first_para, "html:first-paragraph", first_para))
    if page_url != url:
        candidates.append(Candidate("fetched_url", url, "fetch", url))

    # a page with no heading at all (a CGI calendar's frame) is named by its <title>'s own part
    named = heading or next((str(c.value) for c in candidates if c.source == "html:title"), "")
    own_nodes = _one_per_name(_without_related(nodes, named, page_url))
    signals = _classify.collect(_address_for_kind(page_url), named, [node_types(n) for n in own_nodes], content, blocks,
                                candidates, listed_json, head.meta, cta, elsewhere)
    signals.fetched_url = url
    # a theme's alert box above the content ("This live course ended on November 21, 2026. Enrollment is closed.")
    # (or a badge beside the title in a hero above the content: "This event has ended" over the event's name)
    signals.ended = signals.ended or any(_classify.ended_notice(one_line(el.text_content()))
                                         for el in [*scan.notices, *_beside_the_title(scan, content)])
    kind, reasons = _classify.classify(signals)
    if signals.card_texts:  # a listing's cards travel with their links (the course page may not repeat them)
        for link in links:
            link.card = signals.card_texts.get(link.url, "")
    title = next((str(c.value) for c in candidates if c.field == "title" and c.value), None)
    page_text = "\n".join(
        f"{s.heading}\n{s.text}".strip() if s.heading else s.text for s in sections
    )
    return ExtractedPage(
        url=page_url, title=title, text=page_text, sections=sections, candidates=candidates,
        structured=nodes, links=links, kind=kind, kind_reasons=reasons,
    )


_NAME_WORD = re.compile(r"[\w/&'’-]+")


def _address_for_kind(page_url: str) -> str:
    """The address the page's kind is read from: a saved file's name without the folders it was saved in (a user's
    "~/tests/tags/course.html" is no tags page)."""
    if not page_url.startswith("file:"):
        return page_url
    return "file:///" + page_url.rstrip("/").rsplit("/", 1)[-1]


def _without_related(nodes: list[dict[str, Any]], heading: str, page_url: str) -> list[dict[str, Any]]:
    """The page's structured nodes less those of other pages beside its own item: when a node is named as the page's
    heading, nodes whose ``url`` is another page are a related-items block ("Other courses"), not a listing."""
    name = " ".join(heading.lower().split())
    own = [n for n in nodes if isinstance(n.get("name"), str) and _series_name(n["name"]) in (name, _series_name(heading))]
    if not name or not own:
        return nodes
    here = page_url.split("#", 1)[0].rstrip("/")
    return [n for n in nodes if any(n is o for o in own)
            or not (isinstance(n.get("url"), str) and n["url"].split("#", 1)[0].rstrip("/") not in ("", here))]


# a session's name after its series' ("... (Two-Part Live Webinar) – Part 1: Thursday, March 11, 2027", "... (Session 2)")
# (or "– Saturday 2", "– Day 3": one day of a course that meets on several)
_PART_OF_SERIES = re.compile(r"\s*(?:[–—:-]\s*|\(|,\s*)(?:part|session|evening|night|week|day|class|meeting|"
                             r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:\d{1,2}|one|two|three|four|"
                             r"five|six|[ivx]{1,4})\b.*$", re.I)


# (or one date of a course offered on several: "... Workshop (February)", "... – March 27, 2027")
_DATE_OF_OFFERING = re.compile(r"\s*(?:[–—:-]\s*|\()\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                               r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s*\)?$", re.I)


def _series_name(name: str) -> str:
    """A structured node's name without a session's part ("— Part 2") or its date ("(February)"), lower-cased and
    spaced once."""
    return " ".join(_DATE_OF_OFFERING.sub("", _PART_OF_SERIES.sub("", name)).lower().split())


def _one_per_name(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Structured nodes unlike every earlier one in type and name: an event per session of one series, or the same
    event in JSON-LD and microdata, is one item, not a listing of several."""
    seen: set[tuple[tuple[str, ...], str]] = set()
    out = []
    for node in nodes:
        name = node.get("name")
        key = (tuple(sorted(node_types(node))), _series_name(name)) if isinstance(name, str) else None
        if key is None or key not in seen:
            out.append(node)
        if key:
            seen.add(key)
    return out


_SUBTITLE = re.compile(r"\s*(?::|—|–|-\s)\s*\w")


_ORG_CODE = re.compile(r"\s+[A-Z][A-Z0-9]{1,11}")


def _without_org_code(heading: str, names: list[str]) -> str:
    """The heading without an organisation's code after the name the page's title gives (Open edX's
    "<h1>Injection Technique Review <a><span class=org>SAHL</span></a></h1>" under "<title>Injection Technique Review | ...")."""
    for name in names:
        name = name.strip()
        if len(name.split()) >= 3 and heading.startswith(name) and _ORG_CODE.fullmatch(heading, len(name)):
            return name
    return heading


_ASIDE_TAIL = re.compile(r"\s\([^()]{3,60}\)$")


def _with_title_aside(heading: str, title: str) -> str:
    """The heading with the bracketed aside its ``<title>`` part adds ("Hard-Stick Strategies" titled "Hard-Stick
    Strategies (Self-Paced Video Class) — Bevel Up"): the page's full name for the course, format and all."""
    if not heading or not title or heading.endswith(")"):
        return heading
    for part in title_parts(title):
        rest = part[len(heading):]
        if part.lower().startswith(heading.lower()) and _ASIDE_TAIL.fullmatch(rest):
            return heading + rest
    return heading


def _fuller_name(heading: str, name: str) -> bool:
    """True when the heading has every word of ``name`` (a structured-data name) and a few more."""
    words, more = set(_NAME_WORD.findall(name.lower())), _NAME_WORD.findall(heading.lower())
    if not words or not words < set(more):
        return False
    # the name and a subtitle after it ("EKG Rhythm Strip Saturday: 12-Lead Placement and Basic Strip Reading")
    subtitled = heading.lower().startswith(name.lower().strip()) and _SUBTITLE.match(heading, len(name.strip())) is not None
    return subtitled or len(more) <= len(_NAME_WORD.findall(name)) + 4


def _name_and_aside(heading: str, name: str) -> bool:
    """True when the heading is ``name`` and a bracketed aside ("Medication Math (Self-Paced, Red Ledge Technical
    College)"): the name the page shows, however many words the aside has."""
    name = name.strip()
    return bool(name) and heading.lower().startswith(name.lower()) and _ASIDE_TAIL.fullmatch(heading[len(name):]) is not None


# what names one meeting of a course after its title ("(Session 1)", "- Day 2", ": Part II")
# ("... (Session 2)", "... — part two", "... (session 1 of 2)")
_SESSION_SUFFIX = re.compile(r"\W*\b(?:session|part|day|week|module|meeting|evening|night)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four)"
                             r"(?:\s+of\s+(?:\d{1,2}|two|three|four))?\W*", re.I)


_SESSION_TAIL = re.compile(_SESSION_SUFFIX.pattern + r"$", re.I)


# a format after a course's name ("... (Hybrid)"), and a part of it named after a dash ("... - skills session")
_FORMAT_TAIL = re.compile(r"\s*\([^()]{2,60}\)\s*$")
_PART_LABEL = re.compile(r"\s*[-–—:|]\s*(?:[\w-]+\s+){0,2}(?:session|check|lab|day|portion|part|meeting|component)s?\s*", re.I)


# what names one variant of a product after its title ("— CE certificate", "- Online access", "– Member ticket",
# a store's "- Free enrollment", "- Recording"): a dash and a few words, no number ("- Part 2" names a part)
_VARIANT_TAIL = re.compile(r"\s*[—–-]\s*(?:[^\W\d]+[ &+]*){1,3}\s*$")


def _variant_of(heading: str, name: str) -> bool:
    """True when a structured-data name is the heading (or the heading without its format, "Teach-Back and Health
    Literacy" of "... (Recorded Webinar)") and a product variant's label after a dash ("Medical Terminology Refresher
    (Self-Paced) — CE certificate"): the page is named by its heading."""
    if not heading:
        return False
    return any(name.lower().startswith(base.lower()) and _VARIANT_TAIL.fullmatch(name[len(base):]) is not None
               for base in dict.fromkeys((heading, _FORMAT_TAIL.sub("", heading))) if base)


def _one_session_of(heading: str, name: str) -> bool:
    """True when a structured-data name is one session of the course the heading names: the heading and a session's
    number (an event per meeting), or the heading's name without its format and a part's label ("Spirometry and
    Peak Flow Testing - skills session" on the page of "Spirometry and Peak Flow Testing (Hybrid)")."""
    if not heading:
        return False
    if name.lower().startswith(heading.lower()) and _SESSION_SUFFIX.fullmatch(name[len(heading):]):
        return True
    # (or a shorter name of it before the session's number: "EKG Rhythm Strip Interpretation – Part 1" on the page of
    # "EKG Rhythm Strip Interpretation for Medical Assistants (Two Evening Zoom Sessions)")
    tail = _SESSION_TAIL.search(name)
    stem = name[: tail.start()].strip() if tail else ""
    if len(stem.split()) >= 2 and heading.lower().startswith(stem.lower() + " "):
        return True
    base = _FORMAT_TAIL.sub("", heading)
    return base != heading and name.lower().startswith(base.lower()) and bool(_PART_LABEL.fullmatch(name[len(base):]))


def _top_heading(blocks: list[Block], title: str) -> str:
    """With no ``<h1>``: the ``<h2>``/``<h3>`` a ``<title>`` part names, else the highest-ranked one (a sidebar's
    "<h3>Quick Links</h3>" may come before the "<h2>" naming the course)."""
    headings = [b for b in blocks if b.kind == "heading" and b.level <= 3]
    parts = [p.lower() for p in title_parts(title) if len(p) >= 8]
    named = next((b.text for b in headings if any(b.text.lower().startswith(p) or p.startswith(b.text.lower())
                                                     for p in parts)), None)
    if named:
        return named
    # (not a section's label: a store's product page names its course only in a styled div and the <title>, over
    # "<h3>What you'll learn</h3>", "<h3>Why this course?</h3>", "<h3>Format</h3>", ..., "<h3>Cancellations and refunds</h3>":
    # with no <h2> either, the <title> names the page)
    names = [b for b in headings if not _SECTION_LABEL.match(b.text) and not GENERIC_HEADING.match(b.text)
             and (b.level <= 2 or not parts)]
    return min(names, key=lambda b: b.level).text if names else ""


_SECTION_LABEL = re.compile(r"^\W*(?:why\b|who\b[^?]{0,30}\bfor\b|how (?:it(?:'|’)?s|it is) (?:taught|delivered)\b|"
                            r"(?:[\w-]+ )?polic(?:y|ies)\W*$|(?:developed|presented|taught|written|hosted) by\b|"
                            # a field's label, or a theme's hidden landmark heading
                            r"(?:format|presenters?|instructors?|speakers?|faculty|price|pricing|fees?|costs?|tuition|schedule|"
                            r"dates?(?: (?:and|&) times?)?|location|(?:ce |continuing education )?credits?|ce credit|"
                            r"(?:registration|enrol(?:l)?ment)(?: options| details| information)?|navigation|sidebar|menu|search)\W*$|"
                            r"what you(?:'|’)ll (?:learn|do|need)\b|(?:learning )?objectives\b|outcomes\b|"
                            r"about (?:this|the) (?:course|class|webinar|workshop|program)\W*$)", re.I)


_DASHES = str.maketrans({"–": "-", "—": "-", "‒": "-", "\xa0": " "})


def _named_by_title(h1: str, blocks: list[Block], title: str, site_names: list[str]) -> str:
    """An ``<h1>`` the ``<title>`` does not repeat gives way to the heading its first part is (a portal's hero
    "<h1>Course Catalog</h1>" over the item's "<h2>Medication Reconciliation ...</h2>", which "<title>Medication
    Reconciliation ... - Redfir Learn" names); never to the site's name."""
    parts = [part.translate(_DASHES).lower() for part in title_parts(title)]
    first, own = next(iter(parts), ""), h1.translate(_DASHES).lower()
    if not h1 or len(first) < 12 or any(len(part) >= 8 and (part in own or own in part) for part in parts):
        return h1
    if any(name and name.lower() == first for name in site_names):
        return h1
    return next((b.text for b in blocks[:40] if b.kind == "heading" and 2 <= b.level <= 3 and b.text.lower() == first), h1)


def _page_h1(scan: DocScan, title: str, blocks: list[Block]) -> str:
    """An ``<h1>`` outside the main content (a page header's) that the ``<title>`` repeats, or "" (and "" for the
    site's name in a header when another ``<title>`` part is a heading of the content: "Spirometry Essentials -
    Bayside Learning" over a header's "Bayside Learning" and the content's "Spirometry Essentials")."""
    lowered = title.lower()
    others = [p.lower() for p in title_parts(title)]
    headings = {b.text.lower() for b in blocks[:40] if b.kind == "heading" and b.level <= 3}
    for h1 in scan.tags("h1"):
        text = one_line(h1.text_content())
        if text and text.lower() in lowered:
            # (a heading holding another <title> part: "Injection Technique Refresher (Feb 20) – registration open",
            # which the <title> splits at its dash)
            if any(p != text.lower() and (p in headings or (len(p) >= 12 and any(p in h for h in headings)))
                   for p in others):
                continue
            return text
        # badges after the name ("Vaccine Cold Chain & VFC Storage Essentials Spring 2027 75.00 USD"): the page's own
        # <title> part it opens with; a <title> that shortens the heading ("Right Patient, Right Tube: Specimen Labeling
        # Webinar" for "... Specimen Labeling That Passes the Lab"): the heading
        if others and len(others[0]) >= 8 and text.lower().startswith(others[0]):
            own = one_line(h1.text or "")  # the heading's own words before its badges' elements
            return own if own.lower().startswith(others[0]) else title_parts(title)[0]
        if others and len(os.path.commonprefix([text.lower(), others[0]])) >= max(20, min(len(text), len(others[0])) // 2):
            return text
        if others and len(others[0]) >= 20 and text.lower().endswith(others[0]):  # "Chain of Custody in Practice: <part>"
            return text
    return ""


_CHAPTER = re.compile(r"\b(?:chapter|section|branch|affiliate|district)\b", re.I)


# a row naming who provides the course ("Provider: ...", "Offered by: ..."), not its sponsor or venue
_PROVIDER_LABEL = re.compile(r"^\W*(?:(?:course|ce|education(?:al)?|training) )?provider(?: of record)?\s*[:|]|^\W*(?:provided|offered) by\b", re.I)


def _spell_out_provider(candidates: list[Candidate], html: str) -> None:
    """Put the full name before the first provider cue that is an acronym the page spells out (a short name:
    not "Northwoods Healthcare Safety Alliance, in partnership with PLMAA")."""
    for index, cand in enumerate(candidates):
        if cand.field == "provider" and isinstance(cand.value, str) and len(cand.value.split()) <= 5:
            full = expand_acronym(cand.value, html)
            if full:
                # a chapter keeps its own name before its parent's ("Flint Hills Chapter HSMA")
                rest = " ".join(w for w in cand.value.split() if w not in full and not w.isupper())
                if _CHAPTER.search(rest):
                    full = f"{rest}, {full}"
                elif rest and f"{rest} {full}".lower() in html.lower():  # "Prairie Lakes MAA": the page's "Prairie Lakes Medical ..."
                    full = f"{rest} {full}"
                candidates.insert(index, Candidate("provider", full, "html:acronym-expansion", full))
            return


def _h1_links_home(scan: DocScan, url: str) -> bool:
    """The first ``<h1>`` is a link to the site's home page (a banner: "<h1><a href="index.php">Forum</a></h1>")."""
    h1 = next(iter(scan.tags("h1")), None)
    anchor = next(h1.iter("a"), None) if h1 is not None else None
    if anchor is None or one_line(anchor.text_content()) != one_line(h1.text_content()):
        return False
    joined = join_url(url, anchor.get("href") or "#")
    if joined is None:
        return False
    home = urlsplit(joined)
    return not home.query and home.path.rstrip("/") in ("", "/index.php", "/index.html", "/index.htm")


def _not_the_site_name(h1: str, blocks: list[Block], title: str, site_names: list[str], links_home: bool = False) -> str:
    """The page's heading: an ``<h1>`` that names the site (its banner: "Flint Hills Chapter", as its
    copyright line or site name says, or a link to the home page that one ``<title>`` part repeats) gives way to
    the heading (a second ``<h1>``, an ``<h2>``/``<h3>``) another ``<title>`` part names."""
    low = h1.lower()
    # (a blog's banner: an <h1> linking home, "Ms. Dorrie's MA Classroom", the first part of "<title>Ms. Dorrie's MA
    # Classroom: Injection Skills Refresher"; a forum's "<h1><a href="index.php">IBMAS Member Forum</a></h1>" under
    # "<title>Feb 20: Hands-On Wound Care ... / IBMAS Member Forum")
    banner = (title.lower().startswith(low + ":") and len(title) > len(h1) + 3
              and any(b.kind == "heading" and b.level == 1 and b.linked and b.text == h1 for b in blocks[:5]))
    # (eZ Publish's <title> is the path: "Course / Course Catalog / Continuing Education / Society")
    named = [piece for part in title_parts(title) for piece in {part, *part.split(" / ")}]
    banner = banner or (links_home and len(named) > 1 and low in (p.lower() for p in named))
    if not low or not (banner or any(low in name.lower() or name.lower() in low for name in site_names if name)):
        return h1
    parts = [p.lower() for p in [*named, title[len(h1) + 1:].strip() if banner else ""] if p and low not in p.lower()]
    for block in blocks[:40]:
        text = block.text.lower()
        if block.kind == "heading" and block.level <= 3 and text != low and any(p in text or text in p for p in parts):
            return block.text
    return h1
