"""AAMA category: a stated split ("1 clinical, 0.5 general") wins; else inference from topics.

Inference uses the configurable topic map (``scoring/data/topic_map.yaml``, from the
AAMA Content Outline, DOMAIN.md section 3) and keeps the words that decided it. Words
in the title weigh three times words in the body; a category must clearly lead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from catalog.models import CATEGORIES
from scoring.credits import FRACTION, VULGAR, fraction_value

TOPIC_MAP_PATH = Path(__file__).parent / "data" / "topic_map.yaml"
# ("1.0 Admin / 0.5 Gen", "1.0 Clin"; Spanish: "2.0 administrativas y 1.0 generales")
_CAT = r"(administrative|admin|adm|clinical|clin|general|gen|administrativ[oa]s?|cl[ií]nic[oa]s?|generales)(?![a-z])"
_NUM = r"(" + FRACTION + r"|\d{1,2}(?:\.\d{1,2})?|\.\d{1,2})"  # ("½ Clinical, ½ General")
# "2 general, 3 clinical"; "1.0 CEU of which 0.5 is clinical and 0.5 is general" (AAMA's own wording), "one (1.0)
# clinical", but not "Module 2 is clinical"
_SPLIT_FORWARD = re.compile(r"(?<!module )(?<!lesson )(?<!session )(?<!part )(?<!day )(?<!week )(?<!unit )(?<!step )(?<![\d.])"
                            + _NUM + r"\)?\s*(?:AAMA\s+)?(?:CEUs?\s+|points?\s+|credits?\s+|hours?\s+)?(?:in\s+|of\s+|is\s+|are\s+)?"
                            + _CAT + r"\b(?!\s+(?:skills|practice|knowledge))", re.I)
_SPLIT_REVERSE = re.compile(r"\b" + _CAT + r"\s*(?:CEUs?|points?|credits?|hours?)?\s*[:=(\-–]\s*" + _NUM + r"\b", re.I)
# "(Administrative 2.0 / Clinical 3.0 / General 2.0)": a decimal amount after the category needs no separator
_SPLIT_DECIMAL = re.compile(r"\b" + _CAT + r"\s+(\d{1,2}\.\d{1,2})\b", re.I)
_SINGLE = re.compile(
    r"\b(?:AAMA\s+)?(?:CEU\s+)?(?:content\s+)?categor(?:y|ies)\s*(?:is|:|-|–)?\s*" + _CAT + r"\b(?!\s*[,/&]\s*(?:administrative|clinical|general))"
    r"|\bcategor[ií]a\s*:?\s*(?P<es>cl[ií]nic[ao]|administrativ[ao]|general)\b"
    r"|\b" + _CAT + r"\s+(?:CEUs?|credits?|category|points?|content area)\b"
    # a badge over the title ("General CE · Course", a community's space of general CE)
    r"|^\W*" + _CAT + r"\s+CE\s*(?:[·•|]|$)"
    r"|\b(?:CEUs?|credits?|contact hours?)\b[^.\n]{0,25}?[—–\-,(·•|]\s*" + _CAT + r"\b(?!\s*[,/&]\s*(?:administrative|clinical|general))",
    re.I,
)
_CREDIT_WORD = re.compile(r"\b(?:CEUs?|credits?|points?|contact hours?|hours?)\b", re.I)
_NOT_CATEGORY = re.compile(r"general (?:public|knowledge|information|admission|questions|surgery|practice|practitioners?|medicine|anesthesia)|clinical (?:skills|practice|setting|staff|trial)", re.I)


@dataclass
class CategoryInfo:
    """The course's AAMA category, how it was decided, and the deciding words."""

    category: str | None = None
    by_category: dict[str, float] | None = None
    how: str | None = None  # stated | stated-single | inferred
    leaning: str | None = None  # with no clear lead, the category with most topic words (first named on a tie)
    evidence: str | None = None
    words: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


_SPANISH = {"clinica": "clinical", "clinico": "clinical", "administrativa": "administrative",
            "administrativo": "administrative"}


def _norm(cat: str) -> str:
    cat = cat.lower().replace("í", "i")
    cat = "general" if cat == "generales" else cat.removesuffix("s") if cat.removesuffix("s") in _SPANISH else cat
    cat = _SPANISH.get(cat, cat)  # "categoría clínica"
    return {"admin": "administrative", "adm": "administrative", "clin": "clinical", "gen": "general"}.get(cat, cat)


_PER_PART = re.compile(r"\s*(?:CEUs?\s+|credits?\s+|hours?\s+)?(?:per|each|a|/)\s*(?:session|day|module|part|week|class|evening|"
                       r"night|meeting|lesson|unit)\b", re.I)


# what recertification asks for, not what a course gives
_REQUIREMENT = re.compile(r"\bat least \d|\bminimum of \d|\brecertif|\bneeds? \d+ (?:recertification )?(?:points|ceus?)\b"
                          # a reader's own shortfall ("I'm short 4 clinical points before June", "I still need 3 general")
                          r"|\b(?:short|still need|need|missing|behind)\s+(?:by\s+)?\d+(?:\.\d+)?\s+(?:administrative|clinical|general)\b",
                          re.I)


# (or chips run together with no mark between them: "6 AAMA CEUs Administrative General Live online")
_BARE_CATEGORY_AFTER = re.compile(r"\s*(?:[·•,/|&+]|and)?\s*(?:admin(?:istrative)?|clinical|general)\b", re.I)


def parse_split(text: str) -> tuple[dict[str, float], str] | None:
    """A stated split of credits across categories, with the words, or None."""
    if not text:
        return None
    for pattern, cat_group, num_group in ((_SPLIT_FORWARD, 2, 1), (_SPLIT_REVERSE, 1, 2), (_SPLIT_DECIMAL, 1, 2)):
        by_sentence: dict[int, dict[str, float]] = {}
        spans = []
        for match in pattern.finditer(text):
            if _NOT_CATEGORY.match(text, match.start(cat_group)):
                continue
            if _PER_PART.match(text, match.end()):
                continue  # "administrative (1.5 per session)": each part's share, not the category's
            raw = match.group(num_group)
            value = float(fraction_value(raw) if raw[-1] in VULGAR else raw)
            if value <= 0 or value > 100:
                continue
            cat = _norm(match.group(cat_group))
            if _REQUIREMENT.search(_around(text, match.start(), match.end())):
                continue  # the credential's rule ("need 60 points ..., with at least 10 administrative, 10 clinical")
            part = by_sentence.setdefault(text.count(". ", 0, match.start()), {})
            part[cat] = part.get(cat, 0.0) + value
            spans.append((match.start(), match.end()))
        split: dict[str, float] = {}
        seen: list[dict[str, float]] = []
        for part in by_sentence.values():
            if len(part) > 1 and part in seen:
                continue  # the same split said again ("6 AAMA CEUs - 5 Clinical and 1 General. ... approval ... for 6
                # continuing education units (5 clinical, 1 general)"): once
            seen.append(part)
            for cat, value in part.items():
                split[cat] = split.get(cat, 0.0) + value
        if not split:
            continue
        start, end = spans[0][0], spans[-1][1]
        evidence = _around(text, start, end)
        # one number before one category word ("5 clinical stations") is a split only in a credit statement, and not
        # one before a list of the categories with no amounts ("6 AAMA CEUs clinical · admin · general": a badge)
        if len(split) > 1 or (len(spans) == 1 and _CREDIT_WORD.search(evidence)
                              and not _BARE_CATEGORY_AFTER.match(text, spans[0][1])):
            return split, evidence
    return None


def _around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(sep, 0, start) for sep in (". ", "\n", "|"))
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(sep, end) for sep in (". ", "\n", "|")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


_MIXED = re.compile(r"\bcategor(?:y|ies)\s*(?:is|are|:|-|–)?\s*" + _CAT + r"\s*(?:/|&|,|and|\+)\s*" + _CAT + r"\b", re.I)


_CATEGORY_COLUMN = re.compile(r"\bcategor(?:y|ies)\b|\bcontent area\b", re.I)
_CREDIT_COLUMN = re.compile(r"\b(?:ceus?|credits?|contact hours?|points)\b", re.I)
_CATEGORY_CELL = re.compile(r"^\s*(administrative|admin|clinical|general)\s*$", re.I)
_NUMBER_CELL = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})?)\s*$")


def parse_table_split(rows: list[str]) -> tuple[dict[str, float], str] | None:
    """A split stated as a table's rows ("Part | Time | AAMA category | CEUs" over "Stations | 3 h | Clinical | 3.0"):
    each row's credit summed under its category, with the rows quoted; None without a category and a credit column
    or with fewer than two rows read."""
    if not any(_CATEGORY_COLUMN.search(row) for row in rows):  # (most tables: no category column to read)
        return None
    cells = [[cell.strip() for cell in row.split(" | ")] for row in rows]
    header = next((i for i, row in enumerate(cells) if any(_CATEGORY_COLUMN.search(c) for c in row)
                   and any(_CREDIT_COLUMN.search(c) for c in row)), None)
    if header is None:
        return None
    names = cells[header]
    category_at = next(i for i, c in enumerate(names) if _CATEGORY_COLUMN.search(c))
    credit_at = next((i for i, c in enumerate(names) if _CREDIT_COLUMN.search(c) and i != category_at), None)
    if credit_at is None:
        return None
    split: dict[str, float] = {}
    read: list[str] = []
    for row, text in zip(cells[header + 1 :], rows[header + 1 :], strict=True):
        if len(row) != len(names):
            continue  # (a total row spans columns: "Total | 4 h | 4.0")
        category, amount = _CATEGORY_CELL.match(row[category_at]), _NUMBER_CELL.match(row[credit_at])
        if category and amount and float(amount.group(1)) > 0:
            name = _norm(category.group(1))
            split[name] = round(split.get(name, 0.0) + float(amount.group(1)), 2)
            read.append(text)
    return (split, "\n".join([rows[header], *read])) if len(read) >= 2 else None


def parse_single(text: str) -> tuple[str, str] | None:
    """A stated category ("Category: Clinical", "general CEUs"; "Category: Administrative/General" is mixed)."""
    if not text:
        return None
    both = _MIXED.search(text)
    if both and _norm(both.group(1)) != _norm(both.group(2)):
        return "mixed", _around(text, both.start(), both.end())
    for match in _SINGLE.finditer(text):
        raw = next(g for g in match.groups() if g)
        if _NOT_CATEGORY.search(text, match.start(), match.end() + 20):
            continue
        return _norm(raw), _around(text, match.start(), match.end())
    return None


_TOKEN = re.compile(r"[a-z0-9]+(?:[-'/][a-z0-9]+)*")


@dataclass(frozen=True)
class _Keyword:
    words: tuple[str, ...]
    prefix: bool  # the last word matches any ending ("phlebotom*")
    category: str
    topic: str
    head: list[str] = field(default_factory=list, compare=False)  # words[:-1], to compare with a slice of tokens

    def __post_init__(self) -> None:
        object.__setattr__(self, "head", list(self.words[:-1]))


@dataclass
class TopicMap:
    """Keywords indexed by their first word (exact) and by the first 4 letters of prefix stems."""

    by_first: dict[str, list[_Keyword]] = field(default_factory=dict)
    by_stem: dict[str, list[_Keyword]] = field(default_factory=dict)
    # token -> the keywords that may start at it (by_first's, then by_stem's); filled as tokens are met
    _options: dict[str, tuple[_Keyword, ...]] = field(default_factory=dict)

    def options(self, token: str) -> tuple[_Keyword, ...]:
        """The keywords that may start at this token (empty for most words)."""
        found = self._options.get(token)
        if found is None:
            found = tuple(self.by_first.get(token, ())) + tuple(self.by_stem.get(token[:4], ()))
            if len(self._options) > 100_000:  # a long crawl meets many words: keep the memo bounded
                self._options.clear()
            self._options[token] = found
        return found

    def matches_at(self, tokens: list[str], i: int) -> _Keyword | None:
        """The longest keyword starting at token ``i``."""
        options = self.options(tokens[i])
        best: _Keyword | None = None
        longest = 0
        for kw in options:
            words = kw.words
            n = len(words)
            if n <= longest or i + n > len(tokens):
                continue
            if n > 1 and tokens[i : i + n - 1] != kw.head:
                continue
            last = tokens[i + n - 1]
            # (a plural counts as its word: "Blood Pressures" is "blood pressure")
            if last.startswith(words[-1]) if kw.prefix else (last == words[-1] or (
                    last[-1:] == "s" and len(last) > 3 and last[:-1] == words[-1])):
                best, longest = kw, n
        return best


@lru_cache(maxsize=4)
def load_topic_map(path: str | None = None) -> TopicMap:
    """The topic map file as an index of keywords -> (category, topic)."""
    source = Path(path) if path else TOPIC_MAP_PATH
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    index = TopicMap()
    for category, topics in data.items():
        if category not in CATEGORIES:
            continue
        for topic, words in (topics or {}).items():
            for word in words or []:
                text = str(word).strip().lower()
                prefix = text.endswith("*")
                tokens = tuple(_TOKEN.findall(text.rstrip("*")))
                if not tokens:
                    continue
                keyword = _Keyword(tokens, prefix, category, topic)
                if prefix and len(tokens) == 1:
                    index.by_stem.setdefault(tokens[0][:4], []).append(keyword)
                else:
                    index.by_first.setdefault(tokens[0], []).append(keyword)
    return index


_POSSESSIVE = re.compile(r"'s\b")


def _tokens(text: str) -> list[str]:
    """Lower-case word tokens; a hyphenated word also yields its parts ("clia-waived" -> clia, waived)."""
    lowered = text.lower()
    if not lowered.isascii():  # "extracción" reads as "extraccion", the topic map's (accent-free) Spanish words
        lowered = unicodedata.normalize("NFKD", lowered).encode("ascii", "ignore").decode()
    if "'" in lowered:
        lowered = _POSSESSIVE.sub("", lowered)  # "HIPAA's Minimum Necessary Standard": the word is "hipaa"
    found = _TOKEN.findall(lowered)
    if "-" not in lowered:
        return found
    out: list[str] = []
    for token in found:
        out.append(token)
        if "-" in token:
            out.extend(token.split("-"))
    return out


# where work happens, which a title may put before its subject as a modifier
# where or through what the subject happens ("Front Desk Communication", "Patient Portal Communication"): not the subject
_SETTINGS = frozenset({"front desk", "front office", "front-office", "front-desk", "reception", "check-in", "patient portal",
                       "patient portals"})
_TITLE_PARTS = re.compile(r" \| |:\s+")
_AUDIENCE_OR_SETTING = re.compile(r" (?:for|at(?: the| your)?|in (?:the|your)) ")  # ("Cultural Humility at Check-In")


def _title_majority(counts: dict[str, int]) -> str | None:
    """The category with at least twice as many of the title's subject words as any other (two at least), or None."""
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] < 2 or ranked[0] < 2 * ranked[1]:
        return None
    return max(counts, key=counts.__getitem__)


def infer(title: str, body: str) -> CategoryInfo:
    """Category from the topic words of the title (x3) and body; None without a clear lead.

    Each distinct word counts once per part; a tie in the title goes to the first
    subject named ("Nutrition Basics for Patient Education" is about nutrition), and a
    title subject naming one category decides.
    """
    index = load_topic_map()
    scores = dict.fromkeys(CATEGORIES, 0.0)
    words: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    topics: list[str] = []
    first_in_title: str | None = None
    # "Nutrition Basics for Patient Education": what follows "for" names the audience or use; "De-escalating Tense
    # Moments at the Front Desk": what follows "at the" / "in the" names the setting
    # (each part of a title on its own: "Calm at the Counter: De-escalation for the Front Desk")
    parts = [_AUDIENCE_OR_SETTING.split(part, maxsplit=1) for part in _TITLE_PARTS.split(title or "")]
    head, tail = " | ".join(p[0] for p in parts), " | ".join(p[1] for p in parts if len(p) > 1)
    head_counts: dict[str, int] = {}  # the title's subject words per category
    for weight, text in ((3.0, head), (1.5, tail), (1.0, body or "")):
        seen: dict[str, int] = {}
        tokens = _tokens(text)
        first, stems = index.by_first, index.by_stem
        # most words start no keyword: only the positions of words that may are visited
        starts = [i for i, token in enumerate(tokens) if token in first or token[:4] in stems]
        free = 0  # a keyword's words are not the start of another
        for i in starts:
            if i < free:
                continue
            keyword = index.matches_at(tokens, i)
            if keyword is None:
                continue
            word = " ".join(tokens[i : i + len(keyword.words)])
            free = i + len(keyword.words)
            if weight > 1 and word in _SETTINGS:
                following = index.matches_at(tokens, free) if free < len(tokens) else None
                if following is not None and following.category != keyword.category:
                    continue  # "Front Desk Communication": the desk is where, the communication what

            # a title word counts once; a body word at most twice
            if seen.get(word, 0) >= (1 if weight > 1 else 2):
                continue
            seen[word] = seen.get(word, 0) + 1
            scores[keyword.category] += weight
            if weight == 3.0:
                head_counts[keyword.category] = head_counts.get(keyword.category, 0) + 1
            if weight > 1 and first_in_title is None:
                first_in_title = keyword.category
            if word not in words[keyword.category]:
                words[keyword.category].append(word)
            if keyword.topic not in topics:
                topics.append(keyword.topic)
    ranked = sorted(scores.items(), key=lambda kv: (kv[1], kv[0] == first_in_title), reverse=True)
    (best, top), (_second, runner) = ranked[0], ranked[1]
    info = CategoryInfo(topics=topics)
    clear = top >= 2 or (top >= 1.5 and runner == 0)
    # the title's subject names one category ("De-escalation Skills for Front Desk Staff"): the audience
    # after "for" and the body's examples (a billing dispute) do not outvote it
    # (or most of its subjects do: "Medical Records Privacy in Hawaii: HIPAA and State Law" is law, two words to one)
    # (one title only: beside other names the page gives, "... | Waived Testing Quality Control", counts mislead)
    subject = (next(iter(head_counts)) if len(head_counts) == 1
               else _title_majority(head_counts) if " | " not in (title or "") else None)
    # a clear lead, or the title's first subject ahead or level (more words for it never lose it the lead)
    decided = subject or (clear and (top >= 1.5 * runner or best == first_in_title))
    if decided or top > 0:
        best = subject or best
        if decided:
            info.category, info.how = best, "inferred"
        else:  # no clear lead: the category the topic words lean to, for a page that states and implies nothing else
            info.leaning = best
        info.words = words[best][:8]
        info.evidence = ", ".join(info.words)
    return info
