"""Site 2: a WordPress LMS (Tutor-style theme) with schema.org Course JSON-LD and Offer.

Markup: WordPress body classes, a Yoast-style ``@graph`` on every page plus a Course
JSON-LD on most course pages (older posts have none), ``tutor-`` classes, "What Will I Learn?" lists, sale prices
as ``<del>``/``<ins>``, WordPress pagination (``/courses/page/2/``), a sitemap with a
stale entry, and the refund policy inside the site-wide terms page linked in the footer.
"""

from __future__ import annotations

import random
import re

from data.sample_sites._build import wording as w
from data.sample_sites._build.common import (
    Course,
    Site,
    esc,
    jsonld,
    modes,
    num,
    robots,
    sitemap,
)
from data.sample_sites._build.topics import pick_titles
from data.sample_sites._build.weight import weighted

SLUG = "carepath-academy"
PROVIDER = "CarePath CE Academy"
TERMS = "/terms-and-conditions/"
CATS = {"clinical": ("clinical-skills", "Clinical Skills"),
        "administrative": ("front-office", "Front Office & Billing"),
        "general": ("professional-development", "Professional Development")}
STALE = "/courses/medical-spanish-for-the-front-desk/"
PER_PAGE = 10


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:70]


def _courses(rng: random.Random) -> list[Course]:
    picked = pick_titles(rng, 26, offset=1)
    n = len(picked)
    credit = modes(rng, n, {"aama": 0.45, "contact": 0.45, "none": 0.1},
                   {0: "aama", 1: "contact", 8: "not_submitted", 14: "not_submitted"})
    price = modes(rng, n, {"regular": 0.7, "sale": 0.2}, {3: "sale", 9: "limited_free",
                  12: "free", 20: "quote"})
    rationale = modes(rng, n, {"yes": 0.65, "slogan": 0.2, "no": 0.15})
    outcomes = modes(rng, n, {"list": 0.8, "no": 0.2}, {5: "empty"})
    inst = modes(rng, n, {"credentialed": 0.7, "name_only": 0.15, "team": 0.15}, {2: "tba"})
    method = modes(rng, n, {"yes": 0.8, "no": 0.2})
    courses = []
    for i, (topic, title) in enumerate(picked):
        c = Course(title=title, slug=_slugify(title), topic=topic, provider=PROVIDER,
                   category=topic.category, credits=None, credit_unit=None, refund="site")
        kind = credit[i]
        if kind != "none":
            c.credits = topic.hours
            c.credit_unit = "aama_ceu" if kind == "aama" else "contact_hour"
            c.aama_status = {"aama": "approved", "not_submitted": "not_submitted"}.get(kind, "none")
        regular = float(rng.choice((29, 39, 49, 59))) + (20.0 if topic.hours >= 2 else 0.0)
        c.extras["price_mode"] = price[i]
        c.extras["regular"] = regular
        if price[i] == "regular":
            c.price_usd = regular
        elif price[i] == "sale":
            c.price_usd = regular - 20
        elif price[i] in ("limited_free", "free"):
            c.price_usd, c.is_free = 0.0, True
        c.rationale, c.outcomes, c.instructor_mode = rationale[i], outcomes[i], inst[i]
        c.instructor = w.instructor_for(rng, topic)
        c.methods = method[i] == "yes"
        c.format = "self-paced online" if c.methods else None
        c.extras["post_id"] = 4100 + i * 13
        c.extras["jsonld"] = i % 6 != 5  # older posts predate the schema plugin: HTML only
        courses.append(c)
    return courses


def _graph(title: str, path: str) -> str:
    return jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": f"{path}#webpage", "url": path, "name": f"{title} - {PROVIDER}"},
        {"@type": "Organization", "@id": "/#organization", "name": PROVIDER,
         "logo": "/wp-content/uploads/2024/02/carepath-logo.png"},
        {"@type": "WebSite", "@id": "/#website", "url": "/", "name": PROVIDER,
         "potentialAction": {"@type": "SearchAction", "target": "/?s={search_term_string}",
                             "query-input": "required name=search_term_string"}}]})


@weighted("wordpress")
def _page(title: str, path: str, content: str, body_class: str, extra_head: str = "") -> str:
    cats = "".join(f'<li class="menu-item"><a href="/course-category/{s}/">{esc(label)}</a></li>'
                   for s, label in CATS.values())
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {PROVIDER}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)}">
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="tutor-css" href="/wp-content/plugins/tutor/assets/css/tutor.min.css?ver=2.7.1" media="all">
{_graph(title, path)}
{extra_head}
</head>
<body class="{body_class} wp-theme-astra">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header ast-primary-header">
 <div class="site-branding"><p class="site-title"><a href="/" rel="home">{PROVIDER}</a></p>
 <p class="site-description">Online CE for busy medical assistants</p></div>
 <nav id="site-navigation" class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">
  <li class="menu-item"><a href="/courses/">All Courses</a><ul class="sub-menu">{cats}</ul></li>
  <li class="menu-item"><a href="/blog/">Blog</a></li>
  <li class="menu-item"><a href="/about-us/">About</a></li>
  <li class="menu-item"><a href="/dashboard/">My Dashboard</a></li>
 </ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
{content}
</div></div>
<footer id="colophon" class="site-footer">
 <div class="footer-widget-area"><section class="widget widget_nav_menu"><h2 class="widget-title">Company</h2>
 <ul><li><a href="/about-us/">About us</a></li><li><a href="{TERMS}">Terms &amp; Conditions</a></li>
 <li><a href="/privacy-policy/">Privacy Policy</a></li><li><a href="/contact/">Contact</a></li></ul></section>
 <section class="widget widget_text"><h2 class="widget-title">Newsletter</h2><p>Get a free CE tip every week.</p>
 <form action="/newsletter/" method="post"><input type="email" name="email"><button>Subscribe</button></form></section></div>
 <div class="ast-small-footer">Copyright &copy; 2026 {PROVIDER} | Powered by WordPress</div>
</footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">
<p>To provide the best experiences, we use technologies like cookies to store and/or access device information.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<a href="/privacy-policy/">View preferences</a></div></div></div>
</div>
</body>
</html>
"""


def _course_jsonld(c: Course, path: str) -> str:
    data = {"@context": "https://schema.org", "@type": "Course", "name": c.title,
            "description": c.topic.summary, "url": path,
            "provider": {"@type": "Organization", "name": PROVIDER, "sameAs": "/"}}
    if c.price_usd is not None:
        data["offers"] = {"@type": "Offer", "price": f"{c.price_usd:.2f}", "priceCurrency": "USD",
                          "category": "Free" if c.is_free else "Paid", "availability":
                          "https://schema.org/InStock", "url": path}
    if c.format:
        data["hasCourseInstance"] = {"@type": "CourseInstance", "courseMode": "online",
                                     "courseWorkload": f"PT{int((c.credits or 1) * 60)}M"}
    if c.instructor_mode == "credentialed" and c.instructor:
        data["instructor"] = {"@type": "Person", "name": c.instructor.name,
                              "jobTitle": c.instructor.role}
    if c.credits:
        unit = "AAMA CEU" if c.credit_unit == "aama_ceu" else "contact hour"
        data["educationalCredentialAwarded"] = f"{num(c.credits)} {unit}{'' if c.credits == 1 else 's'}"
    return jsonld(data)


def _credit_line(rng: random.Random, c: Course) -> str:
    if c.credits is None:
        return "Certificate of completion"
    if c.credit_unit == "aama_ceu":
        return f"{num(c.credits)} AAMA CEU{'' if c.credits == 1 else 's'}"
    return f"{num(c.credits)} Contact Hour{'' if c.credits == 1 else 's'}"


def _approval(rng: random.Random, c: Course) -> str:
    if c.aama_status == "approved":
        return rng.choice((
            f"This program has been granted prior approval by the American Association of Medical Assistants (AAMA) for {num(c.credits)} AAMA CEUs.",
            f"AAMA approved: {num(c.credits)} AAMA CEU{'' if c.credits == 1 else 's'} (course #{rng.randint(80000, 89999)}).",
        ))
    if c.aama_status == "not_submitted":
        return ("This course has not been submitted for AAMA approval. Contact hours may be accepted "
                "by other certifying bodies; check with your certifying organization.")
    return ""


def _price_html(c: Course) -> str:
    mode = c.extras["price_mode"]
    regular = c.extras["regular"]
    if mode == "sale":
        return (f'<div class="tutor-course-price"><del><span class="amount">${regular:.2f}</span></del> '
                f'<ins><span class="amount">${c.price_usd:.2f}</span></ins> <span class="onsale">Sale!</span></div>')
    if mode == "limited_free":
        return (f'<div class="tutor-course-price"><span class="free">Free</span> <small>for a limited time '
                f"&mdash; regularly ${regular:.0f}</small></div>")
    if mode == "free":
        return '<div class="tutor-course-price"><span class="free">Free</span></div>'
    if mode == "quote":
        return '<div class="tutor-course-price"><a href="/contact/">Contact us for group pricing</a></div>'
    return f'<div class="tutor-course-price"><span class="amount">${c.price_usd:.2f}</span></div>'


def _instructor_html(rng: random.Random, c: Course) -> str:
    mode, inst = c.instructor_mode, c.instructor
    if mode == "tba" or inst is None:
        return '<div class="tutor-instructor"><h3>Instructor</h3><p>Instructor: TBA</p></div>'
    if mode == "team":
        return ('<div class="tutor-instructor"><h3>Instructor</h3><p>Created by the CarePath expert '
                "team.</p></div>")
    if mode == "name_only":
        return (f'<div class="tutor-instructor"><h3>Instructor</h3><p class="name">'
                f"{esc(rng.choice(w.BARE_NAMES))}</p></div>")
    return (f'<div class="tutor-instructor"><h3>About the Instructor</h3><a href="/instructor/{inst.slug}/">'
            f'<img src="/wp-content/uploads/avatars/{inst.slug}.jpg" alt=""></a><p class="name">'
            f'<a href="/instructor/{inst.slug}/">{esc(inst.display)}</a></p><p class="designation">'
            f"{esc(inst.role)}</p><p>{esc(w.instructor_bio(inst))}</p></div>")


def _course_content(rng: random.Random, c: Course, related: list[Course]) -> str:
    cat_slug, cat_label = CATS[c.category or "general"]
    parts = [f'<nav class="ast-breadcrumbs"><a href="/">Home</a> &raquo; <a href="/courses/">Courses</a> '
             f'&raquo; <a href="/course-category/{cat_slug}/">{esc(cat_label)}</a> &raquo; '
             f"<span>{esc(c.title)}</span></nav>",
             f'<div class="tutor-course-details-page tutor-container" id="post-{c.extras["post_id"]}">',
             f'<header class="tutor-course-details-header"><h1 class="tutor-course-details-title">{esc(c.title)}</h1>',
             f'<div class="tutor-course-details-ratings">&#9733;&#9733;&#9733;&#9733;&#9734; '
             f"({rng.randint(3, 140)} ratings)</div></header>",
             '<div class="tutor-row"><div class="tutor-col-xl-8">',
             f'<div class="tutor-course-details-content"><h2>About Course</h2><p>{esc(c.topic.summary)}</p>']
    if c.rationale == "slogan":
        parts.append(f"<p><strong>{esc(w.slogan(rng, c.topic))}</strong></p>")
    parts.append("</div>")
    if c.rationale == "yes":
        parts.append(f'<div class="tutor-course-details-widget"><h3>{rng.choice(("Why take this course?", "Who is this course for?", "The need"))}</h3>'
                     f"<p>{esc(w.rationale(rng, c.topic))}</p></div>")
    if c.outcomes != "no":
        items = "" if c.outcomes == "empty" else "".join(
            f'<li><span class="tutor-icon-mark"></span><span>{esc(o)}</span></li>'
            for o in w.objectives(rng, c.topic))
        parts.append('<div class="tutor-course-details-widget tutor-course-benefits">'
                     f'<h3>What Will I Learn?</h3><ul class="tutor-course-benefits-items">{items}</ul></div>')
    if c.format:
        parts.append('<div class="tutor-course-details-widget"><h3>How the course works</h3>'
                     f"<p>{esc(w.methods(rng, c.format))}</p></div>")
    approval = _approval(rng, c)
    if approval:
        parts.append(f'<div class="tutor-course-details-widget ce-approval"><h3>Continuing Education</h3><p>{esc(approval)}</p></div>')
    parts.append(_instructor_html(rng, c))
    parts.append('</div><div class="tutor-col-xl-4"><div class="tutor-sidebar-card">')
    parts.append(_price_html(c))
    parts.append('<a class="tutor-btn tutor-btn-primary" href="/checkout/?add-to-cart='
                 f'{c.extras["post_id"]}">Enroll Now</a>')
    parts.append('<ul class="tutor-course-sidebar-meta">'
                 f"<li><span>CE credit</span> <strong>{_credit_line(rng, c)}</strong></li>"
                 f"<li><span>Level</span> <strong>{rng.choice(('Beginner', 'Intermediate', 'All Levels'))}</strong></li>"
                 f"<li><span>Last updated</span> <strong>{rng.choice(('August', 'September', 'October'))} {rng.randint(1, 28)}, 2026</strong></li></ul>")
    parts.append("</div></div></div></div>")
    parts.append('<section class="related-courses"><h2>Related Courses</h2><div class="tutor-grid">')
    for r in related:
        parts.append(f'<div class="tutor-card"><h3><a href="/courses/{r.slug}/">{esc(r.title)}</a></h3>'
                     f"<p>{_credit_line(rng, r)}</p></div>")
    parts.append("</div></section>")
    return "\n".join(parts)


def _card(c: Course) -> str:
    price = "Free" if c.is_free else ("Group pricing" if c.price_usd is None else f"${c.price_usd:.2f}")
    return (f'<div class="tutor-card tutor-course-card"><div class="tutor-card-body"><h3 class="tutor-course-name">'
            f'<a href="/courses/{c.slug}/">{esc(c.title)}</a></h3><div class="tutor-meta">{price}</div></div></div>')


def build(seed: int = 202) -> Site:
    """The whole WordPress LMS site."""
    rng = random.Random(seed)
    site = Site(SLUG, PROVIDER)
    courses = _courses(rng)
    for i, c in enumerate(courses):
        path = f"/courses/{c.slug}/"
        related = [courses[(i + k) % len(courses)] for k in (2, 7)]
        body_class = f"courses-template-default single single-courses postid-{c.extras['post_id']}"
        head = _course_jsonld(c, path) if c.extras["jsonld"] else ""
        page = _page(c.title, path, _course_content(rng, c, related), body_class,
                     head + f'\n<link rel="canonical" href="{path}">')
        site.add_course(c, path, page, refund_path=TERMS)
    pages = [courses[i:i + PER_PAGE] for i in range(0, len(courses), PER_PAGE)]
    for number, chunk in enumerate(pages, start=1):
        path = "/courses/" if number == 1 else f"/courses/page/{number}/"
        links = " ".join(f'<a class="page-numbers" href="{"/courses/" if k == 1 else f"/courses/page/{k}/"}">{k}</a>'
                         for k in range(1, len(pages) + 1))
        grid = "\n".join(_card(c) for c in chunk)
        site.add(path, _page("Courses" if number == 1 else f"Courses &#8211; Page {number}", path,
                             f'<h1 class="page-title">All Courses</h1><div class="tutor-course-list">{grid}</div>'
                             f'<nav class="navigation pagination">{links}</nav>', "archive post-type-archive-courses"),
                 kind="other")
    for cat, (cat_slug, label) in CATS.items():
        grid = "\n".join(_card(c) for c in courses if c.category == cat)
        site.add(f"/course-category/{cat_slug}/", _page(label, f"/course-category/{cat_slug}/",
                 f'<h1 class="page-title">Course Category: {esc(label)}</h1>{grid}', "archive tax-course-category"),
                 kind="other")
    _static(site, rng, courses)
    return site


def _static(site: Site, rng: random.Random, courses: list[Course]) -> None:
    def add(path: str, title: str, html_body: str, cls: str = "page-template-default page") -> None:
        site.add(path, _page(title, path, f'<article class="page"><h1 class="entry-title">{esc(title)}</h1>'
                             f'<div class="entry-content">{html_body}</div></article>', cls), kind="other")

    featured = "\n".join(_card(c) for c in courses[:6])
    add("/", "Online CE for Medical Assistants", "<p>Earn contact hours and AAMA CEUs from home.</p>"
        f'<h2>Popular courses</h2><div class="tutor-grid">{featured}</div>', "home page")
    add(TERMS, "Terms & Conditions", "<h2>1. Accounts</h2><p>One learner per account.</p><h2>2. Payments"
        "</h2><p>Prices are in US dollars.</p><h2>3. Refunds</h2><p>If you are not satisfied, request a refund "
        "within 14 days of enrollment, provided you have completed less than 30% of the course. Certificates "
        "already issued cannot be refunded.</p><h2>4. Changes</h2><p>We may update these terms.</p>")
    add("/privacy-policy/", "Privacy Policy", "<p>We use cookies and collect your name and email to issue "
        "certificates.</p>")
    add("/about-us/", "About us", "<p>CarePath CE Academy was founded by two CMAs in 2019.</p>")
    add("/contact/", "Contact", "<p>Email hello@carepath.example or call 555-0100.</p>")
    posts = [("5-tips-for-recertification", "5 Tips to Recertify on Time",
              "Track your contact hours monthly; most of our courses award 1 to 2 contact hours."),
             ("order-of-draw-cheat-sheet", "Free Order of Draw Cheat Sheet",
              "Download our free printable order-of-draw cheat sheet (no CE credit)."),
             ("what-counts-as-aama-ceu", "What Counts as an AAMA CEU?",
              "Only programmes approved by the AAMA award AAMA CEUs; others may count as non-AAMA points.")]
    items = "".join(f'<li><a href="/blog/{s}/">{esc(t)}</a></li>' for s, t, _ in posts)
    add("/blog/", "Blog", f"<ul>{items}</ul>", "blog")
    for slug, title, text in posts:
        article = jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": title,
                          "datePublished": "2026-09-14", "author": {"@type": "Person", "name": "CarePath Team"}})
        path = f"/blog/{slug}/"
        site.add(path, _page(title, path, f'<article class="post"><h1 class="entry-title">{esc(title)}</h1>'
                             f'<div class="entry-meta">September 14, 2026</div><div class="entry-content"><p>{esc(text)}</p>'
                             "</div></article>", "single single-post", article), kind="other")
    seen = sorted({c.instructor.slug: c.instructor for c in courses
                   if c.instructor and c.instructor_mode == "credentialed"}.items())
    for slug, inst in seen:
        taught = "".join(f'<li><a href="/courses/{c.slug}/">{esc(c.title)}</a></li>' for c in courses
                         if c.instructor is inst and c.instructor_mode == "credentialed")
        add(f"/instructor/{slug}/", inst.display, f"<p>{esc(w.instructor_bio(inst))}</p><h2>Courses</h2>"
            f"<ul>{taught}</ul>", "tutor-instructor-profile")
    listed = ["/", "/courses/"] + [f"/courses/{c.slug}/" for c in courses] + [STALE]
    listed += [f"/blog/{s}/" for s, _, _ in posts]
    site.add("/sitemap.xml", sitemap(listed))
    site.stale_sitemap.append(STALE)
    site.add("/robots.txt", robots(["/wp-admin/", "/checkout/", "/dashboard/"], sitemap=True,
                                   extra="Allow: /wp-admin/admin-ajax.php"))
