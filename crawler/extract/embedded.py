"""Layer (b): course data embedded as JSON in the page (``__NEXT_DATA__``, JSON script blobs).

Single-page apps ship their data as JSON; the course object inside is found by
shape, not by site: the object with a title-like key and the most course-field
keys (price, credits, instructor...). Its keys are mapped to candidate fields by
their names, and the humanised key is kept in the text ("member price: 45",
"contact hours: 2") because the key often carries the unit or the audience.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from catalog.page import Candidate
from crawler.extract.blocks import Block
from crawler.extract.dom import one_line

KEY_FIELDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"^(title|name|course name|course title|headline)$", "title"),
        (r"(credit|ceu|contact hour|cme|\bpoints?\b)", "credit_text"),
        (r"(price|cost|\bfees?\b|tuition|amount)", "price_text"),
        (r"(instructor|presenter|speaker|faculty|author|teacher|trainer)", "instructor"),
        (r"(aama|approv|accredit)", "aama_text"),
        (r"(description|summary|overview|abstract|excerpt)", "description"),
        (r"((?<!date )(?<!time )(?<!number )format|delivery|modality|\bmode\b|course type|location|venue)", "format_text"),
        (r"(categor|topic|subject|\btags?\b)", "category_text"),
        (r"\bend (?:date|time)\b|^ends?(?: at)?$", "end_date"),  # (an app's "endDate" beside its "startDate")
        (r"(start|\bdates?\b|schedule|session)", "start_date"),
        (r"(duration|length|time required|minutes|hours)", "duration_text"),
        (r"(objective|outcome|you will learn|learning)", "objective_text"),
        (r"(provider|organi[sz]ation|organi[sz]er|vendor|publisher)", "provider"),  # (a sponsor pays; it does not teach)
        (r"(image|thumbnail|photo)", "image"),
    )
)
_PAST_KEY = re.compile(r"^(?:former|previous|prior|past|old|expired|lapsed)\b")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_ASSIGNED_JSON = re.compile(r"=\s*(\{.*\})\s*;?\s*$", re.DOTALL)


def humanise(key: str) -> str:
    """``memberPrice`` / ``contact_hours`` -> ``member price`` / ``contact hours``."""
    return " ".join(_CAMEL.sub(" ", key).replace("_", " ").replace("-", " ").lower().split())


@lru_cache(maxsize=16384)
def field_for_key(key: str) -> str | None:
    """The candidate field a JSON key most likely holds, or None (cached: a site's keys repeat on every page)."""
    words = humanise(key)
    if _PAST_KEY.match(words):  # ("formerCredits": what an expired approval gave, not what the course gives now)
        return None
    for pattern, name in KEY_FIELDS:
        if pattern.search(words):
            return name
    return None


_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/ecmascript", "application/ecmascript"})


def read_blobs(scripts: list[HtmlElement]) -> list[tuple[str, Any]]:
    """(name, parsed JSON) for every embedded JSON blob (of the page's ``scripts``) that parses."""
    blobs: list[tuple[str, Any]] = []
    for script in scripts:
        kind = (script.get("type") or "").lower()
        body = script.text or ""
        if not body.strip() or kind == "application/ld+json":
            continue
        name = "next_data" if script.get("id") == "__NEXT_DATA__" else f"json:{script.get('id') or 'script'}"
        try:
            # (a data island under a type of its own: Ember FastBoot's "fastboot/shoebox", a "text/x-data" block)
            if kind == "qwik/json":  # Qwik's state: objects name their values by index into "objs"
                blobs.append((name, _qwik_objects(json.loads(body))))
            elif kind.endswith("json") or (kind not in _SCRIPT_TYPES and body.lstrip()[:1] in ("{", "[")):
                blobs.append((name, json.loads(body)))
            elif "__" in body[:200] and (match := _ASSIGNED_JSON.search(body.strip()[:2_000_000])):
                blobs.append(("js_state", json.loads(match.group(1))))
        except ValueError:
            continue
    return blobs


_PROPS_HOLDERS = etree.XPath("//*[@data-page or @data-react-props or @data-props]")


def attribute_blobs(root: HtmlElement) -> list[tuple[str, Any]]:
    """(name, parsed JSON) of the page data an app keeps in its root element's attribute: Inertia.js's ``<div id="app"
    data-page="{...}">``, react_on_rails' ``data-react-props``, a component's ``data-props``."""
    blobs: list[tuple[str, Any]] = []
    for holder in _PROPS_HOLDERS(root):
        for key in ("data-page", "data-react-props", "data-props"):
            value = (holder.get(key) or "").strip()
            if value[:1] in ("{", "["):
                try:
                    blobs.append((f"json:{key}", json.loads(value)))
                except ValueError:
                    continue
    return blobs


_QWIK_REF = re.compile(r"[0-9a-z]+")


def _qwik_objects(state: Any) -> Any:
    """Qwik's serialised state with each object's references resolved: ``{"title": "7", "fee": "8"}`` names
    ``objs[7]`` and ``objs[8]`` (base-36 indexes); what is not a Qwik state is returned as it is."""
    objs = state.get("objs") if isinstance(state, dict) else None
    if not isinstance(objs, list):
        return state

    def resolve(value: Any, depth: int) -> Any:
        if isinstance(value, str) and _QWIK_REF.fullmatch(value) and int(value, 36) < len(objs):
            value = objs[int(value, 36)]
            if isinstance(value, (dict, list)) and depth < 4:
                return resolve_all(value, depth + 1)
        return value

    def resolve_all(value: Any, depth: int) -> Any:
        if isinstance(value, dict):
            return {key: resolve(sub, depth) for key, sub in value.items()}
        if isinstance(value, list):
            return [resolve(sub, depth) for sub in value]
        return value

    return {"objs": [resolve_all(obj, 0) if isinstance(obj, dict) else obj for obj in objs[:500]]}


def _score(obj: dict[str, Any]) -> int:
    fields = {field_for_key(k) for k in obj if isinstance(k, str)}
    if "title" not in fields:
        return 0
    return len(fields & {"price_text", "credit_text", "instructor", "description", "format_text",
                         "aama_text", "duration_text", "objective_text", "start_date"})


# a list of what is sold for the course (Givebutter's "tickets", a product's "variants", "offers", "tiers"): each entry's
# name and price are a ticket's ("General admission", 7000), never the course's
_OFFER_LIST = re.compile(r"(?:^|\.)(?:tickets?|ticket_?types|offers|tiers|variants|price_?levels|pricing_?options|plans)\[\d+\]$",
                         re.I)


# the site's or its owner's settings ("site": {"name": ..., "date_format": ..., "cart_hold_minutes": 20}): a name
# with keys that look like fields, never the course
_SETTINGS_OBJECT = re.compile(r"(?:^|\.)(?:site|organi[sz]ation|org|tenant|config|settings|theme|account|user|customer|"
                              r"store|shop|app|locale|i18n)$", re.I)


def _walk(value: Any, path: str, found: list[tuple[int, str, dict[str, Any]]], depth: int = 0) -> None:
    if depth > 12:
        return
    if isinstance(value, dict):
        value = _flattened_jsonapi(value)
        score = _score(value)
        if score and not _OFFER_LIST.search(path) and not _SETTINGS_OBJECT.search(path):
            found.append((score, path, value))
        for key, sub in value.items():
            _walk(sub, f"{path}.{key}" if path else str(key), found, depth + 1)
    elif isinstance(value, list):
        for index, sub in enumerate(value[:500]):
            _walk(sub, f"{path}[{index}]", found, depth + 1)


def _titled(obj: dict[str, Any]) -> bool:
    """True when the object's title key holds words (not a schema's description of the field)."""
    return any(isinstance(value, str) and value.strip() for key, value in obj.items()
               if isinstance(key, str) and field_for_key(key) == "title")


def _as_text(value: Any) -> str:
    if isinstance(value, dict) and value and set(value) <= {"__ref", "$ref", "__typename", "id"} and (
            "__ref" in value or "$ref" in value):
        return ""  # a normalised cache's pointer to another record ({"__ref": "Organizer:178245"}), no words of its own
    if isinstance(value, dict):
        for key in ("name", "title", "label", "value", "text", "amount", "url"):
            if key in value and not isinstance(value[key], dict | list):
                return one_line(str(value[key]))
        return "; ".join(f"{humanise(k)}: {_as_text(v)}" for k, v in value.items() if _as_text(v))
    if isinstance(value, list):
        return "; ".join(t for t in (_as_text(v) for v in value) if t)
    if value is None or isinstance(value, bool) and not value:
        return ""
    return one_line(_plain(value) if isinstance(value, str) else str(value))


_MARKUP = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")


def _plain(value: str) -> str:
    """A string's words without its HTML markup (an app's "summary-html"), read as text, never rendered."""
    if not _MARKUP.search(value):
        return value
    try:
        return lxml.html.fragment_fromstring(value, create_parent="div").text_content()
    except (etree.ParserError, ValueError):
        return _MARKUP.sub(" ", value)


def _object_candidates(obj: dict[str, Any], source: str, depth: int = 0,
                       parent_field: str | None = None) -> list[Candidate]:
    out: list[Candidate] = []
    for key, value in obj.items():
        name = field_for_key(str(key))
        if depth and name in ("title", "description", "image") and parent_field:
            name = parent_field  # seller.name is the provider, instructor.name the instructor
        if name is None:
            # (not a payment plan's: "installments": {"provider": "affirm", ...} names the lender, no provider of the course)
            if isinstance(value, dict) and depth < 1 and not _PAYMENT_PLAN.search(humanise(str(key))):
                out.extend(_object_candidates(value, f"{source}.{key}", depth + 1, _owner_field(str(key))))
            continue
        label = humanise(str(key))
        if label.endswith(" cents") and isinstance(value, int) and not isinstance(value, bool):
            label, value = label.removesuffix(" cents"), f"${value / 100:.2f}"  # "priceCents": 4800 is $48.00
        text = _as_text(value)
        if not text:
            continue
        shown = text if name in ("title", "description", "image") else f"{label}: {text}"
        raw = value if isinstance(value, str | int | float) and not isinstance(value, bool) else text
        out.append(Candidate(name, raw, f"{source}.{key}", shown))
    return out


_PAYMENT_PLAN = re.compile(r"\b(?:instal?lments?|payments?|payment plan|financing|checkout)\b")


def _owner_field(key: str) -> str | None:
    """The field a nested object's name belongs to: ``seller`` -> provider, ``host`` -> instructor."""
    words = humanise(key)
    if re.search(r"(seller|vendor|merchant|provider|organi[sz]|publisher|sponsor|brand|partner)", words):
        return "provider"
    if re.search(r"(instructor|presenter|speaker|faculty|author|teacher|trainer|host)", words):
        return "instructor"
    return None


def _flattened_jsonapi(document: dict[str, Any]) -> dict[str, Any]:
    """A JSON:API document (Ember Data, Rails APIs) with its ``data`` as plain objects: each resource ``{"type", "id",
    "attributes", "relationships"}`` becomes its attributes, with each related resource the document ``included`` put in
    its place (``"author": {"name": "Samuel Ferreira-Quint", "credentials": "PharmD, CACP"}``); any other object as it is."""
    if "data" not in document or not (isinstance(document.get("included"), list) or _is_resource(document["data"])):
        return document
    index = {(r.get("type"), r.get("id")): r for r in document.get("included") or [] if isinstance(r, dict)}
    return {**{k: v for k, v in document.items() if k not in ("data", "included")}, "data": _resource(document["data"], index)}


def _is_resource(data: Any) -> bool:
    """A JSON:API resource, or a list of them (``{"type": "courses", "id": "157", "attributes": {...}}``)."""
    first = data[0] if isinstance(data, list) and data else data
    return isinstance(first, dict) and isinstance(first.get("attributes"), dict) and "type" in first


def _resource(data: Any, index: dict[tuple[Any, Any], dict[str, Any]], depth: int = 0) -> Any:
    """One JSON:API resource as its attributes, its related resources (two levels at most) in place of their links."""
    if isinstance(data, list):
        return [_resource(item, index, depth) for item in data]
    if not isinstance(data, dict) or not isinstance(data.get("attributes"), dict):
        return data
    out = dict(data["attributes"])
    for name, link in (data.get("relationships") or {}).items():
        target = link.get("data") if isinstance(link, dict) else None
        refs = target if isinstance(target, list) else [target]
        found = [index[key] for r in refs if isinstance(r, dict) and (key := (r.get("type"), r.get("id"))) in index]
        if found and name not in out and depth < 2:
            resolved = [_resource(r, index, depth + 1) for r in found]
            out[name] = resolved if isinstance(target, list) else resolved[0]
    return out


_SLUG_KEYS = ("slug", "handle", "permalink", "path", "url")


def _names_the_page(obj: dict[str, Any], leaf: str) -> bool:
    """True when the object's slug or address is the page's own (``"slug": "bp-bootcamp"`` on ``/p/bp-bootcamp``)."""
    return bool(leaf) and any(isinstance(obj.get(key), str) and obj[key].rstrip("/").rsplit("/", 1)[-1] == leaf
                              for key in _SLUG_KEYS)


def embedded_candidates(blobs: list[tuple[str, Any]], url: str = "") -> tuple[list[Candidate], int, dict[str, Any] | None]:
    """Candidates from the most course-like embedded object, how many course-like objects sit in lists,
    and that object itself (None when no object is course-like). An object whose slug is the page's
    address (a store's state lists every product; the page shows one) goes first whatever its score."""
    leaf = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] if url else ""
    best: tuple[int, str, dict[str, Any]] | None = None
    own: tuple[int, str, dict[str, Any]] | None = None
    listed = 0
    for name, data in blobs:
        found: list[tuple[int, str, dict[str, Any]]] = []
        _walk(data, "", found)
        in_lists = [score for score, path, _ in found if score >= 2 and path.endswith("]")]
        alone = [score for score, path, _ in found if score >= 2 and not path.endswith("]")]
        # one course object outside any list, as course-like as the listed ones: the page's course, and
        # the lists are its related courses ("pageProps.course" beside "pageProps.related[]"); a list that holds
        # the page itself is the site's index of every page (a static site's search index), no listing of this one
        own_listed = any(path.endswith("]") and _names_the_page(obj, leaf) for _, path, obj in found)
        if not (alone and in_lists and max(alone) >= max(in_lists)) and not own_listed:
            listed += len(in_lists)
        for entry in found:
            candidate = (entry[0], f"{name}:{entry[1]}" if entry[1] else name, entry[2])
            # (at the same score, an object of its own over a list's entry: "sessionDetail" beside "agenda.list[0]")
            # (not a schema's field list: "schema": {"title": {"type": "string"}, ...})
            if best is None or candidate[0] > best[0] or (
                    candidate[0] == best[0] and best[1].endswith("]") and not candidate[1].endswith("]")
                    and _titled(candidate[2])):
                best = candidate
            if (own is None or candidate[0] > own[0]) and _names_the_page(entry[2], leaf):
                own = candidate
    best = own or best  # (when the page's own object is too thin to read, another product does not speak for it)
    if best is None or best[0] < 2:
        return [], listed, None
    if own is None and listed >= 2 and best[1].endswith("]"):  # one of a list's courses: the page lists them
        return [], listed, None
    return _object_candidates(best[2], best[1]), listed, best[2]


def rendered_blocks(course: dict[str, Any]) -> list[Block]:
    """What a client-side app would show for its course object, as blocks: the title as the heading,
    each list (objectives, modules) as items under its humanised key, each value as "key: value".

    For an empty app shell (``<div id="root"></div>``) whose every fact is in the JSON."""
    title = next((_as_text(v) for k, v in course.items() if field_for_key(str(k)) == "title" and _as_text(v)), "")
    blocks = [Block("heading", title, 1)] if title else []
    for key, value in course.items():
        name, label = field_for_key(str(key)), humanise(str(key)).capitalize()
        if name == "title" or name == "image" or isinstance(value, bool) or value is None:
            continue
        if isinstance(value, list) and value and all(isinstance(v, str | dict) for v in value):
            items = [t for t in (_as_text(v) for v in value[:50]) if t]
            if items:
                blocks.append(Block("heading", label, 2))
                blocks += [Block("li", item) for item in items]
        elif name == "description" and isinstance(value, str):
            blocks.append(Block("heading", label, 2))
            blocks.append(Block("para", one_line(_plain(value))))
        elif (text := _shown(value)) and len(text) <= 400 and humanise(str(key)) not in _NOT_SHOWN:
            blocks.append(Block("para", f"{label}: {text}", label=label, value=text))
    return blocks


_NOT_SHOWN = frozenset({"id", "slug", "url", "uuid", "sku", "handle", "unit", "currency", "type", "code", "key"})


def _shown(value: Any) -> str:
    """A value as an app would print it: an object by its display text or name, then its other words
    ({"name": "Devin Marsh", "credentials": "MHA, CMPE"} -> "Devin Marsh, MHA, CMPE")."""
    if not isinstance(value, dict):
        return _as_text(value)
    first = next((one_line(str(value[k])) for k in ("display", "label", "name", "title", "text")
                  if isinstance(value.get(k), str) and value[k].strip()), "")
    rest = [one_line(v) for k, v in value.items() if isinstance(v, str) and v.strip() and one_line(v) != first
            and humanise(str(k)) not in _NOT_SHOWN and not v.startswith(("http", "/"))]
    if not first:
        rest += [str(v) for k, v in value.items() if isinstance(v, int | float) and not isinstance(v, bool)
                 and humanise(str(k)) not in _NOT_SHOWN]
    return ", ".join([first, *rest] if first else rest)


def variation_prices(forms: list[HtmlElement]) -> list[Candidate]:
    """A store's variable product (WooCommerce's ``data-product_variations`` on its cart form): one price line
    per option, named by the option ("Packet Club member: $18.00", "Non-member: $26.00")."""
    found: list[Candidate] = []
    for form in forms:
        raw = form.get("data-product_variations")
        if not raw or not raw.startswith("["):
            continue
        try:
            variations = json.loads(raw)
        except ValueError:
            continue
        for variation in variations if isinstance(variations, list) else []:
            if not isinstance(variation, dict) or not isinstance(variation.get("display_price"), int | float):
                continue
            attributes = variation.get("attributes")
            name = " / ".join(str(v) for v in attributes.values() if v) if isinstance(attributes, dict) else ""
            if name:
                line = f"{one_line(name)}: ${float(variation['display_price']):.2f}"
                found.append(Candidate("price_text", line, "html:product-variation", line))
    return found
