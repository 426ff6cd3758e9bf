"""build_record: the DESIGN.md record shape, purity, and the quality score's documented weights."""

from __future__ import annotations

import copy
import json

import pytest

from catalog.page import Candidate, ExtractedPage, Section
from catalog.records import RECORD_FIELDS
from scoring import build_record
from scoring.quality import WEIGHTS, FeeFacts, PeerPrices, contribution, quality_score
from scoring.record import provider_name

PAGE = ExtractedPage(
    url="https://ce.example.org/courses/ekg",
    title="12-Lead EKG Placement",
    text=("12-Lead EKG Placement\nApproved for 2 AAMA CEUs (clinical).\nWhy this course\n"
          "Misplaced leads remain a common cause of repeat tracings.\nObjectives\nLocate V1 to V6\nPrepare the skin\n"
          "Format\nSelf-paced video lessons and a post-test.\nFaculty\nTomasz Nowak, PA-C\nPrice\n$35.00\n"
          "All sales final."),
    sections=[
        Section("12-Lead EKG Placement", 1, "Approved for 2 AAMA CEUs (clinical)."),
        Section("Why this course", 2, "Misplaced leads remain a common cause of repeat tracings."),
        Section("Objectives", 2, "Locate V1 to V6\nPrepare the skin", ["Locate V1 to V6", "Prepare the skin"], "list"),
        Section("Format", 2, "Self-paced video lessons and a post-test."),
        Section("Faculty", 2, "Tomasz Nowak, PA-C"),
        Section("Price", 2, "$35.00\nAll sales final."),
    ],
    candidates=[Candidate("description", "Lead placement for MAs.", "meta:description", "Lead placement for MAs.")],
)


def test_record_has_every_public_field_in_order_plus_extras() -> None:
    record = build_record(PAGE, provider="EKG School")
    assert tuple(record)[: len(RECORD_FIELDS)] == RECORD_FIELDS
    assert {"member_price_usd", "live_dates", "topics", "details", "page"} <= set(record)
    assert record["fee_reasonable"] is None
    assert record["provider"] == "EKG School"
    assert ExtractedPage.from_dict(record["page"]) == PAGE
    json.dumps(record)  # JSON-ready


def test_record_values() -> None:
    record = build_record(PAGE)
    assert (record["credits"], record["credit_unit"], record["points"]) == (2.0, "aama_ceu", 2.0)
    assert record["aama_approved"] and record["aama_evidence"] == "Approved for 2 AAMA CEUs (clinical)."
    assert (record["price_usd"], record["is_free"]) == (35.0, False)
    assert record["category"] == "clinical" and record["credits_by_category"] == {"administrative": 0.0, "clinical": 2.0, "general": 0.0}
    assert record["format"] == "self-paced online"
    assert all(entry["met"] for entry in record["checklist"].values())
    assert record["quality_score"] == sum(e["contribution"] for e in record["checklist"].values())


def test_build_record_is_pure() -> None:
    before = copy.deepcopy(PAGE)
    first = build_record(PAGE)
    assert before == PAGE
    assert build_record(copy.deepcopy(PAGE)) == first


def test_checklist_entries_carry_strength_and_contribution() -> None:
    for name, entry in build_record(PAGE)["checklist"].items():
        assert set(entry) == {"met", "evidence", "source_url", "strength", "contribution"}
        assert 0 <= entry["strength"] <= 1
        assert entry["contribution"] == contribution(name, entry["met"], entry["strength"])


def test_weights_sum_to_100_and_score_is_bounded() -> None:
    assert sum(WEIGHTS.values()) == 100
    full = {name: {"met": True, "strength": 1.0} for name in WEIGHTS}
    assert quality_score(full) == 100.0
    assert quality_score({name: {"met": False} for name in WEIGHTS}) == 0.0


def test_fee_reasonable_rule() -> None:
    peers = [FeeFacts(p, 1.0, "aama_ceu", "clinical") for p in (20.0, 25.0, 30.0)]
    judge = PeerPrices(peers)
    assert judge.reasonable(FeeFacts(30.0, 1.0, "aama_ceu", "clinical")) is True
    assert judge.reasonable(FeeFacts(80.0, 1.0, "aama_ceu", "clinical")) is False
    assert judge.reasonable(FeeFacts(0.0, 1.0, "aama_ceu", "clinical", True)) is True
    assert judge.reasonable(FeeFacts(None, 1.0, "aama_ceu", "clinical")) is None
    assert judge.reasonable(FeeFacts(30.0, None, "aama_ceu", "clinical")) is None
    # no peers in that category: the same unit in any category decides
    assert judge.reasonable(FeeFacts(30.0, 1.0, "aama_ceu", "general")) is True
    # no peers in that unit at all: unknown
    assert judge.reasonable(FeeFacts(30.0, 1.0, "contact_hour", "clinical")) is None


def test_page_dict_matches_to_dict() -> None:
    from scoring.record import page_dict

    assert page_dict(PAGE) == PAGE.to_dict()


@pytest.mark.parametrize(("name", "expected"), [
    ("Heronfield Clinical Education, LLC", "Heronfield Clinical Education"),
    ("Harborview MA Academy LLC", "Harborview MA Academy"),
    ("Acme Health Inc.", "Acme Health"),
    ("Saguaro Clinical Skills Co.", "Saguaro Clinical Skills Co."),  # "Co." may be part of the name as people say it
    ("LLC", "LLC"),
    (None, None),
    # sealed84: "Provided by: Tri-State Workplace Safety Council (IACET Accredited Provider)" names a role, not the name
    ("Tri-State Workplace Safety Council (IACET Accredited Provider)", "Tri-State Workplace Safety Council"),
    ("Acme Health, LLC (an AAMA-approved sponsor)", "Acme Health"),
    ("Ohio Bend Medical Assistants Society (OBMAS)", "Ohio Bend Medical Assistants Society (OBMAS)"),
    # sealed124: "Provider of record: Mossglen Community College." ends a sentence; an abbreviation keeps its stop
    ("Mossglen Community College.", "Mossglen Community College"),
    ("Granite State Medical Assn.", "Granite State Medical Assn."),
])
def test_a_provider_s_legal_form_is_dropped(name, expected):
    assert provider_name(name) == expected


GRANT_WRITING = ExtractedPage(
    url="https://ce.example.edu/online-courses/writing-grant-proposals/",
    title="Writing Successful Grant Proposals",
    text=("Writing Successful Grant Proposals\nA six-week instructor-led online course in finding funders and writing "
          "proposals that get read.\nSyllabus\nFinding the right funder\nThe needs statement\nBudgets\n$135\nEnroll Now"),
    sections=[Section("Writing Successful Grant Proposals", 1, "A six-week instructor-led online course in finding funders "
                      "and writing proposals that get read."),
              Section("Syllabus", 2, "Finding the right funder\nThe needs statement\nBudgets",
                      ["Finding the right funder", "The needs statement", "Budgets"], "list"),
              Section("Tuition", 2, "$135\nEnroll Now")],
    kind="course",
)


def _with_text(page: ExtractedPage, extra: str) -> ExtractedPage:
    changed = copy.deepcopy(page)
    changed.text += "\n" + extra
    changed.sections[0].text += " " + extra
    return changed


def test_a_course_with_no_credit_and_no_medical_assisting_topic_is_not_continuing_education() -> None:
    assert build_record(GRANT_WRITING)["details"]["kind"] == "other"
    assert build_record(PAGE.__class__(**{**PAGE.__dict__, "kind": "course"}))["details"]["kind"] == "course"


@pytest.mark.parametrize("extra", ["Earn 1.5 contact hours.",  # a credit
                                   "AAMA CEU approval has been requested.",  # an AAMA status
                                   "Includes grants for vaccine programs and immunization outreach."])  # an MA topic
def test_a_credit_a_status_or_a_medical_assisting_topic_keeps_a_course(extra: str) -> None:
    assert build_record(_with_text(GRANT_WRITING, extra))["details"]["kind"] == "course"
