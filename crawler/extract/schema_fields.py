"""Structured-data nodes -> candidates, one small reader per field family.

Course-like nodes (Course, CourseInstance, EducationEvent, Event, Product) give
title, description, provider, prices (one candidate per offer, its name kept so
member/non-member offers stay apart), instructor, dates, duration, credits,
format and category. Sources read ``<syntax>:<Type>.<path>``.
"""

from __future__ import annotations

from typing import Any

from catalog.page import Candidate
from crawler.extract.dom import one_line
from crawler.extract.structured import Node, node_types

COURSE_TYPES = frozenset({
    "Course", "CourseInstance", "EducationEvent", "Event", "BusinessEvent", "SocialEvent",
    "Product", "EducationalOccupationalProgram", "LearningResource", "VideoObject",
})
FORMAT_KEYS = ("courseMode", "eventAttendanceMode", "learningResourceType", "educationalMethod",
               "deliveryMethod", "instructionalMethod")


def _text(value: Any) -> str:
    """A scalar, a name-bearing node, or a list of them, as one line of text."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if isinstance(value, dict):
        for key in ("name", "@value", "value", "text", "url", "@id"):
            if value.get(key) not in (None, ""):
                return _text(value[key])
        return ""
    return one_line(str(value))


def _org_name(value: Any) -> str:
    """An organisation's name; never its address or ``@id`` (a reference the page does not resolve)."""
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("legalName") or value.get("alternateName"))
    text = _text(value)
    return "" if text.startswith(("http://", "https://", "/", "{{", "#")) else text


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def node_candidates(node: Node, prefix: str) -> list[Candidate]:
    """Candidates from one course-like node (``prefix`` like ``jsonld:Course``)."""
    out: list[Candidate] = []

    def add(field: str, value: Any, path: str, text: str | None = None) -> None:
        shown = text if text is not None else _text(value)
        if shown:
            out.append(Candidate(field, value if not isinstance(value, dict | list) else shown,
                                 f"{prefix}.{path}", shown))

    add("title", _text(node.get("name")), "name")
    add("description", _text(node.get("description")), "description")
    for key in ("provider", "organizer", "brand", "seller", "publisher"):
        for org in _as_list(node.get(key)):
            add("provider", _org_name(org), f"{key}.name")
    out.extend(_offer_candidates(node, prefix))
    if node.get("isAccessibleForFree") in (True, "true", "True", "https://schema.org/True"):
        add("price_text", 0, "isAccessibleForFree", "Free (isAccessibleForFree)")
    for key in ("instructor", "performer", "author", "contributor"):
        for person in _as_list(node.get(key)):
            add("instructor", _person_text(person), key)
    for key in ("startDate", "endDate"):
        for value in _as_list(node.get(key)):
            add("start_date" if key == "startDate" else "end_date", _text(value), key)
    for key in ("timeRequired", "duration", "courseWorkload"):
        add("duration_text", _text(node.get(key)), key)
    for key in ("numberOfCredits", "educationalCredentialAwarded", "occupationalCredentialAwarded"):
        for value in _as_list(node.get(key)):
            add("credit_text", _text(value), key, _credit_text(value))
    for key in FORMAT_KEYS:
        add("format_text", _text(node.get(key)), key)
    for location in _as_list(node.get("location")):
        kind = node_types(location) if isinstance(location, dict) else []
        add("format_text", _text(location), "location", "online" if "VirtualLocation" in kind else None)
    for key in ("about", "keywords", "genre", "educationalLevel", "category"):
        add("category_text", _text(node.get(key)), key)
    for value in _as_list(node.get("teaches")):
        add("objective_text", _text(value), "teaches")
    for value in _as_list(node.get("audience")):
        add("audience_text", _text(value), "audience")
    add("image", _text(node.get("image")), "image")
    add("url", _text(node.get("url")), "url")
    for instance in _as_list(node.get("hasCourseInstance")):
        if isinstance(instance, dict):
            out.extend(node_candidates(instance, f"{prefix}.hasCourseInstance"))
    for schedule in _as_list(node.get("courseSchedule")):
        if isinstance(schedule, dict):
            out.extend(node_candidates(schedule, f"{prefix}.courseSchedule"))
    return out


def _person_text(person: Any) -> str:
    if not isinstance(person, dict):
        return _text(person)
    parts = [_text(person.get("name"))]
    for key in ("honorificSuffix", "jobTitle", "hasCredential", "description"):
        value = _text(person.get(key))
        if value:
            parts.append(value)
    return ", ".join(p for p in parts if p)


def _credit_text(value: Any) -> str:
    if isinstance(value, dict):
        number = _text(value.get("value") or value.get("credentialCategory") or value.get("name"))
        unit = _text(value.get("unitText") or value.get("unitCode") or "")
        return one_line(f"{number} {unit}")
    return _text(value)


def _offer_candidates(node: Node, prefix: str) -> list[Candidate]:
    out: list[Candidate] = []
    for offer in _as_list(node.get("offers")):
        if not isinstance(offer, dict):
            continue
        label = _text(offer.get("name") or offer.get("category") or offer.get("eligibleCustomerType"))
        currency = _text(offer.get("priceCurrency"))
        for key in ("price", "lowPrice", "highPrice"):
            if offer.get(key) not in (None, ""):
                price = offer[key]
                words = one_line(f"{label} {price} {currency}")
                out.append(Candidate("price_text", price, f"{prefix}.offers.{key}", words))
        for spec in _as_list(offer.get("priceSpecification")):
            if isinstance(spec, dict) and spec.get("price") not in (None, ""):
                spec_label = _text(spec.get("name") or spec.get("eligibleQuantity")) or label
                words = one_line(f"{spec_label} {spec['price']} {_text(spec.get('priceCurrency')) or currency}")
                out.append(Candidate("price_text", spec["price"], f"{prefix}.offers.priceSpecification.price", words))
    return out


def structured_candidates(nodes: list[Node]) -> list[Candidate]:
    """Candidates from every course-like node, then provider and category hints from the rest."""
    out: list[Candidate] = []
    for node in nodes:
        types = node_types(node)
        kind = next((t for t in types if t in COURSE_TYPES), None)
        if kind:
            out.extend(node_candidates(node, f"{node.get('@syntax', 'jsonld')}:{kind}"))
    for node in nodes:
        types = node_types(node)
        syntax = node.get("@syntax", "jsonld")
        if "Organization" in types or "EducationalOrganization" in types:
            name = _text(node.get("name"))
            if name:
                out.append(Candidate("provider", name, f"{syntax}:Organization.name", name))
        if "BreadcrumbList" in types:
            crumbs = [_text(i.get("name") or i.get("item")) for i in _as_list(node.get("itemListElement")) if isinstance(i, dict)]
            trail = " > ".join(c for c in crumbs if c)
            if trail:
                out.append(Candidate("category_text", trail, f"{syntax}:BreadcrumbList", trail))
    return out
