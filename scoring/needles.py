"""Literal pre-filters for cue patterns: strings at least one of which every match contains.

``needles(pattern)`` reads the pattern's parse tree and returns literal strings one of
which every match contains (the literals a match, or a fixed tail of it, starts with
after zero-width assertions like ``\\b``), or None when it cannot tell (the caller then
runs the pattern itself). Python's re scans an alternation of literals far faster than
a pattern that starts with ``\\b`` and many alternatives, and text without a needle
cannot match: ``may_match``/``search`` use one pattern's needles (``gate``), ``SCANNER``
finds every registered pattern's needles in one pass over a page's blocks (an
Aho-Corasick automaton, ahocorasick-rs).
"""

from __future__ import annotations

import re
import sys
import threading
from bisect import bisect_right
from itertools import product

from ahocorasick_rs import AhoCorasick

try:  # the parser is private API; without it every pattern simply has no gate
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - other Python versions
    _c = _p = None  # type: ignore[assignment]

_MAX = 64  # at most this many needles per pattern (a product of alternatives grows fast)
# keyed by id(pattern) with the pattern kept alongside: hashing a compiled pattern hashes its
# whole code (microseconds for a long alternation), an identity lookup does not
_gates: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, bool]] = {}


def _fixed(op: object, av: object) -> set[str] | None:
    """Every string one parse element can match, when that is a small finite set."""
    if op is _c.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}
    if op is _c.IN:
        items = list(av)  # type: ignore[call-overload]
        if items and all(o is _c.LITERAL for o, _ in items):
            return {chr(v) for _, v in items}
        return None
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av  # type: ignore[misc]
        return None if add_flags or del_flags else _fixed_seq(sub.data)
    if op is _c.BRANCH:
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            strings = _fixed_seq(alt.data)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av  # type: ignore[misc]
        if high > 1:
            return None
        strings = _fixed_seq(sub.data)
        if strings is None:
            return None
        return strings | ({""} if low == 0 else set())
    return None


def _fixed_seq(items: list) -> set[str] | None:
    out = {""}
    for op, av in items:
        strings = _fixed(op, av)
        if strings is None or len(out) * len(strings) > _MAX:
            return None
        out = {a + b for a, b in product(out, strings)}
    return out


def _needles(items: list) -> set[str] | None:
    """Non-empty strings one of which every match of the sequence ``items`` contains.

    Tried from each element in turn: a match of the whole sequence contains a match of
    every tail of it, so the needles of a tail (``-question`` of ``\\d+-question``) serve.
    """
    best: set[str] | None = None
    for start in range(len(items)):
        found = _needles_at(items[start:])
        if found is not None and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found  # the tail whose shortest needle is longest filters best
    return best


def _needles_at(items: list) -> set[str] | None:
    """Non-empty strings one of which starts (after assertions) every match of ``items``."""
    out = {""}
    for op, av in items:
        strings = _fixed(op, av)
        if strings is not None and len(out) * len(strings) <= _MAX:
            out = {a + b for a, b in product(out, strings)}
            continue
        if out == {""}:  # nothing literal yet: look inside the first element
            if op is _c.BRANCH:
                parts = [_needles(alt.data) for alt in av[1]]
                return None if any(p is None for p in parts) else set().union(*parts)  # type: ignore[arg-type]
            if op is _c.SUBPATTERN and not (av[1] or av[2]):
                return _needles(av[3].data)
            if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
                return _needles(av[2].data)
            return None
        break
    return None if "" in out else out


def needles(pattern: re.Pattern[str]) -> set[str] | None:
    """Literal strings of which every match of ``pattern`` contains one (lower-cased for a re.I pattern)."""
    if _p is None:
        return None
    try:
        found = _needles(_p.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - an unusual tree only means no gate
        return None
    if found is None:
        return None
    if pattern.flags & re.I:  # lower-cased, for lower-cased ASCII text (see ``may_match``)
        found = {n.lower() for n in found}
        if not all(n.isascii() for n in found):
            return None
    # a needle containing a shorter one adds nothing ("cookies" holds "cookie")
    return {n for n in found if not any(m != n and m in n for m in found)}



def _gate_entry(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None, bool]:
    """(pattern, its gate, whether it is case-insensitive), cached by identity."""
    entry = _gates.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        found = needles(pattern)
        entry = (pattern, re.compile(_trie(found)) if found else None, bool(pattern.flags & re.I))
        _gates[id(pattern)] = entry
    return entry


def _trie(words: set[str]) -> str:
    """An alternation of ``words`` with shared prefixes factored ("re(?:fund|turn)"), so re tries few branches.

    Where one word is a prefix of another the rest is an optional, greedy group
    ("cancel(?:lation)?"), so the longest word starting at a position is the one found.
    """
    tree: dict[str, set[str]] = {}
    for word in words:
        tree.setdefault(word[0], set()).add(word[1:])
    parts = []
    for first in sorted(tree):
        rests = tree[first] - {""}
        sub = _trie(rests) if rests else ""
        parts.append(re.escape(first) + (f"(?:{sub})?" if "" in tree[first] and rests else sub))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


class Scanner:
    """The needles of every pattern seen so far in one automaton: one pass over a text tells each block's patterns.

    Each pattern with needles gets one bit; ``scan`` returns, per block, the bits of the
    patterns one of whose needles the block holds (the same blocks each pattern's own
    ``gate`` would find). New patterns bump ``version``; scans of an older version are stale.
    """

    def __init__(self, *, folded: bool = False) -> None:
        """``folded``: take patterns of any case flag, their needles lower-cased, for ``fold``-ed text."""
        self._folded = folded
        self._bits: dict[int, tuple[re.Pattern[str], int]] = {}  # id(pattern) -> (pattern, bit)
        self._needle_bits: dict[str, int] = {}
        self._count = 0
        self.version = 0
        self._compiled: tuple[AhoCorasick, list[int]] | None = None
        self._lock = threading.Lock()  # scoring may run in threads: bits are handed out once

    def bit(self, pattern: re.Pattern[str]) -> int:
        """The pattern's bit (0: no needles, scan it some other way), given on first sight."""
        entry = self._bits.get(id(pattern))
        if entry is None or entry[0] is not pattern:
            with self._lock:
                entry = self._bits.get(id(pattern))
                if entry is None or entry[0] is not pattern:
                    entry = (pattern, self._register(pattern))
                    self._bits[id(pattern)] = entry
        return entry[1]

    def _register(self, pattern: re.Pattern[str]) -> int:
        if self._folded:  # (a case-sensitive pattern's ASCII needle, lower-cased, is in the folded text too)
            found = needles(pattern)
            found = {n.lower() for n in found} if found and all(n.isascii() for n in found) else None
        else:
            found = needles(pattern) if not pattern.flags & re.I else None
        if not found:
            return 0
        bit = 1 << self._count
        self._count += 1
        for needle in found:
            self._needle_bits[needle] = self._needle_bits.get(needle, 0) | bit
        self._compiled = None
        self.version += 1
        return bit

    def _build(self) -> tuple[AhoCorasick, list[int]]:
        words = list(self._needle_bits)
        return AhoCorasick(words), [self._needle_bits[w] for w in words]

    def _automaton(self) -> tuple[AhoCorasick, list[int]]:
        """The compiled automaton and each needle's bits (built again after a new pattern registers)."""
        compiled = self._compiled
        if compiled is None:
            with self._lock:
                compiled = self._compiled = self._build()
        return compiled

    def scan(self, text: str, starts: list[int]) -> list[int]:
        """For each block (``starts``: block offsets in ``text``) the bits of the needles it holds."""
        masks = [0] * len(starts)
        if not self._needle_bits:
            return masks
        automaton, bits = self._automaton()
        # every occurrence of every needle (overlapping), in one pass of a compiled automaton
        for index, start, _end in automaton.find_matches_as_indexes(text, overlapping=True):
            masks[bisect_right(starts, start) - 1] |= bits[index]
        return masks

    def mask(self, text: str) -> int:
        """The bits of the needles ``text`` holds anywhere (``scan`` of one block, without the bookkeeping)."""
        if not self._needle_bits:
            return 0
        automaton, bits = self._automaton()
        mask = 0
        for index in {index for index, _start, _end in automaton.find_matches_as_indexes(text, overlapping=True)}:
            mask |= bits[index]
        return mask


SCANNER = Scanner()
FOLDED = Scanner(folded=True)  # every pattern's needles, lower-cased: for ``TextGate``

# the non-ASCII letters re.I matches to ASCII ones ("ſ" to "s", the Kelvin sign to "k"), made those letters
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})
_FOLDABLE = re.compile("[\u0130\u0131\u212a\u017f]")


def fold(text: str) -> str:
    """``text`` lower-cased, so that every needle of a pattern matching it is found in it lower-cased."""
    if not text.isascii() and _FOLDABLE.search(text):  # (translating every page is slow; these letters are rare)
        text = text.translate(_FOLD)
    return text.lower()


class TextGate:
    """One text and the patterns that may match it (or any part of it): one scan of the folded text
    finds the needles of every pattern asked about so far, and a pattern none of whose needles the
    text holds is not run. For a page's many whole-text cues, most of which match nothing."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._scan: tuple[int, int] | None = None  # (FOLDED.version, the needle bits the text holds)

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False only when ``pattern`` cannot match the text or any slice of it."""
        bit = FOLDED.bit(pattern)
        if not bit:
            return True
        if self._scan is None or self._scan[0] != FOLDED.version:
            version = FOLDED.version  # read before scanning, as in ``view``
            self._scan = (version, FOLDED.mask(fold(self.text)))
        return bool(self._scan[1] & bit)

    def search(self, pattern: re.Pattern[str], pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, not run when the text holds none of its needles."""
        return pattern.search(self.text, pos, endpos) if self.may_match(pattern) else None


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``pattern`` cannot match ``text``: it holds none of the pattern's needles.

    A case-insensitive pattern's needles are looked for in the lower-cased text, which
    only ASCII text allows (Unicode case folding has exceptions such as the long s).
    """
    _pattern, found, insensitive = _gate_entry(pattern)
    if found is None:
        return True
    if insensitive:
        return not text.isascii() or found.search(text.lower()) is not None
    return found.search(text) is not None


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, answered without running the pattern when the needles rule a match out."""
    return pattern.search(text) if may_match(pattern, text) else None
