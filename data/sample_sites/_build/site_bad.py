"""``_bad_inputs``: a small site of broken pages for the crawler's bad-input tests.

Its name starts with ``_``, so ``serve_sites()`` skips it by default (the demo never
crawls it); tests serve it explicitly with ``serve_sites(sites=["_bad_inputs"])``.
Special behaviour comes from ``_routes.json`` (see ``crawler.sites_server``); the
truth file lists the one good course, the pages that are not courses, and under
``"bad"`` what each broken path does.
"""

from __future__ import annotations

from data.sample_sites._build.common import Course, Site, esc, jsonld, robots
from data.sample_sites._build.topics import topic_by_key

SLUG = "_bad_inputs"
PROVIDER = "Broken Links Health Training"
BAD = {
    "/boom/": "HTTP 500",
    "/gone/": "HTTP 404 (linked but missing)",
    "/slow/": "answers after 5 seconds (longer than a short download timeout)",
    "/huge/": "a 20,000,000-byte HTML page (over a maximum page size)",
    "/loop-a/": "redirects to /loop-b/, which redirects back (a redirect loop)",
    "/binary/": "application/octet-stream body",
    "/malformed/": "a course page with broken markup (unclosed tags, stray end tags, bad entities)",
}


def _page(title: str, body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}'
            f'</head><body><nav><a href="/">Home</a> <a href="/policies/refunds/">Refunds</a></nav>'
            f"<main>{body}</main><footer>Broken Links Health Training</footer></body></html>\n")


def build(seed: int = 808) -> Site:
    """The bad-input site."""
    site = Site(SLUG, PROVIDER)
    topic = topic_by_key("hipaa")
    course = Course(title="HIPAA Basics for the Front Desk", slug="good-course", topic=topic,
                    provider=PROVIDER, category="general", credits=1.0, credit_unit="contact_hour",
                    price_usd=20.0, format="self-paced online", refund="site", outcomes="list",
                    instructor_mode="none", rationale="yes")
    path = "/courses/good-course/"
    data = {"@context": "https://schema.org", "@type": "Course", "name": course.title,
            "description": topic.summary, "provider": {"@type": "Organization", "name": PROVIDER},
            "offers": {"@type": "Offer", "price": "20.00", "priceCurrency": "USD"}}
    body = (f"<h1>{esc(course.title)}</h1><p>1 contact hour &middot; $20.00 &middot; self-paced online "
            "video with a post-test.</p><h2>Purpose</h2><p>This course is designed for front-desk staff: "
            f"{esc(topic.need)}.</p><h2>Objectives</h2><ul>"
            + "".join(f"<li>{esc(o)}</li>" for o in topic.objectives) + "</ul>"
            '<p><a href="/policies/refunds/">Refund policy</a></p>')
    site.add_course(course, path, _page(course.title, body, jsonld(data)), refund_path="/policies/refunds/")
    links = "".join(f'<li><a href="{p}">{esc(p)}</a></li>' for p in [path, "/empty/", *BAD])
    site.add("/", _page("Broken Links Health Training", f"<h1>Courses and other pages</h1><ul>{links}</ul>"),
             kind="other")
    site.add("/empty/", _page("Nothing here", "<h1>Nothing here</h1><p>This page has no course data.</p>"),
             kind="other")
    site.add("/policies/refunds/", _page("Refunds", "<h1>Refunds</h1><p>Full refund within 30 days.</p>"),
             kind="other")
    site.add_file("_malformed.html", (
        "<html><head><title>Medication Math &amp Dosage <b>Refresher</title></head><body><div><div>"
        "<h1>Medication Math & Dosage Refresher<h1><p>2 contact hours <p>Fee: $35<td>stray cell</tr>"
        "</span></div></div></div><ul><li>Calculate oral doses<li>Convert units &nbsp &copy</ul>"
        "<script>var x = '</div>';</script><p>Instructor: Tanya Robinson, CMA (AAMA)</body>"))
    site.add_file("_blob.bin", "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n")
    site.routes = {
        "/boom/": {"status": 500},
        "/slow/": {"delay": 5.0},
        "/huge/": {"bytes": 20_000_000},
        "/loop-a/": {"redirect": "/loop-b/"},
        "/loop-b/": {"redirect": "/loop-a/"},
        "/binary/": {"body_file": "_blob.bin", "content_type": "application/octet-stream"},
        "/malformed/": {"body_file": "_malformed.html", "content_type": "text/html; charset=utf-8"},
    }
    site.add("/robots.txt", robots([], sitemap=False))
    site.extra_truth = {"bad": BAD}
    return site
