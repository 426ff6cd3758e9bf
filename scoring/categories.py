"""AAMA category: a stated split ("1 clinical, 0.5 general") wins; else inference from topics.

Inference uses the configurable topic map (``scoring/data/topic_map.yaml``, from the
AAMA Content Outline, DOMAIN.md section 3) and keeps the words that decided it. Words
in the title weigh three times words in the body; a category must clearly lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from catalog.models import CATEGORIES

TOPIC_MAP_PATH = Path(__file__).parent / "data" / "topic_map.yaml"
_CAT = r"(administrative|admin|clinical|general)"
_NUM = r"(\d{1,2}(?:\.\d{1,2})?|\.\d{1,2})"
_SPLIT_FORWARD = re.compile(_NUM + r"\s*(?:AAMA\s+)?(?:CEUs?\s+|points?\s+|credits?\s+|hours?\s+)?(?:in\s+|of\s+)?" + _CAT + r"\b(?!\s+(?:skills|practice|knowledge))", re.I)
_SPLIT_REVERSE = re.compile(r"\b" + _CAT + r"\s*(?:CEUs?|points?|credits?|hours?)?\s*[:=(\-–]\s*" + _NUM + r"\b", re.I)
_SINGLE = re.compile(
    r"\b(?:AAMA\s+)?(?:CEU\s+)?(?:content\s+)?categor(?:y|ies)\s*(?:is|:|-|–)?\s*" + _CAT + r"\b(?!\s*[,/&]\s*(?:administrative|clinical|general))"
    r"|\b" + _CAT + r"\s+(?:CEUs?|credits?|category|points?)\b"
    r"|\bCEUs?\b[^.\n]{0,20}?[—–\-,(]\s*" + _CAT + r"\b(?!\s*[,/&]\s*(?:administrative|clinical|general))",
    re.I,
)
_NOT_CATEGORY = re.compile(r"general (?:public|knowledge|information|admission|questions|surgery|practice|practitioners?|medicine|anesthesia)|clinical (?:skills|practice|setting|staff|trial)", re.I)


@dataclass
class CategoryInfo:
    """The course's AAMA category, how it was decided, and the deciding words."""

    category: str | None = None
    by_category: dict[str, float] | None = None
    how: str | None = None  # stated | stated-single | inferred
    evidence: str | None = None
    words: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


def _norm(cat: str) -> str:
    cat = cat.lower()
    return "administrative" if cat == "admin" else cat


def parse_split(text: str) -> tuple[dict[str, float], str] | None:
    """A stated split of credits across categories, with the words, or None."""
    if not text:
        return None
    for pattern, cat_group, num_group in ((_SPLIT_FORWARD, 2, 1), (_SPLIT_REVERSE, 1, 2)):
        split: dict[str, float] = {}
        spans = []
        for match in pattern.finditer(text):
            if _NOT_CATEGORY.match(text, match.start(cat_group)):
                continue
            value = float(match.group(num_group))
            if value <= 0 or value > 100:
                continue
            cat = _norm(match.group(cat_group))
            split[cat] = split.get(cat, 0.0) + value
            spans.append((match.start(), match.end()))
        if split and (len(split) > 1 or _close(spans)):
            start, end = spans[0][0], spans[-1][1]
            return split, _around(text, start, end)
    return None


def _close(spans: list[tuple[int, int]]) -> bool:
    return len(spans) == 1


def _around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(sep, 0, start) for sep in (". ", "\n", "|"))
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(sep, end) for sep in (". ", "\n", "|")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def parse_single(text: str) -> tuple[str, str] | None:
    """A stated single category ("Category: Clinical", "general CEUs"), with the words."""
    if not text:
        return None
    for match in _SINGLE.finditer(text):
        raw = next(g for g in match.groups() if g)
        if _NOT_CATEGORY.search(text, match.start(), match.end() + 20):
            continue
        return _norm(raw), _around(text, match.start(), match.end())
    return None


@lru_cache(maxsize=4)
def load_topic_map(path: str | None = None) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The topic map as one compiled pattern and keyword -> (category, topic)."""
    source = Path(path) if path else TOPIC_MAP_PATH
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    lookup: dict[str, tuple[str, str]] = {}
    prefixes: list[tuple[str, str, str]] = []
    alternatives = []
    for category, topics in data.items():
        if category not in CATEGORIES:
            continue
        for topic, words in (topics or {}).items():
            for word in words or []:
                word = str(word).strip()
                if word.endswith("*"):
                    stem = word[:-1].lower()
                    prefixes.append((stem, category, topic))
                    alternatives.append(re.escape(word[:-1]) + r"[\w-]*")
                else:
                    lookup[word.lower()] = (category, topic)
                    alternatives.append(re.escape(word))
    alternatives.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)
    for stem, category, topic in prefixes:
        lookup.setdefault("*" + stem, (category, topic))
    return pattern, lookup


def _lookup(word: str, lookup: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    key = word.lower()
    if key in lookup:
        return lookup[key]
    for size in range(len(key), 1, -1):
        hit = lookup.get("*" + key[:size])
        if hit:
            return hit
    return None


def infer(title: str, body: str) -> CategoryInfo:
    """Category from the topic words of the title (x3) and body; None without a clear lead.

    Each distinct word counts once per part; a tie in the title goes to the first
    subject named ("Nutrition Basics for Patient Education" is about nutrition).
    """
    pattern, lookup = load_topic_map()
    scores = dict.fromkeys(CATEGORIES, 0.0)
    words: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    topics: list[str] = []
    first_in_title: str | None = None
    for weight, text in ((3.0, title or ""), (1.0, body or "")):
        seen: dict[str, int] = {}
        for match in pattern.finditer(text):
            word = match.group(0).lower()
            hit = _lookup(word, lookup)
            # a title word counts once; a body word at most twice
            if hit is None or seen.get(word, 0) >= (1 if weight > 1 else 2):
                continue
            seen[word] = seen.get(word, 0) + 1
            category, topic = hit
            scores[category] += weight
            if weight > 1 and first_in_title is None:
                first_in_title = category
            if match.group(0) not in words[category]:
                words[category].append(match.group(0))
            if topic not in topics:
                topics.append(topic)
    ranked = sorted(scores.items(), key=lambda kv: (kv[1], kv[0] == first_in_title), reverse=True)
    (best, top), (_second, runner) = ranked[0], ranked[1]
    info = CategoryInfo(topics=topics)
    if top >= 2 and (top >= 1.5 * runner or (top == runner and best == first_in_title)):
        info.category, info.how = best, "inferred"
        info.words = words[best][:8]
        info.evidence = ", ".join(info.words)
    return info
