"""Blocks grouped into sections by heading, with boilerplate sections dropped.

A section keeps its heading, its text (every block under it, one per line) and
its items (list items, ``term: definition`` pairs, table rows ``a | b``).
Sections whose heading announces other content ("Related courses", "You may
also like", "Share this") are not part of the page and are dropped, whatever the
markup, because that wording is how any site labels them.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from catalog.page import Section
from crawler.extract.blocks import (
    HEADINGS,
    Block,
    announces_as_heading,
    heading_class,
    list_header,
    pseudo_heading,
)
from crawler.extract.boilerplate import is_boilerplate_heading
from crawler.extract.dom import POLICY_STEMS, one_line


def group_sections(blocks: list[Block]) -> list[Section]:
    """Sections in page order from blocks already filtered by ``kept_blocks``."""
    sections: list[Section] = []
    current = Section(heading="", level=0)
    for block in blocks:
        if block.kind in ("heading", "break"):  # a break (a course sidebar begins) opens an unheaded section
            _close(current, sections)
            current = Section(heading=block.text, level=block.level)
            continue
        current.text = f"{current.text}\n{block.text}" if current.text else block.text
        if block.kind in ("li", "dl", "row"):
            current.items.append(block.text)
            if current.kind == "text":
                current.kind = {"li": "list", "dl": "dl", "row": "table"}[block.kind]
    _close(current, sections)
    return sections


def _close(section: Section, sections: list[Section]) -> None:
    if section.heading or section.text:
        sections.append(section)


# a heading naming a part of the page's own course ("About the author", "Refund policy"): whatever its rank, what is
# under it is not about the other pages a block above announced
_OWN_PART = re.compile(r"^(?:about|meet) (?:the|your) (?:author|instructor|presenter|speaker|faculty|educator|facilitator)s?\W*$|"
                       r"^(?:your )?(?:instructor|presenter|faculty)s?\W*$|^(?:learning )?objectives\W*$|"
                       r"^(?:refund|cancellation)(?: (?:and|&) (?:refund|cancellation))? polic(?:y|ies)\W*$", re.I)


def kept_blocks(blocks: list[Block]) -> list[Block]:
    """Blocks minus boilerplate headings and everything under them (to the next heading at their level or above)."""
    kept: list[Block] = []
    skip_level: int | None = None
    skip_linked = False
    other_table = False  # in a table whose header row's first cell announces other pages ("Other CE this spring | When | Cost")
    other_offers = False  # in the rows under a one-cell row announcing other offerings
    other_line = False  # the block before was a line labelled as about another page
    h1_seen = False
    h2_seen = False  # a page whose own title is an <h2> (a blog theme's post title under the site name's <h1>)
    words_after = _words_after(blocks)
    kept_words = 0
    fine_print = _fine_print_start(blocks)
    captioned = False  # the line before was a caption announcing a table of other pages
    for index, block in enumerate(blocks):
        if block.kind in ("para", "row") and len(block.text) < 300 and _SENT_BECAUSE.search(block.text):
            continue  # "You are receiving this because you signed up for ... updates": the mailing's, not the course's
        if skip_level is not None and block.kind == "para" and (_POLICY_LEAD.match(block.text) or (
                len(block.text) < 120 and _GUARANTEE_LINE.match(block.text))):
            # (or a buy box's badge under a subscription's upsell heading: "30-Day Money-Back Guarantee")
            # the page's own terms set as a labelled paragraph ("Refunds. Withdraw by 5:00 p.m. Friday, February 12 ..."),
            # after a box of other offerings ("ALSO THIS SPRING FROM WCE ALLIED HEALTH") that ran on above them
            kept.append(block)
            kept_words += len(block.text.split())
            continue
        if (fine_print is not None and index >= fine_print and skip_level is not None and block.kind == "para"
                and any(stem in block.text for stem in POLICY_STEMS)):
            # an e-mail's closing terms ("Certificate fees are non-refundable") are the sender's, whatever box of other
            # offers ran on above them
            kept.append(block)
            kept_words += len(block.text.split())
            continue
        if block.kind == "row":
            if len(block.text) < 200 and _TOPIC_ROW.search(block.text):
                continue  # a forum's list of topics under a post ("Free & cheap CEUs for 2027 | CEU Swap Meet · 14 replies")
            first_cell = block.text.split(" | ", 1)[0]
            # (a header row, with no amount: "Learning Pass | $90.00 | $115.00" is a payer's row of this course's fees)
            other_table = other_table or captioned or (" | " in block.text and "$" not in block.text
                                                         and is_boilerplate_heading(first_cell))
            if other_table:
                continue
            # an e-mail's (or a table layout's) one-cell row announcing other offerings ("ALSO ON DEMAND AT TIDEWICK"),
            # over the rows that offer them: each with a price, credit or date, up to the first row without one
            if other_offers:
                if _OFFER_ROW.search(block.text):
                    continue
                other_offers = False
            if (" | " not in block.text and len(block.text) < 60 and skip_level is None and _OTHER_OFFERS.search(block.text)
                    and is_boilerplate_heading(block.text)):
                other_offers = True
                continue
        elif (other_offers and block.kind in ("para", "li") and len(block.text) < 200
              and (_OFFER_ROW.search(block.text) or (len(block.text) <= 80 and not block.text.endswith((".", "!", "?"))))):
            continue  # an e-mail's cards under that row, each a few short lines ("Live webinar · Mar 18" / a title / "$25")
        else:
            other_table = other_offers = False
        # a short line over a table announcing other pages ("2027 at a glance (tentative after April)"): its rows are theirs
        captioned = block.kind == "para" and len(block.text) < 80 and is_boilerplate_heading(block.text) and (
            index + 1 < len(blocks) and blocks[index + 1].kind == "row")
        if captioned:
            continue
        if block.kind == "break":
            skip_level = None
            kept.append(block)
            continue
        if block.kind == "end":  # the element holding a skipped heading closed: what follows is not under it
            # (a box that opened with its heading, "Announcements" over two links, when more of the page's words
            # follow it than came before: it stood above the page's body, not after it as a "More events" aside does)
            if block.text != "box" or words_after[index] > kept_words:
                skip_level = None
            continue
        # the short line of facts right under a line about another page ("Recording; $10, members free.")
        after_other, other_line = other_line, False
        if (after_other and block.kind in ("para", "li") and not block.label and len(block.text) < 100
                and _OFFER_ROW.search(block.text)):
            continue
        if block.kind == "para" and len(block.text) < 400 and _PS_NEXT.match(block.text):
            continue  # an e-mail's "P.S. Registration is open for our next live webinar, ...: $29, 1.5 AAMA CEUs"
        if (block.kind in ("para", "li") and block.label and len(block.label) < 40
                and ((_OTHER_OFFERS.search(block.label) and is_boilerplate_heading(block.label)) or _NEXT_LABEL.match(block.label))):
            other_line = _RELATED_LABEL.match(block.label) is not None  # (not "Featured course: <this page's name>")
            continue  # a line labelled as about other pages: "Also from us: Venipuncture Refresher Lab ($149)"
        if block.kind == "heading":
            # a card's linked title under "You might also like" names another page: it ends no skip
            # (unless a card title began it: "The 2027 workshop calendar" among a blog's posts)
            own_part = not block.linked and _OWN_PART.match(block.text)
            if skip_level is not None and (block.level > skip_level or (block.linked and not skip_linked)) and not own_part:
                continue
            # never the page's own <h1>: "Upcoming Webinar: HIPAA Basics" is this page's title; a later <h1> is a
            # section of a document that ranks its sections so ("11 Other Allied Health CE courses" in LaTeX2HTML), and
            # an <h1> after an <h2> title and the page's own words may be a sidebar widget's (Chyrp's "Upcoming" under a
            # post titled in an <h2>)
            skip_level = block.level if is_boilerplate_heading(block.text) and (
                block.level > 1 or ((h1_seen or (h2_seen and kept_words > 50))
                                    and _RELATED_LABEL.match(_SECTION_NUMBER.sub("", block.text)))) else None
            h1_seen = h1_seen or block.level == 1
            h2_seen = h2_seen or (block.level == 2 and skip_level is None)
            skip_linked = block.linked
            if skip_level is None:
                kept.append(block)
            continue
        if skip_level is None:
            kept.append(block)
            kept_words += len(block.text.split())
    return kept


# the line an e-mail closes with, saying why it was sent ("You're receiving this because you are a member")
# the line saying why a mailing was sent ("You are receiving this because ..."), and its unsubscribe and preferences links
_SENT_BECAUSE = re.compile(r"\byou(?:['’]re| are) receiving this\b|\byou received this (?:e-?mail|message)\b", re.IGNORECASE)
_WHY_SENT = re.compile(_SENT_BECAUSE.pattern + r"|\bunsubscribe\b|\bupdate (?:your )?(?:e-?mail )?preferences\b", re.IGNORECASE)


# a badge stating terms on its own ("30-Day Money-Back Guarantee", "All sales final"), not another offer's card that ends on
# its own terms ("EKG Rhythm Strip Basics $45.00 – $80.00 2 AAMA CEUs (Clinical). Tickets are non-refundable.")
_GUARANTEE_LINE = re.compile(r"^\W*(?:(?:\d{1,3}|seven|fourteen|thirty)[- ]days?\s+)?money[- ]back guarantee\b[^$\n]{0,40}$"
                             r"|^\W*(?:all sales (?:are )?final|no refunds)\b[^$\n]{0,60}$", re.IGNORECASE)
_POLICY_LEAD = re.compile(r"^\W*(?:refunds?|cancell?ations?|withdrawals?)(?: (?:and|&) (?:refunds?|cancell?ations?|transfers?|"
                          r"withdrawals?))?(?: policy)?\s*[.:]\s+\w", re.IGNORECASE)


def _fine_print_start(blocks: list[Block]) -> int | None:
    """Where an e-mail's fine print starts: the paragraphs just before the line saying why it was sent (its terms, the
    sender's address), back to a heading or to a short line of another offer's facts ("Apr 8, 2027 · 0.2 CEU · $39");
    None on a page that has no such line."""
    end = next((i for i, b in enumerate(blocks) if b.kind in ("para", "row") and _WHY_SENT.search(b.text)), None)
    if end is None:
        return None
    start = end
    while start > 0 and blocks[start - 1].kind in ("para", "row") and not (
            len(blocks[start - 1].text.split()) < 20 and _OFFER_ROW.search(blocks[start - 1].text)):
        start -= 1
    return start


def _words_after(blocks: list[Block]) -> list[int]:
    """For each block, the words of the paragraphs, items and rows after it."""
    counts, total = [0] * len(blocks), 0
    for index in range(len(blocks) - 1, -1, -1):
        counts[index] = total
        if blocks[index].kind in ("para", "li", "row", "dl"):
            total += len(blocks[index].text.split())
    return counts


# what announces other offerings (not a membership or newsletter prompt): "Also on demand at ...", "Upcoming webinars"
_OTHER_OFFERS = re.compile(r"^(?:also|more|other|related|upcoming|coming|latest|recent|next|similar|popular|featured|see also|"
                           r"you (?:may|might|could) also)\b",
                           re.IGNORECASE)
# (or a sidebar widget's title set as a later <h1>: Chyrp's "Upcoming", "Recent Posts")
_RELATED_LABEL = re.compile(r"^(?:related|see also|also|other|more|similar|upcoming|coming up|recent)\b", re.IGNORECASE)
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s+")  # "11 ", "2.3. "
# a postscript about the next offering: another course's facts
_PS_NEXT = re.compile(r"^\W*p\.\s?s\.?\W+[^.]{0,60}?\b(?:our|the) next\b"
                      # a question sending the reader to other CE ("Looking for something with AAMA CEUs? The live dosage
                      # math class in March is approved for 4 AAMA CEUs (Clinical), $65 early bird.")
                      r"|^\W*(?:looking for|searching for|need|want) (?:something|anything|more|other|another)\b[^?.]{0,50}?"
                      r"\b(?:ceus?|credits?|ce|courses?|classes|webinars|workshops|points)\b[^?.]{0,30}\?\s+\S"
                      # ("Looking for something live? The Nutrition Counseling Basics webinar is free ...")
                      r"|^\W*(?:looking for|want|need|prefer) something (?:live|in[- ]person|online|hands-on|else|different)\W*\?\s+\S",
                      re.IGNORECASE)
_TOPIC_ROW = re.compile(r"\|[^|]*\b\d[\d,]*\s+(?:replies|views|answers)\b", re.IGNORECASE)
# what comes next, by a label ending in "next" ("Up next", "In the classroom next"): another offering
_NEXT_LABEL = re.compile(r"^(?:[\w-]+ ){0,3}next$", re.IGNORECASE)
_OFFER_ROW = re.compile(r"\$\s?\d|\b(?:ceus?|credits?|contact hours?|points?)\b|\b20\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|"
                        r"sep|oct|nov|dec)[a-z]*\.? \d", re.IGNORECASE)


def about_other_pages(block: HtmlElement) -> bool:
    """True when a block (a sidebar) is all about other pages: it opens with a heading announcing them
    ("More CE from the chapter"), nothing comes before that heading, and its other headings are the
    titles of linked cards (a post card's ``<a><h2>``), whose rank would otherwise end the skip."""
    headings = list(block.iter("h1", "h2", "h3", "h4", "h5", "h6"))
    if not headings or not is_boilerplate_heading(one_line(headings[0].text_content())):
        return False
    if any(not any(a.tag == "a" for a in h.iterancestors()) for h in headings[1:]):
        return False  # a section of its own follows ("Getting here"): the level rules skip just the list
    before: list[str] = []
    for el in block.iter():
        if el is headings[0]:
            break
        before.append(el.text or "")
    return not "".join(before).strip()


def _bold_line(el: HtmlElement) -> bool:
    """A paragraph or div that is one bold line and nothing else, as the block walk reads a heading (cheap tests first)."""
    return (len(el) == 1 and el[0].tag in ("b", "strong", "span") and not (el.text or "").strip()
            and pseudo_heading(el, one_line(el.text_content())))


def _heading_bar(wrapper: HtmlElement, heading: HtmlElement) -> bool:
    """True when ``wrapper`` holds the heading and nothing else but a short link ("<div class=title><h2>You may also
    like</h2><a href=/shop/>Shop all</a></div>"): a title bar, not the block the heading opens."""
    extra = len(one_line(wrapper.text_content())) - len(one_line(heading.text_content()))
    if extra <= 0:
        return True
    links = sum(len(one_line(a.text_content())) for a in wrapper.iter("a") if not any(h is heading for h in a.iterancestors()))
    return extra <= 30 and links >= extra - 1 and not any(h is not heading for h in wrapper.iter(*HEADINGS))


def other_pages_content(content: HtmlElement) -> set[HtmlElement]:
    """Elements under a boilerplate heading (not an ``<h1>``): the block the heading opens, or,
    where headings and blocks are siblings, what follows it up to the next heading of its level.

    The DOM side of ``kept_blocks``: price marks, dates and cards found there describe other pages.
    """
    out: set[HtmlElement] = set()
    for th in content.iter("th"):  # a table headed by one cell ("Other CE opportunities") lists other pages
        row = th.getparent()
        if (row is not None and sum(1 for cell in row if isinstance(cell.tag, str)) == 1
                and is_boilerplate_heading(one_line(th.text_content()))):
            table = next(row.iterancestors("table"), None)
            if table is not None:
                out.update(table.iter(etree.Element))
    for item in content.iter("li"):  # a list's header row announcing other pages: its list, and the rows after it
        if list_header(item):
            box = item.getparent()  # its list; a list holding the header alone: the box of the rows after it too
            if box is not None and box is not content and len(box) == 1 and box.getparent() is not None:
                box = box.getparent()
            if box is not None and box is not content:
                out.update(box.iter(etree.Element))
    for heading in content.iter(*HEADINGS, "p", "div"):
        bold_line = heading.tag not in HEADINGS and _bold_line(heading)  # "<div><b>More classes from ...</b></div>"
        if heading.tag not in HEADINGS and not bold_line and not announces_as_heading(heading):
            continue
        level = HEADINGS.get(heading.tag) or heading_class(heading, one_line(heading.text_content())) or (6 if bold_line else 0)
        if level in (0, 1) or heading in out or not is_boilerplate_heading(one_line(heading.text_content())):
            continue
        opener = heading  # a heading wrapped alone ("<div class=title><h2>..</h2></div>") opens its wrapper
        wrapper = heading.getparent()
        while wrapper is not None and wrapper is not content and _heading_bar(wrapper, heading):
            opener, wrapper = wrapper, wrapper.getparent()
        if (wrapper is not None and wrapper is not content and wrapper.tag not in ("main", "article", "body")
                and next((h for h in wrapper.iter(*HEADINGS, heading.tag) if h.tag in HEADINGS or h is heading), None)
                is heading):
            out.update(wrapper.iter(etree.Element))
            continue
        for sibling in opener.itersiblings():
            if sibling.tag in HEADINGS and HEADINGS[sibling.tag] <= level:
                break
            out.update(sibling.iter(etree.Element))
    return out
