"""Site 4: a free-webinar provider (schema.org Event JSON-LD, live dates in time zones, recordings).

Markup: ``wb-`` classes, ``<time datetime>`` elements, Event JSON-LD on upcoming
webinars (one or two sessions), VideoObject JSON-LD on on-demand recordings, "Key
takeaways" lists, presenters with credentials, free registration with an optional
paid CE certificate, a registration/cancellation FAQ linked from some pages.
"""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta, timezone

from data.sample_sites._build import wording as w
from data.sample_sites._build.common import Course, Site, esc, jsonld, modes, num, robots, sitemap
from data.sample_sites._build.topics import pick_titles
from data.sample_sites._build.weight import weighted

SLUG = "frontline-webinars"
PROVIDER = "Frontline MA Webinars"
FAQ = "/faq/registration/"
# Standard time (no DST) for Dec 2026 - early Mar 2027: the offsets are fixed.
ZONES = (("ET", "Eastern", -5), ("CT", "Central", -6), ("MT", "Mountain", -7), ("PT", "Pacific", -8))


def _slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def _sessions(rng: random.Random, count: int) -> list[tuple[datetime, str]]:
    label, _, hours = rng.choice(ZONES)
    tz = timezone(timedelta(hours=hours))
    start = datetime(2026, 12, 1, tzinfo=tz) + timedelta(days=rng.randint(3, 95))
    out = []
    for k in range(count):
        day = start + timedelta(days=7 * k)
        out.append((day.replace(hour=rng.choice((11, 12, 13, 18, 19)), minute=rng.choice((0, 30))), label))
    return out


def _courses(rng: random.Random) -> list[Course]:
    picked = pick_titles(rng, 22, offset=3)
    n = len(picked)
    live = modes(rng, n, {"live": 0.65, "recording": 0.35}, {0: "live", 1: "recording"})
    credit = modes(rng, n, {"aama": 0.6, "contact": 0.25, "none": 0.15},
                   {2: "pending", 5: "non_aama", 9: "pending", 12: "non_aama"})
    price = modes(rng, n, {"free": 0.8, "cert_fee": 0.2}, {3: "cert_fee", 7: "cert_fee"})
    rationale = modes(rng, n, {"yes": 0.6, "no": 0.4})
    outcomes = modes(rng, n, {"list": 0.7, "no": 0.3})
    inst = modes(rng, n, {"credentialed": 0.85, "name_only": 0.15}, {4: "tba"})
    refund = modes(rng, n, {"site": 0.45, "no": 0.55})
    courses = []
    for i, (topic, title) in enumerate(picked):
        c = Course(title=title, slug=_slugify(title), topic=topic, provider=PROVIDER,
                   category=topic.category, credits=None, credit_unit=None)
        c.credits = 1.0 if credit[i] != "none" else None
        c.credit_unit = {"aama": "aama_ceu", "pending": "contact_hour", "contact": "contact_hour",
                         "non_aama": "contact_hour"}.get(credit[i])
        c.aama_status = {"aama": "approved", "pending": "pending", "non_aama": "non_aama"}.get(credit[i], "none")
        if price[i] == "cert_fee":
            c.extras["cert_fee"] = float(rng.choice((10, 15)))
            c.price_usd = c.extras["cert_fee"]
            c.refund = "final"
        else:
            c.price_usd, c.is_free = 0.0, True
            c.refund = refund[i]
        c.extras["live"] = live[i] == "live"
        if c.extras["live"]:
            sessions = _sessions(rng, 2 if rng.random() < 0.3 else 1)
            c.extras["sessions"] = sessions
            c.live_dates = [s.isoformat() for s, _ in sessions]
            c.format = "live webinar"
        else:
            c.extras["aired"] = datetime(2026, rng.randint(3, 10), rng.randint(1, 28))
            c.format = "recorded webinar"
        c.rationale, c.outcomes, c.instructor_mode = rationale[i], outcomes[i], inst[i]
        c.instructor = w.instructor_for(rng, topic)
        courses.append(c)
    return courses


def _when(dt: datetime, label: str) -> str:
    clock = dt.strftime("%I:%M %p").lstrip("0")
    return f"{dt.strftime('%A, %B')} {dt.day}, {dt.year} at {clock} {label}"


@weighted("webinar")
def _page(title: str, main: str, extra_head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} — Frontline MA Webinars</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{extra_head}
</head>
<body class="wb-body">
<div class="wb-topbar">Free CE webinars for medical assistants every month &middot; <a href="/webinars/">See the schedule</a></div>
<header class="wb-header"><div class="wb-logo"><a href="/">Frontline<span>MA</span></a></div>
<ul class="wb-menu"><li><a href="/webinars/">Upcoming</a></li><li><a href="/recordings/">On demand</a></li>
<li><a href="/speakers/">Speakers</a></li><li><a href="/faq/">FAQ</a></li><li><a href="/sponsors/">Sponsors</a></li></ul></header>
<div class="wb-wrap">
{main}
</div>
<div class="wb-newsletter"><h2>Never miss a webinar</h2><form action="/subscribe" method="post"><input name="email" placeholder="Email"><button>Notify me</button></form></div>
<footer class="wb-footer"><p>Frontline MA Webinars is supported by educational grants. <a href="/sponsors/">Our sponsors</a> &middot; <a href="/faq/">FAQ</a> &middot; <a href="/privacy/">Privacy</a></p></footer>
<div class="wb-cookies" id="cookieNotice">Cookies help us count attendees. <a href="/privacy/">More</a> <button onclick="this.parentNode.remove()">Got it</button></div>
</body>
</html>
"""


def _event_jsonld(c: Course, path: str) -> str:
    inst = c.instructor
    events = []
    for start, _ in c.extras["sessions"]:
        ev = {"@context": "https://schema.org", "@type": "Event", "name": c.title,
              "description": c.topic.summary, "startDate": start.isoformat(),
              "endDate": (start + timedelta(hours=1)).isoformat(),
              "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
              "eventStatus": "https://schema.org/EventScheduled",
              "location": {"@type": "VirtualLocation", "url": path},
              "organizer": {"@type": "Organization", "name": PROVIDER, "url": "/"},
              "isAccessibleForFree": c.is_free,
              "offers": {"@type": "Offer", "price": "0", "priceCurrency": "USD", "url": path,
                         "availability": "https://schema.org/InStock"}}
        if c.instructor_mode == "credentialed" and inst:
            ev["performer"] = {"@type": "Person", "name": inst.name, "jobTitle": inst.role}
        events.append(ev)
    return "\n".join(jsonld(e) for e in events)


def _video_jsonld(c: Course) -> str:
    return jsonld({"@context": "https://schema.org", "@type": "VideoObject", "name": c.title,
                   "description": c.topic.summary, "uploadDate": c.extras["aired"].date().isoformat(),
                   "duration": "PT58M", "thumbnailUrl": f"/img/{c.slug}.jpg"})


def _credit_text(c: Course) -> str:
    if c.credits is None:
        return "Certificate of attendance (no CE credit)."
    if c.aama_status == "approved":
        return ("This webinar is approved for 1 AAMA CEU (AAMA-approved continuing education)."
                if len(c.title) % 2 else "Earn 1.0 AAMA CEU. Approved by the AAMA.")
    if c.aama_status == "pending":
        return "1 contact hour. AAMA CEU approval has been applied for and is pending."
    if c.aama_status == "non_aama":
        return ("1 contact hour. Accepted by the AAMA as non-AAMA recertification points "
                "(not AAMA-approved CEUs).")
    return "1 contact hour of continuing education."


def _course_main(rng: random.Random, c: Course, path: str, related: list[tuple[Course, str]]) -> str:
    live = c.extras["live"]
    parts = [f'<nav class="wb-crumbs"><a href="/">Home</a> / <a href="{"/webinars/" if live else "/recordings/"}">'
             f'{"Upcoming webinars" if live else "On-demand recordings"}</a></nav>',
             '<div class="wb-event">', f'<span class="wb-tag">{"LIVE WEBINAR" if live else "RECORDING"}</span>',
             f'<h1 class="wb-event-title">{esc(c.title)}</h1>']
    if live:
        times = "".join(f'<li><time datetime="{s.isoformat()}">{_when(s, lbl)}</time></li>'
                        for s, lbl in c.extras["sessions"])
        parts.append(f'<div class="wb-when"><h2>{"Sessions" if len(c.extras["sessions"]) > 1 else "When"}</h2>'
                     f"<ul>{times}</ul><p>60 minutes including Q&amp;A.</p></div>")
    else:
        aired = c.extras["aired"]
        parts.append(f'<p class="wb-aired">Originally presented live on {aired.strftime("%B")} {aired.day}, 2026. '
                     "Watch the recording any time.</p>")
    fee = ("Free registration" if c.is_free else
           f"Free to watch &middot; CE certificate ${c.extras['cert_fee']:.0f}")
    parts.append(f'<div class="wb-cost"><strong>Cost:</strong> {fee}</div>')
    parts.append(f'<div class="wb-ce"><strong>CE:</strong> {esc(_credit_text(c))}</div>')
    parts.append(f'<div class="wb-desc"><p>{esc(c.topic.summary)}</p></div>')
    if c.rationale == "yes":
        parts.append(f'<div class="wb-why"><h3>Why attend?</h3><p>{esc(w.rationale(rng, c.topic, "medical assistants and front-line clinic staff"))}</p></div>')
    if c.outcomes == "list":
        items = "".join(f"<li>{esc(o)}</li>" for o in w.objectives(rng, c.topic))
        heading = rng.choice(("Key takeaways", "Objectives", "What you'll learn"))
        parts.append(f'<div class="wb-learn"><h3>{heading}</h3><p>{esc(w.outcomes_intro(rng))}</p><ol>{items}</ol></div>')
    parts.append(f'<div class="wb-format"><h3>Format</h3><p>{esc(w.methods(rng, c.format))}</p></div>')
    inst = c.instructor
    if c.instructor_mode == "tba":
        parts.append('<div class="wb-speaker"><h3>Speaker</h3><p>Speaker: TBA</p></div>')
    elif c.instructor_mode == "name_only":
        parts.append(f'<div class="wb-speaker"><h3>Speaker</h3><p>Hosted by {esc(rng.choice(w.BARE_NAMES))}</p></div>')
    elif inst:
        parts.append(f'<div class="wb-speaker"><h3>Speaker</h3><p><a href="/speakers/{inst.slug}/">{esc(inst.display)}</a>'
                     f" &mdash; {esc(inst.role)}</p><p>{esc(w.instructor_bio(inst))}</p></div>")
    if c.refund == "final":
        parts.append('<p class="wb-small">CE certificate fees are non-refundable.</p>')
    elif c.refund == "site":
        lead = "Can't make it?" if live else "Questions about certificates?"
        parts.append(f'<p class="wb-small">{lead} See <a href="{FAQ}">registration and cancellation</a>.</p>')
    action = "Register free" if live else "Watch now"
    parts.append(f'<a class="wb-cta" href="/register/{c.slug}/">{action}</a></div>')
    links = "".join(f'<li><a href="{p}">{esc(r.title)}</a></li>' for r, p in related)
    parts.append(f'<aside class="wb-more"><h2>More webinars</h2><ul>{links}</ul></aside>')
    return "\n".join(parts)


def build(seed: int = 404) -> Site:
    """The whole webinar site."""
    rng = random.Random(seed)
    site = Site(SLUG, PROVIDER)
    courses = _courses(rng)
    paths = [f"/webinars/{c.slug}/" if c.extras["live"] else f"/recordings/{c.slug}/" for c in courses]
    for i, c in enumerate(courses):
        related = [(courses[(i + k) % len(courses)], paths[(i + k) % len(courses)]) for k in (1, 2, 3)]
        head = _event_jsonld(c, paths[i]) if c.extras["live"] else _video_jsonld(c)
        site.add_course(c, paths[i], _page(c.title, _course_main(rng, c, paths[i], related), head), refund_path=FAQ)
    live = [(c, p) for c, p in zip(courses, paths, strict=True) if c.extras["live"]]
    recorded = [(c, p) for c, p in zip(courses, paths, strict=True) if not c.extras["live"]]
    rows = "".join(f'<li class="wb-row"><time datetime="{c.extras["sessions"][0][0].isoformat()}">'
                   f'{_when(*c.extras["sessions"][0])}</time> <a href="{p}">{esc(c.title)}</a></li>' for c, p in live)
    site.add("/webinars/", _page("Upcoming webinars", f"<h1>Upcoming webinars</h1><ul>{rows}</ul>"), kind="other")
    rows = "".join(f'<li class="wb-row"><a href="{p}">{esc(c.title)}</a> ({num(c.credits or 0)} CE)</li>'
                   for c, p in recorded)
    site.add("/recordings/", _page("On-demand recordings", f"<h1>On-demand recordings</h1><ul>{rows}</ul>"), kind="other")
    site.add("/", _page("Free CE webinars", "<h1>Free CE webinars for medical assistants</h1><p>Live every month, "
                        'recordings any time.</p><p><a href="/webinars/">Upcoming</a> | <a href="/recordings/">On demand</a></p>'),
             kind="other")
    site.add("/faq/", _page("FAQ", '<h1>FAQ</h1><h2>Is it really free?</h2><p>Yes. Some webinars charge a small fee for '
                            'the CE certificate.</p><p><a href="/faq/registration/">Registration and cancellation</a></p>'),
             kind="other")
    site.add(FAQ, _page("Registration and cancellation", "<h1>Registration and cancellation</h1><p>You may cancel "
                        "your registration at any time from the link in your confirmation email. If you paid for a "
                        "certificate and cancel at least 24 hours before the live session, we refund the fee in full."
                        "</p>"), kind="other")
    site.add("/privacy/", _page("Privacy", "<h1>Privacy</h1><p>We share attendance with sponsors only with consent.</p>"),
             kind="other")
    site.add("/sponsors/", _page("Sponsors", "<h1>Our sponsors</h1><p>Educational grants from three device makers. "
                                 "Sponsors have no input into content.</p>"), kind="other")
    speakers = sorted({c.instructor.slug: c.instructor for c in courses
                       if c.instructor and c.instructor_mode == "credentialed"}.items())
    site.add("/speakers/", _page("Speakers", "<h1>Speakers</h1><ul>" + "".join(
        f'<li><a href="/speakers/{s}/">{esc(i.display)}</a></li>' for s, i in speakers) + "</ul>"), kind="other")
    for slug, inst in speakers:
        site.add(f"/speakers/{slug}/", _page(inst.display, f'<div class="wb-profile"><h1>{esc(inst.display)}</h1>'
                 f"<p>{esc(w.instructor_bio(inst))}</p></div>"), kind="other")
    site.add("/sitemap.xml", sitemap(["/", "/webinars/", "/recordings/", *paths, "/speakers/", "/faq/"]))
    site.add("/robots.txt", robots(["/register/"], sitemap=True))
    return site
