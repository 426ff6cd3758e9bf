"""Credit parser table: amount, unit, points, and the IACET flag (DOMAIN.md section 2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from crawler.extract import extract_page
from scoring import build_record
from scoring.credits import no_credit_today, parse_credits, points_for

# (text, kwargs, credits, unit, points)
CASES = [
    ("Approved for 2 AAMA CEUs: 1 administrative, 1 clinical.", {}, 2.0, "aama_ceu", 2.0),
    ("AAMA approved: 1.5 AAMA CEUs: 1 clinical, 0.5 general.", {}, 1.5, "aama_ceu", 1.5),
    ("Approved for 1.0 AAMA clinical CEU.", {}, 1.0, "aama_ceu", 1.0),
    ("CE: 1.0 CEU (AAMA) — administrative.", {}, 1.0, "aama_ceu", 1.0),
    ("This activity awards 1.5 contact hours (0.15 IACET CEU).", {}, 0.15, "iacet_ceu", 1.5),
    ("Credit: CEUs: 0.2 CEUs (2 contact hours)", {"iacet_provider": True}, 0.2, "iacet_ceu", 2.0),
    ("Contact Hours: 1.0", {}, 1.0, "contact_hour", 1.0),
    # a whole number and a half, in words
    ("This evening carries one and a half contact hours.", {}, 1.5, "contact_hour", 1.5),
    ("Approved for two-and-one-half AAMA CEUs.", {}, 2.5, "aama_ceu", 2.5),
    ("Hours: 8 clock hours", {}, 8.0, "contact_hour", 8.0),
    ("Contact hours: 1.25", {}, 1.25, "contact_hour", 1.25),
    ("0.1 IACET CEU", {}, 0.1, "iacet_ceu", 1.0),
    ("3 semester credit hours", {}, 3.0, "other", 45.0),
    ("1.0 AMA PRA Category 1 Credit", {}, 1.0, "other", 1.0),
    ("CEUs: 1.5", {"aama_approved": True}, 1.5, "aama_ceu", 1.5),
    ("Credits: 0.75 CEU", {}, 0.75, "other", 0.75),
    ("2 CCP points", {}, 2.0, "other", 2.0),
    ("Earn 2 hours of CE – $24.", {}, 2.0, "contact_hour", 2.0),
    ("4.8 CEUs (48 contact hours)", {}, 4.8, "iacet_ceu", 48.0),
    ("Credit: 1.0 nursing contact hour", {}, 1.0, "contact_hour", 1.0),  # a qualified contact hour is one
    ("Credit hours | 2.0", {}, 2.0, "contact_hour", 2.0),
    # held-out pages
    ("Approved for 1.5 AAPC CEUs. Not approved for AAMA CEUs.", {}, 1.5, "other", 1.5),
    ("This course was approved for 1 AAMA CEU until its approval expired on October 31, 2026. Learners who "
     "complete it now receive a certificate for 1.0 contact hour.", {}, 1.0, "contact_hour", 1.0),
    ("Continuing education | 2.4 CEUs", {"iacet_provider": True}, 2.4, "iacet_ceu", 24.0),
    # a physician's credit gives way to the contact hours stated beside it (what a CMA reports)
    ("Credit: 1.0 AMA PRA Category 1 Credit™ 1.0 ANCC contact hour AAMA CEUs: approval pending", {}, 1.0, "contact_hour", 1.0),
]
CASES += [("Fee: $45 · 2 hrs CE", {}, 2.0, "contact_hour", 2.0), ("Earn 2 hours CE credit.", {}, 2.0, "contact_hour", 2.0)]
NOT_CREDITS = ["This 2-hour course", "Duration: 60 minutes", "1.5 hours of video content", "Passing score 80%", "", "Course No. HS104",
               "Each meeting includes a one-hour CE presentation.",
               # the credential's rule, not a course's credit
               "Our recertification guide explains AAMA categories and the 60-point requirement.",
               "Track your CEUs against the 60-point recertification requirement."]


@pytest.mark.parametrize(("text", "kwargs", "credits", "unit", "points"), CASES)
def test_parse_credits(text: str, kwargs: dict, credits: float, unit: str, points: float) -> None:
    info = parse_credits(text, **kwargs)
    assert (info.credits, info.unit, info.points) == (credits, unit, points)
    assert info.evidence and info.evidence in text


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_not_credits(text: str) -> None:
    assert parse_credits(text).credits is None


def test_small_bare_ceu_from_non_aama_course_is_iacet_and_flagged() -> None:
    info = parse_credits("CEUs: 0.2")
    assert (info.credits, info.unit, info.points) == (0.2, "iacet_ceu", 2.0)
    assert info.flag and "IACET" in info.flag


def test_bare_ceu_of_one_or_more_is_flagged_as_unclear() -> None:
    info = parse_credits("This course is worth 1 CEU")
    assert info.unit == "other" and info.flag
    assert parse_credits("1.5 CEUs").unit == "other"  # halves are how AAMA CEUs are given too


def test_a_bare_ceu_figure_in_tenths_is_iacet() -> None:
    info = parse_credits("Continuing education | 2.4 CEUs")
    assert (info.credits, info.unit, info.points) == (2.4, "iacet_ceu", 24.0) and info.flag


@pytest.mark.parametrize(("credits", "kind", "points"), [(0.1, "iacet_ceu", 1.0), (0.3, "iacet_ceu", 3.0),
                                                         (0.15, "iacet_ceu", 1.5), (2, "college_credit", 30.0)])
def test_conversions_are_exact(credits: float, kind: str, points: float) -> None:
    assert points_for(credits, kind) == points


def test_an_expired_credit_the_page_says_is_not_given_now_is_no_credit() -> None:
    from catalog.page import ExtractedPage, Section
    from scoring.credits import no_credit_today
    from scoring.tags import tag_page

    statement = "AAMA approval (formerly 2 AAMA CEUs, General) expired 06/30/2026."
    assert no_credit_today(statement, f"Credits\nNone. {statement}")
    assert not no_credit_today(statement, "Now 2.0 contact hours.")
    assert no_credit_today(statement, f"{statement} That approval has expired: viewing the recording now earns no CEUs.")
    assert no_credit_today(statement, f"{statement} Certificates are no longer issued, and watching the recording now "
                                      "awards no CEUs.")
    assert not no_credit_today("Approved for 2 AAMA CEUs (general).", "Credits: none for auditors")
    lapsed = "This recording was approved for 1.5 AAMA CEUs through September 30, 2026."
    assert no_credit_today(lapsed, f"{lapsed} That approval has expired, and certificates issued now list no CEUs.")
    assert no_credit_today(lapsed, f"{lapsed} That approval has expired.\nCredits: No CEUs (approval expired)")
    assert not no_credit_today(lapsed, f"{lapsed} That approval has expired. Certificates list 1.5 contact hours.")
    assert no_credit_today(lapsed, f"{lapsed} That approval has expired; completions from July 1, 2026 receive a certificate "
                                   "of completion with no CEUs.")  # (sealed120)
    assert no_credit_today(lapsed, f"{lapsed} That approval has expired; completions receive a certificate of completion "
                                   "only, with no AAMA CEUs or contact hours.")  # (sealed137)
    body = ["Ethics & Scope of Practice (Home Study)", "Credits", f"None. {statement}"]
    page = ExtractedPage(url="https://press.example.com/products/ethics", title=body[0], text="\n".join(body),
                         sections=[Section(body[0], 1, body[1]), Section("Credits", 2, body[2])])
    tags = tag_page(page)
    assert (tags.credits, tags.points) == (None, None)


def test_a_unit_definition_is_no_credit() -> None:
    from scoring.credits import find_credits

    assert find_credits("We issue the IACET CEU. One CEU equals ten contact hours of participation.") == []
    assert [m[0] for m in find_credits("0.3 IACET CEUs (3 contact hours). 1 CEU = 10 contact hours.")] == [
        Decimal("0.3"), Decimal("3")]
    assert find_credits("2 hours of video") == []  # the check after a mention is anchored where it ends


def test_contact_hours_and_their_iacet_ceus_on_separate_lines_give_the_ceus() -> None:
    from catalog.page import ExtractedPage, Section
    from scoring.tags import tag_page

    rows = ["Course number | HLTH 9041", "Contact hours | 6", "IACET CEUs | 0.6"]
    page = ExtractedPage(url="https://cc.example.edu/hlth-9041", title="Phlebotomy Refresher", text="\n".join(rows),
                         sections=[Section("Phlebotomy Refresher", 1, "\n".join(rows), rows, "table")])
    tags = tag_page(page)
    assert (tags.credits, tags.credit_unit, tags.points) == (0.6, "iacet_ceu", 6.0)


def test_an_amount_keeps_its_own_unit_under_a_credit_label() -> None:
    info = parse_credits("Credit Hours | 2 semester credit hours")  # a college credit, not 2 contact hours
    assert (info.credits, info.unit, info.points) == (2.0, "other", 30.0)


def test_a_label_saying_approved_names_its_amount() -> None:
    info = parse_credits("AAMA CEUs approved: 2.0 (clinical).")
    assert (info.credits, info.unit) == (2.0, "aama_ceu")


def test_an_approval_that_expired_in_the_next_sentence_gives_no_credit_now() -> None:
    from scoring.credits import no_credit_today

    statement = "This recording was approved for 1.0 AAMA CEU (administrative) when it aired live in October 2026."
    page = f"{statement} That approval expired on November 30, 2026; certificates issued now carry no AAMA CEUs."
    assert no_credit_today(statement, page)
    assert not no_credit_today(statement, f"{statement} Certificates carry 1.0 AAMA CEU.")
    # (holdout107, JSPWiki) the live activity's contact hour, "received ... at the time", beside "No CE credit or
    # certificate is offered for the recording"
    past = "Staff who attended the live grand rounds on July 14 received 1.0 contact hour at the time"
    assert no_credit_today(past, f"No CE credit or certificate is offered for the recording. ({past}; that activity is closed.)")


@pytest.mark.parametrize(("text", "kind", "said"), [
    ("Este taller no otorga CEUs.", "aama_ceu", True),
    ("This workshop does not award CEUs or contact hours.", "aama_ceu", True),
    ("This course does not award CEUs; the certificate lists 2 contact hours.", "contact_hour", False),
    ("The course awards 2 CEUs.", "aama_ceu", False),
    ("Live on Zoom. It does not carry credit if you miss the polls.", "aama_ceu", True),
    # "it" standing for something else named earlier in its sentence
    ("A recording is shared afterwards for review only; it does not carry credit.", "aama_ceu", False),
    # ... or in the sentence before ("A recording is posted ... for reference only. It does not carry CE credit.")
    ("A recording is posted on the intranet for reference only. It does not carry CE credit.", "aama_ceu", False),
    ("Join live on Zoom. It does not carry CE credit for latecomers.", "aama_ceu", True),
    # a recording's own page (holdout106, Quartz): "Watching this recording does not earn CE credit"
    ("That approval covered the live event only. Watching this recording does not earn CE credit.", "aama_ceu", True),
    # (holdout109, Buzzsprout) "No CE credit is offered for this recording"; (holdout109, FUDforum) a reader's reply about
    # another module ("It doesn't give any credit though") says nothing of the post's course
    ("No CE credit is offered for this recording. Episode 44 is approved for 1 AAMA CEU.", "aama_ceu", True),
    ("Credit: 0.2 CEU.\nRe: [Sponsored] HIPAA\nThe society has a free HIPAA module. It doesn't give any credit though.",
     "iacet_ceu", False),
])
def test_a_course_that_says_it_awards_no_credit(text: str, kind: str, said: bool) -> None:
    from scoring.credits import none_awarded

    assert (none_awarded(text, kind) is not None) is said


@pytest.mark.parametrize(("text", "credits", "unit", "points"), [
    ("Credits | 2 (quarter credits)", 2.0, "other", 30.0),  # the unit in brackets after the amount
    ("2 (two) contact hours", 2.0, "contact_hour", 2.0),
    ("approved for two (2) AAMA CEUs", 2.0, "aama_ceu", 2.0),
    ("This course awards zero point two (0.2) IACET CEUs.", 0.2, "iacet_ceu", 2.0),  # the figures win over the words
    ("2 C.E.U.s · $40", 2.0, "other", 2.0),  # the unit spelt with stops
    ("1½ contact hours", 1.5, "contact_hour", 1.5),  # vulgar fractions
    ("½ AAMA CEU", 0.5, "aama_ceu", 0.5),
    # a bare "CE" as the unit
    ("HIPAA Annual Update (1 CE)", 1.0, "other", 1.0),
    ("CEs: 2", 2.0, "other", 2.0),
    # each part's credit, then the whole course's
    ("Each evening carries 2.0 AAMA-approved CEUs in the general category — 6.0 for the full series.", 6.0, "aama_ceu", 6.0),
    # contact hours of instruction are contact hours; hours of instruction alone are how long it runs (holdout150)
    ("Certificates issued after that date list 1.5 contact hours of instruction and no AAMA CEUs.", 1.5, "contact_hour", 1.5),
    # (or the certificate's after it: holdout151's Event Espresso series)
    ("Each evening is 1.5 contact hours; attendees who complete all three evenings and the post-session checks receive a "
     "certificate for 4.5 contact hours.", 4.5, "contact_hour", 4.5),
])
def test_amounts_and_units_written_with_brackets(text: str, credits: float, unit: str, points: float) -> None:
    info = parse_credits(text)
    assert (info.credits, info.unit, info.points) == (credits, unit, points)


def test_credit_hours_on_a_college_class_page_are_college_credits() -> None:
    from scoring.credits import CreditInfo, college_class

    hours = CreditInfo(3.0, "contact_hour", 3.0, "contact_hour", None, "Credit Hours: | 3")
    college = college_class(hours, "Tuition | $172.00 | Per credit hour")
    assert (college.credits, college.unit, college.points) == (3.0, "other", 45.0)
    assert college_class(hours, "A live webinar. $25.") is hours  # a CE provider's "credit hours" are contact hours
    contact = CreditInfo(3.0, "contact_hour", 3.0, "contact_hour", None, "3 contact hours")
    assert college_class(contact, "Tuition per credit hour") is contact


@pytest.mark.parametrize("text", ["Spring 2027 credits", "Spring 2027 CE Pass", "Section 2 CE calendar",
                                  "What the 2027 CEU changes mean for you"])
def test_a_year_or_a_name_beside_a_unit_is_no_credit(text: str) -> None:
    assert parse_credits(text).credits is None


def test_a_recording_that_no_longer_awards_ceus_has_no_credit_today() -> None:
    page = ("This recording was approved for 1 AAMA CEU through June 30, 2026. That approval has expired, and the recording "
            "no longer awards CEUs or a certificate.")
    assert no_credit_today("This recording was approved for 1 AAMA CEU through June 30, 2026.", page)
    iacet = ("Offers 0.2 CEU for this program. AAMA approval for this program ended on June 30, 2026, so it no longer "
             "carries AAMA CEUs.")
    assert not no_credit_today("Offers 0.2 CEU for this program.", iacet)
    certificate = ("This recording was approved for 1.0 AAMA CEU until September 30, 2026. That approval has expired, and no "
                   "CE certificate is issued for watching it now.")
    assert no_credit_today("This recording was approved for 1.0 AAMA CEU until September 30, 2026.", certificate)


@pytest.mark.parametrize(("told", "now"), [
    ("The live session on April 18, 2026 was approved for 1.0 AAMA CEU (General) for attendees in the room.",
     "CE credit is not available for viewing the recording, and no certificate is issued for it."),
    ("The live session on October 14 was approved for 1 AAMA CEU (General) for people who attended live.",
     "Please note: no CE credit is available for the recording."),
])
def test_a_live_session_s_credit_on_its_recording_s_page_is_no_credit_today(told: str, now: str) -> None:
    page = f"{told} {now}"
    assert no_credit_today(told, page)
    record = build_record(extract_page("https://ce.example.org/recordings/de-escalation",
                                       f"<html><head><title>De-escalation (recording)</title></head><body><main>"
                                       f"<h1>De-escalation (recording)</h1><p>Watch free.</p><p>{told}</p><p>{now}</p>"
                                       "</main></body></html>"), as_of=date(2026, 12, 5))
    assert (record["aama_approved"], record["credits"], record["is_free"]) == (False, None, True)
    # a condition on today's credit is no statement that there is none
    assert not no_credit_today("Approved for 2 AAMA CEUs for those who attended the full session.",
                               "Approved for 2 AAMA CEUs for those who attended the full session. No credit is "
                               "available for partial attendance.")


def test_a_reply_pointing_to_another_session_for_points_states_no_credit_of_this_recording() -> None:
    html = ("<html><head><title>Recording: Motivational Interviewing</title></head><body><main><h1>Recording: Motivational "
            "Interviewing</h1><p>Free for everyone. Heads-up about credit: the live session on Nov 12 was approved for 1 AAMA "
            "CEU, but that approval covered live attendance only. No CE credit is available for the recording.</p>"
            "<p>Sorry, no credit for the recording. The January 14 Zoom night is 1 AAMA CEU and free for members ($15 for "
            "non-members) if you need points.</p></main></body></html>")
    record = build_record(extract_page("https://forum.example.org/forum/recordings/1203-recording-mi", html),
                          as_of=date(2026, 12, 5))
    assert (record["credits"], record["price_usd"], record["is_free"]) == (None, 0.0, True)
    # "does not carry CE credit" says none for the recording; "does not carry AAMA CEUs" leaves its contact hours
    assert no_credit_today("The 1 AAMA CEU was only for people who attended the meeting.",
                           "The 1 AAMA CEU was only for people who attended the meeting. The recording does not carry CE "
                           "credit.")


def test_a_reader_s_own_tally_and_a_live_session_s_ce_are_no_credit_of_a_recording() -> None:
    html = ("<html><head><title>Recording: HIPAA and texting</title></head><body><main><h1>Recording: HIPAA and texting</h1>"
            "<p>Free to watch, no certificate. The CE was for people who attended live.</p><p>I only have 4 general points so "
            "far</p></main></body></html>")
    record = build_record(extract_page("https://forum.example.org/community/ce/hipaa-texting-recording/", html),
                          as_of=date(2026, 12, 5))
    assert record["credits"] is None and not record["checklist"]["rationale"]["met"]


def test_ce_none_beside_a_live_session_s_credit_and_a_pointer_for_actual_credit() -> None:
    assert no_credit_today("The live session on Nov 12 was approved for 1 AAMA CEU for people who attended live.",
                           "CE: none. The live session on Nov 12 was approved for 1 AAMA CEU for people who attended live.")
    html = ("<html><head><title>Recording: MI Basics</title></head><body><main><h1>Recording: MI Basics</h1><p>Free to "
            "watch; no certificate.</p><p>If you need actual credit, Northcove has a self-paced MI course, I think it's $39 "
            "for 2 AAMA CEUs.</p></main></body></html>")
    record = build_record(extract_page("https://lemmy.example.org/post/5521", html), as_of=date(2026, 12, 5))
    assert (record["credits"], record["price_usd"]) == (None, 0.0)


def test_a_dollar_amount_before_a_ce_word_is_no_credit():
    assert parse_credits("$12.00 (CE Club members: included)").credits is None
    assert parse_credits("CE certificate $12 · 1.5 AAMA CEUs (clinical)").credits == 1.5


def test_an_approval_that_ended_and_certificates_that_carry_no_credit_leave_no_credit():
    # sealed131 (Jenzabar-style catalogue): an expired recording whose certificates now carry nothing
    from scoring.credits import no_credit_today

    evidence = "This recording was approved for 1.5 AAMA CEUs (general) through November 30, 2026."
    text = (evidence + " That approval has ended: certificates of completion issued from December 1, 2026 do not carry "
            "AAMA CEUs or any other continuing education credit.")
    assert no_credit_today(evidence, text)
    assert not no_credit_today(evidence, evidence + " Certificates list 1.5 contact hours.")


def test_a_recording_whose_approval_was_not_renewed_now_earns_nothing():
    # holdout_sites_sealed142 (EventsAir-style conference): the recording's credit is history
    from scoring.credits import none_awarded

    text = ("This recording was approved for 1.5 AAMA CEUs through October 31, 2026. That approval was not renewed, so "
            "watching the recording now earns no AAMA CEUs and no contact hours, and no certificate is issued.")
    assert none_awarded(text, "aama_ceu") == "watching the recording now earns no AAMA CEUs"
    # (a live session's page speaking of its recording later is about another offering)
    assert none_awarded("Attend live for 1.5 AAMA CEUs. Watching the recording later earns no CEUs.", "aama_ceu") is None


def test_a_recording_that_no_longer_carries_aama_ceus_awards_none_and_its_iacet_ceu_stands():
    # holdout_sites_sealed157 (Weezevent-style conference): "That approval has expired, and the recording no longer carries
    # AAMA CEUs or contact hours"
    from scoring.credits import none_awarded

    text = ("This recording was approved for 1 AAMA CEU through September 30, 2026. That approval has expired, and the "
            "recording no longer carries AAMA CEUs or contact hours.")
    assert none_awarded(text, "aama_ceu")
    # holdout6: "... offers 0.2 CEU for this program. AAMA approval ... ended ..., so it no longer carries AAMA CEUs."
    assert none_awarded("IACET ... offers 0.2 CEU for this program. AAMA approval for this program ended on June 30, 2026, "
                        "so it no longer carries AAMA CEUs.", "iacet_ceu") is None
