"""Site 6: a community-college continuing-education catalogue (section tables, tuition plus fees).

Markup: ``rcc-`` classes, course codes ("MEDA 9014"), a definition list of course
facts, a section table (CRN, days, dates, times, room, instructor), tuition plus lab
and registration fees, contact hours, in-person and hybrid delivery, a paginated
catalogue (``?page=2``) and a degree-programme page that is not a CE course.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from data.sample_sites._build import wording as w
from data.sample_sites._build.common import Course, Site, esc, modes, num, robots, sitemap
from data.sample_sites._build.topics import pick_titles
from data.sample_sites._build.weight import weighted

SLUG = "riverbend-cce"
PROVIDER = "Riverbend Community College Continuing Education"
REFUND = "/ce/refunds/"
CST = timezone(timedelta(hours=-6))  # all sections run Jan - early Mar 2027 (standard time)
PER_PAGE = 12


def _courses(rng: random.Random) -> list[Course]:
    picked = pick_titles(rng, 22, offset=0)
    n = len(picked)
    credit = modes(rng, n, {"contact": 0.75, "aama": 0.25}, {0: "contact", 1: "aama"})
    price = modes(rng, n, {"tuition_fees": 0.6, "tuition": 0.3}, {4: "see_schedule"})
    rationale = modes(rng, n, {"yes": 0.6, "no": 0.4})
    outcomes = modes(rng, n, {"list": 0.8, "no": 0.2})
    inst = modes(rng, n, {"credentialed": 0.6, "staff": 0.25}, {2: "tba", 8: "tba"})
    delivery = modes(rng, n, {"in person": 0.7, "hybrid": 0.3})
    refund = modes(rng, n, {"site": 0.85, "final": 0.15})
    courses = []
    for i, (topic, title) in enumerate(picked):
        hours = topic.hours * rng.choice((3, 4, 6))
        c = Course(title=title, slug=f"meda-{9001 + i * 4}", topic=topic, provider=PROVIDER,
                   category=topic.category, credits=hours,
                   credit_unit="aama_ceu" if credit[i] == "aama" else "contact_hour")
        if credit[i] == "aama":
            c.aama_status = "approved"
            c.credits_by_category = {topic.category: hours}
        tuition = float(rng.choice((79, 99, 129, 149, 189)))
        c.extras["tuition"] = tuition
        c.extras["fees"] = [("Lab/materials fee", float(rng.choice((15, 20, 35)))), ("Registration fee", 10.0)] \
            if price[i] == "tuition_fees" else []
        c.extras["price_mode"] = price[i]
        if price[i] != "see_schedule":
            c.price_usd = tuition + sum(v for _, v in c.extras["fees"])
        c.rationale, c.outcomes, c.instructor_mode = rationale[i], outcomes[i], inst[i]
        c.instructor = w.instructor_for(rng, topic)
        c.format = delivery[i]
        c.refund = refund[i]
        sections = []
        first = datetime(2027, 1, 11, tzinfo=CST) + timedelta(days=rng.randint(0, 45))
        for k in range(rng.choice((1, 1, 2))):
            start = (first + timedelta(days=14 * k)).replace(hour=rng.choice((9, 13, 18)))
            sections.append((f"{30100 + i * 10 + k}", start))
        c.extras["sections"] = sections
        c.live_dates = [s.isoformat() for _, s in sections]
        courses.append(c)
    return courses


@weighted("college")
def _page(title: str, main: str, crumbs: list[tuple[str, str]]) -> str:
    trail = " &gt; ".join(f'<a href="{h}">{esc(t)}</a>' for t, h in crumbs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | Continuing Education | Riverbend Community College</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/rcc.css">
</head>
<body>
<div class="rcc-alert" role="alert">Campus closed Monday, January 18 for Martin Luther King Jr. Day.</div>
<div class="rcc-utility"><a href="/apply/">Apply</a> | <a href="/ce/register/">Register</a> | <a href="https://portal.riverbend.example/">MyRiverbend</a></div>
<header class="rcc-header"><a href="/" class="rcc-seal">Riverbend Community College</a>
<nav class="rcc-nav"><a href="/ce/">Continuing Education</a> <a href="/ce/catalog/">Course catalog</a>
<a href="/ce/programs/medical-assisting/">Medical Assisting Program</a> <a href="/ce/faq/">FAQ</a> <a href="/news/">News</a></nav></header>
<div class="rcc-breadcrumbs">{trail}</div>
<div id="rcc-content" class="rcc-content">
{main}
</div>
<footer class="rcc-footer"><p>Riverbend Community College &middot; 4400 River Road, Cedar Falls, IA 50613 &middot; 319-555-0110</p>
<p><a href="/ce/faq/">Student FAQ</a> &middot; <a href="/nondiscrimination/">Non-discrimination statement</a> &middot; <a href="/privacy/">Privacy</a></p></footer>
<div class="rcc-cookie">Riverbend uses cookies. <a href="/privacy/">Privacy statement</a> <button>Accept</button></div>
</body>
</html>
"""


def _sections_table(c: Course) -> str:
    inst = c.instructor
    who = {"credentialed": inst.display if inst else "Staff", "staff": "Staff", "tba": "TBA"}[c.instructor_mode]
    rows = []
    for crn, start in c.extras["sections"]:
        end = start + timedelta(days=7 * max(1, int((c.credits or 3) // 3) - 1))
        days = start.strftime("%a")
        hours = 3 if (c.credits or 3) >= 3 else int(c.credits or 1)
        room = "Online + H-112 lab" if c.format == "hybrid" else f"Health Sciences {start.day % 4 + 101}"
        rows.append(f"<tr><td>{crn}</td><td>{days}</td><td>{start:%m/%d/%Y} - {end:%m/%d/%Y}</td>"
                    f"<td>{start.strftime('%I:%M %p').lstrip('0')} - {(start + timedelta(hours=hours)).strftime('%I:%M %p').lstrip('0')}</td>"
                    f"<td>{room}</td><td>{esc(who)}</td><td>{12 - int(crn) % 9}</td></tr>")
    return ('<table class="rcc-sections"><caption>Sections &mdash; Spring 2027 (times are Central)</caption><thead><tr>'
            "<th>CRN</th><th>Days</th><th>Dates</th><th>Time</th><th>Location</th><th>Instructor</th><th>Seats open</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _course_main(rng: random.Random, c: Course, code: str) -> str:
    if c.credit_unit == "aama_ceu":
        credit = f"{num(c.credits)} AAMA CEUs ({c.category}) &mdash; approved by the AAMA"
    else:
        credit = f"{num(c.credits)} contact hours"
    if c.extras["price_mode"] == "see_schedule":
        cost = "<dd>See the printed schedule</dd>"
    else:
        fee_rows = "".join(f"<dd>{esc(label)}: ${v:.2f}</dd>" for label, v in c.extras["fees"])
        cost = f"<dd>Tuition: ${c.extras['tuition']:.2f}</dd>{fee_rows}"
    delivery = ("In person: lecture, demonstration and hands-on practice in the health sciences lab."
                if c.format == "in person" else
                "Hybrid: online modules in the learning portal plus two in-person lab sessions with skills check-off.")
    parts = [f'<div class="rcc-course"><p class="rcc-code">{code}</p><h1>{esc(c.title)}</h1>',
             f'<p class="rcc-lead">{esc(c.topic.summary)}</p>',
             '<dl class="rcc-facts">', f"<dt>Hours</dt><dd>{credit}</dd>", f"<dt>Cost</dt>{cost}",
             f"<dt>Delivery</dt><dd>{delivery}</dd>", "</dl>"]
    if c.rationale == "yes":
        parts.append(f'<h2>{rng.choice(("Course purpose", "Who should attend"))}</h2>'
                     f"<p>{esc(w.rationale(rng, c.topic, 'working medical assistants and recent graduates'))}</p>")
    if c.outcomes == "list":
        parts.append('<h2>Course outcomes</h2><p>Students will:</p><ul class="rcc-outcomes">'
                     + "".join(f"<li>{esc(o)}</li>" for o in w.objectives(rng, c.topic)) + "</ul>")
    parts.append("<h2>Sections</h2>" + _sections_table(c))
    if c.instructor_mode == "credentialed" and c.instructor:
        parts.append(f'<h2>About the instructor</h2><p>{esc(w.instructor_bio(c.instructor))}</p>')
    parts.append('<div class="rcc-register"><h2>Registration information</h2><p>Register online, by phone or in '
                 'person at the Workforce Center. <a href="/ce/register/">Register now</a>.</p>')
    if c.refund == "site":
        parts.append(f'<p>Dropping a class? See the <a href="{REFUND}">refund schedule</a>.</p>')
    else:
        parts.append("<p>Fees for this workshop are non-refundable.</p>")
    parts.append("</div></div>")
    return "\n".join(parts)


def build(seed: int = 606) -> Site:
    """The whole college CE catalogue."""
    rng = random.Random(seed)
    site = Site(SLUG, PROVIDER)
    courses = _courses(rng)
    crumbs = [("Home", "/"), ("Continuing Education", "/ce/"), ("Course catalog", "/ce/catalog/")]
    for c in courses:
        code = c.slug.upper().replace("-", " ")
        site.add_course(c, f"/ce/courses/{c.slug}/", _page(c.title, _course_main(rng, c, code), crumbs),
                        refund_path=REFUND)
    chunks = [courses[i:i + PER_PAGE] for i in range(0, len(courses), PER_PAGE)]
    for number, chunk in enumerate(chunks, start=1):
        rows = "".join(f'<tr><td>{c.slug.upper().replace("-", " ")}</td><td><a href="/ce/courses/{c.slug}/">{esc(c.title)}</a>'
                       f"</td><td>{num(c.credits or 0)}</td><td>{c.extras['sections'][0][1]:%m/%d/%Y}</td></tr>" for c in chunk)
        pager = " ".join(f'<a href="/ce/catalog/{"" if k == 1 else f"?page={k}"}">{k}</a>' for k in range(1, len(chunks) + 1))
        path = "/ce/catalog/" if number == 1 else f"/ce/catalog/?page={number}"
        site.add(path, _page("Course catalog", f"<h1>Healthcare continuing education</h1><p>Page {number} of "
                             f'{len(chunks)}</p><table class="rcc-catalog"><tr><th>Code</th><th>Title</th><th>Hours</th>'
                             f'<th>Starts</th></tr>{rows}</table><div class="rcc-pager">{pager}</div>', crumbs[:2]),
                 kind="other")
    site.add("/ce/", _page("Continuing Education", "<h1>Workforce &amp; Continuing Education</h1><p>Short courses "
             'for working healthcare professionals.</p><p><a href="/ce/catalog/">Browse healthcare courses</a></p>',
             [("Home", "/")]), kind="other")
    site.add("/", _page("Riverbend Community College", "<h1>Riverbend Community College</h1><p>"
             '<a href="/ce/">Continuing Education</a></p>', []), kind="other")
    site.add("/ce/programs/medical-assisting/", _page("Medical Assisting Certificate", "<h1>Medical Assisting "
             "Certificate (34 credit hours)</h1><p>A two-semester programme preparing students for the CMA (AAMA) "
             "exam. Tuition: $168 per credit hour plus fees. Financial aid available.</p><h2>Program outcomes</h2>"
             "<ul><li>Perform clinical and administrative duties</li><li>Pass the CMA (AAMA) exam</li></ul>",
             crumbs[:2]), kind="other")
    site.add(REFUND, _page("Tuition refund schedule", "<h1>Tuition refund schedule</h1><table><tr><th>Drop date"
             "</th><th>Refund</th></tr><tr><td>3 or more business days before the first class</td><td>100%</td></tr>"
             "<tr><td>Less than 3 business days before</td><td>50%</td></tr><tr><td>After the first class</td><td>"
             "No refund</td></tr></table><p>Registration fees are non-refundable.</p>", crumbs[:2]), kind="other")
    site.add("/ce/faq/", _page("FAQ", "<h1>Continuing education FAQ</h1><h2>Do I need to be admitted to the "
             "college?</h2><p>No. Anyone 16 or older may register.</p><h2>Will I get a certificate?</h2><p>Yes, "
             "listing the contact hours earned.</p>", crumbs[:2]), kind="other")
    site.add("/privacy/", _page("Privacy", "<h1>Privacy statement</h1><p>FERPA applies to student records.</p>",
                                [("Home", "/")]), kind="other")
    site.add("/nondiscrimination/", _page("Non-discrimination", "<h1>Non-discrimination statement</h1><p>Riverbend "
             "does not discriminate.</p>", [("Home", "/")]), kind="other")
    site.add("/news/", _page("News", '<h1>News</h1><ul><li><a href="/news/new-phlebotomy-lab/">New phlebotomy lab '
             "opens</a></li></ul>", [("Home", "/")]), kind="other")
    site.add("/news/new-phlebotomy-lab/", _page("New phlebotomy lab opens", "<h1>New phlebotomy lab opens</h1><p>"
             "The lab hosts continuing-education workshops of 3 to 12 contact hours starting in January.</p>",
             [("Home", "/"), ("News", "/news/")]), kind="other")
    listed = ["/ce/", "/ce/catalog/"] + [f"/ce/courses/{c.slug}/" for c in courses]
    site.add("/sitemap.xml", sitemap(listed))
    site.add("/robots.txt", robots(["/ce/register/", "/apply/", "/search"], sitemap=True))
    return site
