"""Site 5: an old table-layout site with no semantic markup (IACET CEUs and contact hours).

Markup: upper-case tags, nested ``<TABLE>`` layout, ``<FONT>``, bold labels such as
"PURPOSE:" and "OBJECTIVES:" followed by ``<BR>``-separated lines (no lists, no
headings), ``.htm`` files, IACET CEUs ("0.2 CEUs (2 contact hours)"), and a
robots.txt that disallows ``/archive/`` where retired course pages still live.
"""

from __future__ import annotations

import random

from data.sample_sites._build import wording as w
from data.sample_sites._build.common import Course, Site, esc, modes, num, robots
from data.sample_sites._build.topics import pick_titles
from data.sample_sites._build.weight import weighted

SLUG = "tricounty-ahes"
PROVIDER = "Tri-County Allied Health Education Services"
REFUND = "/refunds.htm"


def _courses(rng: random.Random) -> list[Course]:
    picked = pick_titles(rng, 22, offset=1)
    n = len(picked)
    credit = modes(rng, n, {"with_hours": 0.7, "bare": 0.2, "none": 0.1}, {0: "with_hours", 1: "bare"})
    aama = modes(rng, n, {"none": 0.6, "non_aama": 0.4}, {0: "non_aama"})
    price = modes(rng, n, {"fee": 0.75, "member": 0.15, "none": 0.1}, {2: "member", 6: "none"})
    rationale = modes(rng, n, {"yes": 0.55, "no": 0.45})
    outcomes = modes(rng, n, {"list": 0.7, "no": 0.2}, {3: "empty"})
    inst = modes(rng, n, {"credentialed": 0.55, "none": 0.45})
    method = modes(rng, n, {"home": 0.5, "online": 0.25, "none": 0.25})
    refund = modes(rng, n, {"site": 0.7, "no": 0.3})
    courses = []
    for i, (topic, title) in enumerate(picked):
        hours = topic.hours * rng.choice((1, 1, 2))
        c = Course(title=title, slug=f"hs{101 + i * 3}", topic=topic, provider=PROVIDER,
                   category=topic.category, credits=None, credit_unit=None)
        if credit[i] != "none":
            c.credits, c.credit_unit = round(hours / 10, 2), "iacet_ceu"
            c.extras["credit_form"] = credit[i]
            c.aama_status = aama[i]
        fee = float(rng.choice((25, 30, 35, 45, 55))) + (10.0 if hours >= 2 else 0.0)
        c.extras["price_mode"] = price[i]
        if price[i] == "fee":
            c.price_usd = fee
        elif price[i] == "member":
            c.price_usd, c.member_price_usd = fee, fee - 10
        c.rationale, c.outcomes, c.instructor_mode = rationale[i], outcomes[i], inst[i]
        c.instructor = w.instructor_for(rng, topic)
        c.methods = method[i] != "none"
        c.format = {"home": "home study", "online": "self-paced online"}.get(method[i])
        c.extras["method"] = method[i]
        c.refund = refund[i]
        courses.append(c)
    return courses


@weighted("legacy")
def _page(title: str, cells: str) -> str:
    return f"""<HTML>
<HEAD>
<TITLE>Tri-County AHES - {esc(title)}</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META NAME="keywords" CONTENT="CEU, continuing education, medical assistant, home study, IACET">
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#000099" VLINK="#660066" TOPMARGIN=0 LEFTMARGIN=0>
<TABLE WIDTH=760 BORDER=0 CELLPADDING=0 CELLSPACING=0 ALIGN=CENTER>
<TR><TD COLSPAN=2 BGCOLOR="#003366"><IMG SRC="/images/banner.gif" WIDTH=760 HEIGHT=90 ALT="Tri-County Allied Health Education Services"></TD></TR>
<TR><TD COLSPAN=2 BGCOLOR="#FFFFCC" ALIGN=CENTER><FONT FACE="Arial" SIZE=1>*** FREE SHIPPING on all orders through December 31! ***
 &nbsp; This site uses cookies. By continuing you agree to our use of cookies.</FONT></TD></TR>
<TR>
<TD WIDTH=150 VALIGN=TOP BGCOLOR="#E6E6FA"><FONT FACE="Arial" SIZE=2>
<BR><A HREF="/index.htm">Home</A><BR><BR>
<A HREF="/catalog.htm">Course Catalog</A><BR><BR>
<A HREF="/order.htm">How to Order</A><BR><BR>
<A HREF="/about.htm">About Us</A><BR><BR>
<A HREF="/links.htm">Links</A><BR><BR>
<A HREF="/archive/index.htm">Course Archive</A><BR><BR>
</FONT></TD>
<TD WIDTH=610 VALIGN=TOP><FONT FACE="Arial" SIZE=2>
{cells}
</FONT></TD>
</TR>
<TR><TD COLSPAN=2 ALIGN=CENTER><FONT FACE="Arial" SIZE=1><HR>
Tri-County AHES is accredited as an Authorized Provider by the International Association for Continuing Education and Training (IACET).<BR>
P.O. Box 2210, Millbrook, PA 17055 &nbsp;|&nbsp; (717) 555-0192 &nbsp;|&nbsp; Last updated 03/14/2019<BR>
Copyright &copy; 1999-2026 Tri-County AHES</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""


def _credit_text(c: Course) -> str:
    if c.credits is None:
        return "Certificate of completion only"
    hours = round(c.credits * 10, 2)
    if c.extras["credit_form"] == "bare":
        return f"CEUs: {num(c.credits)}".replace("0.", ".", 1)
    return f"CEUs: {num(c.credits)} CEU{'' if c.credits == 0.1 else 's'} ({num(hours)} contact hour{'' if hours == 1 else 's'})"


def _course_cells(rng: random.Random, c: Course) -> str:
    rows = [f'<FONT SIZE=4 COLOR="#003366"><B>{esc(c.title).upper()}</B></FONT><BR>',
            f"<FONT SIZE=1>Course No. {c.slug.upper()}</FONT><BR><BR>",
            '<TABLE WIDTH="100%" BORDER=1 CELLPADDING=4 CELLSPACING=0 BGCOLOR="#F5F5F5">',
            f"<TR><TD WIDTH=140><B>Credit:</B></TD><TD>{_credit_text(c)}</TD></TR>"]
    if c.aama_status == "non_aama":
        rows.append("<TR><TD><B>AAMA:</B></TD><TD>Accepted by the AAMA as non-AAMA recertification "
                    "points. This course is not AAMA approved.</TD></TR>")
    mode = c.extras["price_mode"]
    if mode == "none" or c.price_usd is None:
        fee = "Call for current fee"
    elif mode == "member":
        fee = f"${c.price_usd:.2f} (TCMA members ${c.member_price_usd or 0:.2f})"
    else:
        fee = f"${c.price_usd:.2f}"
    rows.append(f"<TR><TD><B>Fee:</B></TD><TD>{fee}</TD></TR>")
    if c.format:
        text = ("Home study. A printed packet is mailed to you; return the answer sheet by mail or fax "
                "for grading (passing score 70%)." if c.extras["method"] == "home" else
                "Online reading with a multiple-choice test graded instantly. Passing score 75%.")
        rows.append(f"<TR><TD><B>Method:</B></TD><TD>{text}</TD></TR>")
    if c.instructor_mode == "credentialed" and c.instructor:
        rows.append(f"<TR><TD><B>Author:</B></TD><TD>{esc(c.instructor.display)}<BR>"
                    f"<I>{esc(w.instructor_bio(c.instructor))}</I></TD></TR>")
    rows.append("</TABLE><BR>")
    rows.append(f"<B>DESCRIPTION:</B><BR>{esc(c.topic.summary)}<BR><BR>")
    if c.rationale == "yes":
        rows.append(f"<B>PURPOSE:</B><BR>{esc(w.rationale(rng, c.topic, 'medical assistants and allied health workers'))}<BR><BR>")
    if c.outcomes == "list":
        lines = "<BR>".join(f"{k}. {esc(o)}" for k, o in enumerate(w.objectives(rng, c.topic), 1))
        rows.append(f"<B>OBJECTIVES:</B> {esc(w.outcomes_intro(rng))}<BR>{lines}<BR><BR>")
    elif c.outcomes == "empty":
        rows.append("<B>OBJECTIVES:</B><BR><BR>")
    rows.append('<A HREF="/order.htm"><IMG SRC="/images/order_now.gif" BORDER=0 ALT="Order Now"></A>')
    if c.refund == "site":
        rows.append(f'&nbsp; <FONT SIZE=1><A HREF="{REFUND}">Refund policy</A></FONT>')
    rows.append('<BR><BR><FONT SIZE=1><A HREF="/catalog.htm">&lt;&lt; Back to catalog</A></FONT>')
    return "\n".join(rows)


def build(seed: int = 505) -> Site:
    """The whole table-layout site."""
    rng = random.Random(seed)
    site = Site(SLUG, PROVIDER)
    courses = _courses(rng)
    for c in courses:
        site.add_course(c, f"/courses/{c.slug}.htm", _page(c.title, _course_cells(rng, c)), refund_path=REFUND)
    rows = "".join(
        f'<TR><TD><A HREF="/courses/{c.slug}.htm">{esc(c.title)}</A></TD><TD>{c.slug.upper()}</TD>'
        f"<TD>{num(c.credits) if c.credits else '-'}</TD><TD>{f'${c.price_usd:.2f}' if c.price_usd else 'Call'}</TD></TR>"
        for c in courses)
    site.add("/catalog.htm", _page("Course Catalog", "<B>COURSE CATALOG</B><BR><BR><TABLE BORDER=1 CELLPADDING=3>"
             f"<TR BGCOLOR=\"#CCCCCC\"><TD><B>Title</B></TD><TD><B>No.</B></TD><TD><B>CEUs</B></TD><TD><B>Fee</B></TD></TR>{rows}</TABLE>"
             '<BR><A HREF="/archive/index.htm">Older courses (archive)</A>'), kind="other")
    site.add("/index.htm", _page("Home", "<B>WELCOME!</B><BR>Home study continuing education since 1999. "
             "IACET CEUs for medical assistants, phlebotomists and nursing assistants.<BR><BR>"
             '<A HREF="/catalog.htm">View our catalog</A>'), kind="other")
    site.add("/", _page("Home", '<B>WELCOME!</B><BR><A HREF="/index.htm">Enter site</A> | '
             '<A HREF="/catalog.htm">Course Catalog</A>'), kind="other")
    site.add(REFUND, _page("Refunds", "<B>REFUND POLICY</B><BR>Unopened home study packets may be returned within "
             "30 days for a full refund less shipping. Online tests are non-refundable once started. "
             "Cancellations must be made in writing."), kind="other")
    site.add("/order.htm", _page("How to Order", "<B>HOW TO ORDER</B><BR>Print the order form and mail it with a "
             "check, or call with a credit card. Fees are listed on each course page."), kind="other")
    site.add("/about.htm", _page("About Us", "<B>ABOUT US</B><BR>A small non-profit serving three counties. "
             "One CEU equals ten contact hours of participation in an organized continuing education "
             "experience under responsible sponsorship, capable direction and qualified instruction."), kind="other")
    site.add("/links.htm", _page("Links", "<B>LINKS</B><BR>AAMA, AMT, NHA, IACET (links to external sites)."),
             kind="other")
    archived = pick_titles(random.Random(seed + 1), 3, offset=3)
    rows = []
    for k, (topic, title) in enumerate(archived):
        path = f"/archive/hs0{40 + k}.htm"
        rows.append(f'<A HREF="{path}">{esc(title)}</A> (retired)<BR>')
        cells = (f'<FONT SIZE=4><B>{esc(title).upper()}</B></FONT><BR><BR><TABLE BORDER=1 CELLPADDING=4>'
                 f"<TR><TD><B>Credit:</B></TD><TD>CEUs: 0.1 CEU (1 contact hour)</TD></TR>"
                 f"<TR><TD><B>Fee:</B></TD><TD>$20.00</TD></TR></TABLE><BR><B>DESCRIPTION:</B><BR>"
                 f"{esc(topic.summary)}<BR><B>THIS COURSE IS NO LONGER OFFERED.</B>")
        site.add(path, _page(title, cells), kind="disallowed")
    site.add("/archive/index.htm", _page("Course Archive", "<B>ARCHIVED COURSES</B><BR>" + "".join(rows)),
             kind="disallowed")
    site.add("/robots.txt", robots(["/archive/", "/cgi-bin/"], sitemap=False))
    return site
