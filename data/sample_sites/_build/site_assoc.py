"""Site 1: a national association's e-learning centre (AAMA CEU statements, member prices).

Markup: BEM-ish ``elc-`` classes, ``<section>`` per topic with h2 headings ("Statement
of Need", "Learning Objectives", "Faculty"), a pricing table with member and
non-member rows, refund policy one link away in the purchase box.
"""

from __future__ import annotations

import random
import re

from data.sample_sites._build import wording as w
from data.sample_sites._build.common import (
    Course,
    Site,
    esc,
    modes,
    money,
    num,
    robots,
    sitemap,
)
from data.sample_sites._build.topics import MIXED_SPLITS, pick_titles, topic_by_key
from data.sample_sites._build.weight import weighted

SLUG = "namap-elearning"
PROVIDER = "National Association of Medical Assisting Professionals"
SHORT = "NAMAP"
CAT_LABEL = {"clinical": "Clinical", "administrative": "Administrative",
             "general": "General", "mixed": "Multi-category"}
REFUND = "/help/refunds/"


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def _courses(rng: random.Random) -> list[Course]:
    singles = pick_titles(rng, 20, offset=0)
    n = len(singles) + len(MIXED_SPLITS)
    status = modes(rng, n, {"approved": 1.0}, {3: "pending", 7: "expired", 15: "pending"})
    price = modes(rng, n, {"member": 0.9, "flat": 0.1},
                  {2: "member_free", 11: "member_free", 5: "free_all", 19: "login", 23: "free_all"})
    rationale = modes(rng, n, {"yes": 0.7, "slogan": 0.15, "no": 0.15}, {0: "yes", 1: "slogan"})
    outcomes = modes(rng, n, {"list": 0.8, "no": 0.2}, {0: "list", 4: "empty", 17: "empty"})
    inst = modes(rng, n, {"credentialed": 0.8, "name_only": 0.1, "none": 0.1},
                 {0: "credentialed", 6: "tba", 13: "tba"})
    method = modes(rng, n, {"self-paced online": 0.6, "recorded webinar": 0.2, "none": 0.2},
                   {0: "self-paced online"})
    refund = modes(rng, n, {"site": 0.7, "no": 0.3}, {0: "site"})
    courses: list[Course] = []
    specs = [(t, title, {t.category: t.hours}) for t, title in singles]
    specs += [(topic_by_key(key), title, dict(split)) for title, key, split in MIXED_SPLITS]
    order = list(range(n))
    rng.shuffle(order)
    for i, spec_index in enumerate(order):
        topic, title, split = specs[spec_index]
        credits = round(sum(split.values()), 2)
        category = next(iter(split)) if len(split) == 1 else "mixed"
        nonmember = float(rng.choice((25, 30, 35, 39, 45))) + (10.0 if credits >= 2 else 0.0)
        member = round(nonmember * 0.6)
        c = Course(title=title, slug=_slugify(title), topic=topic, provider=PROVIDER,
                   category=category, credits=credits, credit_unit="aama_ceu",
                   credits_by_category=split, aama_status=status[i])
        if status[i] == "expired":
            c.credits = c.credit_unit = c.credits_by_category = None
        p = price[i]
        if p == "member":
            c.price_usd, c.member_price_usd = nonmember, float(member)
        elif p == "flat":
            c.price_usd = nonmember
        elif p == "member_free":
            c.price_usd, c.member_price_usd = nonmember, 0.0
        elif p == "free_all":
            c.price_usd, c.member_price_usd, c.is_free = 0.0, 0.0, True
        c.extras["price_mode"] = p
        c.rationale, c.outcomes = rationale[i], outcomes[i]
        c.instructor_mode = inst[i]
        c.instructor = w.instructor_for(rng, topic)
        c.methods = method[i] != "none"
        c.format = None if method[i] == "none" else method[i]
        c.refund = refund[i]
        c.extras["id"] = f"ELC-{1040 + i * 7}"
        courses.append(c)
    return courses


@weighted("drupal")
def _page(title: str, body: str, crumbs: list[tuple[str, str]], description: str = "") -> str:
    crumb_html = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for label, href in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SHORT} e-Learning Center</title>
<meta name="description" content="{esc(description)}">
<link rel="stylesheet" href="/assets/elc.css">
</head>
<body class="elc">
<div id="cookie-consent" class="consent-bar" role="dialog">
  <p>We use cookies to remember your cart and to understand how the e-Learning Center is used.
  <a href="/privacy/">Privacy notice</a></p>
  <button type="button" class="consent-accept">Accept all cookies</button>
  <button type="button" class="consent-reject">Necessary only</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/namap-logo.svg" alt="{esc(PROVIDER)}"></a>
  <nav class="main-nav" aria-label="Main"><ul>
    <li><a href="/">Home</a></li>
    <li><a href="/elearning/">e-Learning Center</a></li>
    <li><a href="/membership/">Membership</a></li>
    <li><a href="/news/">News</a></li>
    <li><a href="/about/">About {SHORT}</a></li>
    <li><a href="/contact/">Contact</a></li>
    <li><a href="/members/login/">Member login</a></li>
  </ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>{crumb_html}<li aria-current="page">{esc(title)}</li></ol></nav>
<main class="elc-main">
{body}
</main>
<footer class="site-footer">
  <div class="footer-cols">
    <div><h4>{SHORT}</h4><p>{esc(PROVIDER)}<br>1200 Lakeview Parkway, Suite 400, Chicago, IL 60601</p></div>
    <div><h4>Help</h4><ul><li><a href="/help/faq/">e-Learning FAQ</a></li><li><a href="/contact/">Contact us</a></li></ul></div>
    <div><h4>Legal</h4><ul><li><a href="/terms/">Terms of use</a></li><li><a href="/privacy/">Privacy notice</a></li></ul></div>
  </div>
  <p class="copyright">&copy; 2026 {esc(PROVIDER)}. All rights reserved.</p>
</footer>
</body>
</html>
"""


def _credit_html(rng: random.Random, c: Course) -> str:
    if c.aama_status == "expired":
        return ('<p class="credit-statement credit-statement--expired">AAMA approval for this course '
                "expired on June 30, 2026. Completions after that date do not earn CEUs; the course "
                "remains available for general knowledge.</p>")
    split = c.credits_by_category or {}
    unit = "AAMA CEU" if c.credits == 1 else "AAMA CEUs"
    if len(split) > 1:
        detail = ", ".join(f"{num(v)} {k}" for k, v in split.items())
        amount = f"{num(c.credits)} {unit}: {detail}"
    else:
        amount = f"{num(c.credits)} {unit} ({next(iter(split))})"
    if c.aama_status == "pending":
        return (f'<p class="credit-statement credit-statement--pending">AAMA CEU approval pending for '
                f"{amount}. Credit will be awarded once approval is granted.</p>")
    forms = (
        f"This course has been approved by the American Association of Medical Assistants (AAMA) for {amount}.",
        f"Approved for {amount}.",
        f"AAMA approved: {amount}. AAMA course #{rng.randint(70000, 79999)}.",
    )
    return f'<p class="credit-statement">{esc(rng.choice(forms))}</p>'


def _price_html(c: Course) -> str:
    mode = c.extras["price_mode"]
    if mode == "login":
        return '<p class="price-note">Log in to see your price.</p>'
    if mode == "free_all":
        return '<p class="price price--free">Complimentary for all learners</p>'
    if mode == "flat":
        return f'<p class="price">Price: {money(c.price_usd)}</p>'
    member = "FREE" if c.member_price_usd == 0 else f"{c.member_price_usd:.2f}".join(("$", ""))
    return (f'<table class="price-table"><tr><th scope="row">{SHORT} members</th><td>{member}</td></tr>'
            f'<tr><th scope="row">Non-members</th><td>${c.price_usd:.2f}</td></tr></table>')


def _course_body(rng: random.Random, c: Course, related: list[Course]) -> str:
    t = c.topic
    parts = [f'<article class="elc-course" data-course-id="{c.extras["id"]}">',
             f'<h1 class="elc-course__title">{esc(c.title)}</h1>',
             f'<p class="elc-course__code">Course ID: {c.extras["id"]}</p>',
             f'<div class="elc-credit-box">{_credit_html(rng, c)}</div>',
             '<section class="elc-section" id="overview"><h2>Overview</h2>',
             f"<p>{esc(t.summary)}</p>"]
    if c.rationale == "slogan":
        parts.append(f'<p class="tagline">{esc(w.slogan(rng, t))}</p>')
    parts.append("</section>")
    if c.rationale == "yes":
        heading = rng.choice(("Statement of Need", "Purpose", "Why This Course"))
        parts.append(f'<section class="elc-section" id="need"><h2>{heading}</h2>'
                     f"<p>{esc(w.rationale(rng, t))}</p></section>")
    if c.outcomes != "no":
        items = "" if c.outcomes == "empty" else "".join(
            f"<li>{esc(o)}</li>" for o in w.objectives(rng, t))
        intro = "" if c.outcomes == "empty" else f"<p>{esc(w.outcomes_intro(rng))}</p>"
        parts.append('<section class="elc-section" id="objectives"><h2>Learning Objectives</h2>'
                     f'{intro}<ul class="objectives">{items}</ul></section>')
    if c.format:
        minutes = int((c.credits or 1) * 60)
        parts.append(f'<section class="elc-section" id="format"><h2>Course Format</h2>'
                     f"<p><strong>{esc(c.format.capitalize())}.</strong> {esc(w.methods(rng, c.format))}"
                     f" Estimated time: {minutes} minutes.</p></section>")
    parts.append(_faculty_html(c))
    parts.append("</article>")
    parts.append('<aside class="elc-purchase"><h2>Pricing</h2>' + _price_html(c))
    parts.append(f'<a class="btn btn-primary" href="/cart/add?course={c.extras["id"]}">Add to cart</a>')
    if c.refund == "site":
        parts.append(f'<p class="policy-link"><a href="{REFUND}">Refund &amp; cancellation policy</a></p>')
    parts.append("</aside>")
    parts.append('<section class="related"><h2>You may also like</h2><ul class="related-list">')
    for r in related:
        credit = f"{num(r.credits)} AAMA CEU" if r.credits else "No CEUs"
        parts.append(f'<li><a href="/elearning/courses/{r.slug}/">{esc(r.title)}</a> '
                     f'<span class="muted">{credit}</span></li>')
    parts.append("</ul></section>")
    return "\n".join(parts)


def _faculty_html(c: Course) -> str:
    mode, inst = c.instructor_mode, c.instructor
    if mode == "none" or inst is None:
        return ""
    if mode == "tba":
        return '<section class="elc-section" id="faculty"><h2>Faculty</h2><p>Faculty: To be announced.</p></section>'
    if mode == "name_only":
        first = inst.name.split()[0]
        return f'<section class="elc-section" id="faculty"><h2>Faculty</h2><p>Presented by {esc(first)}</p></section>'
    return (f'<section class="elc-section" id="faculty"><h2>Faculty</h2><div class="faculty-card">'
            f'<p class="faculty-name"><a href="/faculty/{inst.slug}/">{esc(inst.display)}</a></p>'
            f"<p>{esc(w.instructor_bio(inst))}</p></div>"
            '<p class="disclosure">Disclosure: the faculty and planners have no relevant financial '
            "relationships with ineligible companies.</p></section>")


def _card(c: Course) -> str:
    credit = f"{num(c.credits)} AAMA CEUs" if c.credits else "Not for credit"
    price = "See details" if c.price_usd is None else ("Free" if c.is_free else f"From {money(c.member_price_usd if c.member_price_usd is not None else c.price_usd)}")
    return (f'<div class="elc-card"><h3><a href="/elearning/courses/{c.slug}/">{esc(c.title)}</a></h3>'
            f'<p class="elc-card__meta">{credit} &middot; {CAT_LABEL[c.category or "general"]}</p>'
            f'<p class="elc-card__price">{price}</p></div>')


def build(seed: int = 101) -> Site:
    """The whole association site."""
    rng = random.Random(seed)
    site = Site(SLUG, PROVIDER)
    courses = _courses(rng)
    home = [("Home", "/")]
    elc = home + [("e-Learning Center", "/elearning/")]
    for i, c in enumerate(courses):
        related = [courses[(i + k) % len(courses)] for k in (1, 5, 9)]
        crumbs = elc + [(CAT_LABEL[c.category or "general"], f"/elearning/category/{c.category}/")]
        page = _page(c.title, _course_body(rng, c, related), crumbs, c.topic.summary)
        site.add_course(c, f"/elearning/courses/{c.slug}/", page, refund_path=REFUND)
    cards = "\n".join(_card(c) for c in courses)
    site.add("/elearning/", _page("e-Learning Center", '<h1>e-Learning Center</h1><p>Earn AAMA CEUs '
             f"online, any time. Members save on every course.</p><div class=\"elc-grid\">{cards}</div>",
             home), kind="other")
    for cat, label in CAT_LABEL.items():
        chosen = [c for c in courses if c.category == cat]
        grid = "\n".join(_card(c) for c in chosen)
        site.add(f"/elearning/category/{cat}/", _page(f"{label} courses", f"<h1>{label} courses</h1>"
                 f'<p>{len(chosen)} courses</p><div class="elc-grid">{grid}</div>', elc), kind="other")
    featured = "\n".join(_card(c) for c in courses[:4])
    site.add("/", _page("Home", f"<h1>Welcome to the {SHORT} e-Learning Center</h1><p>Online continuing "
             "education for medical assistants, approved for AAMA CEUs.</p><h2>Featured courses</h2>"
             f'<div class="elc-grid">{featured}</div><p><a href="/elearning/">Browse all courses</a></p>',
             []), kind="other")
    _static_pages(site, rng, courses)
    return site


def _static_pages(site: Site, rng: random.Random, courses: list[Course]) -> None:
    home = [("Home", "/")]
    site.add(REFUND, _page("Refund and Cancellation Policy", "<h1>Refund and Cancellation Policy</h1>"
             "<p>You may request a full refund within 30 days of purchase if you have not completed the "
             "post-test. Refunds are not available after a CE certificate has been issued. Email "
             "elearning@namap.example to request a refund; refunds are issued to the original payment "
             "method within 10 business days.</p>", home), kind="other")
    site.add("/help/faq/", _page("e-Learning FAQ", "<h1>Frequently asked questions</h1><h3>How do I get my "
             "certificate?</h3><p>Pass the post-test and your certificate appears in My Transcript.</p>"
             "<h3>Are the courses AAMA approved?</h3><p>Each course page states its AAMA CEU approval "
             "and categories.</p><h3>How long do I have?</h3><p>Courses stay in your account for one "
             "year.</p>", home), kind="other")
    site.add("/terms/", _page("Terms of use", "<h1>Terms of use</h1><p>Course content is licensed for "
             "individual use. Sharing log-ins is not allowed. We may update course content at any time."
             "</p>", home), kind="other")
    site.add("/privacy/", _page("Privacy notice", "<h1>Privacy notice</h1><p>We collect the data needed "
             "to record your CEUs and process payments.</p>", home), kind="other")
    site.add("/about/", _page(f"About {SHORT}", f"<h1>About {SHORT}</h1><p>{esc(PROVIDER)} represents "
             "medical assistants in 38 states and runs the e-Learning Center.</p>", home), kind="other")
    site.add("/contact/", _page("Contact", "<h1>Contact us</h1><p>Phone 312-555-0148, weekdays 8-5 CT.</p>",
             home), kind="other")
    site.add("/membership/", _page("Membership", "<h1>Join NAMAP</h1><p>Members pay $60 a year and get "
             "member pricing on every e-Learning course, with several courses free for members. "
             "Join today!</p>", home), kind="other")
    posts = [("2027-ceu-changes", "What the 2027 CEU changes mean for you",
              "Starting next year some courses count in two categories. For example, our new course "
              f"&ldquo;{esc(courses[0].title)}&rdquo; offers {num(courses[0].credits or 1)} AAMA CEUs."),
             ("recertify-without-stress", "Recertify without stress: a 12-month plan",
              "Plan 5 CEUs a month and you will finish early. Free member courses make it affordable."),
             ("meet-the-faculty", "Meet our faculty", "Our faculty include CMAs, nurses, pharmacists "
              "and physicians.")]
    items = "".join(f'<li><a href="/news/{s}/">{esc(t)}</a></li>' for s, t, _ in posts)
    site.add("/news/", _page("News", f"<h1>News</h1><ul>{items}</ul>", home), kind="other")
    for slug, title, text in posts:
        site.add(f"/news/{slug}/", _page(title, f'<article class="post"><h1>{esc(title)}</h1>'
                 f'<p class="byline">Posted October 2026 by NAMAP staff</p><p>{text}</p></article>',
                 home + [("News", "/news/")]), kind="other")
    seen = {c.instructor.slug: c.instructor for c in courses
            if c.instructor and c.instructor_mode == "credentialed"}
    for slug, inst in sorted(seen.items()):
        taught = "".join(f'<li><a href="/elearning/courses/{c.slug}/">{esc(c.title)}</a></li>'
                         for c in courses if c.instructor is inst and c.instructor_mode == "credentialed")
        site.add(f"/faculty/{slug}/", _page(inst.display, f"<h1>{esc(inst.display)}</h1><p>"
                 f"{esc(w.instructor_bio(inst))}</p><h2>Courses</h2><ul>{taught}</ul>", home),
                 kind="other")
    paths = ["/", "/elearning/"] + [f"/elearning/courses/{c.slug}/" for c in courses]
    site.add("/sitemap.xml", sitemap(paths))
    site.add("/robots.txt", robots(["/members/", "/cart/"], sitemap=True))
