"""Needle gates never hide a match: a pattern is skipped only when the text cannot match it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extract import classify
from scoring.needles import TextGate, fold, needles

# every whole-page cue the classifier gates, with a line each one matches
GATED = [
    (classify.SHIPPED, "Shipping calculated at checkout."),
    (classify.SOLD_OUT, "SOLD OUT — join the wait list"),
    (classify.JOB_TERMS, "Job ID 26-0418 · Full time"),
    (classify.PAY, "$21.50 / hour, paid weekly"),
    (classify.ENDED, "This event has ended."),
    (classify.GUIDE, "Download our free checklist"),
    (classify.SAVE_THE_DATE, "SAVE THE DATE: March 3"),
    (classify.PREVIEW_LESSON, "This is a free preview lesson of the course."),
    (classify._NO_CE_AT_ALL, "This in-service does not carry continuing-education credit."),
]
PATTERNS = [pattern for pattern, _line in GATED]
NEEDLE_WORDS = sorted({n for p in PATTERNS for n in (needles(p) or ())})
# the letters re.I matches to ASCII ones ("ſ" for "s", the Kelvin sign for "k") and a lower-casing that grows ("İ")
ODD = ["\u017f", "\u212a", "\u0130", "\u0131", "’", "–", " ", "\n"]


def _cased(word: str, upper: list[bool]) -> str:
    return "".join(c.upper() if up else c for c, up in zip(word, upper + [False] * len(word), strict=False))


WORD = st.one_of(
    st.tuples(st.sampled_from(NEEDLE_WORDS), st.lists(st.booleans(), max_size=12)).map(lambda t: _cased(*t)),
    st.sampled_from(ODD),
    st.text(max_size=6),
)


@settings(max_examples=400)
@given(st.lists(WORD, max_size=25).map("".join), st.sampled_from(PATTERNS))
def test_a_gate_says_no_only_when_the_pattern_cannot_match(text: str, pattern: re.Pattern[str]) -> None:
    if not TextGate(text).may_match(pattern):
        assert pattern.search(text) is None


@pytest.mark.parametrize(("pattern", "line"), GATED, ids=[line[:20] for _p, line in GATED])
def test_each_gated_cue_is_run_on_a_line_it_matches_in_any_case(pattern: re.Pattern[str], line: str) -> None:
    for text in (line, line.upper()):
        assert pattern.search(text), text  # (the line is one the cue is written for)
        assert TextGate(text).search(pattern) is not None, text
        assert TextGate(f"Intro.\n{text}\nMore.").may_match(pattern), text


def test_letters_re_i_takes_for_ascii_ones_keep_the_pattern_in_play() -> None:
    # re.I matches "ſ" to "s" and the Kelvin sign to "k": a lower-cased text alone would lose the needle
    assert classify.SOLD_OUT.search("\u017fold out")
    assert TextGate("\u017fold out").may_match(classify.SOLD_OUT)
    assert fold("Ma\u212aE") == "make" and fold("\u0130n") == "in"


def test_a_page_without_any_needle_skips_the_pattern() -> None:
    text = "Vital Signs Refresher\nLive webinar, 1 AAMA CEU, $25.\nObjectives: measure blood pressure."
    gate = TextGate(text)
    assert not gate.may_match(classify.SHIPPED) and gate.search(classify.SOLD_OUT) is None
