"""Notes served as their Markdown source: HedgeDoc's, CodiMD's and HackMD's ``<div class="markdown-body">`` holds the
note's raw Markdown, rendered by a script in the reader's browser. Rendered here the same way, so its headings, lists and
tables read as the page a reader sees."""

from __future__ import annotations

import re

import lxml.html
from lxml.html import HtmlElement
from markdown_it import MarkdownIt

_MARKDOWN_CLASS = re.compile(r"(?:^|\s)markdown(?:-body)?(?:\s|$)")
# the marks of Markdown at the start of its lines: headings, list items, table rows, a front-matter fence
_MARKDOWN_LINE = re.compile(r"^(?:#{1,6} |[-*+] |\d+\. |\|.*\||---\s*$)", re.M)
_FRONT_MATTER = re.compile(r"\A\s*---\s*\n.*?\n---\s*\n", re.S)
_RENDERER = MarkdownIt("commonmark", {"html": False}).enable("table")  # (the source's own HTML stays text)


def render_markdown_sources(root: HtmlElement) -> None:
    """Replace (in place) each Markdown-named element that holds only Markdown text with its rendered HTML."""
    for element in list(root.iter("div", "pre", "textarea")):
        if len(element) or not _MARKDOWN_CLASS.search(element.get("class") or ""):
            continue
        source = element.text or ""
        if len(_MARKDOWN_LINE.findall(source)) < 3:
            continue
        body = _FRONT_MATTER.sub("", source)
        rendered = lxml.html.fragment_fromstring(_RENDERER.render(body), create_parent="div")
        element.text = None
        element.extend(list(rendered))
        if rendered.text and rendered.text.strip():
            element.text = rendered.text
