"""Page kind on small pages shaped like the ones that fooled the classifier on unseen sites.

Grouped by where each shape was met: the held-out sites (tests/fixtures/holdout_sites,
first crawl) and held-out pages (tests/fixtures/holdout, holdout2). Each case is a
general shape (an archive URL, cards nested in a wrapper, an event that is not
training), written here from scratch rather than copied from those pages.
"""

from __future__ import annotations

import json

import pytest

from crawler.extract import extract_page
from scoring import build_record

_RELATED = """<section><h2>{heading}</h2><div class="cards">
<div class="card"><a href="/courses/a">Difficult Veins at the Draw Station</a><p>$39</p></div>
<div class="card"><a href="/courses/b">Blood Culture Collection Basics</a><p>$29</p></div>
<div class="card"><a href="/courses/c">Urine Specimen Collection Basics</a><p>Free</p></div>
</div></section>"""


def _page(body: str, title: str = "Page") -> str:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def _nested_cards(n: int) -> str:
    """Moodle/calendar-style cards: the link sits in an inner block; the price in a sibling block."""
    return "".join(
        f'<div class="coursebox"><div class="info"><h3><a href="/catalog/courses/{i}/">Course number {i} title</a>'
        f'</h3></div><div class="content"><p>Summary of course {i}.</p><p>CE credit: {i % 3 + 1} AAMA CEUs</p>'
        f"<p>Cost: USD {20 + i}.00</p></div></div>"
        for i in range(n)
    )


def _event_cards(n: int) -> str:
    return "".join(
        f'<article class="event-card"><div class="event-card__body"><p><a href="/events/category/pro/">Professional '
        f'Education</a></p><h3><a href="/events/event/{i}/">Event number {i} for clinic staff</a></h3>'
        f"<p>January {i + 1}, 2027, 9:00 a.m.</p><p>Registration fee: ${30 + i}</p></div></article>"
        for i in range(n)
    )


COURSE_BODY = """<h1>{title}</h1><p>This course is designed for medical assistants who room patients.</p>
<h2>Objectives</h2><ul><li>Describe the steps</li><li>Demonstrate the technique</li></ul>
<p>Credits: 2 AAMA CEUs</p><p>Price: $49</p><a href="/enroll/x">Enroll now</a>"""


# (name, url, html, expected kind)
SEEN_ON_HELD_OUT_SITES = [
    ("listing of cards whose link sits in an inner block", "https://learn.example.org/catalog/category/1/",
     _page("<h1>Clinical Skills</h1>" + _nested_cards(5)), "listing"),
    ("calendar of event cards with a category link in each", "https://health.example.org/education-events/",
     _page("<h1>Education Calendar</h1><section>" + _event_cards(6) + "</section>"), "listing"),
    ("a course page with a related block under 'More classes you might like'",
     "https://ce.example.com/classes/ekg", _page(COURSE_BODY.format(title="EKG Essentials")
                                                   + _RELATED.format(heading="More classes you might like")), "course"),
    ("an FAQ that quotes prices and credits", "https://ce.example.com/faq",
     _page("<h1>Frequently asked questions</h1><p>Most classes carry 2 contact hours.</p>"
           "<p>Classes cost $45; this course fee includes the card.</p><a href='/book'>Book now</a>"), "policy"),
    ("a tag archive listing two events", "https://chapter.example.org/tags/webinar/",
     _page("<h1>Tag: webinar</h1><p>1 AAMA CEU (general). January 19, 2027 at 7:00 p.m. Online via Zoom.</p>"),
     "listing"),
    ("meeting minutes that mention CE and money", "https://chapter.example.org/minutes/2026-09-meeting/",
     _page("<h1>Minutes: General Meeting</h1><p>The October webinar will offer 1 AAMA CEU.</p>"
           "<p>Treasurer: balance $4,210.</p><p>The session lasted 60 minutes.</p>"), "other"),
    ("an about page on the provider's IACET accreditation", "https://learn.example.org/about/iacet/",
     _page("<h1>IACET accreditation</h1><p>Our courses award IACET CEUs; 0.1 CEU equals one contact hour."
           " This course format follows the ANSI/IACET standard.</p>"), "other"),
    ("a support group with a fee and a facilitator", "https://health.example.org/events/event/12/",
     _page("<h1>Living Well with Diabetes Support Group</h1><p>Tuesday, January 12, 2027 · 6:00 – 7:30 p.m.</p>"
           "<p>Free. Facilitated by a diabetes educator.</p><p>Duration: 90 minutes</p>"), "other"),
    ("a career fair", "https://health.example.org/events/event/13/",
     _page("<h1>Nursing &amp; Allied Health Career Fair</h1><p>March 3, 2027 at 10:00 a.m.</p><p>Free admission.</p>"
           "<p>Meet recruiters for 2 hours.</p><a href='/register'>Register</a>"), "other"),
    ("a chapter banquet with tickets", "https://chapter.example.org/events/2027/06/banquet/",
     _page("<h1>Annual Installation Banquet</h1><p>June 12, 2027 at 6:00 p.m.</p><p>Tickets: $45</p>"), "other"),
]

SEEN_ON_HELD_OUT_PAGES = [
    ("a course whose related block is headed 'Learners also took'",
     "https://school.example.com/courses/capillary-puncture",
     _page("<h1>Capillary Puncture</h1><p>Free. Optional certificate: $12 (1 contact hour).</p><p>Self-paced video lessons and a quiz.</p>"
           "<a href='/enroll'>Start learning now</a>" + _RELATED.format(heading="Learners also took")), "course"),
    ("a bundle that lists its courses' credits without linking them", "https://academy.example.com/power-pack",
     _page("<h1>Recertification Power Pack (10 courses)</h1><p>Bundle price $129. Buy the bundle.</p>"
           "<table><tr><td>HIPAA Refresher</td><td>1 AAMA CEU</td></tr><tr><td>Vital Signs</td><td>1.5 AAMA CEUs"
           "</td></tr><tr><td>EKG Lead Placement</td><td>2 AAMA CEUs</td></tr></table>"), "bundle"),
    ("a recert pack naming its courses and their credits in a sentence", "https://sma.example.org/2027-recert-pack",
     _page("<h1>2027 Recert Pack</h1><p>Three courses in one purchase: 2027 Coding Updates (2.0 AAMA CEUs), Point-of-Care "
           "Testing (2.5 AAMA CEUs) and the HIPAA and Social Media recording (1.5 contact hours).</p><table><tr><td>Non-member"
           "</td><td>$89.00</td></tr><tr><td>Member</td><td>$59.00</td></tr></table>"), "bundle"),
    ("staff training with objectives but no price or credit", "https://hospital.example.org/education/vitals-lab",
     _page("<h1>Vital Signs Skills Lab</h1><p>Designed for newly hired medical assistants.</p><h2>Objectives</h2>"
           "<ul><li>Measure blood pressure manually</li><li>Record a pulse</li></ul><p>This is a 3-hour hands-on lab."
           "</p><a href='/register'>Register</a>"), "course"),
    ("a no-charge micro-lesson for new hires", "https://academy.example.com/courses/greeting-patients",
     _page("<h1>Greeting Patients with Confidence</h1><p>A 20-minute micro-lesson for new front-desk hires.</p>"
           "<p>Included at no charge.</p>"), "course"),
    ("a paid community class for the public, no credit and no objectives", "https://health.example.org/classes/baby",
     _page("<h1>Newborn Care Basics</h1><p>For expectant parents and grandparents.</p><p>Fee: $25 per couple.</p>"
           "<p>Saturday, March 6, 2027 at 9:00 a.m., 3 hours.</p><a href='/register'>Register</a>"), "other"),
]


_OTHER_EVENTS = "".join(
    f"<tr><td><a href='detail-{i}.aspx'>Program number {i}</a></td><td>March {i}, 2027</td><td>1.0 AAMA CEU</td></tr>"
    for i in range(1, 5))

# The sealed held-out sites (tests/fixtures/holdout_sites_sealed), after their one sealed crawl
SEEN_ON_SEALED_SITES = [
    ("an event page whose related table is headed by one <th>", "https://chapter.example.org/events/detail-1042.aspx",
     _page("<h2>Diabetes Care Update</h2><table><tr><td>CEUs:</td><td>1.0 AAMA CEU</td></tr><tr><td>Fee:</td>"
           "<td>$10</td></tr></table><p>This program is for medical assistants in primary care.</p>"
           "<table><tr><th colspan='3'>Other CE opportunities</th></tr>" + _OTHER_EVENTS + "</table>"), "course"),
    ("an archive table of past programmes with their credits", "https://chapter.example.org/events/past-events.cfm",
     _page("<h2>Past Events</h2><table><tr><th>Date</th><th>Program</th><th>CEUs</th></tr>"
           "<tr><td>10/13/2026</td><td>Flu Season Readiness</td><td>1.0 AAMA CEU (Clinical)</td></tr>"
           "<tr><td>09/08/2026</td><td>Anticoagulation Basics</td><td>1.0 AAMA CEU (Clinical)</td></tr>"
           "<tr><td>04/18/2026</td><td>Spring Seminar 2026</td><td>5.5 AAMA CEUs</td></tr></table>"), "listing"),
    ("a store collection's second page", "https://store.example.com/collections/online-courses?page=2",
     _page("<h1>Collection: Online CE</h1><p>2 AAMA CEUs · $29 · self-paced online</p>"), "listing"),
    ("a gift card", "https://store.example.com/products/gift-card",
     _page("<h1>Gift Card</h1><p>Give any CE course to a medical assistant you know.</p><p>$25.00</p>"
           "<button>Add to cart</button>"), "other"),
]


@pytest.mark.parametrize(("name", "url", "html", "kind"),
                         SEEN_ON_HELD_OUT_SITES + SEEN_ON_HELD_OUT_PAGES + SEEN_ON_SEALED_SITES,
                         ids=[c[0] for c in SEEN_ON_HELD_OUT_SITES + SEEN_ON_HELD_OUT_PAGES + SEEN_ON_SEALED_SITES])
def test_page_kind(name, url, html, kind):
    page = extract_page(url, html)
    assert page.kind == kind, (name, page.kind, page.kind_reasons)


def test_prices_in_a_related_block_are_not_this_course_s():
    html = _page("<h1>Diabetes Care Workshop</h1><p>Cost: Free. Open to medical assistants.</p>"
                 "<p>Credit: 2.0 contact hours</p><aside><h2>Other classes you may like</h2><div class='card'>"
                 "<a href='/classes/a'>Advanced Wound Care Day</a><span class='price'>$70</span></div>"
                 "<div class='card'><a href='/classes/b'>Phlebotomy Skills Day</a><span class='price'>$185</span>"
                 "<del>$200</del></div></aside>")
    page = extract_page("https://health.example.org/classes/diabetes-care", html)
    prices = [c.text for c in page.candidates if c.field in ("price_text", "price_was_text")]
    assert prices and all("70" not in p and "185" not in p and "200" not in p for p in prices), prices


def test_a_course_sidebar_beside_main_is_read():
    html = ("<html><body><div class='wrap'><main><h1>Medication Administration Review</h1>"
            "<p>Approved for 2 AAMA CEUs (clinical).</p></main><aside class='course-sidebar'>"
            "<div class='card-pricing'>$35.00</div><p>Members: $25.00</p><button>Enroll now</button>"
            "<p>Format: Recorded webinar</p><h3>Popular right now</h3><ul><li><a href='/c/x'>HIPAA Basics</a>"
            " <span class='price'>$19</span></li></ul></aside></div></body></html>")
    page = extract_page("https://ce.example.com/courses/med-admin/", html)
    prices = [c.text for c in page.candidates if c.field == "price_text"]
    assert "$35.00" in prices and not any("19" in p for p in prices), prices
    assert "Format: Recorded webinar" in page.text and "HIPAA Basics" not in page.text
    record = build_record(page)
    assert (record["price_usd"], record["member_price_usd"]) == (35.0, 25.0)


@pytest.mark.parametrize(("name", "html", "expected"), [
    ("GPAHLN Learn", "<p>Great Plains Allied Health Learning Network &middot; Omaha, NE</p>",
     "Great Plains Allied Health Learning Network"),
    ("NAMA e-Learning", "<p>the National Association of Medical Assistants</p>", "National Association of Medical Assistants"),
    ("AAMA", "<p>approved for AAMA CEUs</p>", None),
    ("CarePath Academy", "<p>CarePath CE Academy</p>", None),
])
def test_acronym_provider_is_spelled_out(name, html, expected):
    from crawler.extract.identity import expand_acronym

    assert expand_acronym(name, html) == expected


def test_a_chapter_keeps_its_own_name_before_its_parents():
    html = ("<html><head><title>Diabetes Care Update - Flint Hills Chapter HSMA</title></head><body>"
            "<h1>Diabetes Care Update</h1><p>A chapter of the Heartland Society of Medical Assistants.</p>"
            "<footer><p>&copy; 2026 Flint Hills Chapter HSMA. All rights reserved.</p></footer></body></html>")
    providers = [c.value for c in extract_page("https://fh.example.org/events/1", html).candidates
                 if c.field == "provider"]
    assert providers[0] == "Flint Hills Chapter, Heartland Society of Medical Assistants", providers


def test_a_banner_h1_naming_the_site_gives_way_to_the_page_heading():
    html = ("<html><head><title>Diabetes Care Update - Flint Hills Chapter HSMA</title></head><body>"
            "<table><tr><td><h1>Flint Hills Chapter</h1></td></tr><tr><td><h2>Diabetes Care Update</h2>"
            "<p>1.0 AAMA CEU. Fee: $10.</p></td></tr><tr><td>&copy; 2026 Flint Hills Chapter HSMA. All rights reserved."
            "</td></tr></table></body></html>")
    assert extract_page("https://chapter.example.org/events/detail-1042.aspx", html).title == "Diabetes Care Update"
    course_h1 = html.replace("<h1>Flint Hills Chapter</h1>", "<h1>Diabetes Care Update</h1>").replace(
        "<h2>Diabetes Care Update</h2>", "<h2>Flint Hills Chapter</h2>")
    assert extract_page("https://chapter.example.org/events/detail-1042.aspx", course_h1).title == "Diabetes Care Update"


def test_tab_panels_hidden_until_clicked_are_content():
    html = _page("<h1>Bloodborne Pathogens</h1><div role='tablist'><button>Details</button></div>"
                 "<section role='tabpanel' class='panel' hidden><h2>Course Details</h2><table><tr><th>Course Type</th>"
                 "<td>Online, self-paced</td></tr><tr><th>Cost</th><td>Free</td></tr></table></section>"
                 "<div class='promo' hidden>Hidden promo</div>"
                 "<div class='cookie-panel' aria-hidden='true'>We use cookies to improve your visit</div>")
    page = extract_page("https://learn.example.gov/course/1098442", html)
    assert "Online, self-paced" in page.text and "Hidden promo" not in page.text
    assert "We use cookies" not in page.text  # hidden and named as chrome: a panel, but a cookie banner's


@pytest.mark.parametrize("marks", ["leftnav", "topnav", "subnav sidebar", "mainmenu"])
def test_fused_navigation_class_names_are_chrome(marks):
    html = _page(f"<h1>EKG Workshop</h1><p>Location: Training Center, Room 114</p><div class='{marks}'>"
                 "<ul><li><a href='/events/9'>Coding Corner Webinar</a></li></ul></div>")
    assert "Coding Corner Webinar" not in extract_page("https://chapter.example.org/events/1", html).text


def test_a_former_price_named_by_its_class_inside_the_price_box_is_history():
    """holdout_sites_sealed62 (Lightspeed): "<span class=price-old>$30.00</span> <span class=price>Free</span>"; a
    theme's "price--regular" inside the box is today's price, not history."""
    from scoring import build_record

    html = ("<html><body><main><h1>EHR Inbox Management</h1><p>2 contact hours. Self-paced online.</p>"
            "<div class='product-price'><span class='price-old'>$30.00</span> <span class='price'>Free</span></div>"
            "</main></body></html>")
    page = extract_page("https://shop.example.com/ehr-inbox-management.html", html)
    assert [c.text for c in page.candidates if c.field == "price_was_text"] == ["$30.00"]
    assert (build_record(page)["price_usd"], build_record(page)["is_free"]) == (0.0, True)
    regular = html.replace("price-old", "price-item price-item--regular").replace("Free", "$24.00")
    assert not [c for c in extract_page("https://shop.example.com/x.html", regular).candidates if c.field == "price_was_text"]


@pytest.mark.parametrize("struck", [
    '<span class="text-slate-600 line-through">$29</span>',  # Tailwind
    '<span style="text-decoration: line-through">$29</span>',
    '<span class="price-item price-item--compare-at">$29</span>',  # Shopify compare-at
])
def test_a_price_struck_through_by_class_or_style_is_a_former_price(struck):
    from scoring import build_record

    html = (f"<html><body><main><h1>Pediatric Immunization Schedules</h1><p>1.5 AAMA CEUs (clinical). Self-paced.</p>"
            f"<p class='text-2xl font-bold'>Free {struck}</p><p>Free for a limited time.</p></main></body></html>")
    page = extract_page("https://lms.example.com/learn/pediatric-immunization", html)
    assert [c.text for c in page.candidates if c.field == "price_was_text"] == ["$29"]
    record = build_record(page)
    assert (record["price_usd"], record["is_free"]) == (0.0, True)


def test_a_product_that_ships_with_no_credit_is_not_a_course():
    body = ("<h1>CE Tracking Log &amp; Recertification Planner (Printed)</h1><p>Regular price $14.95</p>"
            "<p>Shipping calculated at checkout.</p><p>A 64-page planner for recording every CE activity for medical "
            "assistants across the 60-month recertification cycle.</p><button>Add to cart</button>")
    assert extract_page("https://press.example.com/products/ce-log-planner", _page(body)).kind == "other"
    course = body.replace("Regular price", "2 AAMA CEUs (general). Home-study packet. Regular price")
    assert extract_page("https://press.example.com/products/ce-log-packet", _page(course)).kind == "course"


def test_a_field_label_in_its_own_element_labels_the_next_one():
    body = ('<h1>Phlebotomy Refresher</h1><div class="field"><div class="field__label">Presented by</div>'
            '<div class="field__item">New England Phlebotomy Institute (NEPI)</div></div>'
            '<div class="field"><div class="field__label">Date &amp; time</div>'
            '<div class="field__item">Saturday, March 13, 2027, 9:00 a.m. EST</div></div>'
            '<div class="field"><div class="field__label">Credits</div><div class="field__item">0.4 CEUs</div></div>')
    html = ("<html><head><title>Phlebotomy Refresher | GSSMA</title></head><body>"
            '<header><a href="/"><img class="site-logo" alt="Home" src="/logo.svg"></a></header>'
            f"<main>{body}</main><footer>&copy; 2026 Granite State Society of Medical Assistants</footer></body></html>")
    page = extract_page("https://gssma.example.org/education/phlebotomy-refresher", html)
    labelled = {c.field: c.value for c in page.candidates if c.source == "html:para-label"}
    assert labelled["start_date"] == "Saturday, March 13, 2027, 9:00 a.m. EST"
    assert labelled["credit_text"] == "0.4 CEUs"
    providers = [c.value for c in page.candidates if c.field == "provider"]
    assert providers[0] == "New England Phlebotomy Institute" and "Home" not in providers, providers
    assert "Presented by\nNew England Phlebotomy Institute (NEPI)" in page.text  # the page text is as shown


@pytest.mark.parametrize(("value", "expected"), [
    ("Seacoast Regional Medical Center, Laboratory Services", "Seacoast Regional Medical Center"),
    ("Meridian Compliance Group, LLC", "Meridian Compliance Group, LLC"),
    ("Brian Kessler, PA-C", None),  # a person presenting is the instructor
    ("Jane Doe, RN, Seacoast Health", None),
    ("To be announced", None),
    ("Cumberland Gap Revenue Integrity Group, Chattanooga, TN", "Cumberland Gap Revenue Integrity Group"),  # not a PhD's ", TN"
    ("East Tennessee Chapter", None),  # a unit of the society whose site it is
    ("Prairie Crossroads Pharmacy Education Network, Salina, Kansas", "Prairie Crossroads Pharmacy Education Network"),
    # the name before what it is ("..., a nonprofit employer safety coalition. HDMAA shares this partner program ...")
    ("Duke City Workplace Safety Council, a nonprofit employer safety coalition. HDMAA shares this partner program with "
     "members; the Council presents the program, issues certificates and handles registration.",
     "Duke City Workplace Safety Council"),
    ("St. Luke's Regional Medical Center, Laboratory Services", "St. Luke's Regional Medical Center"),  # an abbreviation
    # another party and a note on the presenter are not its name
    ("Northwoods Healthcare Safety Alliance, in partnership with PLMAA", "Northwoods Healthcare Safety Alliance"),
    ("Lakehead Technical College (an IACET Accredited Provider)", "Lakehead Technical College"),
    ("Osage Hills Regional Medical Center, Laboratory Outreach Education", "Osage Hills Regional Medical Center"),
])
def test_an_organisation_presenting_a_program_is_its_provider(value, expected):
    from crawler.extract.cues import presenting_organisation

    assert presenting_organisation("Hosted by" if "Chapter" in value else "Presented by", value) == expected


_ONE_COURSE = ("<h1>{title}</h1><p>2 AAMA CEUs (clinical). Live webinar on Zoom, Tuesday, March 9, 2027 at 7 pm ET.</p>"
               "<p>Price: $49</p><h2>Objectives</h2><ul><li>Describe the steps</li><li>Demonstrate the method</li></ul>"
               "<button>Register now</button>")


@pytest.mark.parametrize(("url", "title", "kind"), [
    ("https://ce.example.org/events/past/fall-workshop-2026", "Fall Workshop", "other"),
    ("https://ce.example.org/pages/past-webinar-october-2026", "Professional Communication Workshop", "other"),
    ("https://ce.example.org/pages/live-events", "Past Live Events", "other"),
    ("https://ce.example.org/pages/blog-how-many-ceus-do-i-need", "How many CEUs do I need?", "blog"),
    # a site builder that makes every page a blog post (Strikingly): one course's own post is that course
    ("https://chapter.mystrikingly.example.com/blog/spring-education-day-2027", "Spring Education Day 2027", "course"),
    ("https://ce.example.org/courses/pastoral-care-basics", "Pastoral Care Basics", "course"),
    ("https://ce.example.org/courses/injection-update", "Injection Update", "course"),
])
def test_past_events_and_blog_posts_are_not_courses(url, title, kind):
    assert extract_page(url, _page(_ONE_COURSE.format(title=title), title)).kind == kind


def test_a_bundle_that_lists_its_courses_without_links_is_a_bundle():
    body = ("<h1>CMA Recert Bundle</h1><p>Four AAMA-approved courses, 14.5 AAMA CEUs across all three categories.</p>"
            "<p>$258.00 $179.00</p><button>Buy bundle</button><h2>Included courses</h2>"
            "<div class='card'><h3>EKG Interpretation</h3><p>Tasha Monroe</p></div>"
            "<div class='card'><h3>HIPAA &amp; Ethics</h3><p>Tasha</p></div>")
    assert extract_page("https://school.example.com/bundles/cma-recert-bundle", _page(body)).kind == "bundle"
    one_course = body.replace("<h2>Included courses</h2>", "<h2>Objectives</h2><ul><li>Define terms</li></ul>"
                              "<p>This bundle of six modules is one course.</p>")
    assert extract_page("https://school.example.com/courses/terminology-bundle", _page(one_course)).kind == "course"


@pytest.mark.parametrize(("heading", "kind"), [
    ("2027 Conference Registration", "other"),
    ("List Your CE Program", "other"),
    ("Membership", "other"),
    ("Family & Friends CPR (Free Community Class)", "other"),
    ("Front Desk Registration Skills", "course"),  # a course about registering patients
])
def test_pages_about_registering_joining_or_listing_are_not_courses(heading, kind):
    body = (f"<h1>{heading}</h1><p>For medical assistants, students and educators.</p>"
            "<table><tr><td>Member</td><td>$45</td></tr><tr><td>Non-member</td><td>$65</td></tr></table>"
            "<p>Live webinar on Zoom.</p><button>Register now</button>")
    if kind == "course":
        body += "<h2>Objectives</h2><ul><li>Verify insurance at check-in</li><li>Scan photo ID</li></ul>"
    assert extract_page("https://society.example.org/p/x", _page(body, heading)).kind == kind


def test_a_cms_article_that_states_a_credit_and_a_fee_is_a_course():
    body = ('<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Law &amp; Ethics Webinar</h1>'
            "<p>When: Thursday, March 4 at 6 pm CT. Where: Live on Zoom.</p><p>1 AAMA CEU (general). Fee: $15.</p></div>")
    url = "https://society.example.org/index.php/education/webinars/law-ethics-webinar"
    assert extract_page(url, _page(body)).kind == "course"
    news = body.replace("1 AAMA CEU (general). Fee: $15.", "Thanks to everyone who came.")
    assert extract_page(url, _page(news)).kind == "blog"


def test_a_newsletter_feature_on_one_course_is_that_course():
    body = ("<h1>De-escalating Angry Patients at the Front Desk</h1><p>FREE for a limited time (regularly $25).</p>"
            "<p>1 contact hour. Self-paced online module.</p><h2>You will be able to</h2>"
            "<ul><li>Recognize escalation cues</li><li>Use calming language</li></ul>")
    assert extract_page("https://pmi.example.com/newsletter/2026-11-spotlight", _page(body)).kind == "course"
    issue = body.replace("<h2>You will be able to</h2>", "<h2>In this issue</h2>")
    assert extract_page("https://pmi.example.com/newsletter/2026-11", _page(issue)).kind == "other"


def test_an_app_shell_is_read_from_its_course_data():
    import json

    course = {"id": "crs_1", "title": "Smart Scheduling", "whyThisCourse": "This course is for schedulers who manage "
              "provider schedules.", "objectives": ["Calculate a no-show rate", "Design a reminder sequence"],
              "instructor": {"name": "Devin Marsh", "credentials": "MHA, CMPE"},
              "format": {"label": "Self-paced online"}, "price": {"amount": 0, "display": "Free"},
              "credits": {"value": 1, "unit": "contact_hour", "display": "1 contact hour"}}
    html = ("<html><head><title>CareLoop</title></head><body><div id='root'></div><script id='__DATA__' "
            f"type='application/json'>{json.dumps({'props': {'course': course}})}</script></body></html>")
    page = extract_page("https://learn.example.io/courses/smart-scheduling", html)
    assert page.kind == "course"
    assert "Instructor: Devin Marsh, MHA, CMPE" in page.text and "crs_1" not in page.text
    from scoring import build_record

    record = build_record(page)
    assert (record["credits"], record["credit_unit"], record["price_usd"]) == (1.0, "contact_hour", 0.0)
    assert all(record["checklist"][c]["met"] for c in ("rationale", "learning_outcomes", "instructor_credentials"))


def test_a_programme_table_of_priced_courses_with_credits_is_not_one_course():
    rows = "".join(f"<tr><td>MOA 10{i}</td><td>Course {i}</td><td>${150 + i}.00</td><td>1.{i} CEUs</td></tr>"
                   for i in range(1, 6))
    body = (f"<h1>Medical Office Administration Certificate</h1><p>Self-paced, up to 12 months.</p>"
            f"<p>$1,140.00 six courses purchased separately</p><button>Enroll in Program</button>"
            f"<table><tr><th>Course</th><th>Title</th><th>Price</th><th>IACET CEUs</th></tr>{rows}</table>")
    page = extract_page("https://catalog.example.edu/programs/moa-certificate", _page(body))
    assert page.kind == "bundle", page.kind_reasons


def test_a_newsletter_feature_with_its_instructor_and_format_is_that_course():
    body = ("<h1>De-escalating Angry Patients at the Front Desk</h1><p>FREE for a limited time (regularly $25).</p>"
            "<h2>Inside</h2><ul><li>The escalation curve</li><li>Scripts for complaints</li></ul>"
            "<p>Taught by Dr. Samuel Iheanacho, PsyD, a clinical psychologist.</p>"
            "<p>Format: on-demand video with a short quiz. Credit: 1 contact hour.</p>")
    assert extract_page("https://pmi.example.com/newsletter/2026-11-spotlight", _page(body)).kind == "course"


def test_a_listing_card_travels_with_its_link():
    cards = "".join(f'<div class="card"><h3><a href="/classes/c{i}">Class number {i} for MAs</a></h3>'
                    f"<p>Tue, Jan {10 + i}, 2027 · 6–8pm · Live on Zoom</p><p>2 contact hours · $30</p></div>"
                    for i in range(3))
    page = extract_page("https://studio.example.com/classes", _page(f"<h1>Classes</h1>{cards}"))
    card = next(link.card for link in page.links if link.url.endswith("/classes/c1"))
    assert "Tue, Jan 11, 2027 · 6–8pm · Live on Zoom" in card


def test_an_internal_lunch_and_learn_with_outcomes_is_a_course():
    body = ("<h1>Phone Messages &amp; Scheduling Callbacks (lunch-and-learn)</h1>"
            "<p>Thursday, February 11, 12:15-1:00 PM, break room B. Bring your lunch!</p>"
            "<p>After this session you'll be able to:</p><ul><li>take a complete phone message using the 5-W template;</li>"
            "<li>route a callback request to the right queue;</li></ul><p>We'll practice with role-play in pairs.</p>"
            "<p>Led by Jackie from the front desk team.</p>")
    assert extract_page("https://sites.example.com/view/harborview/phone-messages", _page(body)).kind == "course"


def test_a_price_struck_by_the_pages_own_css_is_a_former_price():
    html = ("<html><head><style>.precio-anterior{text-decoration:line-through;color:#a8a29e}</style></head><body>"
            "<main><h1>Inyecciones intramusculares</h1><p>2 CEUs de la AAMA. Curso en línea a tu propio ritmo.</p>"
            "<p><span class='precio-anterior'>US$120</span> US$79</p></main></body></html>")
    page = extract_page("https://asistente.example.com/productos/inyecciones", html)
    assert [c.text for c in page.candidates if c.field == "price_was_text"] == ["US$120"]


def test_a_spanish_course_page_is_read():
    from scoring import build_record

    body = ("<h1>Inyecciones intramusculares y subcutáneas</h1><h2>¿Para quién es este curso?</h2>"
            "<p>Para asistentes médicas que administran inyecciones en clínicas y consultorios.</p>"
            "<p>Al terminar el curso podrás:</p><ul><li>Elegir el sitio de inyección correcto.</li>"
            "<li>Seleccionar el calibre y la longitud de aguja adecuados.</li></ul>"
            "<p>Curso en línea a tu propio ritmo: 8 lecciones en video y un examen final.</p>"
            "<p>Este curso está aprobado por la AAMA para 2 CEUs en la categoría clínica.</p>"
            "<p>Si el curso no es para ti, escríbenos dentro de los 14 días y te devolvemos tu dinero.</p><p>US$79</p>"
            "<h2>También te puede interesar</h2><p>Taller presencial: EKG · US$150</p>")
    record = build_record(extract_page("https://asistente.example.com/productos/inyecciones", _page(body)))
    assert (record["aama_approved"], record["category"], record["format"], record["price_usd"]) == (
        True, "clinical", "self-paced online", 79.0)
    assert all(record["checklist"][c]["met"] for c in ("rationale", "learning_outcomes", "refund_policy"))


@pytest.mark.parametrize(("lines", "kind"), [
    # holdout_sites_sealed65: a conference announced before registration opens, its credits its sessions' total
    (["Two days of sessions for medical assistants; up to 10 AAMA CEUs (approval will be requested in the spring).",
      "Registration opens on February 1, 2027. Expected fees: members $189, non-members $249 for both days."], "other"),
    # one open for registration, with its prices, is the conference's own offering (the main evaluation's held-out-2)
    (["Earn up to 10 AAMA CEUs (approved): sessions in all three categories.",
      "Full conference: members $189, non-members $249. Register now."], "course"),
])
def test_a_conference_announced_before_it_opens_is_no_course(lines, kind):
    body = "<h1>Annual Conference 2027</h1><p>Friday and Saturday, June 11–12, 2027 · Springfield, Massachusetts.</p>"
    body += "".join(f"<p>{line}</p>" for line in lines) + "<p>In person at the Springfield Marriott.</p>"
    assert extract_page("https://pvsma.example.org/Annual-Conference-2027", _page(body)).kind == kind


@pytest.mark.parametrize("heading", ["Our Instructors", "Training faculty", "Meet our presenters"])
def test_a_directory_of_the_people_who_teach_is_no_course(heading):
    """holdout_sites_sealed64: faculty pages whose bios name the courses each person teaches (and a free one)."""
    body = (f"<h1>{heading}</h1><p>Our courses are taught by district nurses and partner organizations.</p>"
            "<h2>Dana Whitlock, RN, BSN</h2><p>Immunization nurse manager; teaches our vaccine storage update.</p>"
            "<h2>Priya Raman, MD, MPH</h2><p>Reviewed the free reportable disease module. <a href='/register'>Register</a></p>"
            "<h2>Keisha Lawson, MT(ASCP)</h2><p>Author of the self-paced childhood lead screening course.</p>")
    assert extract_page("https://health.example.org/training/faculty", _page(body)).kind == "instructor"


def test_a_script_s_featured_products_beside_the_page_s_own_course_object_make_no_listing():
    """holdout79 (FoxyCart static site): a Course JSON-LD for the page and a script's "featured" list of three others."""
    featured = ", ".join(f'{{"code": "CL-{n}", "name": "Course {n}", "price": {n}.0, "credits": 1.5, "unit": "AAMA CEU"}}'
                         for n in (21, 32, 30))
    course = ('{"@context": "https://schema.org", "@type": "Course", "name": "HIPAA and the Minimum Necessary Standard", '
              '"provider": {"@type": "Organization", "name": "Cedar Lantern CE"}}')
    html = (f"<html><head><script type='application/ld+json'>{course}</script></head><body><main>"
            "<h1>HIPAA and the Minimum Necessary Standard</h1><p>Self-paced online. 1.0 AAMA CEU (General). $18.00.</p>"
            f"<button>Add to cart</button></main><script type='application/json' id='cl-catalog'>{{\"featured\": [{featured}]}}"
            "</script></body></html>")
    assert extract_page("https://www.cedarlanternce.example.com/courses/hipaa.html", html).kind == "course"
    without_own = html.replace(course, "{}")  # a home page featuring products is still a list of them
    assert extract_page("https://www.cedarlanternce.example.com/", without_own).kind != "course"


@pytest.mark.parametrize("count", ["9 items", "Sort by: Popularity · 2 items"])  # (the second: an OXID category)
def test_a_catalogue_that_counts_its_results_and_a_links_page_are_not_courses(count):
    body = (f"<h1>Clinical Onboarding</h1><p>Associates: courses assigned to you are free.</p><p>{count}</p>"
            "<div><p>Classroom</p><p>Venipuncture Skills Lab</p><p>3 AAMA CEUs</p><p>$60.00</p></div>"
            "<div><p>E-Learning</p><p>Point-of-Care Glucose Testing</p><p>1 AAMA CEU</p><p>$20.00</p></div>")
    assert extract_page("https://learn.example.com/learn/catalog/view/14", _page(body)).kind == "listing"
    links = "<h1>Helpful Links</h1><p>Free MA CEUs Online – some free, some $10. AAMA recertification: 60 CEUs.</p>"
    assert extract_page("http://homepages.example.net/~ho/links.html", _page(links)).kind == "other"


@pytest.mark.parametrize(("heading", "body", "kind"), [
    ("Events", "<p>Charting for Telehealth Visits</p><p>Wed, Jan 20 · 7:00 PM EST · 1 AAMA CEU · Free for members</p>"
               "<p>Sterile Field Skills Lab</p><p>Sat, Feb 13 · Columbus, OH · 3 AAMA CEUs · $85</p>", "listing"),
    ("2027 Medical Assistant CE Scholarships", "<p>Awards of $250 cover any AAMA-approved CE course, for example the "
     "Pharmacology Refresher Series (4 contact hours, $60).</p><button>Apply now</button>", "other"),
])
def test_an_events_space_and_a_scholarship_page_are_not_courses(heading, body, kind):
    assert extract_page("https://community.example.com/c/x", _page(f"<h1>{heading}</h1>{body}", heading)).kind == kind


def test_a_memo_quoting_a_credentials_rule_is_not_a_course():
    body = ("<h1>MEMORANDUM M-2026-19</h1><p>RE: Delegation of tasks to medical assistants</p>"
            "<p>Tasks that may be delegated: vital signs, specimen collection and EKG recording.</p>"
            "<p>Certifying bodies set their own rules; for example, the CMA (AAMA) requires 60 recertification "
            "points every five years.</p>")
    page = extract_page("https://health.example.gov/docs/memos/2026/M-2026-19.htm", _page(body))
    assert page.kind == "other"
    assert not [c for c in page.candidates if c.field in ("credit_text", "format_text")]


@pytest.mark.parametrize(("sentence", "credit"), [
    ("The CMA (AAMA) requires 60 recertification points every five years.", None),  # the credential's rule
    ("A CMA needs 60 points every 60 months; this webinar gives 1.5 AAMA CEUs.", "1.5 AAMA CEUs"),
    ("This course awards 2 CEUs toward the 60 points required every five years.", "2 CEUs"),
])
def test_a_recertification_requirement_is_no_credit_offered(sentence, credit):
    page = extract_page("https://ce.example.org/courses/x", _page(f"<h1>Course</h1><p>{sentence}</p>"))
    assert next((c.value for c in page.candidates if c.field == "credit_text"), None) == credit


@pytest.mark.parametrize(("audience", "kind"), [
    ("A four-week class for expectant parents. This class is for families and does not award continuing education credit.",
     "other"),
    ("A four-week class for front-desk staff. This class does not award continuing education credit.", "course"),
])
def test_a_class_for_the_public_without_ce_is_not_a_professional_course(audience, kind):
    body = (f"<h1>Preparation Class (4-Week Series)</h1><p>{audience}</p><p>Fee: $75 per couple.</p>"
            "<p>Date: Tuesdays, February 2 – 23, 2027</p><p>Time: 6:30 – 8:30 p.m.</p><p><a href='/register'>Register now</a></p>")
    assert extract_page("https://health.example.org/events/4410-preparation-class", _page(body)).kind == kind


@pytest.mark.parametrize(("url", "kind"), [
    ("https://ce.college.example.edu/search/publicCourseSearchDetails.do?courseId=2219804&method=load", "course"),
    ("https://ce.college.example.edu/search/publicCourseSearch.do?keyword=phlebotomy", "listing"),
])
def test_one_item_s_details_under_a_search_path_is_that_item(url, kind):
    body = ("<h1>Phlebotomy Refresher for Working Medical Assistants</h1><p>CEUs: 1.2</p>"
            "<p>This refresher is intended for working medical assistants who draw blood less than once a week.</p>"
            "<p>Fee: $189.00</p><h2>Learning Outcomes</h2><ul><li>Select the correct tubes</li><li>Perform venipuncture</li></ul>")
    assert extract_page(url, _page(body)).kind == kind


def test_credit_written_in_words_then_figures_makes_a_course():
    body = ("<h1>HIPAA for the Front Desk</h1><p>Participants who complete the module and pass the post-test "
            "earn one (1) AAMA CEU in the administrative category.</p>")
    page = extract_page("https://probe.example.org/courses/hipaa-front-desk", _page(body))
    assert page.kind == "course", page.kind_reasons


def test_credit_written_only_in_words_makes_a_course_but_a_unit_s_definition_does_not():
    body = ("<h1>Capillary Lead Screening Skills Session</h1><p>This session is for medical assistants who collect "
            "capillary samples from young children.</p><p>Participants who attend the whole morning earn three contact "
            "hours.</p><p>There is a twenty-five dollar materials fee.</p>")
    page = extract_page("https://surveys.example.org/s3/7420931/Capillary-Lead-Screening", _page(body))
    assert page.kind == "course", page.kind_reasons
    assert build_record(page)["price_usd"] == 25.0
    explainer = ("<h1>How CE credit works</h1><p>One IACET CEU equals ten contact hours.</p>"
                 "<p>One AAMA CEU is one recertification point.</p><p>Questions? Call us.</p>")
    assert "credit statement" not in extract_page("https://ce.example.org/credit-explained", _page(explainer)).kind_reasons


def test_an_abbreviated_contact_hour_is_a_credit_statement():
    body = "<h1>Managing Anticoagulated Patients</h1><p>Speaker: Maria Lopez, CCMA, NCMA</p><p>1.0 contact hr. · $15</p>"
    page = extract_page("https://probe.example.org/courses/anticoagulation", _page(body))
    assert "credit statement" in page.kind_reasons
    record = build_record(page)
    assert (record["credits"], record["credit_unit"]) == (1.0, "contact_hour")


def test_no_registration_fee_is_a_stated_fee():
    body = ("<h1>Coding Basics</h1><p>1 AAMA CEU</p><p>Thanks to a grant from the Plains Health Foundation, there is no "
            "registration fee for this program.</p>")
    record = build_record(extract_page("https://probe.example.org/courses/coding-basics", _page(body)))
    assert (record["is_free"], record["price_usd"], record["checklist"]["fees"]["met"]) == (True, 0.0, True)


_WEBINARS = "".join(f"<h3><a href='/webinars/{slug}'>{title}</a></h3><p>{day} · 1 AAMA CEU ({cat}) · $15</p>"
                    for slug, title, day, cat in (("hipaa", "HIPAA Refresher", "January 12, 2027", "general"),
                                                  ("ekg", "EKG Basics", "February 9, 2027", "clinical"),
                                                  ("coding", "Coding Q&amp;A", "March 9, 2027", "administrative")))


@pytest.mark.parametrize(("heading", "kind"), [
    ("2027 Lunch &amp; Learn Webinars", "listing"),
    ("2027 Lunch &amp; Learn Webinar Series", "bundle"),
])
def test_headings_linking_to_other_pages_over_their_own_credit_and_fee_are_a_list(heading, kind):
    body = f"<h1>{heading}</h1><p>Lunchtime webinars for medical assistants. Register for each separately.</p>" + _WEBINARS
    assert extract_page("https://maa.example.org/webinars-2027", _page(body)).kind == kind


def test_questions_about_ceus_are_a_policy_page():
    body = ("<h1>CEU Frequently Asked Questions</h1><h3>How many CEUs do I need?</h3><p>CMAs need 60 recertification "
            "points every five years, including at least 30 AAMA CEUs.</p><h3>What is your refund policy?</h3>"
            "<p>Full refund within 14 days if you have not started the course.</p>")
    assert extract_page("https://maa.example.org/ceu-questions", _page(body)).kind == "policy"


def test_a_grid_of_other_courses_cards_under_any_heading_is_not_this_course():
    cards = "".join(f"<article class='card'><p class='muted'>{meta}</p><h3><a href='/courses/{slug}/'>{title}</a></h3>"
                    f"<p class='muted'>{price}</p></article>"
                    for meta, slug, title, price in (
                        ("Recorded workshop · 2 AAMA CEUs · Administrative", "pa", "The Prior Authorization Playbook", "$38"),
                        ("Live on Zoom · Feb 25, 2027", "clia", "CLIA-Waived Testing Without the Guesswork", "$45"),
                        ("Self-paced · 1 AAMA CEU · Clinical", "vaccines", "Immunization Storage Basics", "$19")))
    body = ("<h1>Pediatric Vital Signs</h1><p>Self-paced micro-course · 1 AAMA CEU · Clinical</p><p class='price'>Free</p>"
            "<h2>How it works</h2><p>Eight short videos and a 10-question quiz at the end.</p>"
            f"<section><h2>Keep going</h2><div class='cards'>{cards}</div></section>")
    record = build_record(extract_page("https://roomside.example.com/courses/pediatric-vital-signs/", _page(body)))
    assert (record["price_usd"], record["is_free"], record["format"]) == (0.0, True, "self-paced online")


def test_a_credit_in_a_vulgar_fraction_is_a_credit_statement():
    body = "<h1>Allergy Injections</h1><p>Speaker: Maria Lopez, CCMA</p><p>½ AAMA CEU · $10</p>"
    page = extract_page("https://probe.example.org/courses/allergy-injections", _page(body))
    assert "credit statement" in page.kind_reasons


def test_a_bold_classed_line_announcing_other_courses_heads_their_list():
    body = ("<div class='grid'><article><h1>Recognizing Opioid Overdose</h1><p>Live webinar on Microsoft Teams, "
            "Wednesday, April 14, 2027, noon PDT. Participants receive a certificate for 1 contact hour.</p>"
            "<p>Cost: Free</p></article><aside><div class='border p-6'><p class='font-bold'>You might also like</p>"
            "<ul><li><a href='/courses/cultural-humility'>Cultural Humility and Medical Interpreters</a>"
            "<p>On demand · 1.0 AAMA CEU · Free</p></li><li><a href='/courses/med-admin'>Medication Administration "
            "Refresher (Hybrid)</a><p>Hybrid · 0.6 IACET CEU · $140</p></li></ul></div></aside></div>")
    record = build_record(extract_page("https://learn.example.org/courses/opioid-overdose", _page(body)))
    assert (record["price_usd"], record["format"], record["aama_approved"], record["credit_unit"]) == (
        0.0, "live webinar", False, "contact_hour")


@pytest.mark.parametrize(("url", "body", "kind"), [
    # a class that says it is for patients and families, pointing health-care workers elsewhere
    ("https://learn.example.org/community-classes/living-well-with-diabetes",
     "<h1>Living Well with Diabetes</h1><p>A free six-week workshop for adults with type 2 diabetes.</p>"
     "<p>Next workshop: Wednesdays, February 3–March 10, 2027, 1:30–4:00 p.m., clinic community room.</p>"
     "<p>Cost: free.</p><p>This workshop is for patients and families. Health-care workers who want to learn to support "
     "self-management should look at our MA courses.</p>", "other"),
    ("https://store.example.com/community-hands-only-cpr-night.html",
     "<h1>Community hands-only CPR night</h1><p>Free for the public: learn hands-only CPR in 45 minutes on Thursday, "
     "January 28, 2027 at 6:00 PM Central. This is an awareness class for community members; it does not award a CPR "
     "card or CE credit.</p><p><a href='/cart.php?add=77'>Reserve a spot</a></p>", "other"),
    # a page for one audience
    ("https://learn.example.org/for-tvh-team-members",
     "<h1>For TVH team members</h1><p>Most Center courses are free for Tamarack Valley Health employees. Here’s how to "
     "enroll.</p><h2>How to enroll</h2><ol><li>Find the course in Workday Learning.</li><li>Request enrollment; your "
     "manager approves it.</li><li>You’ll get a calendar invite and, for paid courses, a $0 confirmation.</li></ol>"
     "<h2>Paid time</h2><p>Required competencies are paid time. Elective CE is paid when your manager approves it in "
     "advance; evening and weekend courses follow your department’s policy.</p><h2>Featured for MAs this quarter</h2>"
     "<p>Our 12-Lead EKG Skills Lab now runs on three Saturdays.</p>", "other"),
    # an apprenticeship is an entry-level programme
    ("https://learn.example.org/programs/medical-assistant-apprenticeship",
     "<h1>Medical Assistant Apprenticeship</h1><p>Earn while you learn: a 12-month paid apprenticeship that prepares you "
     "for national certification and a job in a clinic.</p><h2>How it works</h2><p>Apprentices are hired as employees "
     "from day one. You spend two days a week in classes and the simulation lab and three days in a clinic with a "
     "trained mentor.</p><h2>What you get</h2><ul><li>Full-time pay starting at $19.25 an hour</li><li>All tuition, "
     "books, scrubs and your first certification exam fee paid</li></ul><p>This is an entry-level training program. "
     "It does not award continuing-education credit.</p>", "other"),
    # an AAMA category's page with one course in it
    ("https://chapter.example.org/CE-General",
     "<h1>General CE</h1><p>Communication, professionalism, law and ethics.</p><h3><a href='/event-5131950'>MA Leadership "
     "Academy</a></h3><p>Three Thursday evenings.</p><p>Also in the general category: our free recorded webinar "
     "Calm, Clear and Safe (1.0 CEU).</p>", "listing"),
    # a post under a "Chapter-News" address
    ("https://chapter.example.org/Chapter-News/13262010",
     "<h1>New for members: a self-study packet on scope of practice</h1><p>Members get it for $12 (non-members $18), "
     "2 AAMA CEUs.</p>", "blog"),
])
def test_audience_category_programme_and_news_pages_are_not_courses(url, body, kind):
    assert extract_page(url, _page(body)).kind == kind


@pytest.mark.parametrize(("heading", "body"), [
    ("Thank you for a great Fall Conference!", "<p>Over 120 medical assistants earned up to 6 AAMA CEUs on October 24. "
     "Recordings of two sessions are $25 each in our on-demand library.</p>"),
    ("Course Evaluation: Wound Care Basics (January 14, 2027)", "<p>Please complete this evaluation to receive your "
     "certificate for 1.0 AAMA CEU.</p><p>Live webinar, $25.</p>"),
    ("Thank you for registering!", "<p>You're registered for HIPAA for the Front Desk (1 AAMA CEU) on Tuesday, "
     "February 9, 2027 at 7:00 PM Eastern. Your receipt for $25.00 has been emailed.</p>"),
    ("You're registered! 🎉", "<p>Thanks for signing up for the Claim Denials Bootcamp, Tuesday, January 19, 2027, "
     "6:30 PM Eastern, live on Zoom.</p><p>Pass the quiz and your certificate for 2 AAMA CEUs is emailed to you.</p>"
     "<p>Instructor: Dana Whitcombe, CPC, CMA (AAMA)</p><p>The early-bird rate of $79 runs until December 15.</p>"),
    ("Registration confirmed", "<p>Your seat in Phlebotomy Refresher (3 contact hours, $60) is reserved.</p>"),
    ("Education Committee — Meeting Minutes", "<p>Date: Wednesday, November 18, 2026, 1:00 PM.</p><p>2a. Cold chain "
     "management (hybrid), February 17, 2027: approved for 3 AAMA CEUs. The committee confirmed a fee of $60.</p>"),
    ("Learner Stories", "<p>“I took the EKG evening class last spring. As a member I paid $95 instead of $120 and got 3.5 "
     "contact hours.” — Brianna K., RMA</p><p>“The IM injection review was free and approved for 2 AAMA CEUs.” — Luis M.</p>"),
    ("Medical Billing Fundamentals", "<p>This course has been retired. The last section ran in August 2026 and enrollment "
     "is closed.</p><p>Credit awarded: 0.6 CEU (IACET). Tuition when last offered: $129. Online with two Saturday labs.</p>"),
    ("Exhibitors and Sponsors", "<p>Reach 300 medical assistants at our conference (6 AAMA CEUs for attendees).</p>"
     "<ul><li>Exhibit table: $350</li><li>Break sponsor: $500</li></ul>"),
    ("Replacement Certificate Request", "<p>We can reissue any certificate from the last five years for $10. Certificates "
     "list the course title, date and AAMA CEUs earned.</p><button>Request a certificate</button>"),
])
def test_pages_around_a_course_are_not_courses(heading, body):
    page = extract_page("https://maa.example.org/pages/item", _page(f"<h1>{heading}</h1>{body}"))
    assert page.kind == "other", page.kind_reasons
    assert not any(c.field == "provider" and c.value.startswith("$") for c in page.candidates)


def test_an_info_night_for_a_diploma_programme_is_not_a_course():
    body = ("<h1>Info Night: Start Your Medical Assistant Career</h1><p>Thursday, January 7 · 6 - 7pm CST</p>"
            "<p>Tour the lab, meet the instructors and get straight answers about our 10-month Medical Assistant "
            "Diploma program.</p><p>Free</p><button>Reserve a spot</button>")
    assert extract_page("https://www.eventbrite.example.com/e/info-night-tickets-1", _page(body)).kind == "other"


def test_an_exam_study_group_without_ce_is_not_a_course():
    body = ("<h1>CMA (AAMA) Exam Study Group — Spring 2027</h1><p>Twelve Tuesday evenings of review for exam candidates.</p>"
            "<p>When: Tuesdays, Feb 2 – Apr 27, 2027 7:00–8:15 p.m. CT</p><p>Where: Zoom</p><p>Cost: Free for student "
            "members</p><p>CE: None — exam preparation</p><a href='/signup'>Sign up</a>")
    assert extract_page("https://sma.example.org/learn/cma-exam-study-group", _page(body)).kind == "other"


def test_a_call_for_presenters_under_its_event_s_heading_is_not_a_course():
    body = ("<p>Call for presenters</p><h1>Spring Education Day 2027 needs you at the front of the room</h1>"
            "<p>Saturday, April 24, 2027 · Elkmere Community College · two tracks, six breakout slots.</p>"
            "<p>Selected presenters receive a $150 honorarium and complimentary registration. Accepted sessions are "
            "submitted to the AAMA for CEU approval.</p><p>Proposals due: Sunday, January 31, 2027</p>"
            "<p>Practical, interactive teaching: demonstrations, cases, hands-on practice.</p>")
    assert extract_page("https://events.example.com/register/event?oeidk=a07", _page(body)).kind == "other"


@pytest.mark.parametrize(("url", "body", "kind"), [
    # an event that says it has taken place (a recording offered instead keeps it a course)
    ("https://learn.example.org/en/learning/courses/fall-skills-day-2026/",
     "<h1>Fall Medical Assistant Skills Day 2026</h1><p>This event has taken place. Skills Day was held on Saturday, "
     "October 17, 2026.</p><p>4.0 AAMA CEUs (clinical) · $70</p>", "other"),
    # a language's home page is the site's home
    ("https://learn.example.org/en/",
     "<h1>Keep your skills current</h1><p>Phlebotomy refresher — 3 AAMA CEUs — $85 — in person</p>"
     "<a href='/en/register'>Register</a>", "other"),
    # a guide named after a colon, whatever tables of credit it shows
    ("https://learn.example.org/en/learning/recertification-guide/",
     "<h1>Recertifying your CMA (AAMA): a practical guide</h1><table><tr><td>Credits</td><td>60 points</td></tr>"
     "<tr><td>AAMA CEUs</td><td>30</td></tr></table><p>This course of action keeps you current.</p>", "other"),
])
def test_an_event_that_has_taken_place_a_language_home_and_a_guide_are_not_courses(url, body, kind):
    assert extract_page(url, _page(body)).kind == kind


def test_a_blog_post_that_is_a_class_with_its_outcomes_is_a_course():
    body = ("<h1>NEW CLASS: Med Math for MAs — Saturday, January 23</h1><p>When: Sat, Jan 23, 2027 · 10am–1pm</p>"
            "<p>Where: Fernhill Street Community Room. In person only.</p><h3>What you'll walk out able to do</h3>"
            "<ul><li>Convert between mg, mcg and mL</li><li>Calculate a weight-based dose</li></ul>"
            "<p>Credit: a certificate for 3 contact hours.</p><p>Cost: $40.</p>")
    url = "https://scrubsandsyllabi.example.com/post/738204551920418816/new-class-med-math"
    assert extract_page(url, _page(body)).kind == "course"


def test_a_blog_post_giving_a_class_s_labelled_facts_is_that_class_without_listed_outcomes():
    """holdout66 (e107 news item), holdout67 (Dotclear post): when, who presents, the credit and the fee, labelled."""
    body = ("<h1>Tuesday Night Webinar: Coaching Patients Through Spirometry</h1><p>When: Tuesday, January 19, 2027, "
            "7:00–8:00 PM Central</p><p>Presenter: Dana Whitfield, RRT, AE-C, pulmonary function lab lead for 12 years</p>"
            "<p>Credit: 1 AAMA CEU (clinical)</p><p>Fee: members free, non-members $15</p><p>Live on Zoom.</p>")
    assert extract_page("https://themadesk.example.net/post/2026/11/24/Tuesday-night-webinar", _page(body)).kind == "course"
    # an announcement of a course whose own page is elsewhere (no presenter, no session) stays a post
    post = ("<h1>Our new self-paced course is open</h1><p>Credit: 1.5 AAMA CEUs. Fee: $29. Self-paced online.</p>"
            "<p>Read more and enroll on the course page.</p>")
    assert extract_page("https://themadesk.example.net/post/2026/11/18/New-course-open", _page(post)).kind == "blog"


@pytest.mark.parametrize(("url", "body"), [
    ("https://give.health.example.org/site/Donation2?df_id=1840",
     "<h1>Give the Gift of Learning: Medical Assistant Continuing Education Fund</h1><p>A CMA (AAMA) needs 60 "
     "recertification points every five years; the Fund pays registration fees ($25-$95) for live webinars.</p>"
     "<h3>Choose a gift amount</h3><p>$50</p><p>$100</p><h3>Gift frequency</h3><p>One-time gift</p>"
     "<p>Make this gift in honor or memory of someone</p><button>Donate</button>"),
    ("https://www.county.example.gov/CivicAlerts.aspx?AID=1183",
     "<h1>Health Department Announces 2027 Continuing Education Series for Medical Office Staff</h1><p>Posted on: "
     "November 18, 2026</p><p>March 10 – Bloodborne Pathogens Update (County Office Building, 6–8 p.m.). $15. Approved for "
     "2 AAMA CEUs (clinical).</p><p>May 12 – Tick-Borne Disease (live webinar). No charge. Certificate for 1 contact "
     "hour.</p>"),
])
def test_a_donation_form_and_a_press_release_are_not_courses(url, body):
    assert extract_page(url, _page(body)).kind != "course"


def test_a_dedication_alone_is_no_donation_form():
    from crawler.extract.classify import _donation_form

    assert not _donation_form("The 2027 lecture is held in honor of Dr. Ruth Lee and in memory of Ann Park.")
    assert _donation_form("Choose a gift amount. Gift frequency: one-time gift.")


def test_evaluation_and_management_coding_is_a_course():
    body = ("<h1>Evaluation &amp; Management Coding: 2027 Rules in Practice</h1><p>Approved for 2 AAMA CEUs "
            "(administrative). Live webinar, $45.</p>")
    assert extract_page("https://ce.example.org/courses/em-coding", _page(body)).kind == "course"


def test_a_bold_styled_wrapper_announcing_other_courses_heads_their_list():
    cards = "".join(f"<div class='bubble-element Group'><div>{name}</div><div>{credit}</div><div>{price}</div></div>"
                    for name, credit, price in (("Order of Draw", "1.0 AAMA CEU · Clinical", "$19.99"),
                                                ("HIPAA at the Window", "0.5 AAMA CEU · General", "$9.99")))
    body = ("<div><h1>Workplace Violence at the Front Desk</h1><div><del>$15</del> FREE</div>"
            "<div>Free through January 31, 2027</div><div>1.0 AAMA CEU · General · self-paced online</div></div>"
            "<div style='font-weight:700;font-size:22px'><div class='content'>You might also like</div></div>"
            f"<div class='bubble-element RepeatingGroup'>{cards}</div>")
    record = build_record(extract_page("https://tidemark.example.com/course/workplace-violence", _page(body)))
    assert (record["price_usd"], record["is_free"]) == (0.0, True)


def test_a_documentation_theme_s_related_heading_drops_its_list():
    body = ("<article><h1 id='medical-law'>Medical Law<a class='headerlink' href='#medical-law'>&para;</a></h1>"
            "<p>This course is approved for two (2) AAMA CEUs in the General category.</p>"
            "<h2 id='price'>Price<a class='headerlink' href='#price'>&para;</a></h2><p>2 installments of $25</p>"
            "<h2 id='related'>Related<a class='headerlink' href='#related'>&para;</a></h2>"
            "<ul><li><a href='../workbook/'>Prior Authorization Workbook</a> – home study, 3 contact hours, $29</li></ul></article>")
    page = extract_page("https://notebook.example.net/courses/medical-law/", _page(body))
    assert [s.heading for s in page.sections] == ["Medical Law", "Price"]
    record = build_record(page)
    assert (record["price_usd"], record["credits"], record["credit_unit"]) == (50.0, 2.0, "aama_ceu")


_OFFERING = ("<p>Approved for 5.0 AAMA CEUs (clinical).</p><p>Member – $75.00</p><p>Non-member – $110.00</p>"
             "<p>When: September 26, 2026 8:00 AM - 3:30 PM (EDT)</p><p><a href='/register'>Register now</a></p>")


@pytest.mark.parametrize(("url", "body", "kind"), [
    # an offering that says it has ended: nothing to enrol in
    ("https://maa.example.org/event-4951230", "<h1>Fall Skills Day 2026</h1><p>This event has ended.</p>" + _OFFERING, "other"),
    ("https://learn.example.org/courses/cohort-fall-2026",
     "<h1>Pharmacology Cohort (Fall 2026)</h1><p>This course has ended. Enrollment is closed.</p>" + _OFFERING, "other"),
    ("https://rbhsc.example.org/ce-calendar/event/education-day-2026",  # at the end of a dates line, or a status field
     "<h1>Education Day 2026</h1><dl><dt>Date:</dt><dd>Saturday, October 17, 2026, 8:00 am – 3:30 pm PDT This event "
     "has ended</dd><dt>Status:</dt><dd>Ended — registration closed</dd></dl>" + _OFFERING, "other"),
    ("https://maa.example.org/event-4951232",  # a question about the end is no notice
     "<h1>Spring Skills Day 2027</h1><p>What happens after the event has ended?</p>" + _OFFERING, "course"),
    ("https://maa.example.org/event-4951231",  # an end mentioned in passing is no notice
     "<h1>Spring Skills Day 2027</h1><p>Certificates are emailed after the event has ended.</p>" + _OFFERING, "course"),
    # a category page introducing its two courses
    ("https://learn.example.org/browse/ma-administrative",
     "<h1>Medical Assisting: Administrative</h1><p>Courses in the Medical Assisting: Administrative category.</p>"
     "<div class='card'><a href='/courses/ehr'>EHR Workflows</a><p>$45.00 · 2 AAMA CEUs</p></div>"
     "<div class='card'><a href='/courses/billing'>Billing Essentials</a><p>Free · 1.5 AAMA CEUs</p></div>", "listing"),
    # a live event that has ended, whose recording one may still watch, is a course; one with no recording is not
    ("https://events.teams.example.com/event/e1c8/on-demand", "<h1>Vaccine Storage and Handling</h1><p>This event has "
     "ended. Register to watch the recording on demand (55 minutes).</p>" + _OFFERING.replace("When: September 26, 2026 8:00 "
     "AM - 3:30 PM (EDT)", "Recorded October 14, 2026"), "course"),
    ("https://learn.example.org/enrol/index.php/98", "<h1>Fall Immunization Update 2026</h1><p>This course has ended. "
     "Enrolment is closed and no recording is available.</p>" + _OFFERING, "other"),
    # an Open edX course's about page
    ("https://learn.example.edu/courses/course-v1:TWL+MA105+SELF/about", "<h1>Dosage Calculation</h1><p>A self-paced "
     "course for medical assistants. $49.</p><p>0.6 IACET CEUs.</p><p><a href='/register'>Enroll in MA105</a></p>", "course"),
    # a platform's taxonomy or account page in one compound segment
    ("https://aha.example.com/courses-category/law-ethics/", "<h1>Law &amp; ethics</h1><div class='card'><a href="
     "'/courses/law'>Medical Law &amp; Ethics</a><p>3.0 CEUs $49.00</p></div>", "listing"),
    ("https://mas.example.org/ce-topic/administrative/", "<h1>CE topic: Administrative</h1><p>Courses tagged "
     "Administrative.</p><div class='uk-card'><h3><a href='/ce/ccm-billing/'>Chronic Care Management Billing</a></h3>"
     "<p>Live on Zoom · Mar 2 &amp; 16, 2027 · 2.0 AAMA CEUs</p></div>", "listing"),
    ("https://aha.example.com/user-public-account/14/", "<h1>Renata Oyelaran-Pike, PharmD</h1><p>Clinical pharmacist.</p>"
     "<h2>Courses by Renata</h2><div><a href='/courses/pharm'>Clinical Pharmacology</a><p>4.5 AAMA CEUs · $135</p></div>",
     "other"),
    # a category's items, each ending in "Read more …"
    ("https://rbhsc.example.org/on-demand", "<h1>On-Demand Learning</h1><p>Self-paced modules and recordings.</p>"
     "<h2><a href='/on-demand/hipaa'>HIPAA in the Portal Era</a></h2><p>Four narrated lessons. Certificate $15 · 1.5 AAMA "
     "CEUs</p><p><a href='/on-demand/hipaa'>Read more …</a></p><h2><a href='/on-demand/vaccines'>Vaccine Storage</a></h2>"
     "<p>A recording. $25.</p><p><a href='/on-demand/vaccines'>Read more …</a></p>", "listing"),
    ("https://maa.example.org/Store", "<h1>Store</h1><p>Spring 2027 CE Pass. 12.5 CE hours. Members $150.</p>"
     "<p>LMAA lapel pin. $8.00</p>", "listing"),
    ("https://skills.example.com/group-training", "<h1>Group &amp; clinic training</h1><p>Clinics sending four or more MAs"
     " pay a group rate ($159 per person instead of $189). We can bring a workshop to your clinic.</p>"
     "<p><a href='/contact'>Ask for a quote</a></p>", "other"),
    ("https://learn.example.org/programs/clinical-skills-certificate",
     "<h1>Clinical Skills Certificate (3 courses)</h1><p>$349.00</p><p>Complete three hands-on labs to earn the "
     "certificate (13 AAMA CEUs in total).</p><ul><li><a href='/courses/ekg'>12-Lead EKG Lab</a></li>"
     "<li><a href='/courses/phleb'>Phlebotomy Skills Check</a></li><li><a href='/courses/vitals'>Vital Signs</a></li></ul>",
     "bundle"),
])
def test_ended_offerings_categories_stores_group_offers_and_programmes(url, body, kind):
    assert extract_page(url, _page(body)).kind == kind


@pytest.mark.parametrize(("sentence", "provider"), [
    ("Presented by the Rocky Mountain Health Law Collaborative and listed in our catalog by agreement.",
     "Rocky Mountain Health Law Collaborative"),
    ("Presented by Great Lakes Phlebotomy Partners in cooperation with the Alliance.", "Great Lakes Phlebotomy Partners"),
    ("Presented by the Pacific Coast Practice Managers Forum. We list this partner webinar.",
     "Pacific Coast Practice Managers Forum"),
    ("Presented by the Panhandle Pediatric Nurses Forum of Coeur d'Alene and shared with members.",
     "Panhandle Pediatric Nurses Forum"),  # a place cut by its lower-case particle: the body alone
    ("Presented by the Clinical Education Department.", "Skills Institute"),  # a part of the site's own body
    ("Presented by Jane Doe, RN, our educator.", "Skills Institute"),  # a person is the instructor
    ("Partner program presented by Red River Ledger Coding Collaborative (Fargo, North Dakota).",
     "Red River Ledger Coding Collaborative"),  # the offering named before "presented by"
    ("Lunch provided by Harbor Pharma Partners.", "Skills Institute"),  # a sponsor of the lunch presents nothing
    ("Presented by the Western Slope Chapter board.", "Skills Institute"),  # a unit of the site's own society
    ("Presented by our partner, the Front Range Infection Prevention Collaborative (FRIPC).",
     "Front Range Infection Prevention Collaborative"),
])
def test_an_organisation_a_paragraph_names_as_presenter_is_the_provider(sentence, provider):
    html = ("<html><head><script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Event\","
            " \"name\": \"Lead MA Webinar\", \"organizer\": {\"@type\": \"Organization\", \"name\": \"Skills Institute\"}}"
            f"</script></head><body><main><h1>Lead MA Webinar</h1><p>{sentence}</p><p>1.5 AAMA CEUs. Live webinar.</p>"
            "</main></body></html>")
    assert build_record(extract_page("https://skills.example.com/workshops/lead-ma", html))["provider"] == provider


_ONE_CARD = ("<div class='card'><a href='/courses/infection'>Infection Prevention in Ambulatory Care</a>"
             "<p>Start anytime</p><p>$60.00</p><p>Self-paced · IACET 0.3 CEUs</p></div>")


@pytest.mark.parametrize(("url", "heading", "intro", "kind"), [
    ("https://learn.example.org/browse/ma-clinical", "Medical Assisting: Clinical",
     "Courses in the Medical Assisting: Clinical category.", "listing"),
    ("https://learn.example.org/catalog?page=3", "Catalog", "", "listing"),  # a later page of a list
    ("https://learn.example.org/catalog/infection-prevention", "Infection Prevention in Ambulatory Care", "", "course"),
])
def test_the_last_page_of_a_list_with_one_card_is_still_a_list(url, heading, intro, kind):
    body = f"<h1>{heading}</h1><p>{intro}</p>{_ONE_CARD}"
    assert extract_page(url, _page(body)).kind == kind


@pytest.mark.parametrize(("url", "canonical", "expected"), [
    # a theme writing the blog's address into every post's canonical: a mistake, the post keeps its own address
    ("https://bench.example.blog/pediatric-draws-2027/", "https://bench.example.blog", "https://bench.example.blog/pediatric-draws-2027/"),
    ("https://ce.example.org/courses/a?utm_source=mail", "/courses/a", "https://ce.example.org/courses/a"),
    ("https://ce.example.org/", "/", "https://ce.example.org/"),
])
def test_a_canonical_naming_the_home_page_of_a_deeper_page_is_ignored(url, canonical, expected):
    from crawler.extract.urls import canonical_url

    assert canonical_url(url, canonical) == expected


@pytest.mark.parametrize("url", [
    "https://www.sma.example.org/index.cfm?eventID=2027-PSC&fuseaction=events.detail",  # ColdFusion event detail
    "https://us21.campaign-archive.example.com/?id=9b2f6e1c03&u=7f3a9c21",  # an archived newsletter
])
def test_an_item_addressed_by_a_query_on_the_root_path_is_no_home_page(url):
    assert extract_page(url, _page(_ONE_COURSE.format(title="Phlebotomy Skills Check-Off"))).kind == "course"


def test_links_under_an_other_pages_heading_are_no_cards_of_this_page():
    # SharePoint: web-part zones repeat; the quick-links zone opens with "More CE for MAs" over its tiles
    tiles = "".join(f"<a class='tile' href='/SitePages/course-{n}.aspx'><span>Course number {n} · 3 AAMA CEUs</span></a>"
                    for n in range(3))
    body = ("<div class='zone'><div class='rte'><h1>Grand Rounds Recording: Heat-Related Illness</h1>"
            "<p>Recording of Grand Rounds. Presenter: Evan Liu, MD. 1.0 AAMA CEU after the quiz.</p>"
            "<p>Watch it, then open <a href='/SitePages/learn-catalogue.aspx'>the Lakemont Learn catalogue</a>.</p></div></div>"
            f"<div class='zone'><div class='quicklinks'><h2>More CE for MAs</h2>{tiles}</div></div>")
    assert extract_page("https://health.example.com/sites/ce/SitePages/grand-rounds.aspx", _page(body)).kind == "course"


@pytest.mark.parametrize(("url", "body", "kind"), [
    ("https://ma.notion.example.site/Keisha-Monroe-Bell-3a9c7e1b",
     "<h1>Keisha Monroe-Bell</h1><p>Credentials: CMA (AAMA), CHPC</p><h2>About Keisha</h2><p>Keisha has been a privacy "
     "officer for nine years.</p><h2>Courses</h2><ul><li>HIPAA at the Front Desk · 2 AAMA CEUs · $24 · self-paced</li></ul>",
     "instructor"),
    ("https://www.sma.example.org/index.cfm?fuseaction=news.detail&newsID=318",
     "<h1>Thank You, Port Camellia! 2026 Fall Conference Recap</h1><p>More than 140 medical assistants joined us for "
     "6 AAMA CEUs. Registration was $95.</p><p>Speaker: Dana Ruiz, CMA (AAMA)</p>", "other"),
    ("https://ce.example.org/courses/hipaa-front-desk", "<h1>HIPAA at the Front Desk</h1><p>2 AAMA CEUs · $24 · "
     "self-paced</p><h2>About Keisha</h2><p>Your instructor Keisha is a privacy officer.</p>", "course"),
])
def test_profiles_and_recaps_are_not_courses(url, body, kind):
    assert extract_page(url, _page(body)).kind == kind


def test_a_pathway_of_several_priced_courses_is_a_bundle():
    body = ("<h1>Pathways</h1><p>A pathway is a purchase option, not a course: you are enrolled in each course it "
            "contains.</p><h2>Phlebotomy &amp; Lab Pathway</h2><p>Includes <a href='/enrol/index.php/112'>Phlebotomy "
            "Refresher</a> (0.4 IACET CEUs), <a href='/enrol/index.php/118'>CLIA-Waived Testing</a> (1.5 contact hours) "
            "and <a href='/enrol/index.php/121'>Infection Prevention Lab</a> (3 AAMA CEUs).</p><p>Pathway price: USD 165.00.</p>")
    assert extract_page("https://learn.example.org/local/staticpage/view.php/pathways", _page(body)).kind == "bundle"


def test_a_bundle_that_counts_its_courses_is_a_bundle():
    body = ("<h1>MA Refresh Bundle</h1><p>Four courses, 10.0 AAMA CEUs, one price.</p><p>EKG Rhythm Strip Mastery (3.0), "
            "Medical Billing Bootcamp (4.0), Pharmacology Flash Course (2.0) and Professionalism (1.0).</p><p>$249</p>")
    assert extract_page("https://academy.example.com/p/ma-refresh-bundle", _page(body)).kind == "bundle"


@pytest.mark.parametrize(("cancel", "kind"), [
    ("Cancel any time; access continues to the end of the paid period.", "other"),
    ("Or pay $19/month for 3 months.", "course"),  # an instalment plan is no subscription
])
def test_a_subscription_that_can_be_cancelled_is_not_a_course(cancel, kind):
    body = ("<h1>CE Vault</h1><p>Every replay and a monthly live Q&amp;A (1.0 AAMA CEU when approved).</p>"
            f"<p>Monthly: $19/month</p><p>Annual: $190/year</p><p>{cancel}</p><p>Self-paced replays, 2 contact hours each.</p>")
    assert extract_page("https://academy.example.com/p/ce-vault", _page(body)).kind == kind


def test_a_class_saying_what_an_element_is_not_is_no_chrome_mark():
    # Weebly's content area: class="wsite-elements wsite-not-footer"
    html = ("<html><body><div id='wsite-content' class='wsite-elements wsite-not-footer'><h2>Medication Math Refresher</h2>"
            "<p>A Saturday workshop for medical assistants. 4 AAMA CEUs (clinical). $85.</p></div>"
            "<div class='footer'><p>Willowbrook MA Training · 77 Elm Street</p></div></body></html>")
    page = extract_page("https://www.willowbrook.example.com/medication-math-workshop.html", html)
    assert "Medication Math Refresher" in page.text and "77 Elm Street" not in page.text


@pytest.mark.parametrize(("offer", "kind"), [
    ("Free download. A 12-page PDF guide: fill in the form to get it by email.", "other"),
    ("Free download of the e-book, then pass the 10-question quiz for 2 AAMA CEUs.", "course"),  # a test: a course
])
def test_a_downloadable_guide_is_not_a_course(offer, kind):
    body = (f"<h1>The 2027 CMA Recertification Checklist</h1><p>{offer}</p><ul><li>A one-page points tracker</li>"
            "<li>Links to free CE, including our Prior Authorization Masterclass (2.0 AAMA CEUs)</li></ul>"
            "<p>No cost, no credit card. Self-paced.</p>")
    assert extract_page("https://academy.example.com/cma-recertification-checklist-2027", _page(body)).kind == kind


def test_a_cms_article_with_objectives_and_a_format_is_a_course():
    html = ("<html><head><script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Article\","
            " \"headline\": \"Vaccine Storage &amp; Handling\"}</script></head><body><main><h1>Vaccine Storage &amp; Handling "
            "(2026 recording)</h1><p>Published: 20 July 2026</p><p>A recording of our lunchtime webinar for medical assistants. Runtime: 58 minutes.</p>"
            "<h2>Learning objectives</h2><ul><li>Describe the cold chain for refrigerated vaccines.</li><li>Record "
            "temperatures twice a day.</li><li>Respond to an out-of-range reading.</li></ul></main></body></html>")
    assert extract_page("https://rbhsc.example.org/on-demand/vaccine-storage-recording", html).kind == "course"


def test_a_later_page_whose_canonical_drops_its_query_is_still_a_later_page():
    html = ("<html><head><link rel='canonical' href='https://rbhsc.example.org/ce-calendar'></head><body><main>"
            "<h1>CE Calendar</h1><p>Upcoming labs and webinars.</p><h2>EKG Lead Placement (Hybrid)</h2>"
            "<p>Skills check Sat, Apr 10, 2027 · $129 · 0.4 IACET CEUs</p><p><a href='/register'>Register</a></p>"
            "</main></body></html>")
    assert extract_page("https://rbhsc.example.org/ce-calendar?page=2", html).kind == "listing"


@pytest.mark.parametrize(("url", "kind"), [
    ("https://lms.example.edu/d2l/le/discovery/view/browse?category=healthcare", "listing"),
    ("https://lms.example.edu/store/product?id=12&category=healthcare", "course"),
])
def test_a_category_in_the_query_is_a_listing_unless_an_item_is_named(url, kind):
    body = ("<h1>Phlebotomy Practicum Refresher</h1><p>In person · Apr 10, 2027 · 9:00 AM–1:00 PM</p>"
            "<p>$150.00 · 4.0 AAMA CEUs (clinical)</p><p><a href='/register'>Register now</a></p>")
    assert extract_page(url, _page(body)).kind == kind


@pytest.mark.parametrize(("url", "kind"), [
    ("https://events.example.com/frmac2027/site/store/", "listing"),
    ("https://events.example.com/frmac2027/site/store/?product=PRDFOTREC26", "course"),  # one product the query names
    ("https://shop.example.org/shop?product_id=42", "course"),
])
def test_a_store_s_front_page_is_a_listing_but_not_a_product_its_query_names(url, kind):
    body = ("<h1>Front Office Recordings Bundle</h1><p>Four sessions from the 2026 front office track, now on demand.</p>"
            "<p>4 contact hours</p><p>$79.00</p><p><a href='/cart/add'>Add to cart</a></p>")
    assert extract_page(url, _page(body)).kind == kind


@pytest.mark.parametrize(("url", "kind"), [
    ("https://learn.example.org/course/index.php/5", "listing"),
    ("https://learn.example.org/moodle/course/index.php?categoryid=5", "listing"),
    ("https://learn.example.org/course/view.php?id=12", "course"),
])
def test_moodle_s_category_index_is_a_listing_even_of_one_course(url, kind):
    body = ("<h1>Partner webinars</h1><h3><a href='/course/view.php?id=12'>Heat-Related Illness</a></h3>"
            "<p>A live webinar on heat illness for medical assistants.</p><p>CE credits: 1.5 contact hours</p>"
            "<p>Fee: USD 20.00</p><p><a href='/enrol/index.php?id=12'>Enrol me</a></p>")
    assert extract_page(url, _page(body)).kind == kind


@pytest.mark.parametrize(("heading", "kind"), [
    ("CE credit guide", "other"),
    ("CEUs and recertification", "other"),
    ("Understanding CEUs", "other"),
    ("How CE Credits Work", "other"),
    ("Recertification Points Review for CMAs", "course"),  # a subject beside the credit words: a course
])
def test_a_page_explaining_credit_is_not_a_course(heading, kind):
    body = (f"<h1>{heading}</h1><p>AAMA CEUs count one-for-one toward the 60 points a CMA (AAMA) needs every five years; "
            "IACET CEUs: one IACET CEU equals 10 contact hours. Our 1.4 IACET CEU EKG course is 14 contact hours.</p>"
            "<p>This course is self-paced: 5 lessons, about 90 minutes.</p>")
    assert extract_page("https://shop.example.com/pages/info", _page(body)).kind == kind


@pytest.mark.parametrize("heading", ["Board of Directors Meeting (Members Welcome)", "Treasure Valley Chapter Networking Mixer"])
def test_a_board_meeting_or_a_mixer_is_not_a_course(heading):
    body = (f"<h1>{heading}</h1><p>An evening for medical assistants of the chapter.</p><p>When: Saturday, January 9, 2027 · "
            "10:00 AM – 12:00 PM Mountain Time (MST)</p><p>Where: Online via Zoom, 2 hours</p>"
            "<p>Cost: $10.00 for members and guests.</p><p><a href='/register'>Register now</a></p>")
    assert extract_page("https://society.example.org/events/event-description?CalendarEventKey=1", _page(body)).kind == "other"


def test_a_business_meeting_without_credit_is_not_a_course():
    body = ("<h1>2027 Annual Meeting and Officer Elections</h1><p>13 May 2027 6:00 PM - 8:00 PM</p><p>DSMA member</p>"
            "<p>Free</p><p>Guest</p><p>Free</p><p><a href='/register'>Register</a></p><p>The treasurer's report, the officer "
            "elections and chapter awards.</p><p>In person, 2 hours, at the clinic.</p><p>This is a business meeting; no "
            "continuing education credit is offered.</p>")
    assert extract_page("https://society.example.org/event-5105001", _page(body)).kind == "other"


def test_a_camel_case_class_naming_a_menu_marks_chrome():
    html = ("<html><body><div class='WaGadgetMenuHorizontal menuStyle001'><ul><li><div><a href='/Store'>On-Demand Store</a>"
            "</div><ul><li><a href='/Store'>All products</a></li><li><a href='/cart'>Your cart</a></li></ul></li></ul></div>"
            "<div class='WaGadgetEvents'><h1>Medical Terminology Refresher</h1><p>11 Feb 2027 7:00 PM - 8:30 PM</p>"
            "<p>Approved for 1.5 AAMA CEUs.</p></div></body></html>")
    page = extract_page("https://society.example.org/event-5104719", html)
    assert "On-Demand Store" not in page.text and "Medical Terminology Refresher" in page.text


def test_items_sold_in_one_purchase_are_a_bundle():
    body = ("<h1>Winter Recert Bundle</h1><p>Price: $30.00</p><p>Member Price: $20.00</p><p><a href='/cart'>Add to Cart</a>"
            "</p><p>Two on-demand items in one purchase, for members finishing a recertification cycle:</p><p>HIPAA &amp; "
            "Social Media for the Front Desk (On-Demand Module)</p><p>Vaccine Storage &amp; Handling (with the CE certificate)</p>")
    assert extract_page("https://chapter.example.org/content.aspx?page_id=1501&club_id=7&item_id=5530", _page(body)).kind == "bundle"


def test_courses_sold_together_at_one_price_are_a_bundle():
    body = ("<h1>MA CE Starter Bundle</h1><p>$99.00</p><p>Three self-paced courses at one price: ICD-10-CM Coding Essentials, "
            "OSHA Workplace Safety Basics and Patient Intake Masterclass. You receive three enrollment links by email.</p>"
            "<p>3 courses · up to 8.5 AAMA CEUs</p><p><a href='/cart'>Add to cart</a></p>")
    assert extract_page("https://shop.example.com/product-page/ma-ce-starter-bundle", _page(body)).kind == "bundle"


@pytest.mark.parametrize("ended", ["<p>This activity has ended. Registration is closed.</p>",
                                   "<table><tr><td>Status</td><td>Ended — registration closed October 12, 2026</td></tr></table>",
                                   "<h2>This class has ended.</h2>",  # a notice set as a heading
                                   "<p>Ended Workshop</p>",  # a status badge
                                   # (sealed127: a free Q&A, two words before what it was)
                                   "<p>This free live Q&amp;A took place on Wednesday, October 14, 2026. Thanks to all "
                                   "who joined!</p>",
                                   # (sealed129: a college storefront's course whose last section has run)
                                   "<p>No sections are currently available. The last section ran on Saturday, October 24, "
                                   "2026.</p>"])
def test_an_activity_that_has_ended_is_not_a_course(ended):
    body = (f"{ended}<h1>Fall 2026 Medical Assistant Skills Day</h1><p>Saturday, October 17, 2026, 7:30 AM – 3:30 PM CT</p>"
            "<p>Credit: 6.0 AAMA CEUs</p><p>Fee: Public $110.00</p><h2>Learning objectives</h2><ul><li>Apply coding updates</li>"
            "<li>Store vaccines safely</li></ul>")
    assert extract_page("https://ce.example.org/ce/course/2098/fall-skills-day", _page(body)).kind == "other"


@pytest.mark.parametrize(("site_name", "footer", "expected"), [
    # the site's short name spelled out by its owner's line (a site builder's "© 2026 by ..." too)
    ("Juniper Ledge", "© 2026 by Juniper Ledge Clinical Training. Proudly created with Wix.com", "Juniper Ledge Clinical Training"),
    ("Juniper Ledge", "© 2026 Juniper Ledge Clinical Training. All rights reserved.", "Juniper Ledge Clinical Training"),
    ("Keystone Academy", "© 2026 Keystone Academy LLC. All rights reserved.", "Keystone Academy"),  # a legal form says no more
    ("Microsoft Teams", "© Microsoft 2026", "Microsoft Teams"),  # a shorter holder is not the site's full name
])
def test_the_owner_s_full_name_spells_out_a_short_site_name(site_name, footer, expected):
    html = (f"<html><head><meta property='og:site_name' content='{site_name}'></head><body><main><h1>Pharmacology Review</h1>"
            f"<p>A live Zoom cohort for medical assistants. 4 AAMA CEUs. $149.</p></main><footer><p>{footer}</p></footer></body></html>")
    page = extract_page("https://www.example.com/service-page/pharmacology-review", html)
    assert build_record(page)["provider"] == expected


def test_a_product_brand_that_is_the_site_s_short_name_gives_way_to_the_owner_s_full_name():
    data = '{"@context": "https://schema.org", "@type": "Product", "name": "OSHA Basics", "brand": {"@type": "Brand", "name": "Juniper Ledge"}}'
    html = (f"<html><head><meta property='og:site_name' content='Juniper Ledge'><script type='application/ld+json'>{data}"
            "</script></head><body><main><h1>OSHA Basics</h1><p>Self-paced. 1 AAMA CEU. $12 certificate.</p></main>"
            "<footer><p>© 2026 by Juniper Ledge Clinical Training. Proudly created with Wix.com</p></footer></body></html>")
    page = extract_page("https://www.example.com/product-page/osha-basics", html)
    assert build_record(page)["provider"] == "Juniper Ledge Clinical Training"


@pytest.mark.parametrize(("holder", "expected"), [
    # holdout_sites_sealed63 (Medusa): the brand is the holder's name less a word between its first and last
    ("Heron Point Clinical Learning Co.", "Heron Point Clinical Learning Co."),
    ("Heron Point Learning Co.", "Heron Point Learning"),  # a legal form after it is no fuller name
    ("Heron Point Learning Partners", "Heron Point Learning"),  # a name that only stops short may be another body's
])
def test_a_product_brand_leaving_a_word_out_of_the_owner_s_name_gives_way_to_it(holder, expected):
    data = ('{"@context": "https://schema.org", "@type": "Product", "name": "Injection Skills", '
            '"brand": {"@type": "Brand", "name": "Heron Point Learning"}}')
    html = (f"<html><head><meta property='og:site_name' content='Heron Point Learning Store'><script type='application/ld+json'>"
            f"{data}</script></head><body><main><h1>Injection Skills</h1><p>In person. 4 AAMA CEUs. $99.</p></main>"
            f"<footer><p>© 2026 {holder} All rights reserved.</p></footer></body></html>")
    page = extract_page("https://shop.example.com/us/products/injection-skills", html)
    assert build_record(page)["provider"] == expected


def test_a_curriculum_section_s_item_count_is_no_catalogue_count():
    body = ("<h1>EHR Inbox Management</h1><p>A self-paced course for medical assistants. $39. 1.5 AAMA CEUs.</p>"
            "<ul><li><h5>Inbox basics</h5><span>4 items</span></li></ul><ul><li>Pools and folders 18 min</li>"
            "<li>Triage order 20 min</li></ul><p><a href='/checkout'>Buy this course</a></p>")
    assert extract_page("https://www.example.com/courses/ehr-inbox-management/", _page(body)).kind == "course"


@pytest.mark.parametrize(("url", "body"), [
    ("https://school.example.com/courses/vital-signs-refresher/lectures/50211873",
     "<h1>Why accurate vitals matter</h1><p>Video (6:12). In this free preview lesson of the course, the instructor explains "
     "cuff sizing.</p><p>Enroll in Course for FREE</p>"),
    ("https://school.example.com/p/exam-day-coaching-call",
     "<h1>Exam-Day Coaching Call</h1><p>45 minutes one-on-one before your CMA (AAMA) exam. This is coaching, not "
     "continuing education: no CE credit is awarded.</p><p>Single call $60</p><p><a href='/buy'>Book Now</a></p>"),
    ("https://school.example.com/p/holiday-recert-sprint-2026",
     "<h1>Holiday Recert Sprint 2026 (Live)</h1><p>This live event has ended. Watch for the 2027 dates.</p>"
     "<p>Credit: 3.0 AAMA CEUs. Price was $49.</p>"),
    ("https://school.example.com/p/how-ce-credit-works",
     "<h1>How CE Credit Works</h1><p>AAMA CEUs count as one point each; our certificate plans cost $15 and carry 1.0 "
     "contact hour on free courses.</p>"),
    ("https://school.example.com/p/recert-planner-workbook",
     "<h1>Recert Planner Workbook (PDF)</h1><p>A printable planner for your 60 recertification points. 18 pages. No CE "
     "credit.</p><p>PDF download $9</p><p><a href='/buy'>Buy Now</a></p>"),
    # a preview lesson in a course player addressed by query ("/path-player?courseid=...&unit=...")
    ("https://school.example.com/path-player?courseid=vital-signs-refresher&unit=64f1Unit",
     "<h1>Vital Signs Refresher</h1><ul><li>Welcome and how to earn your certificate (preview)</li><li>Blood pressure: "
     "cuffs, position and technique</li><li>Pulse, respirations and SpO2</li><li>Temperature routes</li><li>Pain scales</li>"
     "</ul><h2>Welcome</h2><p>In this four-minute preview Corinne explains how the lessons are organized, how the final "
     "quiz works and how to add the CE certificate.</p>"
     "<p>This is a free preview lesson. Enroll for free to continue the course.</p><p>Price: Free</p>"
     "<p><a href='/enroll'>Enroll now</a></p>"),
    # a microlearning library's preview lesson (holdout_sites_sealed136, Grovo-style)
    ("https://learn.example.org/lessons/choosing-the-right-cuff-size/",
     "<h1>Choosing the Right Cuff Size</h1><p>Lesson · 3 min · Free preview</p><p>5 cards: video, two image cards and two "
     "checks.</p><h2>In this lesson</h2><p>Why a cuff that is too small reads high.</p><h2>Part of a track</h2><p>From "
     "Patient Intake Essentials. Preview lessons carry no CE credit.</p>"),
    # a study group that says what it is after a colon (holdout177, Google Classroom-style)
    ("https://classroom.example.com/c/cma-exam-study-hall",
     "<h1>CMA (AAMA) Exam Study Hall</h1><p>Thursdays, January 14 through April 29, 2027, 6:00 PM.</p><p>Please know what "
     "this is: a study group, not a CE course. There are no CEUs, no certificate and no fee.</p><p>Looking for CE instead? "
     "Our Vaccine Storage workshop carries 3.0 contact hours and it's $30.</p>"),
    # volunteer shifts at a health booth (sealed138, Salsa Engage-style)
    ("https://coalition.example.org/events/farmers-market-health-booth-volunteers/",
     "<h1>Farmers Market Health Booth: Volunteer Shifts 2027</h1><p>When: Sat, May 1, 2027 · 8:00 AM</p><p>Cost: Free</p>"
     "<p>Volunteers hand out resource guides and take blood pressures. Volunteering does not earn CE credit.</p>"
     "<p><a href='/signup'>Sign up</a></p>"),
    # a social meetup
    ("https://school.example.com/ma-coffee-hour",
     "<h1>MA Coffee Hour (virtual meetup)</h1><p>First Friday of every month, 7:30 AM Pacific on Zoom. Free and open to "
     "everyone; no CE credit.</p><p><a href='/register'>Register</a></p>"),
])
def test_lessons_calls_ended_events_credit_guides_and_planners_are_not_courses(url, body):
    assert extract_page(url, _page(body)).kind == "other"


def test_a_recording_sold_after_its_live_session_ended_is_a_course():
    body = ("<h1>Lab Values Q&amp;A: Replay</h1><p>The live session has ended; this page sells the on-demand recording.</p>"
            "<p>On-demand video recording (75 minutes) with a post-test.</p><p>AAMA-approved: 1.0 CEU (clinical).</p>"
            "<p>$19</p><p><a href='/buy'>Buy the replay</a></p>")
    assert extract_page("https://academy.example.com/events/lab-values-q-a-replay", _page(body)).kind == "course"


def test_a_calendar_month_is_a_listing():
    body = ("<h1>January 2027</h1><p>Chapter calendar. Click an event for details.</p><p>19 Chapter meeting: Diabetes "
            "Medication Update, 6:30 PM · 1 AAMA CEU</p><p>Members free, non-members $10.</p>")
    assert extract_page("https://chapter.example.site/calendar-january-2027", _page(body)).kind == "listing"


def test_a_design_tool_page_s_larger_type_heads_its_sections():
    para = "<p style='font-size:1.2vw'>{}</p>"
    body = "".join(para.format(f"Line {i} of the workshop description for medical assistants.") for i in range(22))
    html = ("<html><body><h1>Spring Workshop 2027</h1>" + body + "<p style='font-size:1.2vw'>This workshop has been approved "
            "by the AAMA for up to 5 AAMA CEUs.</p><p style='font-size:1.2vw'>Members $45. Non-members $60.</p>"
            "<p style='font-size:2.0vw'>More from the chapter</p><p style='font-size:1.2vw'>February 16, 2027 — Chapter "
            "meeting (1 AAMA CEU, approval pending). Members free, non-members $10.</p></body></html>")
    record = build_record(extract_page("https://chapter.example.site/spring-workshop-2027", html))
    assert (record["aama_approved"], record["price_usd"], record["member_price_usd"]) == (True, 60.0, 45.0)


def test_a_header_marked_as_the_main_region_is_not_the_page_s_content():
    html = ("<html><body><div role='main'><a href='/'>Bramble Creek Chapter</a><nav><a href='/events'>Events</a></nav></div>"
            "<section><h1>HIPAA Privacy Update Webinar</h1><p>A live Zoom webinar for medical assistants on January 26, 2027 "
            "at 7:00 PM EST. Approved for 1 AAMA CEU (General).</p><p>Fee: $15 for non-members; members free.</p>"
            "<p>Learn what changed in the 2027 privacy rules and how to answer patients who ask for their records.</p>"
            "<p><a href='/register'>Register now</a></p></section></body></html>")
    record = build_record(extract_page("https://bramblecreekma.example.org/hipaa-privacy-update-webinar", html))
    assert (record["aama_approved"], record["price_usd"], record["member_price_usd"]) == (True, 15.0, 0.0)


def test_a_sidebar_item_about_another_course_does_not_state_this_course_s_category():
    html = ("<html><body><main><h1>Infection Control in the Ambulatory Clinic (On-Demand Recording)</h1>"
            "<p>A recorded webinar on hand hygiene, disinfection and instrument reprocessing in the outpatient clinic.</p>"
            "<p>Certificates list 1.0 contact hour. Non-members $25.00.</p></main><aside><h3>On Demand</h3><ul>"
            "<li><a href='/event.jsp?event=296'>Motivational Interviewing Basics (recording)</a><span> Members $10.00 / "
            "Non-members $25.00 · 1 AAMA CEU (General)</span></li></ul></aside></body></html>")
    record = build_record(extract_page("https://society.example.org/event.jsp?event=301", html))
    assert record["category"] == "clinical" and record["details"]["category"]["how"] == "inferred"


def test_a_sold_out_ticket_row_is_history_and_the_order_total_no_price():
    rows = "".join(f"<tr><td><strong>{name}</strong><br>{about}</td><td><span class='price'>{price}</span></td><td>{state}</td></tr>"
                   for name, about, price, state in [("Early bird", "First 15 seats", "$30.00", "Sold out"),
                                                     ("General admission", "One seat and CE certificate", "$45.00", "0 1 2 3"),
                                                     ("Bring-a-coworker (2 tickets)", "Two seats booked together", "$80.00", "0 1 2")])
    html = ("<html><body><main><h1>EKG Rhythm Strip Basics</h1><p>In-person class, Saturday, March 6, 2027, 9:00 AM CST. "
            f"2 AAMA CEUs (Clinical).</p><h2>Tickets</h2><table>{rows}</table><p>Order total: $0.00</p></main></body></html>")
    record = build_record(extract_page("https://www.tickettailor.example.com/events/cedarhollow/1188", html))
    assert (record["price_usd"], record["is_free"]) == (45.0, False)


def test_a_fee_table_s_columns_name_who_pays_even_with_other_lines_between():
    html = ("<html><body><main><h1>Point-of-Care Testing Series</h1><p>Three live Zoom sessions; 4.5 AAMA CEUs (clinical).</p>"
            "<h2>Registration fees</h2><table><tr><th></th><th>Members</th><th>Non-members</th></tr>"
            "<tr><td>Early registration (through January 15, 2027)</td><td>$45.00</td><td>$75.00</td></tr>"
            "<tr><td>Regular registration (January 16 – March 1, 2027)</td><td>$60.00</td><td>$95.00</td></tr></table>"
            "<p>Student members: $30.00 at any time. Employer groups of five or more non-members: $70.00 per person.</p>"
            "</main></body></html>")
    record = build_record(extract_page("https://society.example.org/events/poc-series", html))
    assert (record["price_usd"], record["member_price_usd"]) == (75.0, 45.0)


def test_a_deadline_broken_over_two_lines_is_no_session():
    html = ("<html><body><main><h1>Phlebotomy Skills Lab</h1><p>Saturday, April 17, 2027 · 9:00 AM – 12:30 PM Pacific Time "
            "(PDT)</p><p>In person at the Coeur d'Alene clinic. $85.</p><h2>Cancellations</h2><p>Cancellations received by "
            "March 26 are refunded in full. No refunds after<br>April 2, 2027; you may send a substitute.</p></main></body></html>")
    record = build_record(extract_page("https://society.example.org/events/phlebotomy-lab", html))
    assert record["live_dates"] == ["2027-04-17T09:00:00-07:00"]


def test_the_site_s_own_team_credited_with_a_course_is_not_another_provider():
    html = ("<html><head><meta property='og:site_name' content='Salal Clinical Education'></head><body><main>"
            "<h1>Patient Communication &amp; De-escalation</h1><p>Self-paced video lessons. 2.0 contact hours. $29.00</p>"
            "<p>Created by The Salal Team.</p></main><footer><p>© 2026 Salal Clinical Education</p></footer></body></html>")
    record = build_record(extract_page("https://salal.example.com/course/patient-communication", html))
    assert record["provider"] == "Salal Clinical Education"


def test_a_scheduling_page_of_event_types_is_a_listing():
    types = "".join(f"<h2>{name}</h2><p>{length}, Group</p><p>{price}</p><p><a href='/okafor/{i}'>View booking page ›</a></p>"
                    for i, (name, length, price) in enumerate([
                        ("Live Zoom Class: Vital Signs Accuracy Refresher", "1 hr 30 min", "$35 · 1.5 AAMA CEUs (Clinical)"),
                        ("ICD-10-CM Documentation Workshop", "2 hrs", "$40 · 2.0 AAMA CEUs (Administrative)"),
                        ("1:1 Recert Strategy Session", "45 min", "$75 · we map out your remaining points together")]))
    body = f"<h1>Renata Okafor</h1><p>Welcome to my scheduling page! Pick a class or a coaching call below.</p>{types}"
    assert extract_page("https://calendly.example.com/renata-okafor-ce", _page(body)).kind != "course"


def test_a_stale_aama_credit_field_gives_way_to_the_contact_hours_awarded():
    html = ("<html><body><main><h1>Pediatric Vital Signs and Growth Measurement</h1><p>In-person class, $75.</p>"
            "<table><tr><td>Credit</td><td>AAMA CEUs: 3.0</td></tr></table><h2>Credit</h2><p>Credit update: AAMA CEU approval "
            "for this class lapsed on June 30, 2026 and has not been renewed. Learners who complete the class now receive a "
            "certificate for 3.0 contact hours; these are not AAMA CEUs.</p></main></body></html>")
    record = build_record(extract_page("https://learn.example.org/catalog/course/2210", html))
    assert (record["credits"], record["credit_unit"], record["aama_approved"]) == (3.0, "contact_hour", False)


@pytest.mark.parametrize(("html", "kind"), [
    # a theme's alert box above the content root
    ("<div class='tutor-alert tutor-warning'><strong>This live course ended on November 21, 2026.</strong> Enrollment is "
     "closed.</div><main><h1>Winter Recert Sprint 2026 (Live on Zoom)</h1><p>Saturday, November 21, 2026, 8:00 AM MST on "
     "Zoom. 3.0 AAMA CEUs. $49.00</p><h2>What will I learn?</h2><ul><li>Review code-set changes</li><li>Refresh needle "
     "safety</li></ul></main>", "other"),
    # "CE credit: None" states no credit; a spring social
    ("<main><h1>Board of Directors Meeting — January 2027</h1><p>Date: Saturday, January 9, 2027</p><p>Time: 10:00 AM – "
     "12:00 PM Central</p><p>CE credit: None — business meeting</p></main>", "other"),
    ("<main><h1>Spring Social — Franklin</h1><p>Date: Saturday, March 27, 2027, 6:00 PM Central</p><p>CE credit: None</p>"
     "<p>Members $10 · Guests $15</p><p><a href='/rsvp'>RSVP</a></p></main>", "other"),
    # a product that is another course's certificate
    ("<main><h1>Vital Signs Refresher – CE Certificate</h1><p>$15.00</p><p>The CE certificate upgrade for the free Vital "
     "Signs Refresher. Unlocks the quiz certificate worth 1.0 AAMA CEU.</p><p><a href='/cart'>Buy Now</a></p></main>", "other"),
    # a job posting; a free download a shop marks up as a Course
    ("<main><h1>We're hiring: CE content reviewer (part-time, remote)</h1><p>Review our online courses for accuracy. "
     "$35/hour, about 5 hours a week.</p><p><a href='/apply'>Apply now</a></p></main>", "other"),
    ("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Course\", \"name\": "
     "\"Free 2027 Recert Planner\"}</script><main><h1>Free 2027 CMA &amp; RMA Recert Planner (Download)</h1><p>Free "
     "download: a printable planner to track your recertification points.</p><p>$0</p><p><a href='/enroll'>Get it free"
     "</a></p></main>", "other"),
    # a "Canceled" badge; a social; a pack of webinars with no credit of its own; a credit explainer "101"
    ("<main><h1>Spring Phlebotomy Refresher</h1><p>Canceled</p><p>March 6, 2027 @ 9:00 am - 12:00 pm EST</p><p>Approved for "
     "3 AAMA CEUs. $70 non-members.</p></main>", "other"),
    ("<main><h1>EKG Lead Placement</h1><p>This class has been cancelled. The January 16, 2027 session will not take place. "
     "Everyone who registered has been contacted by phone or email and has received a full refund of the $45 fee. There is "
     "no new date yet; we will post one here and in the newsletter when the skills lab reopens after its renovation.</p>"
     "<p>4 AAMA CEUs (clinical).</p></main>", "other"),
    ("<main><h1>Suture &amp; Staple Removal Workshop</h1><p>CANCELLED. This workshop has been cancelled because the "
     "instructor is no longer available.</p><p>Approved for 2 AAMA CEUs. Fees had been $25 and $40.</p></main>", "other"),
    ("<main><h1>Second Thursday Social</h1><p>December 10, 2026 @ 6:00 pm</p><p>$10 at the door</p></main>", "other"),
    ("<main><h1>Chapter Webinar 4-Pack (2027)</h1><p>Choose any four chapter webinars this year. $60.</p>"
     "<button>Add to cart</button></main>", "bundle"),
    ("<main><h1>CE credits 101</h1><p>An AAMA CEU is 60 minutes of approved education; IACET CEUs count ten contact hours. "
     "A CMA needs 60 points every 60 months.</p></main>", "other"),
    # a session called off, however the page says so; a refund condition is no notice
    ("<main><h1>Chapter news</h1><h2>CANCELLED: Winter Venipuncture Refresher (January 23)</h2><p>Saturday, January 23, "
     "2027, 9:00 AM in the skills lab. Approved for 2 AAMA CEUs (Clinical). $25 members, $40 non-members.</p></main>", "other"),
    ("<main><h1>Winter Venipuncture Refresher</h1><p>This event has been cancelled.</p><p>Saturday, January 23, 2027, "
     "9:00 AM in the skills lab. Approved for 2 AAMA CEUs (Clinical). $25 members, $40 non-members.</p></main>", "other"),
    ("<main><h1>Winter Venipuncture Refresher</h1><p>Saturday, January 23, 2027, 9:00 AM in the skills lab. Approved for 2 "
     "AAMA CEUs (Clinical). $25 members, $40 non-members.</p><p>The class is cancelled if fewer than six register; you "
     "then receive a full refund.</p><button>Register</button></main>", "course"),
])
def test_ended_notices_meetings_socials_and_certificate_products_are_not_courses(html, kind):
    page = extract_page("https://ce.example.org/events/405-item", f"<html><body>{html}</body></html>")
    assert page.kind == kind, page.kind_reasons


def test_an_article_s_id_names_its_subject_not_chrome():
    cards = "".join(f"<article class='card' id='{slug}'><h3><a href='/on_demand/{slug}'>{title}</a></h3><p>1.0 CEU · $20</p>"
                    "</article>" for slug, title in [("social_media", "HIPAA and Social Media for Medical Assistants"),
                                                      ("vaccine", "Vaccine Storage"), ("records", "Records Retention")])
    page = extract_page("https://ce.example.org/on_demand", f"<html><body><main><h1>On-Demand CE</h1>{cards}</main></body></html>")
    assert "HIPAA and Social Media for Medical Assistants" in page.text


def test_a_ticket_s_condition_between_its_name_and_its_price_keeps_the_pair():
    html = ("<html><body><main><h1>Coding Update Webinar</h1><p>Live webinar on Zoom, January 21, 2027, 7:00 PM CST. "
            "1.5 contact hours.</p><h2>Tickets</h2><div><p>Chapter Member</p><p>Member ID required</p><p>Free</p>"
            "<p>Non-Member</p><p>$20.00</p><p><a href='/register'>Register</a></p></div></main></body></html>")
    record = build_record(extract_page("https://www.eventzilla.example.net/e/coding-update-2027", html))
    assert (record["price_usd"], record["member_price_usd"]) == (20.0, 0.0)


def _two_product_cards() -> str:
    return ('<ul class="productGrid">'
            '<li class="product"><article class="card"><h3><a href="/live-webinar-medicare-wellness-visits/">'
            'Live Webinar: Medicare Wellness Visits</a></h3><p>$29.00</p><p>1.5 AAMA CEUs</p></article></li>'
            '<li class="product"><article class="card"><h3><a href="/live-webinar-difficult-conversations/">'
            'Live Webinar: Difficult Conversations</a></h3><p>$29.00</p><p>1.0 AAMA CEU</p></article></li></ul>')


def test_a_short_category_whose_cards_hold_every_price_and_credit_is_a_listing():
    page = extract_page("https://store.example.com/live-webinars/", _page(
        f"<h1>Live Webinars</h1><p>Sort by: Featured</p>{_two_product_cards()}"))
    assert page.kind == "listing", page.kind_reasons
    # a credential's requirement beside the cards offers nothing either
    rules = "<p>CMA (AAMA): 60 recertification points every 60 months, with at least 10 general points.</p>"
    page = extract_page("https://store.example.com/ma-ce/", _page(f"<h1>MA Continuing Education</h1>{rules}"
                                                                  f"{_two_product_cards()}"))
    assert page.kind == "listing", page.kind_reasons
    # a page that states its own credit and price beside two cards is that course
    own = ("<h1>Vital Signs Refresher</h1><p>A self-paced online course on blood pressure and pulse for medical "
           "assistants.</p><p>Price: $35.00</p><p>Approved for 2.0 AAMA CEUs.</p>")
    page = extract_page("https://store.example.com/vital-signs-refresher/", _page(own + _two_product_cards()))
    assert page.kind == "course", page.kind_reasons


def test_a_store_s_brand_page_is_a_listing():
    card = ('<ul class="productGrid"><li class="product"><article class="card"><h3><a href="/e-m-coding/">E/M Coding for'
            ' Office Visits</a></h3><p>$49.00</p><p>2.0 AAPC CEUs</p><a href="/cart.php?action=add">Add to Cart</a>'
            '</article></li></ul>')
    page = extract_page("https://store.example.com/brands/siskiyou-coding-collaborative/",
                        _page(f"<h1>Siskiyou Coding Collaborative</h1><p>Partner courses.</p>{card}"))
    assert page.kind == "listing", page.kind_reasons


def test_a_ticket_s_name_three_lines_above_its_amount_names_its_payer():
    tickets = "".join(f"<div class='ticket'><p>{name}</p><p>{note}</p><p>On sale until Jan 15, 2027</p><p>{amount}</p></div>"
                      for name, note, amount in (("Early Bird – Non-member", "In person or live stream", "$149.00"),
                                                 ("Early Bird – Consortium member", "Staff of member clinics; code required",
                                                  "$119.00")))
    html = _page(f"<h1>Rural MA Forum 2027</h1><p>A hybrid two-day forum for medical assistants. 10 AAMA CEUs.</p>{tickets}")
    record = build_record(extract_page("https://forum.example.org/e/rural-ma-forum-2027", html))
    assert (record["price_usd"], record["member_price_usd"]) == (149.0, 119.0)


def test_schedule_lines_opening_with_their_day_are_the_sessions():
    event = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": "Coding Clinic '
             'Tuesdays", "startDate": "2027-03-09T19:00:00-05:00"}</script>')  # the series' first date only
    html = event + _page("<h1>Coding Clinic Tuesdays</h1><p>A live webinar series on Zoom. 4.5 AAMA CEUs. $85.</p>"
                 "<h2>Session schedule</h2><p>All three sessions run 7:00 pm – 8:30 pm Eastern on Zoom.</p>"
                 "<p>Tuesday, March 9, 2027 (Eastern Standard Time) — ICD-10-CM changes.</p>"
                 "<p>Tuesday, March 16, 2027 (Eastern Daylight Time) — CPT 2027.</p>"
                 "<p>Tuesday, March 23, 2027 (Eastern Daylight Time) — Practice cases.</p>")
    record = build_record(extract_page("https://tcma.example.org/event/coding-clinic-tuesdays/", html))
    assert record["live_dates"] == ["2027-03-09T19:00:00-05:00", "2027-03-16T19:00:00-04:00", "2027-03-23T19:00:00-04:00"]


@pytest.mark.parametrize(("url", "schema", "kind"), [
    ("https://tcma.example.org/events/category/chapter-meetings/", True, "listing"),  # an archive, whatever it marks up
    ("https://tcma.example.org/2026/06/sharps-lunch-and-learn-announced/", False, "blog"),  # a dated post address
])
def test_archive_and_dated_post_addresses(url, schema, kind):
    event = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": "Chapter '
             'Meeting", "startDate": "2027-01-14T18:00:00-05:00"}</script>') if schema else ""
    html = event + _page("<h1>Chapter Meetings</h1><p>January 14, 2027 @ 6:00 pm · Members free, guests $5.</p>"
                         "<a href='/register'>RSVP</a>")
    assert extract_page(url, html).kind == kind


def test_a_fee_table_with_a_two_row_header_and_a_price_in_words():
    table = ("<table><thead><tr><th rowspan='2'>Participant</th><th colspan='2'>Registration fee</th></tr>"
             "<tr><th>Early registration<br><small>(closed November 15, 2026)</small></th><th>Standard rate</th></tr></thead>"
             "<tbody><tr><th>Hospital volunteers</th><td>No charge</td><td>No charge</td></tr>"
             "<tr><th>Community participants</th><td>$70.00</td><td>$85.00</td></tr></tbody></table>")
    html = _page(f"<h1>Phlebotomy Skills Refresher</h1><p>In person. Approved for 4 AAMA CEUs.</p>{table}")
    assert build_record(extract_page("https://hcr.example.org/classes/phlebotomy", html))["price_usd"] == 85.0
    worded = _page("<h1>Medication Safety Evening</h1><p>Approved for 1 AAMA CEU. In person.</p>"
                   "<p>The fee is twenty-five dollars for community participants.</p>")
    assert build_record(extract_page("https://hcr.example.org/classes/medication-safety", worded))["price_usd"] == 25.0


def test_a_refund_s_deadlines_are_not_sessions_and_a_past_review_has_ended():
    html = _page("<h1>Hands-On EKG Lead Placement Workshop</h1><p>In person in Loveland. Approved for 4 AAMA CEUs. $119.</p>"
                 "<p>Saturday, April 10, 2027 · 9:00 AM – 1:00 PM Mountain (MDT)</p><p>Full refund if you cancel by March "
                 "27, 2027; 50% refund from March 28 to April 3; no refunds after April 3, 2027.</p>")
    assert build_record(extract_page("https://s.example.com/store/ekg-workshop-p1", html))["live_dates"] == [
        "2027-04-10T09:00:00-06:00"]
    ended = _page("<h1>Fall 2026 Pharmacology Math Live Review</h1><p>Sold out $35.00</p><p>This live review took place on "
                  "November 7, 2026. Registration is closed and no recording is available.</p><p>Approved for 1.5 AAMA CEUs.</p>")
    assert extract_page("https://s.example.com/store/pharm-math-p2", ended).kind == "other"


def test_cards_whose_classes_number_them_still_repeat():
    cards = "".join(f"<div class='grid-product grid-product--id-{61230018 + i}'><a class='grid-product__title' href='/store/"
                    f"Course-{i}-p{61230018 + i}'>Self-paced course number {i}</a><div>{1 + i}.0 AAMA CEUs</div>"
                    f"<div class='grid-product__price'>${39 + i}.00</div></div>" for i in range(3))
    page = extract_page("https://s.example.com/store/Self-Paced-Courses-c4471002",
                        _page(f"<h1>Self-paced courses</h1><div class='grid__products'>{cards}</div>"))
    assert page.kind == "listing", page.kind_reasons


def test_a_calendar_table_with_zebra_rows_is_a_listing_and_an_ended_status_row_is_no_course():
    stripe = " class='alt'"
    rows = "".join(
        f"<tr{stripe if i % 2 else ''}><td>Sat, Feb {i + 2}, 2027</td><td><a href='/events/details.asp?id={i}'>"
        f"Injection Techniques Skills Lab {i}</a></td><td>${40 + i}.00</td><td>{i}.0 AAMA CEUs</td></tr>" for i in range(1, 5))
    html = _page(f"<h1>Events Calendar</h1><table><tr><th>Date</th><th>Event</th><th>Price</th><th>CE</th></tr>{rows}"
                 "</table>", "Events Calendar")
    assert extract_page("https://hdmaa.example.org/events/calendar.asp", html).kind == "listing"
    ended = _page("<h1>Fall Clinical Update 2026</h1><table><tr><td>CE Credit:</td><td>Approved for 5.0 AAMA CEUs.</td></tr>"
                  "<tr><td>Fee:</td><td>$110.00</td></tr><tr><td>Status:</td><td>This event has ended. Registration is "
                  "closed.</td></tr></table>", "Fall Clinical Update 2026")
    assert extract_page("https://hdmaa.example.org/events/details.asp?id=4312", ended).kind == "other"


def test_a_course_offered_jointly_with_a_partner_names_the_partner():
    from crawler.extract.cues import presenting_sentence

    assert presenting_sentence("Offered jointly with Santee Bluff Regional Medical Center. Course content and instruction "
                               "are provided by Santee Bluff's Clinical Education Department.") == (
        "Santee Bluff Regional Medical Center")


def test_a_body_said_to_be_the_provider_of_record_presents_the_course():
    from crawler.extract.cues import presenting_sentence

    # sealed126 (FluentCart academy): the college is the sentence's subject
    assert presenting_sentence("Partner course from Wasatch Back Technical College. Wasatch Back Technical College (WBTC) "
                               "designed and teaches this course and is the provider of record: WBTC issues your "
                               "certificate.") == "Wasatch Back Technical College"
    assert presenting_sentence("Our instructor is the provider of record for her own certificates.") is None
    # sealed128: a unit of the body named before it is no presenter of its own; the body that offers it is
    assert presenting_sentence("Offered by Bannock Ridge Technical College. The college's Center for Workforce Training is "
                               "the provider of record and issues the certificate.") == "Bannock Ridge Technical College"
    # sealed132: named after a label, inside the paragraph
    assert presenting_sentence("Offered in partnership with Ledgerwood Technical College. Provider of record: Ledgerwood "
                               "Technical College, an IACET Accredited Provider.") == "Ledgerwood Technical College"


def test_a_partner_named_after_a_short_label_presents_the_course():
    from crawler.extract.cues import presenting_sentence

    assert presenting_sentence("Partner course. This course is offered by Harrowgate Community College, an IACET "
                               "Accredited Provider, and is held in our Simulation Center.") == "Harrowgate Community College"
    assert presenting_sentence("Note: this is offered by request only.") is None
    assert presenting_sentence("Partner webinar — presented by our friends at the Snake River Regional Health Education "
                               "Center (SRRHEC). Live on Zoom.") == "Snake River Regional Health Education Center"
    # holdout_sites_sealed66: "presented and certified by"
    assert presenting_sentence("This course is presented and certified by Treasure Valley Coding Institute (Boise, "
                               "Idaho), an IACET Accredited Provider, and sold through our store.") == "Treasure Valley Coding Institute"
    # holdout_sites_sealed63: a public health department is a body of its own, a "Clinical Education Department" a unit
    assert presenting_sentence("Partner webinar — presented by the Loup River District Health Department and listed here "
                               "for consortium members.") == "Loup River District Health Department"
    assert presenting_sentence("This webinar is presented by the Clinical Education Department.") is None


def test_a_typepad_post_reads_its_own_column_and_a_dated_post_after_the_blog_s_name_is_a_post():
    sidebar = ("<div id='beta'><div class='module-typelist module'><h2 class='module-header'>Home-study packets</h2>"
               "<ul class='module-list'>" + "".join(
                   f"<li><a href='/blog/home-study.html#p{i}'>Packet {i}</a> &middot; 1 AAMA CEU &middot; ${10 + i}</li>"
                   for i in range(3)) + "</ul><p>Any three packets: $45.</p></div></div>")
    post = ("<div id='alpha'><div class='entry'><h3 class='entry-header'>Live workshop: Prior Authorizations Without the "
            "Hold Music</h3><p>A two-hour live Zoom workshop on Saturday, February 20, 2027. Cost: $40. The AAMA has approved "
            "this workshop for 2 AAMA CEUs, administrative category. Objectives: you will be able to submit a complete "
            "request.</p></div></div>")
    html = f"<html><head><title>Live workshop</title></head><body><div id='container'>{post}{sidebar}</div></body></html>"
    page = extract_page("https://bench.typepad.example.com/the_bench/2026/11/live-workshop.html", html)
    assert page.kind == "course" and "Packet 1" not in page.text
    guide = ("<div id='alpha'><h3>How I'd plan 60 points in 2027</h3><p>Here is how I would lay out a cycle.</p><table>"
             + "".join(f"<tr><td>Workshop {i}</td><td>2 AAMA CEUs</td><td>${30 + i}</td></tr>" for i in range(2))
             + "</table></div><div id='beta'><p>About me</p></div>")
    page = extract_page("https://bench.typepad.example.com/the_bench/2026/12/how-id-plan-60-points.html",
                        f"<html><head><title>How I'd plan 60 points</title></head><body>{guide}</body></html>")
    assert page.kind != "course"


def test_a_field_s_page_of_programmes_is_a_hub_not_a_course():
    html = _page("<h1>Healthcare Programs</h1><p>Workforce & Continuing Education offers non-credit healthcare training."
                 "</p><h2>For working medical assistants</h2><p><a href='/ce/healthcare/medical-assistants/'>Medical "
                 "Assistant Continuing Education</a>: CE courses, labs and webinars, most with AAMA CEUs. Register online."
                 "</p><h2>Career training</h2><ul><li><a href='/ce/cma/'>Clinical Medical Assistant Certificate</a></li>"
                 "<li><a href='/ce/nurse-aide/'>Nurse Aide Training</a></li></ul>", "Healthcare Programs")
    assert extract_page("https://ce.kettleridge.example.edu/ce/healthcare/", html).kind != "course"
    pricing = _page("<h1>Guild Member Pricing</h1><p>Guild members in good standing receive reduced tuition on most "
                    "medical assistant CE courses; the member price is shown on each course page.</p><h2>Joining the Guild"
                    "</h2><p>Guild dues are $35 a year. Enter your Guild member number when you register and the discount "
                    "is applied at checkout.</p><h2>Fine print</h2><ul><li>Lab and materials fees are not discounted.</li>"
                    "<li>Online and in-person courses alike.</li></ul><p><a href='/register/'>Register now</a></p>",
                    "Guild Member Pricing")
    assert extract_page("https://ce.kettleridge.example.edu/ce/guild-member-pricing/", pricing).kind != "course"


def test_a_job_post_naming_the_courses_one_would_teach_is_no_course():
    html = _page("<h1>Job posting: Medical Assistant Instructor</h1><p>Full-time, $25/hour. Must hold CMA (AAMA). Teach our "
                 "2 AAMA CEU courses.</p><p><a href='/apply'>Apply now</a></p>", "Job posting")
    assert extract_page("https://chapter.example.org/jobs/ma-instructor", html).kind == "other"
    # holdout80: a flat site's page named for its careers section, speaking as a job post
    post = _page("<h1>Certified Medical Assistant – Float Pool (Full-time)</h1><p>Job ID MA-2611 · Posted November 30, 2026"
                 "</p><p>Includes a $400 yearly CE allowance; our Feb 20 spirometry class (3 AAMA CEUs, $55) is free for staff."
                 "</p><p>Apply online.</p>", "Careers")
    assert extract_page("https://www.clinic.example.com/careers-cma-float-pool.html", post).kind == "other"


def test_a_forum_topic_announcing_one_course_is_that_course_and_a_free_planner_is_not():
    topic = ("<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><h1>[CE Event] ICD-10-CM 2027 Updates, "
             "Wed Feb 17 (Zoom)</h1><p>Live on Zoom, Wed Feb 17, 2027, 7pm ET. Earn 1.5 CE hrs. $40. Register here.</p>"
             "<div itemscope itemtype='http://schema.org/Comment'><p>Is this AAMA approved?</p></div></div>"
             "<div itemscope itemtype='http://schema.org/ItemList'><a href='/t/other/1'>Suggested topic</a></div>")
    assert extract_page("https://forum.example.org/t/icd-10-2027/2841", _page(topic, "ICD-10")).kind == "course"
    planner = ("<h1>FREE CE Tracker + 60-Point Recert Planner</h1><p>Enter your email and it's yours: $0.</p>"
               "<p>P.S. My BP Boot Camp earns 1.5 CE hrs.</p><a href='/p/bp-bootcamp'>See it</a>")
    assert extract_page("https://store.example.com/me/p/free-ce-tracker", _page(planner, "Tracker")).kind == "other"


def test_a_store_state_listing_every_product_gives_the_page_s_own_title():
    state = ('{"store":{"products":[{"slug":"bp-bootcamp","title":"BP Boot Camp","price":{"amount":4900}},'
             '{"slug":"strategy-call","title":"1:1 '
             'Strategy Call","type":"calendar","duration_minutes":45,"timezone":"America/Chicago","price":{"amount":7500}}]}}')
    html = (f"<html><head><script>window.__STATE__ = {state};</script></head><body><main><h1>BP Boot Camp</h1>"
            "<p>Six video lessons. Earn 1.5 CE hrs. $49.</p></main></body></html>")
    assert extract_page("https://store.example.com/me/p/bp-bootcamp", html).title == "BP Boot Camp"


def test_a_site_search_index_holding_the_page_itself_is_no_listing_and_accreditation_information_is_no_course():
    index = ('[' + ",".join(f'{{"url":"/programs/p{i}/","title":"Program {i}","start":"2027-0{i}-06","format":"in person",'
                            f'"counties":["Pike"],"tags":["ce"]}}' for i in range(1, 5))
             + ',{"url":"/programs/bp-technique/","title":"BP Technique","start":"2027-03-06","format":"in person",'
               '"counties":["Pike"],"tags":["ce"]}]')
    html = (f"<html><head><script type='application/json' id='programs-index'>{index}</script></head><body><main>"
            "<h1>Accurate Blood Pressure Measurement</h1><p>Approved for 3 AAMA CEUs (clinical). Members $15, non-members "
            "$30.</p><h2>Learning objectives</h2><ul><li>Select the correct cuff size</li><li>Demonstrate manual "
            "measurement</li></ul><p>Saturday, March 6, 2027 9:00 a.m. at the Health Department.</p></main></body></html>")
    assert extract_page("https://ahec.example.org/programs/bp-technique/", html).kind == "course"
    info = _page("<h1>Continuing Education Accreditation Information</h1><p>The department offers continuing education "
                 "for nurses and medical assistants. Each program states its AAMA CEUs and contact hours on its page.</p>",
                 "Accreditation")
    assert extract_page("https://health.example.gov/training/ce-accreditation", info).kind == "other"


def test_a_blog_post_selling_one_recording_with_what_viewers_will_be_able_to_do_is_that_course():
    body = ("<article class='post'><h2>REPLAY + CE is up: Telephone Triage Basics for MAs</h2>"
            "<p>The November live session sold out, so the replay is here.</p>"
            "<p>After watching you should be able to</p><ul><li>sort calls using a written protocol</li>"
            "<li>document a phone encounter</li></ul>"
            "<p>What you get: the full 90-minute recording of the live webinar and a 15-question post-test.</p>"
            "<p>CE: 1.5 AAMA CEUs (1 clinical / 0.5 general).</p><p>$15, instant access: get the replay here.</p></article>")
    url = "https://scrubsandsyllabi.example.com/post/737511094410752000/replay-ce-telephone-triage"
    assert extract_page(url, _page(body)).kind == "course"
    chat = body.replace("<p>After watching you should be able to</p>", "<p>My notes from the session</p>")
    assert extract_page(url, _page(chat)).kind == "blog"


@pytest.mark.parametrize("no_ce", [
    "<p>CE credit: None. The Leadership Track awards a certificate of completion only.</p>",
    "<p>This program does not award IACET CEUs or AAMA CEUs. It is a workforce training program.</p>",
])
def test_a_training_programme_that_says_it_awards_no_ce_is_not_a_course(no_ce):
    body = ("<h1>Medical Assistant Leadership Track</h1><p>A six-month cohort program for lead medical assistants.</p>"
            "<p>Dates: Monthly on the first Monday, February 1 – July 5, 2027, 6:00 PM Central</p>"
            f"<p>Format: Live online cohort sessions plus a workplace project</p>{no_ce}"
            "<p>Tuition: $450 members · $600 non-members</p>")
    url = "https://society.example.org/continuing-education/leadership-track/"
    assert extract_page(url, _page(body)).kind == "other"
    with_credit = body.replace(no_ce, "<p>CE credit: 12 AAMA CEUs (administrative).</p>")
    assert extract_page(url, _page(with_credit)).kind == "course"


def test_a_page_about_renewing_membership_is_not_a_course_whatever_credit_its_benefits_name():
    body = ("<h1>Renew Your Membership for 2027</h1><p>Your membership runs on the calendar year.</p>"
            "<table><tr><td>Active member</td><td>$95.00</td></tr><tr><td>Student member</td><td>$30.00</td></tr></table>"
            "<h2>What your membership includes</h2><ul><li>Free home-study modules: the library adds up to 6 AAMA CEUs "
            "across Administrative, Clinical and General topics.</li><li>Member pricing at every seminar.</li></ul>")
    url = "https://society.example.org/Membership/Renew"
    assert extract_page(url, _page(body)).kind == "other"
    meeting = body.replace("Renew Your Membership for 2027", "Membership Meeting: HIPAA Update (1 AAMA CEU)").replace(
        "<h2>What", "<p>Live on Zoom, Tuesday, March 9, 2027 at 6:30 pm.</p><h2>What")
    assert extract_page(url, _page(meeting)).kind == "course"


def test_an_exam_review_cohort_that_awards_no_ce_is_not_a_course_but_a_course_whose_approval_lapsed_is():
    body = ("<h1>CMA Review Cohort</h1><p>An eight-week evening review for the CMA (AAMA) Certification Exam. Tuesdays, "
            "6:00-8:00 PM Mountain, February 2 to March 23, 2027, on Zoom. Tuition $240.</p>"
            "<p>This is exam preparation, not continuing education: the cohort awards no CEUs or contact hours.</p>"
            "<a href='/register'>Reserve a spot</a>")
    assert extract_page("https://ce.example.com/exam-prep/cma-review-cohort", _page(body)).kind == "other"
    lapsed = ("<h1>Medical Terminology Review: Body Systems</h1><p>Eleven self-paced lessons, each with a practice quiz.</p>"
              "<h2>Learning objectives</h2><ul><li>Define word parts</li><li>Build terms</li></ul>"
              "<p>AAMA approval for this course expired on 31 October 2026. Completions after that date do not earn "
              "CEUs.</p><p>Cost: Free.</p><a href='/enrol'>Enrol me</a>")
    assert extract_page("https://learn.example.org/course/terminology-review", _page(lapsed)).kind == "course"


@pytest.mark.parametrize(("heading", "kind"), [
    ("Recertification Guide for CMAs (AAMA)", "other"),
    ("A Guide to CEUs and Recertification", "other"),
    ("CMA (AAMA) recertification roadmap", "other"),
    ("CMA (AAMA) Recertification: A Guide for Our Students and Alumni", "other"),
    ("Recert help: counting your 60 points", "other"),
    ("Continuing Education Credits Explained", "other"),
    ("EKG Lead Placement Lab", "course"),
])
def test_a_guide_to_the_credential_s_rules_is_not_a_course_whatever_credit_it_tabulates(heading, kind):
    body = (f"<h1>{heading}</h1><p>Your credential is current for 60 months. Live on Zoom, March 3, 2027.</p>"
            "<table><tr><td>\"Approved for 2.0 AAMA CEUs (administrative)\"</td><td>2 AAMA points</td></tr>"
            "<tr><td>Fee</td><td>$25</td></tr></table>")
    assert extract_page("https://society.example.org/education/guide-page", _page(body)).kind == kind


def test_a_webinar_series_of_dated_evenings_with_its_own_objectives_is_one_course():
    body = ("<h1>2027 Coding Update: Two-Evening Webinar Series</h1>"
            "<table><tr><td>Evening 1</td><td>Tuesday, March 9, 2027, 6:30 PM Central</td></tr>"
            "<tr><td>Evening 2</td><td>Tuesday, March 16, 2027, 6:30 PM Central</td></tr>"
            "<tr><td>CE credit</td><td>Approved for 2 AAMA CEUs (administrative)</td></tr></table>"
            "<h2>Learning objectives</h2><ul><li>Identify the 2027 code changes</li><li>Apply modifier 25 rules</li></ul>"
            "<p>Fees: Non-members $45.00. Society members $25.00.</p><a href='/register'>Register now</a>"
            "<aside class='col-md-3'><div class='portlet'><div class='portletHeader'><a href='/events'>Upcoming CE</a></div>"
            "<ul><li><a href='/ce/venipuncture-lab'>Venipuncture skills lab</a> Feb 20, 2027</li>"
            "<li><a href='/ce/cultures'>Communicating across cultures</a> Apr 13, 2027</li>"
            "<li><a href='/ce/hipaa'>HIPAA refresher</a> May 4, 2027</li></ul></div></aside>")
    assert extract_page("https://society.example.org/ce-courses/2027-coding-update-webinar-series", _page(body)).kind == "course"


def test_a_series_named_so_only_in_its_address_is_one_course():
    """sealed85 (Meteor): ".../vaccine-cold-chain-webinar-series" (bundle words in the address) under "... (2-Part Live
    Webinar)": two dated parts, objectives, one credit and fee, and two other courses' links beside them."""
    from crawler.extract.classify import Signals, classify

    url = "https://learn.example.net/courses/vaccine-cold-chain-webinar-series"
    signals = Signals(url=url, heading="Vaccine Cold Chain: Storage and Handling (2-Part Live Webinar)", listed_links=2, content_links=2, price=True, credit=True, objectives=True,
                      schedule=True, credit_values=1, words=420)
    assert classify(signals)[0] == "course"


def test_a_post_labelling_its_date_and_time_on_two_lines_is_the_class_s_page():
    """holdout105 (BlogEngine.NET): a dated post whose "At a glance" gives "Date: Saturday, March 20, 2027" over "Time:
    8:30 a.m. to 12:30 p.m.", its place, fee, credit and instructor (objectives "in your packet"): the class's page."""
    body = ("<h1>Pediatric immunization skills workshop — Saturday, March 20</h1><p>November 30, 2026 15:40 by Charlotte "
            "Boudreaux</p><p>This half-day workshop is for medical assistants who give vaccines to children.</p><h2>At a "
            "glance</h2><p>Date: Saturday, March 20, 2027</p><p>Time: 8:30 a.m. to 12:30 p.m. Central</p><p>Where: "
            "Education Center, Classroom B</p><p>Fee: $45</p><p>Credit: 4 contact hours</p><h2>Your instructor</h2><p>Renée "
            "Fontenot, MSN, RN, CPN is the pediatric nurse educator for our outpatient clinics.</p><p>Register and pay "
            "online.</p>")
    url = "https://learn.bayoutallow.example.org/post/2026/11/30/pediatric-immunization-skills-workshop-march-2027"
    assert extract_page(url, _page(body)).kind == "course"


@pytest.mark.parametrize(("heading", "lead"), [
    ("2027 On-Demand Pass", "The 2027 On-Demand Pass gives you one year of access to every on-demand course and recording the "
     "society publishes in 2027, with certificates included."),
    ("2027 CE Pass: All Live Webinars", "One purchase, every HDMAS live webinar in 2027."),
])
def test_a_pass_to_every_offering_of_a_kind_is_no_course_whatever_credits_its_titles_carry(heading, lead):
    """sealed88 (Bulma) and sealed89 (Materialize): passes listing the titles they cover with their credits."""
    body = (f"<h1>{heading}</h1><p>{lead}</p><h2>What's included today</h2><ul><li><a href='/ce/peds-vitals/'>Pediatric "
            "Vital Signs</a> (2 AAMA CEUs, clinical)</li><li><a href='/ce/social-media/'>Social Media and Patient Privacy"
            "</a> (recording, 1 contact hour)</li></ul><h2>Price</h2><p>$59 for non-members, $39 for members.</p><p><a "
            "href='/buy'>Buy the pass</a></p>")
    page = extract_page("https://tworivers.example.org/ce/2027-pass/", _page(body))
    assert page.kind != "course", page.kind_reasons


@pytest.mark.parametrize("heading", ["CE credit, explained", "Understanding CEUs and contact hours"])
def test_a_credit_explainer_is_no_course(heading):
    """sealed90 (Fomantic-UI) and sealed91 (W3.CSS): guides to the credit units, quoting "Approved for 1.5 AAMA CEUs"."""
    body = (f"<h1>{heading}</h1><p>Course pages list credit in a few different ways. Here's how to read ours.</p><h2>AAMA "
            "CEUs</h2><p>\"Approved for 1.5 AAMA CEUs (clinical)\" means the AAMA has approved the course; each CEU is one "
            "recertification point.</p><h2>IACET CEUs</h2><p>One IACET CEU equals ten contact hours.</p>")
    page = extract_page("https://learn.example.org/education/understanding-ceus/", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_a_pass_that_bundles_courses_and_a_catalogue_saying_its_page_are_no_courses():
    """sealed90: "The CE Pass bundles three of our on-demand courses with one seat at a live webinar" ($149, members
    $99); a Lit catalogue whose cards sit in shadow roots says "Course catalog ... Page 1 of 2"."""
    pass_body = ("<h1>2027 CE Pass</h1><p>The CE Pass bundles three of our on-demand courses with one seat at a live webinar "
                 "of your choice in 2027.</p><p>Up to 6.0 AAMA CEUs depending on which webinar you pick.</p><p>$149</p><p>"
                 "DMAS members $99.</p><p><a href='/buy'>Buy the pass</a></p>")
    assert extract_page("https://driftless.example.org/education/ce-pass-2027/", _page(pass_body)).kind != "course"
    catalogue = ("<h1>Course catalog</h1><p>Live webinars, recordings and self-paced courses. Page 1 of 2.</p><p>Live webinar"
                 "</p><p>12-Lead EKG Lead Placement: Live Practice Clinic</p><p>Thu, Jan 21, 2027 · 7:00 PM ET</p><p>1.5 AAMA "
                 "CEUs · clinical</p><p>$39</p>")
    assert extract_page("https://granitenotch.example.com/catalog", _page(catalogue)).kind != "course"


def test_a_forum_topic_at_a_numbered_address_of_the_home_script_is_no_home_page():
    """holdout109 (FUDforum): "index.php?t=msg&th=2291&start=0" is a thread, not the site's home page, whose workshop post
    (credit, fee, session, objectives) is the workshop's page."""
    body = ("<h1>[CE] Sat Feb 27: Pediatric immunization schedules &amp; VIS workshop (3 AAMA CEUs)</h1><p>When: Saturday, "
            "February 27, 2027, 9:00 AM to 12:30 PM Eastern.</p><p>Format: In person, hands-on practice.</p><p>What you will be "
            "able to do afterwards</p><ul><li>Use the current catch-up schedules</li><li>Choose and give the correct VIS</li>"
            "</ul><p>Credit: approved for 3 AAMA CEUs. Cost: $40. LMAN members pay $30.</p>")
    page = extract_page("https://forum.lakeshorema.example.org/index.php?t=msg&th=2291&start=0", _page(body))
    assert page.kind == "course", page.kind_reasons
    assert extract_page("https://forum.lakeshorema.example.org/index.php?page=2", _page(body)).kind != "course"


def test_a_pass_sold_for_the_year_is_no_course_whatever_credit_its_episodes_carry():
    """holdout109 (Buzzsprout): a trailer "Introducing the 2027 CE Pass": certificates for every CE episode, "The pass is
    $79 for the year", AAMA and AMT recertification named."""
    body = ("<h1>Introducing the 2027 CE Pass</h1><p>Starting January 1 we are offering the 2027 CE Pass.</p><h2>What the "
            "pass includes</h2><ul><li>Unlimited quiz attempts and certificates for every CE episode we release in 2027."
            "</li><li>A transcript of every certificate, formatted for AAMA and AMT recertification (1 AAMA CEU per episode)."
            "</li></ul><h2>Price</h2><p>The pass is $79 for the year. Individual certificates stay at $10 each.</p>")
    page = extract_page("https://betweenrooms.example.com/2049301/episodes/ce-pass-2027-trailer", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_an_about_page_naming_the_provider_is_no_course_whatever_credit_it_names():
    """sealed85 (Typesetter): "About the Guild" on the Great Basin Medical Assisting Guild's site lists what it does
    ("Continuing education: live webinars ..., most approved for AAMA CEUs") and says meetings are free."""
    body = ("<h1>About the Guild</h1><p>The Great Basin Medical Assisting Guild started in 1994.</p><h2>What we do</h2><ul>"
            "<li>Monthly chapter meetings with a speaker</li><li>Continuing education: live webinars, an annual skills lab "
            "and self-paced courses, most approved for AAMA CEUs</li></ul><p>Meetings are free and open to students.</p>"
            "<p>&copy; 2026 Great Basin Medical Assisting Guild</p>")
    html = ("<html><head><title>About the Guild | Great Basin Medical Assisting Guild</title><meta property='og:site_name' "
            "content='Great Basin Medical Assisting Guild'></head><body><main>" + body + "</main></body></html>")
    page = extract_page("https://gbmag.example.org/About_the_Guild", html)
    assert page.kind == "other", page.kind_reasons


def test_a_season_pass_covering_every_webinar_is_no_course():
    """sealed85 (Typesetter): "CE Season Pass 2027": "one purchase covers registration for every live webinar the
    Guild itself runs in 2027", $99, members only."""
    body = ("<h1>CE Season Pass 2027</h1><p>For Guild members: one purchase covers registration for every live webinar the "
            "Guild itself runs in 2027.</p><h2>Price</h2><p>$99, Guild members only.</p><p><a href='/buy'>Buy the pass</a></p>")
    page = extract_page("https://gbmag.example.org/CE_Season_Pass_2027", _page(body))
    assert page.kind != "course", page.kind_reasons


@pytest.mark.parametrize("lead", ["A sponsor's product demonstration (no CE).", "Sponsored demo · Feb 24, 2027"])
def test_a_sponsor_s_product_demonstration_that_awards_no_ce_is_not_a_course(lead):
    body = (f"<h1>See the VitaSync V3 Vital-Signs Monitor in Action</h1><p>{lead}</p>"
            "<p>Wednesday, February 24, 2027 · 2:00–2:45 PM Eastern, on Zoom. Attendance is free.</p>"
            "<p>No continuing-education credit or certificate is offered.</p><p>Hosted by Lena Castellanos, RN</p>"
            "<a href='/register'>Register for this event</a>")
    assert extract_page("https://events.example.org/events/vitasync-demo", _page(body)).kind == "other"
    course = body.replace("No continuing-education credit or certificate is offered.", "1 AAMA CEU (clinical).")
    assert extract_page("https://events.example.org/events/vitasync-demo", _page(course)).kind == "course"


def test_subscription_plans_compared_side_by_side_are_not_a_course():
    body = ("<h1>Compare our CE plans</h1><p>One yearly subscription covers your continuing education.</p>"
            "<p>Basic</p><p>$99 / year</p><p>Any 6 self-paced online courses, 1 AAMA CEU each.</p>"
            "<p>Plus</p><p>$179 / year</p><p>Unlimited self-paced online courses, plus 2 live webinars.</p>"
            "<a href='/checkout?plan=plus'>Choose Plus</a>")
    assert extract_page("https://ce.example.com/compare-ce-plans", _page(body)).kind == "other"


@pytest.mark.parametrize(("heading", "body"), [
    ("Phlebotomy Skills Day (November 2026)", "<p>Sold out — waitlist only.</p><p>Saturday, November 21, 2026, 9:00 AM, "
     "Cielo Verde Education Center. Approved for 3.0 AAMA CEUs (clinical). Fee: $85.</p><p>All seats were taken. Join "
     "the waitlist and we will email you first when the 2027 date is set.</p><a href='/waitlist'>Join the waitlist</a>"),
    ("Guild CE Gift Card", "<p>From $25.00</p><p>A virtual gift card for any Guild CE course, workshop or membership.</p>"
     "<p>Delivered by email; self-paced courses included.</p><button>Add to cart</button>"),
    ("Spring Clinical Skills Series 2027", "<p>Two Thursday evenings on Zoom. Each session is a separate course: register "
     "for one or both.</p><table><tr><td><a href='/vitals'>Session 1: Accurate Vital Signs</a></td><td>Thu, March 4, 2027, "
     "6:30 PM EST</td><td>1.0 AAMA CEU (clinical)</td></tr><tr><td><a href='/poct'>Session 2: Waived Testing</a></td><td>Thu, "
     "March 18, 2027, 6:30 PM EDT</td><td>1.0 contact hour</td></tr></table><p>Members attend free; non-members $20 per "
     "session.</p>"),
])
def test_a_waitlist_for_a_past_date_a_gift_card_and_a_series_of_separate_courses_are_not_courses(heading, body):
    assert extract_page("https://ce.example.com/item", _page(f"<h1>{heading}</h1>{body}")).kind != "course"


def test_an_offer_to_run_any_course_for_a_team_is_not_a_course_but_one_workshop_brought_on_site_is():
    body = ("<h1>Request a Course for Your Team</h1><p>Any Society event can be delivered privately for your clinic.</p>"
            "<table><tr><td>Price</td><td>$55 per seat, minimum 6 seats</td></tr>"
            "<tr><td>Credit</td><td>The same AAMA CEUs as the public event</td></tr></table>"
            "<h3>Need CE in a hurry?</h3><p>CMAs (AAMA) need 60 recertification points every five years.</p>")
    assert extract_page("https://society.example.org/employers/team-training/", _page(body)).kind == "other"
    workshop = ("<h1>On-Site Infection Control Training for Your Clinic</h1><p>We bring a 3-hour hands-on workshop to your "
                "practice. 3 contact hours for each attendee.</p><p>Trainer: Kevin Osei, MPH, CIC.</p>")
    assert extract_page("https://ce.example.org/on-site-infection-control", _page(workshop)).kind == "course"


def test_a_short_site_name_with_an_acronym_keeps_its_own_words_when_spelt_out():
    html = ("<html><head><title>Medication Math - Prairie Lakes Medical Assistants Association</title>"
            "<meta property='og:site_name' content='Prairie Lakes MAA'></head><body><main><h1>Medication Math</h1>"
            "<p>Self-paced online, 1 AAMA CEU, $25.</p></main><footer><p>Prairie Lakes Medical Assistants Association, "
            "a Minnesota society.</p></footer></body></html>")
    record = build_record(extract_page("https://plmaa.example.org/w/medication-math", html))
    assert record["provider"] == "Prairie Lakes Medical Assistants Association"


@pytest.mark.parametrize(("alt", "name"), [
    ("Prairie State Society of Medical Assistants - a state society of the AAMA", "Prairie State Society of Medical Assistants"),
    ("Vantreece Clinical Academy — education from Vantreece Medical Supply", "Vantreece Clinical Academy"),  # a tagline
])
def test_a_logo_s_words_about_what_the_body_is_are_not_its_name(alt, name):
    html = (f"<html><body><header><img class='logo' src='/logo.png' alt='{alt}'></header><main><h1>Workplace Violence "
            "Prevention</h1><p>Live webinar, 1 AAMA CEU, $20.</p></main></body></html>")
    record = build_record(extract_page("https://pssma.example.org/events/workplace-violence", html))
    assert record["provider"] == name


def test_a_post_under_notes_is_a_blog_post():
    body = ("<h1>Planning your 60 points</h1><p>November 12, 2026 · by Kieran Ashdown, CPC</p><p>Short on administrative "
            "points? Our January webinar Telehealth Rooming Essentials (1.5 AAMA CEUs) is open to everyone.</p>")
    assert extract_page("https://ce.example.com/notes/planning-60-points", _page(body)).kind == "blog"


@pytest.mark.parametrize(("site", "presenter", "provider"), [
    # a partner college's CE division presents a course on another body's site: the college presents it
    ("Tundra Light Health Careers Institute", "Denali Foothills Technical College Workforce Education",
     "Denali Foothills Technical College"),
    ("Prairie Lakes MAA", "Lakehead Technical College Customized Training", "Lakehead Technical College"),
    # holdout_sites_sealed67: the presenter's city in brackets after its name
    ("Dunewood Clinical Academy", "Crossroads Health Information Network (Indianapolis)", "Crossroads Health Information Network"),
    # holdout_sites_sealed62: two kinds of division joined
    ("Pearl River Clinical Learning", "Gulf South Technical College Workforce & Continuing Education",
     "Gulf South Technical College"),
    # holdout_sites_sealed119: the division after a comma, its kinds around the noun
    ("Bitterroot MA Training", "Clark Fork Valley College, Continuing Education & Workforce", "Clark Fork Valley College"),
    # holdout_sites_sealed112: a programme's name before the division's kind
    ("Kestrel Point MA Training", "Willamette Bend Community College Health Careers Continuing Education",
     "Willamette Bend Community College"),
    # the division's own site keeps its own name
    ("Riverbend Community College Continuing Education", "Riverbend Community College Continuing Education",
     "Riverbend Community College Continuing Education"),
])
def test_a_partner_institution_s_ce_division_is_named_for_the_institution(site, presenter, provider):
    body = (f"<h1>Cold-Weather Emergencies</h1><p>Presented by: {presenter}</p><p>0.4 IACET CEU. In person, "
            "Saturday, April 10, 2027, 9:00 AM. Fee $110.</p><button>Register</button>")
    html = _page(body).replace("<head>", f"<head><meta property='og:site_name' content='{site}'>")
    page = extract_page("https://ce.example.org/continuing-education/cold-weather", html)
    assert page.first("provider").value == provider


@pytest.mark.parametrize("unit", ["Clinical Education & Professional Development", "Employee Health and Clinical Education",
                                  ", Center for Workforce & Professional Training"])
def test_a_unit_of_an_institution_the_page_names_on_its_own_is_named_for_the_institution(unit):
    """holdout_sites_sealed134: a chamber's calendar carries a hospital's classes, "Presented by Wescanaug Valley Hospital
    Clinical Education & Professional Development." beside the event data's organizer "Wescanaug Valley Hospital"."""
    import json

    event = json.dumps({"@context": "https://schema.org", "@type": "Event", "name": "Sterile Technique",
                        "startDate": "2027-03-09T18:00:00-05:00", "organizer": {"@type": "Organization",
                                                                                "name": "Wescanaug Valley Hospital"}})
    body = (f"<script type='application/ld+json'>{event}</script><h1>Sterile Technique</h1><p>Presented by Wescanaug Valley "
            f"Hospital{'' if unit.startswith(',') else ' '}{unit}.</p><p>Approved for 2 AAMA CEUs. Tuesday, March 9, 2027, "
            "6:00 PM. $45.</p><button>Register</button>")
    html = _page(body).replace("<head>", "<head><meta property='og:site_name' content='Wescanaug Valley Chamber'>")
    page = extract_page("https://chamber.example.org/events/details/sterile-technique-41862", html)
    assert page.first("provider").value == "Wescanaug Valley Hospital"


def test_a_provider_of_record_label_names_its_first_sentence_s_body():
    """holdout_sites_sealed138: "Provider of record: Brenmoor University School of Nursing, Office of Continuing Education.
    The coalition offers this recording through a partnership" beside the course data's provider."""
    import json

    course = json.dumps({"@context": "https://schema.org", "@type": "Course", "name": "Trauma-Informed Check-In",
                         "provider": {"@type": "Organization", "name": "Brenmoor University School of Nursing"}})
    body = (f"<script type='application/ld+json'>{course}</script><h1>Trauma-Informed Check-In</h1><p>Provider of record: "
            "Brenmoor University School of Nursing, Office of Continuing Education. The coalition offers this recording "
            "through a partnership; Brenmoor issues the certificates.</p><p>1.5 contact hours. $20.</p>")
    html = _page(body).replace("<head>", "<head><meta property='og:site_name' content='Tarrowby River Health Coalition'>")
    page = extract_page("https://coalition.example.org/events/trauma-informed-check-in-recorded/", html)
    assert page.first("provider").value == "Brenmoor University School of Nursing"


def test_a_partner_named_as_the_provider_of_record_in_a_sentence_is_the_provider():
    # holdout_sites_sealed118: a partner college's course on a city's registration portal
    from crawler.extract.cues import presenting_sentence

    assert presenting_sentence("Offered with Oconee Valley Technical College, the provider of record. Course access "
                               "comes from the college.") == "Oconee Valley Technical College"
    assert presenting_sentence("Questions go to Maria Lopez, the provider of record for the chapter.") is None
    # a unit's people present it, no other organisation (sealed121)
    assert presenting_sentence("Presented by District Public Health staff. Free to attend.") is None


def test_a_provider_of_record_row_names_the_provider_before_the_site():
    # holdout_sites_sealed119: a partner college's course in a store's product details
    body = ("<h1>Medical Law &amp; Ethics</h1><ul><li>Provider of record: Clark Fork Valley College, Continuing Education &amp; "
            "Workforce</li><li>0.6 CEU (IACET)</li></ul><p>Pay in full: $129.</p><button>Add to cart</button>")
    html = _page(body).replace("<head>", "<head><meta property='og:site_name' content='Bitterroot MA Training'>")
    page = extract_page("https://store.example.com/product/medical-law-ethics/", html)
    assert page.first("provider").value == "Clark Fork Valley College"


@pytest.mark.parametrize(("heading", "kind"), [
    ("Verify a CE certificate", "other"),
    ("Request a replacement certificate", "other"),
    ("Transcript lookup", "other"),
    ("Certificate verification", "other"),
    ("Phlebotomy Certificate Refresher", "course"),
    ("Request information about the certificate program", "course"),  # words between: not a certificate service
])
def test_a_service_for_certificates_already_earned_is_not_a_course(heading, kind):
    body = (f"<h1>{heading}</h1><p>Use this form for continuing education certificates issued since 2024.</p>"
            "<table><tr><td>Wound care basics (self-paced online)</td><td>1.5 contact hours</td></tr>"
            "<tr><td>Immunization update (recorded)</td><td>1 AAMA CEU (Clinical)</td></tr></table>"
            "<p>A replacement certificate costs $5. This course is approved for 2 AAMA CEUs.</p>"
            "<form><input name='number'><button>Check certificate</button></form>")
    assert extract_page("https://health.example.org/education/ce-certificates/verify", _page(body)).kind == kind


def test_a_more_courses_block_under_a_camel_case_section_head_class_is_not_a_listing():
    body = ("<h1>De-escalation at the Front Desk</h1><table><tr><td>Format</td><td>Self-paced online module</td></tr>"
            "<tr><td>Credit</td><td>1.25 contact hours</td></tr><tr><td>Cost</td><td>Free to view; certificate $10</td></tr>"
            "</table><div class='cgrhSectionHead'>What you will be able to do</div><ul><li>Recognize agitation</li>"
            "<li>Use a calm-voice script</li></ul><a href='/portal/start'>Start the module</a>"
            "<div class='cgrhSectionHead'>Other upcoming Education Services courses</div><table>"
            + "".join(f"<tr><td>Any time</td><td><a href='/ce/c{i}'>Course number {i} refresher</a></td>"
                      f"<td>{i} contact hours</td><td>${i}0</td></tr>" for i in range(1, 4)) + "</table>")
    page = extract_page("https://health.example.org/education/ce.nsf/courses/de-escalation?OpenDocument", _page(body))
    assert page.kind == "course"


def test_a_series_with_objectives_under_a_class_styled_line_is_one_course():
    rows = "".join(f"<tr><td>{n}</td><td>Thursday, March {d}, 2027</td><td>6:00-7:30 p.m.</td></tr>"
                   for n, d in ((1, 4), (2, 11), (3, 18)))
    body = ("<h1>Medication Math Refresher (Live Webinar Series)</h1><div class='sectionHead'>Learning objectives</div>"
            "<ul><li>Convert between metric units</li><li>Calculate weight-based doses</li></ul>"
            f"<table>{rows}</table><p>This course is approved for 4.5 AAMA CEUs in the Clinical category.</p>"
            "<p>Standard tuition: 3 payments of $25.00.</p><ul><li><a href='/p/refunds'>Registration &amp; Refunds</a></li>"
            "<li><a href='/p/privacy'>Privacy notice</a></li><li><a href='/p/faq'>Frequently asked questions</a></li></ul>"
            "<a href='/register'>Register for this series</a>")
    assert extract_page("https://health.example.org/education/courses/med-math-2027", _page(body)).kind == "course"


def test_with_no_h1_the_title_is_the_heading_the_title_tag_names_not_a_sidebar_s_first():
    body = ("<table><tr><td><h3>Quick Links</h3><ul><li><a href='/a'>About</a></li></ul><h3>Questions?</h3></td>"
            "<td><h2>Injection Techniques Skills Lab: IM and Subcutaneous</h2><p>Approved for 4 AAMA CEUs. In person, "
            "Saturday, February 20, 2027. Members $60, non-members $85.</p></td></tr></table>")
    html = _page(body, title="Injection Techniques Skills Lab - Event Details - SBSMA")
    assert extract_page("https://sma.example.org/events/event_detail.asp?EventID=1187", html).title == (
        "Injection Techniques Skills Lab: IM and Subcutaneous")
    untitled = _page(body, title="Event Details")  # no <title> part names a heading: the highest-ranked one
    assert extract_page("https://sma.example.org/events/event_detail.asp?EventID=1188", untitled).title == (
        "Injection Techniques Skills Lab: IM and Subcutaneous")


@pytest.mark.parametrize(("url", "body", "kind"), [
    # a conference announced before its programme
    ("https://sma.example.org/events/symposium-2027",
     "<h1>High Desert MA Symposium 2027</h1><p>Save the date: Friday-Saturday, May 7-8, 2027, Learning Commons.</p>"
     "<p>Two days of sessions with up to 9 AAMA CEUs planned. Registration opens February 1, 2027.</p>", "other"),
    # a single session's save-the-date names its own program: a course whose details are to come
    ("https://sma.example.org/events/infection-prevention-breakfast",
     "<h1>Infection Prevention Update Breakfast (Save the Date)</h1><p>Date: Thursday, May 13, 2027</p><p>Time: 7:30 AM"
     "</p><p>Speaker: TBA</p><p>CEUs: TBD. Details about this program and continuing education credit will be posted.</p>"
     "<button>Notify me</button>", "course"),
    # a pass sold by the year
    ("https://institute.example.org/education/learning-pass/",
     "<h1>Learning Pass</h1><p>The Learning Pass is our annual CE membership: $49 a year.</p><ul><li>Member prices on "
     "every course</li><li>Selected on-demand courses at no charge</li></ul><p>Self-paced and live courses for medical "
     "assistants.</p><a href='/buy'>Get the Learning Pass</a>", "other"),
    # asking for preceptors
    ("https://sma.example.org/get-involved/preceptor-sign-up",
     "<h1>Become a preceptor</h1><p>Local medical assisting programmes need practicum sites. If you are a credentialed MA, "
     "sign up to precept one student for 160 hours next spring.</p><p>Preceptors receive a free membership year ($45 "
     "value). Precepting itself does not earn AAMA CEUs.</p><button>Sign up</button>", "other"),
    # holdout156: a volunteer shift at a CE day, and a summit's recordings sold whole or one by one
    ("https://mobilize.example.us/alliance/event/72211/",
     "<h1>Volunteer: Spring CE Day Check-in &amp; Skills-Station Helpers</h1><p>Saturday, April 24, 2027 · three shifts.</p>"
     "<p>Spring CE Day brings 180 medical assistants for a day of continuing education. We need volunteers.</p>"
     "<button>Sign up</button>", "other"),
    ("https://hopin.example.to/events/fall-summit-2026-library",
     "<h1>TFAHE Fall Summit 2026: On-Demand Library</h1><p>From $25</p><p>Every session was recorded. Buy the all-access "
     "pass to watch all six, or pick single sessions. Each recording has its own quiz and certificate.</p>"
     "<button>Buy</button>", "bundle"),
])
def test_save_the_dates_passes_and_calls_for_volunteers_are_not_courses(url, body, kind):
    assert extract_page(url, _page(body)).kind == kind


def test_an_accordion_s_toggle_button_gives_its_heading_the_words():
    card = ("<div class='card'><div class='card-header'><h3 class='mb-0'><button class='btn btn-link collapsed' "
            "type='button' data-toggle='collapse' aria-expanded='false' aria-controls='c-{i}'>{head}</button></h3></div>"
            "<div id='c-{i}' class='collapse'><div class='card-body'>{body}</div></div></div>")
    body = ("<h1>Telephone Triage Basics</h1><p>Self-paced online. Approved for 1 AAMA CEU (clinical). $25.</p>"
            "<div class='accordion'>" + card.format(i=1, head="What you will learn", body="<ul><li>Follow a protocol."
            "</li><li>Document a call.</li></ul>") + "</div><button type='button'>Register</button>")
    page = extract_page("https://sma.example.org/education/ce-courses/telephone-triage-basics/", _page(body))
    assert "What you will learn\nFollow a protocol." in page.text
    assert "Register" not in page.text  # a button standing alone is still no content


def test_a_page_whose_data_lists_several_courses_is_not_the_first_of_them():
    items = [{"title": f"Course {n}", "url": f"/ce/courses/course-{n}/", "format": "Live online (Zoom)",
              "credits": "0.6 IACET CEU (6 contact hours)", "price": "$129", "description": "A course."} for n in (1, 2)]
    blob = json.dumps({"total": 2, "items": items})
    html = (f"<html><head><title>Administrative CE Courses</title></head><body><main><h1>Administrative CE Courses</h1>"
            f"<p>Loading courses</p><div data-results></div><script type='application/json'>{blob}</script></main></body></html>")
    page = extract_page("https://college.example.edu/ce/courses/administrative/", html)
    assert (page.title, page.kind) == ("Administrative CE Courses", "other")


@pytest.mark.parametrize(("notice", "kind"), [
    ("This meeting took place on Saturday, October 24, 2026. Registration is closed.", "other"),
    ("This live webinar took place on October 20, 2026. The recording is now available on demand.", "course"),
    ("Sold out — this event took place on Saturday, October 24, 2026.", "other"),  # after a status word
    # (after a registrations app's closed signup: sealed118's Church Center event)
    ("This signup has closed. The event took place on October 24, 2026.", "other"),
])
def test_a_meeting_that_took_place_has_ended_unless_its_recording_is_sold(notice, kind):
    body = (f"<h1>Fall District Meeting</h1><p>{notice}</p><p>Approved for 2 AAMA CEUs. Members $10, non-members "
            "$20.</p><h2>Learning objectives</h2><ul><li>Describe the update</li><li>Apply it</li></ul>")
    assert extract_page("https://sma.example.org/events/fall-district-meeting/", _page(body)).kind == kind


def test_a_presenter_s_bio_in_a_dialog_the_page_opens_is_content_and_a_sign_in_dialog_is_not():
    body = ("<h1>Telephone Triage Series</h1><p>Live webinar, Thursdays in March 2027. Approved for 6 AAMA CEUs. $120.</p>"
            "<h2>Presenter</h2><p>Lorna Quist</p><button data-toggle='modal' data-target='#bio'>Read bio</button>"
            "<button data-toggle='modal' data-target='#login'>Sign in</button>"
            "<div class='modal fade' id='bio' role='dialog' aria-hidden='true'><div class='modal-dialog'><div "
            "class='modal-content'><h5 class='modal-title'>Lorna Quist, BSN, RN</h5><div class='modal-body'><p>Lorna has "
            "supervised a telephone triage line for 19 years.</p></div></div></div></div>"
            "<div class='modal fade' id='login' role='dialog' aria-hidden='true'><div class='modal-body'><p>Member sign-in "
            "required for member rates.</p></div></div>")
    page = extract_page("https://sma.example.org/education/webinars/telephone-triage-series/", _page(body))
    assert "Lorna Quist, BSN, RN" in page.text and "supervised a telephone triage line" in page.text
    assert "Member sign-in" not in page.text


def test_a_long_footer_paragraph_of_refund_terms_is_read_sentence_by_sentence():
    terms = ("Refund policy summary. Cancel at least 7 calendar days before a live class for a full refund; cancellations "
             "within 7 days receive a credit toward a future class. " + "Our learning commons is open weekdays from 8 to 5 "
             "and parking is free in the north garage for all learners and visitors. " * 4)
    html = (f"<html><body><main><h1>EHR Inbox Management</h1><p>Live webinar. Approved for 1 AAMA CEU. $40.</p></main>"
            f"<footer><p>{terms}</p></footer></body></html>")
    page = extract_page("https://health.example.org/education/ce/courses/ehr-inbox.html", html)
    notes = [c.value for c in page.candidates if c.field == "policy_text"]
    assert notes and notes[0].startswith("Refund policy summary. Cancel at least 7 calendar days")
    assert "parking" not in notes[0]


def test_a_blog_s_banner_h1_gives_way_to_the_post_title_its_title_tag_names():
    html = ("<html><head><title>Ms. Dorrie's MA Classroom: Injection Skills Refresher (in person!)</title></head><body>"
            "<h1 class='title'><a href='https://dorrie.example.com/'>Ms. Dorrie's MA Classroom</a></h1><div class='post'>"
            "<h3 class='post-title'>Injection Skills Refresher (in person!)</h3><p>Saturday, February 20, 2027, 9 am. "
            "3 AAMA CEUs. $65.</p></div></body></html>")
    assert extract_page("https://dorrie.example.com/2026/12/injection-skills.html", html).title == (
        "Injection Skills Refresher (in person!)")
    # a course's own name with a subtitle after its colon keeps its <h1>
    own = ("<html><head><title>12-Lead EKG Skills: Live Online Evening Series</title></head><body><main><h1>12-Lead EKG "
           "Skills</h1><h2>Live Online Evening Series</h2><p>Approved for 3 AAMA CEUs. $90.</p></main></body></html>")
    assert extract_page("https://ekg.example.com/ekg-series", own).title == "12-Lead EKG Skills"


def test_a_series_priced_and_credited_as_a_whole_is_one_course_whatever_its_sessions_carry():
    rows = "".join(f"<tr><td>{n}. Session topic {n}</td><td>Tuesday, March {d}, 2027, 7:00 PM Central</td><td>{c}</td></tr>"
                   for n, d, c in ((1, 2, "1 AAMA CEU"), (2, 9, "1 AAMA CEU"), (3, 16, "1 AAMA CEU"), (4, 23, "1.5 AAMA CEUs")))
    body = ("<h1>Medication Safety Webinar Series</h1><table>" + rows + "</table><p>The series is approved for 3 AAMA CEUs "
            "in the Clinical category for sessions 1-3; the optional lab adds 1.5, for 4.5 in all.</p><h2>What you will be "
            "able to do</h2><ul><li>Apply the rights of medication administration</li><li>Report a near miss</li></ul>"
            "<p>Series fee: $60; members $45. The fee covers all four sessions.</p><ul><li><a href='/refunds'>Refund "
            "policy</a></li><li><a href='/faq'>FAQ</a></li></ul>")
    page = extract_page("https://sma.example.com/medication-safety-series", _page(body))
    assert page.kind == "course"
    from scoring.tags import tag_page

    assert tag_page(page).credits == 3.0


@pytest.mark.parametrize("heading", ["Spring Conference 2027: Hotel", "Book the Education Room"])
def test_a_hotel_block_or_a_room_to_rent_is_not_a_course(heading):
    body = (f"<h1>{heading}</h1><p>Friday and Saturday, April 23-24, 2027, at the conference centre. Up to 8 AAMA CEUs at "
            "the conference.</p><table><tr><td>One king</td><td>$129 per night</td></tr></table>"
            "<a href='/book'>Book at the group rate</a>")
    assert extract_page("https://sma.example.com/spring-conference-2027/hotel", _page(body)).kind == "other"


def test_a_cms_that_names_its_pages_in_the_query_serves_items_not_its_home_page():
    body = ("<h1>Phlebotomy Skills Refresher</h1><p>Saturday, March 20, 2027. Approved for 5.5 AAMA CEUs.</p>"
            "<p>Tuition: $95.</p><h2>Instructor</h2><p>Marisol Vega, CPT1, CMA (AAMA)</p>")
    assert extract_page("https://fund.example.org/index.php?page=phlebotomy-skills-refresher", _page(body)).kind == "course"
    assert extract_page("https://fund.example.org/index.php?utm_source=spring-mailer", _page(body)).kind != "course"


@pytest.mark.parametrize("heading", ["2027 Training Needs Survey", "Independent Medical Education Grants"])
def test_a_survey_or_a_grant_programme_is_not_a_course(heading):
    body = (f"<h1>{heading}</h1><p>We plan live webinars for medical assistants; most are free and many are approved for "
            "AAMA CEUs. Typical awards range from $15,000 to $150,000.</p><p>Self-paced or live online.</p>")
    assert extract_page("https://health.example.gov/training/" + heading.lower().replace(" ", "-"), _page(body)).kind == "other"


def test_a_course_in_six_modules_is_one_course_not_a_bundle():
    body = ("<h1>Medical Terminology Refresher (Six Modules)</h1><dl><dt>Format</dt><dd>Self-paced online</dd><dt>CE credit</dt>"
            "<dd>Approved for 6.0 AAMA CEUs (general).</dd><dt>Price</dt><dd>$114</dd></dl><h2>Course objectives</h2><ul>"
            "<li>Break down unfamiliar terms into word parts.</li><li>Use body-system terminology in chart notes.</li></ul>"
            "<h3>CE categories</h3><ul><li><a href='/ce/category/clinical'>Clinical courses</a></li>"
            "<li><a href='/ce/category/general'>General courses</a></li></ul>")
    assert extract_page("https://sma.example.org/ce/course/medical-terminology-refresher", _page(body)).kind == "course"


@pytest.mark.parametrize("heading", ["Education Calendar", "Event Calendar", "2027 Calendar of Events",
                                     "Winter–Spring 2027 schedule", "Fall 2026 Class Schedule"])
def test_a_calendar_s_own_page_lists_its_offerings(heading):
    # (one month's single row: the calendar's only course this season, still one row of a list)
    body = (f"<h1>{heading}</h1><table><tr><th colspan=4>January 2027</th></tr><tr><th>Date and time</th><th>Course</th>"
            "<th>Format</th><th>Credit</th></tr><tr><td>Tue, Jan 19 · 12:00 PM</td><td><a href='/ce/icd-10-updates'>ICD-10 "
            "Updates</a></td><td>Live online</td><td>1.0 AAMA CEU</td></tr></table><h2>Questions about CE?</h2><p>Call us.</p>")
    assert extract_page("https://health.example.org/education/calendar.html", _page(body)).kind == "listing"


def test_a_call_for_preceptors_with_a_paid_stipend_is_not_a_course():
    body = ("<h1>Become a Clinical Preceptor</h1><table><tr><td>Information session</td><td>Thursday, February 4, 2027, "
            "4:00-4:45 PM Eastern</td></tr><tr><td>Stipend</td><td>$500 per apprentice precepted</td></tr></table>"
            "<p>Preceptors guide medical assistant apprentices through their clinical hours.</p>")
    assert extract_page("https://health.example.org/education/become-a-preceptor.html", _page(body)).kind == "other"


def test_a_conference_s_save_the_date_with_fees_to_be_announced_is_not_a_course():
    body = ("<p>Save the date</p><h1>TSMA Annual Conference 2027</h1><dl><dt>Dates</dt><dd>September 24-25, 2027</dd>"
            "<dt>CE credit</dt><dd>Up to 10 CEUs; AAMA approval will be requested.</dd><dt>Fees</dt>"
            "<dd>To be announced with the program</dd></dl><p>Two days of education sessions for medical assistants.</p>")
    assert extract_page("https://sma.example.org/events/annual-conference-2027", _page(body)).kind == "other"


@pytest.mark.parametrize("heading, line", [
    ("Duplicate CE Certificate or Transcript Request", "Use this form to order a replacement certificate."),
    ("Records help", "This is not a class. Use this form to order a replacement certificate."),
])
def test_a_certificate_request_is_not_a_course(heading, line):
    body = (f"<h1>{heading}</h1><dl><dt>Delivery</dt><dd>Emailed PDF within 3 business days</dd><dt>Price</dt>"
            f"<dd>$10.00</dd></dl><p>{line}</p><ul><li>Insurance Claims Refresher (Fall 2026) - 8 AAMA CEUs</li></ul>")
    assert extract_page("https://ce.example.edu/courses/duplicate-certificate", _page(body)).kind == "other"


def test_a_breadcrumb_s_department_is_no_category_its_category_is():
    from scoring.tags import tag_page

    def crumbs(trail):
        return (f"<nav class='breadcrumb'><ol>{''.join(f'<li><a href=/x{i}>{c}</a></li>' for i, c in enumerate(trail))}"
                "</ol></nav><h1>Health Literacy and the Teach-Back Method</h1><p>Approved for 1 AAMA CEU. $25.</p>")
    url = "https://health.example.org/education/catalog/teach-back"
    department = tag_page(extract_page(url, _page(crumbs(["Education", "Clinical Education", "Course Catalog"]))))
    assert department.category_how != "stated"
    stated = tag_page(extract_page(url, _page(crumbs(["Home", "Courses", "Administrative & Billing"]))))
    assert (stated.category, stated.category_how) == ("administrative", "stated")


@pytest.mark.parametrize("heading, line", [
    ("Continuing Education Allowance and Reimbursement", "Alder Cove Physicians pays for continuing education."),
    ("HR policy HR-EDU-04", "This page explains the allowance. It is a policy page, not a course – for courses see the list."),
])
def test_an_employer_s_ce_allowance_policy_is_not_a_course(heading, line):
    body = (f"<h1>{heading}</h1><p>{line}</p><table><tr><td>Medical assistant</td><td>$300 a year</td></tr></table>"
            "<p>Examples: Coding for the front office, 0.6 IACET CEU, $129. Blood pressure update, 1.5 AAMA CEUs, $25.</p>")
    assert extract_page("https://wiki.example.org/doku.php?id=hr:policies:ce_allowance", _page(body)).kind == "other"


def test_a_device_that_ships_whose_training_carries_no_ce_is_not_a_course():
    body = ("<h1>CardioTrace 12 Resting ECG System</h1><p>$3,495.00</p><p>Available, ships in 3-5 business days</p>"
            "<p>Every unit includes a one-hour in-service for up to 8 staff. The in-service is product training and does not "
            "carry continuing-education credit.</p><p>Want CE credit for your team? Add the 12-Lead ECG Electrode Placement "
            "eLearning (0.2 IACET CEUs, $39.00 per learner).</p>")
    assert extract_page("https://shop.example.com/cardiotrace-12-ecg-system", _page(body)).kind == "other"
    packet = ("<h1>E/M Coding Home Study Packet</h1><p>$48. Ships within 3 business days.</p><p>Approved by AAPC for 3.0 "
              "CEUs; we have not submitted it to the AAMA, so it does not carry AAMA CEUs. 3.0 contact hours.</p>")
    assert extract_page("https://shop.example.com/em-coding-home-study", _page(packet)).kind == "course"


def test_a_product_s_related_products_in_microdata_are_not_a_listing():
    related = "".join(f"<div itemscope itemtype='https://schema.org/Product'><h3><a itemprop='url' href='/product/{i}/other-{i}'>"
                      f"<span itemprop='name'>Other course {i}</span></a></h3><div>1.0 AAMA CEU</div><div>$40.00</div></div>"
                      for i in (1, 2, 3, 4))
    body = ("<div itemscope itemtype='https://schema.org/Product'><h1 itemprop='name'>Medication Administration Skills Lab</h1>"
            "<div itemprop='offers' itemscope itemtype='https://schema.org/Offer'><meta itemprop='price' content='115.00'>"
            "<meta itemprop='priceCurrency' content='USD'>$115.00</div></div><p>Saturday, March 6, 2027, 9:00 AM - 1:00 PM. "
            "Approved for 4.0 AAMA CEUs (clinical).</p><h2>Learning objectives</h2><ul><li>Calculate oral doses.</li>"
            "<li>Demonstrate intramuscular injections on a task trainer.</li></ul>"
            f"<div class='related'><h2>Other courses</h2>{related}</div>")
    page = extract_page("https://school.example.com/product/4182736/medication-administration-skills-lab", _page(body))
    assert page.kind == "course"


def test_a_session_s_name_in_the_data_does_not_rename_the_course():
    body = ("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Event\", \"name\": "
            "\"Spirometry and Peak Flow Testing - skills session\", \"startDate\": \"2027-04-17T09:00:00-04:00\"}</script>"
            "<h1>Spirometry and Peak Flow Testing (Hybrid)</h1><p>Online modules, then an in-person skills session on "
            "April 17, 2027. Approved for 3.0 AAMA CEUs. $89.00.</p>")
    page = extract_page("https://school.example.com/product/4182772/spirometry", _page(body, "Spirometry and Peak Flow Testing (Hybrid)"))
    assert page.title == "Spirometry and Peak Flow Testing (Hybrid)"


def test_a_recruiting_event_is_not_a_course():
    body = ("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Event\", \"name\": "
            "\"Spring 2027 Healthcare Hiring Event\", \"startDate\": \"2027-04-10T10:00:00-05:00\"}</script>"
            "<h1>Spring 2027 Healthcare Hiring Event</h1><p>Saturday, April 10, 2027, 10:00 AM - 2:00 PM CDT. Meet recruiters "
            "for medical assistant roles. Free to attend.</p>")
    assert extract_page("https://staffing.example.com/w/pages/spring-2027-hiring-event/", _page(body)).kind == "other"


def test_a_gift_card_naming_the_courses_it_buys_is_not_a_course():
    body = ("<h1>Desert Wren CE Gift Card</h1><p>$25.00</p><select><option>$25 gift card</option><option>$50 gift card"
            "</option></select><p>Use it toward any class in the shop, including the Dosage Calculations packet (3 AAMA CEUs, "
            "Clinical).</p><p><a href='/cart'>Add to cart</a></p>")
    assert extract_page("https://shop.example.com/product/ce-gift-card", _page(body)).kind == "other"


def test_a_help_centre_article_on_refunds_and_transfers_is_a_policy():
    body = ("<h1>Refunds, cancellations and transfers</h1><p>Cancel at least 5 business days before a webinar for a full refund."
            "</p><p>Certificate fees are non-refundable once issued.</p>")
    url = "https://academy.example.com/hc/en-us/articles/28410621010449-Refunds-cancellations-and-transfers"
    assert extract_page(url, _page(body)).kind == "policy"


def test_an_upcoming_events_page_and_a_staff_information_session_are_no_courses():
    rows = "".join(f"<li>Wed, Jan {d}, 2027, 12:00 PM CT — <a href='/events/e{d}'>Event {d}</a> · free</li>" for d in (13, 20, 27))
    events = f"<h1>Upcoming events</h1><p><a href='/events/calendar'>Month view</a></p><ul>{rows}</ul>"
    assert extract_page("https://network.example.org/events", _page(events)).kind == "listing"
    session = ("<h1>Lunch &amp; Learn: EHR Upgrade Q&amp;A for Clinic Staff</h1><dl><dt>Date and time</dt><dd>Wednesday, "
               "January 13, 2027, 12:00 PM - 12:45 PM Central</dd><dt>Format</dt><dd>Microsoft Teams meeting</dd><dt>Cost</dt>"
               "<dd>No charge</dd><dt>Hosts</dt><dd>Network IT team</dd></dl><p>This is a staff information session; no "
               "continuing-education credit or certificate is offered.</p><a href='/register'>Register</a>")
    assert extract_page("https://network.example.org/events/ehr-upgrade-lunch-and-learn", _page(session)).kind == "other"


def test_a_campaign_to_sponsor_ce_seats_is_a_donation_form_a_course_beside_a_campaign_bar_is_not():
    body = ("<h1>Sponsor a Medical Assistant's CE Seat</h1><p>Your gift pays for seats at our education events: $35 covers one "
            "seat at our March 20, 2027 workshop (approved for 3.5 AAMA CEUs, Clinical).</p><h2>Choose an amount</h2>"
            "<p>$35 · $140 · Other amount</p><p>$1,085 raised of $1,750 goal · 31 donors</p><p>Tax receipt issued automatically"
            "</p>")
    assert extract_page("https://clinics.example.org/sponsor-an-ma-ce-seat", _page(body)).kind == "other"
    course = ("<h1>Working With Interpreters</h1><aside><p>Help us translate our handouts</p><p>$2,890 raised of $3,000 goal"
              "</p><p>Gifts are tax-deductible to the extent allowed by law.</p></aside><h2>The training</h2><p>A one-hour "
              "webinar on Tuesday, February 9, 2027, 12:00 PM. Approved for 1 AAMA CEU. $20.</p><h2>Objectives</h2><ul>"
              "<li>Brief an interpreter before a visit.</li><li>Use first-person speech with the patient.</li></ul>")
    assert extract_page("https://clinics.example.org/training/working-with-interpreters", _page(course)).kind == "course"


def test_a_request_for_an_outreach_presentation_is_not_a_course():
    body = ("<h1>Request a Presentation</h1><p>Our outreach educators visit schools and clinics. Presentations are free of "
            "charge.</p><h2>For clinics</h2><p>A 60-minute in-service can carry 1 contact hour for medical assistants when "
            "requested six weeks ahead.</p><ul><li>Poison center 101 for clinic staff (30-60 minutes)</li></ul>")
    assert extract_page("https://poison.example.org/outreach/request-a-presentation", _page(body)).kind == "other"


@pytest.mark.parametrize(("url", "body", "kind"), [
    # a post on a flat address, told by its byline: it quotes a course's time, fee and credit in passing
    ("https://sma.example.org/dst-and-evening-webinars",
     "<h1>Daylight time, Central time and our evening webinars</h1><p>Posted November 30, 2026 by the Education "
     "Committee</p><p>New this spring: our telephone triage scripts webinar on Wednesday, March 17 at 7:00 PM Eastern. It "
     "is $30 for non-members and $20 for members, worth 1.5 AAMA CEUs.</p>", "blog"),
    ("https://sma.example.org/planning-your-2027-recertification",
     "<h1>Planning your 2027 recertification</h1><p>By Theresa Vuori · Nov 12, 2026</p><p>Start with the free vaccine "
     "storage module (1.0 AAMA CEU, clinical). Our point-of-care testing course adds 2.5 AAMA CEUs for $39.</p>", "blog"),
    # a CMS that stamps every page "Posted ...": a course with its own objectives is a course for all that (and "What
    # you’ll learn" with a typographic apostrophe is an objectives heading)
    ("https://chapter.example.org/recordings/vaccine-storage-and-handling/",
     "<h1>Recorded Webinar: Vaccine Storage and Handling</h1><p>Posted 28 October 2025</p><p>A one-hour recording of our "
     "October webinar.</p><h2>What you’ll learn</h2><ul><li>Set up a storage unit</li><li>Log temperatures</li></ul>"
     "<p>Approved for 1 AAMA CEU (clinical). Certificate $10 after the online quiz.</p>"
     "<p><a href='/cart/add/12'>Buy the recording</a></p>", "course"),
])
def test_a_byline_makes_a_post_and_a_course_with_objectives_stays_a_course(url, body, kind):
    assert extract_page(url, _page(body)).kind == kind


def test_a_membership_sold_by_the_year_is_no_course_whatever_credit_its_benefits_name():
    body = ("<h1>Membership</h1><p>Membership runs for 12 months from the day you join.</p><table><tr><td>Active member"
            "</td><td>$60 / year</td></tr><tr><td>Student member</td><td>$30 / year</td></tr></table><h2>Benefits</h2><ul>"
            "<li>Free live webinars such as the Immunization Update 2027 (1.5 AAMA CEUs)</li><li>Member fees on every "
            "course</li></ul><p><a href='/join'>Join or renew</a></p>")
    assert extract_page("https://society.example.org/membership", _page(body)).kind == "other"


def test_an_ended_badge_beside_the_title_in_a_hero_above_the_content_ends_the_offering():
    html = ("<html><body><section class='hero'><span class='badge'>This event has ended</span><h1>Fall Virtual Meetup "
            "2026</h1><p>Sat, Oct 24, 2026 · 10:00 AM MDT</p></section><main><h2>About this event</h2><p>A one-hour talk on "
            "professional boundaries.</p><p>CE credit: approved for 1 AAMA CEU (General).</p><p>Tickets were: members free; "
            "non-members $15.</p></main></body></html>")
    assert extract_page("https://events.example.com/e/fall-meetup-2026", html).kind == "other"


def test_a_course_on_a_schedule_is_not_a_schedule():
    body = ("<h1>Pediatric Immunization Schedule</h1><p>Live online Tue, Jan 19, 2027 · 12:00 PM ET. 1.0 AAMA CEU "
            "(clinical). $25.</p><h2>Objectives</h2><ul><li>Describe the 2027 schedule</li><li>Identify catch-up doses</li></ul>"
            "<p><a href='/register'>Register</a></p>")
    assert extract_page("https://health.example.org/education/pediatric-immunization-schedule", _page(body)).kind == "course"


def test_a_page_of_upcoming_and_past_card_groups_is_their_list():
    def card(slug: str, badge: str, title: str, credit: str, price: str) -> str:
        return (f"<div class='nz-course-card'><a href='/live/{slug}'><img src='/t/{slug}.jpg' alt=''></a><div><span>{badge}"
                f"</span><h3><a href='/live/{slug}'>{title}</a></h3><p>{credit}</p><p>{price}</p></div></div>")
    body = ("<section class='hero'><h1>Live classes &amp; workshops</h1><p>All times Central Time.</p></section><section>"
            "<div class='container'><h2>Upcoming</h2><div class='grid'>"
            + card("prior-auth", "Live online · Jan 12, 2027", "Prior Authorization Bootcamp", "2 AAMA CEUs", "$44")
            + card("ekg", "In person · Apr 17, 2027", "12-Lead EKG Workshop", "4 AAMA CEUs", "$129")
            + "</div><h2>Past</h2><div class='grid'>"
            + card("fall-day", "Ended · Oct 24, 2026", "Fall Skills Day 2026", "5 AAMA CEUs", "was $95") + "</div></div></section>")
    assert extract_page("https://school.example.com/live", _page(body)).kind == "listing"


def test_a_resource_post_whose_approval_lapsed_is_still_a_course_by_its_quiz_and_fee():
    body = ("<h1>Privacy in the Front Office: HIPAA &amp; California CMIA (Recording)</h1><h3>What you'll learn</h3>"
            "<ul><li>Explain when the CMIA is stricter than HIPAA.</li><li>Identify permitted disclosures at the desk.</li>"
            "</ul><h3>How it works</h3><p>Recorded from our June 12, 2025 live webinar. Stream the recording, then "
            "complete a 12-question quiz to receive a certificate of completion.</p><h3>CE status</h3><p>AAMA CEU approval "
            "for this recording expired on September 30, 2026. Certificates issued after that date list no CEUs.</p>"
            "<h3>Fee</h3><p>$15.00. Free for covered members.</p>")
    page = extract_page("https://learn.example.org/resources/privacy-in-the-front-office.26/", _page(body))
    assert page.kind == "course", page.kind_reasons


def test_a_forum_member_s_profile_is_a_person_s_page_whatever_course_it_mentions():
    body = ("<h1>Keisha Mbatha</h1><p>Staff member</p><dl><dt>Joined</dt><dd>Aug 9, 2022</dd></dl><p>Messages: 410</p>"
            "<p>Hi! I'm Keisha Mbatha, MPH, CSP. I spent six years as a Cal/OSHA consultation specialist.</p>"
            "<p>My new course, <a href='/pages/workplace-violence/'>Workplace Violence Prevention</a>, is open now and free "
            "for everyone. <a href='/pages/workplace-violence/'>Start the course</a></p>")
    page = extract_page("https://forum.example.org/members/keisha-mbatha.131/", _page(body))
    assert page.kind == "instructor", page.kind_reasons


def test_a_page_headed_as_a_member_s_profile_is_a_person_s_page_whatever_schedule_it_lists():
    """holdout127 (Friendica): "Profile Details" over "Full Name: Renée Pelletier, MSN, RN, CWOCN", "Member since" and a
    "Teaching schedule" naming a workshop's date, credits and fees read as that workshop."""
    body = ("<h1>Profile Details</h1><dl><dt>Full Name:</dt><dd>Renée Pelletier, MSN, RN, CWOCN</dd><dt>Member since:</dt>"
            "<dd>2021-03-02 18:44:10</dd><dt>Teaching schedule:</dt><dd>Feb 6, 2027 — Wound Care Basics for Medical "
            "Assistants (in person, 9 AM–noon). 3.0 AAMA CEUs. $60 ($40 chapter members). Details and sign-up: <a "
            "href='/display/18422'>chapter event post</a>.</dd></dl><h3>Recent public posts</h3><p>Finally finished the "
            "new staple-removal models for February.</p>")
    page = extract_page("https://social.chapter.example.org/profile/rpelletier", _page(body))
    assert page.kind == "instructor", page.kind_reasons
    course = extract_page("https://social.chapter.example.org/profile/rpelletier",
                          _page(body.replace("Profile Details", "Wound Care Basics for Medical Assistants")))
    assert course.kind != "instructor"


@pytest.mark.parametrize(("url", "body"), [
    # a tool to keep records on, with an example row
    ("https://academy.example.com/education/ce-tracker",
     "<h1>CE Tracker</h1><p>Print this tracker or keep it on screen: one row per certificate.</p><table><tr><th>Date</th>"
     "<th>Course</th><th>Credits</th><th>Unit</th></tr><tr><td>03/13/2027</td><td>(example) CLIA-Waived Testing workshop</td>"
     "<td>0.4</td><td>IACET CEU = 4 contact hours</td></tr></table><p><a href='/account/tracker'>Open my tracker</a></p>"),
    # a membership its lead sentence names, sold by the year
    ("https://academy.example.com/rewards",
     "<h1>Vantreece Rewards</h1><p>Vantreece Rewards is our membership program for individual medical assistants.</p>"
     "<p>Individual membership: $35.00 per year.</p><ul><li>Member prices on every Academy course, plus free CE certificates "
     "for recorded webinars.</li><li>Points on supply orders placed through your clinic account.</li></ul><p>Membership fees "
     "are refundable within 30 days if no member discount has been used.</p><form action='/cart/add' method='post'>"
     "<button type='submit'>Join now</button></form>"),
])
def test_a_tracker_and_a_rewards_membership_are_no_courses(url, body):
    page = extract_page(url, _page(body))
    assert page.kind == "other", page.kind_reasons


def test_a_forum_thread_announcing_a_course_is_a_post():
    body = ("<h1>Workplace violence prevention course now open (free)</h1><p>Keisha Mbatha</p><p>Dec 1, 2026</p>"
            "<p>Our SB 553 course is live! <a href='/pages/workplace-violence-prevention/'>Workplace Violence Prevention for "
            "Clinic Staff</a> is self-paced (about 80 minutes), approved for 1.5 AAMA CEUs, and free for everyone.</p>"
            "<p><a href='/pages/workplace-violence-prevention/'>Start the course</a></p>")
    page = extract_page("https://forum.example.org/threads/workplace-violence-course-now-open.519/", _page(body))
    assert page.kind == "blog", page.kind_reasons


@pytest.mark.parametrize("heading", ["Post-Session Evaluation — Vaccine Storage &amp; Handling Update (October 14, 2026)",
                                     "Adult Immunization Update (October 2026): Participant Evaluation"])
def test_a_post_session_evaluation_is_around_a_course(heading):
    body = (f"<h1>{heading}</h1><p>41 respondents. "
            "The October 14 session (live webinar, no cost to attend) was approved for 1 AAMA CEU in the Clinical "
            "category.</p><h3>Q1 The session met its stated learning objectives.</h3><p>Strongly agree 65.85%</p>"
            "<h3>Q2 The presenter (Alma Ruiz-Benally, RN, BSN) was knowledgeable.</h3><p>Strongly agree 80.49%</p>")
    page = extract_page("https://surveys.example.com/results/SM-8QK2/", _page(body))
    assert page.kind == "other", page.kind_reasons



def test_a_members_ticket_s_figure_is_read_with_its_row():
    body = ("<h1>Spirometry &amp; Peak Flow Testing for MAs</h1><p>Approved for 3 AAMA CEUs. In person.</p><h2>Tickets</h2>"
            "<table><tr><td>ESSMA member <small>Evergreen State Society of Medical Assistants – member number required at "
            "checkout</small></td><td><span class='price'>$45.00</span></td><td>11 places left</td></tr>"
            "<tr><td>Community MA <small>Medical assistants from other practices and clinics</small></td>"
            "<td><span class='price'>$55.00</span></td><td>11 places left</td></tr></table>")
    record = build_record(extract_page("https://book.example.net/cascadehollow/e/spirometry", _page(body)))
    assert (record["price_usd"], record["member_price_usd"]) == (55.0, 45.0)


def test_a_deposit_ticket_is_not_the_course_s_price():
    body = ("<h1>Medical Office Spanish, Level 1</h1><p>7.5 contact hours. In person, three Saturdays.</p><h2>Tickets</h2>"
            "<table><tr><td>Full course – pay in full <small>All three sessions and the workbook</small></td>"
            "<td><span class='price'>$180.00</span></td><td>9 places left</td></tr><tr><td>Full course – deposit <small>Pay "
            "$60.00 now; the $120.00 balance is due at the first session</small></td><td><span class='price'>$60.00</span>"
            "</td><td>9 places left</td></tr></table>")
    record = build_record(extract_page("https://book.example.net/cascadehollow/e/spanish", _page(body)))
    assert record["price_usd"] == 180.0


def test_a_speaker_s_profile_is_a_person_s_page():
    body = ("<h1>Speaker Profile: Dana Whitcomb, MSN, RN</h1><p>Job Title: Immunization Nurse Consultant</p><h2>Sessions</h2>"
            "<p>Immunization Update 2027 — March 13, 2027, Larkin Falls and livestream; approved for 4 AAMA CEUs; members "
            "$45, non-members $70.</p>")
    page = extract_page("https://ofma.example.org/civicrm/profile/view?reset=1&id=1187&gid=9", _page(body))
    assert page.kind == "instructor", page.kind_reasons


def test_a_call_for_presentations_is_not_a_course():
    body = ("<h1>Call for Presentations: CSMA Fall Conference 2027</h1><p>Saturday, October 2, 2027 · Fallowmere Conference "
            "Center</p><p>Proposals due Friday, April 30, 2027.</p><h2>Session format</h2><p>Sessions are 60 minutes. CSMA "
            "submits each accepted session to the AAMA for approval as 1 AAMA CEU.</p><h2>What speakers receive</h2>"
            "<p>Complimentary registration (a $145 value) and a $150 honorarium per session.</p>")
    page = extract_page("https://forms.example.org/csma-fall-2027-proposals", _page(body))
    assert page.kind == "other", page.kind_reasons


def test_a_community_cpr_practice_for_parents_is_not_a_course():
    body = ("<h1>Family &amp; Friends CPR</h1><p>Hands-on CPR practice for parents, grandparents and neighbors.</p>"
            "<table><tr><td>When</td><td>Saturday, February 20, 2027, 10:00 AM – 12:00 PM</td></tr><tr><td>Where</td>"
            "<td>ABCHD Training Center, Room 104</td></tr><tr><td>Cost</td><td>$5.00 materials fee</td></tr></table>"
            "<p>It is not a certification course; health care workers who need a CPR card should take a BLS provider course.</p>"
            "<p><a class='btn' href='/register'>Register</a></p>")
    page = extract_page("https://health.example.gov/departments/health_promotion/family_friends_cpr/", _page(body))
    assert page.kind == "other", page.kind_reasons


def test_a_pass_its_heading_calls_a_subscription_is_no_course_whatever_its_webinars_carry():
    body = ("<h1>CE Pass – Annual Subscription</h1><p>Included webinars and member pricing for a year.</p><p>Sales price: "
            "$79.00</p><p>CE Pass is our annual subscription for medical assistants.</p><ul><li>Live webinars (1 AAMA CEU "
            "each) marked “CE Pass: included” at no extra cost.</li><li>Member pricing on every other course.</li></ul>"
            "<form action='/cart/add' method='post'><button>Add to cart</button></form>")
    page = extract_page("https://shop.example.com/shop/memberships/ce-pass-annual-detail", _page(body))
    assert page.kind == "other", page.kind_reasons




def test_a_network_clinics_enrol_in_by_the_year_is_no_course():
    body = ("<h1>Clinical Partner Network</h1><p>For private practices, FQHC sites and urgent care clinics that work with the "
            "Health Department.</p><p>Clinics can enroll in the Clinical Partner Network. Enrollment is $50.00 per clinic site "
            "per year and renews each July 1.</p><h2>Benefits for your staff</h2><ul><li>Partner rates on Training Center "
            "courses for medical assistants (usually $15–$25 less than standard).</li><li>Certificate fees waived on "
            "self-paced modules.</li><li>Priority seats in hands-on labs.</li></ul>"
            "<p><a class='btn btn-primary' href='/enroll'>Enroll now</a></p>")
    page = extract_page("https://health.example.gov/departments/training/partner_network/", _page(body))
    assert page.kind == "other", page.kind_reasons


def _forum_post(number: int, poster: str, user: int, text: str) -> str:
    return (f"<div class='windowbg' id='msg{number}'><div class='poster'><h4><a href='/index.php?action=profile;u={user}'>"
            f"{poster}</a></h4><ul><li>Posts: 1,184</li><li>CMA (AAMA), 2 AAMA CEUs a year</li></ul></div>"
            f"<div class='postarea'><div class='subject_title'><a href='/index.php?msg={number}'>Re: Injection Skills Lab</a>"
            f"</div><div class='post'>{text}</div></div></div>")


def test_a_forum_thread_by_number_announcing_a_class_is_that_class_whatever_its_replies_and_profile_links():
    first = ("<b>When:</b> Saturday, March 20, 2027, 8:30 AM - 12:30 PM<br><b>CE:</b> 4 contact hours<br><b>Cost:</b> "
             "members $40, everyone else $60.<br><b>Register:</b> <a href='https://example.org/forms/lab'>the form</a>")
    replies = "".join(_forum_post(1100 + n, f"Member number {n}", 40 + n, f"Is the $60 due at the door? I need 4 contact "
                                  f"hours (reply {n}).") for n in range(3))
    body = (f"<h1>Injection Skills Lab — Sat March 20 (in person)</h1>{_forum_post(1099, 'Dana Whitlock', 3, first)}"
            f"{replies}")
    page = extract_page("https://forum.example.org/index.php?topic=221.0", _page(body))
    assert page.kind == "course", page.kind_reasons


def test_a_forum_post_tagged_hiring_is_a_job_post_whatever_ce_support_it_offers():
    body = ("<h1>[HIRING] CMA or RMA — Buttecrest Pediatrics (full time)</h1><p>Pay: $21-$24 an hour, full time.</p>"
            "<h3>CE support</h3><p>We pay for 10 AAMA CEUs a year (up to $300) and give a paid day for skills labs.</p>"
            "<p>Apply at the front desk or email us your resume.</p>")
    page = extract_page("https://forum.example.org/index.php?topic=219.0", _page(body))
    assert page.kind == "other", page.kind_reasons
    course = extract_page("https://example.org/ce/hiring-right", _page(
        "<h1>Hiring Right: Interviewing Front-Desk Staff</h1><p>2 AAMA CEUs (administrative). Fee: $35.</p>"
        "<p>Live webinar, Tuesday, March 9, 2027, 12:00 PM CST.</p><p><a href='/register'>Register</a></p>"))
    assert course.kind == "course", course.kind_reasons


def test_a_call_for_presenters_that_says_send_proposals_by_a_date_is_not_a_course():
    body = ("<h1>Call for Presenters: Fall Conference 2027</h1><h2>What we offer</h2><table><tr><td>Credit</td><td>Accepted "
            "sessions will be submitted to the AAMA for approval as 1 AAMA CEU per hour</td></tr><tr><td>Registration</td>"
            "<td>Free for presenters (a $95 value)</td></tr></table><h2>Deadline</h2><p>Send proposals by February 15, 2027 "
            "using the proposal form.</p><p>Presenter: any member with five years in practice; sessions are live, in person.</p>")
    page = extract_page("https://example.org/static/Call%20for%20Presenters.html", _page(body))
    assert page.kind == "other", page.kind_reasons


def test_a_product_that_says_it_is_a_tool_not_a_course_is_not_a_course():
    body = ("<h1>CMA Recertification Planner (Printable PDF)</h1><p>$12.00</p><p>CE credit: None (planning tool)</p>"
            "<p>A one-page overview of the 60-point requirement: at least 10 administrative, 10 clinical and 10 general points."
            "</p><p>This planner is a planning tool, not a course: it carries no continuing-education credit.</p>"
            "<form action='/cart/add'><button>Add to cart</button></form>")
    page = extract_page("https://shop.example.com/products/recertification-planner-printable", _page(body))
    assert page.kind == "other", page.kind_reasons
    course = extract_page("https://example.org/events/injection-lab", _page(
        "<h1>Injection Skills Lab</h1><p>This class is not a webinar: come in person, Saturday, March 20, 2027, 9:00 AM.</p>"
        "<p>4 contact hours. Fee: $60.</p><p><a href='/register'>Register</a></p>"))
    assert course.kind == "course", course.kind_reasons


def test_a_class_page_with_an_author_line_and_its_own_labelled_session_credit_and_objectives_is_a_course():
    body = ("<header id='title-block-header'><h1 class='title'>Lunch &amp; Learn: Spirometry Basics</h1>"
            "<p class='author'>By Training Office · Published November 20, 2026</p></header>"
            "<h2>Objectives</h2><ul><li>Explain what FEV1 and FVC measure.</li><li>Coach a patient through three acceptable "
            "efforts.</li><li>Recognize an effort that must be repeated.</li></ul><h2>Details</h2><dl><dt>When</dt><dd>Thursday, "
            "March 18, 2027, 12:00-1:30 PM CDT</dd><dt>Where</dt><dd>Cedar Fork Clinic, conference room B</dd><dt>Credit</dt>"
            "<dd>1.5 contact hours (not AAMA-approved)</dd><dt>Presenter</dt><dd>Staff of the Pulmonary Function Lab</dd></dl>")
    page = extract_page("https://training.example.org/ce/2027/spirometry-lunch-and-learn.html", _page(body))
    assert page.kind == "course", page.kind_reasons


def test_a_title_slug_ending_in_tag_is_no_tag_archive():
    body = ("<h1>Live Webinar: Prior Authorization Without the Phone Tag</h1><p>Tuesday, February 9, 2027, 12:00 PM PST, on "
            "Zoom.</p><p>Continuing education: 1 contact hour.</p><p>No cost.</p><h2>After this webinar you will be able to</h2>"
            "<ul><li>Identify orders that need authorization.</li><li>Assemble a complete packet.</li><li>Track a pending "
            "request.</li></ul>")
    page = extract_page("https://community.example.com/t5/Academy-Events/Live-Webinar-Prior-Authorization-Without-the-"
                        "Phone-Tag/ev-p/48211", _page(body))
    assert page.kind == "course", page.kind_reasons
    archive = extract_page("https://example.com/event-tag/clinical/", _page("<h1>Clinical</h1>" + _nested_cards(4)))
    assert archive.kind == "listing", archive.kind_reasons


def test_a_blog_post_selling_its_recording_with_labelled_credit_price_and_quiz_is_that_course():
    body = ("<h1>Now on demand: 2027 Immunization Schedule Update (recording)</h1><p>posted on Dec 3, 2026 by Jolene Marsh</p>"
            "<p>The recording of our December 2 live session is up in the course store.</p><p>Format: recorded webinar, 60 "
            "minutes. Afterwards take the 8-question quiz to download your certificate.</p><p>Credit: 1 contact hour.</p>"
            "<p>Price: $18</p><p><a class='button' href='/store/immunization-recording'>Buy the recording</a></p>")
    page = extract_page("https://www.example.com/blog/now-on-demand-2027-immunization-schedule-update", _page(body))
    assert page.kind == "course", page.kind_reasons


def test_a_price_in_words_is_a_price_on_a_class_post():
    body = ("<h1>Registration open: Point-of-Care Testing Workshop, Saturday April 17</h1><p>posted on Nov 18, 2026 by Jolene "
            "Marsh</p><h2>By the end of the day you will be able to</h2><ul><li>Explain what CLIA-waived status means.</li>"
            "<li>Perform and document control testing.</li><li>Identify common sources of error.</li></ul><h2>Date, time and "
            "place</h2><p>Saturday, April 17, 2027, 9:00 a.m. to 3:30 p.m. CDT, in person.</p><h2>Credit</h2><p>5 contact "
            "hours.</p><h2>Fee</h2><p>The fee is eighty-five dollars, lunch included.</p>"
            "<p><a class='button' href='/store/poct'>Register on the course store</a></p>")
    page = extract_page("https://www.example.com/blog/point-of-care-testing-workshop-april-17", _page(body))
    assert page.kind == "course", page.kind_reasons


def test_an_organisers_upcoming_events_under_what_its_classes_carry_is_a_listing():
    items = "".join(f"<li><a href='/e/{n}/class-number-{n}'>Class number {n} title</a> · March {n}, 2027</li>" for n in range(5))
    body = ("<h2>What we offer</h2><p>Small hands-on classes for medical assistants; every class carries 2 to 6 contact hours and "
            "costs $45 to $95.</p><h1>Upcoming Events</h1><ul>" + items + "</ul>")
    page = extract_page("https://tickets.example.com/o/12/clinch-hollow-clinical-education", _page(body))
    assert page.kind == "listing", page.kind_reasons


def test_a_question_and_its_replies_is_a_discussion_not_the_course_it_asks_about():
    body = ("<h1>Does the Feb 9 prior auth webinar count toward CMA recert?</h1><p>It says 1 contact hour and it is free "
            "for customers ($25 otherwise). Live on Zoom.</p><h2>Re: Does the Feb 9 prior auth webinar count toward CMA recert?"
            "</h2><p>Yes, as non-AAMA credit. Renata Okafor, CMA (AAMA), CPC presents it.</p>")
    page = extract_page("https://community.example.com/t5/MA-Lounge/Does-the-Feb-9-webinar-count/td-p/48390", _page(body))
    assert page.kind != "course", page.kind_reasons


@pytest.mark.parametrize("heading", ["Renée Castellano, CMA (AAMA), MEd", "Dr. Helen Park, PharmD, BCACP"])
def test_a_page_headed_by_a_persons_name_and_credentials_is_their_bio(heading):
    body = (f"<h1>{heading}</h1><p>Renée founded the school after 15 years teaching medical assisting.</p><h2>Courses</h2>"
            "<ul><li><a href='/products/terminology'>Medical Terminology Refresher</a> — 3 AAMA CEUs (general) · $44</li></ul>")
    page = extract_page("https://shop.example.com/pages/renee-castellano", _page(body))
    assert page.kind == "instructor", page.kind_reasons


def test_a_journal_post_dated_then_signed_is_a_post_whatever_course_it_points_to():
    body = ("<h1>Keeping the cold chain: a 10-point checklist</h1><p>November 9, 2026 · by Keiko Halvorsen, PharmD</p>"
            "<ol><li>Use purpose-built refrigerators.</li><li>Keep a calibrated data logger in every unit.</li></ol>"
            "<p>Want the details? Our free course <a href='/products/vaccine-storage'>Vaccine Storage &amp; Handling Basics</a> "
            "covers all ten points and earns 1 AAMA CEU (clinical).</p>")
    page = extract_page("https://shop.example.com/pages/journal-cold-chain-checklist", _page(body))
    assert page.kind == "blog", page.kind_reasons


def test_a_portals_detail_screen_of_one_section_is_that_course_whatever_portlets_of_others_sit_beside_it():
    others = "".join(f"<div class='portlet'><h4><a href='/ICS/CE.jnz?portlet=Course_Schedules&SectionId=CEHC-10{n}-01'>CEHC "
                      f"10{n} 01 - Course number {n}</a></h4><p>Jan {n + 10}, 2027 · 2 contact hours · $49</p></div>"
                      for n in range(4))
    body = ("<h1>Health Care Courses</h1><div class='portlet'><h4>CEHC 1042 01 - CPT 2027 Update for the Outpatient Office</h4>"
            "<table><tr><th>Meets</th><td>Tuesday, January 19, 2027, 6:00-9:00 PM CST</td></tr><tr><th>Fee</th><td>$79.00</td>"
            "</tr><tr><th>CE credit</th><td>0.3 IACET CEU</td></tr><tr><th>Instructor</th><td>Lorna Pike, CPC</td></tr></table>"
            "<p><a href='/register'>Register for this section</a></p></div>" + others)
    url = ("https://my.example.edu/ICS/Continuing_Education/Health_Care_Courses.jnz?portlet=Course_Schedules&screen=Section+"
           "Detail&screenType=next&SectionId=CEHC-1042-01&Term=2027SP")
    page = extract_page(url, _page(body))
    assert page.kind == "course", page.kind_reasons


def test_a_newsletter_archives_feature_on_a_self_paced_module_is_still_on_offer():
    body = ("<h1>Working with Patients Who Have Limited English Proficiency</h1><p>A new self-paced module in the Learning "
            "Hub.</p><h2>After the module you'll be able to</h2><ul><li>Identify when a qualified interpreter is required.</li>"
            "<li>Use teach-back through an interpreter.</li><li>Document the interpreter's ID in the chart.</li></ul>"
            "<h2>CE credit</h2><p>1.5 contact hours after the post-test.</p><h2>Cost</h2><p>$15 for fund participants.</p>")
    page = extract_page("https://news.example.org/archive/learning-hub-lep-communication", _page(body))
    assert page.kind == "course", page.kind_reasons
    past = extract_page("https://example.org/events/archive/fall-skills-day-2026", _page(
        "<h1>Fall Skills Day 2026</h1><p>Saturday, October 17, 2026, 8:00 AM.</p><p>5 contact hours. $95.</p>"
        "<h2>Objectives</h2><ul><li>Perform a venipuncture.</li><li>Record vital signs.</li></ul>"))
    assert past.kind != "course", past.kind_reasons


def test_a_page_on_how_ce_credits_work_explains_credit_whatever_credit_lines_it_quotes():
    body = ("<h1>How CE Credits Work for CMAs (AAMA)</h1><p>CMAs recertify every 60 months with 60 points. This page explains "
            "how the credit lines on our course pages translate into points.</p><h2>Reading a credit line</h2><table><tr><td>"
            "\"Approved for 2.0 AAMA CEUs (clinical)\"</td><td>2 AAMA-approved points in the clinical category.</td></tr>"
            "<tr><td>\"1.5 contact hours\"</td><td>1.5 non-AAMA points.</td></tr></table>")
    page = extract_page("https://example.org/recertification/how-ce-credits-work/", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_a_post_whose_address_is_dated_the_month_of_its_top_line_is_a_post_whatever_it_announces():
    body = ("<h1>Spring webinars: vital signs series and a free anaphylaxis session</h1><p>November 18, 2026 / Kestrel Point "
            "team</p><p>Two live webinars open for registration today.</p><p>Rosa Delacroix-Pham, MSN, RN, leads Vital Signs "
            "Accuracy on March 2 and March 16, 2027 (2 AAMA CEUs). Non-members $45, members $30.</p>")
    page = extract_page("https://example.com/2026/11/vital-signs-series-announced/", _page(body))
    assert page.kind == "blog", page.kind_reasons


def test_a_mailing_list_archives_thread_announcing_a_class_is_not_a_past_event():
    body = ("<h1>[SVMAC Announce] Feb 9 CE webinar: De-escalation at the Front Desk (1 AAMA CEU)</h1><p>Tuesday, February 9, "
            "2027, 6:30 PM Central, live on Zoom. Approved for 1 AAMA CEU (general). Members free, non-members $15.</p>"
            "<p><a href='https://svmac.example.org/register/feb9'>Register here</a></p>")
    url = "https://lists.example.org/archives/list/announce@lists.example.org/thread/Q4ZK7XHM2VDNRB5T/"
    page = extract_page(url, _page(body))
    assert page.kind == "course", page.kind_reasons
    past = extract_page("https://example.org/events/archive/fall-skills-day-2026", _page(body))
    assert past.kind != "course", past.kind_reasons


def _forum_topic(title: str, first_post: str, replies: list[str]) -> str:
    """A FluxBB-style topic: the board's name as an <h1> linking home, each post headed by its time linking to itself."""
    posts = "".join(
        f"<div class='blockpost'><h2><span class='conr'>#{n}</span> <a href='viewtopic.php?pid={400 + n}#p{400 + n}'>"
        f"2026-11-{10 + n} 1{n}:02:11</a></h2><div class='postleft'><dl><dt><strong>poster{n}</strong></dt></dl></div>"
        f"<div class='postright'><h3>{'' if n == 1 else 'Re: '}{title}</h3><div class='postmsg'><p>{body}</p></div></div>"
        "</div>" for n, body in enumerate([first_post, *replies], start=1))
    return (f"<html><head><title>{title} / County MA Forum</title></head><body><div id='brdheader'><h1>"
            f"<a href='index.php'>County MA Forum</a></h1></div><div id='brdmain'>{posts}</div></body></html>")


def test_a_forum_topic_s_post_times_are_no_list_and_its_title_is_the_topic_s():
    first = ("Hands-on wound care workshop, Saturday, February 20, 2027, 9:00 AM - 1:00 PM at the chapter office. Approved "
             "for 4.0 AAMA CEUs (Clinical). Fee: $55, members $35. Objectives: apply a sterile dressing; document a "
             "wound. Register on the chapter site.")
    replies = ["Is the $35 member rate still open? (4.0 AAMA CEUs is great)", "Yes, $35 until February 1.",
               "Signed up. $55 for me, my dues lapsed.", "Parking is $5 in the garage.", "See you there! 4 CEUs!"]
    page = extract_page("https://forum.cmaa.example.org/viewtopic.php?id=54",
                        _forum_topic("Feb 20: Hands-On Wound Care (4.0 AAMA CEUs)", first, replies))
    assert page.kind == "course", page.kind_reasons
    assert page.title == "Feb 20: Hands-On Wound Care (4.0 AAMA CEUs)"
    # the same board's job post is a job post, read from the topic's title
    job = extract_page("https://forum.cmaa.example.org/viewtopic.php?id=61", _forum_topic(
        "[Hiring] Full-time CMA (AAMA) - Desert Clinic",
        "Desert Clinic is hiring a clinical medical assistant. Pay: $21.00 - $25.50 per hour. Requirements: current CMA "
        "(AAMA). We pay for 10 CEUs a year ($600 CE allowance). Apply by email.", ["Open to new grads?", "Yes."]))
    assert job.kind == "other" and "job" in job.kind_reasons[0]


def test_a_newsletter_issue_is_no_course_and_a_course_about_newsletters_is_one():
    issue = _page("<h1>Winter 2027 Newsletter</h1><p>December 1, 2026</p><p>Here is what's coming this winter (all times "
                  "Central):</p><p>Feb 11: Insulin Pen Refresher — live webinar, 6:30 PM, $35.</p><p>Our new self-paced "
                  "course Medication Reconciliation is free until February 28 for medical assistants.</p>")
    assert extract_page("https://store.example.com/newsletter-winter-2027.html", issue).kind != "course"
    course = _page("<h1>Writing a Patient Newsletter</h1><p>A live webinar for medical assistants, Thursday, March 4, 2027, "
                   "6:30 PM. Approved for 1 AAMA CEU (general). $20.</p><h2>Objectives</h2><ul><li>Plan a newsletter "
                   "</li><li>Write a clear headline</li></ul>")
    assert extract_page("https://chapter.example.org/events/patient-newsletter", course).kind == "course"


def test_a_forum_topic_by_its_number_is_a_thread_not_a_topic_listing():
    body = ("<h1>[Live webinar] Prior Authorizations Without the Headache — Tue, Mar 2, 2027 (1.5 AAMA CEUs)</h1><p>Tuesday, "
            "March 2, 2027, 6:30 PM Central on Zoom. Approved for 1.5 AAMA CEUs (Administrative). Members free, non-members "
            "$20. Register on the chapter site.</p><h2>Objectives</h2><ul><li>Explain when a prior authorization is needed"
            "</li><li>Submit a complete request</li></ul>")
    page = extract_page("https://community.sma.example.org/topic/418/live-webinar-prior-authorizations", _page(body))
    assert page.kind == "course", page.kind_reasons
    # a taxonomy's topic page keeps its name
    topics = _page("<h1>Coding</h1>" + "".join(f"<div class='card'><a href='/c/{n}'>Coding course {n}</a><p>1 AAMA CEU · "
                                               f"${n}0</p></div>" for n in range(1, 5)))
    assert extract_page("https://ce.example.org/topic/coding/", topics).kind == "listing"


def test_a_blog_post_selling_a_course_under_credit_and_price_headings_is_that_course():
    html = ("<html><head><script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"BlogPosting\","
            "\"headline\":\"New: Injection Techniques Video Course\"}</script></head><body><article><h1>New: Injection "
            "Techniques Video Course (self-paced, 2 contact hours)</h1><p>Confident hands, calm patients.</p><h2>How it works"
            "</h2><p>Six short videos you watch at your own pace, then a 15-question quiz.</p><h2>Credit</h2><p>2 contact hours "
            "(not AAMA-approved).</p><h2>Price</h2><p>$89, or two payments of $47.</p><p><a href='/checkout'>Enroll now</a>"
            "</p></article></body></html>")
    page = extract_page("https://blog.rainshadow.example.com/injection-techniques-video-course", html)
    assert page.kind == "course", page.kind_reasons


def test_a_chapter_on_planning_one_s_recertification_is_a_guide():
    body = ("<h1>2 Planning your CMA (AAMA) recertification</h1><p>You need 60 points every 60 months.</p><h2>2.2 What our "
            "2027 courses are worth</h2><table><tr><td>High-alert medications (Mar 16, 2027)</td><td>2 AAMA CEUs</td><td>$40"
            "</td></tr><tr><td>Telehealth coding (self-paced)</td><td>0.3 IACET CEU</td><td>$30</td></tr></table><p>The "
            "instructor, Dana Ruiz, CMA (AAMA), keeps office hours online.</p>")
    page = extract_page("https://cpe.example.edu/ma-coursebook/recertification-planning.html", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_an_email_s_course_with_other_courses_details_links_is_that_course():
    others = "".join(f"<p><b>{name}</b></p><p>Sat, Mar {d}, 2027 · 6 AAMA CEUs · ${d}9</p><p><a href='/w/{d}'>Details →</a></p>"
                     for name, d in (("12-Lead EKG Bootcamp", 20), ("Wound Care Basics", 27)))
    body = ("<h1>Difficult Draws: A Hands-On Phlebotomy Workshop</h1><p>Saturday, February 27, 2027 · 8:00 AM–2:00 PM "
            "Arizona time (MST)</p><p>In this workshop you will:</p><ul><li>assess a difficult arm and choose an alternate site"
            "</li><li>perform butterfly and syringe draws on simulation arms</li></ul><table><tr><td>Credit</td><td>Approved "
            "for 5 AAMA CEUs</td></tr><tr><td>Tuition</td><td>$139</td></tr></table><p><a href='/reserve'>Reserve my seat"
            "</a></p>" + others)
    page = extract_page("https://campaigns.example.com/EmailDisplayAction.do?od=3zd41f7a0c2b", _page(body))
    assert page.kind == "course", page.kind_reasons
    # an e-mail's objectives heading closed by an emoji is still one
    emoji = body.replace("<p>In this workshop you will:</p>", "<p>What you'll walk away with ✅</p>")
    assert extract_page("https://campaigns.example.com/EmailDisplayAction.do?od=3zd41f7a0d9e", _page(emoji)).kind == "course"


def test_a_groups_topic_a_newsletter_s_open_registration_and_a_help_article_named_a_course_are_courses():
    lab = ("<h1>Phlebotomy skills lab Sat March 20, 2027</h1><p>Saturday, March 20, 2027, 9:00 AM at the college lab. "
           "4 contact hours. Fee: $35.</p><h2>Objectives</h2><ul><li>Perform a venipuncture</li><li>Label specimens</li></ul>")
    assert extract_page("https://groups.ma.example.org/g/ce/topic/phlebotomy_skills_lab/104482913",
                        _page(lab)).kind == "course"
    triage = ("<h1>Registration open: Telephone Triage Basics for MAs</h1><p>Live webinar, Tuesday, March 9, 2027, 6:00 PM "
              "Arizona time. 1.5 AAMA CEUs. Early-bird $24, then $34.</p><p>Register on our site.</p>")
    assert extract_page("https://news.ce.example.com/archive/registration-open-telephone-triage/",
                        _page(triage)).kind == "course"
    article = ("<h1>Course: Infection Control in the Ambulatory Clinic</h1><h2>After this course you can</h2><ul><li>Choose "
               "the right disinfectant</li><li>Reprocess a reusable instrument</li></ul><h2>CE credit</h2><p>2.0 AAMA CEUs."
               "</p><h2>Price</h2><p>$30, or included in our All-Access subscription ($19/month, cancel any time).</p>")
    assert extract_page("https://help.academy.example.com/en/articles/9120455-course-infection-control",
                        _page(article)).kind == "course"


def test_a_help_article_offering_one_class_is_that_class_and_a_help_guide_is_not():
    body = ("<h1>Cultural humility at check-in (April 2027)</h1><p>This class helps front-desk staff greet every patient "
            "with respect.</p><h2>Class details</h2><p>Wednesday, April 7, 2027, 6:30 PM Mountain time. Approved for 1 AAMA "
            "CEU. Fee: $15.</p><p>Presenter: Ana Ruiz, MSW.</p><p>Register for this class by March 31.</p>")
    page = extract_page("https://learn.example.org/help/cultural-humility-at-check-in-april-2027", _page(body))
    assert page.kind == "course", page.kind_reasons
    guide = ("<h1>Recertifying your CMA (AAMA)</h1><p>You need 60 points every 60 months.</p><p>Our webinars are approved "
             "for 1 AAMA CEU each and cost $15 for members.</p><p>Upload your certificates to the AAMA e-Transcript.</p>")
    assert extract_page("https://learn.example.org/help/recertifying-your-cma-aama", _page(guide)).kind != "course"


def test_a_newsletter_under_its_own_name_is_no_course():
    items = "".join(f"<p><b><a href='https://news.example.net/z/{slug}/index.html'>{name}</a></b></p><p>{facts}</p>"
                    for slug, name, facts in (
                        ("a1", "Diabetic Foot Screening for Medical Assistants – live webinar",
                         "Tuesdays, March 9 and 16, 2027, 7:00–8:30 p.m. Eastern. Approved for 3 AAMA CEUs. Members $30, "
                         "non-members $55. Registration is open."),
                        ("b2", "De-escalation at the Front Desk – now on demand",
                         "The October webinar recording, 60 minutes. Certificates now list 1 contact hour. Free for members; "
                         "non-members $20.")))
    body = ("<p style='font-size:30px'>The Northwoods Pulse</p><p>Member newsletter · December 2026 · Volume 19, Issue 12"
            "</p><p><strong>In this issue:</strong> From the President · CE calendar · Chapter news</p><p class='zh2'>From "
            "the President</p><p>Your Education Committee approved 14 programs for CE this year, and every live webinar on "
            "the spring calendar starts at 7:00 p.m. so that no one has to leave clinic early.</p><p class='zh2'>CE calendar"
            "</p>" + items + "<p class='zh2'>Chapter news</p><p>Pine Hollow chapter collected 340 pairs of socks for the "
            "county warming center.</p>")
    page = extract_page("https://news.example.net/z/cjUucD9taT0xMTk2MDAy/index.html", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_a_letter_named_by_its_issue_number_and_month_is_no_course():
    """holdout103 (iContact): "The Limestone Letter · Issue 31 · December 2026" under an e-mail's header links, then a
    calendar of offerings with their credits and fees."""
    body = ("<p>Web version of a message from Limestone Creek Learning, sent December 4, 2026.</p><p>Subscribe |</p>"
            "<p>Share on Facebook |</p><p>Past messages</p><p>The Limestone Letter · Issue 31 · December 2026</p>"
            "<h1>Recert math, a free recording, and your questions</h1><p>This is the last Letter of 2026.</p>"
            "<h2>On our calendar</h2><p>CLIA-Waived Testing: Quality Control. 0.3 CEU through our IACET accreditation. $39 "
            "until December 31, then $54. Details.</p><p>Telephone Triage Scripts (live webinar). Tuesday, January 12, "
            "2027, 7:00 PM Eastern. Approved for 1 AAMA CEU (general). $25. Register.</p>")
    page = extract_page("https://www.limestonecreek.example.com/letter/2026-12", _page(body))
    assert page.kind != "course", page.kind_reasons
    course = body.replace("The Limestone Letter · Issue 31 · December 2026", "Live webinar · January 2027")
    assert extract_page("https://www.limestonecreek.example.com/letter/2026-12", _page(course)).kind == "course"


def test_a_series_marked_up_as_one_event_per_part_is_one_course():
    """holdout_sites_sealed133/134: a course's sessions as structured events named "<course> – Part 1: <date>" or
    "<course> (Session 2)", beside related events of other pages, are one course, not a listing."""
    import json

    name = "Diabetes Visit Support (Two-Part Live Webinar)"
    nodes = [{"@context": "https://schema.org", "@type": "Course", "name": name},
             *({"@context": "https://schema.org", "@type": "Event", "name": f"{name} – Part {n}: Thursday, March {d}, 2027",
                "startDate": f"2027-03-{d}T18:30:00-07:00"} for n, d in ((1, 11), (2, 18)))]
    related = [{"@context": "https://schema.org", "@type": "Event", "name": other, "url": f"/events/details/{n}"}
               for n, other in enumerate(("Skills Lab", "Lunch & Learn", "Breakfast Class"))]
    body = (f"<h1>{name}</h1><p>Two live evenings on Zoom, Thursday, March 11 and March 18, 2027, 6:30 PM. Approved for 2 "
            "AAMA CEUs (clinical). $45.</p><h2>Objectives</h2><ul><li>Read an A1c result</li><li>Do a foot check</li></ul>"
            "<button>Register</button>")
    for graph in (nodes, [*({**n, "name": n["name"].replace(" – Part 1: Thursday, March 11, 2027", " (Session 1)")
                               .replace(" – Part 2: Thursday, March 18, 2027", " (Session 2)")} for n in nodes[1:]), *related]):
        scripts = "".join(f"<script type='application/ld+json'>{json.dumps(n)}</script>" for n in graph)
        page = extract_page("https://ce.example.com/courses/diabetes-visit-support", _page(scripts + body))
        assert page.kind == "course", page.kind_reasons
    listing = "".join(f"<script type='application/ld+json'>{json.dumps(n)}</script>" for n in related)
    assert extract_page("https://ce.example.com/courses/diabetes-visit-support", _page(listing + body)).kind != "course"


def test_a_course_marked_up_as_one_event_per_saturday_is_one_course():
    """holdout_sites_sealed163 (Bokun-style experience): a Product and one Event per day the course meets ("<course> –
    Saturday 1", "– Saturday 2", "– Saturday 3") are one course, not a listing of four."""
    import json

    name = "Minor Surgery Assisting Practicum"
    nodes = [{"@context": "https://schema.org", "@type": "Product", "name": name,
              "offers": {"@type": "AggregateOffer", "lowPrice": "180.00", "highPrice": "240.00"}},
             *({"@context": "https://schema.org", "@type": "Event", "name": f"{name} – Saturday {n}",
                "startDate": f"2027-0{m}-{d}T08:00:00-07:00"} for n, m, d in ((1, 1, 23), (2, 1, 30), (3, 2, "06")))]
    body = (f"<h1>{name}</h1><p>Three Saturdays at the studio: January 23, January 30 and February 6, 2027, 8:00 AM. "
            "1 semester credit hour. $240.</p><h2>Course outcomes</h2><ul><li>Open sterile packs</li><li>Set up an "
            "instrument tray</li></ul><button>Book now</button>")
    scripts = "".join(f"<script type='application/ld+json'>{json.dumps(n)}</script>" for n in nodes)
    page = extract_page("https://book.example.com/experience/48241/minor-surgery-assisting-practicum/", _page(scripts + body))
    assert page.kind == "course", page.kind_reasons
    # holdout220 (Vendure-style storefront): one event per date the course is offered, "<course> (February)", "(March)"
    dated = [nodes[0], *({**n, "name": f"{name} ({month})"} for n, month in zip(nodes[1:3], ("February", "March"),
                                                                                  strict=True))]
    scripts = "".join(f"<script type='application/ld+json'>{json.dumps(n)}</script>" for n in dated)
    assert extract_page("https://book.example.com/experience/48241/minor-surgery-assisting-practicum/",
                        _page(scripts + body)).kind == "course"
    # (three differently named events are three courses' listing)
    others = [{**n, "name": other} for n, other in zip(nodes[1:], ("Suture Lab", "Splinting Lab", "Casting Lab"), strict=True)]
    scripts = "".join(f"<script type='application/ld+json'>{json.dumps(n)}</script>" for n in [nodes[0], *others])
    assert extract_page("https://book.example.com/experience/48241/minor-surgery-assisting-practicum/",
                        _page(scripts + body)).kind != "course"


def test_a_conference_whose_programme_is_still_to_be_announced_is_no_course():
    """holdout_sites_sealed133: a conference page with Event data and another offering's credit ("separate
    registration"), its sessions and credits still to be announced."""
    import json

    event = json.dumps({"@context": "https://schema.org", "@type": "Event", "name": "2027 Annual Conference",
                        "startDate": "2027-04-16"})
    body = (f"<script type='application/ld+json'>{event}</script><h1>2027 Annual Conference</h1><p>April 16–17, 2027 · "
            "Silverthread Lodge</p><p>Two days of learning, voting and celebrating for medical assistants.</p><ul><li>Saturday "
            "morning — pre-conference workshop Leading the Back Office (3 AAMA CEUs, separate registration).</li><li>Saturday "
            "afternoon — general CE sessions. The full programme, session credits and conference-day registration will be "
            "announced on February 1, 2027.</li></ul>")
    page = extract_page("https://sma.example.org/annual-conference/2027/", _page(body))
    assert page.kind != "course", page.kind_reasons
    priced = body.replace("general CE sessions.", "general CE sessions, 4 AAMA CEUs, $95.")
    assert extract_page("https://sma.example.org/annual-conference/2027/", _page(priced)).kind == "course"


def test_a_page_that_says_it_is_no_review_course_and_gives_no_ce_credit_is_no_education():
    # holdout183 (Kajabi Communities-style study hall), holdout177 (Google Classroom-style study group)
    from crawler.extract.classify import _NO_CE_GIVEN, _NOT_EDUCATION

    assert _NOT_EDUCATION.search("This is a study hall, not a review course or a class.")
    assert _NOT_EDUCATION.search("Please know what this is: a study group, not a CE course.")
    assert not _NOT_EDUCATION.search("This is a review course for the CMA exam.")
    assert _NO_CE_GIVEN.search("There is no instruction, no syllabus and no CE credit.")
    assert _NO_CE_GIVEN.search("There are no CEUs, no certificate and no fee.")
    assert not _NO_CE_GIVEN.search("There is no fee: the 1.5 CEUs are included.")


def test_a_campaign_whose_reward_is_a_seat_in_a_class_is_that_class():
    """holdout183 (Fundly-style): a free clinic's campaign page whose rewards are seats in its venipuncture lab, with the
    lab's credit, objectives ("In this three-hour lab you'll"), session and instructor; a campaign with none is a form."""
    body = ("<h1>Venipuncture Refresher Lab for MAs: Every Seat Funds Free Lab Draws</h1><h2>In this three-hour lab you'll</h2>"
            "<ul><li>Select the site and the equipment for routine and difficult veins.</li><li>Follow the order of draw.</li>"
            "</ul><p>Instructor: Joaquin Ferreira-Lutz, MLS(ASCP), CPT</p><p>Everyone who completes the lab receives a "
            "certificate for 3.0 contact hours.</p><p>Saturday, January 23, 2027, 9:00 AM – 12:00 PM Pacific</p><p>Early "
            "supporter seats are $65 through December 15, 2026.</p><p>$2,145 raised of $4,000 goal</p><p>31 donors</p>"
            "<p>Donate Now. Make a donation today; your gift is tax-deductible.</p>")
    page = extract_page("https://fundly.example.com/venipuncture-refresher-lab", _page(body))
    assert page.kind == "course", page.kind_reasons
    campaign = ("<h1>Keep Our Free Clinic's Lab Open</h1><p>$2,145 raised of $4,000 goal</p><p>31 donors</p><p>Donate Now. "
                "Make a donation today; your gift is tax-deductible.</p><p>Rewards: a thank-you postcard for $25.</p>")
    assert extract_page("https://fundly.example.com/keep-our-lab-open", _page(campaign)).kind != "course"


def test_a_news_item_posted_by_someone_on_a_day_is_a_post():
    """holdout_sites_sealed137 (Open LMS): a site news item, "Posted by Linnea Oberholtzer, Tuesday, 17 November 2026",
    announcing a series; a course post with its objectives ("By noon you should be able to", holdout130) stays a course."""
    news = ("<h1>Spring 2027 specimen series: registration open</h1><p>Posted by Linnea Oberholtzer, Tuesday, 17 November "
            "2026</p><p>Registration is open for our two-part live series on March 9 and March 16. Early registration is USD "
            "48.00 through January 15. Our free recorded webinar on farm injuries is approved for 1 AAMA CEU.</p>")
    assert extract_page("https://learn.example.org/course/QBMH-Learn/page/61-spring-series", _page(news)).kind != "course"
    post = ("<h1>Injection technique refresher: Saturday, February 20</h1><p>Posted by Noelani Keawe · December 1, 2026</p>"
            "<p>A hands-on morning at the clinic, 8:00 AM to noon. 3 contact hours. $45.</p><p>By noon you should be able to"
            "</p><ul><li>Choose the needle for each route</li><li>Give an intramuscular injection</li></ul>")
    assert extract_page("https://kipuka.example.com/injection-technique-refresher", _page(post)).kind == "course"


def test_a_journal_article_s_citation_is_no_newsletter_issue():
    """holdout173 (a NursingCenter-style CE article): "January/February 2027 - Volume 9 - Issue 1 - p 24-33" cites the
    issue the article is in; the article with its online test, credit and test fee is a course."""
    body = ("<p>Journal of Front Office Practice</p><p>January/February 2027 - Volume 9 - Issue 1 - p 24-33</p>"
            "<h1>When a Patient Escalates at Check-in</h1><p>Authors: Wren Calloway, CMA (AAMA), MSN</p>"
            "<p>Reading the early signs of agitation at the front desk keeps staff and patients safe.</p>"
            "<p>Instructions: Read the article. The test for this CE activity is taken online. Log in to take the test."
            "</p><p>Credit: Lowenna Professional Development will award 2.0 contact hours for this activity.</p>"
            "<p>Payment: The test fee is $24.95.</p><p>Take Test</p>")
    page = extract_page("https://ce.lowenna.example.com/ce/cearticle?an=02281477-202701000-00007", _page(body))
    assert page.kind == "course", page.kind_reasons
    issue = body.replace(" - p 24-33", "")  # the issue's own line, its month and number: a newsletter's issue
    assert extract_page("https://ce.lowenna.example.com/ce/cearticle?an=02281477-202701000-00007",
                        _page(issue)).kind != "course"


def test_a_page_s_own_credit_counts_as_its_offer_when_its_cards_are_set_apart_from_its_text():
    from lxml.html import fragment_fromstring

    from crawler.extract.classify import _offer_outside

    cards = [fragment_fromstring("<td><a href='/a1'>Diabetic Foot Screening</a> · 3 AAMA CEUs · Members $30, non-members "
                                 "$55</td>"),
             fragment_fromstring("<td><a href='/b2'>Winter chapter meeting</a> · Members free, guests $20</td>")]
    # an e-mail's recording whose "Coming up live" box is not in its text: 1 contact hour and $20 are its own
    own = "Credit | Certificates list 1 contact hour.\nCost | Free for members · Non-members $20"
    assert _offer_outside(own, cards)
    # a listing whose text is its cards' words states nothing of its own
    listing = "Diabetic Foot Screening · 3 AAMA CEUs · Members $30, non-members $55\nWinter chapter meeting · Members " \
              "free, guests $20"
    assert not _offer_outside(listing, cards)


def test_a_prepaid_pass_for_any_four_webinars_is_no_course():
    body = ("<h1>CE Passport 2027</h1><p>The CE Passport is a prepaid pass for any four live CPMAS webinars held between "
            "January 1 and December 31, 2027. It costs $99 ($79 for members) and is redeemed one webinar at a time.</p>"
            "<h2>How to use it</h2><p>When you register for a live webinar, choose “Use CE Passport” at checkout.</p>"
            "<p><a href='/shop/ce-passport'>Buy the CE Passport</a></p>")
    page = extract_page("https://cpmas.example.org/ce-passport/", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_a_free_class_for_patients_with_objectives_and_no_ce_is_no_course():
    body = ("<h1>Living Well with Type 2 Diabetes (free class for patients &amp; families)</h1><p>This free class is for "
            "adults living with type 2 diabetes and the family members who help them.</p><h2>In this class you'll learn to"
            "</h2><ul><li>Check your blood sugar</li><li>Read a food label</li></ul><p>Instructor: Rosalind Okafor, RN, "
            "CDCES.</p><p>Cost: free.</p><p>Please note: this is a patient education class. It is not continuing education "
            "for health-care workers, and no CE credit or certificate is offered.</p><p>Date: Thursday, January 14, 2027, "
            "6:00pm-8:00pm</p>")
    page = extract_page("https://calendar.example.org/view_entry.php?id=1139&date=20270114", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_a_marketplace_s_category_of_link_wrapped_cards_and_a_seller_s_profile_are_listings():
    cards = "".join(f"<a class='ListingCard_root' href='/l/{slug}/65a0f1d4'><div class='img'></div><div class='info'><div>"
                    f"{price} per learner</div><div>{name}</div><div>by {who}</div><div>{credit} · Live webinar</div></div></a>"
                    for slug, price, name, who, credit in (
                        ("eligibility", "$30.00", "Insurance Eligibility and Benefits Verification", "Tres Ríos Chapter",
                         "2.0 AAMA CEUs"),
                        ("right-of-access", "$20.00", "HIPAA Right of Access", "High Desert Compliance Partners",
                         "1.0 AAMA CEU")))
    body = ("<section class='Section'><h1>Administrative &amp; compliance courses</h1></section><section class='Section'>"
            "<p>Front-office, billing and privacy courses.</p><div class='SearchResults'>" + cards + "</div></section>")
    page = extract_page("https://ce.example.net/p/administrative-and-compliance-courses", _page(body))
    assert page.kind == "listing", page.kind_reasons
    profile = ("<h1>Hello, I'm Juniper Ridge Community College</h1><p>Short, practical workforce courses for health-care "
               "staff.</p><h2>Listings (1)</h2><a class='ListingCard_root' href='/l/ekg/65a0f1d4'><div>$89.00 per learner</div>"
               "<div>EKG Lead Placement (Two Saturdays)</div><div>0.4 IACET CEU · In person</div></a>")
    page = extract_page("https://ce.example.net/u/6571a3c2-0b4e-4f1d-9a27-3c8e5d10b4a1", _page(profile))
    assert page.kind == "listing", page.kind_reasons
    teach = ("<h1>Teach with us</h1><p>List your CE course on the Exchange. Providers pay a 10% commission on paid "
             "registrations; free courses list free. Every listing must state the credit, the fee and how this course "
             "is taught.</p>")
    assert extract_page("https://ce.example.net/p/teach-with-us", _page(teach)).kind != "course"


def test_an_email_titled_cancelled_is_no_course():
    body = ("<h1>Cancelled: 12-Lead EKG Lab, Saturday, February 6, 2027</h1><p>We're sorry to tell you that the in-person "
            "lab at the health center training room will not go ahead. Everyone registered gets a full refund of the $85 "
            "fee.</p><p>It was approved for 6 AAMA CEUs (clinical).</p>")
    page = extract_page("https://view.omnisend.example.com/campaigns/6a0e55b8a7f94d1c9e3b6f10/view", _page(body))
    assert page.kind != "course", page.kind_reasons


def test_an_annual_passport_and_an_event_titled_cancelled_after_its_name_are_no_courses():
    passport = ("<h1>CE Passport 2027</h1><p>One annual pass for every live webinar the Network runs in 2027.</p><table><tr>"
                "<td>Non-member</td><td>$149 a year</td></tr><tr><td>Member-clinic staff</td><td>$99 a year</td></tr></table>"
                "<p>The Passport renews each January unless you cancel.</p><p><a href='/buy'>Buy the Passport</a></p>")
    page = extract_page("https://learn.example.org/learning/passport", _page(passport))
    assert page.kind != "course", page.kind_reasons
    called_off = ("<h1>Winter Skills Day 2027 — cancelled</h1><p>The Winter Skills Day planned for Saturday, January 30, "
                  "2027 at the Education Center will not go ahead. The day was to offer 5.0 AAMA CEUs across injections "
                  "and EKG stations.</p>")
    page = extract_page("https://learn.example.org/learning/events/winter-skills-day-2027", _page(called_off))
    assert page.kind != "course", page.kind_reasons


def test_a_forum_topic_s_post_actions_are_no_items_and_job_posts_say_what_they_are():
    """PunBB's "Report post 2" / "Quote post 2" links sit in every post (each with a price or credit in its text): they
    are what one does to a post, not a listing's items. A job post names itself in brackets mid-title ("« previous next
    » [Hiring] CMA ...") or by its fields ("Posting No.:", "Closing date:", "Duties", "Compensation"); a guide says
    "It is guidance, not a course"."""
    posts = "".join(
        f"<div class='post replypost'><h3><a class='permalink' href='/viewtopic.php?pid={n}#p{n}'>2026-11-2{n} 08:30:19"
        f"</a></h3><div class='entry-content'><p>Members paid $35 last time; is it 2 contact hours again?</p></div>"
        f"<div class='postfoot'><a href='/misc.php?report={n}'>Report post {n}</a> "
        f"<a href='/post.php?tid=405&amp;qid={n}'>Quote post {n}</a></div></div>" for n in (2, 3, 4))
    topic = _page("<h1>[In person] HIPAA &amp; Social Media for Clinic Staff</h1><p>Saturday, February 20, 2027, 9:00 AM "
                  "at the library. 2 contact hours. Cost: $45. Register at the front desk.</p>" + posts)
    assert extract_page("https://forum.example.net/viewtopic.php?id=405", topic).kind == "course"
    hiring = _page("<h1>« previous next » [Hiring] CMA, full time, Fernhollow Family Practice ($24-28/hr)</h1>"
                   "<p>Full time. Onboarding includes our immunization module, approved for 2 AAMA CEUs.</p>")
    assert extract_page("https://community.example.com/index.php?topic=417.0", hiring).kind == "other"
    posting = _page("<h1>Part-Time Instructor – Medical Assistant CE</h1><p>Posting No.: ACE-27-03</p>"
                    "<p>Closing date: Open until filled</p><p>ACE is hiring part-time instructors.</p><h2>Courses you may "
                    "teach</h2><p>EKG for Working MAs: approved for 12 AAMA CEUs; tuition $225.</p><h2>Duties</h2>"
                    "<ul><li>Deliver approved course content.</li></ul><h2>Qualifications</h2><ul><li>Current CMA (AAMA)."
                    "</li></ul><h2>Compensation</h2><p>$38 per hour.</p>")
    assert extract_page("https://www.district.example.org/Page/4840", posting).kind == "other"
    guide = _page("<h1>Tracking Your CE Credits</h1><p>This topic explains how to keep a simple log. It is guidance, not "
                  "a course; it carries no credit.</p><p>Example: our Injection Technique Refresher is approved for 2.0 "
                  "AAMA CEUs (Clinical), currently $29.00.</p>")
    assert extract_page("https://help.example.com/tracking-ce.html", guide).kind == "other"


def test_a_filtered_catalogue_of_one_result_and_a_post_by_its_byline_are_no_courses():
    """A catalogue filtered to one course says so ("1 course · Administrative"); a WordPress post's byline has no mark
    between its author and its day ("By LSSMA Communications November 23, 2026"), and its dated address makes it a
    post announcing the webinar, not the webinar's page."""
    facet = _page("<h1>Course Catalog: Administrative</h1><p>1 course · Administrative</p><div class='card'><a href="
                  "'/academy/courses/insurance-verification'>Insurance Verification &amp; Eligibility for the Front Desk</a>"
                  "<p>On demand</p><p>$35 Free through Dec 31, 2026</p><p>2.0 AAMA CEUs</p></div>")
    assert extract_page("https://academy.example.com/academy/courses?topic=administrative", facet).kind == "listing"
    post = _page("<h1>New lunchtime webinar: high-alert medications</h1><div class='entry-meta'><span>By LSSMA "
                 "Communications</span> <span><time>November 23, 2026</time></span></div><p>We added a January lunchtime "
                 "webinar: <a href='/ce/high-alert-medications-webinar/'>High-Alert and Look-Alike/Sound-Alike "
                 "Medications</a>, Tuesday, January 19, 2027 at noon Central. It is approved for 1.5 AAMA CEUs (clinical)."
                 "</p>")
    assert extract_page("https://society.example.org/2026/11/new-lunchtime-webinar-high-alert-medications/", post).kind == "blog"


def test_a_forum_topic_titled_by_its_course_is_no_poster_s_profile_and_a_seller_s_storefront_is_no_course():
    topic = _page("<h1>Injection Skills Lab</h1><div class='poster'><p>Cheryl.H</p><p>Posts: 402</p><p>Joined: Mar 23rd, "
                  "2014</p></div><p>When: Saturday, February 20, 2027, 9:00 am (Central). Credit: certificates will list 3 "
                  "contact hours. Members $35, non-members $45. Register on the Society site.</p>")
    assert extract_page("https://forum.example.org/YaBB.pl?num=1733355480", topic).kind == "course"
    store = _page("<h1>Cottonwood Cardiac Education Group</h1><p>Cardiology educators teaching EKG acquisition since 2011."
                  "</p><p>Storefront rating 4.7 · Member since 2024</p><h2>Items from this provider</h2><div class='item-box'>"
                  "<a href='/user/item/detail/ekg-basics/4821'>EKG Lead Placement &amp; Rhythm Strip Basics</a><p>2.0 AAMA "
                  "CEUs</p><p>$58.00</p></div>")
    assert extract_page("https://exchange.example.com/merchants/cottonwood-cardiac-education", store).kind == "other"


def test_kinds_seen_on_q_and_a_boards_e_mails_and_stores() -> None:
    """A Q&A board's "Related questions" name other pages (their prices and credits made a recording a listing); "This is
    a poll, not a registration" disclaims; a blog-styled recording whose credit lapsed is still the recording's page; a
    bundle says "Three of our most popular courses in one purchase"."""
    related = "".join(f"<li><a href='/{n}/q'>[CE] Feb {n} class ({n} AAMA CEUs, $15 members / $35 others)</a></li>"
                      for n in (6, 7, 8))
    recording = _page("<h1>Recording posted: Sharps injuries (no CE credit)</h1><p>Here is the recording of the November "
                      "meeting's talk. It's free to watch. Presenter: Tomasz W., RN, COHN-S.</p>"
                      f"<h2>Related questions</h2><ul>{related}</ul>")
    assert extract_page("https://board.example.org/1183/recording-posted-sharps", recording).kind != "listing"
    poll = _page("<h1>POLL: Pick the topic for our April 2027 workshop</h1><p>About 3 hours; we'd apply for roughly 3 AAMA "
                 "CEUs. Cost: probably $15 for members and $40 for non-members.</p><p>This is a poll, not a registration."
                 " Register once we post the event.</p>")
    assert extract_page("https://board.example.org/1217/poll-april-workshop", poll).kind == "other"
    lapsed = _page("<h1>Vaccine Storage &amp; Handling (Recorded Webinar)</h1><p>By Lorna Petrakis-Vance / Updated "
                   "November 20, 2026</p><table><tr><td>Format</td><td>Recorded webinar</td></tr><tr><td>Credits</td><td>"
                   "None (AAMA approval expired Oct 31, 2026)</td></tr><tr><td>Fee</td><td>$19 (members free)</td></tr>"
                   "</table><h2>Learning objectives</h2><ul><li>Describe the storage unit requirements</li><li>Respond to a "
                   "temperature excursion step by step</li></ul><p><a href='/checkout/vaccine'>Buy the recording</a></p>")
    assert extract_page("https://ce.example.com/course/vaccine-storage-handling-recording/", lapsed).kind == "course"
    bundle = _page("<h1>Recert Starter Pack</h1><p>Three of our most popular courses in one purchase: <a href='/c/a'>Med "
                   "Math</a>, <a href='/c/b'>Coding Updates 2027</a> and <a href='/c/c'>the sepsis webinar</a>. Together "
                   "they are worth 6.5 AAMA CEUs.</p><p>Bundle price $139.</p>")
    assert extract_page("https://ce.example.com/bundle/recert-starter-pack/", bundle).kind == "bundle"


@pytest.mark.parametrize(("url", "title"), [
    ("https://community.example.org/forums/topic/recording-spirometry-coaching-tips-october-meetup-no-ce/",
     "Recording: Spirometry coaching tips (October meetup) – no CE"),
    ("https://learn.example.edu/claroline/course/index.php?cid=HPCE_HIPAA15", "HIPAA and Medical Records (self-paced)"),
])
def test_a_forum_thread_s_topic_address_and_a_course_home_s_index_address_name_one_page(url, title):
    """bbPress keeps each thread under "/forums/topic/<slug>/" and Claroline each course's home at
    "/course/index.php?cid=...": neither is a list (Moodle's "/course/index.php?categoryid=5" is)."""
    others = "".join(f"<li>{name}, {credit}, {price}</li>" for name, credit, price in [
        ("Difficult Draws lab, Apr 17", "5 AAMA CEUs", "$145"), ("Injection Refresher", "2 contact hrs", "$59")])
    html = _page(f"<h1>{title}</h1><p>Here's the recording of Dale's talk. Video is free for anyone, run time 52 min. "
                 "There is no CE credit for this one.</p><p>Objectives: describe the FVC maneuver and coach patients "
                 f"through it.</p><h3>Coming up (other groups)</h3><ul>{others}</ul>")
    assert extract_page(url, html).kind == "course"
    assert extract_page("https://learn.example.edu/course/index.php?categoryid=5", html).kind == "listing"


def test_a_pack_that_registers_you_for_three_offerings_at_once_is_a_bundle():
    html = _page("<h1>Spring Recert Pack</h1><p>Register for three CE offerings at once: the <a href='/a'>EKG Lab</a>, the "
                 "<a href='/b'>Prior Authorization series</a> and the <a href='/c'>Law Refresher</a>.</p><p>$139.00 · "
                 "Alumni Association members $89.00. The pack is a purchase option; certificates are issued by each course, "
                 "6.5 AAMA CEUs in all.</p>")
    assert extract_page("https://alumni.example.org/continuing-education/spring-recert-pack/", html).kind == "bundle"


@pytest.mark.parametrize(("url", "html", "kind"), [
    # a poll, however it quotes credits and fees
    ("https://forum.example.org/thread-884-1-1.html",
     _page("<h1>[Poll] Spring 2027 webinar topics - vote for your top 3!</h1><p>Each will be about 1.5 hours, 1.5 AAMA "
           "CEUs, free with a $10 certificate. Register after the vote.</p>"), "other"),
    # a catalogue filtered by its courses' credit
    ("https://ce.example.com/visitor_class_catalog/credit/iacet-ceu",
     _page("<h1>Courses with IACET CEUs</h1><p>Infection Control in the Outpatient Setting · 0.2 IACET CEU · $24</p>"
           "<p>Difficult Draws (Hybrid) · 0.8 IACET CEU · $249</p>"), "listing"),
    # a worksheet to keep, and a page about recertifying
    ("https://hospital.example.org/Education/CETranscript.htm",
     _page("<h1>CE Transcript Worksheet</h1><p>Fill in a line for every CE certificate you earn: date, title, provider, 1.5 "
           "AAMA CEUs ...</p>"), "other"),
    ("https://hospital.example.org/Education/CMARecertification.htm",
     _page("<h1>Recertifying Your CMA (AAMA)</h1><p>You need 60 recertification points in 60 months. Our EKG Basics class "
           "carries 3.5 AAMA CEUs.</p>"), "other"),
    # a mailing's web view named by its token is a page, not the sender's home page
    ("https://view.e.health.example.org/?qs=a91f3c07e5d2b48c6f1a0e9d3b7c25f4e8a06d1c9b3f72e5a4d8c",
     _page("<h1>Phlebotomy Skills Day</h1><p>Saturday, April 17, 2027, 8:00 AM Eastern, in person. Approved for 5 AAMA CEUs."
           " Fee $150. Instructor: Marisol Quintero, MLS(ASCP).</p><p>By the end of the day you will be able to:</p><ul>"
           "<li>Select and sequence tubes</li><li>Identify pre-analytical errors</li></ul>"), "course"),
])
def test_kinds_of_polls_filtered_catalogues_worksheets_and_mailings(url, html, kind):
    assert extract_page(url, html).kind == kind


@pytest.mark.parametrize(("url", "html", "kind"), [
    ("https://steadyhands.example.com/bundles/clinical-skills-trio",
     _page("<h1>Clinical Skills Trio (bundle)</h1><p>Three clinical workshops for one price; pick your cities and dates. Up to "
           "9.5 credits in total; each workshop awards its own credit.</p><p>Bundle price $259.</p>"), "bundle"),
    # any workshop brought to a clinic, priced by quote; not one on-site course with its own objectives
    ("https://steadyhands.example.com/onsite-training",
     _page("<h1>Onsite training for your clinic</h1><p>Bring any Steady Hands workshop to your practice. From $1,250 per "
           "day. The onsite EKG workshop is approved for 4 AAMA CEUs (clinical) per participant.</p><p>Request a quote "
           "with the form below.</p>"), "other"),
    ("https://pinongap.example.com/certificates.html",
     _page("<h1>Certificates &amp; Transcripts</h1><p>Self-paced courses: your certificate is ready to download as soon as "
           "you pass. Replacement certificates cost $10; a transcript of your 1.5 AAMA CEU courses is $5.</p>"), "other"),
])
def test_bundles_on_site_services_and_certificate_help(url, html, kind):
    assert extract_page(url, html).kind == kind


def test_a_pathway_that_says_it_is_a_bundle_not_a_separate_course():
    html = _page("<h1>Medical Assistant Recert Pathway</h1><p>Four courses that together give 15.0 AAMA CEUs.</p><p>The "
                 "pathway is a bundle, not a separate course; each course has its own schedule and certificate.</p><p>$199.00 "
                 "when purchased together.</p>")
    assert extract_page("https://college.example.edu/portal/pathway/ma-recert-pathway/", html).kind != "course"


def test_a_forum_topic_script_with_its_topic_s_number_is_one_thread():
    """holdout125 (Snitz Forums 2000): "topic.asp?TOPIC_ID=1482" read as a taxonomy's topic page, a listing."""
    body = ("<h1>Spring Injection Skills Lab</h1><p>Saturday, April 10, 2027 · 9:00 AM to 1:00 PM. This is an in-person "
            "workshop. CE credit: This workshop is approved for 4 AAMA CEUs (Clinical).</p><p>Cost: members $40, "
            "non-members $65.</p><p>To register: use the chapter event page.</p>")
    page = extract_page("https://forum.chapter.example.org/topic.asp?TOPIC_ID=1482", _page(body))
    assert page.kind == "course", page.kind_reasons


def test_a_fediverse_thread_s_replies_are_posts_and_an_account_s_page_is_no_course():
    """holdout124 (Mastodon): a status whose thread of replies (each linking its poster "/@mfenwick" and its own
    "/@mfenwick/117705992044544000") read as a listing of cards; the chapter's account page "/@qfmas", with pinned
    event posts, read as a course."""
    reply = ("<div class='entry'><a href='/@{0}'>{0}</a><p>{1}</p><a href='/@{0}/1177059920445440{2}'>Nov 28, 2026</a>"
             "</div>")
    body = ("<h1>Pediatric Vitals Skills Lab</h1><p>Saturday, March 20, 2027 · 9 AM to noon Eastern, in person.</p>"
            "<p>Early bird through Jan 15: $40 members / $50 non-members. It's 3 contact hours.</p>"
            + reply.format("lamador", "Who's teaching: Dana Whitcomb, RN, CPN. Format: in person, five stations.", "01")
            + reply.format("hwatts", "The adult vitals refresher last spring was 2 AAMA CEUs for $30.", "02")
            + reply.format("qfmas", "Boosted. Members: your early-bird code is in Tuesday's e-mail ($40).", "03"))
    page = extract_page("https://social.chapter.example.org/@lamador/117695212000256000", _page(body))
    assert page.kind == "course", page.kind_reasons
    account = extract_page("https://social.chapter.example.org/@qfmas", _page(body))
    assert account.kind == "other", account.kind_reasons


def test_a_forum_thread_by_number_asking_a_question_is_a_discussion():
    """holdout125 (Snitz): "Does my BLS card count? And what about my A&P class?" at "topic.asp?TOPIC_ID=1477", whose
    answers quote points, fees and a CPR class, read as a course once the topic script was read as one thread."""
    body = ("<h1>Does my BLS card count? And what about my A&amp;P class?</h1><p>I renewed my BLS card through work ($60 "
            "each time). Do either of those count?</p><p>Good news: a two-year CPR card counts as 4 clinical points. "
            "Register for the chapter's BLS class online, 4 contact hours, $45, in person.</p>")
    page = extract_page("https://forum.chapter.example.org/topic.asp?TOPIC_ID=1477", _page(body))
    assert page.kind == "blog", page.kind_reasons


@pytest.mark.parametrize(("url", "body", "kind"), [
    # sealed106: a bundle told as "Three of our most requested courses at one price", with its credits in a table
    ("https://rmc.example.org/education/bundles/ma-recert-starter-pack",
     "<h1>MA Recert Starter Pack</h1><p>Three of our most requested courses at one price: the <a href='/education/courses/"
     "ekg'>12-Lead EKG Skills Lab</a>, the <a href='/education/courses/sepsis'>sepsis webinar series</a> and the self-paced "
     "course.</p><table><tr><td>12-Lead EKG Skills Lab</td><td>4.0 AAMA CEUs</td></tr><tr><td>Sepsis webinar series</td>"
     "<td>2.0 AAMA CEUs</td></tr></table><p>Bundle price: $159.00.</p><p><a href='/cart'>Buy the bundle</a></p>", "bundle"),
    ("https://maa.example.org/store/products/recert-essentials-bundle",
     "<h1>Recert Essentials Bundle</h1><p>Two on-demand products at one price: the Vaccine Storage recording and the "
     "Medical Terminology home study.</p><p>Non-member | $99.00</p><p>Together: 5.5 contact hours.</p><p><a href='/cart'>"
     "Buy bundle</a></p>", "bundle"),
    # sealed106: a badge after the offering's word ("Event ended") over a conference held in October
    ("https://maa.example.org/events/fall-ce-conference-2026",
     "<p>Event ended</p><h1>Fall CE Conference 2026</h1><p>Saturday, October 17, 2026 · 8:00 AM – 4:00 PM MDT</p><p>The "
     "conference was approved for 6.0 AAMA CEUs. Tickets were $95, members $60.</p>", "other"),
    # (not a card's badge in a catalogue: sealed46's "Webinar Ended")
    ("https://learn.example.org/learn/catalog",
     "<h1>Course catalog</h1><ul>" + "".join(
         f"<li class='card'><p>{badge}</p><h3><a href='/learn/courses/{slug}'>{name}</a></h3><p>1.5 AAMA CEUs · $25</p></li>"
         for badge, slug, name in (("Webinar Ended", "hipaa-2026", "HIPAA Update 2026"),
                                   ("Self-paced", "vitals", "Vital Signs Refresher"),
                                   ("Live webinar", "ekg", "EKG Basics Live"))) + "</ul>", "listing"),
])
def test_bundles_in_other_words_and_an_ended_badge(url, body, kind):
    page = extract_page(url, _page(body))
    assert page.kind == kind, page.kind_reasons


def test_a_product_titled_as_a_fee_is_no_course():
    """sealed105 (Nimble AMS store): "Chapter CE Program Review Fee" ("Up to 6 AAMA CEUs per program once approved",
    $50 / $75, Add to Cart): a society's charge for reviewing a chapter's program, not a course."""
    body = ("<h1>Chapter CE Program Review Fee</h1><p>Product Type: Service Fee</p><p>Credit: Up to 6 AAMA CEUs per program "
            "once approved</p><p>Chapters planning an education meeting can ask us to prepare and forward an application for "
            "AAMA CEU approval.</p><p>Chapter / Member Price $50.00</p><p>Non-Affiliated Organization $75.00</p>"
            "<button>Add to Cart</button>")
    page = extract_page("https://society.example.org/s/nu-product/a1C8c000004QcZ1EAK/chapter-ce-program-review-fee",
                        _page(body))
    assert page.kind == "other", page.kind_reasons
    # (a course's own page of its dates and fees is still the course's: sealed45's "Dates and Fees")
    dates = ("<h1>Dates and Fees</h1><p>Venipuncture Skills Lab: Saturday, March 6, 2027, 9:00 AM - 1:00 PM, in person at "
             "the Caldermere training center. Approved for 4 AAMA CEUs.</p><p>Members $60.00 · Non-members $85.00</p>"
             "<p><a href='/register'>Register now</a></p>")
    assert extract_page("https://ce.example.org/courses/venipuncture-skills-lab/dates-and-fees", _page(dates)).kind == "course"


@pytest.mark.parametrize(("url", "body", "kind"), [
    # holdout128 (Akkoma): a status with its thread, whose replies link "/users/<name>" and "/notice/<id>": one post
    ("https://social.chapter.example.org/notice/AqVb7Lk2NfXw0pTzQy",
     "<h1>Venipuncture Troubleshooting: A Hands-On Skills Lab</h1><p>Saturday, February 13, 2027, 9:00 AM to 1:00 PM, 1140 "
     "Ore Dock Road. CE: This program is approved for 4 AAMA CEUs (Clinical). Cost: $60.</p>" + "".join(
         f"<div class='status-container'><a href='/users/{who}'>{who}</a><a href='/notice/AqVbA1x0Q2kLmN{n}'>Nov 29, 2026"
         f"</a><p>Is this the same as the refresher the tech college runs? Theirs is $95 for 4 CEUs.</p></div>"
         for n, who in enumerate(("kaylav", "marta_h", "tomasz")))
     + "<p><a href='https://chapter.example.org/events/venipuncture'>Register on the chapter site</a></p>", "course"),
    # ... and an account's page of posts there
    ("https://social.chapter.example.org/users/ingrid",
     "<h1>Ingrid Solberg, MLS(ASCP)</h1><p>Pinned: Venipuncture lab, Saturday, February 13, 2027, 9:00 AM. 4 AAMA CEUs, "
     "$60.</p><p><a href='https://chapter.example.org/events/venipuncture'>Register</a></p>", "other"),
    # holdout130 (Zulip web-public archive): a stream's topic is one thread
    ("https://archive.chapter.example.org/stream/14-ce-events/topic/Jan.2026.20webinar.html",
     "<h1>Stream: ce-events Topic: Jan 26 webinar: medication reconciliation</h1><p>When: Tuesday, January 26, 2027, 7:00 "
     "PM Eastern. Where: live on Zoom. Credit: 1 AAMA CEU. Cost: $20, chapter members free.</p><p>Presenter: Priya N., "
     "PharmD.</p>", "course"),
    # holdout129 (Invision Community): a topic by its number and slug
    ("https://forum.chapter.example.org/topic/1842-order-of-draw-special-handling-hands-on-lab-april-10/",
     "<h1>Order of Draw &amp; Special Handling: hands-on lab, Saturday April 10</h1><p>Saturday, April 10, 2027, 9:00 AM - "
     "1:00 PM, in person at the chapter room. 4 contact hours. $60, members $45.</p><p>Objectives: recite the order of "
     "draw; handle light-sensitive specimens.</p>", "course"),
    # holdout129 (GitLab): an issue tracking an approval renewal, with a fee table
    ("https://git.clinic.example.org/clinical-education/ma-med-rec-module/-/issues/57",
     "<h1>Renew AAMA CEU approval for med-rec module before 2027-02-28</h1><p>Our AAMA course approval (2.0 AAMA CEUs) runs "
     "out on February 28, 2027.</p><table><tr><td>ICD-10 update registration fee per person</td><td>$35</td><td>$40</td>"
     "</tr></table><p>This course stays free.</p>", "other"),
    # holdout130 (Document360): an employer's list of what its staff must complete
    ("https://kb.health.example.org/docs/annual-ma-competency-requirements-2027",
     "<h1>2027 annual competency requirements for medical assistants</h1><table><tr><td>HIPAA &amp; privacy</td><td>HIPAA "
     "for the front desk (1.0 AAMA CEU)</td><td>1 hour</td></tr></table><p>Clinics with spirometry: the skills lab (3.0 "
     "contact hours). There is no cost to employees; you may claim up to $150 per year in CE reimbursement.</p>", "other"),
    # holdout129 (Invision store): a free recording's certificate product stating its credit and objectives is the course
    ("https://forum.chapter.example.org/store/product/27-well-child-visits-for-mas-recorded-webinar/",
     "<h1>Well-Child Visits for MAs (recorded webinar): CE certificate</h1><p>$12.00</p><p>Price is for the CE certificate; "
     "the recording itself is free to watch.</p><h3>Credit</h3><p>1.5 contact hours.</p><h3>After watching you will be able "
     "to</h3><ul><li>Measure length, weight and head circumference accurately.</li><li>Identify which screening forms are "
     "due at each visit.</li></ul><p><a href='/store/cart'>Add to cart</a></p>", "course"),
])
def test_threads_accounts_issues_and_requirement_pages(url, body, kind):
    page = extract_page(url, _page(body))
    assert page.kind == kind, page.kind_reasons


def test_two_linked_headings_each_over_its_own_offer_are_a_listing():
    """sealed107 (Yola): "Admin & general workshops" over two linked headings, each with its dates, price and credit
    ("Free to watch · $15 certificate · 1.5 AAMA CEUs"), read as a course: every figure on the page is its items'."""
    body = ("<h1>Admin &amp; general workshops</h1><p>Coding, law, ethics and the business side of the office.</p>"
            "<h3><a href='/ethics-and-vt-scope-recorded'>Ethics &amp; Vermont Scope of Practice (Recorded)</a></h3><p>Watch "
            "any time<br><strong>Free to watch · $15 certificate · 1.5 AAMA CEUs</strong></p><h3><a href='/coding-basics-"
            "hybrid'>ICD-10-CM &amp; CPT Coding Basics (Hybrid)</a></h3><p>Wed, Jan 20 (Zoom) + Sat, Jan 30, 2027<br>"
            "<strong>$139 · 5 contact hours</strong></p><p><a href='/workshops'>All workshops</a></p>")
    page = extract_page("https://northbranchma.example.com/admin-and-general-workshops", _page(body))
    assert page.kind == "listing", page.kind_reasons


@pytest.mark.parametrize(("url", "body"), [
    # sealed109 (Bookeo-style school): a certification exam's seat, booked like a class, with Event data
    ("https://copperbasin.example.com/exam-sessions/nha-cpt-exam-2027-01-09",
     "<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": \"NHA CPT Exam Session\", \"startDate\": "
     "\"2027-01-09T08:30:00-07:00\", \"offers\": {\"@type\": \"Offer\", \"price\": \"155.00\"}}</script>"
     "<h1>NHA CPT Exam Session — January 9, 2027</h1><p>Sit for the NHA Certified Phlebotomy Technician exam at our "
     "testing room with an approved proctor. Saturday, January 9, 2027, 8:30 AM. Up to 3 hours. $155.00 per candidate."
     "</p><p><a href='/book/exam'>Book now</a></p>"),
    # sealed110 (Grails university extension): a testing center's proctoring service, "CE post-tests" among its exams
    ("https://extended.cssu.example.edu/testing-center/proctored-exams",
     "<h1>Proctored Exams</h1><p>Proctored exam session (CE post-tests, course finals, licensing and certification "
     "exams). Up to 3 hours. $35.00 per exam session. Next Saturday session: January 9, 2027, 9:00 a.m.</p><p><a "
     "href='/testing-center/book'>Book a session</a></p>"),
])
def test_an_exam_sitting_or_proctoring_service_is_no_course(url, body):
    page = extract_page(url, _page(body))
    assert page.kind == "other", page.kind_reasons


def test_a_post_announcing_a_module_with_its_objectives_is_the_module_s_page():
    from crawler.extract.classify import OBJECTIVES

    assert OBJECTIVES.search("After finishing it you should be able to")
    assert OBJECTIVES.search("After completing this module you will be able to")
    assert not OBJECTIVES.search("After finishing your shift, come by the break room")


@pytest.mark.parametrize("text", [
    "This is an advising appointment, not an education program. It does not award AAMA CEUs.",
    "This is a coaching session for your recertification plan.",
    "This Rise guide is for the educators who run the skills day. It is not a registration page: participants enroll elsewhere.",
    "This job aid is a free reference and carries no CE credit. There is no test and no certificate.",
    "This is a one-on-one advising call, not a continuing-education course. No CEUs are awarded for it.",
    "This card explains how to use your transcript. It is not a CE activity and does not award credit.",
    # holdout153 (EdApp share page): a spaced-repetition quiz
    "This Rapid Refresh is practice only. It has no CE credit and no certificate.",
    "15 questions · Practice only · no CE credit",
    # sealed119 (Checkfront-style booking): an equipment rental at a class's address
    "Take a training arm home for a week. Equipment rental only — no instruction and no CE credit.",
    "There is no instruction, assessment or certificate.",
    # sealed121 (Workday Learning-style catalog): a competency check-off at a course's address
    "This is an assessment only. No instruction, review lesson or coaching is provided during the appointment.",
    "Practice quiz · no CE credit · no certificate",
])
def test_an_event_that_says_it_teaches_nothing_is_no_course(text):
    from crawler.extract.classify import DISCLAIMS_TEACHING

    assert DISCLAIMS_TEACHING.search(text)


@pytest.mark.parametrize("text", [
    "Each module ends with a practice quiz; the course awards 2.0 AAMA CEUs.",
    "The pre-test is for practice only and is not scored.",
    "Practice only once you have finished the lessons.",
    "No instruction is needed before the lab: we start from the basics.",
    "The final assessment is an observed check-off; this course awards 3 AAMA CEUs.",
])
def test_a_course_s_practice_quiz_does_not_disclaim_the_course(text):
    from crawler.extract.classify import DISCLAIMS_TEACHING

    assert not DISCLAIMS_TEACHING.search(text)


def test_a_marketplace_product_marked_up_as_a_course_that_says_it_is_no_ce_course_is_none():
    # holdout150's practice-test product: Course data, a buy box, "What you'll learn", and its own disclaimer
    body = ("<script type='application/ld+json'>{\"@type\": \"Course\", \"name\": \"CMA Exam Prep: 4 Practice Tests\"}"
            "</script><h1>CMA Exam Prep: 4 Practice Tests</h1><p>Current price $14.99</p><h2>What you'll learn</h2><ul><li>"
            "Practice under timed conditions</li><li>Review an explanation for every answer</li></ul><h2>Description</h2>"
            "<p>This is a practice-test product. It contains no video lectures, readings or instruction, and it is not a "
            "continuing-education course: practice tests award no CE credit.</p><button>Add to cart</button>")
    assert extract_page("https://www.tutorhaven.example.com/course/cma-exam-practice-tests/", _page(body)).kind == "other"
    from crawler.extract.classify import _NOT_A_CE_COURSE

    assert not _NOT_A_CE_COURSE.search("Since October it is no longer an AAMA-approved course; it awards 2 contact hours.")
    assert not _NOT_A_CE_COURSE.search("The recording is not a CE course, but the live webinar is approved for 1 AAMA CEU.")


@pytest.mark.parametrize("text", [
    "Six punches to use on any studio class within 12 months of purchase.",
    "Buy a 6-class pass and save.",
    # sealed122's Peek value pack and Square bundle
    "Three of our most-booked activities in one purchase: the 12-Lead EKG lab, the Injection Techniques lab and a recording.",
    "Get Order of Draw (2 AAMA CEUs), Blood Cultures & Timed Draws (1.5 AAMA CEUs) and Specimen Processing together and save $30.",
    "The pass is not a CE activity itself; CEUs are awarded by each event.",
    # holdout218's Evvnt-style listing of a college's series
    "Foxmarten Community College's lunchtime webinars return for spring: four separate webinars for medical assistants.",
    "Each webinar is its own event with its own registration, attendance check, quiz and certificate.",
])
def test_a_class_pass_reads_as_a_bundle(text):
    from crawler.extract.classify import BUNDLE_TEXT

    assert BUNDLE_TEXT.search(text)
    assert not BUNDLE_TEXT.search("Each lab evening uses the same training arms.")
    assert not BUNDLE_TEXT.search("Two separate evenings of one workshop; attend both for the certificate.")
    assert not BUNDLE_TEXT.search("The lab meets in two separate sessions, March 3 and March 10.")


@pytest.mark.parametrize(("url", "body"), [
    # sealed120: a page for buyers of group seats and private labs, and a guide to how the classes count
    ("https://sim.example.com/groups/",
     "<h1>Groups &amp; employers</h1><p>Training a team? Group seats: four or more seats in the vital signs skills lab are "
     "$135 each.</p><p>Private sessions: any of our labs can be run for your team alone (minimum 6). Ask for a quote.</p>"),
    ("https://trainer.example.com/cma-recertification/",
     "<h1>CMA recertification: how our classes count</h1><p>CMAs recertify every 60 months with 60 points.</p><p>AAMA-approved: "
     "Order of Draw (2 clinical), Butterfly Draws Skills Lab (3 clinical, 0.5 general).</p><p>Contact hours (non-AAMA "
     "points): our bloodborne pathogens webinar.</p>"),
])
def test_a_groups_page_and_a_guide_to_how_classes_count_are_no_courses(url, body):
    assert extract_page(url, _page(body)).kind == "other"


def test_a_coaches_directory_and_an_in_house_training_quote():
    from crawler.extract.classify import _PEOPLE_HEADING, _QUOTE_REQUEST

    assert _PEOPLE_HEADING.match("Meet the coaches")
    assert _QUOTE_REQUEST.search("You receive a quote and a training agreement.")
    assert _QUOTE_REQUEST.search("From $1,450.00 per training day")


def test_a_call_for_presenters_whose_proposals_are_reviewed_monthly():
    from crawler.extract.classify import _PROPOSALS_DUE

    assert _PROPOSALS_DUE.search("Proposals are reviewed monthly by our education committee.")


def test_a_booking_app_s_team_url_holding_a_class_is_the_class():
    html = ("<html><body><main><h1>Medication Math for MAs (live online)</h1><h2>What you'll be able to do</h2>"
            "<ul><li>Calculate doses from a medication label</li><li>Convert between units of measure</li></ul>"
            "<h2>Credit</h2><p>0.2 CEU from an IACET Accredited Provider.</p><h2>Price</h2><p>$35 early rate, then $45.</p>"
            "</main></body></html>")
    page = extract_page("https://cal.example.com/team/redhaw-skills/medication-math-live", html)
    assert page.kind == "course"
    staff = extract_page("https://ce.example.org/team/marisol-reyes",
                         "<html><body><main><h1>Marisol Reyes, PharmD</h1><p>Pharmacist and educator.</p></main></body></html>")
    assert staff.kind == "instructor"


def test_a_theme_s_author_card_marked_person_beside_a_module_is_no_profile():
    html = ("<html><body><aside itemscope itemtype='https://schema.org/Person'><h3 itemprop='name'>Quillfern Health</h3>"
            "</aside><main><h1>Phone Triage for the Front Desk</h1><h2>Objectives</h2><ul><li>Identify red-flag symptoms "
            "on the phone</li><li>Route urgent calls to a licensed clinician</li></ul><p>Approved for 2.0 AAMA CEUs.</p>"
            "<p>Price: $28 holiday sale, regularly $40.</p></main></body></html>")
    assert extract_page("https://learn.example.org/modules/phone-triage/", html).kind == "course"


def test_a_post_asking_readers_to_vote_among_webinars_is_a_poll():
    from crawler.extract.classify import _POLL_TEXT

    assert _POLL_TEXT.search("📊 Help us pick April's evening webinar! Poll closes Friday night.")
    assert not _POLL_TEXT.search("Pick the session that fits your schedule.")


@pytest.mark.parametrize("text", ["This event has finished and bookings are closed.",
                                  "Event completed Friday, October 23, 2026 · 8:00 AM – 4:00 PM CDT"])
def test_an_event_that_has_finished_or_completed_has_ended(text):
    from crawler.extract.classify import ended_notice

    assert ended_notice(text)
    assert not ended_notice("Complete the event survey to get your certificate.")


def test_a_room_hired_out_and_a_membership_by_its_fee():
    from crawler.extract.classify import _IS_A_MEMBERSHIP, DISCLAIMS_TEACHING

    assert DISCLAIMS_TEACHING.search("A room host opens and resets the room. Instruction is not included.")
    assert _IS_A_MEMBERSHIP.search("Membership fee | $60 per learner per year, billed to the practice.")


def test_a_conference_track_s_filter_introduces_a_list():
    from crawler.extract.classify import CATEGORY_INTRO

    assert CATEGORY_INTRO.match("Sessions tagged Administrative by the program committee. Track tags follow the topic.")
    assert not CATEGORY_INTRO.match("Sessions include a live demonstration and a quiz.")


def test_an_advising_appointment_that_awards_no_ceus_and_practice_time_are_no_courses():
    from crawler.extract.classify import (
        _ADVISING,
        _IS_A_MEMBERSHIP,
        _NO_CE_AT_ALL,
        DISCLAIMS_TEACHING,
    )

    assert _ADVISING.search("Recertification Points Audit (Advising Appointment)")
    assert _NO_CE_AT_ALL.search("It does not award CEUs or contact hours.")
    assert not _NO_CE_AT_ALL.search("The recording does not carry AAMA CEUs.")
    assert DISCLAIMS_TEACHING.search("Open lab time is practice, not continuing education: no CEUs are issued.")
    assert _IS_A_MEMBERSHIP.search("Annual dues | $35.00 per year")
    assert _IS_A_MEMBERSHIP.search("Membership fees are refundable within 14 days of purchase.")
    assert DISCLAIMS_TEACHING.search("Ride-along hours are not continuing education. No CEUs are awarded.")


def test_a_simulation_center_rental_is_a_room_to_book():
    from crawler.extract.classify import VENUE_HEADING

    assert VENUE_HEADING.search("Simulation Center rental for outside CE providers")
    assert not VENUE_HEADING.search("Simulation Lab Skills Check-off")


def test_a_conference_s_track_page_lists_its_sessions():
    from crawler.extract.classify import _TRACK_PAGE

    assert _TRACK_PAGE.match("Administrative track") and _TRACK_PAGE.match("Clinical Track")
    assert not _TRACK_PAGE.match("Fast-track phlebotomy refresher for returning MAs")


def test_a_preview_lesson_naming_its_parent_course_is_no_course():
    html = ("<html><body><main><p>This lesson is part of Medical Terminology Refresher (6 lessons · 4 contact hours · $29). "
            "Lesson 3 of 6.</p><p>You can preview this lesson. Enroll in the course to track your progress.</p>"
            "<h1>Lesson 3: Cardiovascular terms</h1><p>Most cardiovascular terms are built from a handful of roots.</p>"
            "</main></body></html>")
    assert extract_page("https://ce.example.org/lessons/terminology-lesson-3/", html).kind == "other"


@pytest.mark.parametrize(("heading", "words"), [
    # sealed123 / holdout161: an advocacy day sold like a course, Course or Event data and all
    ("Advocacy Day at the State Capitol 2027", "Advocacy Day is an advocacy event, not an educational program. It does not "
     "offer continuing education credit; no CEUs or contact hours are awarded."),
    ("Legislative Day 2027", "Legislative Day is an advocacy event. It does not offer continuing education credit, and no "
     "certificate is issued."),
    # sealed124: a luncheon and a consulting visit at a storefront's course address
    ("Leadership Luncheon 2027", "The luncheon is a social gathering. It is not an educational activity: no CEUs or contact "
     "hours are offered."),
    ("On-Site OSHA Readiness Walk-Through", "This is an on-site consulting service for practice owners and office managers, "
     "not a course. No certificate, CEUs or contact hours are issued."),
    ("Spring 2027 Pinning Ceremony", "The pinning ceremony is a celebration, not a continuing education activity. No CEUs, "
     "contact hours or certificates are issued."),
])
def test_a_product_that_says_it_is_not_education_and_gives_no_credit_is_none(heading, words):
    body = (f"<script type='application/ld+json'>{{\"@type\": \"Course\", \"name\": \"{heading}\"}}</script>"
            f"<h1>{heading}</h1><p>Saturday, May 15, 2027, 11:30 AM. Members $42.00, others $52.00.</p><p>{words}</p>"
            "<button>Add to Cart</button>")
    assert extract_page("https://learn.society.example.org/products/x", _page(body)).kind == "other"


@pytest.mark.parametrize("words", [
    # a course whose approval lapsed is a course still, and so is one that names what it is not for
    "This recording is not an AAMA-approved course any more: its approval expired, and no CEUs are awarded today.",
    "This lab is hands-on practice with real equipment. It awards 3 AAMA CEUs; no CEUs are awarded for the optional "
    "social hour.",
])
def test_a_course_that_gives_no_credit_or_names_another_event_is_still_a_course(words):
    body = ("<script type='application/ld+json'>{\"@type\": \"Course\", \"name\": \"Injection Skills Lab\"}</script>"
            "<h1>Injection Skills Lab</h1><p>Saturday, May 15, 2027, 9:00 AM. $95.</p><h2>Objectives</h2><ul>"
            "<li>Prepare intramuscular injections</li><li>Document each dose</li></ul>"
            f"<p>{words}</p><button>Add to Cart</button>")
    assert extract_page("https://learn.society.example.org/products/y", _page(body)).kind == "course"


def test_a_one_page_event_site_at_its_root_is_its_course():
    # holdout162 (RSVPify-style): each event is a site of its own, served at the root of its host
    body = ("<h1>Scope of Practice 2027: A Legal Update for Medical Assistants</h1><p>Live webinar on Zoom, Tuesday, "
            "February 16, 2027, 7:00 PM CT. 1.5 AAMA CEUs (general). Non-members $25.</p><h2>Learning objectives</h2><ul>"
            "<li>Describe which tasks a medical assistant may perform under delegation</li><li>Explain the documentation "
            "the state board expects</li></ul><button>RSVP</button>")
    assert extract_page("https://flaxfield-scope-2027.rsvpify.example/", _page(body)).kind == "course"
    # a provider's home page linking to its courses is not one of them
    titles = ["EKG Basics for Medical Assistants", "Phlebotomy Skills Refresher", "HIPAA at the Front Desk",
              "Vital Signs Done Right"]
    home = body + "".join(f"<p><a href='/events/{n}'>{title}</a></p>" for n, title in enumerate(titles))
    assert extract_page("https://flaxfield-scope-2027.rsvpify.example/", _page(home)).kind != "course"


def test_a_careers_page_for_one_role_with_a_wage_is_a_job_posting():
    # holdout163 (Trainual-style public playbook): the post names in-house CE classes with their credits and prices
    body = ("<h1>Careers: Medical Assistant II – Northside Clinic</h1><p>Our Northside Clinic is hiring a full-time Medical "
            "Assistant II.</p><p>$22.50–$27.75 per hour depending on experience.</p><p>Every medical assistant attends our "
            "in-house CE classes at no charge, for example the Spirometry Workshop (4.0 contact hours; $60 for community "
            "MAs).</p><p><a href='/apply'>Apply now</a></p>")
    page = extract_page("https://app.playbook.example.com/p/ashgrove/subjects/47812-careers-ma-ii", _page(body))
    assert page.kind == "other", page.kind_reasons


@pytest.mark.parametrize(("heading", "words"), [
    # sealed125 (Cargo-style portfolio): a repair service at a class's address, with dated drop-offs and a price
    ("Practice Arm Re-Skin Service", "Please note: this is a repair service for your training equipment. It isn't a class, "
     "and no CE credit, contact hours or certificate come with it."),
])
def test_a_service_that_says_it_isn_t_a_class_is_none(heading, words):
    body = (f"<h1>{heading}</h1><p>Drop-off Sat Jan 9, 2027, 10 AM–noon. $85 per arm.</p><p>{words}</p>"
            "<button>Buy Now</button>")
    assert extract_page("https://bevelup.example/Practice-Arm-Re-Skin-Service", _page(body)).kind == "other"


def test_a_past_day_whose_top_line_says_this_one_s_over_has_ended():
    body = ("<h1>Fall Draw Day 2026</h1><p>Saturday, October 3, 2026 · this one’s over</p><p>Six hours of venipuncture "
            "stations. Everyone who stayed got a certificate for 5 AAMA CEUs.</p><p>Fee was $85.</p>")
    assert extract_page("https://bevelup.example/Fall-Draw-Day-2026", _page(body)).kind != "course"


def test_a_virtual_conference_s_expo_hall_and_speed_networking_is_no_course():
    # holdout165 (Hubilo-style summit): a session slot with a time, a ticket and Event data, and no CE
    body = ("<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": \"Virtual Expo Hall & Speed Networking\"}"
            "</script><h1>Virtual Expo Hall &amp; Speed Networking</h1><p>Saturday, March 13, 2027, 12:00 PM MST. Included "
            "with every summit ticket ($25).</p><p>No continuing education credit is offered for this session.</p>")
    assert extract_page("https://summit.example.com/e/sawback-2027/session/48220", _page(body)).kind == "other"


@pytest.mark.parametrize(("url", "body"), [
    # sealed126 (FluentCart academy): a retreat sold as a product, with Event and Product data
    ("https://uinta.example.org/item/spring-renewal-retreat-2027/",
     "<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": \"Spring Renewal Retreat\"}</script>"
     "<h1>Spring Renewal Retreat</h1><p>Friday, April 23, 2027, 4:00 PM. Shared room $240.</p><p>Please note: the retreat is "
     "time for rest and community. It is not continuing education: it carries no CEUs, no contact hours and no "
     "certificate.</p><button>Reserve</button>"),
    # sealed131: a college's study hall ("nothing is taught ... records no CEUs") and a chapter's fun run ("a fundraiser")
    ("https://ce.ghcc.example.edu/ce/catalog/course/MACE-0901/",
     "<h1>CMA (AAMA) Exam Study Hall – Spring 2027</h1><p>Sat 02/27/2027 9:00 AM. Room and proctor fee $20.00.</p><p>Because "
     "nothing is taught, it carries no continuing-education value — GHCC records no CEUs or contact hours for it.</p>"),
    ("https://ppsma.example.org/events/scholarship-fun-run-pancake-breakfast/",
     "<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": \"Scholarship Fun Run\"}</script>"
     "<h1>Scholarship Fun Run &amp; Pancake Breakfast 2027</h1><p>May 8, 2027, 8:00 am. Adults $35; members $25.</p><p>Please "
     "note: this is a fundraiser and a purely recreational morning. It has no educational content — attending earns no CEUs "
     "and no contact hours.</p><button>Book this event</button>"),
    # sealed132: a CE company's study hall ("Nobody teaches ... earns zero CEUs") and a county's 5K ("no continuing-
    # education value")
    ("https://ninebark.example.com/courses/cma-exam-study-hall-spring-2027",
     "<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": \"CMA Exam Study Hall\"}</script>"
     "<h1>CMA Exam Study Hall (Spring 2027)</h1><p>Saturday, February 13, 2027, 9:00 AM. $15 per Saturday.</p><p>The study "
     "hall is unstructured, peer-led review time. Nobody teaches and nothing is graded, and it earns zero CEUs or contact "
     "hours.</p>"),
    ("https://rec.pemberline.example.gov/30512/Clients/BookMe4LandingPages/Class/4165-scrubs-and-sneakers-5k/",
     "<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": \"Scrubs 5K\"}</script>"
     "<h1>Scrubs &amp; Sneakers 5K Scholarship Fun Run</h1><p>Saturday, May 1, 2027. $30.</p><p>The fun run raises "
     "scholarship money. It has no continuing-education value: runners earn no CEUs and no contact hours.</p>"),
    # sealed129 (Destiny One-style storefront): an open lab booked for practice, at the course URL pattern
    ("https://ce.stillbrook.example.edu/course/open-skills-lab-practice-session/",
     "<script type='application/ld+json'>{\"@type\": \"Event\", \"name\": \"Open Skills Lab\"}</script>"
     "<h1>Open Skills Lab: Practice Session</h1><p>Sat, Feb 6, 2027, 10:00 AM. Lab Use Fee $25.00.</p><p>Open lab is "
     "practice time only. Nothing is taught and nothing is assessed, so the session earns no CEUs, no contact hours and no "
     "certificate of completion.</p><button>Add to Cart</button>"),
    # sealed126: a community portal's feed and a PeepSo group's stream, posts naming a course's credit
    ("https://uinta.example.org/portal", "<h1>Community feed</h1><p>Our free module is live: it is self-paced, about 45 "
     "minutes with the quiz, and it carries 1 AAMA CEU.</p>"),
    ("https://svman.example.org/groups/clinical-skills-circle/", "<h1>Clinical Skills Circle</h1><p>Our free module is "
     "live: Chaperoning Sensitive Exams. It's self-paced, about 45 minutes with the quiz, and it carries 1 AAMA CEU in the "
     "general category.</p>"),
])
def test_a_retreat_a_feed_and_a_group_s_stream_are_no_courses(url, body):
    assert extract_page(url, _page(body)).kind != "course"


def test_a_space_titled_by_a_kind_of_offering_lists_them():
    # sealed128 (Bettermode): a "Recordings" space showing one card (the rest for members)
    body = ("<h1>Recordings</h1><p>Recorded education nights you can watch at your own pace.</p><p>3 posts · 1,284 "
            "members</p><h3>HIPAA &amp; Social Media in the Medical Office</h3><p>Recording · 82 min</p><p>$35 $24 · "
            "members $15</p><p>1.5 AAMA CEUs General</p>")
    assert extract_page("https://kvman.example.org/recordings", _page(body)).kind == "listing"


def test_a_no_ce_line_read_as_a_credit_field_is_no_credit_and_a_business_meeting_is_no_course():
    # holdout169 (Socio-style conference app): "No CE credit is awarded for this session." under an annual meeting
    body = ("<h1>Annual Business Meeting, Elections &amp; Awards Luncheon</h1><p>Saturday, April 24, 2027 · 12:00 PM PDT</p>"
            "<p>Lunch is included with Saturday registration. Guest luncheon tickets are $28.</p><h2>About this session</h2>"
            "<p>No CE credit is awarded for this session.</p><h2>Presiding</h2><p>Henrietta Voss-Maki, CMA (AAMA)</p>")
    assert extract_page("https://app.example.com/msama-2027/session/883", _page(body)).kind == "other"


def test_cards_whose_classes_carry_a_platform_number_are_told_apart_by_them():
    # sealed130 (Element451-style program area): "e451-card__body" and "e451-card__meta" are two parts of one card
    card = ("<li class='e451-card'><div class='e451-card__body'><div>Clinical skills · On campus</div><h3><a href='/programs/{0}'>"
            "{1}</a></h3><div>Sat, Apr 10, 2027</div></div><div class='e451-card__meta'><span>$175 total</span>"
            "<span>0.7 IACET CEUs</span></div></li>")
    cards = "".join(card.format(slug, title) for slug, title in [
        ("phlebotomy-refresher-lab", "Phlebotomy Refresher Lab: Difficult Draws"),
        ("infection-prevention-online", "Infection Prevention in the Outpatient Clinic"),
        ("pharmacology-review", "Pharmacology Review for Medical Assistants")])
    body = f"<h1>Clinical skills</h1><p>Hands-on labs and online refreshers for the back office.</p><ul class='e451-cards'>{cards}</ul>"
    assert extract_page("https://workforce.sbcc.example/programs/area/clinical", _page(body)).kind == "listing"


def test_a_subject_page_is_a_listing_and_a_post_published_on_a_day_is_a_post():
    # sealed131: a college catalogue's "Subject: ..." page of two classes; a chapter blog's "Post published: ..." news
    body = ("<h1>Subject: Health Office &amp; Coding</h1><p>Coding, compliance and privacy courses.</p><p>MACE-2210</p>"
            "<h3>ICD-10-CM &amp; CPT Coding Update 2027</h3><p>8.0 AAMA CEUs</p><p>$159.00</p>")
    assert extract_page("https://ce.ghcc.example.edu/ce/catalog/subject/health-office/", _page(body)).kind == "listing"
    post = ("<h1>New self-paced module: point-of-care glucose and A1c</h1><p>Post published: November 9, 2026</p><p>Our newest "
            "self-paced module is now available. It carries 1.0 AAMA CEU (clinical). Members pay $12.</p>")
    assert extract_page("https://ppsma.example.org/2026/11/glucose-testing-module-now-available/", _page(post)).kind == "blog"


def test_course_data_alone_on_a_class_page_not_written_for_health_care_staff_is_no_course():
    # sealed132 (a county's community education site): a watercolor class has Course data, a price, a session, a teacher
    data = '{"@context": "https://schema.org", "@type": "Course", "name": "Watercolor Landscapes for Beginners"}'
    body = (f"<script type='application/ld+json'>{data}</script><h1>Watercolor Landscapes for Beginners</h1>"
            "<p>Paint skies, hills and water in four relaxed evenings.</p><p>Instructor: Odile Penhallow</p>"
            "<p>Thu, Feb 4 – Feb 25, 2027 · 6:30 PM – 8:30 PM</p><p>Resident $72.00 · Non-Resident $88.00</p>"
            "<a href='/cart'>Register</a>")
    url = "https://rec.pemberline.example.gov/30512/Clients/BookMe4LandingPages/Class/4102-watercolor/"
    assert extract_page(url, _page(body)).kind != "course"
    staff = body.replace("Paint skies", "For medical assistants: paint skies")
    assert extract_page(url, _page(staff)).kind == "course"


def test_a_conference_s_product_theater_marked_up_as_an_event_is_no_course():
    # holdout191 (Pri-Med-style expo): an industry session with an Event's markup, a seat and a date
    data = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": '
            '"Product Theater: Temperature Monitoring", "startDate": "2027-03-20T12:15:00-04:00"}</script>')
    body = ("<h1>Product Theater: Temperature Monitoring for Vaccine Refrigerators</h1><p>Saturday, March 20, 2027, "
            "12:15-1:00 PM, Expo Hall Theater B.</p><p>This is a promotional program presented by Frostline Sensors. "
            "No CME/CE credit of any kind is offered.</p><p>Price: $0</p><a href='/reserve'>Reserve a seat</a>")
    page = extract_page("https://ce.example.com/expo/product-theater", f"<html><head>{data}</head><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def _feed(posts: dict[int, str]) -> str:
    entries = "".join(f'<div class="wrap"><div class="message" data-post="chapter/{n}"><div class="text">{text}</div>'
                      f'<a class="date" href="https://t.example/chapter/{n}">12:00</a></div></div>'
                      for n, text in posts.items())
    return f"<html><head><title>Chapter – Channel</title></head><body><main>{entries}</main></body></html>"


def test_a_feed_opened_at_one_entry_is_that_entry():
    # holdout190 (Telegram-style channel preview at /s/<channel>/221): the posts around it are other offerings
    html = _feed({220: "Skills night recap: thanks to everyone who came. Next one is $70 ($45 members).",
                  221: "NEW SELF-PACED MODULE: Good Faith Estimates at the Front Desk. 0.3 CEU. Price: $24 winter sale "
                       "through December 31, 2026 (regular $39).",
                  222: "Members: our free webinar for members is on Tuesday. Register now."})
    record = build_record(extract_page("https://t.example/s/chapter/221", html))
    assert record["price_usd"] == 24.0 and record["member_price_usd"] is None
    # (an address whose number names no one entry leaves the page whole)
    whole = extract_page("https://t.example/s/chapter/999", html)
    assert "Skills night recap" in whole.text


def test_a_class_for_expectant_parents_is_no_staff_course():
    # holdout_sites_sealed140 (ShowClix-style foundation box office): a public class with an Event's markup and a price
    data = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": '
            '"Bringing Baby Home", "startDate": "2027-02-13T09:00:00-08:00"}</script>')
    body = ("<p>For expectant parents</p><h1>Bringing Baby Home: Newborn Care Class</h1><p>Saturday, February 13, 2027, "
            "9:00 AM-12:00 PM, Wyndcliff General Hospital, Conference Room B.</p><p>A relaxed Saturday class for expectant "
            "parents and grandparents: bathing, diapering, safe sleep and car seats. Taught by our labor and delivery "
            "nurses.</p><p>$30 per family</p><a href='/tickets'>Get tickets</a>")
    page = extract_page("https://tickets.example.org/event/newborn-care",
                        f"<html><head>{data}</head><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_patient_education_class_that_says_it_is_not_staff_training_is_no_course():
    # holdout_sites_sealed141 (Jane App-style clinic): a class type with Event data, objectives and a price
    data = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": '
            '"Total Joint Prehab Class", "startDate": "2027-02-10T17:30:00-08:00"}</script>')
    body = ("<h1>Total Joint Prehab Class</h1><p>Wednesday, February 10, 2027, 5:30 PM, Alder Gap clinic gym. $35.</p>"
            "<h2>You will learn to</h2><ul><li>Practise the exercises for the weeks before surgery</li><li>Set up your "
            "home for the first week back</li></ul><p>This is a patient education class, not staff training. It carries no "
            "CEUs or contact hours, and no certificate is issued.</p><a href='/book'>Register</a>")
    page = extract_page("https://clinic.example.com/classes/4460-total-joint-prehab-class/",
                        f"<html><head>{data}</head><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_glossary_of_credit_units_on_a_division_s_page_is_no_credit_statement():
    # holdout_sites_sealed141 (Ludus-style box office): the CE division's landing page explains the units it uses
    body = ("<h1>Health Careers Continuing Education</h1><p>Our Health Careers division offers short continuing-education "
            "classes for medical assistants and other clinic staff.</p><h2>Credit types you will see</h2><ul>"
            "<li><strong>AAMA CEUs</strong> — classes approved by the American Association of Medical Assistants. The class "
            "page says so and lists the categories.</li><li><strong>IACET CEUs</strong> — our Workforce Development office "
            "is an IACET Accredited Provider; one IACET CEU equals ten contact hours.</li><li><strong>Contact hours"
            "</strong> — documented hours of instruction without AAMA approval.</li></ul>")
    page = extract_page("https://boxoffice.example.edu/ce-at-bramwell/", f"<html><body><main>{body}</main></body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_pass_told_as_a_year_s_membership_is_no_course():
    # holdout_sites_sealed141: "our 12-month membership ... It costs $60", whose streams are self-paced
    body = ("<h1>Bramwell Center Pass</h1><p>The Bramwell Center Pass is our 12-month membership for regular visitors. It "
            "costs $60 and starts on the day you buy it.</p><h2>What the Pass includes</h2><ul><li>Free streaming of "
            "on-demand programs marked “Included with your Pass”.</li><li>Pass benefits do not apply to live CE classes."
            "</li></ul><a href='/buy-pass'>Buy a Pass — $60.00</a>")
    page = extract_page("https://boxoffice.example.edu/passes.php", f"<html><body><main>{body}</main></body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_learning_path_of_courses_in_a_suggested_order_is_a_bundle():
    # holdout_sites_sealed142 (Sana Labs-style academy)
    body = ("<h1>Medical Assistant Skills Refresh Path</h1><p>Learning path</p><p>Three self-paced courses in a suggested "
            "order. Buying the path costs $65 for the two paid courses; the recorded session is free.</p><ol>"
            "<li><a href='/courses/a/charge-capture'>Charge Capture</a></li><li><a href='/courses/b/referrals'>Referrals</a>"
            "</li><li><a href='/courses/c/person-first'>Person-First Language</a></li></ol><a href='/enroll'>Enroll in path</a>")
    page = extract_page("https://academy.example.org/paths/Qa7hMw2R/skills-refresh-path",
                        f"<html><body><main>{body}</main></body></html>")
    assert page.kind == "bundle", page.kind_reasons


def test_a_guest_pass_that_includes_no_education_sessions_is_no_course():
    # holdout_sites_sealed142 (EventsAir-style conference): the exhibit hall's guest pass, with an Event's markup
    data = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": '
            '"Exhibitor Showcase Guest Pass", "startDate": "2027-04-16T10:00:00-05:00"}</script>')
    body = ("<h1>Exhibitor Showcase Guest Pass</h1><p>Friday, April 16, 2027, 10:00 AM-4:00 PM, Exhibit Hall A.</p>"
            "<p>The pass covers the exhibit hall only. It includes no education sessions, it awards no CEUs and no contact "
            "hours, and no certificate of attendance is issued.</p><p>$20</p><a href='/register'>Register</a>")
    page = extract_page("https://conf.example.org/program/social-functions/guest-pass",
                        f"<html><head>{data}</head><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_booking_page_s_banner_holding_its_title_and_description_is_read():
    # holdout199 (YouCanBook.me-style page): the course's description sits in <header role="banner"> with its <h1>
    header = ("<header class='ycbm-header' role='banner'><a href='/'><img src='/logo.png' alt='Studio'></a>"
              "<h1>Spirometry Coaching &amp; Quality Lab</h1><p><strong>Why this lab:</strong> most office spirometry "
              "tests fail because of coaching, not equipment.</p><p><strong>By the end you will be able to:</strong></p>"
              "<ul><li>Coach a forced expiration for a fast start and full effort.</li><li>Run and document a daily "
              "calibration check.</li></ul><p><strong>Instructor:</strong> Ramón Trujillo, RRT, "
              "AE-C.</p><p><strong>Credit:</strong> 2.5 contact hours. This lab is not approved for AAMA CEUs.</p>"
              "<p><strong>Price:</strong> $95.</p></header>")
    body = ("<section><h2>Pick a time</h2><p>April 2027</p></section><section><h2>Also booking at the studio</h2>"
            "<p><a href='https://studio-terms.book.example.com/'>Medical Terminology Brush-Up</a></p>"
            "<p>Mar 13 · in person · 2.0 AAMA CEUs · $70</p>"
            "</section>")
    page = extract_page("https://studio-spirometry.book.example.com/", f"<html><body>{header}{body}</body></html>")
    assert page.kind == "course", page.kind_reasons
    record = build_record(page)
    assert (record["credits"], record["credit_unit"], record["aama_approved"]) == (2.5, "contact_hour", False)


def test_a_wellness_break_that_says_it_is_not_continuing_education_is_no_course():
    # holdout_sites_sealed145: a chair-yoga live stream for a food bank, with Event data and a price
    data = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": '
            '"Midday Chair Yoga", "startDate": "2027-02-10T12:00:00-09:00"}</script>')
    body = ("<h1>Midday Chair Yoga &amp; Stretch Break (Live Stream)</h1><p>Wednesday, February 10, 2027, 12:00 PM.</p>"
            "<p>$5 per session — all proceeds go to the food bank.</p><p>Please note: this is a wellness break, not "
            "continuing education. It carries no CEUs or contact hours, and no certificate is issued.</p>"
            "<a href='/register'>Register</a>")
    page = extract_page("https://hub.example.org/watch/yoga", f"<html><head>{data}</head><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_product_s_split_and_a_table_cell_over_the_next_line_are_no_bundle_s_credit_amounts():
    # holdout197 (Rosh Review-style question bank): one product with a stated split, named a "bundle"
    body = ("<main><h1>Recert Points Question Bundle</h1><p>10.0 AAMA CEUs · self-paced online · 200 questions</p>"
            "<p>The Recert Points Question Bundle is approved by the AAMA for 10.0 AAMA CEUs: 3.0 Administrative, 4.0 "
            "Clinical, 3.0 General. Each module carries 1.0 AAMA CEU in one category.</p><table><tr><td>General</td>"
            "<td>3.0</td></tr></table><p>Credit can be earned until December 31, 2028.</p><h2>After completing the bundle, "
            "you will be able to:</h2><ul><li>Apply coding rules</li><li>Recognize emergencies</li></ul>"
            "<p>Price: $119</p><a href='/buy'>Buy now</a></main>")
    page = extract_page("https://review.example.com/products/recert-points-question-bundle",
                        f"<html><body>{body}</body></html>")
    assert page.kind == "course", page.kind_reasons


def test_a_longer_name_saying_it_is_a_bundle_not_a_course_disclaims_teaching():
    # holdout202 (Eventtia-style society site): "The 2027 CE Season Pass is a bundle, not a course."
    from crawler.extract.classify import DISCLAIMS_TEACHING

    assert DISCLAIMS_TEACHING.search("The 2027 CE Season Pass is a bundle, not a course. It reserves one seat for you.")
    # (a format told apart is no disclaimer: the class is what it says it is)
    assert not DISCLAIMS_TEACHING.search("The skills day is an in-person class, not a webinar.")
    assert not DISCLAIMS_TEACHING.search("The Spring Skills Day is a hands-on lab, not a course you watch.")
    # holdout_sites_sealed162 (Storenvy-style shop, Townscript-style events): "my membership", "not a training event"
    assert DISCLAIMS_TEACHING.search("The Study Circle is my membership, not a course. The welcome call is informal.")
    assert DISCLAIMS_TEACHING.search("It is a networking breakfast, not a training event, and it carries no CE credit.")
    assert not DISCLAIMS_TEACHING.search("The Study Circle is my favourite course, not a webinar.")
    body = ("<main><h1>2027 CE Season Pass</h1><p>Bundle · Five workshops · Up to 15.5 AAMA CEUs</p><h2>What the season "
            "pass is</h2><p>The 2027 CE Season Pass is a bundle, not a course. It reserves one seat for you in each of the "
            "five society workshops listed below.</p><p>Season Pass — non-member: $249</p><a href='/buy'>Buy the pass</a>"
            "</main>")
    script = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "2027 CE '
              'Season Pass", "offers": {"@type": "Offer", "price": "249", "priceCurrency": "USD"}}</script>')
    page = extract_page("https://events.example.org/e/ce-season-pass-2027",
                        f"<html><head>{script}</head><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


@pytest.mark.parametrize("says", [
    # holdout_sites_sealed150 (Taplink-style educator): "this bootcamp is exam prep for new students, not continuing education"
    "Please read before booking: this bootcamp is exam prep for new students, not continuing education. It carries no CEUs "
    "or contact hours, and no CE certificate is issued.",
    # holdout_sites_sealed149 (Certemy-style directory): a help video and a platform tour
    "Credit: None – this is a how-to video. This video is a help resource. It carries no CE credit and no certificate.",
    "Learn how to search the catalogue and download your certificates. No CE credit is attached to this tour.",
])
def test_a_page_saying_what_it_is_instead_of_continuing_education_is_no_course(says):
    body = (f"<main><h1>Weekend Intensive</h1><p>Sat, Mar 20, 2027 · 9:00 AM</p><p>{says}</p><p>Price: $149</p>"
            "<a href='/register'>Register</a></main>")
    page = extract_page("https://learn.example.com/p/a94c1d/", f"<html><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_golf_classic_is_no_training():
    # holdout_sites_sealed148 (EventCreate-style foundation site): a fundraiser with tickets and Event markup
    script = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": "Bellweather '
              'Golf Classic 2027", "startDate": "2027-06-14T08:00:00-04:00"}</script>')
    body = ("<main><h1>Bellweather Golf Classic 2027</h1><p>Monday, June 14, 2027 · 8:00 AM shotgun start</p><p>Osprey Ledge "
            "Links, Port Callender</p><h2>About the Golf Classic</h2><p>Our annual scramble returns. Every dollar raised goes "
            "to the Education Days scholarship fund, which paid the registration fees of 140 clinic staff members last year."
            "</p><h2>Tickets</h2><table><tr><th>Ticket</th><th>Price</th></tr><tr><td>Single golfer</td><td>$150.00</td>"
            "</tr></table><a href='/register'>Register</a></main>")
    page = extract_page("https://events.example.org/e/golf-classic-2027", f"<html><head>{script}</head><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_page_whose_every_offer_is_one_card_of_another_page_is_no_course():
    # holdout_sites_sealed146 (Pathable-style meeting portal): a track's page and a sponsor's page, each showing one
    # session's card (its linked title over its date, credit and price)
    card = ('<article class="pa-card"><p>Webinar</p><h3><a href="/meetings/virtual/MveqXBLP642Y4TArY">Pre-Conference Webinar: '
            'Good-Faith Estimates</a></h3><p>Tuesday, February 9, 2027 · 6:30 PM – 8:00 PM MST</p><p>1.5 contact hrs · AAMA '
            'approval pending</p><p>$25 · members $15</p></article>')
    html = (f"<html><body><main><h1>Track: Front Office &amp; Revenue</h1><p>Scheduling, estimates and billing.</p>{card}"
            "</main></body></html>")
    page = extract_page("https://meeting.example.org/tracks/front-office-and-revenue", html)
    assert page.kind == "listing", page.kind_reasons
    # (a forum topic's header of "« previous next »" links over the post is no card: the post is the page's own)
    html = ("<html><body><main><h2><a href='/index.php?topic=3.0;prev_next=prev'>« previous</a> <a href='/index.php?"
            "topic=3.0;prev_next=next'>next »</a></h2><div><p>Recording: Office Spirometry (no CE)</p><p>Cost: Free to watch"
            "</p><p>About credit: the live session was approved for 1 AAMA CEU.</p></div></main></body></html>")
    page = extract_page("https://community.example.com/index.php?topic=3.0", html)
    assert page.kind != "listing" or "one item" not in " ".join(page.kind_reasons)


@pytest.mark.parametrize("says", [
    # holdout_sites_sealed153 (Sessionize-style day): a career service and a poster walk on the agenda
    "Please note: Career Connections is a career service, not an education session. It carries no CEUs or contact hours.",
    "Students present their capstone posters over lunch. This is a social session; no CE is awarded.",
    # holdout_sites_sealed155 (Learnyst-style academy): a tour of the site and practice tests
    "A ten-minute walkthrough of the academy: finding your courses. It's free and it carries no CE credit — it's simply "
    "how the site works.",
    "Six timed practice tests. These are self-assessment tests only. They carry no CE credit and no certificate is issued.",
    # holdout_sites_sealed163 (Bokun-style studio): a private team day
    "Team days are private custom sessions. They are not CE classes and no CE certificates are issued.",
    "Once a quarter we put on coffee for practice managers. This is a networking breakfast; it carries no CE credit.",
    # holdout213 (Outschool-style marketplace): a weekly exam study club
    "Please note: the club is exam preparation. It does not award continuing education credit and is not meant for "
    "recertification.",
    # holdout216 (Preply-style tutor profile): private exam-review lessons
    "Please note: these are private exam-review lessons. They are not continuing education, and they carry no CE credit of "
    "any kind.",
    # holdout_sites_sealed169 (a portfolio site's timed practice exam, marked up as a Course)
    "Please note: this is a practice test, not a class. Nothing is taught on the day. A sitting earns no AAMA CEUs and no "
    "contact hours.",
    # holdout_sites_sealed164 (a personal site's check-off Saturday)
    "Please read: this is an assessment only. I don't teach at check-off Saturday, and it earns no CEUs, no contact hours "
    "and no certificate of completion.",
])
def test_an_agenda_s_service_a_social_session_a_site_tour_and_practice_tests_are_no_courses(says):
    body = (f"<main><h1>Session</h1><p>Sat, Apr 17, 2027 · 10:00 AM</p><p>{says}</p><p>Price: $10</p>"
            "<a href='/register'>Register</a></main>")
    page = extract_page("https://day.example.org/sessions/784595/session", f"<html><body>{body}</body></html>")
    assert page.kind == "other", page.kind_reasons


def test_a_group_page_showing_one_event_card_with_its_chip_above_the_title_lists_it():
    # holdout_sites_sealed153 (Blackthorn-style group page): "<span>1 AAMA CEU</span><h3><a>...</a></h3>...<p>Free</p>"
    card = ('<article class="bt-card"><div class="bt-card__body"><span class="bt-chip">1 AAMA CEU</span><h3><a href="/en/Pv4rLm8/'
            'body-mechanics-5aJ7">Body Mechanics &amp; Safe Patient Transfers (Free Live Webinar)</a></h3><p>Wed, Jan 20, '
            '2027 · Live webinar</p><p>Free</p></div></article>')
    html = (f"<html><body><main><h1>Professional CE</h1><p>Safety, communication and professional topics.</p>{card}"
            "<p>More professional topics will be added for spring 2027.</p></main></body></html>")
    page = extract_page("https://events.example.org/en/Pv4rLm8/g/ma-professional-ce", html)
    assert page.kind == "listing", page.kind_reasons


def test_a_client_meeting_that_is_not_a_ce_session_is_no_course():
    # holdout_sites_sealed159 (Zoho ShowTime-style series): "It is an informational meeting for clients, not a CE session,
    # and no certificate is issued."
    from crawler.extract.classify import DISCLAIMS_TEACHING

    assert DISCLAIMS_TEACHING.search("It is an informational meeting for clients, not a CE session, and no certificate "
                                     "is issued.")


def test_a_saved_file_s_folders_say_nothing_of_its_kind():
    """`ceu extract ~/fixtures/hard-tags/page.html`: the folders a user saved a page in are no tags page or blog."""
    body = ("<html><body><h1>Scope of Practice for Ohio Medical Assistants</h1><table><tr><td>Member</td><td>$20.00</td></tr>"
            "<tr><td>Non-Member</td><td>$40.00</td></tr></table><p>This program has been granted prior approval by the AAMA "
            "for 1 general continuing education unit.</p><p>Speaker: Teresa Burns, JD, health law attorney.</p></body></html>")
    for folder in ("tests/fixtures/pages/hard-tags/member-table", "home/ana/blog/2026/12"):
        page = extract_page(f"file:///{folder}/page.html", body)
        assert page.kind == "course", (folder, page.kind_reasons)
        assert page.url == f"file:///{folder}/page.html"


def test_a_page_whose_one_list_item_links_another_page_with_its_price_and_credit_lists_it():
    # holdout_sites_sealed164 (a hand-made personal site's "Friends who guest" page)
    html = ("<html><body><main><h1>Friends who guest</h1><p>Now and then a friend records a session with me.</p><ul>"
            "<li><span>★</span> <a href='/courses/warning-signs-recording.html'>Stroke &amp; Heart Attack Warning Signs "
            "(Recorded Webinar)</a><br><span>Recording · watch any time</span> <span>— free to watch · certificate $12 (1 "
            "AAMA CEU)</span></li></ul></main></body></html>")
    page = extract_page("https://cabin.example.net/teachers/friends-who-guest.html", html)
    assert page.kind == "listing", page.kind_reasons
    # (the course's own page, whose list item links a policy, keeps its own offer)
    own = html.replace("<h1>Friends who guest</h1>", "<h1>Warning Signs</h1><p>Certificate $12 (1 AAMA CEU).</p>")
    assert extract_page("https://cabin.example.net/courses/warning-signs.html", own).kind != "listing"
