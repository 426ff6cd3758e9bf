"""Page kind: course, listing, bundle, policy, blog, instructor or other, with the reasons.

General signals only: schema.org types, the URL's words, the main heading,
how many course-like cards the content holds (a link with a price or credit
nearby), price / credit / objective / call-to-action cues. Checks run from the
most specific kind to the least; the first that holds wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from catalog.page import Candidate
from crawler.extract.blocks import Block
from crawler.extract.cues import CREDIT_PHRASE, MONEY
from crawler.extract.dom import one_line, visible_text
from crawler.extract.scan import DocScan
from crawler.extract.urls import same_site

COURSE_SCHEMA = {"Course", "CourseInstance", "EducationEvent", "Event", "BusinessEvent"}
LISTING_SCHEMA = {"ItemList", "CollectionPage", "SearchResultsPage", "OfferCatalog"}
BLOG_SCHEMA = {"BlogPosting", "Blog", "NewsArticle", "Article", "Report", "LiveBlogPosting"}
PERSON_SCHEMA = {"Person", "ProfilePage"}
POLICY_TOKENS = frozenset({
    "refund", "refunds", "cancellation", "cancellations", "cancelation", "terms", "privacy", "policy",
    "policies", "faq", "faqs", "conditions", "returns", "accessibility", "disclaimer", "grievance",
    "grievances", "complaints", "withdrawal", "withdrawals", "cookie", "cookies", "legal", "help",
    "support", "contact", "shipping", "tos", "questions",
})
POLICY_FILLER = frozenset({"and", "of", "use", "service", "services", "statement", "the", "our", "us",
                           "page", "notice", "frequently", "asked", "info", "information", "center",
                           "centre", "general", "course", "student", "registration", "html", "htm"})
BLOG_SEGMENTS = {"blog", "blogs", "news", "article", "articles", "post", "posts", "stories", "insights",
                 "press", "newsroom", "journal", "magazine"}
PERSON_SEGMENTS = {"instructor", "instructors", "faculty", "speaker", "speakers", "presenter",
                   "presenters", "author", "authors", "team", "people", "staff", "bio", "bios",
                   "experts", "educators", "trainers"}
BUNDLE_WORDS = re.compile(r"\b(bundles?|packages?|value packs?|combos?|all[- ]access|"
                          r"(course|webinar|ce|ceu) (collection|series|library|pack)s?)\b", re.IGNORECASE)
BUNDLE_TEXT = re.compile(r"\b(includes?|including|contains?|get)\s+(all\s+)?(\d+|two|three|four|five|six|"
                         r"seven|eight|nine|ten|twelve)\s+(\w+\s+)?(courses|webinars|modules|programs|classes)\b"
                         r"|\b(courses|webinars|classes)\s+(included|in this (bundle|package|collection|series))"
                         r"|\bincluded (courses|webinars|classes)\b|\bthis (bundle|package)\b", re.IGNORECASE)
OBJECTIVES = re.compile(r"\b(objectives?|outcomes?|you will (learn|be able)|you'll learn|what you will learn|"
                        r"learning goals?|participants will|upon completion|at the end of this)\b", re.IGNORECASE)
CALL_TO_ACTION = re.compile(r"\b(register|enrol+|add to (cart|basket)|buy( now)?|sign up|purchase|"
                            r"start (the )?course|book (now|a seat|your)|reserve|take this course|"
                            r"watch (now|the recording)|get (instant )?access|checkout|join (the )?webinar|"
                            r"join (now|today)|get started|request (a )?seat|apply now)\b",
                            re.IGNORECASE)
DETAIL_SEGMENTS = {"course", "courses", "webinar", "webinars", "event", "events", "class", "classes",
                   "product", "products", "program", "programs", "catalog", "catalogue", "ce", "ceu",
                   "ceus", "learn", "training", "module", "modules", "lesson", "offering", "offerings",
                   "session", "sessions", "c", "p", "item", "listing", "on-demand", "live", "recordings",
                   "education", "activity", "activities", "workshop", "workshops"}
LISTING_HEADINGS = re.compile(r"\b(all courses|courses|catalog(ue)?|webinars|classes|programs|browse|"
                              r"search results|results|categor(y|ies)|upcoming|library|offerings)\b",
                              re.IGNORECASE)
# Pages about joining, or explaining, rather than selling one course.
MEMBERSHIP = re.compile(r"\b(membership|become a member|join (us|the association|today)|dues|renew your membership)\b",
                        re.IGNORECASE)
ARTICLE_HEADING = re.compile(r"^(how (to|do|can|does|much|many)|\d+ (tips|ways|steps|things|reasons|mistakes)|"
                             r"tips (for|to)|(a|the|your) (quick |complete |ultimate )?guide|guide to|"
                             r"everything you need|frequently asked)\b", re.IGNORECASE)
# Academic programmes (certificates, degrees) on college sites are not CE courses.
PROGRAM_HEADING = re.compile(r"\b(program(me)?s?|certificate|degree|diploma|associate)\b", re.IGNORECASE)
PROGRAM_TEXT = re.compile(r"\b(semesters?|financial aid|admissions?|program(me)? of study|externship|"
                          r"(1[2-9]|[2-9]\d|\d{3}) (semester |quarter )?credit hours?)\b", re.IGNORECASE)
# A session on a date at a time ("Tuesday, February 10, 2026, 9:00 am"): something one attends.
DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b"
                  r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}(:\d{2})?\s?(am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
# The page speaks of itself as one course ("This course covers...", "In this webinar you...").
SELF_REFERENCE = re.compile(r"\b(this|the|our) (\d+-\w+ )?(course|webinar|class|training|workshop|activity|"
                            r"program(me)?|module|micro-?lesson|lesson|seminar|session)\b(?! (catalog|list|schedule))",
                            re.IGNORECASE)
DURATION = re.compile(r"\b\d+(\.\d+)?[- ]?(minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)
CARD_TAGS = ("li", "article", "tr", "div", "section")


@dataclass
class Signals:
    """What classification looks at, collected once per page."""

    url: str
    heading: str = ""
    types: set[str] = field(default_factory=set)
    course_nodes: int = 0
    cards: int = 0
    content_links: int = 0
    listed_links: int = 0
    listed_json: int = 0
    credit: bool = False
    price: bool = False
    objectives: bool = False
    call_to_action: bool = False
    published: bool = False
    bundle_text: bool = False
    delivery: bool = False  # a stated format (webinar, self-paced, in person...) or duration
    schedule: bool = False  # a date with a clock time
    self_reference: bool = False
    instructor: bool = False
    labelled: bool = False  # a labelled price or credit ("Price: $49", <dt>Credits</dt>): one item's facts
    program_text: bool = False
    words: int = 0


def count_cards(content: HtmlElement, url: str) -> tuple[int, int, int]:
    """Distinct same-site content links with title-like text: (in repeated small cards with a
    price or credit, all of them, those in list items / table rows / articles).

    A card is the link's nearest li/article/tr/div/section; it counts only when at least one
    sibling of the same tag and class is a card too, which is what a grid or list of courses
    looks like and a single page's buy box does not.
    """
    groups: dict[tuple[HtmlElement, str, str], dict[HtmlElement, set[str]]] = {}
    card_ok: dict[HtmlElement, bool] = {}  # a card holding several links is judged once
    titled: set[str] = set()
    listed: set[str] = set()
    origin = "/".join(url.split("/", 3)[:3])
    self_path = urlsplit(url).path
    for anchor in content.iter("a"):
        href = anchor.get("href") or ""
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        text = one_line(anchor.text_content())
        if len(text) < 8:
            continue
        if href[0] == "/" and not href.startswith("//") and "/." not in href:
            # a site-relative path (most links): what urljoin gives, without its cost
            target = origin + href.split("#", 1)[0]
            path = target[len(origin):].split("?", 1)[0]
        else:
            target = urljoin(url, href).split("#", 1)[0]
            if not same_site(target, url):
                continue
            path = urlsplit(target).path
        if path in ("", "/", self_path):
            continue
        titled.add(target)
        card = next(anchor.iterancestors(*CARD_TAGS), None)
        if card is None or card is content:
            continue
        if card.tag in ("li", "tr", "article"):
            listed.add(target)
        ok = card_ok.get(card)
        if ok is None:  # a block with many links or much text is layout, not one course's card
            # the words without element breaks are never longer: a cheap first test of the length
            card_text = one_line(visible_text(card)) if (
                sum(1 for _ in card.iter("a")) <= 4 and len(one_line(card.text_content())) <= 700) else ""
            ok = card_ok[card] = (0 < len(card_text) <= 700
                                  and bool(MONEY.search(card_text) or CREDIT_PHRASE.search(card_text)))
        if ok:
            key = (card.getparent(), card.tag, card.get("class") or "")
            groups.setdefault(key, {}).setdefault(card, set()).add(target)
    cards = len({t for group in groups.values() if len(group) >= 2 for ts in group.values() for t in ts})
    return cards, len(titled), len(listed)


def segments(url: str) -> list[str]:
    """Lower-case path segments, file extensions dropped."""
    return [s.rsplit(".", 1)[0].lower() for s in urlsplit(url).path.split("/") if s]


def _policy_words(phrases: list[str]) -> bool:
    """True when the phrase is made of policy words only ("Refund and cancellation policy", "faq")."""
    for phrase in phrases:
        words = set(re.findall(r"[a-z]+", phrase.lower()))
        if words & POLICY_TOKENS and words <= POLICY_TOKENS | POLICY_FILLER:
            return True
    return False


def classify(s: Signals) -> tuple[str, list[str]]:
    """The page kind and the reasons for it."""
    segs = segments(s.url)
    seg_words = " ".join(segs).replace("-", " ").replace("_", " ")
    course_schema = bool(s.types & COURSE_SCHEMA)
    strong_course = course_schema or (s.credit and s.price)
    if not s.words:
        return "other", ["no visible text"]
    if "FAQPage" in s.types or (_policy_words(segs[-1:] + [s.heading]) and not strong_course):
        return "policy", [f"policy words in URL or heading: {s.heading[:60] or seg_words[:60]!r}"]
    if (s.types & BLOG_SCHEMA or BLOG_SEGMENTS & set(segs)) and not course_schema:
        return "blog", ["blog/article schema or URL"]
    if (s.types & PERSON_SCHEMA and not course_schema) or (PERSON_SEGMENTS & set(segs[:1] + segs[-2:-1]) and not course_schema):
        return "instructor", ["person schema or instructor URL"]
    bundle_word = bool(BUNDLE_WORDS.search(s.heading) or BUNDLE_WORDS.search(seg_words))
    if bundle_word and (s.cards >= 2 or s.listed_links >= 2) and (s.price or s.credit):
        return "bundle", ["bundle words in heading/URL with several course links"]
    if s.bundle_text and s.listed_links >= 2:
        return "bundle", ["says it includes several courses, and links to them"]
    single_item = s.course_nodes == 1 or (s.labelled and s.objectives)
    if not course_schema and not s.labelled and (
        MEMBERSHIP.search(s.heading) or MEMBERSHIP.search(seg_words) or ARTICLE_HEADING.search(s.heading)
    ):
        return "other", [f"membership or guide page: {s.heading[:60]!r}"]
    if PROGRAM_HEADING.search(s.heading) and s.program_text and not course_schema:
        return "other", ["academic programme (semesters, credit hours, admissions), not a CE course"]
    if s.types & LISTING_SCHEMA or s.course_nodes >= 3:
        return "listing", [f"listing schema or {s.course_nodes} course nodes"]
    # One item's labelled facts plus objectives mean the cards are a "more courses" block.
    if s.cards >= 6 or (s.cards >= 3 and not single_item) or s.listed_json >= 3:
        return "listing", [f"{s.cards} course-like cards, {s.listed_json} listed JSON objects"]
    reasons = []
    score = 0
    for ok, points, why in (
        (course_schema, 3, "course/event schema"),
        ("Product" in s.types and s.price, 2, "product with offer"),
        (s.credit, 2, "credit statement"),
        (s.price, 1, "price"),
        (s.objectives, 1, "objectives"),
        (s.call_to_action, 1, "call to action"),
        (s.delivery, 1, "format or duration"),
        (s.instructor, 1, "instructor"),
        (s.schedule, 1, "dated session"),
        (s.self_reference, 1, "speaks of itself as a course"),
        (bool(DETAIL_SEGMENTS & set(segs[:-1])) and len(segs) >= 2, 1, "detail-page URL"),
    ):
        if ok:
            score += points
            reasons.append(why)
    site_root = not segs or segs == ["index"]
    if (course_schema or s.credit) and score >= 3 and (course_schema or not site_root):
        return "course", reasons
    if s.price and score >= 3 and not site_root:  # no credit stated: price plus two more signs
        return "course", reasons
    if s.content_links >= 8 and LISTING_HEADINGS.search(s.heading):
        return "listing", [f"{s.content_links} content links under a catalogue heading"]
    return "other", reasons or ["no course signals"]


def _bundle_text(blocks: list[Block]) -> bool:
    """A line saying the page sells several courses together (cheap substring test first)."""
    stems = ("includ", "contain", "bundle", "package", "get ")
    for block in blocks:
        low = block.text.lower()  # once per block, not once per stem
        if any(stem in low for stem in stems) and BUNDLE_TEXT.search(block.text):
            return True
    return False


def call_to_action(scan: DocScan, link_texts: list[str]) -> bool:
    """True when a link, button or submit input invites enrolment or purchase (read before chrome is stripped)."""
    labels = list(link_texts)
    labels += [one_line(e.text_content()) for e in scan.tags("button")]
    labels += [value for e in scan.tags("input") if (value := e.get("value")) is not None][:50]
    return bool(CALL_TO_ACTION.search(" | ".join(labels)))


def collect(url: str, heading: str, node_types: list[list[str]], content: HtmlElement,
            blocks: list[Block], candidates: list[Candidate], listed_json: int,
            meta: dict[str, str], cta: bool) -> Signals:
    """Signals from the parts extract_page already has."""
    types = {t for ts in node_types for t in ts}
    course_nodes = sum(1 for ts in node_types if set(ts) & (COURSE_SCHEMA | {"Product"}))
    cards, links, listed = count_cards(content, url)
    fields = {c.field for c in candidates}
    text = "\n".join(b.text for b in blocks)
    headings = " ".join(b.text for b in blocks if b.kind == "heading")
    return Signals(
        url=url, heading=heading, types=types, course_nodes=course_nodes, cards=cards,
        content_links=links, listed_links=listed, listed_json=listed_json,
        credit="credit_text" in fields, price="price_text" in fields,
        delivery="format_text" in fields or "duration_text" in fields or bool(DURATION.search(text)),
        instructor="instructor" in fields,
        self_reference=bool(SELF_REFERENCE.search(text[:3000])),
        schedule=bool(CLOCK.search(text)) and any(  # no clock time anywhere: no block has one
            CLOCK.search(b.text) and DATE.search(b.text) for b in blocks if len(b.text) < 300),
        labelled=any(c.source.endswith("-label") and c.field in ("price_text", "credit_text") for c in candidates),
        objectives=bool(OBJECTIVES.search(headings) or "objective_text" in fields),
        call_to_action=cta, published="article:published_time" in meta,
        bundle_text=_bundle_text(blocks),
        program_text=bool(PROGRAM_HEADING.search(heading) and PROGRAM_TEXT.search(text)), words=len(text.split()),
    )
