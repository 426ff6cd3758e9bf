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
