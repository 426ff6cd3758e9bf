"""Site 3: a hosted course store (Thinkific/Teachable style) with price cards and bundles.

Markup: ``sp-`` classes, Product microdata on the price card, a curriculum of
chapters with typed lessons (Video, Quiz, PDF, Text), instalment plans, free courses
with a paid certificate, bundles of several courses (not courses themselves), and a
refund policy that is sometimes inline, sometimes a linked store page, sometimes absent.
"""

from __future__ import annotations

import random
import re

from data.sample_sites._build import wording as w
from data.sample_sites._build.common import Course, Site, esc, modes, num, robots
from data.sample_sites._build.topics import pick_titles
from data.sample_sites._build.weight import weighted

SLUG = "maskills-store"
PROVIDER = "MA Skills Lab"
REFUND = "/pages/refund-policy"
LESSON_TYPES = ("Video", "Video", "Video", "Quiz", "PDF", "Text", "Downloads", "Survey")


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def _courses(rng: random.Random) -> list[Course]:
    picked = pick_titles(rng, 24, offset=2)
    n = len(picked)
    price = modes(rng, n, {"one_time": 0.75, "instalments": 0.1},
                  {1: "instalments", 6: "instalments", 4: "free_cert", 13: "free_cert", 17: "free"})
    credit = modes(rng, n, {"contact": 0.6, "aama": 0.3, "none": 0.1}, {0: "aama"})
    rationale = modes(rng, n, {"yes": 0.6, "slogan": 0.25, "no": 0.15})
    outcomes = modes(rng, n, {"list": 0.75, "no": 0.25}, {10: "empty"})
    inst = modes(rng, n, {"credentialed": 0.75, "name_only": 0.15, "none": 0.1})
    method = modes(rng, n, {"curriculum": 0.8, "soon": 0.2})
    refund = modes(rng, n, {"site": 0.45, "inline": 0.2, "final": 0.15, "no": 0.2},
                   {2: "final", 3: "no"})
    courses = []
    for i, (topic, title) in enumerate(picked):
        c = Course(title=title, slug=_slugify(title), topic=topic, provider=PROVIDER,
                   category=topic.category, credits=None, credit_unit=None)
        if credit[i] != "none":
            c.credits = topic.hours
            c.credit_unit = "aama_ceu" if credit[i] == "aama" else "contact_hour"
            c.aama_status = "approved" if credit[i] == "aama" else "none"
        base = float(rng.choice((39, 49, 59, 69, 79)))
        mode = price[i]
        c.extras["price_mode"] = mode
        if mode == "one_time":
            c.price_usd = base
        elif mode == "instalments":
            c.extras["instalment"] = float(rng.choice((19, 25)))
            c.price_usd = 3 * c.extras["instalment"]
        elif mode == "free_cert":
            c.extras["cert_fee"] = float(rng.choice((12, 15, 19)))
            c.price_usd = c.extras["cert_fee"]
        else:
            c.price_usd, c.is_free = 0.0, True
        c.rationale, c.outcomes, c.instructor_mode = rationale[i], outcomes[i], inst[i]
        c.instructor = w.instructor_for(rng, topic)
        c.methods = method[i] == "curriculum"
        c.format = "self-paced online" if c.methods else None
        c.refund = refund[i]
        courses.append(c)
    return courses


@weighted("hosted")
def _page(title: str, main: str, canonical: str | None = None) -> str:
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
{canon}
<link rel="stylesheet" href="/assets/store-theme.css">
<script src="/assets/store.js" defer></script>
</head>
<body>
<div class="sp-announcement">New: the Clinical Skills bundle saves 30% &mdash; <a href="/bundles/clinical-skills-bundle">see the bundle</a></div>
<header class="sp-header">
  <a class="sp-brand" href="/">MA Skills Lab</a>
  <nav class="sp-nav">
    <a href="/collections">All courses</a>
    <a href="/bundles">Bundles</a>
    <a href="/pages/faq">FAQ</a>
    <a href="/blog">Blog</a>
    <a class="sp-signin" href="/users/sign_in">Sign in</a>
  </nav>
</header>
<main id="main-content" class="sp-main">
{main}
</main>
<footer class="sp-footer">
  <nav><a href="/pages/about">About</a> &middot; <a href="/pages/faq">FAQ</a> &middot; <a href="/pages/terms">Terms</a> &middot; <a href="/pages/privacy">Privacy</a></nav>
  <p>&copy; MA Skills Lab 2026 &middot; Powered by CourseStorePro</p>
</footer>
<div class="sp-cookie-banner" data-cookie-consent>
  This site uses cookies for analytics and checkout. <button data-accept>OK</button> <a href="/pages/privacy">Learn more</a>
</div>
</body>
</html>
"""


def _price_card(c: Course) -> str:
    mode = c.extras["price_mode"]
    if mode == "instalments":
        inst = c.extras["instalment"]
        amount = (f'<p class="sp-price"><span itemprop="priceCurrency" content="USD">$</span>'
                  f'<span>3 payments of ${inst:.0f}</span></p><meta itemprop="price" content="{c.price_usd:.2f}">')
        label = "Payment plan"
    elif mode == "free_cert":
        amount = (f'<p class="sp-price">Free course</p><p class="sp-price-note">Certificate of completion: '
                  f'${c.extras["cert_fee"]:.0f} (required for CE credit)</p>'
                  f'<meta itemprop="price" content="{c.price_usd:.2f}"><meta itemprop="priceCurrency" content="USD">')
        label = "Free to watch"
    elif mode == "free":
        amount = ('<p class="sp-price">FREE</p><meta itemprop="price" content="0">'
                  '<meta itemprop="priceCurrency" content="USD">')
        label = "Free"
    else:
        amount = (f'<p class="sp-price"><span itemprop="priceCurrency" content="USD">$</span>'
                  f'<span itemprop="price" content="{c.price_usd:.2f}">{c.price_usd:.0f}</span></p>')
        label = "One-time payment"
    refund = ""
    if c.refund == "site":
        refund = f'<p class="sp-guarantee"><a href="{REFUND}">Refund policy</a></p>'
    elif c.refund == "inline":
        refund = '<p class="sp-guarantee">30-day money-back guarantee: email us within 30 days for a full refund.</p>'
    elif c.refund == "final":
        refund = '<p class="sp-guarantee">All sales final.</p>'
    return (f'<div class="sp-price-card" itemscope itemtype="https://schema.org/Product">'
            f'<meta itemprop="name" content="{esc(c.title)}"><div itemprop="offers" itemscope '
            f'itemtype="https://schema.org/Offer"><p class="sp-price-label">{label}</p>{amount}</div>'
            f'<a class="sp-button" href="/enroll/{c.slug}">Enroll now</a>{refund}</div>')


def _curriculum(rng: random.Random, c: Course) -> str:
    if not c.methods:
        return '<section class="sp-curriculum"><h2>Curriculum</h2><p>Curriculum coming soon.</p></section>'
    chapters = []
    for number in range(1, rng.randint(3, 4) + 1):
        lessons = []
        for k in range(rng.randint(2, 4)):
            kind = rng.choice(LESSON_TYPES)
            lessons.append(f'<li class="sp-lesson"><span class="sp-lesson-type">{kind}</span> '
                           f'<span class="sp-lesson-title">Lesson {number}.{k + 1}</span> '
                           f'<span class="sp-duration">{rng.randint(4, 18)} min</span></li>')
        chapters.append(f'<div class="sp-chapter"><h3>Chapter {number}</h3><ul>{"".join(lessons)}</ul></div>')
    chapters.append('<div class="sp-chapter"><h3>Final assessment</h3><ul><li class="sp-lesson">'
                    '<span class="sp-lesson-type">Quiz</span> <span class="sp-lesson-title">Post-test '
                    '(80% to pass)</span></li><li class="sp-lesson"><span class="sp-lesson-type">Survey</span> '
                    '<span class="sp-lesson-title">Course evaluation</span></li></ul></div>')
    return ('<section class="sp-curriculum"><h2>Curriculum</h2><p>Self-paced online: watch the video '
            f"lessons on any device, then pass the post-test.</p>{''.join(chapters)}</section>")


def _course_main(rng: random.Random, c: Course, related: list[Course]) -> str:
    credit = ""
    if c.credits is not None:
        hours = f"{num(c.credits)} CE hour{'' if c.credits == 1 else 's'}"
        credit = f'<li class="sp-badge">{hours}</li>'
        if c.credit_unit == "aama_ceu":
            credit = f'<li class="sp-badge">Approved for {num(c.credits)} AAMA CEU{"" if c.credits == 1 else "s"}</li>'
    parts = [f'<section class="sp-hero"><p class="sp-kicker">{esc(c.topic.category.title())}</p>',
             f'<h1 class="sp-title">{esc(c.title)}</h1>',
             f'<p class="sp-subtitle">{esc(c.topic.summary)}</p>',
             f'<ul class="sp-badges">{credit}<li class="sp-badge">Certificate</li></ul></section>',
             '<div class="sp-layout"><div class="sp-content">']
    if c.rationale == "yes":
        heading = rng.choice(("Who this course is for", "Why this course", "The problem this course solves"))
        parts.append(f'<section class="sp-block"><h2>{heading}</h2><p>{esc(w.rationale(rng, c.topic))}</p></section>')
    elif c.rationale == "slogan":
        parts.append(f'<section class="sp-block"><h2>Description</h2><p>{esc(w.slogan(rng, c.topic))}</p></section>')
    if c.outcomes != "no":
        items = "" if c.outcomes == "empty" else "".join(f"<li>{esc(o)}</li>" for o in w.objectives(rng, c.topic))
        heading = rng.choice(("Skills you'll gain", "By the end of this course you'll be able to", "Objectives"))
        heading = "Objectives" if c.outcomes == "empty" else heading
        parts.append(f'<section class="sp-block"><h2>{heading}</h2><ul class="sp-checklist">{items}</ul></section>')
    parts.append(_curriculum(rng, c))
    inst = c.instructor
    if c.instructor_mode == "credentialed" and inst:
        parts.append(f'<section class="sp-instructor"><h2>Your Instructor</h2><h3>{esc(inst.display)}</h3>'
                     f"<p>{esc(w.instructor_bio(inst))}</p></section>")
    elif c.instructor_mode == "name_only":
        parts.append(f'<section class="sp-instructor"><h2>Your Instructor</h2><h3>{esc(rng.choice(w.BARE_NAMES))}'
                     "</h3><p>Loves teaching and coffee.</p></section>")
    parts.append('</div><aside class="sp-sidebar">' + _price_card(c) + "</aside></div>")
    cards = "".join(f'<a class="sp-card" href="/courses/{r.slug}"><span>{esc(r.title)}</span></a>' for r in related)
    parts.append(f'<section class="sp-related"><h2>Students also bought</h2>{cards}</section>')
    return "\n".join(parts)


def _card(c: Course) -> str:
    mode = c.extras["price_mode"]
    price = {"free": "Free", "free_cert": "Free", "instalments": f"3 x ${c.extras.get('instalment', 0):.0f}"}.get(
        mode, f"${c.price_usd:.0f}" if c.price_usd is not None else "")
    return (f'<a class="sp-card" href="/courses/{c.slug}"><img src="/assets/thumbs/{c.slug}.jpg" alt="">'
            f'<span class="sp-card-title">{esc(c.title)}</span><span class="sp-card-price">{price}</span></a>')


BUNDLES = (("clinical-skills-bundle", "Clinical Skills Bundle", "clinical"),
           ("front-office-pro-bundle", "Front Office Pro Bundle", "administrative"),
           ("recertification-starter-pack", "Recertification Starter Pack", "general"))


def build(seed: int = 303) -> Site:
    """The whole course store."""
    rng = random.Random(seed)
    site = Site(SLUG, PROVIDER)
    courses = _courses(rng)
    for i, c in enumerate(courses):
        path = f"/courses/{c.slug}"
        related = [courses[(i + k) % len(courses)] for k in (3, 4, 11)]
        site.add_course(c, path, _page(f"{c.title} | MA Skills Lab", _course_main(rng, c, related), path),
                        refund_path=REFUND)
    grid = "".join(_card(c) for c in courses)
    filters = "".join(f'<a class="sp-filter" href="/collections/{cat}">{cat.title()}</a>'
                      for cat in ("clinical", "administrative", "general"))
    site.add("/collections", _page("All courses | MA Skills Lab", f'<h1>All courses</h1><nav class="sp-filters">'
                                   f'{filters}</nav><div class="sp-grid">{grid}</div>'),
             kind="other")
    for cat in ("clinical", "administrative", "general"):
        grid = "".join(_card(c) for c in courses if c.category == cat)
        site.add(f"/collections/{cat}", _page(f"{cat.title()} courses | MA Skills Lab",
                 f'<h1>{cat.title()} courses</h1><div class="sp-grid">{grid}</div>'), kind="other")
    bundle_cards = []
    for slug, title, cat in BUNDLES:
        members = [c for c in courses if c.category == cat][:4]
        total = sum(c.price_usd or 0 for c in members)
        price = round(total * 0.7)
        hours = sum(c.credits or 0 for c in members)
        items = "".join(f'<li><a href="/courses/{c.slug}">{esc(c.title)}</a></li>' for c in members)
        site.add(f"/bundles/{slug}", _page(f"{title} | MA Skills Lab", f'<section class="sp-hero"><p class="sp-kicker">Bundle</p>'
                 f'<h1 class="sp-title">{esc(title)}</h1><p>{len(members)} courses, {num(hours)} CE hours in total.</p></section>'
                 f'<section class="sp-block"><h2>Courses in this bundle</h2><ul>{items}</ul></section>'
                 f'<aside class="sp-sidebar"><div class="sp-price-card"><p class="sp-price-label">Bundle price</p>'
                 f'<p class="sp-price">${price}</p><p><s>${total:.0f}</s> if bought separately</p>'
                 f'<a class="sp-button" href="/enroll/{slug}">Buy the bundle</a></div></aside>'), kind="other")
        bundle_cards.append(f'<a class="sp-card" href="/bundles/{slug}">{esc(title)} &ndash; ${price}</a>')
    site.add("/bundles", _page("Bundles | MA Skills Lab", f"<h1>Bundles</h1>{''.join(bundle_cards)}"), kind="other")
    site.add("/", _page("MA Skills Lab", "<h1>Skills that count toward recertification</h1>"
                        f'<div class="sp-grid">{"".join(_card(c) for c in courses[:8])}</div>'
                        '<p><a href="/collections">Browse all courses</a></p>'), kind="other")
    site.add(REFUND, _page("Refund policy | MA Skills Lab", "<h1>Refund policy</h1><p>We offer refunds within "
                           "14 days of purchase for courses in which you have completed no more than two lessons. "
                           "Payment-plan purchases are refunded for instalments already paid. Certificates "
                           "are non-refundable.</p>"), kind="other")
    site.add("/pages/faq", _page("FAQ | MA Skills Lab", "<h1>FAQ</h1><h2>Do I get a certificate?</h2><p>Yes, after "
                                 "the post-test.</p><h2>How long do I have access?</h2><p>Lifetime access.</p>"),
             kind="other")
    site.add("/pages/terms", _page("Terms | MA Skills Lab", "<h1>Terms of service</h1><p>Accounts are personal.</p>"),
             kind="other")
    site.add("/pages/privacy", _page("Privacy | MA Skills Lab", "<h1>Privacy</h1><p>We use analytics cookies.</p>"),
             kind="other")
    site.add("/pages/about", _page("About | MA Skills Lab", "<h1>About</h1><p>Short, practical courses by working "
                                   "clinicians.</p>"), kind="other")
    posts = (("how-to-study-for-recertification", "How to study for recertification"),
             ("our-new-clinical-bundle", "Our new clinical bundle"))
    site.add("/blog", _page("Blog | MA Skills Lab", "<h1>Blog</h1>" + "".join(
        f'<article class="sp-post-card"><h2><a href="/blog/{s}">{esc(t)}</a></h2></article>' for s, t in posts)),
        kind="other")
    for slug, title in posts:
        site.add(f"/blog/{slug}", _page(f"{title} | MA Skills Lab", f'<article class="sp-post"><h1>{esc(title)}</h1>'
                 "<p>Posted by the MA Skills Lab team. Bundles save up to 30% and include up to 6 CE hours.</p>"
                 "</article>"), kind="other")
    site.add("/robots.txt", robots(["/enroll/", "/users/", "/checkout/"], sitemap=False))
    return site
