"""Property-based tests for every text parser: total functions, sane numbers, quoted evidence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.page import ExtractedPage, Section
from scoring.aama import classify
from scoring.categories import infer, parse_single, parse_split, parse_table_split
from scoring.credits import UNIT_KINDS, parse_credits, points_for
from scoring.dates import parse_dates, parse_day_list, parse_weekday_dates, time_of_day
from scoring.formats import detect_format
from scoring.outline import sections_from_text
from scoring.prices import parse_price
from scoring.record import build_record
from scoring.text import quote, sentences

WORDS = st.sampled_from([
    "$", "$49", "$0.00", "USD", "free", "Free for members", "members", "non-members", "was", "now", "payments of",
    "3", "0.2", "1.5", "CEU", "CEUs", "AAMA", "IACET", "contact hours", "approved", "pending", "expired", "not",
    "clinical", "general", "administrative", ":", "|", "\n", ".", "(", ")", "-", "March 3, 2026", "2:00 PM ET",
    "webinar", "self-paced", "refund", "Objectives", "Dr.", "RN", "Jane Smith,", "shipping", "certificate",
])
TEXT = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))


@settings(max_examples=300)
@given(TEXT)
def test_parse_price_is_total_and_never_negative(text: str) -> None:
    info = parse_price(text)
    for value in (info.price_usd, info.member_price_usd, info.regular_price_usd):
        assert value is None or value >= 0
    assert not info.is_free or info.price_usd == 0
    assert info.evidence is None or info.evidence in text


@settings(max_examples=300)
@given(TEXT, st.booleans(), st.booleans())
def test_parse_credits_is_total_and_exact(text: str, approved: bool, iacet: bool) -> None:
    info = parse_credits(text, aama_approved=approved, iacet_provider=iacet)
    if info.credits is None:
        assert info.points is None and info.unit is None
        return
    assert info.credits > 0 and info.points > 0
    assert info.evidence in text
    factor = UNIT_KINDS[info.kind][1]
    assert Decimal(str(info.points)) == Decimal(str(info.credits)) * factor


@given(st.decimals(min_value=0, max_value=200, places=2, allow_nan=False), st.sampled_from(sorted(UNIT_KINDS)))
def test_unit_conversion_is_exact(amount: Decimal, kind: str) -> None:
    assert Decimal(str(points_for(float(amount), kind))) == Decimal(str(float(amount))) * UNIT_KINDS[kind][1]


@settings(max_examples=200)
@given(st.lists(TEXT, max_size=6))
def test_aama_evidence_is_one_of_the_sentences(texts: list[str]) -> None:
    info = classify(texts)
    assert info.evidence is None or info.evidence in texts
    assert not info.approved or info.status == "approved"


@settings(max_examples=200)
@given(TEXT, TEXT)
def test_category_parsers_are_total(title: str, body: str) -> None:
    split = parse_split(body)
    if split:
        assert all(v > 0 for v in split[0].values()) and split[1] in body
    single = parse_single(body)
    assert single is None or single[1] in body
    info = infer(title, body)
    assert info.category in (None, "administrative", "clinical", "general")


_CELL = st.sampled_from(["AAMA category", "CEUs", "Clinical", "General", "admin", "3.0", "1", "0", "Total", "x"]) | TEXT


@settings(max_examples=200)
@given(st.lists(st.lists(_CELL, min_size=1, max_size=4).map(" | ".join), max_size=6))
def test_the_table_split_reader_is_total(rows: list[str]) -> None:
    split = parse_table_split(rows)
    if split:
        assert all(v > 0 for v in split[0].values()) and set(split[0]) <= {"administrative", "clinical", "general"}
        assert any(split[1].startswith(row) for row in rows)  # the header row first, then the rows read


@settings(max_examples=200)
@given(TEXT)
def test_dates_formats_and_outline_are_total(text: str) -> None:
    listed = parse_day_list(text, date(2026, 12, 2), "M") + parse_day_list(f"Tuesdays: Mar 2, 9 and {text}", date(2026, 12, 2))
    for iso in parse_dates(text, "E") + parse_weekday_dates(text, date(2026, 12, 2), "C") + listed:
        assert iso[:4].isdigit()
    time_of_day(text)
    fmt, evidence = detect_format([text], sentences(text))
    assert evidence is None or evidence in text
    for section in sections_from_text(text):
        assert section.text in text or all(line in text for line in section.text.splitlines())


@settings(max_examples=200)
@given(TEXT)
def test_sentences_and_quotes_are_substrings(text: str) -> None:
    for sentence in sentences(text):
        assert sentence in text
        assert quote(text, sentence) in text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT), max_size=5))
def test_record_evidence_is_quoted_from_the_page(parts: list[tuple[str, str]]) -> None:
    sections = [Section(heading=" ".join(h.split())[:40], level=2, text=t) for h, t in parts]
    text = "\n".join(x for s in sections for x in (s.heading, s.text) if x)
    record = build_record(ExtractedPage(url="https://x.example/c", title="T", text=text, sections=sections))
    for entry in record["checklist"].values():
        assert entry["evidence"] is None or entry["evidence"] in text
    assert record["price_usd"] is None or record["price_usd"] >= 0
    assert record["credits"] is None or record["credits"] > 0
    assert 0 <= record["quality_score"] <= 100
