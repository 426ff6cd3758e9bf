"""One walk over the parsed document collecting what the page-level readers need.

Head tags, links, scripts, images, buttons, the main-content candidates, the first
breadcrumb trail, footer and copyright blocks, and whether microdata or RDFa is
present: each reader used to search the whole tree for its own part (with XPath
string functions that cost far more per element than a Python test); one walk in
document order finds them all. The walk runs before any element is removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

_COLLECTED = frozenset({"form", "title", "link", "meta", "base", "a", "script", "img", "button", "input", "main",
                        "article", "footer", "h1", "style"})


_PREFORMATTED = frozenset({"pre", "textarea", "listing", "xmp", "plaintext"})
_PRE_STYLE = re.compile(r"white-space\s*:\s*pre")
_SCRIPTED_LINK_KEYS = frozenset({"data-href", "data-url", "data-link", "onclick"})
_NAVIGATES = re.compile(r"""(?:location(?:\.href)?\s*=|location\.assign\(|window\.open\()\s*['"]([^'"]+)['"]""")


def _script_target(script: str | None) -> str | None:
    """The address an ``onclick`` goes to (``location.href='/events/123'``), if it goes to one."""
    found = _NAVIGATES.search(script or "")
    return found.group(1) if found else None


@dataclass
class DocScan:
    """The elements of one document that the page-level readers use, each list in document order."""

    by_tag: dict[str, list[HtmlElement]] = field(default_factory=dict)
    role_main: HtmlElement | None = None  # the first element with role="main"
    dialogs: list[HtmlElement] = field(default_factory=list)  # role="dialog" / "alertdialog" elements, open <dialog>s
    trail: HtmlElement | None = None  # the first element whose class or aria-label says "breadcrumb"
    # <footer> elements and elements whose class contains "copyright", in document order
    footers_and_copyright: list[HtmlElement] = field(default_factory=list)
    # <footer> elements and elements whose class or id contains "footer" (the site footer's parts)
    footer_like: list[HtmlElement] = field(default_factory=list)
    notices: list[HtmlElement] = field(default_factory=list)  # elements whose class says alert or notice
    # elements that link by script: a clickable row or card (``data-href``, ``onclick="location.href='...'"``)
    scripted_links: list[tuple[HtmlElement, str]] = field(default_factory=list)
    # elements whose source newlines show: preformatted tags, a white-space of pre* by style or utility class
    shows_newlines: list[HtmlElement] = field(default_factory=list)
    microdata: bool = False  # an itemscope attribute
    rdfa: bool = False  # a typeof or vocab attribute

    def tags(self, name: str) -> list[HtmlElement]:
        """Every ``<name>`` element (one of the collected tags)."""
        return self.by_tag.get(name, [])


_PAGE_TAGS = frozenset({"html", "body"})


def scan_document(root: HtmlElement) -> DocScan:
    """Walk the whole document once."""
    scan = DocScan()
    by_tag = scan.by_tag
    for el in root.iter(etree.Element):
        tag = el.tag
        if tag in _COLLECTED:
            by_tag.setdefault(tag, []).append(el)
        elif tag in _PREFORMATTED:
            scan.shows_newlines.append(el)
        if tag == "footer":
            scan.footers_and_copyright.append(el)
            scan.footer_like.append(el)
        keys = el.keys()
        if not keys:
            continue
        if tag != "footer" and "footer" in f"{el.get('class') or ''} {el.get('id') or ''}":
            scan.footer_like.append(el)
        if "style" in keys and "pre" in (style := el.get("style")) and _PRE_STYLE.search(style):
            scan.shows_newlines.append(el)
        if "class" in keys:
            marks = el.get("class")
            if "pre-" in marks or "whitespace-pre" in marks:  # Tailwind's "whitespace-pre-line", "pre-wrap"
                scan.shows_newlines.append(el)
            # (not the page itself: Genesis marks <body> "genesis-breadcrumbs-visible")
            if scan.trail is None and "breadcrumb" in marks.lower() and tag not in _PAGE_TAGS:
                scan.trail = el
            if tag != "footer" and "copyright" in marks:
                scan.footers_and_copyright.append(el)
            if ("alert" in marks or "notice" in marks) and "cookie" not in marks:
                scan.notices.append(el)
        if scan.trail is None and "aria-label" in keys and "breadcrumb" in el.get("aria-label").lower():
            scan.trail = el
        if "role" in keys:
            role = el.get("role")
            if scan.role_main is None and role == "main":
                scan.role_main = el
            elif role in ("dialog", "alertdialog"):
                scan.dialogs.append(el)
        elif tag == "dialog" and "open" in keys:
            scan.dialogs.append(el)
        if "itemscope" in keys:
            scan.microdata = True
        for key in _SCRIPTED_LINK_KEYS.intersection(keys):
            target = el.get(key) if key != "onclick" else _script_target(el.get(key))
            if target:
                scan.scripted_links.append((el, target))
        if "typeof" in keys or "vocab" in keys:
            scan.rdfa = True
    return scan
