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
objective_text, audience_text, image, url, fetched_url.
``page.url`` is the canonical URL (``<link rel=canonical>``, tracking
parameters stripped); ``kind``/``kind_reasons`` come from ``classify``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from catalog.page import Candidate, ExtractedPage
from crawler.extract import classify as _classify
from crawler.extract.blocks import Block, walk
from crawler.extract.cues import block_candidates, markup_candidates
from crawler.extract.decode import to_text
from crawler.extract.dom import main_root, one_line, parse, read_head, read_links, strip_chrome
from crawler.extract.embedded import embedded_candidates, read_blobs
from crawler.extract.schema_fields import structured_candidates
from crawler.extract.sections import group_sections, kept_blocks
from crawler.extract.structured import node_types, read_structured
from crawler.extract.urls import canonical_url

__all__ = ["extract_page"]

_CE_UNIT = re.compile(r"^(continuing (education|studies)|professional development|workforce( development)?|"
                      r"extended (learning|studies)|community education|lifelong learning)$", re.IGNORECASE)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")


def extract_page(url: str, html: str | bytes, headers: Mapping[Any, Any] | None = None) -> ExtractedPage:
    """Everything the page says about itself; never raises on bad markup."""
    text = to_text(html, headers)
    root = parse(text)
    if root is None:
        return ExtractedPage(url=canonical_url(url, None), kind="other", kind_reasons=["empty document"])
    head = read_head(root)
    page_url = canonical_url(url, head.canonical)
    links = read_links(root, url)
    nodes = read_structured(root, text, url)
    candidates = structured_candidates(nodes)
    embedded, listed_json = embedded_candidates(read_blobs(root))
    candidates += embedded
    crumbs = _breadcrumbs(root) if _BREADCRUMB.search(text) else ""
    owner = _site_owner(root, text)
    cta = _classify.call_to_action(root, [link.text for link in links])

    content = main_root(root)
    strip_chrome(root, content)
    raw_blocks: list[Block] = []
    walk(content, raw_blocks)
    blocks = kept_blocks(raw_blocks)
    sections = group_sections(blocks)
    heading = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "")
    heading = heading or next((b.text for b in blocks if b.kind == "heading" and b.level <= 3), "")

    if heading:
        candidates.append(Candidate("title", heading, "html:h1", heading))
    marked = markup_candidates(content)
    struck = tuple(c.text for c in marked if c.field == "price_was_text")
    candidates += marked
    candidates += block_candidates(blocks, struck)
    if crumbs:
        candidates.append(Candidate("category_text", crumbs, "html:breadcrumb", crumbs))
    candidates += _head_candidates(head.meta, head.title, "\n".join(b.text for b in blocks[:40]), owner)
    home = _home_link_text(links, page_url)
    if home:
        candidates.append(Candidate("provider", home, "html:home-link", home))
    first_para = next((b.text for b in blocks if b.kind == "para" and len(b.text) >= 80), None)
    if first_para:
        candidates.append(Candidate("description", first_para, "html:first-paragraph", first_para))
    if page_url != url:
        candidates.append(Candidate("fetched_url", url, "fetch", url))

    signals = _classify.collect(page_url, heading, [node_types(n) for n in nodes], content, blocks,
                                candidates, listed_json, head.meta, cta)
    kind, reasons = _classify.classify(signals)
    title = next((str(c.value) for c in candidates if c.field == "title" and c.value), None)
    page_text = "\n".join(
        f"{s.heading}\n{s.text}".strip() if s.heading else s.text for s in sections
    )
    return ExtractedPage(
        url=page_url, title=title, text=page_text, sections=sections, candidates=candidates,
        structured=nodes, links=links, kind=kind, kind_reasons=reasons,
    )


_COPYRIGHT = re.compile(r"(?:©|&copy;|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                        r"([A-Z][^.|·•\n]{2,80}?)(?:\.|,|\s+all rights|\s*[|·•]|$)", re.IGNORECASE)


_BREADCRUMB = re.compile("breadcrumb", re.IGNORECASE)


def _site_owner(root: Any, html: str) -> list[Candidate]:
    """Who runs the site: the logo's alt text, then the copyright holder (read before chrome goes)."""
    out: list[Candidate] = []
    for img in root.xpath("//img[@alt]")[:30]:
        marks = f"{img.get('class') or ''} {img.get('id') or ''} {img.get('src') or ''}".lower()
        alt = one_line(img.get("alt") or "")
        if ("logo" in marks or "banner" in marks or "brand" in marks) and 3 < len(alt) <= 100:
            name = re.sub(r"\s+(logo|home)$", "", alt, flags=re.IGNORECASE)
            out.append(Candidate("provider", name, "html:logo-alt", alt))
            break
    if "©" not in html and "&copy;" not in html and "opyright" not in html:
        return out
    for text in root.xpath("//footer//text()|//*[contains(@class,'copyright')]//text()|"
                           "//body//text()[contains(., '©') or contains(., 'opyright')]")[-20:]:
        match = _COPYRIGHT.search(one_line(str(text)))
        if match and not match.group(1).lower().startswith(("all rights", "by ")):
            name = re.sub(r"\s+\d{4}(\s*[-–]\s*\d{4})?$", "", match.group(1).strip())
            out.append(Candidate("provider", name, "html:copyright", one_line(str(text))))
            break
    return out


def _home_link_text(links: list, url: str) -> str | None:
    """The text of the link to the site's home page, when it is a name rather than "Home"."""
    origin = url.split("/", 3)
    home = "/".join(origin[:3]) + "/"
    for link in links:
        if link.url.rstrip("/") + "/" == home and link.text and 2 < len(link.text) <= 60 \
                and link.text.lower() not in ("home", "home page", "homepage", "back to home"):
            return link.text
    return None


def _breadcrumbs(root: Any) -> str:
    """The breadcrumb trail as "A > B > C" (read before chrome is stripped), or ""."""
    trails = root.xpath("//*[contains(translate(@class,'BREADCRUMB','breadcrumb'),'breadcrumb') or "
                        "contains(translate(@aria-label,'BREADCRUMB','breadcrumb'),'breadcrumb')]")
    if not trails:
        return ""
    parts = [one_line(t) for t in trails[0].xpath(".//a//text()|.//li//text()|.//span//text()")]
    parts = [p for p in parts if p and p not in (">", "/", "»", "›", "|")]
    deduped = [p for i, p in enumerate(parts) if i == 0 or p != parts[i - 1]]
    return " > ".join(deduped)


def _head_candidates(meta: dict[str, str], title: str, opening: str,
                     owner: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for key, field in (("og:title", "title"), ("twitter:title", "title"), ("og:description", "description"),
                       ("description", "description"), ("og:site_name", "provider"),
                       ("og:image", "image"), ("author", "instructor")):
        if meta.get(key):
            out.append(Candidate(field, meta[key], f"meta:{key}", meta[key]))
    out += owner
    if title:
        own = page_title_part(title, opening, meta.get("og:site_name"))
        out.append(Candidate("title", own, "html:title", title))
        rest = [p for p in _title_parts(title) if p != own]
        if len(rest) == 2 and _CE_UNIT.search(rest[0]):
            # "Course | Continuing Education | Riverbend College": the college's CE unit runs it
            rest = [f"{rest[1]} {rest[0]}"]
        if len(rest) == 1 and len(rest[0]) <= 100:  # "Course | Site": the other part names the site
            out.append(Candidate("provider", rest[0], "html:title-site", title))
    return out


def _title_parts(title: str) -> list[str]:
    parts = [title]
    for sep in _TITLE_SEPARATORS:
        parts = [p.strip() for part in parts for p in part.split(sep) if p.strip()]
    return parts


def page_title_part(title: str, opening: str, site_name: str | None = None) -> str:
    """The page's own part of a ``<title>`` like "Site - Course" or "Course | Site".

    Prefer the part the page's opening text repeats (its heading), then any part that is
    not the site name, then the longest.
    """
    parts = _title_parts(title)
    if len(parts) == 1:
        return parts[0]
    lower = opening.lower()
    shown = [p for p in parts if p.lower() in lower and (not site_name or p.lower() != site_name.lower())]
    if shown:
        return max(shown, key=len)
    others = [p for p in parts if not site_name or site_name.lower() not in p.lower()]
    return max(others or parts, key=len)
