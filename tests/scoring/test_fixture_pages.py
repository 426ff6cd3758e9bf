"""One test per field per evaluation page (fixtures and sample-site courses), web-poet style.

Expected values are hand-written (fixtures) or the sample sites' truth.json; known
misses are strict xfails so a fix shows up as XPASS and a regression fails loudly.
This evaluation depends on the crawler's extraction to turn HTML into pages.
"""

from __future__ import annotations

from functools import cache

import pytest

from scoring.evaluate import actual_values, all_cases, compared_fields, evaluate, prf, same

CASES = {case.name: case for case in all_cases()}


def _params():
    for case in CASES.values():
        fields = compared_fields(case) + [f"checklist.{name}" for name in case.expected.get("checklist", {})]
        for name in fields:
            marks = []
            if name in case.known_misses:
                marks = [pytest.mark.xfail(strict=True, reason=case.known_misses[name])]
            yield pytest.param(case.name, name, id=f"{case.name}:{name}", marks=marks)


@cache
def _actual(name: str) -> dict:
    return actual_values(CASES[name])


@pytest.mark.parametrize(("case_name", "field"), list(_params()))
def test_field(case_name: str, field: str) -> None:
    case = CASES[case_name]
    actual = _actual(case_name)
    if field.startswith("checklist."):
        criterion = field.split(".", 1)[1]
        assert actual["checklist"][criterion] == case.expected["checklist"][criterion], field
    else:
        assert same(field, case.expected[field], actual[field]), (
            f"{field}: expected {case.expected[field]!r}, got {actual[field]!r}"
        )


def test_at_least_fifty_standalone_pages() -> None:
    standalone = [c for c in CASES.values() if c.site_root is None]
    assert len(standalone) >= 50


def test_evidence_is_quoted_from_the_page_or_its_site_page() -> None:
    for name in CASES:
        record = _actual(name)["_record"]
        page = record["page"]
        texts = {page["url"]: page["text"]} | {p["url"]: p["text"] for p in page["site_pages"]}
        for criterion, entry in record["checklist"].items():
            if entry["met"] and entry["evidence"]:
                haystack = texts.get(entry["source_url"], page["text"])
                if entry["source_url"] == page["url"]:  # the site footer's terms are quoted from the footer line
                    haystack += "\n" + "\n".join(c["text"] for c in page["candidates"] if c["field"] == "policy_text")
                assert entry["evidence"] in haystack, f"{name}: {criterion}: {entry['evidence']!r}"


def test_report_meets_the_thresholds() -> None:
    result = evaluate(list(CASES.values()))
    for criterion, counts in result["criteria"].items():
        assert prf(counts)[2] >= 0.9, (criterion, counts)
    for tag in ("aama_approved", "is_free", "price_usd", "credits"):
        counts = result["tags"][tag]
        assert counts["right"] / counts["total"] >= 0.95, (tag, counts)


def test_show_prints_values_next_to_expectations() -> None:
    from scoring.evaluate import show

    text = show([CASES["hard-tags/approval-pending"]])
    assert text.startswith("== hard-tags/approval-pending")
    assert "aama_approved: false  expected false" in text


def test_report_command_reads_its_options(capsys) -> None:
    from scoring.evaluate import HOLDOUT_SETS, main

    assert main(["hard-tags/approval-pending", "--show"]) == 0
    assert capsys.readouterr().out.startswith("== hard-tags/approval-pending")
    with pytest.raises(SystemExit) as help_exit:
        main(["--help"])
    assert help_exit.value.code == 0 and f"--{HOLDOUT_SETS[-1]}" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad_exit:
        main(["--holdout2", "--no-such-option"])
    assert bad_exit.value.code == 2 and "unknown option --no-such-option" in capsys.readouterr().err
