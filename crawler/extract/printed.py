"""Headings of documents laid out for print (PDFs turned into HTML by pdftohtml and the like).

Such pages hold one absolutely positioned ``<p>`` per printed line and no heading tags:
their headings are only larger or bold type, named by a class the page's ``<style>``
defines (``.ft14{font-size:16px;font-family:Helvetica-Bold}``). Without headings the
whole brochure is one section, and a mailing panel's "Also from ..." list reads as the
course. Lines set in type larger than the body text become ``<h1>``-``<h3>`` by size
(largest first), short bold lines at body size ``<h4>``; a heading printed over two
lines ("12-Lead EKG Workshop" / "for Medical Assistants") becomes one.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml.html import HtmlElement

from crawler.extract.dom import one_line

_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)px", re.I)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-family\s*:[^;]*bold", re.I)
_LARGER = 1.2  # type this much larger than the body text is a heading
_MIN_LINES = 20  # fewer positioned lines than this: not a printed layout
_SHORT = 60  # a bold line at body size is a heading only when it is this short and ends no sentence


def is_printed_layout(html: str) -> bool:
    """A cheap test on the page source: absolutely positioned lines and classes with font sizes."""
    return "position:absolute" in html and "font-size" in html


def promote_font_headings(root: HtmlElement, styles: list[str]) -> int:
    """Turn the printed headings of a positioned-line document into heading elements, in place.

    Returns how many lines became headings (0 when the page is not such a document).
    """
    fonts = _font_classes(styles)
    if not fonts:
        return 0
    lines = [p for p in root.iter("p") if p.get("class") in fonts and "absolute" in (p.get("style") or "")]
    if len(lines) < _MIN_LINES:
        return 0
    weight: Counter[str] = Counter()
    for p in lines:
        weight[p.get("class")] += len(p.text_content())
    body_size = fonts[weight.most_common(1)[0][0]][0]
    larger = sorted({size for size, _ in (fonts[c] for c in weight) if size >= body_size * _LARGER}, reverse=True)
    level_of_size = {size: f"h{min(rank, 3)}" for rank, size in enumerate(larger, start=1)}
    promoted = 0
    previous: HtmlElement | None = None
    for p in lines:
        size, bold = fonts[p.get("class")]
        text = p.text_content().strip()
        tag = level_of_size.get(size)
        if tag is None and bold and size >= body_size and len(text) <= _SHORT and not text.endswith((".", ",", ";")):
            tag = "h4"
        if tag is None or not text:
            previous = None
            continue
        if previous is not None and previous.tag == tag and previous.get("class") == p.get("class") \
                and previous.getnext() is p:
            previous.text = f"{previous.text_content().strip()} {text}"  # one heading printed over two lines
            for child in list(previous):
                previous.remove(child)
            p.getparent().remove(p)
            continue
        p.tag = tag
        previous = p
        promoted += 1
    return promoted


_INLINE_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)(px|vw|em|rem|pt)", re.I)
_MIN_STYLED = 20  # fewer paragraphs with their own font size than this: type size says nothing about structure


def has_inline_type_sizes(html: str) -> bool:
    """A cheap test on the page source: many elements set their own font size (a design tool's export)."""
    return html.count("font-size:") >= _MIN_STYLED


def promote_inline_headings(root: HtmlElement) -> int:
    """Headings of a page whose every paragraph sets its own type size (Canva and similar design tools):
    a short line in type at least ``_LARGER`` times the body text's becomes ``<h2>``-``<h4>`` by size.
    Returns how many lines became headings."""
    sized: list[tuple[HtmlElement, float, str]] = []
    for p in root.iter("p"):
        found = _INLINE_SIZE.search(p.get("style") or "")
        if found:
            sized.append((p, float(found.group(1)), found.group(2).lower()))
    if len(sized) < _MIN_STYLED:
        return 0
    unit = Counter(u for _, _, u in sized).most_common(1)[0][0]
    weight: Counter[float] = Counter()
    for p, size, u in sized:
        if u == unit:
            weight[size] += len(p.text_content())
    body_size = weight.most_common(1)[0][0]
    larger = sorted({size for size in weight if size >= body_size * _LARGER}, reverse=True)
    level_of_size = {size: f"h{min(rank + 1, 4)}" for rank, size in enumerate(larger, start=1)}
    promoted = 0
    for p, size, u in sized:
        tag = level_of_size.get(size) if u == unit else None
        if tag is None:
            continue
        text = p.text_content().strip()
        if text and len(text) <= _SHORT and not text.endswith((".", ",", ";")):
            p.tag = tag
            promoted += 1
    return promoted


def _font_classes(styles: list[str]) -> dict[str, tuple[float, bool]]:
    """Class name -> (font size in px, bold) for every class rule that sets a font size."""
    out: dict[str, tuple[float, bool]] = {}
    for style in styles:
        for name, body in _CLASS_RULE.findall(style):
            size = _SIZE.search(body)
            if size:
                out[name] = (float(size.group(1)), bool(_BOLD.search(body)))
    return out


# type this large is a title's, in any page (24 px = 18 pt = 1.5 em at a 16 px body)
_TITLE_SIZE_PX = 24.0
_PX_PER = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0}
_BLOCKS = frozenset({"p", "div", "li", "td", "section", "header"})


def promote_title_line(content: HtmlElement, title: str) -> bool:
    """A page without an ``<h1>`` whose title is set in large type by its own style (a site builder's "Title"
    text box: ``<p><span style="font-size:26pt">Ethics Night: ...</span></p>``): the largest such line before
    every heading becomes the ``<h1>``, if it is short and, when the ``<title>`` has words, shares one with it
    (the site's name in a banner does not). Returns True when one did."""
    sized: list[tuple[float, HtmlElement]] = []
    for el in content.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("h1", "h2", "h3"):
            break  # a title comes before the page's first heading
        found = _INLINE_SIZE.search(el.get("style") or "") if el.get("style") else None
        if found and found.group(2).lower() in _PX_PER:
            if next(el.iterdescendants("h1", "h2", "h3"), None) is not None:
                break  # a cell that sets the type of the first heading it holds (an e-mail's "<td style=...><h2>")
            size = float(found.group(1)) * _PX_PER[found.group(2).lower()]
            if size >= _TITLE_SIZE_PX:
                sized.append((size, el))
    named = _words(title) if " " in title.strip() else set()  # ("2026-06-flyer.pdf" names nothing)
    for _, el in sorted(sized, key=lambda pair: -pair[0]):
        line = el
        while line.tag not in _BLOCKS and line.getparent() is not None and line.getparent().tag in _BLOCKS \
                and one_line(line.getparent().text_content()) == one_line(line.text_content()):
            line = line.getparent()
        text = one_line(line.text_content())
        if not text or len(text) > 120 or text.endswith((".", ",", ";", ":")) or (named and not named & _words(text)):
            continue
        if len(text.split()) <= 3 and any(ch.isdigit() for ch in text):
            continue  # a number's label over the name ("Packet #14" over "Antibiotics and the Medical Assistant")
        line.tag = "h1"
        return True
    return False


# a class naming the element as the page's own title: osTicket's "article-title", "page-title", "entry-title", "post_title"
# (not a site's, a widget's, a section's or a card's: those name other things)
_TITLE_CLASS = re.compile(r"(?:^|\s)(?:article|page|entry|post|topic|faq|content|document|doc)[-_]?title(?:$|[\s-])", re.I)


def promote_title_class(content: HtmlElement) -> bool:
    """A page without an ``<h1>`` whose own title is a block named for it (``<div class="article-title">Course
    information: ...</div>``): the only such block, before the first heading, becomes the ``<h1>``. Returns True
    when one did."""
    found: list[HtmlElement] = []
    for el in content.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("h1", "h2", "h3"):
            break
        # (a line of text, not a box of parts: a store's "page-title" box holds the name, the SKU and a reviews link)
        if (el.tag in _BLOCKS and _TITLE_CLASS.search(el.get("class") or "")
                and next(el.iterdescendants(*_BLOCKS, "ul", "table", "h4", "h5", "h6"), None) is None):
            found.append(el)
    if len(found) != 1:
        return False
    text = one_line(found[0].text_content())
    if not text or len(text) > 160 or text.endswith((".", ",", ";", ":")):
        return False
    found[0].tag = "h1"
    return True


_FUNCTION_WORDS = frozenset({"the", "and", "for", "with", "from", "your", "our", "you", "into", "about"})


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _FUNCTION_WORDS}
