"""Layer (a): schema.org structured data (JSON-LD, microdata, RDFa) read with extruct.

Every syntax is normalised to plain JSON-LD-like nodes (``{"@type": "Course",
"name": ..., "offers": {...}}``, short type and property names), so one mapper
turns Course / Event / Product / Offer nodes into candidates whose ``source``
names the syntax and path, e.g. ``jsonld:Course.offers.price``.
RDFa needs its own DOM parse, so it only runs when the page has RDFa markup.
"""

from __future__ import annotations

import html
import json
import logging
import re
from typing import Any

from extruct.jsonld import JsonLdExtractor
from extruct.rdfa import RDFaExtractor
from extruct.utils import parse_xmldom_html
from extruct.w3cmicrodata import MicrodataExtractor
from lxml.html import HtmlElement

log = logging.getLogger(__name__)

Node = dict[str, Any]


def short_name(iri: Any) -> str:
    """``https://schema.org/Course`` / ``schema:Course`` -> ``Course``."""
    text = str(iri)
    for sep in ("#", "/", ":"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def node_types(node: Node) -> list[str]:
    """The node's types as short names."""
    types = node.get("@type") or []
    return [short_name(t) for t in (types if isinstance(types, list) else [types])]


def read_structured(root: HtmlElement, text: str, url: str, *, microdata: bool = True, rdfa: bool = True) -> list[Node]:
    """Every top-level structured-data node on the page, each tagged with ``@syntax``.

    ``microdata`` / ``rdfa``: whether the page has the attributes of that syntax (itemscope;
    typeof or vocab): extruct's readers cost much more than knowing there is nothing to read.
    """
    nodes: list[Node] = []
    try:
        for item in JsonLdExtractor().extract_items(root):
            for node in _jsonld_nodes(item):
                nodes.append({**node, "@syntax": "jsonld"})
    except Exception as exc:  # malformed JSON-LD is common; the page is still usable
        log.debug("json-ld unreadable on %s: %s", url, exc)
    if microdata:
        try:
            for item in MicrodataExtractor().extract_items(root, url):
                nodes.append({**_microdata_node(item), "@syntax": "microdata"})
        except Exception as exc:
            log.debug("microdata unreadable on %s: %s", url, exc)
    if rdfa:
        try:
            tree = parse_xmldom_html(text.encode("utf-8"), "utf-8")
            for node in _rdfa_nodes(RDFaExtractor().extract_items(tree, base_url=url), text):
                nodes.append({**node, "@syntax": "rdfa"})
        except Exception as exc:
            log.debug("rdfa unreadable on %s: %s", url, exc)
    return nodes


def _jsonld_nodes(item: Any) -> list[Node]:
    """The nodes of one JSON-LD script, references to other nodes of it (``{"@id": ...}``, as a Yoast
    ``@graph`` writes its publisher) replaced by the nodes they name."""
    found = _top_nodes(item)
    by_id = {n["@id"]: n for n in found if isinstance(n.get("@id"), str) and len(n) > 1}
    return [_short_keys(_resolved(n, by_id, 0)) for n in found] if by_id else [_short_keys(n) for n in found]


def _top_nodes(item: Any) -> list[dict[str, Any]]:
    if isinstance(item, list):
        return [n for sub in item for n in _top_nodes(sub)]
    if not isinstance(item, dict):
        return []
    if "@graph" in item:
        return _top_nodes(item["@graph"])
    return [item]


def _resolved(value: Any, by_id: dict[str, dict[str, Any]], depth: int) -> Any:
    """``value`` with its nested ``{"@id": ...}`` references replaced, four levels deep at most (graphs may cycle)."""
    if depth > 4:
        return value
    if isinstance(value, list):
        return [_resolved(v, by_id, depth) for v in value]
    if not isinstance(value, dict):
        return value
    if depth and set(value) == {"@id"} and value["@id"] in by_id:
        value = by_id[value["@id"]]
    return {key: _resolved(sub, by_id, depth + 1) for key, sub in value.items()}


def _short_keys(value: Any) -> Any:
    if isinstance(value, dict):
        out = {}
        for key, sub in value.items():
            name = key if key.startswith("@") else short_name(key)
            out[name] = _short_keys(sub)
        if "@type" in out:
            out["@type"] = [short_name(t) for t in out["@type"]] if isinstance(out["@type"], list) else short_name(out["@type"])
        return out
    if isinstance(value, list):
        return [_short_keys(v) for v in value]
    return value


def _microdata_node(item: dict[str, Any]) -> Node:
    node: Node = {}
    types = item.get("type")
    if types:
        node["@type"] = [short_name(t) for t in types] if isinstance(types, list) else short_name(types)
    for key, value in (item.get("properties") or {}).items():
        node[key] = _microdata_value(value)
    return node


def _microdata_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_microdata_value(v) for v in value]
    if isinstance(value, dict) and ("properties" in value or "type" in value):
        return _microdata_node(value)
    return value


def _rdfa_nodes(graph: Any, document: str) -> list[Node]:
    """Expanded RDFa JSON-LD (flat, ``@id`` references) -> nested nodes from the roots, in the page's order.

    RDFa comes back through an RDF graph, a set: its nodes, types and repeated values arrive in a different order
    on every run. They are put back in the order the page's source shows them (``document``), so a page always
    gives the same record."""
    if not isinstance(graph, list):
        return []
    by_id = {n.get("@id"): n for n in graph if isinstance(n, dict) and "@type" in n}
    referenced = {
        ref.get("@id")
        for n in by_id.values()
        for key, values in n.items()
        if not key.startswith("@") and isinstance(values, list)
        for ref in values
        if isinstance(ref, dict) and "@id" in ref
    }
    roots = [_rdfa_node(n, by_id, 0, document) for i, n in by_id.items() if i not in referenced]
    return sorted(roots, key=lambda node: _source_order(node, document))


def _rdfa_node(node: dict[str, Any], by_id: dict[Any, Any], depth: int, document: str) -> Node:
    out: Node = {"@type": sorted(short_name(t) for t in node.get("@type", []))}
    for key in sorted(node):
        if key.startswith("@"):
            continue
        values = node[key]
        resolved = []
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, dict) and "@value" in value:
                resolved.append(value["@value"])
            elif isinstance(value, dict) and value.get("@id") in by_id and depth < 5:
                resolved.append(_rdfa_node(by_id[value["@id"]], by_id, depth + 1, document))
            elif isinstance(value, dict) and "@id" in value:
                resolved.append(value["@id"])
        if len(resolved) > 1:
            resolved.sort(key=lambda value: _source_order(value, document))
        out[short_name(key)] = resolved[0] if len(resolved) == 1 else resolved
    return out


def _source_order(value: Any, document: str) -> tuple[int, str]:
    """Where a value shows in the page's source, by its longest literal found there (a name or a description: short
    ones such as "79.00" also show in summaries above), the end when none is; then its JSON, so that the order never
    depends on the run."""
    at = next((found for literal in sorted(_literals(value), key=len, reverse=True)
               if (found := document.find(literal)) >= 0), len(document))
    return at, json.dumps(value, sort_keys=True, default=str)


def _literals(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [literal for key, item in value.items() if key != "@type" for literal in _literals(item)]
    if isinstance(value, list):
        return [literal for item in value for literal in _literals(item)]
    return [value.strip()] if isinstance(value, str) and len(value.strip()) > 1 else []


_ITEM_TYPES = frozenset({"Course", "CourseInstance", "Event", "EducationEvent", "BusinessEvent", "Product"})
# (and links: a related-courses card naming that other course is no mention of it as this page's)
_LD_SCRIPT_OR_LINK = re.compile(r"<script[^>]*ld\+json.*?</script>|<a\b[^>]*>.*?</a>", re.I | re.S)
_WORD = re.compile(r"[^\W_]{3,}")
_NOT_A_NAME_WORD = frozenset({"the", "and", "for", "with", "live", "webinar", "course", "online", "workshop", "class"})


def without_stale_item(nodes: list[Node], document: str, names: str) -> list[Node]:
    """The nodes less a lone JSON-LD item that names another course (a single-page app's head left from another route:
    "Anaphylaxis in the Clinic ..." over a lab's page): most of its name's words are in none of the page's own names
    (``names``: its <title>, og:title and <h1>), and the page shows its name only in links, if at all."""
    items = [n for n in nodes if n.get("@syntax") == "jsonld" and isinstance(n.get("name"), str)
             and _ITEM_TYPES.intersection(node_types(n))]
    if len(items) != 1:
        return nodes
    words = {w for w in _WORD.findall(items[0]["name"].lower()) if w not in _NOT_A_NAME_WORD}
    own = set(_WORD.findall(names.lower())) - _NOT_A_NAME_WORD
    # (a page that names itself too little to tell, "<h1>Register today!</h1>", keeps its data's name)
    if len(words) < 3 or len(own) < 3 or len(words & own) * 2 >= len(words):
        return nodes
    name = _plain(items[0]["name"])[:30]
    return nodes if name in _plain(html.unescape(_LD_SCRIPT_OR_LINK.sub(" ", document))) else [
        n for n in nodes if n is not items[0]]


def _plain(text: str) -> str:
    """Letters and digits only, lower-cased: "Lunch & Learn: Law – Update" as "lunchlearnlawupdate"."""
    return re.sub(r"[\W_]+", "", text.lower())
