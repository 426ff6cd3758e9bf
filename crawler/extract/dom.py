"""The parsed document: lxml tree, head metadata, links, and the main-content root.

Main-content detection is structural, not site-specific: prefer ``<main>`` /
``role=main`` / a single ``<article>``; then drop what is chrome on any site
(navigation, site header and footer, cookie and consent banners, breadcrumbs,
share and newsletter boxes, hidden elements). Related-course blocks are dropped
later by their headings (see ``sections``), since they look like content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from cssselect import ExpressionError, GenericTranslator, SelectorError
from lxml import etree
from lxml.html import HtmlElement

from catalog.page import Link
from crawler.extract.scan import DocScan
from crawler.extract.urls import is_http_url, join_url

NEVER_CONTENT = ("script", "style", "noscript", "template", "svg", "iframe", "canvas", "object",
                 "input", "textarea", "button", "dialog")
CHROME_ROLES = ("navigation", "banner", "contentinfo", "search", "menu", "menubar", "dialog",
                "alertdialog")
# class/id words that mark site chrome on most sites (matched as whole words).
CHROME_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "megamenu", "breadcrumb", "breadcrumbs", "crumbs",
    "cookie", "cookies", "consent", "gdpr", "ccpa", "footer", "sidebar-nav", "skiplink",
    "newsletter", "subscribe", "share", "sharing", "social", "socials", "modal", "popup",
    # not "upsell": a course page's "upsell" box holds its own certificate price ("Certificate + CE credit: $49")
    "related", "recommended", "cross-sell", "crosssell", "announcement", "topbar",
    "masthead", "site-header", "site-footer", "toolbar", "pagination", "pager", "widget_recent",
    "onetrust", "cookiebot", "cmplz", "usercentrics", "truste", "osano", "termly", "iubenda",
    # Avada's hidden copy of a post's title, author and "updated" time for search engines (never shown)
    "rich-snippet-hidden",
    # a forum poster's profile beside each post (vBulletin's "userinfo", phpBB's "postprofile"): "Join Date", "Location: ..."
    "userinfo", "postprofile",
})
_TAB_PANEL = re.compile(r"tabpanel|tab-pane|tab-panel|tab-content|\bpanel\b|-panel\b|accordion|collapse|(?:^|[\s_-])tab(?:$|[\s_])",
                        re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s_]+|(?<=[a-z])-(?=[a-z])")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# a camel-case name's words after a preposition say where it sits, not what it is: Docusaurus's heading class
# "anchorWithStickyNavbar_LWe7" is an anchor (offset for the sticky navbar), not a navbar
_CAMEL_PLACE = re.compile(r"(?<=[a-z])(?:With|For|Under|Below|Above|Beside|Near|After|Before|Inside|Outside)[A-Z][\w-]*")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")


_STRING = etree.XPath("string()", smart_strings=False)  # text_content() without the method call
_SPLITS_LINES = etree.XPath("boolean(.//small|.//br|.//div|.//p)")
_IN_ARTICLE_OR_MAIN = etree.XPath("ancestor::article or ancestor::main")
_NAV_INSIDE = etree.XPath(".//nav")
# (and a theme's "main_column" beside its "sidebar": Typesetter's Bootstrap layout, whose sidebar holds the site's gadgets;
# Sandvox's "main" beside its "sidebar-container"; Nucleus CMS's "container" beside its "sidebarcontainer")
_MAIN_COLUMN = etree.XPath(".//div[@id = 'alpha' or @id = 'main-content' or @id = 'main_column' or @id = 'main-column' or "
                           "@id = 'content-column' or @id = 'main' or @id = 'container'][../div[@id = 'beta' or "
                           "@id = 'side-bar' or @id = 'sidebar' or @id = 'sidebar-container' or @id = 'sidebarcontainer']]")


@dataclass
class Head:
    """What the document head (and page-level markup) says about the page."""

    title: str = ""
    canonical: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # name/property (lower) -> content
    lang: str | None = None


# what a browser does not show inside a word: a soft hyphen ("Phle&shy;botomy"), a zero-width space or word joiner,
# a line-break opportunity ("CE<wbr>Us"; libxml2 does not know <wbr> and would wrap the rest of the line in it)
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060]|&(?:shy|ZeroWidthSpace|NoBreak|#173|#x0*ad|#8203|#x0*200b|#8288);"
                        r"|<wbr\s*/?>", re.I)
_INVISIBLE_ENTITY = re.compile(r"&(?:shy|ZeroWidthSpace|NoBreak|#173|#x0*ad|#8203|#x0*200b|#8288);", re.I)


def _has_invisible(text: str) -> bool:
    """A cheap test first (a test per sign scanned the page fifteen times: 0.3 ms)."""
    return ("\u00ad" in text or "\u200b" in text or "\u2060" in text or "<wbr" in text or "<WBR" in text
            or _INVISIBLE_ENTITY.search(text) is not None)


def parse(text: str) -> HtmlElement | None:
    """An lxml tree (characters a browser does not show left out), or None when there is no markup at all."""
    if not text or not text.strip():
        return None
    if _has_invisible(text):
        text = _INVISIBLE.sub("", text)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return root


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
# lxml.html's own class lookup is a Python callback run for every element proxy (form
# controls get subclasses nothing here uses); the C default lookup gives the same
# HtmlElement API without that call.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))


def clean_text(text: str) -> str:
    """Whitespace collapsed inside lines; blank lines dropped."""
    if text.isascii():  # str.split() in C does it several times faster than the regex for ASCII text
        if "\n" not in text:
            return " ".join(text.split())
        return "\n".join(joined for line in text.split("\n") if (joined := " ".join(line.split())))
    if "\n" not in text:  # one line: the same result without the generator
        return _SPACES.sub(" ", text).strip()
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


# Inline tags that style words without separating them ("<b>P</b>rice" reads "Price");
# any other element boundary is a word break ("<a>Title</a><span>Badge</span>").
TIGHT_TAGS = frozenset({"b", "strong", "i", "em", "u", "sup", "sub", "small", "abbr", "mark",
                        "code", "font", "s", "del", "strike", "ins", "q", "cite", "time", "bdi"})


_NEW_WORD = re.compile(r"[A-Z][a-z]")


def visible_text(el: HtmlElement) -> str:
    """The element's text as a reader sees the words (newlines from ``<br>`` kept)."""
    if len(el) == 0:  # no children: just its own text
        return el.text or ""
    parts: list[str] = []
    _collect(el, parts)
    return "".join(parts)


_RUN_PARENTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})


def _run_continues(before: str, text: str | None) -> bool:
    """A paragraph's styled span carrying on the number before it with no space between (a design tool splits
    runs anywhere: "1" + "35", "0." + "7"). Words are left apart ("clinical" + "in person" are two badges as
    often as "Jan" + "uary" is one word), and so is a currency sign ("$ 39" reads as a price either way)."""
    if not text or not before or not text[0].isdigit():
        return False
    return before[-1].isdigit() or (before[-1] == "." and before[-2:-1].isdigit())


def _collect(el: HtmlElement, parts: list[str]) -> None:
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "sup" and _cents_of_a_price(child, parts):  # "$49<sup>99</sup>" reads $49.99
            while parts and parts[-1] == " ":
                parts.pop()
            parts.append("." + child.text.strip())
        elif child.tag == "sup" and _footnote_mark(child, parts):
            pass  # "$45<sup>1</sup>", "2<sup>*</sup> AAMA CEUs": a note's mark, not part of the words
        elif isinstance(child.tag, str):
            tight = child.tag in TIGHT_TAGS or (
                child.tag == "span" and el.tag in _RUN_PARENTS and bool(parts) and _run_continues(parts[-1], child.text))
            # a styled run that starts a new word after a word ("0.2 IACET CEU<small>Not approved ...")
            if not tight or (child.text and _NEW_WORD.match(child.text) and parts and parts[-1][-1:].isalnum()):
                parts.append(" ")
            _collect(child, parts)
            # (a span the next span carries on gets no space after it either: "1" + "35")
            if not tight and not (child.tag == "span" and el.tag in _RUN_PARENTS and not child.tail
                                  and _next_run_continues(child, parts)):
                parts.append(" ")
        if child.tail:
            if (child.tag in TIGHT_TAGS and child is el[0] and not (el.text or "").strip() and _LABEL_TAIL.match(child.tail)
                    and parts and parts[-1][-1:].isalnum()):
                parts.append(" ")  # a bold label set on its own line by the theme: "<strong>Fee</strong>$145", "Lab|Saturday"
            parts.append(child.tail)


# what follows a leading bold label with no space: a new word, a number or an amount
_LABEL_TAIL = re.compile(r"[A-Z][a-z]|[$\d]")
_CENTS = re.compile(r"\s*\d\d\s*")
_WHOLE_AMOUNT = re.compile(r"[$€£]\s*\d[\d,]*\s*$")


def _cents_of_a_price(sup: HtmlElement, parts: list[str]) -> bool:
    """Two superscript digits right after a whole currency amount: the cents, as shops print them."""
    return (len(sup) == 0 and bool(sup.text) and bool(_CENTS.fullmatch(sup.text))
            and bool(_WHOLE_AMOUNT.search("".join(parts[-6:]))))


def _footnote_mark(sup: HtmlElement, parts: list[str]) -> bool:
    """A superscript note mark ("1", "*", "†", "[2]") right after a word or number: not more letters or digits
    of it (an ordinal's "10<sup>th</sup>" stays one word)."""
    return (len(sup) == 0 and bool(sup.text) and bool(_NOTE_MARK.fullmatch(sup.text))
            and bool(parts) and (parts[-1][-1:].isalnum() or parts[-1][-1:] in ".)"))


_NOTE_MARK = re.compile(r"\s*(?:\d{1,2}|[*†‡§¶]{1,3}|\[\d{1,2}\])\s*")


def _next_run_continues(span: HtmlElement, parts: list[str]) -> bool:
    following = span.getnext()
    return (following is not None and following.tag == "span" and bool(parts)
            and _run_continues(parts[-1], following.text))


def one_line(text: str) -> str:
    """All whitespace (newlines too) collapsed to single spaces."""
    return " ".join(text.split())


def read_head(root: HtmlElement, scan: DocScan) -> Head:
    """Title, canonical link and meta tags."""
    head = Head(lang=root.get("lang"))
    titles = scan.tags("title")
    if titles:
        head.title = one_line(titles[0].text_content())
    for link in scan.tags("link"):
        rel, href = link.get("rel"), link.get("href")
        if rel is not None and href is not None and "canonical" in rel.lower().split() and head.canonical is None:
            head.canonical = href
    for meta in scan.tags("meta"):
        content = meta.get("content")
        if content is None:
            continue
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key and key not in head.meta:
            head.meta[key] = one_line(content)
    return head


def read_links(scan: DocScan, base_url: str) -> list[Link]:
    """Every distinct http(s) link in the whole document (chrome included: policy links live there)."""
    base = next((href for el in scan.tags("base") if (href := el.get("href")) is not None), None)
    base_url = (join_url(base_url, base) or base_url) if base is not None else base_url
    origin = "/".join(base_url.split("/", 3)[:3])
    texts: dict[str, str] = {}
    for anchor in scan.tags("a"):
        href = anchor.get("href")
        if not href:
            continue
        href = href.strip()
        # menus repeat the same link many times: read each once (the dict test comes first, as
        # only hrefs that passed the other tests are ever stored)
        if not href or texts.get(href) or href[0] == "#" or href.startswith(("javascript:", "mailto:", "tel:")):
            continue
        # a leaf anchor's string value is its .text: no XPath call for the common case
        # (a logo's name over its second line, "Laurel Furnace Health<small>Center for ...</small>": two words apart)
        # (and a card's link holding its parts, "<span>FRI, MAY 14</span><span>Chapter Spring Social</span>": read apart)
        shown = ((anchor.text or "") if len(anchor) == 0
                 else visible_text(anchor) if len(anchor) > 1 or _SPLITS_LINES(anchor) else _STRING(anchor))
        texts[href] = " ".join(shown.split()) or one_line(anchor.get("title") or anchor.get("aria-label") or "")
    for element, href in scan.scripted_links:  # a clickable row or card: its words name the page it opens
        href = href.strip()
        if href and href[0] != "#" and not href.startswith(("javascript:", "mailto:", "tel:")) and not texts.get(href):
            texts[href] = one_line(visible_text(element))[:120]
    for link in scan.tags("link"):  # a listing's next and previous pages, named in the head (rel="next")
        href = (link.get("href") or "").strip()
        if href and (link.get("rel") or "").lower() in ("next", "prev", "previous") and not texts.get(href):
            texts[href] = ""
    seen: dict[str, Link] = {}
    for href, text in texts.items():
        # Site-relative paths are by far the most common: join them without urljoin's cost.
        if href[0] == "/" and not href.startswith("//") and "/." not in href:
            url = origin + href.split("#", 1)[0]
        else:
            joined = join_url(base_url, href)
            if joined is None or not is_http_url(url := joined.split("#", 1)[0]):
                continue
        if url not in seen:
            seen[url] = Link(url=url, text=text)
        elif text and not seen[url].text:
            seen[url].text = text
    return list(seen.values())


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _one_step_of_several(el: HtmlElement) -> bool:
    """A hidden screen of a form or slideshow shown one at a time (Typeform's statements and questions, each a
    "BlockWrapper" reached by pressing OK): three or more siblings of the same tag and class, this one holding a sentence
    or more (not a hidden menu's short items)."""
    parent = el.getparent()
    marks = el.get("class")
    if parent is None or not marks or el.get("aria-hidden") != "true":
        return False
    alike = sum(1 for c in parent if c.tag == el.tag and c.get("class") == marks)
    return alike >= 3 and len(_STRING(el).split()) >= 8


def _is_chrome(el: HtmlElement, in_page_popup: bool = False) -> bool:
    """True for site chrome (navigation, banners, cookie notices, pop-ups, hidden parts), by markup alone.
    ``in_page_popup``: the element is a part of a pop-up-named block that holds the page's <h1>."""
    items = el.items()  # one call for every attribute; most elements have none or one
    if not items:
        return False
    names = ""
    for key, value in items:
        # a heading's id is its permalink anchor, made from its words ("related"), and an article's names its subject
        # ("social_media" on a HIPAA and Social Media card), as a section's made from its heading does (Sphinx's
        # <section id="ethics-boundaries-and-social-media">): the words decide, not the id
        if key == "class" or (key == "id" and el.tag not in _HEADING_TAGS and el.tag != "article"
                              and not (el.tag == "section" and _id_of_its_heading(el, value))):
            names = f"{names} {value}"
        elif key == "role":
            if value.lower() in CHROME_ROLES:
                return True
        elif key == "hidden" or (key == "aria-hidden" and value == "true"):
            # a tab panel, accordion body or carousel slide is hidden until clicked, but it is the page's content
            # (unless its names say chrome: a hidden "cookie-panel")
            if not _TAB_PANEL.search(f"{el.get('role') or ''} {el.get('class') or ''} {el.get('id') or ''}") \
                    and el.get("aria-roledescription") != "slide" and not _one_step_of_several(el):
                return True
        elif key == "aria-label":
            label = value.lower()
            if "cookie" in label or "consent" in label or "breadcrumb" in label:
                return True
        elif key == "style":
            style = value.replace(" ", "").lower()
            # (a tab panel shown on click: "content course_tab" holding the instructor's bio)
            if ("display:none" in style or "visibility:hidden" in style) and not _TAB_PANEL.search(
                    f"{el.get('role') or ''} {el.get('class') or ''} {el.get('id') or ''}"):
                return True
    if not names or not _chrome_names(names):
        return False
    # an <article> holding the page's <h1> whose chrome word sits only inside a compound modifier (Kadence's
    # "entry content-bg single-entry post-footer-area-boxed": how its footer area is drawn) is the content
    if el.tag == "article" and not _chrome_token(names) and next(el.iter("h1"), None) is not None:
        return False
    # a block whose chrome word sits only inside a compound name and that holds tab panels (Flatsome's "product-footer"
    # around a product's Description / Instructor / Refunds tabs) is the page's: no site footer holds tab panels
    if not _chrome_token(names) and _TAB_PANELS_INSIDE(el):
        return False
    holds_h1 = next(el.iter("h1"), None) is not None
    if holds_h1 and _wraps_the_page(el):
        return False  # a wrapper named for the layout it holds (eZ Publish's ``<div id="page" class="sidemenu ...">``)
    # a store's product "popup" markup served as the product's own page (Tilda's ``t-store__prod-popup__info``)
    # holds the page's <h1>: content, whatever its names say (and so are its parts: ``_find_chrome``)
    return not (_popup_names_only(names) and (in_page_popup or holds_h1))


_TAB_PANELS_INSIDE = etree.XPath("boolean(.//*[@role='tabpanel'])")
_TEXT_OUTSIDE_NOSCRIPT = etree.XPath("//body//*[self::p or self::li or self::h1 or self::h2 or self::h3 or self::td or self::dd]"
                                     "[not(ancestor::noscript)]/text()", smart_strings=False)
_SHELL_WORDS = 40


def reveal_noscript_content(root: HtmlElement) -> None:
    """An app shell that serves its content only in a ``<noscript>`` (Flarum's ``<noscript id="flarum-content">``, for
    browsers and crawlers without scripts): that content is the page. Unwraps it (in place) when the rest of the body
    says almost nothing."""
    holders = [n for n in root.iter("noscript") if len(_STRING(n).split()) >= _SHELL_WORDS]
    if holders and sum(len(t.split()) for t in _TEXT_OUTSIDE_NOSCRIPT(root)) < _SHELL_WORDS:
        for holder in holders:
            holder.drop_tag()


def _wraps_the_page(el: HtmlElement) -> bool:
    """True when an element holds nearly all of the page's words: the page itself, not a part of its chrome."""
    body = next(el.iterancestors("body"), None)
    if body is None:
        return False
    return _shown_length(el) >= 0.8 * _shown_length(body)  # (a theme's scripts in the body are no words on the page)


_SHOWN_TEXT = etree.XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]",
                          smart_strings=False)


def _shown_length(el: HtmlElement) -> int:
    return sum(len(text.strip()) for text in _SHOWN_TEXT(el))


def _id_of_its_heading(section: HtmlElement, ident: str) -> bool:
    """True when a section's id is its first heading's words (a permalink slug), not a name for what it is."""
    heading = next((child for child in section if child.tag in _HEADING_TAGS), None)
    if heading is None:
        return False
    words = re.findall(r"[a-z0-9]+", heading.text_content().lower())
    return bool(words) and re.findall(r"[a-z0-9]+", ident.lower()) == words


_POPUP_WORDS = frozenset({"modal", "popup"})


@lru_cache(maxsize=4096)
def _popup_names_only(names: str) -> bool:
    """True when the only chrome words among the names are a pop-up's ("modal", "popup")."""
    return not any(_chrome_names(word) for word in _WORD_SPLIT.split(names.lower()) if word and word not in _POPUP_WORDS)


# the whole token: "nav-not-justified" is a tab set's layout; "has-header has-sidebar" (Gollum's page wrapper) and
# "with-sidebar" say what a layout holds, not what the element is
_NEGATED = re.compile(r"[\w-]*\b(?:not|no)-[\w-]+|(?<![\w-])(?:has|with|without)-[\w-]+")
_NEGATING = ("not-", "no-", "has-", "with-", "without-")


def _chrome_token(names: str) -> bool:
    """True when a whole class or id token (not a part of a hyphenated compound) is a chrome word ("footer", "navbar")."""
    return any(token.lower() in CHROME_WORDS or _chrome_names(token) and "-" not in token and "_" not in token
               for token in names.split())


@lru_cache(maxsize=65536)
def _chrome_names(names: str) -> bool:
    """True when a class/id word marks site chrome (whole words; "sidebar-nav" split at hyphens too).
    Cached: class/id strings repeat on every page of a site."""
    given = names
    # "WaGadgetMenuHorizontal": a camel-case name's words count as words
    if not names.islower():
        names = _CAMEL_PLACE.sub("", names)
        names = _CAMEL.sub(" ", names).lower() + " " + names.lower()
    # "wsite-not-footer", "no-sidebar": a name saying what an element is NOT (or what it has) is no chrome mark
    names = _NEGATED.sub(" ", names) if any(word in names for word in _NEGATING) else names
    words = set(_WORD_SPLIT.split(names))
    words.update(names.split())
    # "leftnav", "topnav", "subnav", "mainmenu": a navigation word fused with its place
    return not words.isdisjoint(CHROME_WORDS) or ("skip" in words and _skip_link(given.lower(), words)) or any(
        len(w) <= 12 and (w.endswith(("nav", "menu")) or w.startswith("nav")) for w in words)


_SKIP_TARGETS = frozenset({"link", "links", "to", "nav", "navigation", "content", "main"})


_LONE_SKIP = re.compile(r"(?:^|[\s_-])skip(?:$|[\s_-])")


def _skip_link(names: str, words: set[str]) -> bool:
    """A skip link's names: "skip" as a name of its own ("skip", "skip-link", "skip-to-content"), or fused with where
    it leads ("SkipToContent"); not fused with anything else (iWeb's text boxes are "style_SkipStroke_2")."""
    return _LONE_SKIP.search(names) is not None or not words.isdisjoint(_SKIP_TARGETS)


_FIRST_TITLE = etree.XPath("(.//h1 | .//h2 | .//*[contains(@class, 'title')][not(self::button)])[1]")
_SAME_TEXT = etree.XPath("//*[not(*)][normalize-space(.) = $text]")  # (leaves first: no subtree's whole text)


def page_dialog(dialogs: list[HtmlElement], title: str) -> HtmlElement | None:
    """A dialog open on load that is the page itself: a board's card or a shared view's record opened at its own
    address (Trello's card over the board it hides, NocoDB's expanded record over the gallery), known by its heading
    opening the page's <title> or naming one of the items behind it; None when there is none."""
    wanted = one_line(title).lower()
    for dialog in dialogs:
        if any(el.get("hidden") is not None or el.get("aria-hidden") == "true"
               or "display:none" in (el.get("style") or "").replace(" ", "").lower()
               for el in (dialog, *dialog.iterancestors())):
            continue
        heading = _FIRST_TITLE(dialog)
        named = one_line(_STRING(heading[0])) if heading else ""
        if len(named) < 8 or len(named) > 200 or len(one_line(_STRING(dialog))) <= 300:
            continue
        # (or its heading goes on past the <title>'s first part: "... — 2-part live webinar (March 9 & 16, 2027)" under
        # "<title>... — 2-part live webinar | Heronmoor MA CE Board · 2026–27 | Padlet")
        first_part = wanted.split(" | ")[0]
        if wanted.startswith(named.lower()) or (len(first_part) >= 12 and named.lower().startswith(first_part)) or any(
                not any(a is dialog for a in el.iterancestors()) for el in _SAME_TEXT(dialog, text=named)):
            if heading[0].tag != "h1" and next(dialog.iter("h1"), None) is None:
                heading[0].tag = "h1"  # (the card's or record's title is the page's, not the board's behind it)
            return dialog
    return None


def main_root(root: HtmlElement, scan: DocScan, title: str = "") -> HtmlElement:
    """The element holding the page's own content (a dialog that is the page itself first: ``page_dialog``)."""
    dialog = page_dialog(scan.dialogs, title) if title and scan.dialogs else None
    if dialog is not None:
        _open_dialog(dialog)
        return dialog
    body = root.find("body")
    for found in (scan.tags("main")[:1], [scan.role_main] if scan.role_main is not None else []):
        if found and not _mislabelled_main(found[0], body):
            inner = scan.role_main
            # a <main> around the sidebar and a column marked role="main" (Friendica's frio): the column
            if (inner is not None and inner is not found[0] and any(a is found[0] for a in inner.iterancestors())
                    and len(one_line(_STRING(inner))) > 200):
                return inner
            return found[0]
    articles = [a for a in scan.tags("article") if next(a.iterancestors("article"), None) is None]
    if len(articles) == 1 and len(one_line(articles[0].text_content())) > 200:
        return articles[0]
    # Movable Type's and Typepad's columns: "alpha" holds the posts, "beta" (and "gamma") the sidebar's modules
    # (Wikidot's: "main-content" beside "side-bar"; Typesetter's: "main_column" beside "sidebar"; Sandvox's: "main" beside
    # "sidebar-container"; Nucleus's: "container" beside "sidebarcontainer")
    columns = _MAIN_COLUMN(body if body is not None else root)
    if columns and len(one_line(columns[0].text_content())) > 200:
        return columns[0]
    return body if body is not None else root


_ENTRY_ID = re.compile(r"/(\d{3,})/?$")
_ENTRY_ATTRIBUTES = frozenset({"data-post", "data-post-id", "data-id", "data-entry-id", "data-message-id", "id"})
_ATTRIBUTE_NAME = re.compile(r"\s([\w-]+)\s*$")


def _entry_attribute(html: str, end: int) -> str | None:
    """The name of the id attribute whose quoted value ends at ``end`` ("channel/221", "post-221", "221"), or None."""
    equals = html.rfind("=", max(0, end - 120), end)
    value = html[equals + 1:end].lstrip()
    if equals < 0 or value[:1] not in ("'", '"') or any(c in value[1:] for c in "'\"<> ") or value[-1:] not in "'\"/-":
        return None
    name = _ATTRIBUTE_NAME.search(html, max(0, equals - 40), equals)
    return name.group(1).lower() if name and name.group(1).lower() in _ENTRY_ATTRIBUTES else None


def addressed_entry(root: HtmlElement, html: str, path: str) -> HtmlElement | None:
    """The one entry of a feed that the page's address points to (a channel's preview opened at post 221:
    ``/s/channel/221`` shows the posts around it, ``data-post="channel/221"`` marks its own); None elsewhere.

    An entry is an element whose id attribute ends in the address's number, among at least two siblings of its kind
    (its own or its wrapper's): one post among posts, not a page's one article."""
    number = _ENTRY_ID.search(path)
    if number is None:
        return None
    wanted = number.group(1)
    # (the markup first, from each place the number ends a quoted value: an xpath over the tree costs more)
    marks = [name for end in re.finditer(wanted + "[\"']", html) if (name := _entry_attribute(html, end.start()))]
    if len(marks) != 1:
        return None
    name = marks[0]
    found = root.xpath(f"//body//*[@{name} = '{wanted}' or substring(@{name}, string-length(@{name}) - {len(wanted)}) = '/{wanted}'"
                       f" or substring(@{name}, string-length(@{name}) - {len(wanted)}) = '-{wanted}']")
    if len(found) != 1:
        return None
    entry = found[0]
    for element in (entry, entry.getparent()):
        if element is None or element.getparent() is None:
            continue
        kind = (element.tag, element.get("class"))
        if sum((sibling.tag, sibling.get("class")) == kind for sibling in element.getparent()) >= 3:
            return entry
    return None


def _mislabelled_main(main: HtmlElement, body: HtmlElement | None) -> bool:
    """A "main" that holds a sliver of the page (a site builder's header marked ``role="main"``), or one inside
    a form (an embedded form builder's ``<div role="main" class="form-all">``): not the content."""
    if next(main.iterancestors("form"), None) is not None:
        return True
    if body is None:
        return False
    inside = len(one_line(_STRING(main)))
    return inside < 300 and len(one_line(_STRING(body))) > 5 * max(inside, 1)


def course_sidebars(content: HtmlElement) -> list[HtmlElement]:
    """``<aside>`` (or role=complementary) blocks beside a ``<main>`` content root, up to two levels up:
    course themes put the price card, enrol button and course facts there."""
    if content.tag != "main" and content.get("role") != "main":
        return []
    found: list[HtmlElement] = []
    holder, inner = content.getparent(), content
    for _ in range(2):
        if holder is None:
            break
        for child in holder:
            if (child is not inner and isinstance(child.tag, str)
                    and (child.tag == "aside" or child.get("role") == "complementary") and not _is_chrome(child)
                    and not _signposts(child) and not _DESKTOP_ONLY.search(child.get("class") or "")):
                found.append(child)
        holder, inner = holder.getparent(), holder
    return found


def title_block_before_main(content: HtmlElement, scan: DocScan) -> HtmlElement | None:
    """The block holding the page's one ``<h1>`` when it stands before a ``<main>`` content root rather than inside it
    (a registration page's hero: the title, the dates and the price card over ``<main>``'s sections); None otherwise,
    and for the site's header, navigation or footer."""
    h1s = scan.tags("h1")
    if (content.tag != "main" and content.get("role") != "main") or len(h1s) != 1:
        return None
    line = [content, *content.iterancestors()]  # content and what holds it, innermost first
    if h1s[0] in content.iter("h1"):
        return None
    for block in h1s[0].iterancestors():
        holder = block.getparent()
        if holder is None or holder not in line:
            continue
        beside = line[line.index(holder) - 1]  # content, or the ancestor of it that sits beside the block
        # (a band holding the title alone is no more than the title: the <title> names it, see ``_page_h1``)
        more_words = len(one_line(block.text_content()).split()) - len(one_line(h1s[0].text_content()).split())
        if block.tag in _SITE_PARTS or _is_chrome(block) or holder.index(block) > holder.index(beside) or more_words < 8:
            return None
        return block
    return None


_SITE_PARTS = frozenset({"header", "nav", "footer", "aside", "form", "body", "html"})


# one line of a site's calendar: a date, a dash, and what happens that day ("Mar 13, 2027 – Phlebotomy Skills Check")
# (or a dot: "Tue Jan 12 · Anaphylaxis & office emergencies (Zoom)", "Sat Jan 23 & Mar 27 · EKG rhythm basics workshop")
_MONTH_DAY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?"
_DATED_ENTRY = re.compile(r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:" + _MONTH_DAY
                          + r"(?:\s*(?:&|and|,)\s*" + _MONTH_DAY + r")*(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
                          r"\s*[–—|:·•-]\s*(\S.*)$", re.I)
# what a course's own schedule names beside its dates ("Session 2", "Week 3: Injections")
_SESSION_LABEL = re.compile(r"^(?:session|module|part|week|day|class|lesson|unit|meeting)\s+\d", re.I)


def calendar_lists(sidebar: HtmlElement) -> list[HtmlElement]:
    """A sidebar's lists that are the site's calendar ("Upcoming dates": "Feb 6, 2027 – 12-Lead EKG Hands-On",
    "Apr 22, 2027 – De-escalation webinar"): every item a date and a title of its own, no two alike and none a
    session of one course. The offerings they name are other pages'; their prices and formats are not this course's.
    Each comes with the widget it fills, its title included ("Upcoming live sessions" over the list)."""
    found = []
    for listing in sidebar.iter("ul", "ol"):
        items = [one_line(li.text_content()) for li in listing if li.tag == "li"]
        titles = [m.group(1).lower() for item in items if (m := _DATED_ENTRY.match(item))]
        if (len(items) >= 2 and len(titles) == len(items) and len(set(titles)) == len(titles)
                and not any(_SESSION_LABEL.match(title) for title in titles)):
            found.append(_widget_of(listing, sidebar))
    return found


def _widget_of(listing: HtmlElement, sidebar: HtmlElement) -> HtmlElement:
    """The list with the wrappers that hold only it and a title line above it (a sidebar widget), below the sidebar."""
    widget, length = listing, len(one_line(listing.text_content()))
    holder = listing.getparent()
    while holder is not None and holder is not sidebar and len(one_line(holder.text_content())) - length <= 60:
        widget, holder = holder, holder.getparent()
    return widget


_FIGURE = re.compile(r"[\d$]|free|complimentary|no (?:cost|charge|fee)", re.I)  # text_content() glues words


# a sidebar its theme hides on phones (Bootstrap's "hidden-xs", "d-none d-md-block"; Foundation's "show-for-large";
# Tailwind's "hidden lg:block"): extras beside the content (a profile card, "New here?"), not the course's facts, which
# a page shows on every screen
_DESKTOP_ONLY = re.compile(r"(?:^|\s)(?:hidden-(?:xs|sm)|visible-(?:md|lg)(?:-block)?|show-for-(?:medium|large)(?:-up)?|"
                           r"hide-for-small(?:-only)?)(?:\s|$)|(?:^|\s)(?:d-none|hidden)\s(?:.*\s)?(?:d-|)(?:sm|md|lg|xl)[:-]"
                           r"(?:block|flex|grid)\b")


_TEACHER_HEADING = re.compile(r"^(?:(?:your|the|session|course) )?(?:speakers?|presenters?|instructors?|faculty|facilitators?)$",
                              re.I)


def _signposts(aside: HtmlElement) -> bool:
    """A sidebar of signposts to other parts of the site ("Browse events", "CE on Demand: recordings and
    self-paced courses ... Visit the CE store", "Not a member yet?"): links, and not one figure or "free". A
    course's own sidebar states its price (a number, or "Free"), credits, a date or a length."""
    links = list(aside.iter("a"))
    if len(links) >= 2 and not _FIGURE.search(aside.text_content()):
        # (a session's own speaker card is no signpost: "Speaker" over "<a>Teodoro Blaylock, PharmD, BCPPS</a>")
        return not any(_TEACHER_HEADING.match(one_line(h.text_content())) for h in aside.iter("h2", "h3", "h4"))
    # (or a documentation site's page tree, its every line a link to another page, whatever badges sit beside them)
    if len(links) >= 6:
        total = len(one_line(_STRING(aside)))
        linked = sum(len(one_line(_STRING(link))) for link in links)
        return total > 0 and linked >= 0.6 * total
    return False


def _cards_of_others(aside: HtmlElement) -> list[HtmlElement]:
    """A sidebar's lists of other offerings: three or more items, each opening with a link and stating a figure
    ("<a>Lead Screening Update</a> Jan 14 · webinar · 1 contact hour · $10"): other pages' facts, not the page's."""
    found = []
    for listing in aside.iter("ul", "ol"):
        cards = 0
        for item in listing.iterchildren("li"):
            first = next(item.iterchildren(etree.Element), None)
            if (first is not None and first.tag == "a" and not (item.text or "").strip()
                    and _FIGURE.search(item.text_content())):
                cards += 1
        if cards >= 3:
            found.append(listing)
    return found


# a line break inside one run of text, between words: the source was wrapped, the browser shows a space
_WRAPPED = re.compile(r"(?<=\S)[ \t\r]*\n\s*(?=\S)")
_PRE_DECLARATION = re.compile(r"white-space\s*:\s*pre")


def newline_keepers(root: HtmlElement, scan: DocScan) -> frozenset[HtmlElement]:
    """The elements whose source newlines a browser shows as line breaks: preformatted ones (by tag, style or class,
    as the one scan found them, or by the page's own CSS: ``.post-body{white-space:pre-line}``) and everything
    inside them."""
    keepers: set[HtmlElement] = set()
    for el in [*scan.shows_newlines, *styled_by_page_css(root, scan.tags("style"), "white-space", _PRE_DECLARATION)]:
        if el not in keepers:
            keepers.update(el.iter())
    return frozenset(keepers)


def unwrap_source_lines(content: HtmlElement, keepers: frozenset[HtmlElement] = frozenset()) -> None:
    """Join the lines of a text run wrapped in the source ("approved for 2.0 AAMA CEUs⏎through May 31") as a
    browser renders them, except where newlines show (``keepers``). A newline between two elements stays a
    break: it is often the only sign that the elements are shown on lines of their own."""
    for el in content.iter():
        if el in keepers:
            continue
        text, tail = el.text, el.tail
        if text and "\n" in text and isinstance(el.tag, str):
            el.text = _WRAPPED.sub(" ", text)
            if len(el) and _runs_on(el.text, el[0]):
                el.text = _TRAILING_BREAK.sub(" ", el.text)
        if tail and "\n" in tail and el is not content and not tail.isspace() and el.getparent() not in keepers:
            el.tail = _WRAPPED.sub(" ", tail)
            if _runs_on(el.tail, el.getnext()):
                el.tail = _TRAILING_BREAK.sub(" ", el.tail)


# a run's words wrapped just before a bold or italic word that carries the sentence on ("CE Pass holders pay⏎
# <strong>$45.00</strong> - sign in"): no sentence ends at the break, so the browser's space is all there is
_TRAILING_BREAK = re.compile(r"(?<=[^\W\d_]|,)[ \t\r]*\n\s*$")


def _runs_on(text: str, following: HtmlElement | None) -> bool:
    return (following is not None and isinstance(following.tag, str) and following.tag in _EMPHASIS
            and _TRAILING_BREAK.search(text) is not None)


_EMPHASIS = frozenset({"b", "strong", "i", "em", "u", "mark", "small"})


def styled_by_page_css(root: HtmlElement, styles: list[HtmlElement], needle: str,
                       declaration: re.Pattern[str]) -> frozenset[HtmlElement]:
    """The elements picked by every selector of the page's CSS rules holding ``declaration`` (looked for only in
    style sheets holding ``needle``). The whole selector decides. Each rule is found from its declaration
    back to its opening brace (a scan of the sheet from every position would cost milliseconds a page)."""
    found: set[HtmlElement] = set()
    for style in styles:
        css = style.text or ""
        if needle not in css:
            continue
        for match in declaration.finditer(css):
            opening = css.rfind("{", 0, match.start())
            if opening < 0 or css.rfind("}", opening, match.start()) >= 0:
                continue  # not inside a rule's braces
            selectors = css[max(css.rfind("}", 0, opening), css.rfind("{", 0, opening)) + 1:opening]
            for selector in selectors.split(","):
                found.update(_select(root, selector.strip()))
    return frozenset(found)


def _select(root: HtmlElement, selector: str) -> list[HtmlElement]:
    """The elements a CSS selector picks (none for a state such as ``:hover``, or one lxml cannot read)."""
    if not selector or ":" in selector or "@" in selector:
        return []
    xpath = _css_xpath(selector)
    return [el for el in xpath(root) if isinstance(el.tag, str)] if xpath is not None else []


@lru_cache(maxsize=1024)
def _css_xpath(selector: str) -> etree.XPath | None:
    try:
        return etree.XPath(GenericTranslator().css_to_xpath(selector))
    except (SelectorError, etree.XPathError, ExpressionError):
        return None


_TOGGLES = etree.XPath(".//*[@aria-controls and @aria-expanded]")
# a button opening a dialog by its id ("<button data-toggle=modal data-target=#presenterBio>Read bio</button>")
_DIALOG_OPENERS = etree.XPath(".//*[@data-toggle='modal' or @data-bs-toggle='modal']")
# ... that shows more of the course (a presenter's bio, the objectives), not a sign-in or newsletter form
_MORE_OF_THE_COURSE = re.compile(r"\b(?:bio|biography|about (?:the )?(?:presenter|instructor|speaker|faculty)|objectives|"
                                 r"agenda|syllabus|outline|course details|full details)\b", re.I)
_BY_ID = etree.XPath(".//*[@id = $ident]")
_MORE_HIDDEN = etree.XPath(".//*[@style][contains(@class, 'more') or contains(@class, 'unfolded')]")
# ("read-more-hidden"; Wikidot's "collapsible-block-unfolded" behind "+ show learning objectives")
_READ_MORE_CLASS = re.compile(r"(?:read|show|see|view)[-_]?more|more[-_]?(?:text|content|hidden|body)|block[-_]unfolded", re.I)


def expand_collapsed(content: HtmlElement) -> None:
    """Open what a toggle button shows on a click (an accordion's or collapsible group's body, marked hidden
    until then and named only by the button's ``aria-controls``): a reader opens it, so it is content; a toggle
    button inside a heading gives the heading its words (buttons are otherwise dropped)."""
    for toggle in _TOGGLES(content):
        if toggle.tag == "button" and toggle.getparent() is not None and toggle.getparent().tag in _HEADING_TAGS:
            toggle.drop_tag()  # an accordion's heading is its button's words ("<h3><button>What you will learn")
        for ident in (toggle.get("aria-controls") or "").split()[:5]:
            for panel in _BY_ID(content, ident=ident)[:1]:
                panel.attrib.pop("aria-hidden", None)
                panel.attrib.pop("hidden", None)
                style = (panel.get("style") or "").replace(" ", "").lower()
                if "display:none" in style or "visibility:hidden" in style:
                    del panel.attrib["style"]
    _title_tab_panels(content)
    for rest in _MORE_HIDDEN(content):  # the rest of a description behind "Read more", a folded block's body
        if _READ_MORE_CLASS.search(rest.get("class") or ""):
            style = (rest.get("style") or "").replace(" ", "").lower()
            if "display:none" in style:
                del rest.attrib["style"]
    for opener in _DIALOG_OPENERS(content):
        ident = (opener.get("data-bs-target") or opener.get("data-target") or "").lstrip("#")
        if ident and _MORE_OF_THE_COURSE.search(one_line(opener.text_content())):
            for panel in _BY_ID(content, ident=ident)[:1]:
                _open_dialog(panel)


# a tab (ARIA's role, or before a script adds it a "#panel" link in a list classed as tabs: Foundation's
# "tabs-title", Bootstrap's "nav-tabs") and the panel it shows (role "tabpanel" or a class naming a tab)
_TABS = etree.XPath(".//*[@role='tab'] | .//a[starts-with(@href, '#') and not(@role='tab')]"
                    "[ancestor::*[position() <= 2][contains(@class, 'tabs') or @role='tablist']]")


def _title_tab_panels(content: HtmlElement) -> None:
    """A tab panel's title is its tab's words ("Objectives" over the list it shows): the tab list goes as navigation,
    so each panel that opens without a heading gets its tab's words as one (PrimeFaces' TabView, Bootstrap's and Foundation's tabs)."""
    for tab in _TABS(content):
        link = tab if tab.tag == "a" else next(tab.iter("a"), None)
        ident = tab.get("aria-controls") or ((link.get("href") or "")[1:] if link is not None
                                             and (link.get("href") or "").startswith("#") else "")
        label = one_line(tab.text_content())
        if not ident or not label or len(label) > 60:
            continue
        panel = next(iter(_BY_ID(content, ident=ident)), None)
        if panel is None or panel is tab or not (tab.get("role") == "tab" or panel.get("role") == "tabpanel"
                                                  or "tab" in (panel.get("class") or "")):
            continue
        first = next((child for child in panel if isinstance(child.tag, str)), None)
        if first is not None and first.tag in _HEADING_TAGS:
            continue
        heading = etree.Element("h2")  # (a page's tabs are its top sections)
        heading.text, heading.tail, panel.text = label, panel.text, None
        panel.insert(0, heading)


def _open_dialog(panel: HtmlElement) -> None:
    """A dialog the page opens for more of its course: its words are content, so its dialog markup goes."""
    for el in panel.iter(etree.Element):
        for key in ("role", "aria-hidden", "aria-modal", "hidden"):
            el.attrib.pop(key, None)
        if "modal" in (el.get("class") or ""):
            el.set("class", " ".join(word for word in el.get("class", "").split() if "modal" not in word))


_SUBHEADERS = etree.XPath("(.//h1 | .//h2 | .//h3)/*[contains(concat(' ', normalize-space(@class), ' '), ' sub ') "
                          "or contains(@class, 'subheader') or contains(@class, 'sub-header') or contains(@class, 'subtitle')]")


def _lift_subheaders(content: HtmlElement) -> None:
    """A heading's sub-header (Fomantic UI's ``<h1 class="ui header">Title<div class="sub header">Self-paced · about 3
    hours</div></h1>``) is a line under the title, not part of it: it moves out, after the heading."""
    for sub in _SUBHEADERS(content):
        heading = sub.getparent()
        previous = sub.getprevious()
        if sub.tail:  # (the heading's words after the sub-header stay in the heading)
            if previous is not None:
                previous.tail = (previous.tail or "") + sub.tail
            else:
                heading.text = (heading.text or "") + sub.tail
        sub.tail = None
        heading.remove(sub)
        sub.tag = "p"
        heading.addnext(sub)


def strip_chrome(root: HtmlElement, content: HtmlElement, keepers: frozenset[HtmlElement] = frozenset()) -> None:
    """Remove non-content elements under ``content`` (in place); ``<br>`` becomes a newline.

    Scripts, styles, SVG and the like go in one C-level pass; the search for chrome then
    stops at each element it removes, so a menu of a hundred links costs one test.
    """
    expand_collapsed(content)
    _lift_subheaders(content)
    for br in content.iter("br"):
        br.tail = "\n" + (br.tail or "")
    etree.strip_elements(content, *NEVER_CONTENT, with_tail=False)
    _drop_struck_prose(content)
    doomed: list[HtmlElement] = []
    _find_chrome(content, content, doomed)
    for el in doomed:
        _drop_keep_tail(el)
    unwrap_source_lines(content, keepers)  # (after the chrome is gone: its text is not walked)


def _drop_struck_prose(content: HtmlElement) -> None:
    """Words struck through are withdrawn ("<s>AAMA approval pending, we'll update this post</s> approved, see the update
    above"): gone from the text. A struck price, date or credit stays (a former price, a closed tier, a moved session)."""
    for el in list(content.iter("del", "s", "strike")):
        text = _STRING(el)
        if len(text.split()) >= 3 and "free" not in text.lower() and not any(c.isdigit() or c == "$" for c in text):
            _drop_keep_tail(el)


def _find_chrome(parent: HtmlElement, content: HtmlElement, doomed: list[HtmlElement], in_page_popup: bool = False) -> None:
    for el in parent:
        tag = el.tag
        if tag == "header" and el.get("role") == "banner" and _own_hero(el):
            # the page's hero marked as the banner (a booking page's header holding its title, description and terms):
            # read, its own chrome dropped
            _find_chrome(el, content, doomed, in_page_popup)
            continue
        if (not isinstance(tag, str) or tag == "nav" or (tag in ("header", "footer") and _outside_article(el, content))
                or _is_chrome(el, in_page_popup) or (tag == "aside" and _signposts(el))
                or (tag == "td" and _narrow_layout_column(el))):
            doomed.append(el)
        elif len(el):
            if tag == "aside":
                doomed += _cards_of_others(el)
            _find_chrome(el, content, doomed, in_page_popup or _page_popup(el))


_PIXELS = re.compile(r"^\s*(\d{2,4})\s*(?:px)?\s*$")
_BLOCKS_INSIDE = ("table", "ul", "ol", "div", "p", "h2", "h3", "h4", "form")


def _pixels(cell: HtmlElement) -> int:
    found = _PIXELS.match(cell.get("width") or "")
    return int(found.group(1)) if found else 0


def _narrow_layout_column(cell: HtmlElement) -> bool:
    """A page-layout table's side column (a Dreamweaver or FrontPage template's ``<td width="190">`` of upcoming
    classes and testimonials beside the ``<td width="600">`` that holds the page, or a Mambo template's ``<td
    width="180" class="leftcol">`` of modules beside an unsized column taking the rest, with several times its words):
    at most 250 pixels wide, at most half as wide as a sibling column of 400 or more, holding blocks of its own and
    not the page's ``<h1>``."""
    width = _pixels(cell)
    row = cell.getparent()
    if not width or width > 250 or row is None or next(cell.iter("h1"), None) is not None:
        return False
    others = [other for other in row if other is not cell and other.tag == "td"]
    wide = max(others, key=_pixels, default=None)
    if wide is None or _pixels(wide) < max(400, 2 * width):
        own = len(one_line(cell.text_content()))
        wide = next((other for other in others if not other.get("width")
                     and len(one_line(other.text_content())) >= 3 * max(own, 200)), None)
        if wide is None:
            return False
    return _laid_out(cell) and _laid_out(wide)


def _laid_out(cell: HtmlElement) -> bool:
    """A cell that holds a layout of its own: a table or a list, or several blocks (one ``<p>`` is how Word wraps a
    data cell's text: "Date:" beside "Tuesday, April 13, 2027")."""
    blocks = 0
    for el in cell.iter(*_BLOCKS_INSIDE):
        if el.tag in ("table", "ul", "ol", "form"):
            return True
        blocks += el is not cell
        if blocks >= 2:
            return True
    return False


def _page_popup(el: HtmlElement) -> bool:
    """A pop-up-named block holding the page's <h1> (kept as content by ``_is_chrome``)."""
    names = el.get("class") or el.get("id")
    if not names:
        return False
    names = f"{names} {el.get('id') or ''}".lower()
    return ("popup" in names or "modal" in names) and next(el.iter("h1"), None) is not None


def _outside_article(el: HtmlElement, content: HtmlElement) -> bool:
    """A header/footer of the whole site rather than of an article or of the page's own content.

    Site headers and footers sit near the top of the body or hold the navigation; a
    header deeper in the page (``<header class="course-header"><h1>``) is content.
    """
    if content.tag in ("main", "article"):
        return False
    if _IN_ARTICLE_OR_MAIN(el):
        return False
    # (a breadcrumb trail over a hero's <h1> is no site navigation: Bootstrap Studio's ``<nav aria-label="breadcrumb">``)
    nav = _site_nav_inside(el)
    if el.tag == "header" and not nav and _hero(el):
        return False  # the page's own hero: its h1 and a few lines (a price, a date), no navigation
    depth = sum(1 for _ in el.iterancestors()) - 1  # below <body>
    return depth <= 2 or nav


def _breadcrumb(nav: HtmlElement) -> bool:
    """A ``<nav>`` that is a breadcrumb trail, by its label or class."""
    return "breadcrumb" in f"{nav.get('aria-label') or ''} {nav.get('class') or ''}".lower()


def _own_hero(header: HtmlElement) -> bool:
    """A header with no navigation that holds the page's ``<h1>`` and paragraphs of its own (not a site's title bar)."""
    return _hero(header) and not _site_nav_inside(header) and sum(1 for _ in header.iter("p")) >= 3


def _site_nav_inside(el: HtmlElement) -> bool:
    """True when a ``<nav>`` other than a breadcrumb trail sits inside ``el``."""
    return any(not _breadcrumb(inner) for inner in _NAV_INSIDE(el))


def _hero(header: HtmlElement) -> bool:
    """A header holding the page's ``<h1>`` and more than a site title (eight words or more)."""
    return next(header.iter("h1"), None) is not None and len(header.text_content().split()) >= 8


def _drop_keep_tail(el: HtmlElement) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    previous = el.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


_TEXT_NODES = etree.XPath(".//text()")
# word stems of refund terms, without their first letter: they match the raw page in any case (the gate) and a
# lower-cased footer line alike
POLICY_STEMS = ("efund", "oney-back", "oney back", "ales final", "ales are final", "ancellation")
# a site-wide time-zone note ("Unless an event says otherwise, all event times are Central Time")
_ZONE_WORDS = re.compile(r"\btimes?\b.{0,80}?\b(?:eastern|central|mountain|pacific|arizona|alaska|hawaii)\b"
                         r"|\b(?:eastern|central|mountain|pacific|arizona|alaska|hawaii) time\b")
_INLINE = frozenset({"a", "b", "strong", "em", "i", "u", "small", "span", "mark"})


def _footer_text(footer_like: list[HtmlElement]) -> list[str]:
    """The text nodes of a site footer (a <footer>, or an element whose class or id names one), each once."""
    tops: list[HtmlElement] = []
    for el in footer_like:
        if not any(ancestor in tops for ancestor in el.iterancestors()):
            tops.append(el)
    return [node for top in tops for node in _TEXT_NODES(top)]


_FOOTER_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def footer_notes(footer_like: list[HtmlElement], policies: bool = True) -> list[tuple[str, str]]:
    """Lines of the site footer that state terms for every course on the site, as (kind, line): refund
    terms ("policy_text": "30-day money-back guarantee, no questions asked.") and a time-zone note
    ("zone_note": "all event times are Central Time"), then the footer's whole text ("footer_text", where
    the provider's address or state is). The footer is dropped as chrome, so these are read first. Each
    line is the text of the block holding the words (a link's label alone stays short)."""
    notes: list[tuple[str, str]] = []
    nodes = _footer_text(footer_like)
    whole = " ".join(nodes)
    low_all = whole.lower()  # one test of the whole footer first: most footers state neither
    policies = policies and any(stem in low_all for stem in POLICY_STEMS)
    for node in nodes if policies or _ZONE_WORDS.search(low_all) else ():
        low = node.lower()
        if policies and any(stem in low for stem in POLICY_STEMS):
            kind = "policy_text"
        elif _ZONE_WORDS.search(low):
            kind = "zone_note"
        else:
            continue
        block = node.getparent()
        if not node.is_tail and block is not None and block.tag == "a":
            continue  # a link's label ("Refund Policy") names a page, it states no terms
        if node.is_tail and block is not None:
            block = block.getparent()
        while block is not None and block.tag in _INLINE and block.getparent() is not None:
            block = block.getparent()
        line = one_line(block.text_content()) if block is not None else ""
        if len(line) > 400:  # a long paragraph of terms: the sentences that state them
            line = " ".join(sentence for sentence in _FOOTER_SENTENCE.split(line)
                            if (any(stem in sentence.lower() for stem in POLICY_STEMS) if kind == "policy_text"
                                else _ZONE_WORDS.search(sentence.lower())))[:400]
        if line and (kind, line) not in notes:
            notes.append((kind, line))
    notes = notes[:4]
    whole = one_line(whole)[:1000]
    return [*notes, ("footer_text", whole)] if whole else notes
