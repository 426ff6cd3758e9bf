"""Site 7: a marketplace listing several sellers' courses (cards, badges, pagination, aliases).

Markup: a Next.js-style app shell with ``__NEXT_DATA__`` embedded JSON, hashed
``css-`` class names plus ``data-testid`` attributes, course cards with badges,
``/courses/?page=2`` pagination, every course reachable at ``/course/<slug>/``, at a
short link ``/c/<id>/`` and with tracking parameters, all carrying a
``<link rel=canonical>`` to the one true path. The seller, not the marketplace, is the course provider.
"""

from __future__ import annotations

import json
import random
import re

from data.sample_sites._build import wording as w
from data.sample_sites._build.common import Course, Site, esc, modes, num, robots, sitemap
from data.sample_sites._build.topics import pick_titles
from data.sample_sites._build.weight import weighted

SLUG = "ceumarket"
PROVIDER = "CEU Market"
REFUND = "/help/refunds/"
PER_PAGE = 10
SELLERS = (("bright-path-ce", "Bright Path CE", "aama_ceu"),
           ("clinicready-training", "ClinicReady Training", "contact_hour"),
           ("phlebotomy-pros", "Phlebotomy Pros", "contact_hour"),
           ("coding-compass", "Coding Compass", "aama_ceu"),
           ("allied-health-academy", "Allied Health Academy", "iacet_ceu"))
TRACKING = ("?utm_source=newsletter&utm_medium=email&utm_campaign=winter",
            "?utm_source=homepage&utm_content=featured", "?ref=partner42", "?utm_source=x")


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def _courses(rng: random.Random) -> list[Course]:
    picked = pick_titles(rng, 28, offset=2)
    n = len(picked)
    price = modes(rng, n, {"regular": 0.65, "sale": 0.2, "free": 0.1},
                  {0: "regular", 1: "sale", 5: "plus_free", 15: "plus_free", 9: "free"})
    badge = modes(rng, n, {"match": 1.0}, {3: "badge_only", 11: "badge_only"})
    rationale = modes(rng, n, {"yes": 0.55, "slogan": 0.25, "no": 0.2})
    outcomes = modes(rng, n, {"list": 0.75, "no": 0.2}, {7: "empty"})
    inst = modes(rng, n, {"credentialed": 0.65, "name_only": 0.15, "team": 0.1, "none": 0.1}, {6: "tba"})
    method = modes(rng, n, {"yes": 0.75, "no": 0.25})
    refund = modes(rng, n, {"site": 0.6, "final": 0.15, "no": 0.25}, {4: "final"})
    courses = []
    for i, (topic, title) in enumerate(picked):
        seller_slug, seller, unit = SELLERS[i % len(SELLERS)]
        c = Course(title=title, slug=_slugify(title), topic=topic, provider=seller,
                   category=topic.category, credits=None, credit_unit=unit)
        c.credits = round(topic.hours / 10, 2) if unit == "iacet_ceu" else topic.hours
        c.aama_status = "approved" if unit == "aama_ceu" else "none"
        if badge[i] == "badge_only":
            c.aama_status = "badge_only"
            c.credit_unit = "contact_hour"
            c.credits = topic.hours
        list_price = float(rng.choice((24.99, 29.99, 34.99, 39.99, 49.99)))
        c.extras.update(seller_slug=seller_slug, list_price=list_price, price_mode=price[i],
                        id=f"{73100 + i * 17}")
        if price[i] == "regular":
            c.price_usd = list_price
        elif price[i] == "sale":
            c.price_usd = round(list_price / 2, 2)
        elif price[i] == "plus_free":
            c.price_usd, c.member_price_usd = list_price, 0.0
        else:
            c.price_usd, c.is_free = 0.0, True
        c.rationale, c.outcomes, c.instructor_mode = rationale[i], outcomes[i], inst[i]
        c.instructor = w.instructor_for(rng, topic)
        c.methods = method[i] == "yes"
        c.format = rng.choice(("self-paced online", "self-paced online", "recorded webinar")) if c.methods else None
        c.refund = refund[i]
        courses.append(c)
    return courses


def _next_data(page: str, props: dict) -> str:
    blob = json.dumps({"props": {"pageProps": props}, "page": page, "query": {}, "buildId": "k2v9x8Qw",
                       "isFallback": False, "gssp": True}, ensure_ascii=False).replace("</", "<\\/")
    return f'<script id="__NEXT_DATA__" type="application/json">{blob}</script>'


@weighted("nextjs")
def _page(title: str, main: str, next_data: str, canonical: str | None = None) -> str:
    canon = f'<link rel="canonical" href="{canonical}"/>' if canonical else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)} | CEU Market</title>{canon}
<meta property="og:site_name" content="CEU Market"/><link rel="preload" href="/_next/static/css/4f1c2a.css" as="style"/>
</head><body><div id="__next"><div class="css-1x2a9 app-shell">
<header class="css-7hq1p" data-testid="header"><a href="/" class="css-logo" aria-label="CEU Market home">CEU<b>Market</b></a>
<form action="/search" class="css-search"><input name="q" placeholder="Search 2,000+ CE courses"/></form>
<nav class="css-9kd2" data-testid="nav"><a href="/courses/">Browse</a><a href="/categories/clinical/">Clinical</a><a href="/categories/administrative/">Administrative</a><a href="/categories/general/">General</a><a href="/plus/">CEU Market Plus</a><a href="/blog/">Blog</a><a href="/account/login">Log in</a></nav></header>
<main class="css-main">
{main}
</main>
<footer class="css-foot" data-testid="footer"><div><a href="/about/">About CEU Market</a> <a href="/sell/">Sell your courses</a> <a href="/help/faq/">Help centre</a> <a href="/terms/">Terms</a> <a href="/privacy/">Privacy</a></div>
<p>CEU Market is a marketplace. Courses are created and sold by independent providers, who are responsible for their content and CE approvals.</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We and our partners use cookies to personalise content and ads.</p>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
</div></div>
{next_data}
<script src="/_next/static/chunks/main-a81f.js" defer></script></body></html>
"""


def _badges(c: Course, rng: random.Random) -> list[str]:
    out = []
    if c.aama_status in ("approved", "badge_only"):
        out.append("AAMA approved")
    if c.is_free:
        out.append("Free")
    if c.extras["price_mode"] == "sale":
        out.append("50% off")
    if rng.random() < 0.25:
        out.append(rng.choice(("Bestseller", "New", "Highest rated")))
    return out


def _credit_text(c: Course) -> str:
    if c.credit_unit == "iacet_ceu":
        return f"{num(c.credits)} CEU (IACET) &middot; {num(round((c.credits or 0) * 10, 2))} contact hour(s)"
    if c.credit_unit == "aama_ceu":
        return f"{num(c.credits)} AAMA CEU{'' if c.credits == 1 else 's'}"
    return f"{num(c.credits)} contact hour{'' if c.credits == 1 else 's'}"


def _price_box(c: Course) -> str:
    mode, lp = c.extras["price_mode"], c.extras["list_price"]
    if mode == "sale":
        price = (f'<span class="css-price" data-testid="price">${c.price_usd:.2f}</span> '
                 f'<s class="css-list-price">${lp:.2f}</s> <span class="css-off">50% off</span>')
    elif mode == "plus_free":
        price = (f'<span class="css-price" data-testid="price">${lp:.2f}</span><p class="css-plus">Free with '
                 '<a href="/plus/">CEU Market Plus</a> membership ($9.99/month)</p>')
    elif mode == "free":
        price = '<span class="css-price" data-testid="price">Free</span>'
    else:
        price = f'<span class="css-price" data-testid="price">${c.price_usd:.2f}</span>'
    refund = {"site": f'<p class="css-guarantee"><a href="{REFUND}">30-day money-back guarantee</a></p>',
              "final": '<p class="css-guarantee">This seller does not offer refunds. All sales final.</p>',
              "no": ""}[c.refund]
    return (f'<aside class="css-buybox" data-testid="buy-box">{price}<a class="css-btn" href="/cart?add={c.extras["id"]}">'
            f"Add to cart</a>{refund}</aside>")


def _course_main(rng: random.Random, c: Course, related: list[Course]) -> str:
    seller = c.extras["seller_slug"]
    cat = c.category or "general"
    parts = [f'<nav class="css-crumbs" aria-label="breadcrumb"><a href="/">Home</a> › <a href="/categories/{cat}/">'
             f'{cat.title()}</a> › <span>{esc(c.title)}</span></nav>',
             '<div class="css-course-grid"><section class="css-course">',
             "".join(f'<span class="css-badge">{b}</span>' for b in _badges(c, rng)),
             f'<h1 data-testid="course-title">{esc(c.title)}</h1>',
             f'<p class="css-seller">Sold by <a href="/sellers/{seller}/">{esc(c.provider)}</a></p>',
             f'<p class="css-rating">4.{rng.randint(1, 9)} ★ ({rng.randint(12, 900)} reviews)</p>',
             f'<ul class="css-facts"><li data-testid="credits">{_credit_text(c)}</li>']
    if c.format:
        parts.append(f"<li>{esc(c.format.capitalize())}</li>")
    parts.append("</ul>")
    if c.aama_status == "approved":
        parts.append(f'<p class="css-approval">Approved by the American Association of Medical Assistants for '
                     f"{num(c.credits)} AAMA CEU{'' if c.credits == 1 else 's'}.</p>")
    elif c.aama_status == "badge_only":
        parts.append('<p class="css-approval">Note from the seller: our AAMA approval for this course expired '
                     "in 2025 and has not been renewed. It now awards contact hours only.</p>")
    parts.append(f'<h2>Overview</h2><p>{esc(c.topic.summary)}</p>')
    if c.rationale == "yes":
        parts.append(f'<h2>{rng.choice(("Why this course", "Statement of need", "Who it is for"))}</h2>'
                     f"<p>{esc(w.rationale(rng, c.topic))}</p>")
    elif c.rationale == "slogan":
        parts.append(f"<p class=\"css-hype\">{esc(w.slogan(rng, c.topic))}</p>")
    if c.outcomes != "no":
        items = "" if c.outcomes == "empty" else "".join(f"<li>{esc(o)}</li>" for o in w.objectives(rng, c.topic))
        parts.append(f'<h2>{"Objectives" if c.outcomes == "empty" else "Learning outcomes"}</h2><ul>{items}</ul>')
    if c.format:
        parts.append(f"<h2>How you'll learn</h2><p>{esc(w.methods(rng, c.format))}</p>")
    inst = c.instructor
    if c.instructor_mode == "credentialed" and inst:
        parts.append(f'<h2>Instructor</h2><div class="css-instructor"><strong>{esc(inst.display)}</strong>'
                     f"<p>{esc(w.instructor_bio(inst))}</p></div>")
    elif c.instructor_mode == "tba":
        parts.append('<h2>Instructor</h2><p>Instructor: TBA</p>')
    elif c.instructor_mode == "name_only":
        parts.append(f"<h2>Instructor</h2><p>{esc(rng.choice(w.BARE_NAMES))}</p>")
    elif c.instructor_mode == "team":
        parts.append(f"<h2>Instructor</h2><p>The {esc(c.provider)} expert team</p>")
    parts.append("</section>" + _price_box(c) + "</div>")
    parts.append('<section class="css-reviews"><h2>Reviews</h2><blockquote>"Clear and practical. Got my '
                 'certificate the same day." — Verified learner</blockquote></section>')
    cards = "".join(_card(r, rng, link=f"/course/{r.slug}/?ref=also_viewed") for r in related)
    parts.append(f'<section class="css-related"><h2>Students also viewed</h2><div class="css-cards">{cards}</div></section>')
    return "\n".join(parts)


def _card(c: Course, rng: random.Random, link: str | None = None) -> str:
    href = link or f"/course/{c.slug}/"
    price = "Free" if c.is_free else f"${c.price_usd:.2f}"
    badges = "".join(f'<span class="css-badge">{b}</span>' for b in _badges(c, rng))
    return (f'<article class="css-card" data-testid="course-card">{badges}<a href="{href}"><h3>{esc(c.title)}</h3></a>'
            f'<p class="css-card-seller">{esc(c.provider)}</p><p>{_credit_text(c)}</p><p class="css-card-price">{price}</p></article>')


def _props(c: Course) -> dict:
    return {"id": c.extras["id"], "title": c.title, "seller": {"name": c.provider, "slug": c.extras["seller_slug"]},
            "price": c.price_usd, "listPrice": c.extras["list_price"], "currency": "USD",
            "credits": {"amount": c.credits, "label": _credit_text(c).replace("&middot;", "·")},
            "category": c.category, "canonicalPath": f"/course/{c.slug}/"}


def build(seed: int = 707) -> Site:
    """The whole marketplace."""
    rng = random.Random(seed)
    site = Site(SLUG, PROVIDER)
    courses = _courses(rng)
    for i, c in enumerate(courses):
        path = f"/course/{c.slug}/"
        aliases = (f"/c/{c.extras['id']}/", path + TRACKING[i % len(TRACKING)])
        related = [courses[(i + k) % len(courses)] for k in (1, 2, 3)]
        page = _page(c.title, _course_main(rng, c, related), _next_data("/course/[slug]", {"course": _props(c)}), path)
        site.add_course(c, path, page, aliases=aliases, refund_path=REFUND)
    chunks = [courses[i:i + PER_PAGE] for i in range(0, len(courses), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        links = [f"/c/{c.extras['id']}/" if k % 3 == 1 else None for k, c in enumerate(chunk)]
        cards = "".join(_card(c, rng, link) for c, link in zip(chunk, links, strict=True))
        pager = "".join(f'<a href="/courses/{"" if k == 1 else f"?page={k}"}" class="css-page">{k}</a>'
                        for k in range(1, len(chunks) + 1))
        nxt = f'<a rel="next" href="/courses/?page={number + 1}">Next ›</a>' if number < len(chunks) else ""
        path = "/courses/" if number == 1 else f"/courses/?page={number}"
        site.add(path, _page("Browse CE courses", f"<h1>All CE courses</h1><p>{len(courses)} results</p>"
                             f'<div class="css-cards">{cards}</div><nav class="css-pager">{pager}{nxt}</nav>',
                             _next_data("/courses", {"page": number, "ids": [c.extras["id"] for c in chunk]}),
                             path), kind="other")
    for cat in ("clinical", "administrative", "general"):
        cards = "".join(_card(c, rng) for c in courses if c.category == cat)
        site.add(f"/categories/{cat}/", _page(f"{cat.title()} CE courses", f"<h1>{cat.title()} courses</h1>"
                 f'<div class="css-cards">{cards}</div>', _next_data("/categories/[cat]", {"cat": cat})), kind="other")
    for seller_slug, seller, _ in SELLERS:
        cards = "".join(_card(c, rng) for c in courses if c.extras["seller_slug"] == seller_slug)
        site.add(f"/sellers/{seller_slug}/", _page(seller, f"<h1>{esc(seller)}</h1><p>Seller on CEU Market since "
                 f'2023.</p><div class="css-cards">{cards}</div>', _next_data("/sellers/[slug]", {"seller": seller})),
                 kind="other")
    featured = "".join(_card(c, rng, f"/course/{c.slug}/{TRACKING[1]}") for c in courses[:6])
    site.add("/", _page("CE courses for medical assistants", "<h1>Find CE courses from trusted providers</h1>"
             f'<h2>Featured</h2><div class="css-cards">{featured}</div><a href="/courses/">Browse all</a>',
             _next_data("/", {})), kind="other")
    _static(site)
    listed = ["/", "/courses/"] + [f"/course/{c.slug}/" for c in courses] + [f"/sellers/{s}/" for s, _, _ in SELLERS]
    site.add("/sitemap.xml", sitemap(listed))
    site.add("/robots.txt", robots(["/cart", "/account/", "/search", "/*?sort="], sitemap=True))
    return site


def _static(site: Site) -> None:
    pages = {
        REFUND: ("Refunds", "<h1>CEU Market refund policy</h1><p>Courses sold with the 30-day money-back guarantee can "
                 "be refunded within 30 days of purchase if the certificate has not been issued. Some sellers do not "
                 "offer refunds; this is shown on the course page.</p>"),
        "/help/faq/": ("Help centre", "<h1>Help centre</h1><h2>Who issues my certificate?</h2><p>The seller.</p>"
                       "<h2>Are courses AAMA approved?</h2><p>Check the course page; badges are supplied by sellers.</p>"),
        "/terms/": ("Terms", "<h1>Terms of service</h1><p>CEU Market is a marketplace operated by CEU Market Inc.</p>"),
        "/privacy/": ("Privacy", "<h1>Privacy</h1><p>We use cookies for ads and analytics.</p>"),
        "/about/": ("About", "<h1>About CEU Market</h1><p>One place to find CE from many providers.</p>"),
        "/sell/": ("Sell your courses", "<h1>Sell on CEU Market</h1><p>Reach 80,000 learners. 30% commission.</p>"),
        "/plus/": ("CEU Market Plus", "<h1>CEU Market Plus</h1><p>$9.99 a month: hundreds of courses free for "
                   "members, plus 20% off everything else.</p>"),
        "/blog/": ("Blog", '<h1>Blog</h1><ul><li><a href="/blog/cheapest-way-to-60-ceus/">The cheapest way to 60 '
                   "CEUs</a></li></ul>"),
        "/blog/cheapest-way-to-60-ceus/": ("The cheapest way to 60 CEUs", "<h1>The cheapest way to 60 CEUs</h1><p>Mix "
                   "free courses with a Plus membership. A 2 AAMA CEU course at $29.99 costs $15 per CEU.</p>"),
    }
    for path, (title, body) in pages.items():
        site.add(path, _page(title, body, _next_data(path, {})), kind="other")
