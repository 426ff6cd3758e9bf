"""Visible content as a flat list of blocks: headings, paragraphs, list items, dl pairs, table rows.

The walk follows document order and the block structure of HTML, so a layout
table (a whole page inside ``<td>``) is walked into, while a data table yields
one block per row. A block may carry a ``label`` and ``value`` when its markup
says "this is a label" (``<dt>``/``<th>``/first cell, or a leading
``<strong>Price:</strong>``), which the cue layer reads.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from lxml.html import HtmlElement

from crawler.extract.boilerplate import is_boilerplate_heading
from crawler.extract.dom import TIGHT_TAGS, clean_text, one_line, visible_text
from scoring.text import PURCHASE_LINK, REVIEWS_HEADING

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "aside", "header", "footer", "ul", "ol", "li",
    "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "h1", "h2", "h3",
    "h4", "h5", "h6", "blockquote", "pre", "form", "fieldset", "figure", "figcaption",
    "address", "details", "summary", "center", "caption", "hr", "menu", "legend", "body", "select",
})
LABEL_TAGS = frozenset({"strong", "b", "em", "span", "label", "dt", "th", "i", "u"})
# a paragraph opening with a bullet glyph is a list item ("§ Describe ...": a Publisher page's Wingdings bullets)
# a line opening with a bullet glyph, or with an emoji or pictograph used as one ("✅ find the new codes", "💉 choose ...")
_GLYPH_BULLET = re.compile(r"^\s*(?:[§•·▪◦‣●○■□◆◇➢➤►▸✓✔☐☑]|[\u2190-\u21ff\u2600-\u27bf\U0001f300-\U0001faff][\ufe0f\u200d]?)"
                           r"\s*(?=\w)")
_LABEL_TEXT = re.compile(r"^[^\d$€£.!?]{2,40}?:?$")


@dataclass
class Block:
    """One visible block: kind is heading | para | li | dl | row | break (where a course sidebar begins)
    | end (where the element holding a heading that announces other pages closes; text "box" when the heading
    opened it)."""

    kind: str
    text: str
    level: int = 0
    label: str | None = None
    value: str | None = None
    names_next: bool = False  # a label element of its own (``<div class="field__label">``): the next block is its value
    linked: bool = False  # a heading that is all one link: a card's title, naming another page


def _has_block_child(el: HtmlElement) -> bool:
    """A block child, or an inline child wrapping blocks (old pages put whole sections in ``<font>``)."""
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and (tag in BLOCK_TAGS or (len(child) and _wraps_blocks(child))):
            return True
    return False


def _wraps_blocks(el: HtmlElement) -> bool:
    """True when an inline element holds a block element somewhere inside."""
    return next(el.iterdescendants(*BLOCK_TAGS), None) is not None


def _text(el: HtmlElement) -> str:
    return clean_text(visible_text(el))


def _leading_label(el: HtmlElement, text: str) -> tuple[str | None, str | None]:
    """``<p><strong>Price:</strong> $49</p>`` -> ("Price", "$49")."""
    if (el.text or "").strip() or len(el) == 0:
        return _colon_label(text)
    first = el[0]
    if not isinstance(first.tag, str) or first.tag not in LABEL_TAGS:
        return _colon_label(text)
    label = one_line(visible_text(first))
    if not label or not _LABEL_TEXT.match(label):
        return _colon_label(text)
    rest = clean_text(text[len(_text(first)):] if text.startswith(_text(first)) else text)
    rest = rest.lstrip(":-–— \n")
    if not rest:
        return None, None
    return label.rstrip(": "), rest


def _colon_label(text: str) -> tuple[str | None, str | None]:
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and "\n" not in head and _LABEL_TEXT.match(head.strip() + ":"):
        return head.strip(), rest.strip()
    return None, None


_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


def pseudo_heading(el: HtmlElement, text: str) -> bool:
    """``<p><strong>Learning objectives</strong></p>``: a bold line standing alone is a heading (bold by its tag,
    or by its own style: a site builder's ``<span style="font-weight:700">``)."""
    if len(text) > 70 or "\n" in text or text.endswith((".", "!", "?")) or (el.text or "").strip():
        return False
    if len(el) != 1 or (el[0].tail or "").strip():
        return False
    if el[0].tag not in ("strong", "b") and not (el[0].tag == "span" and _BOLD_STYLE.search(el[0].get("style") or "")):
        return False
    undated = _YEAR.sub("", text)  # "Other 2027 offerings": a year is part of a heading; "$25" or "2 CEUs" is not
    return not any(ch.isdigit() for ch in undated) or text.rstrip(":").istitle()


def walk(el: HtmlElement, out: list[Block]) -> None:
    """Append the blocks under ``el`` to ``out`` in document order."""
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in HEADINGS:
        # a documentation theme's permalink mark ("Price ¶", Docusaurus's zero-width "&ZeroWidthSpace;", VuePress's
        # "<a class="header-anchor" href="#price">#</a> Price")
        text = one_line(visible_text(el)).strip("¶ \u200b").removeprefix("# ").removesuffix(" #")
        if text:
            out.append(Block("heading", text, HEADINGS[tag], linked=all_one_link(el, text)))
        return
    if tag == "dl":
        _walk_dl(el, out)
        return
    if tag in ("ul", "ol") and _is_menu(el):
        return
    if tag == "li" and (announced := list_header(el)):  # "<li class=header><dl><dt>Similar topics</dt>...": a heading
        out.append(Block("heading", announced, 6))
        return
    if tag == "select":  # price options ("Member - $20"): each a list item; "Choose one" is not, nor a quantity ("0" - "8")
        for option in el.iter("option"):
            text = one_line(option.text_content())
            if any(ch.isdigit() for ch in text) and not text.isdigit():
                out.append(Block("li", text))
        return
    # a table row, or a row of divs that says it is one (``role="row"`` over ``role="cell"``s)
    if tag == "tr" or (tag == "div" and el.get("role") == "row" and any(_is_cell(c) for c in el)):
        _walk_row(el, out)
        return
    if not _has_block_child(el):
        text = _text(el)
        if not text or _is_link_list(el, text):
            return
        if tag in ("p", "div") and (pseudo_heading(el, text) or announces_others(text)):
            out.append(Block("heading", text.rstrip(":"), 6))
            return
        level = heading_class(el, text) if tag in ("p", "div") else 0
        if level:
            out.append(Block("heading", text, level))
            return
        kind = "li" if tag == "li" else "para"
        if "\n" in text:
            _flush([text], kind, out)
            return
        label, value = _leading_label(el, text)
        if label is None and out and out[-1].names_next and "\n" not in text:
            label, value = out[-1].text.rstrip(": "), text
        names_next = label is None and _is_label_element(el, text)
        out.append(Block(_line_kind(kind, text), text, label=label, value=value, names_next=names_next))
        return
    if readers_comments(el):  # readers' words about other things ("the state society's module is $29"): not the page's
        out.append(Block("heading", "Comments", 2))
        _walk_mixed(el, tag, out)
        out.append(Block("end", "box"))
        return
    if tag == "aside" and _under_reviews(out):
        # a box beside the text after its "Reviews" (a course's purchase box): none of the readers' words
        out.append(Block("break", ""))
    _walk_mixed(el, tag, out)


def _under_reviews(out: list[Block]) -> bool:
    """True when the last heading so far is a reviews section's ("Reviews", "Student reviews (236)")."""
    last = next((block for block in reversed(out) if block.kind in ("heading", "break")), None)
    return last is not None and last.kind == "heading" and REVIEWS_HEADING.match(last.text) is not None


# the list of readers' comments under a post, by its class or id: WordPress's "comment-list" / "#comments", Lemmy's
# "comments", Friendica's "wall-item-comments" and "comment-container", Micro.blog's "microblog_conversation", Disqus's
# "#disqus_thread" (not one comment marked up as a reply to a post, as an author's own thread is: Mastodon's "h-cite
# p-comment")
# (a bare "conversation" may hold the post itself: Akkoma's "panel conversation timeline")
_COMMENTS_MARK = re.compile(r"^(?:[a-z]+[_-])*comments(?:[_-](?:list|area|section|wrapper|container|thread|tree))?$"
                            r"|^(?:[a-z]+[_-])+conversation$"
                            r"|^comment[_-]?(?:list|area|section|wrapper|container|thread|tree)$|^disqus_thread$", re.I)


def readers_comments(el: HtmlElement) -> bool:
    """The element holding readers' comments (and no comment list holds it)."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''}"
    if "omment" not in marks and "disqus" not in marks and "onversation" not in marks:
        return False
    if not any(_COMMENTS_MARK.match(token) for token in marks.split()):
        return False
    return not any(_COMMENTS_MARK.match(token) for a in el.iterancestors()
                   for token in f"{a.get('class') or ''} {a.get('id') or ''}".split())


def list_header(item: HtmlElement) -> str | None:
    """A list's header row announcing other pages ("<li class=header><dl><dt>Similar topics</dt><dd>Replies</dd>"): its words."""
    if "header" not in (item.get("class") or "").split():
        return None
    first = next((el for el in item.iter("dt", "th", "span", "div", "strong") if one_line(el.text_content())), None)
    text = one_line(first.text_content()) if first is not None else ""
    return text if text and is_boilerplate_heading(text) else None


HEADING_CLASS = re.compile(r"(?:^|\s)h([1-6])(?:$|\s)")  # Bootstrap's "h5": any element styled as a heading
# a class naming the element a section's title ("t-section__title", "widget-title", "block-heading"): no rank
# (or in camel case: "sectionTitle", a Domino or .NET theme's "cgrhSectionHead"; a catalogue's "catalog-block-header")
TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|heading|headline)(?:$|[\s_-])|(?<=[a-z])(?-i:Title|Heading|Headline)(?:$|[\s_-])"
                         r"|section[_-]?head(?:$|[\s_-])|(?:block|widget|box|panel)[_-]header(?:$|[\s_-])", re.I)
# ... but not the title of the page or of one item ("hero-title", "event-title": "Featured Course: Phlebotomy")
_ITEM_TITLE = re.compile(r"(?:page|entry|post|product|event|course|hero|item|card|article|banner)[\s_-]*(?:title|heading|headline)",
                         re.I)


def styled_as_heading(el: HtmlElement) -> bool:
    """The element's class makes it a heading: a rank ("h5"), or a section title's name on an element that
    holds no heading of its own (Drupal's ``block-page-title-block`` wraps the page's <h1>)."""
    marks = el.get("class") or ""
    if not marks:
        return False
    ranked, titled = _heading_marks(marks)
    return ranked or (titled and next(el.iter(*HEADINGS), None) is None)


@lru_cache(maxsize=8192)
def _heading_marks(marks: str) -> tuple[bool, bool]:
    """(a heading's rank among the classes, a section title's name that is no item's title): cached, as a
    site's class names repeat on every page."""
    return bool(HEADING_CLASS.search(marks)), bool(TITLE_CLASS.search(marks) and not _ITEM_TITLE.search(marks))


# a utility class that sets a line in bold (Tailwind's "font-bold", Bootstrap's "fw-semibold"): a heading only for a
# line announcing other pages ("<p class="font-bold">You might also like</p>")
_BOLD_CLASS = re.compile(r"(?:^|\s)(?:font-(?:bold|semibold|extrabold|black)|fw-(?:bold|bolder|semibold)|text-bold|bold)(?:$|\s)")


def announces_as_heading(el: HtmlElement) -> bool:
    """The element's class makes it a heading, or it is set in bold by its class or by its own or its wrapper's
    style (a site builder's ``<div style="font-weight:700"><div class="content">You might also like</div></div>``;
    see ``heading_class``: only lines announcing other pages are read so)."""
    marks = el.get("class") or ""
    if styled_as_heading(el) or ("bold" in marks and _BOLD_CLASS.search(marks)):
        return True
    parent = el.getparent()
    return any(node is not None and "weight" in (style := node.get("style") or "") and _BOLD_STYLE.search(style)
               for node in (el, parent))


def heading_class(el: HtmlElement, text: str) -> int:
    """The level a paragraph's class gives a line announcing other pages (``<p class="h5 text-uppercase">You
    might also like</p>``, ``<div class="t-section__title">``: CSS frameworks style any element as a heading
    so); 2 for a title class without a rank; else 0. Only such lines: the same class names mean other things
    elsewhere (a PDF converter's line heights, a card's title)."""
    marks = el.get("class") or ""
    if "\n" in text or not announces_as_heading(el) or not is_boilerplate_heading(text):
        return 0
    found = HEADING_CLASS.search(marks)
    return int(found.group(1)) if found else 2


def all_one_link(el: HtmlElement, text: str) -> bool:
    """The heading's whole text is one link to another page (not a permalink to itself, ``href="#..."``), or the
    heading sits in one (a card that is all link: Docusaurus's ``<a class="card"><h2>``)."""
    anchors = list(el.iter("a"))
    if not anchors:
        return any(not (a.get("href") or "#").startswith("#") for a in el.iterancestors("a"))
    return (len(anchors) == 1 and not (anchors[0].get("href") or "#").startswith("#")
            and one_line(anchors[0].text_content()) == text)


def _is_label_element(el: HtmlElement, text: str) -> bool:
    """A field label in its own element, its value in the next one (Drupal's ``field__label``, a
    ``detail-label`` span): a class that says label, and a short text that reads as one."""
    marks = el.get("class")
    return bool(marks and "label" in marks.lower() and len(text) <= 40 and _LABEL_TEXT.match(text))


_LINK_SEPARATORS = re.compile(r"\s*[|·•]\s*")  # "Courses | Webinars | Help": the bars between a menu's links


def _is_link_list(el: HtmlElement, text: str) -> bool:
    """Three or more links and (almost) nothing else but the bars between them: a menu column, not content
    (nor a row of purchase buttons, each with its price)."""
    anchors = list(el.iter("a"))
    if len(anchors) < 3 or ("$" in text and all(PURCHASE_LINK.match(_text(a)) for a in anchors)):
        return False
    link_chars = sum(len(one_line(a.text_content())) for a in anchors)
    return link_chars >= 0.8 * len(one_line(_LINK_SEPARATORS.sub(" ", text)))


def _is_menu(el: HtmlElement) -> bool:
    """A list whose every item is one link with no number or amount in it ("All upcoming events", "Live
    Webinars", "In-Person Workshops"): a menu of other pages, not content. (A list of session links,
    "Tue, March 2, 2027", keeps its dates.)"""
    items = [child for child in el if isinstance(child.tag, str)]
    if len(items) < 3:
        return False
    for item in items:
        if item.tag != "li":
            return False
        anchors = list(item.iter("a"))
        text = one_line(item.text_content())
        if len(anchors) != 1 or not text or one_line(anchors[0].text_content()) != text or _HAS_FIGURE.search(text):
            return False
    return True


_HAS_FIGURE = re.compile(r"[\d$]")
_YEAR = re.compile(r"\b20\d\d\b")


def _walk_mixed(el: HtmlElement, tag: str, out: list[Block]) -> None:
    """An element holding both inline runs and blocks: each run becomes a paragraph."""
    run: list[str] = [el.text or ""]
    kind = "li" if tag == "li" else "para"
    # where a heading announcing other pages ("More from CSMA") ends, when this element held the page's own blocks before it
    first, announced_at, heads_the_element = len(out), None, False
    label_only = None  # the run so far is one label element ("<span class=form-element__label>Start</span>")
    for child in el:
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
            flushed = len(out)
            _flush(run, kind, out)
            if label_only and len(out) == flushed + 1 and out[-1].text == label_only:
                out[-1].names_next = True  # its value is the block that follows ("<div>Saturday, April 10, 2027 9:00 AM")
            run, label_only = [], None
            walk(child, out)
            if (child.tag in HEADINGS and out[-1:] and out[-1].kind == "heading" and is_boilerplate_heading(out[-1].text)
                    and (len(out) > first + 1 or announced_at is None)):
                announced_at = len(out)
                heads_the_element = len(out) == first + 1
        elif isinstance(child.tag, str) and len(child) and _wraps_blocks(child):
            _flush(run, kind, out)  # an inline wrapper around blocks is walked through, not flattened
            run, label_only = [], None
            _walk_mixed(child, tag, out)
        elif isinstance(child.tag, str):
            shown = visible_text(child)
            # (not a form's <label>: its value is a field to fill in, gone by now, and the next label would take its place)
            label_only = None
            if child.tag != "label" and "label" in (child.get("class") or "").lower() and not "".join(run).strip():
                label_only = one_line(shown) if _is_label_element(child, one_line(shown)) else None
            run.append(shown if child.tag in TIGHT_TAGS else f" {shown} ")
        if (child.tail or "").strip():
            label_only = None
        run.append(child.tail or "")
    _flush(run, kind, out)
    # what it announced ends with the element (a form may follow); a box that opens with the heading and holds what it
    # announces ("Announcements" over two links) may end it too, where the page's own words follow (``sections``)
    if announced_at is not None and len(out) > announced_at + (1 if heads_the_element else 0):
        out.append(Block("end", "box" if heads_the_element else ""))


_LINE_HEADING = re.compile(r"^[A-Z][A-Za-z /&'()-]{2,48}:$")
_TRAIL_LINE = re.compile(r"^\s*(?:<<|«|‹)\s.+\|.+\s(?:>>|»|›)\s*$")
_OTHERS_OPENING = re.compile(r"(?:related|similar|recommended|more|other|you (?:may|might) also|upcoming|coming up|also|nearby|prev|next)\b",
                             re.I)


def announces_others(line: str) -> bool:
    """A short line of its own announcing other pages ("Related courses" in a plain ``<span>`` over a store's cards):
    it heads them as a heading would."""
    return len(line) < 40 and _OTHERS_OPENING.match(line) is not None and is_boilerplate_heading(line)


def _flush(run: list[str], kind: str, out: list[Block]) -> None:
    joined = "".join(run)
    if not joined.strip():  # the whitespace between two blocks (most runs)
        return
    text = clean_text(joined)
    for line in text.split("\n") if text else []:
        if _TRAIL_LINE.match(line):  # a wiki's trail of neighbouring pages: "<< EKG Night Class | Calendar | Webinar >>"
            continue
        if _LINE_HEADING.match(line) or announces_others(line):  # "OBJECTIVES:" alone on its line heads what follows
            out.append(Block("heading", line.rstrip(":").strip(), 6))
            continue
        label, value = _colon_label(line)
        out.append(Block(_line_kind(kind, line), line, label=label, value=value))


def _line_kind(kind: str, line: str) -> str:
    """A paragraph line opening with a bullet glyph is a list item."""
    return "li" if kind == "para" and _GLYPH_BULLET.match(line) else kind


def _walk_dl(el: HtmlElement, out: list[Block]) -> None:
    term = None
    for child in el.iter("dt", "dd"):
        if child.tag == "dd" and _holds_paragraphs(child):
            # a long value of paragraphs (Indico's "Description"): its term heads them, each read as a block of its own
            if term:
                out.append(Block("heading", term.rstrip(": "), 6))
            walk(child, out)
            continue
        text = _text(child)
        if child.tag == "dt":
            term = one_line(text)
        elif text:
            label = term.rstrip(": ") if term else None
            shown = f"{label}: {one_line(text)}" if label else one_line(text)
            out.append(Block("dl", shown, label=label, value=one_line(text)))


def _holds_paragraphs(value: HtmlElement) -> bool:
    """A definition's value made of two or more paragraphs, lists or tables."""
    return next(itertools.islice(value.iterdescendants("p", "ul", "ol", "table"), 1, None), None) is not None


# the ARIA roles of a row's cells in a table built of divs (Notion's property table, data grids)
_ARIA_CELLS = frozenset({"cell", "gridcell", "rowheader", "columnheader"})


def _is_cell(el: HtmlElement) -> bool:
    return isinstance(el.tag, str) and (el.tag in ("td", "th") or el.get("role") in _ARIA_CELLS)


def _is_header_cell(el: HtmlElement) -> bool:
    """A table's header cell: ``<th>``, its role, or a class naming it so (UBB.threads' ``<td class="tdheader">``)."""
    return el.tag == "th" or el.get("role") == "columnheader" or bool(_HEADER_CELL_CLASS.search(el.get("class") or ""))


_HEADER_CELL_CLASS = re.compile(r"(?:^|\s)(?:td|cell|table|grid|col(?:umn)?)[_-]?head(?:er|ing)?(?:$|\s)", re.I)


def _walk_row(el: HtmlElement, out: list[Block]) -> None:
    cells = [c for c in el if _is_cell(c)]
    parent = el.getparent()
    if len(cells) == 1 and _is_header_cell(cells[0]) and parent is not None and len(parent) > 1:
        text = one_line(visible_text(cells[0]))  # one header cell over the rows below: the table's heading
        if text:
            out.append(Block("heading", text, 6))
        return
    if any(_is_layout_cell(c) for c in cells):
        for cell in cells:
            walk(cell, out)
        return
    raw = [visible_text(c) for c in cells]  # (read once: a lone cell's lines are tried as labelled lines first)
    # a lone bold cell announcing other pages ("<td style="font-weight:700">Keep going in December</td>"): a heading
    if len(cells) == 1 and (level := heading_class(cells[0], one_line(raw[0]))):
        out.append(Block("heading", one_line(raw[0]), level))
        return
    if len(cells) == 1 and _labelled_lines(raw[0], out):
        return
    texts = [_cell_text(text) for text in raw]
    texts = [t for t in texts if t]
    if not texts or _is_link_list(el, " ".join(texts)):  # a row of links is a menu
        return
    label = value = None
    if len(texts) == 2 and len(texts[0]) <= 40:
        label, value = texts[0].rstrip(": "), texts[1]
    out.append(Block("row", " | ".join(texts), label=label, value=value))


def _labelled_lines(text: str, out: list[Block]) -> bool:
    """A lone cell's text of labelled lines broken by ``<br>`` (an e-mail's facts box: "When: ...<br>Where: ...<br>Price:
    ..."): a block per line, each with its label, as a definition list's rows are. False (nothing added) otherwise."""
    if text.count("\n") < 1 or ":" not in text:
        return False
    lines = [one_line(line) for line in text.split("\n") if line.strip()]
    labelled = [(line, *_colon_label(line)) for line in lines]
    if len(lines) < 2 or sum(1 for _line, label, _value in labelled if label) < 2:
        return False
    out.extend(Block("para", line, label=label, value=value) for line, label, value in labelled)
    return True


def _cell_text(text: str) -> str:
    """A cell's text on one line; lines that each state an amount stay apart ("$90 general registration<br>$70
    for members of ..." -> "$90 general registration; $70 for members of ..."), as a reader sees them."""
    if text.count("$") < 2 or "\n" not in text:
        return one_line(text)
    lines = [one_line(line) for line in text.split("\n") if line.strip()]
    if sum(1 for line in lines if "$" in line) < 2:
        return one_line(text)
    return "".join(line + ("" if i == len(lines) - 1 else " " if line[-1] in ".;:,!?" else "; ")
                   for i, line in enumerate(lines))


_LAYOUT_INSIDE = frozenset({"table", "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "dl", "div", "form"})


def _is_layout_cell(cell: HtmlElement) -> bool:
    """A cell used for page layout: it holds headings, lists, tables or several paragraphs. (One
    paragraph is a data cell's wrapper: Google Docs puts every cell's text in a ``<p>``.)"""
    inside = [child for child in cell.iter() if child is not cell and isinstance(child.tag, str) and child.tag in _LAYOUT_INSIDE]
    if len(inside) == 1 and inside[0].tag in ("p", "div"):
        return False
    return bool(inside)


# a line that stops mid-sentence: no end punctuation, or a word no sentence ends on
_OPEN_END = re.compile(r"(?:\b(?:for|of|the|a|an|and|or|to|with|by|in|on|at|from|as|than|less|per|\d+(?:\.\d+)?)|[a-z]-)$")
# a line ending in a word no sentence ends with (not a number: "Saturday, March 6, 2027" ends a line)
_OPEN_WORD_END = re.compile(r"\b(?:for|of|the|a|an|and|or|to|with|by|from|than|per)$")
_CONTINUES = re.compile(r"^(?:[a-z(]|(?:CEUs?|CMEs?|AAMA CEUs?|IACET CEUs?)\b)")


def reflow(blocks: list[Block]) -> list[Block]:
    """Paragraphs broken into one block per printed line (PDFs turned into HTML, one positioned
    ``<div>`` per line) joined again: a line that stops mid-sentence ("This workshop has been ap-",
    "... (AAMA) for 3.5") runs on into a next line that starts in lower case or with a unit ("CEUs.")."""
    out: list[Block] = []
    bullet = False  # a bullet glyph printed on a line of its own (or ending the line above) marks the next line an item
    for block in blocks:
        if block.kind == "para" and _BULLET_ONLY.match(block.text):
            bullet = True
            continue
        if bullet and block.kind == "para":
            block = Block("li", block.text)
        bullet = False
        if block.kind == "para" and _BULLET_END.search(block.text):
            block, bullet = Block("para", _BULLET_END.sub("", block.text)), True
        last = out[-1] if out else None
        if last is not None and _runs_on(last, block):
            joined = last.text[:-1] + block.text if _HYPHENATED.search(last.text) else f"{last.text} {block.text}"
            label, value = _colon_label(joined)
            out[-1] = Block("para", joined, label=label, value=value)
            continue
        out.append(block)
    return out


def _runs_on(last: Block, block: Block) -> bool:
    """True when ``block`` continues the sentence ``last`` leaves open (a labelled line only inside brackets)."""
    if last.kind != "para" or block.kind != "para" or last.text.endswith((".", "!", "?", ":", ";")):
        return False
    if last.label is not None and block.text[0] != "(" and last.text.count("(") <= last.text.count(")"):
        return False
    # "Written by Marisa Colton, Privacy Officer for" / "Sycamore Forks Health, who ...": a wrapped source line (a
    # label of its own, "Presented by", names the next block instead)
    if _OPEN_WORD_END.search(last.text) and not last.names_next and len(last.text.split()) >= 4:
        return True
    return bool(_CONTINUES.match(block.text)) and (
        block.text[0].islower() or block.text[0] == "(" or bool(_OPEN_END.search(last.text)))


_HYPHENATED = re.compile(r"[a-z]-$")
_BULLET_ONLY = re.compile(r"^\s*[•●▪◦■]\s*$")
_BULLET_END = re.compile(r"\s+[•●▪◦■]\s*$")
