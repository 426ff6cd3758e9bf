"""Page kind: course, listing, bundle, policy, blog, instructor or other, with the reasons.

General signals only: schema.org types, the URL's words, the main heading,
how many course-like cards the content holds (a link with a price or credit
nearby), price / credit / objective / call-to-action cues. Checks run from the
most specific kind to the least; the first that holds wins.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from urllib.parse import parse_qs, parse_qsl, urlsplit

from lxml.html import HtmlElement

from catalog.page import Candidate
from crawler.extract.blocks import Block, all_one_link
from crawler.extract.cues import CREDIT_PHRASE, MONEY
from crawler.extract.dom import one_line, visible_text
from crawler.extract.scan import DocScan
from crawler.extract.urls import join_url, same_site
from scoring.credits import NO_CREDIT_OFFERED
from scoring.dates import MONTH_NUMBER
from scoring.needles import TextGate
from scoring.text import EMOJI_TAIL

COURSE_SCHEMA = {"Course", "CourseInstance", "EducationEvent", "Event", "BusinessEvent"}
_TEACHING_SCHEMA = {"Course", "CourseInstance", "EducationEvent"}  # (an Event may be anything held on a day)
LISTING_SCHEMA = {"ItemList", "CollectionPage", "SearchResultsPage", "OfferCatalog"}
ONE_ITEM_SCHEMA = {"DiscussionForumPosting", "SocialMediaPosting", "Question"}
BLOG_SCHEMA = {"BlogPosting", "Blog", "NewsArticle", "Article", "Report", "LiveBlogPosting"}
PERSON_SCHEMA = {"Person", "ProfilePage"}
_PROFILE_HEADING = re.compile(r"^\W*(?:speaker|presenter|instructor|faculty|author|trainer|educator|member)(?:['’]s)? "
                              r"(?:profile|bio(?:graphy)?)\b", re.I)
# (not a title of teaching words: "Injection Skills Lab" heads a forum topic whose posters' panels say "Joined", "Posts")
_PERSON_NAME = re.compile(r"^(?!.*\b(?:Lab|Labs|Skills|Course|Class|Workshop|Webinar|Training|Session|Seminar|Module|Refresher|"
                          r"Update|Review|Basics|Essentials|Day)\b)(?:[A-Z][a-z'’-]+\s){1,2}[A-Z][\w'’-]+$")
# a person's name and post-nominals as the page's heading ("Renée Castellano, CMA (AAMA), MEd"): a bio page
# (not a title's words before a credential: "Phlebotomy Basics, CPT")
_NAME_AND_CREDENTIALS = re.compile(r"^(?![^,]*\b(?:Basics|Review|Prep|Refresher|Update|Course|Skills|Training|Workshop|Webinar|"
                                   r"Exam|Certification|Lab|Class|Essentials|Fundamentals|Program|Series)\b)"
                                   r"(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s[A-Z]\.)?(?:\s[A-Z][\w'’-]+){1,2}"
                                   r"(?:,\s*(?:[A-Z]{2,}[A-Za-z]{0,4}|[A-Z][a-z]{0,4}[A-Z][A-Za-z]{0,3})(?:\s*\([A-Z]{2,6}\))?)+$")
# a directory of the people who teach ("Our Instructors", "Training faculty", "Meet our presenters")
_PEOPLE_HEADING = re.compile(r"^\W*(?:(?:our|the|training|ce|education|program|course|meet (?:the|our))\s+)?"
                             r"(?:faculty|instructors|presenters|speakers|educators|trainers|teaching team|coaches|mentors|"
                             r"tutors|preceptors)\W*$", re.I)
# a title naming a charge ("Chapter CE Program Review Fee", "Late Registration Fee", "Application Fees")
# (not a course's page of its dates and fees: "Schedule and Fees", "Dates & Fees")
_FEE_TITLE = re.compile(r"^(?!.*(?:\band|&)\s+(?:fee|fees|surcharge|deposit)\W*$).*\w\s+(?:fee|fees|surcharge|deposit)\W*$", re.I)
# a thread's number, alone or before its slug (Invision Community's "/topic/1842-order-of-draw-lab/")
_NUMBERED = re.compile(r"\d+(?:-|$)")
_CHAT_SEGMENTS = frozenset({"stream", "streams", "channel", "channels"})
_EXAM_SITTING = re.compile(r"\b(?:exam|examination|test(?:ing)?) (?:session|sitting|appointment|date)s?\b|\bproctored "
                           r"(?:exams?|tests?|testing)\b|\btesting (?:center|centre)\b", re.I)
_TRACKER_SEGMENTS = frozenset({"issues", "merge_requests", "pulls", "pull"})
_ACCOUNT_PATH = re.compile(r"/@[\w.-]+(?:@[\w.-]+)?/?|/users/[\w.-]+/?")  # (Akkoma's "/users/ingrid")
_PROFILE_TITLE = re.compile(r"^\W*(?:(?:user|member|public|my)\s+)?profile(?:\s+(?:details|information|info|page))?\W*$", re.I)
_JOINED = re.compile(r"^\s*(?:joined|member since|registered)\s*:?\s*\S", re.I)
_POST_COUNT = re.compile(r"^\s*(?:messages|posts|reaction score|replies|topics)\s*:?\s*[\d,]+\s*$", re.I)
POLICY_TOKENS = frozenset({
    "refund", "refunds", "cancellation", "cancellations", "cancelation", "terms", "privacy", "policy",
    "policies", "faq", "faqs", "conditions", "returns", "accessibility", "disclaimer", "grievance",
    "grievances", "complaints", "withdrawal", "withdrawals", "cookie", "cookies", "legal", "help",
    "support", "contact", "shipping", "tos", "questions",
})
POLICY_FILLER = frozenset({"and", "of", "use", "service", "services", "statement", "the", "our", "us",
                           "page", "notice", "frequently", "asked", "info", "information", "center",
                           "centre", "general", "course", "student", "registration", "html", "htm",
                           # what the policy or the questions are about: "CEU Frequently Asked Questions"
                           "ce", "ceu", "ceus", "cme", "continuing", "education", "credit", "credits", "recertification",
                           "webinar", "webinars", "event", "events", "class", "classes", "courses",
                           # what else such a policy governs ("Refunds, cancellations and transfers")
                           "transfer", "transfers", "substitution", "substitutions", "exchanges", "payment", "payments"})
BLOG_SEGMENTS = {"blog", "blogs", "news", "article", "articles", "post", "posts", "stories", "insights",
                 "press", "newsroom", "journal", "magazine", "resources", "guides", "notes", "updates", "musings",
                 "threads", "forum", "forums", "community", "announcements", "announcement"}  # (a forum's discussion threads: posts, unless one is a course's own page)
PERSON_SEGMENTS = {"instructor", "instructors", "faculty", "speaker", "speakers", "presenter",
                   "presenters", "author", "authors", "team", "people", "staff", "bio", "bios",
                   "experts", "educators", "trainers"}
# a vendor showing its product ("A sponsor's product demonstration (no CE)", "Sponsored demo · Feb 24, 2027")
# (and a conference's industry session: "Product Theater", "This is a promotional program presented by ...")
PRODUCT_DEMO = re.compile(r"\bproduct demo(?:nstration)?s?\b|\bsponsor(?:ed|'s|’s)? (?:product )?(?:demo|webinar|showcase)s?\b"
                          r"|\bproduct theat(?:er|re)s?\b|\bpromotional (?:program|programme|presentation|session|event)s?\b", re.I)
# subscription tiers side by side: "Compare our CE plans" over "$99 / year" and "$179 / year"
PLANS_HEADING = re.compile(r"\b(?:plans?|pricing|subscriptions?)\b", re.I)
YEARLY_PRICE = re.compile(r"\$\s?\d[\d,]*(?:\.\d{2})?\s*(?:/\s*|per\s+|a\s+|for (?:the|one|a)\s+)(?:[\w-]+\s+){0,3}?(?:per\s+|a\s+)?"
                          r"(?:year|yr|month|mo)\b",
                          re.I)  # ("$50.00 per clinic site per year")
# a past offering kept online for its waitlist: "Sold out — waitlist only ... we will email you first when the 2027 date
# is set" (a sold-out class still to come names its date, not the next one)
SOLD_OUT = re.compile(r"\bsold out\b|\bwait ?list only\b|\b(?:all )?(?:\d+ )?seats were (?:taken|filled|claimed)\b", re.I)
NEXT_DATE_PENDING = re.compile(r"\bwhen (?:we (?:schedule|set|announce) )?the (?:next|20\d\d|new) (?:date|lab|session|class|course|"
                               r"workshop|offering|skills day)s?\b(?: (?:is|are) (?:set|scheduled|announced|confirmed))?", re.I)
# the credential's own rule, no course's credit: "CMAs (AAMA) need 60 recertification points every five years"
_CREDENTIAL_RULE = re.compile(r"\bevery (?:five|5|two|2|three|3) years\b|\b(?:60|30) (?:recertification |ccp )?points\b", re.I)
GIFT_CARD = re.compile(r"\bgift (?:card|certificate|voucher)s?\b|\bgift ?cards?\b", re.I)
SEPARATE_COURSES = re.compile(r"\beach (?:session|class|webinar|module|part|evening|workshop) is (?:a )?separate(?:ly)? "
                              r"(?:course|registration|registered|event|offering)|\bthe series (?:itself )?is not a (?:single )?course\b",
                              re.I)
_SERIES = re.compile(r"\bseries\b", re.IGNORECASE)
BUNDLE_WORDS = re.compile(r"\b(bundles?|packages?|pathways?|learning paths?|(value |power |ce |ceu |course |recert |recertification |renewal )packs?|\d+[- ]packs?|combos?|all[- ]access|"
                          r"(course|webinar|ce|ceu|on-?demand|replay|recordings?) (collection|series|library|pack)s?)\b"
                          # "Clinical Skills Certificate (3 courses)", "CE Bundle (3 recorded courses)"
                          r"|\(\s*(?:\d+|two|three|four|five|six)\s+(?:[\w-]+\s+)?(?:courses|webinars|classes|labs|programs)\s*\)",
                          re.IGNORECASE)
BUNDLE_TEXT = re.compile(r"\b(includes?|including|contains?|get|covers?|bundles?)\s+(all\s+)?(\d+|two|three|four|five|six|"
                         r"seven|eight|nine|ten|twelve)\s+(?:of (?:our|the|these)\s+)?([\w-]+\s+)?(courses|webinars|modules|programs|"
                         r"classes)\b"
                         r"|\b(courses|webinars|classes)\s+(included|in this (bundle|package|collection|series))"
                         r"|\bincluded (courses|webinars|classes)\b|\bthis (bundle|package)\b"
                         # "Learning path: three self-paced courses in a suggested order"
                         r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+([\w-]+\s+){0,2}(courses|webinars|modules|classes)"
                         r"\s+in\s+a\s+(suggested|recommended|set)\s+order\b"
                         # a series listed as one ("four separate webinars for medical assistants, one a month"; "Each
                         # webinar is its own event with its own registration")
                         r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+separate\s+([\w-]+\s+)?(courses|webinars|"
                         r"workshops|programs)\b"
                         r"|\beach (?:webinar|course|class|session|workshop) is its own (?:event|course|registration)\b"
                         # "Three self-paced courses at one price"
                         # ("Three of our most requested courses at one price")
                         r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of our\s+)?([\w-]+\s+){0,2}(courses|webinars|"
                         r"modules|classes|workshops|labs|sessions|products|items|recordings)\s+(at|for)\s+(one|a single)\s+(low\s+)?price\b"
                         # "Two on-demand items in one purchase", "Three of our most popular courses in one purchase"
                         r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of our\s+)?([\w-]+\s+){0,3}(courses|webinars|modules|classes|"
                         r"items|recordings|products|activities|labs|workshops|sessions)\s+in\s+(one|a single)\s+(purchase|package|order|price)\b"
                         # "Get Order of Draw (2 AAMA CEUs), Blood Cultures ... and Specimen Processing together and save $30"
                         r"|\btogether and save\b"
                         r"|\b(each|every) (course|webinar|class|recording) in (the|this) (bundle|package|pass)\b"
                         r"|\bin one (bundle|package)\b"
                         # a recordings library sold whole or by the piece ("Buy the all-access pass to watch all six, or pick
                         # single sessions")
                         r"|\bor pick (?:single|individual) (?:sessions|recordings|courses|webinars|talks)\b"
                         # a class pass or pack ("Six punches to use on any studio class", "a 6-class pass", "class pack")
                         r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+punch(es)?\b"
                         r"|\b(\d+|two|three|four|five|six|eight|ten|twelve)-(class|session|course) (pass|pack|card)\b"
                         r"|\bto use on any (?:[\w-]+\s+)?(class|course|webinar|workshop|lab)\b"
                         # "Register for three CE offerings at once"
                         r"|\b(?:register|enrol+|sign up|pay) for (?:all )?(\d+|two|three|four|five|six)\s+(?:ce\s+)?(?:courses|offerings|"
                         r"webinars|classes|sessions|programs)\s+(?:at once|together|in one go)\b"
                         # "Two of our most requested courses together for one price", "the bundle itself is not a ... class"
                         r"|\b(two|three|four|five|six|\d+)\s+(of our\s+)?([\w-]+\s+){0,3}(courses|webinars|classes|modules)\s+"
                         r"together\b|\bthe (bundle|package) itself\b"
                         # credit left to the courses inside: "Credits are awarded by each course, not by the bundle"
                         r"|\b(credits?|ceus?|points?|contact hours) (is|are) (awarded|earned|given|granted) (by|per|for) (each|every) "
                         r"(course|class|program|event|webinar|session|workshop)\b"
                         r"|\bnot a (ce|cme|continuing education) (activity|course|event|program) (in )?itself\b"
                         r"|\bcredit is earned per (course|class)\b|\bin total,? awarded (by|per|for) (each|every) (course|class)\b"
                         r"|^(two|three|four|five|six|seven|eight|\d+) (courses|webinars|classes|modules)\b[,:]", re.IGNORECASE)
# a pass good for several, whichever one picks: "a prepaid pass for any four live CPMAS webinars"
_ANY_OF_SEVERAL = re.compile(r"\b(?:for|covers?|good for|redeemable for)\s+any\s+(?:\d+|two|three|four|five|six|seven|eight|"
                             r"nine|ten|twelve)\s+(?:[\w-]+\s+){0,3}(?:courses|webinars|classes|modules|recordings|workshops)\b",
                             re.IGNORECASE)
_LEAD_MARKS = re.compile(r"^[\W_]+")  # an emoji or glyph before a line's words ("🎯 You'll be able to ...")
OBJECTIVES = re.compile(r"\b(objectives?|outcomes?|you will (learn|be able)|you['’]ll learn|what you will learn|"
                        r"learning goals?|participants will|upon completion|at the end of this|key takeaways|"
                        r"(you'll|you will|you’ll|you should) (leave|walk away|walk out|be able)|what you(?:'ll|’ll| will) (take away|gain)|"
                        r"what you(?:'ll|’ll| will| should) get (?:out of (?:it|this|the \w+)|from (?:it|this))|"
                        r"what you(?:'ll|’ll| will) (?:leave|walk away|walk out|come away) (?:able|ready)|"
                        r"after (this|the) (session|class|course|webinar|workshop|training)[^.\n]{0,30}\bable to|"
                        r"after (this|the) (session|class|course|webinar|workshop|training|module),? you (can|will|'ll|’ll)\b|"
                        r"after (reading|completing|finishing|attending) (this|the|it)\b[^.\n]{0,30}\bable to|"
                        r"after (watching|viewing|listening)\b[^.\n]{0,40}\bable to|"
                        # ("In this three-hour lab you'll" over a list of what the learner does)
                        r"in this (?:[\w-]+ ){0,2}?(?:lab|class|course|session|workshop|webinar|module|training),? "
                        r"you(?:'ll|’ll| will))\b"
                        # a list's lead-in: "In this workshop you will:"
                        r"|\bin this (?:[\w-]+ ){0,2}(?:workshop|course|session|class|webinar|module|training|recording|program),? "
                        r"you(?:'ll|’ll| will)(?: learn(?: to| how to)?| be able to)?\s*:",
                        re.IGNORECASE)
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
MEMBERSHIP = re.compile(r"\b(membership|member (?:pricing|prices|rates|discounts?)|become a member|join (us|the association|today)|dues|renew your membership)\b",
                        re.IGNORECASE)
JOINING = re.compile(r"\b(?:renew(?:ing)? (?:your |a )?membership|membership (?:renewal|levels|options|benefits|application|dues)|"
                     r"become a member|join (?:us|the (?:association|society|chapter)|today|now)|(?:annual |membership )?dues)\b",
                     re.IGNORECASE)
# a series sold and credited as one ("Series fee: $60; members $45", "The series is approved for 3 AAMA CEUs",
# "Registration is for the full four-session series")
SERIES_WHOLE = re.compile(r"\bseries fee\b|\b(?:the|this) series (?:is approved for|carries|awards|earns|costs)\b|"
                          r"\bfor the (?:full|whole|entire|complete) (?:[\w-]+ )?series\b|\bcovers all (?:[\w-]+ )?sessions\b",
                          re.IGNORECASE)
# where to stay or what room to rent ("Spring Conference 2027: Hotel", "Book the Education Room"): no teaching
VENUE_HEADING = re.compile(r"\b(?:hotels?|lodging|accommodations?|room blocks?|travel (?:and|&) (?:hotel|lodging)|"
                           r"book (?:the|our|a) (?:[\w-]+ )?room|room (?:rentals?|bookings?|reservations?|hire)|"
                           r"venue (?:rental|hire)|rent (?:the|our|a) (?:[\w-]+ )?(?:room|space|venue)|"
                           # ("Simulation Center rental for outside CE providers", "Simulation Suite Rental for Employer In-Services")
                           r"(?:center|centre|suite|lab|classroom|space|facility) rentals?)\b", re.IGNORECASE)
# a gathering of many sessions announced before its programme ("Save the date: May 7-8, 2027 ... Registration opens
# February 1"): its sessions and their credit are still to come
MEETING_HEADING = re.compile(r"\b(?:conference|symposium|summit|convention|annual meeting|congress|expo)\b", re.IGNORECASE)
SAVE_THE_DATE = re.compile(r"\bsave the date\b", re.IGNORECASE)
_POLL_TEXT = re.compile(r"\bpoll (?:closes|ends|is open|results)\b|\bhelp us (?:pick|choose|decide)\b|"
                        r"\bvote (?:for|on) (?:the |your |which |our next )?(?:topic|webinar|class|course|session)s?\b", re.I)
# a meeting's total over its sessions, each attendee's own ("up to 8 AAMA CEUs will be offered")
_UP_TO_CREDITS = re.compile(r"\bup to \d+(?:\.\d+)? (?:AAMA |IACET )?(?:CEUs?|contact hours?|credits?|continuing education units?)\b",
                            re.IGNORECASE)
# ... announced before it is offered: its registration, fees or program still to come
_NOT_YET_OPEN = re.compile(r"\bregistration (?:opens|will open)\b|\bexpected (?:fees?|prices?|costs?)\b|"
                           r"\b(?:program|programme|agenda|schedule) will be posted\b|\bsave the date\b", re.IGNORECASE)
# ("The full programme, session credits and conference-day registration will be announced on February 1, 2027.")
_PROGRAM_TO_COME = re.compile(r"\b(?:program|programme|agenda|schedule|sessions?)\b[^.]{0,80}\bwill be (?:announced|posted|"
                              r"released|published)\b", re.I)
# a pass or membership sold by the year ("The Learning Pass is our annual CE membership: $49 a year")
_SUBSCRIPTION_WORD = re.compile(r"\bsubscription\b", re.IGNORECASE)
# (or a pass that "covers registration for every live webinar the Guild itself runs in 2027": a season's pass)
# (or a heading that says so: "2027 CE Pass: All Live Webinars"; "One purchase, every HDMAS live webinar in 2027")
_ALL_OF_A_KIND = re.compile(r"\b(?:all|every)(?:\s+[\w-]+){0,2}?\s+(?:webinars|courses|classes|events|sessions|programs|"
                            r"workshops|titles|recordings)\b|\bone (?:purchase|payment|price),?\s+(?:every|all)\b", re.IGNORECASE)
# (or "gives you one year of access to every on-demand course and recording the society publishes in 2027")
_COVERS_EVERY = re.compile(r"\b(?:covers?|includes?|good for|valid for|(?:[\w-]+ ){0,3}access to)\s+(?:registration (?:for|to)\s+|"
                           r"admission to\s+|access to\s+|entry to\s+)?(?:every|all)(?:\s+[\w-]+){0,3}?\s+(?:webinars?|courses?|"
                           r"classes|class|events?|sessions?|programs?|workshops?|titles|recordings)\b", re.IGNORECASE)
PASS_HEADING = re.compile(r"\b(?:pass|passport|membership|subscription|all-access|unlimited)\b", re.IGNORECASE)
# ... or one the lead sentence names so ("Vantreece Rewards is our membership program for individual medical assistants")
# a membership told as a year's ("The Bramwell Center Pass is our 12-month membership for regular visitors. It costs $60")
_A_YEAR_S_MEMBERSHIP = re.compile(r"\bis (?:our|an?|the) (?:12-month|twelve-month|one-year|1-year|annual|yearly) "
                                  r"(?:membership|pass|subscription)\b", re.I)
_IS_A_MEMBERSHIP = re.compile(r"\bis (?:our|an?|the) (?:annual |yearly |paid )?(?:membership|subscription|loyalty)(?: program(?:me)?| plan| club)?\b"
                              # (or one that renews: "Enrollment is $50.00 per clinic site per year and renews each July 1")
                              r"|\b(?:enrol(?:l)?ment|membership|subscription) (?:is|costs) \$(?:[^.]|\.\d){0,60}\brenews\b"
                              # (or one whose fee is named so: "Membership fee | $60 per learner per year")
                              r"|\bmembership (?:fees?|dues)\b|\b(?:annual|yearly) dues\b", re.IGNORECASE)
# asking people to give their time ("Become a preceptor", "Volunteer as a mentor"): nothing is taught to them
RECRUITING_HEADING = re.compile(r"\b(?:become|be|volunteer as|sign up to be|apply to be) an? (?:[\w-]+ )?(?:preceptor|mentor|volunteer|"
                                r"speaker|presenter|instructor|faculty member|sponsor|exhibitor|item writer|reviewer|host site)\b"
                                r"|\b(?:seeking|now recruiting|recruiting) (?:preceptors|mentors|volunteers|speakers|presenters|"
                                r"instructors|faculty|host sites)\b"
                                # a sign-up for helpers at an event ("Volunteer: Spring CE Day Check-in & Skills-Station Helpers")
                                r"|^\W*volunteers?(?: shifts?| opportunit(?:y|ies)| sign-?ups?| needed)?\s*[:\-–—|]"
                                r"|\bvolunteers? (?:needed|wanted)\b|\bcall for volunteers\b"
                                # a marketplace's page for providers: "Teach with us", "List your course"
                                r"|^\W*(?:teach|present|speak|instruct) (?:with|for) us\b|^\W*list your (?:ce )?(?:courses?|classes)\b",
                                re.IGNORECASE)
FUNDING_HEADING = re.compile(r"\b(?:scholarships?|tuition assistance|financial aid|grants? program|funding opportunit(?:y|ies)|"
                             r"education(?:al)? grants?|grant (?:requests?|applications?)|"
                             # an employer's benefit for paying for courses ("Continuing Education Allowance and Reimbursement")
                             r"(?:education(?:al)?|ce|tuition|training) (?:allowance|reimbursement|benefits?))\b",
                             re.IGNORECASE)
# a heading that is only a plural of what a catalogue lists ("Events", "Upcoming webinars")
PLURAL_HEADING = re.compile(r"^\s*(?:upcoming |all |our )?(?:events|courses|webinars|classes|workshops|programs|sessions|"
                            r"trainings|calendar)\s*$", re.IGNORECASE)
# a call for people to teach ("Call for presenters"), read in a heading and near the top of a page
_CALL_FOR = r"\bcall for (?:speakers|proposals|presenters|presentations|sessions|abstracts|posters|faculty)\b"
ADMIN_HEADING = re.compile(r"\bregistration$|^register\b|\b(?:list|submit) (?:your|a) (?:ce |cme )?(?:program|course|event)s?\b|"
                           + _CALL_FOR + r"|\bbecome an? (?:member|sponsor|"
                           r"presenter|exhibitor)\b|\bsponsorship|\bexhibitors?\b", re.IGNORECASE)
ARTICLE_HEADING = re.compile(r"^(how (to|do|can|does|much|many|i|we)|\d+ (tips|ways|steps|things|reasons|mistakes)|"
                             r"tips (for|to)|(a|the|your) (quick |complete |ultimate )?guide|guide to|"
                             r"everything you need|frequently asked)\b", re.IGNORECASE)
PRESS_HEADING = re.compile(r"^[\w .,'’&-]{3,80}\b(?:announces|unveils|launches|names|welcomes)\b", re.IGNORECASE)
# a donation form ("Choose a gift amount", "Gift frequency", "Make this gift in honor of ..."): money given, not a course
_DONATION = re.compile(r"\b(?:choose|select|enter) (?:a |your )?gift amount\b|\bgift frequency\b|\bmake (?:a|this|your) "
                       r"(?:gift|donation)\b|\btax[- ]deductible\b|\bdonat(?:e|ion) (?:now|form|today)\b|\bin (?:honor|memory) of\b"
                       # a campaign's form ("Your gift pays for seats", "31 donors"; not its progress bar alone, "$2,890
                       # raised of $3,000 goal", which a course page may carry beside the course)
                       r"|\b(?:choose|select|enter) an amount\b|\b\d+ donors\b|\brecent donors\b|\btax receipt\b"
                       r"|\byour gift\b",
                       re.IGNORECASE)
def _donation_form(text: str) -> bool:
    """Two of a donation form's cues, one of them about the gift itself ("in honor of" and "in memory of" alone are a
    dedication, not a form); a substring test first, as most pages name no gift."""
    low = text.lower()
    if "gift" not in low and "donat" not in low:
        return False
    return len({m.group(0).lower() for m in _DONATION.finditer(text)}) >= 2


# a guide named after a colon ("Recertifying your CMA (AAMA): a practical guide", "...: A Guide for Our Students"),
# whatever tables of credit it shows
GUIDE_TITLE = re.compile(r":\s*(?:a|the|your) (?:[\w-]+ ){0,2}guide(?: (?:for|to) [^:]{1,40})?\W*$"
                         # a guide to the credential's rules ("Recertification Guide for CMAs (AAMA)", "Guide to CEUs")
                         # (or its other names: "CMA (AAMA) recertification roadmap", "CEUs explained")
                         r"|\b(?:recertification|recertifying|recert|ceus?|continuing education)\b[^:]{0,30}"
                         r"\b(?:guide|roadmap|primer|explained|handbook|help)\b"
                         # ("CE credit, explained", "Understanding CEUs and contact hours")
                         r"|\b(?:ce|credits?)\b[^:]{0,20}\bexplained\b"
                         r"|^\W*understanding (?:[\w-]+ ){0,2}(?:ceus?|contact hours|credits?|recertification|points)\b"
                         # ("Recert help: counting your 60 points")
                         r"|\b(?:counting|tracking|planning|adding up) (?:your )?(?:60 |recertification |recert )?points\b"
                         # ("Planning your CMA (AAMA) recertification", "Renewing your credential")
                         r"|\b(?:planning|tracking|managing|renewing|maintaining) (?:your )?(?:cma \(aama\) |cma |rma |ccma )?"
                         r"(?:recertification|recert|credential)\b"
                         r"|\bguide (?:to|for) (?:recertif\w*|ceus?\b|continuing education|(?:your )?(?:ce )?credits?\b)"
                         # ("How CE Credits Work for CMAs (AAMA)", "How recertification points work")
                         r"|\bhow (?:[\w-]+ ){0,2}(?:ce|ceus?|credits?|points|recertification)(?: [\w-]+){0,2} works?\b"
                         # an employer's list of what its staff must complete ("2027 annual competency requirements for
                         # medical assistants", "CE requirements for clinical staff")
                         r"|\b(?:competency|competencies|training|ce|ceu|continuing education|education|credential(?:ing)?|"
                         r"recertification) requirements\b",
                         re.IGNORECASE)
# a service for certificates already earned ("Verify a CE certificate", "Request a replacement certificate",
# "Transcript lookup"): whatever credits its table of past activities lists, it teaches nothing
# the provider's own page about itself ("About Harborlight", "About us"), not "About this course" or "About the instructor"
ABOUT_HEADING = re.compile(r"^about\s+(?!this\b|the\s+(?:course|class|webinar|workshop|program|event|session|lab|"
                           r"instructors?|presenters?|authors?|speakers?|faculty)\b)\S", re.IGNORECASE)
THANKS_HEADING = re.compile(r"\bthank(?:s| you)\b", re.IGNORECASE)
RECORDS_SERVICE = re.compile(r"\b(?:verify|verification|look ?up|lookup|replace|replacement|reprint|re-?issue|download|"
                             r"request|find|search)\b(?:\s+(?:a|an|the|your|my|ce|cme|ceu|duplicate|replacement|lost|"
                             r"completion|course|training|copy|of)){0,3}\s+(?:certificates?|transcripts?)\b"
                             r"|\b(?:certificate|transcript)s?(?:\s+or\s+(?:certificate|transcript)s?)?\s+(?:verification|lookup|"
                             r"look-up|search|reprints?|replacements?|requests?)\b"
                             # a message that a past activity's certificate is ready ("Your certificate is ready")
                             r"|\byour (?:ce |ceu |cme )?(?:certificates?|transcripts?) (?:is|are) (?:ready|available|attached|here)\b",
                             re.IGNORECASE)
# what is taught (a class is "not a webinar: come in person"; a planner "is a planning tool, not a course")
_TEACHING_NOUN = r"(?:class|course|workshop|program|programme|session|lab|event|module|seminar|webinar|training|activity|offering)"
# a page that says what it is not: "This is not a class. Use this form to order ...", "The pass is a bundle, not a course"
# ("It is a policy page, not a course – for courses see the course list", "It is guidance, not a course", "This is a poll,
# not a registration"; "This is a staff information session; no continuing-education credit ... is offered")
DISCLAIMS_TEACHING = re.compile(r"\b(?:this|it|the) (?:(?!" + _TEACHING_NOUN + r")[a-z-]+ )?(?:is (?:(?:(?:a|an) )?[\w -]{1,40}?,? )?not|isn['’]t) (?:a|an) "
                                r"(?:(?:separate|single|standalone|stand-alone|actual|real) )?"  # ("a bundle, not a separate course")
                                r"(?:(?:continuing[- ]education|ce|cme|accredited) )?"  # ("not a continuing-education course")
                                r"(?:class|course|ce (?:activity|course|session)|training|webinar|registration(?: page| form)?|(?:education(?:al)?|learning|"
                                r"continuing[- ]education|teaching|training) (?:program(?:me)?|activity|event|session))\s*(?:[.;:!,–—-]|and\b)"
                                # a longer name saying what it is instead ("The 2027 CE Season Pass is a bundle, not a
                                # course"); not a format told apart ("The skills day is an in-person class, not a webinar")
                                r"|\b(?:this|the) (?:(?!" + _TEACHING_NOUN + r"\b)[\w-]+ ){1,4}is (?:a|an|my|our) (?:(?!"
                                + _TEACHING_NOUN + r"\b)[\w-]+ ?){1,3}, not (?:a|an) (?:(?:separate|single|standalone|"
                                r"stand-alone) )?(?:class|course|ce course|training course)\b"
                                r"|\bthis is an? (?:[\w-]+ ){0,2}(?:information(?:al)? session|info session|recruiting event|"
                                r"hiring event|business meeting|networking event|social event|(?:advising|coaching|consultation) "
                                r"(?:appointment|session|call))\b"
                                # practice time ("Open lab time is practice, not continuing education: no CEUs ... are issued")
                                r"|\b(?:practice|lab time|open lab|drop-in|hours|shifts?|observation)\b[^.]{0,30}\bnot (?:a )?"
                                r"continuing[- ]education\b"
                                # a room or kit hired out ("A room host to open, close and reset the room. Instruction is not included.")
                                r"|\b(?:instruction|teaching|an instructor) (?:is )?not included\b"
                                # ("Equipment rental only — no instruction and no CE credit", "There is no instruction,
                                # assessment or certificate")
                                r"|\bno (?:instruction|teaching)(?:,? (?:and |or )?(?:no )?(?:assessment|ce|cme|credit|certificate|"
                                r"grading)\b)+|\b(?:equipment|room|space) (?:rental|hire) only\b"
                                # a skills check-off ("This is an assessment only. No instruction ... is provided")
                                r"|\b(?:this|it) is an? (?:skills? |competency )?(?:assessment|check-?off|evaluation) only\b"
                                # material that says it is no course ("This job aid is a free reference and carries no CE credit")
                                r"|\b(?:this|the) (?:job aid|quick reference|reference|handout|cheat sheet|tip sheet|checklist|"
                                r"template|poster|infographic|tool)\b[^.]{0,60}\b(?:carries|earns|awards|offers|gives) no "
                                r"(?:ce|cme|continuing[- ]education|credit)\b"
                                # a practice quiz ("This Rapid Refresh is practice only", "Practice only · no CE credit")
                                r"|\b(?:this|it) (?:[\w-]+ ){0,3}is (?:for )?practice only\b"
                                r"|\bpractice (?:only|quiz|test|exam)\W{1,3}no (?:ce|cme|continuing[- ]education)\b", re.I)
# the page says it is no CE course ("This is a practice-test product ... it is not a continuing-education course: practice
# tests award no CE credit"), not one whose approval lapsed ("is no longer an AAMA-approved course")
_NOT_A_CE_COURSE = re.compile(r"\b(?:this|it) (?:product |item |page )?is not (?:a|an) (?:continuing[- ]education|ce|cme) "
                              r"(?:course|activity|program(?:me)?|offering)\b", re.I)
# what the page says it is instead of education ("Advocacy Day is an advocacy event", "this bootcamp is exam prep for new
# students, not continuing education", "The luncheon ... is not an
# educational activity", "This is an on-site consulting service for practice owners ..., not a course") ...
_NOT_EDUCATION = re.compile(r"\b(?:is not|isn['’]t|are not|aren['’]t|is (?:an? )?[^.;:!?]{1,60}?,? not) continuing[- ]education\b(?!\s+(?:credits?|units?|hours?|points?))"
                            # (or after a colon: "Please know what this is: a study group, not a CE course.")
                            r"|\b(?:is:? (?:(?:a|an) [^.;:!?]{1,80}?,? )?not|isn['’]t) (?:a|an) (?:(?:accredited|continuing[- ]education|ce|cme|"
                            r"review|formal|structured) )?"
                            r"(?:class|course|(?:education(?:al)?|learning|teaching|continuing[- ]education|ce) "
                            r"(?:program(?:me)?|activity|event|offering|course|session))\b"
                            # (of several: "Team days are private custom sessions. They are not CE classes")
                            r"|\b(?:they|these) (?:are not|aren['’]t) (?:(?:accredited|continuing[- ]education|ce|cme) )?"
                            r"(?:classes|courses|(?:education(?:al)?|learning|ce) (?:programs|activities|events|sessions))\b"
                            r"|\bis an? (?:[\w-]+ ){0,2}?(?:advocacy|social|networking|fundraising|recognition|celebration|"
                            r"business|installation)(?: [\w-]+){0,2}? (?:event|gathering|meeting|day|luncheon|dinner|ceremony|"
                            r"reception|session|breakfast|brunch|lunch|mixer|evening|night|party)\b"
                            # (a lab booked for practice: "Open lab is practice time only. Nothing is taught ...")
                            r"|\bnothing is taught\b|\bis (?:supervised |open )?practice (?:time )?only\b"
                            # ("Please read: this is an assessment only. I don't teach at check-off Saturday")
                            r"|\bis an? (?:skills? |competency )?(?:assessment|check-?off|verification|evaluation) only\b"
                            # (an exam candidates' practice: "this morning is practice for people sitting the CMA (AAMA) exam")
                            r"|\bis (?:exam )?practice for (?:people|those|candidates|students|anyone|first-time)\b"
                            # ("Please note: the club is exam preparation. It does not award continuing education credit")
                            r"|\bis (?:an? )?(?:exam|test|board|certification)[- ](?:prep(?:aration)?|review)\b"
                            # ("this is a fundraiser and a purely recreational morning. It has no educational content")
                            # (a site's help: "This video is a help resource", "Credit: None – this is a how-to video", "No CE
                            # credit is attached to this tour")
                            r"|\bno (?:ce|cme|continuing[- ]education) credit is (?:attached|given|offered|awarded) (?:to|for|with) "
                            r"(?:this|the) (?:tour|demo|demonstration|walkthrough|walk-through|overview)\b"
                            r"|\bis an? (?:[\w-]+ ){0,2}?(?:help|support|how-to|onboarding) (?:resource|video|article|guide)\b"
                            # (a tour of the site: "A ten-minute walkthrough of the academy ... it's simply how the site
                            # works"; practice tests: "These are self-assessment tests only")
                            r"|\bwalk-?through of (?:the|our) (?:academy|site|portal|platform|app|learning (?:center|centre|portal))\b"
                            r"|\bhow the (?:site|portal|platform|app|academy) works\b"
                            r"|\bself-assessment (?:tests?|quiz(?:zes)?|tools?) only\b"
                            r"|\bis an? (?:[\w-]+ ){0,2}?fundraiser\b|\bhas no (?:educational|continuing[- ]education) (?:content|value)\b"
                            r"|\b(?:nobody|no one) teaches\b"
                            # ("The pass covers the exhibit hall only. It includes no education sessions")
                            r"|\b(?:includes|has|offers|contains|covers) no (?:education(?:al)?|ce|teaching|learning) "
                            r"(?:sessions?|content|programs?|components?)\b", re.I)
# ("nothing here earns CEUs or contact hours")
_NOTHING_EARNS = r"\bnothing (?:here |in it |on it )?(?:earns|carries|awards|gives) (?:any )?"
# ... and that it gives no credit ("no CEUs or contact hours are awarded", "No CEUs, contact hours or certificates are issued")
_NO_CE_GIVEN = re.compile(r"\bno (?:[\w-]+,? (?:or |and )?){0,3}?(?:ceus?|contact hours?|(?:ce|cme|continuing[- ]education) "
                          r"(?:credits?|certificates?))\b[^.;]{0,40}?\b(?:(?:are|is|will be) (?:offered|awarded|issued|given|granted|earned|provided|"
                          r"attached)|"
                          r"comes? with (?:it|this))\b"
                          # ("it carries no CEUs, no contact hours and no certificate")
                          r"|\b(?:carr(?:y|ies)|awards?|earns?|offers?|gives?|provides?|records?) (?:no|zero) (?:(?:aama|iacet) )?"
                          r"(?:ceus?|contact hours?|(?:ce|cme|"
                          r"continuing[- ]education) (?:credits?|value))\b"
                          r"|" + _NOTHING_EARNS + r"(?:ceus?|contact hours?|(?:ce|cme|continuing[- ]education) credits?)\b"
                          # ("This is a social session; no CE is awarded.")
                          r"|\bno (?:ce|cme) (?:is|will be) (?:awarded|offered|given|issued|earned)\b"
                          # ("There are no CEUs, no certificate and no fee.")
                          r"|\bthere (?:are|is|will be) no (?:[\w-]+,? (?:and |or )?(?:no )?){0,4}?(?:ceus?|contact hours?|"
                          r"(?:ce|cme|continuing[- ]education) credits?)\b",
                          re.I)
# Academic programmes (certificates, degrees) on college sites are not CE courses.
PROGRAM_HEADING = re.compile(r"\b(program(me)?s?|certificate|degree|diploma|associate|apprenticeships?)\b", re.IGNORECASE)
_TRACK_HEADING = re.compile(r"\b(?:track|pathway|cohort|(?:exam|test|board|certification) (?:review|prep\w*|practice)|study group)\b",
                            re.IGNORECASE)
# (a course whose approval lapsed awards none now, and is a course for all that)
_LAPSED_APPROVAL = re.compile(r"\b(?:expired|lapsed)\b", re.IGNORECASE)
PROGRAM_TEXT = re.compile(r"\b(semesters?|financial aid|admissions?|program(me)? of study|externship|apprentices|"
                          r"(1[2-9]|[2-9]\d|\d{3}) (semester |quarter )?credit hours?)\b", re.IGNORECASE)
# A session on a date at a time ("Tuesday, February 10, 2026, 9:00 am"): something one attends.
DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}\b"
                  r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b", re.IGNORECASE)
# a month and a day, with or without a year ("Jan 20", "March 4")
DAY = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b", re.IGNORECASE)
CLOCK = re.compile(r"\b\d{1,2}(:\d{2})?\s?(am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
# The page speaks of itself as one course ("This course covers...", "In this webinar you...").
SELF_REFERENCE = re.compile(r"\b(this|the|our) (\d+-\w+ )?(course|webinar|class|training|workshop|activity|"
                            r"program(me)?|module|micro-?lesson|lesson|seminar|session)\b(?! (catalog|list|schedule))",
                            re.IGNORECASE)
DURATION = re.compile(r"\b\d+(\.\d+)?[- ]?(minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)
CARD_TAGS = ("li", "article", "tr", "div", "section")
_COUNTED_HEADING = re.compile(r"^(?:listings|courses|classes|products|items|events|webinars|offerings)\s*\(\d+\)$", re.I)
_CARD_BODY_TAGS = frozenset({"div", "article", "section", "h2", "h3", "h4", "p", "ul"})
_AMOUNT = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_SLASH_OR_MONTH = re.compile(r"\d/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)
# Path words of pages that gather or talk about other pages: archives, search, minutes, about.
NEWSLETTER_SEGMENTS = frozenset({"newsletter", "newsletters"})
_WHEN = r"(?:spring|summer|fall|autumn|winter|holiday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|20\d\d)"
# a newsletter's issue by its season, month or year (not a course about writing one: "Writing a Patient Newsletter")
NEWSLETTER_HEADING = re.compile(r"^\W*(?:[\w&'’-]+\W+){0,3}?" + _WHEN + r"\W+(?:[\w&'’-]+\W+){0,2}?newsletter\W*$"
                                r"|^\W*(?:[\w&'’-]+\W+){0,3}?newsletter\W+(?:(?:issue|vol\.?|no\.?)\W*\d|" + _WHEN + r"\b)",
                                re.I)
_IN_THIS_ISSUE = re.compile(r"^\W*in this issue\b", re.I)
# an issue's number and date under the letter's own name ("The Limestone Letter · Issue 31 · December 2026")
_ISSUE_NUMBER = re.compile(r"\b(?:issue|vol\.?|volume)\s*(?:no\.?\s*)?#?\d{1,4}\b", re.I)
_WHEN_WORD = re.compile(r"\b" + _WHEN + r"\b", re.I)
# a journal article's citation names its issue and its pages ("January/February 2027 - Volume 9 - Issue 1 - p 24-33"):
# the page is one article of the issue, not the issue
_PAGE_RANGE = re.compile(r"\bpp?\.?\s*\d{1,4}\s*[-–]\s*\d{1,4}\b", re.I)
LISTING_SEGMENTS = frozenset({"tag", "tags", "category", "categories", "topic", "topics", "search", "brand", "brands"})
AGGREGATE_SEGMENTS = LISTING_SEGMENTS | {"minutes", "newsletter", "newsletters", "about", "help", "sitemap", "links",
                                         "login", "account", "cart", "checkout", "pricing", "plans"}
_YEAR_SEG = re.compile(r"20\d\d")
_MONTH_SEG = re.compile(r"0[1-9]|1[0-2]")
_RECORDING_TITLE = re.compile(r"^\W*(?:\[\s*)?(?:recording|replay|recorded webinar|on[- ]demand)\b\s*(?:posted\b\s*)?(?:\]|:|[-–—])",
                              re.I)
_FILTER_HEADING = re.compile(r"^\W*(?:all\s+)?(?:courses|classes|webinars|programs|modules|events|offerings)\s+(?:with|carrying|"
                             r"that (?:carry|award|offer|earn))\b", re.I)
# training brought to an employer ("Onsite training for your clinic", "Group training for your practice")
_ON_SITE_SERVICE = re.compile(r"\b(?:on-?site|in-house|group|team|private|custom)\s+(?:[\w-]+\s+)?(?:training|workshops?|classes|"
                              r"sessions|education)\b|\bfor your (?:clinic|practice|team|staff|office|organi[sz]ation)\b", re.I)
_ANY_OFFERING = re.compile(r"\bany (?:[\w'’-]+ ){0,2}(?:workshops?|courses?|classes|programs?|sessions|labs)\b", re.I)
_QUOTE_REQUEST = re.compile(r"\b(?:request|get|ask for|receive) (?:a|your) (?:free |written )?quote\b|\bquote request\b|"
                            r"\bsend you a (?:written )?quote\b|\bper training day\b", re.I)
_PLURAL_HEADING = re.compile(r"^\W*(?:(?:live|recorded|on-demand|online|upcoming|past|all|our|ce|free)\s+)?"
                             r"(?:courses|classes|webinars|recordings|events|workshops|sessions|programs|trainings)\W*$", re.I)
_FEED_HEADING = re.compile(r"^\W*(?:(?:community|activity|news|member|group)\s+)?(?:feed|stream|wall)\W*$", re.I)
_POLL_HEADING = re.compile(r"^\W*(?:\[\s*poll\s*\]|poll\s*[:\-–—])", re.I)
_FORUM_SEGMENTS = frozenset({"forum", "forums", "community", "discussions", "board", "boards"})
_JOB_SEGMENTS = frozenset({"jobs", "job", "careers", "career", "employment", "job-board", "jobboard", "positions"})
# what a job pays ("$25/hour", "salary"), not what a course costs
PAY = re.compile(r"\$\s?\d[\d,.]*\s*(?:/|per |an |a )\s*(?:hour|hr|year|yr|annum)\b|\bsalary\b|\bhourly (?:rate|wage|pay)\b", re.I)
# what a job post says of itself: its number, hours, pay or how to apply
JOB_TERMS = re.compile(r"\bjob (?:id|number|#|code)\b|\b(?:full|part)[- ]time\b|\bsalary\b|\bpay range\b|\bbenefits eligible\b|"
                       r"\bapply (?:now|today|online)\b|\bequal opportunity employer\b", re.I)
# a job posting ("We're hiring: CE content reviewer (part-time, remote)", a forum's "[HIRING] CMA or RMA (full time)")
JOB_POST = re.compile(r"\b(?:we(?:'|’)re|we are|now) hiring\b|(?:^\W*|\[)hiring\s*[\]:!]|\bjob (?:opening|posting|listing)s?\b|\bopen positions?\b|"
                      r"\bcareer opportunit(?:y|ies)\b|\bjoin our team\b"
                      # a careers page's title for one role ("Careers: Medical Assistant II – Northside Clinic")
                      r"|^\W*careers?\s*[:|–—]\s*\w", re.I)
# a job post's own field labels, each at the start of its line or as a heading of its own
_JOB_FIELD = re.compile(r"^\W*(posting (?:no\.?|number|#)|job (?:id|no\.?|number|code)|closing date|opening date|compensation|"
                        r"salary(?: range)?|pay (?:range|rate)|hourly (?:rate|wage)|reports to|duties(?: and responsibilities)?|"
                        r"essential (?:duties|functions)|(?:minimum |required |preferred )?qualifications|how to apply)\b\s*(?:[:|]|$)",
                        re.I)
ARCHIVE_HEADING = re.compile(r"^(collection|category|tag|topic|subject|archives?|search results)\s*(:|for\b)", re.IGNORECASE)
# an AAMA category's page ("General CE", "Clinical Courses"): its courses, however few
CATEGORY_HEADING = re.compile(r"^(administrative|admin|clinical|general)\s+(ce|ceus|courses|classes|continuing education|"
                              r"programs|events|webinars|offerings|topics)$", re.IGNORECASE)
# the sections whose dated addresses are events or courses, not posts
_DATED_NOT_POSTS = frozenset({"event", "events", "calendar", "calendars", "course", "courses", "class", "classes", "ce",
                              "training", "trainings", "workshops", "webinars", "programs", "sessions"})
# a field's page of programmes ("Healthcare Programs", "Allied Health Courses"): with no price or objectives of its own, a hub
# (an AAMA category's own page is CATEGORY_HEADING's)
FIELD_HEADING = re.compile(r"^(?!(?:administrative|admin|clinical|general)\b)(?:[\w&'’-]+\s+){1,2}"
                           r"(?:programs|programmes|courses|classes|trainings)$", re.IGNORECASE)
# a site section's front page ("Continuing Education", "Education & Events"): where its courses are, none of its own
SECTION_HEADING = re.compile(r"^(?:continuing education|ce|ceus?|education|courses|classes|events|webinars|workshops|training|"
                             r"programs|learning|professional development|ce (?:courses|offerings|programs|events))"
                             r"(?:\s+(?:&|and)\s+(?:events|training|workshops|webinars|courses|resources))?$", re.IGNORECASE)
# a page for one audience ("For TVH team members", "For Employers"): how they take part, no course of its own
AUDIENCE_HEADING = re.compile(r"^for\s+(?:[\w&'’.-]+\s+){0,3}(?:members|employees|staff|employers|students|clinics|"
                              r"partners|practices|managers|instructors|presenters|speakers|sponsors|volunteers)$", re.IGNORECASE)
# Events that are not training for staff, whatever they cost or whoever leads them.
NOT_TRAINING = re.compile(r"\b(support (group|circle)s?|(career|job|hiring|health|resource) fairs?|blood drives?|"
                          r"(hiring|recruiting|recruitment) (events?|days?|open houses?)|career days?|"
                          r"volunteer (orientation|training|shifts?|sign[- ]?ups?|opportunit(y|ies))|"
                          r"info(rmation(al)?)? (sessions?|nights?|evenings?|meetings?)|"
                          r"open house|banquet|gala|study groups?|study halls?|(?:certification |board )?exam (?:prep(?:aration)?|review)|"
                          r"fundraiser|fun runs?|golf (outing|tournament|classic|scramble|day)|(silent )?auctions?|meet and greet|networking (event|night|hour|mixer|social|reception)|mixer|"
                          r"(virtual )?(expo|exhibit(or)?) hall|speed networking|"
                          r"(social |virtual )?meetups?|coffee (hour|chat)s?|(spring|summer|fall|autumn|winter|holiday|member|chapter) social\b|"
                          r"social hour|social$|screenings|community class(es)?|"
                          r"(annual|business|board|general|membership)( of directors)? (business )?meeting|"
                          r"(officer|board) elections?|awards? (dinner|ceremony|night|luncheon)|(coaching|strategy|discovery|consultation) calls?|"
                          r"surveys?$|(needs|interest|feedback|satisfaction)( assessment)? survey|questionnaires?)\b",
                          re.IGNORECASE)
# pages around a course, whatever credit they name: a thank-you or recap, an evaluation or survey, exhibitors and
# sponsors, a certificate's reissue
AROUND_A_COURSE = re.compile(r"^(?:thank you|thanks)\b|"
                             # a committee's record of a meeting that planned courses ("Education Committee — Meeting Minutes")
                             r"\bmeeting minutes\b|^minutes\b|\bminutes of (?:the )?(?:[\w-]+ ){0,3}meeting\b|"
                             # what learners say of the courses ("Learner Stories", "Testimonials")
                             r"^(?:(?:learner|student|member|success|customer|graduate)s?['’]? )?(?:stories|testimonials?|reviews)$|"
                             r"\bwhat (?:our )?(?:learners|students|members|graduates|attendees) (?:are )?say(?:ing)?\b|"
                             # a confirmation after registering ("You're registered! 🎉", "Registration confirmed")
                             r"^you(?:'re|’re| are) (?:registered|enrolled|signed up|all set|in)\b|"
                             r"^(?:registration|enrollment|enrolment|order|booking) (?:confirmed|complete|received|successful)\b|"
                             r"^(?:(?:course|program|session|event|webinar|workshop|post[- ]?(?:event|session|course|webinar|workshop|class)|"
                             r"participant|attendee) )?(?:evaluation(?!\s*(?:and|&)\s*management)|survey)s?\b|"
                             # ("Adult Immunization Update (October 2026): Participant Evaluation", "Evaluation results")
                             r"\b(?:participant|attendee|learner|post-session|post-event) evaluations?\b|"
                             r"\bevaluation (?:results|summary|report)\b|"
                             r"\b(?:exhibitors?|sponsors(?:hip)?|exhibit (?:hall|tables?|booths?))\b|"
                             r"\b(?:replacement|duplicate|reprint(?:ed)?|lost|reissued?) certificates?\b|"
                             r"\bcertificates? (?:requests?|lookup|verification|reprints?|replacement)\b|^verify (?:a|your) certificate",
                             re.IGNORECASE)
# a page asking people to teach, not to learn: "Call for presenters" over a page that names proposals and their deadline
CALL_FOR_PROPOSALS = re.compile(_CALL_FOR, re.I)
_PROPOSALS_DUE = re.compile(r"\bproposals? (?:are )?(?:due|reviewed|accepted|welcome)\b|\b(?:submit|send) (?:(?:a|your) )?(?:session |presentation |speaker )?"
                            r"proposals?\b|\bproposal (?:form|deadline)\b",
                            re.I)
_LANGUAGE_SEG = re.compile(r"[a-z]{2}(?:[-_][a-z]{2})?")
_LESSON_SEGMENTS = frozenset({"lecture", "lectures", "lesson", "lessons"})
# ("January 2027", "Events: March 2027", "Sandhill Education Calendar: February 2027")
MONTH_HEADING = re.compile(r"^\s*(?:(?:[\w&'’.-]+\s+){0,3}?(?:events?|calendar|schedule)(?: for| in)?\s*[:\-–]?\s*)?(?:jan|feb|mar|apr|may|jun|jul|"
                           r"aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+20\d\d\s*(?:calendar|events)?\s*$", re.I)
# a calendar's own page ("Education Calendar", "Event Calendar", "2027 Calendar of Events"): its offerings, listed
# (or a term's schedule: "Winter–Spring 2027 schedule", "Fall 2026 Class Schedule", "CE Schedule 2027"; not a course on
# one, "Pediatric Immunization Schedule")
CALENDAR_HEADING = re.compile(r"^\s*(?:20\d\d\s+)?(?:[\w&'’.-]+\s+){0,3}calendar(?:\s+of\s+(?:events|courses|classes|programs))?"
                              r"(?:\s+20\d\d)?\s*$"
                              r"|^\s*(?:(?:winter|spring|summer|fall|autumn)(?:\s*[–/&-]\s*(?:winter|spring|summer|fall|autumn))?\s+)?"
                              r"20\d\d\s+(?:(?:ce|ceu|class|course|education|training|program|event|webinar)\s+)?schedule\s*$"
                              r"|^\s*(?:ce|ceu|class|course|education|training|event|webinar)s?\s+schedule(?:\s+20\d\d)?\s*$", re.I)
# A heading of credit and recertification words only ("CE credit guide", "CEUs and recertification"): a page
# explaining how credit works, which quotes credits without offering any
CREDIT_INFO_WORDS = frozenset({
    "ce", "ceu", "ceus", "cme", "credit", "credits", "recertification", "recertify", "recertifying", "renewal", "points",
    "guide", "info", "information", "about", "faq", "faqs", "how", "works", "work", "requirements", "rules", "continuing",
    "understanding", "explained", "what", "are", "is", "count", "counts", "earn", "earning", "basics", "101",
    "classes", "courses",  # ("CMA recertification: how our classes count")
    "education", "and", "&", "the", "your", "our", "for", "of", "to", "a", "it", "cma", "cmas", "aama",
    "accreditation", "statement", "statements", "certificate", "certificates", "transcript", "transcripts"})
CREDIT_INFO_TOPICS = frozenset({"credit", "credits", "recertification", "recertify", "recertifying", "ceu", "ceus", "points",
                                "accreditation", "certificates", "transcripts"})  # ("Certificates & Transcripts": a help page)
NO_CE = re.compile(r"\b(?:does not|doesn['’]t|do not|will not|won['’]t|cannot|no|not)\s+(?:\w+\s+){0,2}?"
                   r"(?:continuing[- ]education|ce|ceus?|cmes?|contact hours?)\b"
                   r"|" + _NOTHING_EARNS + r"(?:continuing[- ]education|ce|ceus?|cmes?|contact hours?)\b", re.I)
# no continuing education of any kind ("does not carry continuing-education credit"; not "does not carry AAMA CEUs")
# a one-to-one appointment ("Recertification Points Audit (Advising Appointment)"): advice, not a class, when it says so
_TRACK_PAGE = re.compile(r"^\W*[\w&'’-]+(?: [\w&'’-]+)? track\W*$", re.I)  # ("Administrative track", "Front-office Track")
_ADVISING = re.compile(r"\b(?:advising|advisory|consultation|coaching) (?:appointments?|sessions?|calls?)\b", re.I)
_NO_CE_AT_ALL = re.compile(r"\b(?:does not|doesn['’]t|do not|will not|won['’]t|cannot)\s+(?:carry|earn|award|offer|include|provide|"
                           r"qualify for)\s+(?:any\s+)?(?:continuing[- ]education|ce|cme|ceus|contact hours)\b", re.I)
_PUBLIC = (r"(?:expectant |new |first-time )?(?:parents|families|patients|caregivers|the public|the community|community members|"
           r"children|teens|kids|grandparents|adults with)")
PUBLIC_AUDIENCE = re.compile(r"\bfor " + _PUBLIC + r"\b", re.I)
# a page that says who it is for, and they are not health-care staff ("This workshop is for patients and families")
# (or "This is an awareness class for community members")
FOR_THE_PUBLIC = re.compile(r"\b(?:(?:this|the|our) (?:[\w-]+ ){0,2}(?:workshop|class|course|program(?:me)?|session|series|event)s? "
                            r"(?:is|are)|\b(?:this|it) is an? (?:[\w-]+ ){0,2}(?:workshop|class|course|program(?:me)?|session|"
                            r"event))"
                            r" (?:designed |intended |meant |open )?(?:only )?for " + _PUBLIC + r"\b"
                            # "Hands-on CPR practice for parents, grandparents and neighbors."
                            r"|^\W*(?:hands-on )?(?:[\w-]+ ){0,2}(?:practice|training|lessons?) for " + _PUBLIC + r"\b"
                            # "For expectant parents" over the title; "A relaxed Saturday class for expectant parents ..."
                            r"|^\W*for " + _PUBLIC + r"\W*$"
                            r"|^\W*an? (?:[\w-]+ ){0,3}(?:workshop|class|course|session|series|event) for " + _PUBLIC + r"\b"
                            # "This is a patient education class, not staff training."
                            r"|\b(?:this|it) is an? patient(?:[- ]education)? (?:class|workshop|course|session|program(?:me)?)\b"
                            r"[^.]{0,20}\bnot (?:a |for )?(?:staff|employee|professional|continuing[- ]education)\b",
                            re.IGNORECASE | re.MULTILINE)
# Who a course without a credit statement is for: CE words or health-care staff.
PROFESSIONAL = re.compile(r"\b(continuing education|ce|ceus?|cmes?|contact hours?|recertif\w*|competenc(y|ies)|"
                          r"bls|acls|pals|basic life support|e-?card|certification card|provider card|"
                          r"medical assistants?|mas|nurses|physicians|clinicians|(health[- ]?care|health care|clinical|"
                          r"allied health|medical office|front[- ]office|back[- ]office|front[- ]desk|reception|clinic|"
                          r"office|practice|new) (professionals|providers|staff|personnel|workers|employees|teams?|hires))\b",
                          re.IGNORECASE)


@dataclass
class Signals:
    """What classification looks at, collected once per page."""

    url: str
    heading: str = ""
    types: set[str] = field(default_factory=set)
    course_nodes: int = 0
    cards: int = 0
    offer_outside_cards: bool = True  # a price or credit stated outside the cards (with two or more cards)
    # every price and credit under one heading that links to another page (a track's or a sponsor's page showing one
    # session's card: "<h3><a href=/meetings/...>Pre-Conference Webinar: ...</a></h3>" over its date, credit and price)
    offer_of_one_other_page: bool = False
    content_links: int = 0
    fetched_url: str = ""  # the address the page was fetched at, when its canonical differs
    more_links: int = 0  # "Read more …" lines: a blog or category view's items each end in one
    listed_links: int = 0
    listed_json: int = 0
    credit: bool = False
    price: bool = False
    objectives: bool = False
    call_to_action: bool = False
    published: bool = False
    byline: bool = False  # a post's byline near the top ("Posted November 30, 2026 by the Education Committee")
    lead_month: str = ""  # "2026-11" when a line near the top opens with a date ("November 18, 2026 / Kestrel Point team")
    profile: bool = False  # a forum member's profile: "Joined: Aug 9, 2022", "Messages: 410" under a person's name
    bundle_text: bool = False
    any_of_several: bool = False  # a line says the page buys any few of several courses ("a pass for any four webinars")
    delivery: bool = False  # a stated format (webinar, self-paced, in person...) or duration
    schedule: bool = False  # a date with a clock time
    self_reference: bool = False
    instructor: bool = False
    professional: bool = False  # CE words or health-care staff named (who the page is for); True with a credit
    public: bool = False  # no credit, and written for patients or the public ("free class for patients ... no CE credit")
    counted_items: bool = False  # a heading counts the items under it ("Listings (1)", "Courses (3)")
    credit_values: int = 0  # distinct credit amounts stated ("1 AAMA CEU", "1.5 AAMA CEUs": 2), bundle pages only
    dated_credit_rows: int = 0  # table rows / list items holding both a date and a credit
    priced_credit_rows: int = 0  # table rows / list items holding both a price and a credit
    # short lines each offering a credit for a price, with three or more different credit amounts among them (an
    # email's or a newsletter's run of courses: "2 AAMA CEUs ... $49", "1.5 AAMA CEUs (general). $29", "1 AAMA CEU. $25")
    priced_credit_offers: int = 0
    subscription_named: bool = False  # the page calls what it sells a subscription ("Type | Subscription, 12 months")
    result_count: bool = False  # a line counting results ("9 items", "Showing 1-12 of 40 courses")
    day_credit_lines: int = 0  # short lines with a day and a credit ("Wed, Jan 20 · 7:00 PM EST · 1 AAMA CEU")
    labelled: bool = False  # a labelled price or credit ("Price: $49", <dt>Credits</dt>): one item's facts
    program_text: bool = False
    training_programme: bool = False  # a programme or track that says it awards no CE
    product_demo: bool = False  # a sponsor's product demonstration that says it awards no CE
    plan_tiers: bool = False  # a page comparing subscription plans ("Basic $99 / year", "Plus $179 / year")
    waitlist_only: bool = False  # sold out, with only a waitlist for a date not yet set
    save_the_date: bool = False  # "Save the date" near the top
    program_to_come: bool = False  # "The full programme, session credits and ... registration will be announced on ..."
    poll: bool = False  # the page asks readers to vote among offerings ("Help us pick April's webinar!", "Poll closes Friday")
    about_site: bool = False  # the heading is "About" the organisation the page's provider names ("About the Guild")
    covers_every: bool = False  # near the top: what is sold covers every offering of a kind ("access to every on-demand course")
    newsletter_issue: bool = False  # a line near the top names the page a newsletter's issue ("Member newsletter · December 2026")
    meeting_total: bool = False  # a conference's heading over "up to N CEUs" (its sessions' total), not open yet
    series_whole: bool = False  # a series priced or credited as a whole ("Series fee: $60", "The series is approved for")
    yearly_price: bool = False  # a pass or membership heading over a price by the year or month ("$49 a year")
    separate_sessions: bool = False  # says each session of a series is a course of its own
    credit_amount: bool = False  # an amount of credit stated (read only for offers of group training)
    shipped: bool = False  # goods that ship ("Shipping calculated at checkout", "spiral-bound")
    no_ce: bool = False  # the page says something carries no CE ("The in-service ... does not carry continuing-education credit")
    words: int = 0
    headings: str = ""  # the page's headings, one after another
    guide: bool = False  # a downloadable guide, e-book or white paper offered near the top, with no test
    subscription: bool = False  # a price per month or year that can be cancelled any time
    ended: bool = False  # a line saying the offering has ended ("This event has passed.")
    preview: bool = False  # the page says it is a free preview lesson of a course
    pay: bool = False  # the page states a wage or salary
    job_terms: bool = False  # the page speaks as a job post does (job ID, full time, apply now)
    job_fields: int = 0  # the job post's own field labels it holds ("Posting No.:", "Closing date:", "Duties", "Compensation")
    quote_request: bool = False  # any of the offerings brought to a clinic, priced on request ("Request a quote")
    tested: bool = False  # the page names a quiz or post-test
    category_intro: bool = False  # a line introducing a category's list ("Courses in the ... category.")
    call_for_proposals: bool = False  # the page asks for presenters ("Call for presenters", "Proposals due: ...")
    donation: bool = False  # the page is a donation form (two or more of its words)
    disclaims_teaching: bool = False  # the page says it is not a class or course ("This is not a class.")
    # ... or not a CE course ("it is not a continuing-education course: practice tests ..."), or something other than
    # education that gives no credit ("an advocacy event ... no CEUs are awarded"): whatever its schema says
    not_education: bool = False
    card_texts: dict[str, str] = field(default_factory=dict)  # a listing card's words by the URL it links to


_FEW_OWN_WORDS = 40


def _facts_all_elsewhere(candidates: list[Candidate], elsewhere: set[HtmlElement] | frozenset[HtmlElement]) -> bool:
    """True when the page states a credit or price and every one it states is words of other pages' cards."""
    facts = ["".join(c.text.split()) for c in candidates
             if c.field in ("credit_text", "price_text") and c.source.startswith("html") and c.text]
    if not facts:
        return False
    # (compared without spaces: a card's text runs its lines together, a block joins them with one)
    theirs = "".join("".join(el.text_content().split()) for el in elsewhere if el.tag in ("div", "li", "article", "section"))
    return all(fact in theirs for fact in facts)


def count_cards(content: HtmlElement, url: str, elsewhere: set[HtmlElement] | frozenset[HtmlElement] = frozenset()
                ) -> tuple[int, int, int, dict[str, str], list[HtmlElement]]:
    """Distinct same-site content links with title-like text: (in repeated small cards with a
    price or credit, all of them, those in list items / table rows / articles), the words of
    each such card by the URL it links to, and the cards.

    A link's card is the nearest li/article/tr/div/section around it that repeats (a sibling
    has its tag and class: a grid cell or list entry, however deep the link sits in it) and
    is still one item's size (at most 4 links and 700 characters). It counts when it holds a
    price or credit and a sibling card does too, which is what a grid or list of courses
    looks like and a single page's buy box does not.
    """
    groups: dict[tuple[HtmlElement, str, str], dict[HtmlElement, set[str]]] = {}
    cards_of: dict[HtmlElement, HtmlElement | None] = {}  # a link's nearest card tag -> its card
    fits: dict[HtmlElement, bool] = {}  # element -> one item's size (links and text), shared by every link
    priced: dict[HtmlElement, bool] = {}  # card -> holds a price or credit
    titled: set[str] = set()
    listed: set[str] = set()
    origin = "/".join(url.split("/", 3)[:3])
    self_path, self_query = urlsplit(url).path, _query(url.split("#", 1)[0])
    for anchor in content.iter("a"):
        href = anchor.get("href") or ""
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")) or anchor in elsewhere:
            continue  # (a link under "More CE for MAs" is another page's, however its card is found)
        text = one_line(anchor.text_content())
        if len(text) < 8 or text[:3].lower() == "re:":  # (a forum reply's link, "Re: <the thread's title>": this page)
            continue
        if href[0] == "/" and not href.startswith("//") and "/." not in href:
            # a site-relative path (most links): what urljoin gives, without its cost
            target = origin + href.split("#", 1)[0]
            path = target[len(origin):].split("?", 1)[0]
        else:
            target = (join_url(url, href) or "").split("#", 1)[0]
            if not target or not same_site(target, url):
                continue
            path = urlsplit(target).path
        if path in ("", "/") or (path == self_path and _query(target) in ("", self_query)):
            continue  # (a script's other item is another page: "goto.php?target=crs_4812" on "goto.php?target=cat_310")
        if _permalink_here(path, self_path, text):
            continue
        if _PROFILE_LINK.search(target) or _POST_ACTION.match(text):
            continue
        titled.add(target)
        # (a link that wraps the whole card, "<a class=ListingCard><div>..</div></a>", is the card itself)
        nearest = anchor if len(anchor) and anchor[0].tag in _CARD_BODY_TAGS else next(anchor.iterancestors(*CARD_TAGS), None)
        if nearest is None or nearest is content:
            continue
        if nearest.tag in ("li", "tr", "article"):
            listed.add(target)
        if nearest not in cards_of:
            cards_of[nearest] = _card_from(nearest, content, fits)
        card = cards_of[nearest]
        if card is None:
            continue
        ok = priced.get(card)
        if ok is None:
            card_text = one_line(visible_text(card))
            ok = priced[card] = bool(MONEY.search(card_text) or CREDIT_PHRASE.search(card_text))
        if ok and card not in elsewhere:  # cards under "Related courses" describe other pages
            key = (card.getparent(), card.tag, _kind_of_card(card))
            groups.setdefault(key, {}).setdefault(card, set()).add(target)
    repeated = {card: ts for group in groups.values() if len(group) >= 2 for card, ts in group.items()}
    card_texts = {t: one_line(visible_text(card))[:400] for card, ts in repeated.items() if len(ts) == 1 for t in ts}
    linked = _linked_heading_items(content, url, elsewhere)
    targets = {t for ts in repeated.values() for t in ts} | set(linked)
    # (a linked heading's item, the heading and the lines under it, holds its offer as a card does)
    return len(targets), len(titled), len(listed), card_texts, [*repeated, *(el for els in linked.values() for el in els)]


_ITEM_HEADINGS = ("h2", "h3", "h4")
# a link to a person's profile on a forum or community (Simple Machines' "index.php?action=profile;u=41", phpBB's
# "memberlist.php?mode=viewprofile&u=7", vBulletin's "member.php?u=12", XenForo's "/members/jo.12/", "/users/jo",
# Discourse's "/u/jo"): its poster's name, not an item of a list
# (or a fediverse account, Mastodon's "/@jo", and a post of its thread, "/@jo/117695212000256000")
_PROFILE_LINK = re.compile(r"[?&;]action=profile\b|viewprofile|/member\.php\?|/members/[^/?]+\.\d+/?$|/(?:users?|u|profiles?)/[^/?]+/?$"
                           r"|/@[\w.-]+(?:@[\w.-]+)?(?:/\d{6,})?/?$"
                           # (Pleroma's and Akkoma's posts: "/notice/AqXc91mPfRk3LwYd2S", "/objects/<uuid>")
                           r"|/(?:notice|objects)/[\w-]{8,}/?$")


# a link's text that is only a date and a time ("2026-11-19 17:26:50", "Today 09:12:40", "Nov 19, 2026, 5:26 pm")
_TIMESTAMP = re.compile(r"(?:(?:today|yesterday|at|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|"
                        r"sep|oct|nov|dec)[a-z]*|[ap]\.?m\.?)\b|[\d\s/.,-])*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", re.I)


# what one does to a post ("Report post 2", "Quote post 2", "Reply with quote", "E-mail"): a forum's action, no item
_POST_ACTION = re.compile(r"(?:report|quote|multi-?quote|reply(?: with quote)?|edit|delete|flag|like|thank|share|e-?mail|pm|"
                          r"private message|send (?:a )?message|permalink)(?:\s+(?:to\s+)?(?:this\s+)?"
                          r"(?:post|message|comment|reply|topic|thread))?(?:\s*#?\d+)?\s*$", re.I)


def _permalink_here(path: str, self_path: str, text: str) -> bool:
    """A link to a post of this thread, named by its time ("2026-11-19 17:26:50" -> "viewtopic.php?pid=415#p415")."""
    return path == self_path and _TIMESTAMP.fullmatch(text) is not None


def _query(address: str) -> str:
    """The query of an address without its fragment ("" when it has none)."""
    return address.split("?", 1)[1] if "?" in address else ""


def _linked_heading_items(content: HtmlElement, url: str, elsewhere: set[HtmlElement] | frozenset[HtmlElement],
                          least: int = 2) -> dict[str, list[HtmlElement]]:
    """Other pages listed without card markup: headings that link to a same-site page, each over its own
    price or credit before the next heading ("<h3><a>HIPAA Refresher</a></h3><p>1 AAMA CEU · $15</p>"),
    when at least ``least`` do; each with its heading and the elements under it."""
    self_path, self_query = urlsplit(url).path, _query(url.split("#", 1)[0])
    targets: dict[str, list[HtmlElement]] = {}
    for heading in content.iter(*_ITEM_HEADINGS):
        anchor = next(heading.iter("a"), None)
        href = anchor.get("href") if anchor is not None else None
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")) or heading in elsewhere:
            continue
        target = (join_url(url, href) or "").split("#", 1)[0]
        if not target:
            continue
        path = urlsplit(target).path
        if (not same_site(target, url) or path in ("", "/") or (path == self_path and _query(target) in ("", self_query))
                or _PROFILE_LINK.search(target) or _permalink_here(path, self_path, one_line(anchor.text_content()))):
            continue
        under: list[HtmlElement] = []
        sibling = heading.getnext()
        while sibling is not None and sibling.tag not in ("h1", *_ITEM_HEADINGS) and len(under) < 4:
            under.append(sibling)
            sibling = sibling.getnext()
        said = one_line(" ".join(visible_text(el) for el in under))
        if MONEY.search(said) or CREDIT_PHRASE.search(said):
            targets[target] = [heading, *under]
    return targets if len(targets) >= least else {}


def _offer_of_one_other_page(content: HtmlElement, url: str, elsewhere: set[HtmlElement] | frozenset[HtmlElement],
                             text: str) -> bool:
    """True when one heading that is all one link to another page holds, in its card, every price and credit the
    page states (a track's or a sponsor's page showing one session's card); or one list item that opens with such a
    link does (a guest teachers' page: "<li>★ <a href=/courses/...>Warning Signs (Recorded Webinar)</a> ... certificate
    $12 (1 AAMA CEU)</li>")."""
    items = [els for els in _linked_heading_items(content, url, elsewhere, least=1).values()
             if all_one_link(els[0], one_line(visible_text(els[0])))]
    if len(items) == 1:
        return not _offer_outside(text, _its_card(items[0]))
    # (two such items already make a list of several: stop looking)
    listed = list(itertools.islice((item for item in content.iter("li") if item not in elsewhere
                                    and _opens_with_a_link_away(item, url)), 2))
    return len(listed) == 1 and not _offer_outside(text, listed)


def _opens_with_a_link_away(item: HtmlElement, url: str) -> bool:
    """True when a list item opens (after a mark such as "★") with a link naming another page of the site."""
    anchor = next(item.iter("a"), None)
    if anchor is None:
        return False
    name = one_line(anchor.text_content())
    target = (join_url(url, anchor.get("href") or "") or "").split("#", 1)[0]
    return (0 <= one_line(item.text_content()).find(name) <= 3 and len(name.split()) >= 3
            and not CALL_TO_ACTION.search(name) and bool(target) and same_site(target, url)
            and urlsplit(target).path not in ("", "/", urlsplit(url).path))


def _its_card(item: list[HtmlElement]) -> list[HtmlElement]:
    """A linked heading's item (the heading and the elements under it), or the small box holding it and nothing else
    headed (a card's chip above its title: "<span>1 AAMA CEU</span><h3><a>...</a></h3><p>Free</p>")."""
    box = item[0].getparent()
    if box is not None and sum(1 for _ in box.iter("h1", "h2", "h3", "h4")) == 1 and len(one_line(box.text_content())) <= 700:
        return [box]
    return item


def _offer_outside(text: str, cards: list[HtmlElement]) -> bool:
    """True when the page states a price or a credit that none of its cards holds (its own offer); a
    credential's requirement ("60 recertification points every 60 months") offers nothing.

    Counted amount by amount: the page's text may hold its cards' words or not (a "more courses" box set apart), so
    "1 contact hour" beside cards of "3 AAMA CEUs" is the page's own whatever the totals."""
    inside = " ".join(one_line(visible_text(card)) for card in cards)
    offered = "\n".join(line for line in text.split("\n") if not _REQUIREMENT.search(line))
    for pattern in (CREDIT_PHRASE, MONEY):
        held = Counter(_amount_key(found) for found in pattern.findall(inside))
        stated = Counter(_amount_key(found) for found in pattern.findall(offered))
        if stated - held:
            return True
    return False


def _amount_key(found: str) -> str:
    """A stated amount as compared between a page and its cards ("$30," and "$30" alike)."""
    return " ".join(found.lower().strip(" ,.;:").split())


_REQUIREMENT = re.compile(r"\bevery (?:\d+|two|three|four|five) (?:months|years)\b|\brecertif\w+ (?:points|credits|cycle)\b", re.I)


def _card_from(nearest: HtmlElement, content: HtmlElement, fits: dict[HtmlElement, bool]) -> HtmlElement | None:
    """The first card-tag element from ``nearest`` up that repeats among its siblings, while
    one item's size; ``nearest`` itself when none repeats; None when it is too big."""
    el: HtmlElement | None = nearest
    while el is not None and el is not content:
        if el.tag in CARD_TAGS or el is nearest:  # (``nearest`` may be a link wrapping its card)
            if not _one_item(el, fits):
                break
            if _repeats(el):
                return el
        el = el.getparent()
    return nearest if _one_item(nearest, fits) else None  # else a layout block, not one course's card


def _one_item(el: HtmlElement, fits: dict[HtmlElement, bool]) -> bool:
    """At most 4 links and 700 characters (the words without element breaks: a cheap length test)."""
    found = fits.get(el)
    if found is None:
        found = fits[el] = sum(1 for _ in el.iter("a")) <= 4 and len(one_line(el.text_content())) <= 700
    return found


def _repeats(el: HtmlElement) -> bool:
    """True when a sibling has the same tag and class."""
    tag, marks = el.tag, _kind_of_card(el)
    for sibling in (*el.itersiblings(), *el.itersiblings(preceding=True)):
        if sibling.tag == tag and _kind_of_card(sibling) == marks:
            return True
    return False


# class tokens that mark a row's place or state, not its kind (zebra stripes: "alt", "odd"; "first", "featured")
# (after a prefix too: Drupal Views' "views-row views-row-1 views-row-odd views-row-first")
_STATE_TOKEN = re.compile(r"^(?:[\w-]*[-_])?(?:alt|alternate|odd|even|first|last|active|selected|current|highlight(?:ed)?|"
                          r"featured|striped?)$|^(?:row|item|tr)[-_]?(?:alt|odd|even)$|^(?:alt|odd|even)[-_]?(?:row|item)$|^is-[\w-]+$",
                          re.I)


def _kind_of_card(el: HtmlElement) -> str:
    """An element's class with the numbers that number it made alike ("grid-product grid-product--id-61230019") and
    without the tokens that mark its place ("alt" on every other row of a table); a number in a platform's prefix
    keeps its token ("e451-card__body" is not "e451-card__meta")."""
    marks = el.get("class") or ""
    if not marks:
        return marks
    return " ".join(_DIGITS.sub("#", token) for token in marks.split() if not _STATE_TOKEN.match(token))


_DIGITS = re.compile(r"\d+")


# a document one downloads, named so in the heading ("FREE CE Tracker + 60-Point Recert Planner")
# (free, or to download: "Scheduling Templates That Work" is a course's topic)
DOCUMENT_HEADING = re.compile(r"\b(?:free|download|downloadable|printable)\b[^.!?\n]{0,40}?\b(?:trackers?|planners?|templates?|"
                              r"checklists?|cheat ?sheets?|worksheets?|spreadsheets?|toolkits?|e-?books?|swipe files?)\b", re.I)
# a tool named by itself ("CE Tracker", "My CEU Tracker", "Recertification Planner", "CE Hours Log"): a page to keep records on
TOOL_HEADING = re.compile(r"^\W*(?:(?:my|your|the|free|ce|ceu|cme|recert\w*|credits?|hours?|points?|transcript|continuing education)\s+){1,3}"
                          r"(?:trackers?|planners?|calculators?|logs?|worksheets?)\W*$", re.I)
GUIDE = re.compile(r"\bfree download\b|\b(?:\d+-page )?pdf guide\b|\bdownload (?:the|our|your) (?:free )?(?:guide|e-?book|"
                   r"checklist|white ?paper|toolkit)\b|\b(?:e-?book|white ?paper)\b|\bprintable (?:planner|tracker|checklist|workbook)\b",
                   re.I)
TESTED = re.compile(r"\b(?:quiz|post-?test|exam|test)\b", re.I)
RECURRING = re.compile(r"[$]\s?\d[\d,.]*\s*(?:/|per |a )\s*(?:mo|month|yr|year)\b", re.I)
CANCEL_ANY_TIME = re.compile(r"\bcancel (?:at )?any ?time\b|\bbilled (?:monthly|annually|yearly)\b", re.I)
# a post's byline: "Posted November 30, 2026 by ...", "Published on 12 November 2026", "By Theresa Vuori · Nov 12, 2026"
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_OF = r"(?:" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+20\d\d|\d{1,2}\s+" + _MONTH_WORD + r"\s+20\d\d|\d{1,2}/\d{1,2}/(?:20)?\d\d)"
_DATE_OPENING = re.compile(r"^\W*(" + _MONTH_WORD + r")\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(20\d\d)\b", re.I)


def _month_opening(line: str) -> str:
    """"2026-11" for a line opening with a date ("November 18, 2026 / Kestrel Point team"), else ""."""
    found = _DATE_OPENING.match(line)
    return f"{found.group(2)}-{MONTH_NUMBER[found.group(1)[:3].lower()]:02d}" if found else ""


BYLINE = re.compile(r"^\W*(?:post\s+(?:posted|published)\s*:?\s*|(?:posted|published|written)\s+)(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?" + _DAY_OF
                    # (or with no mark between: WordPress's "By LSSMA Communications November 23, 2026")
                    + r"|^\W*by\s+[A-Z][^\n]{2,60}?\s(?:[·|•–—-]\s*)?(?:posted\s+|published\s+)?(?:on\s+)?" + _DAY_OF + r"\W*$"
                    # (the date first: "November 9, 2026 · by Keiko Halvorsen, PharmD")
                    + r"|^\W*" + _DAY_OF + r"\s*[·|•–—-]\s*by\s+[A-Z][^\n]{2,60}$"
                    # (or who, then when: Moodle's "Posted by Linnea Oberholtzer, Tuesday, 17 November 2026")
                    # (not "Posted by gssma_admin on Nov 27, 2026" over a course a theme files as a post)
                    + r"|^\W*(?:posted|published|written)\s+by\s+[A-Z][^\n,]{2,60},\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+"
                    + _DAY_OF + r"(?:,?\s+\d{1,2}:\d\d\s*(?:am|pm)?)?\W*$", re.I)
# "This event has ended.", "This course has ended. Enrollment is closed.": a past offering's page
_OFFERING = (r"(?:event|course|class|webinar|workshop|session|program|training|conference|cohort|activity|seminar|lab|review|meeting|"
             r"q\s?&\s?a)")
# (after a status word: "Sold out — this event took place on Saturday, October 24, 2026.")
# (or "This signup has closed. The event took place on October 24, 2026.")
_STATUS_FIRST = (r"(?:(?:sold out|closed|registration closed|archived|past event|(?:this|the) (?:sign-?up|registration) "
                 r"(?:has |is )?closed)\s*[—–:|.!-]+\s*)?")
# ("This free live Q&A took place on Wednesday, October 14, 2026.")
_KIND_OF = r"(?:(?:free|live|in-person|virtual|online) ){0,2}"
ENDED = re.compile(r"^\s*" + _STATUS_FIRST + r"(?:this|the) " + _KIND_OF + _OFFERING + r" (?:has )?(?:ended|passed|is over|"
                   r"finished|concluded|"
                   r"(?:already )?took place|has (?:already )?taken place|(?:has been|was|is) (?:retired|discontinued|withdrawn)|"
                   r"is no longer (?:offered|available))\b"
                   # at the end of a line ("8:00 am – 3:30 pm PDT This event has ended"), or a status field
                   r"|\s(?-i:This|The) " + _OFFERING + r" (?:has )?(?:ended|passed|is over|already took place)[.!]?\s*$"
                   r"|^\s*(?:event |registration )?status\s*[:|][\s:|]*(?:(?:this|the) " + _OFFERING + r" (?:has |is |was )?(?:been )?)?"
                   r"(?:ended|closed|past|completed|over|cancell?ed|postponed|retired|discontinued)\b"
                   # a status badge over the title ("Ended Workshop", "Past event")
                   r"|^\W*(?:ended|past|completed|finished)\s+" + _OFFERING + r"\W*$"
                   # ("Event completed Friday, October 23, 2026 · 8:00 AM – 4:00 PM CDT")
                   r"|^\W*" + _OFFERING + r"\s+(?:completed|ended|finished)\b"
                   # called off: a notice standing alone ("This event has been cancelled."), a title's prefix
                   # ("CANCELLED: Winter Venipuncture Refresher"), a status field
                   r"|^\s*(?:this|the) " + _KIND_OF + _OFFERING
                   + r" (?:has been|is|was|has) (?:cancell?ed|postponed)(?: indefinitely| (?:due to|because) [^.!\n]{1,80})?"
                   r"(?:[.!](?:\s|$)|\s*$)"
                   # (or a forum's bracketed tag: "[CANCELLED] Medication Math Refresher")
                   r"|^\W*(?:cancell?ed|postponed)\s*(?:[\]:.\-–—|]\s*\w|\W*$)"
                   # "This live review took place on November 7, 2026. Registration is closed ..."
                   r"|^\s*(?:this|the) " + _KIND_OF + _OFFERING
                   + r" (?:took place|was held)\b[^\n]{0,80}\bregistration (?:is|has) closed\b"
                   # a college storefront's course with no section left ("No sections are currently available. The last
                   # section ran on Saturday, October 24, 2026.")
                   r"|^\s*no (?:sections|sessions|classes|offerings) (?:are |is )?(?:currently |presently )?(?:available|open|"
                   r"scheduled|offered)\b[^\n]{0,40}?\blast (?:section|session|class|offering) (?:ran|was held|took place)\b"
                   # ("Saturday, October 3, 2026 · this one's over")
                   r"|(?:^|[·|•—–-]\s*)this one(?:['’]s| is| has) (?:over|ended|passed|finished|wrapped(?: up)?)\b", re.I)
_ENDED_BADGE = re.compile(r"^\W*" + _OFFERING + r"\s+(?:has\s+)?(?:ended|passed|is over)\W*$", re.I)
# "This is a free preview lesson. Enroll to continue": one lesson shown before enrolling, the course is elsewhere
PREVIEW_LESSON = re.compile(r"\bthis is a (?:free )?preview (?:lesson|lecture|video|unit)\b|\bin this (?:\w+-minute )?(?:free )?"
                            r"preview (?:lesson|lecture|video)\b"
                            # ("This lesson is part of Medical Terminology Refresher ... You can preview this lesson.")
                            r"|\bthis (?:lesson|lecture|unit) is (?:part|one) of\b|\byou can preview this (?:lesson|lecture|unit)\b"
                            # (a microlearning library's "Lesson · 3 min · Free preview", "Preview lessons carry no CE credit.")
                            r"|(?m:^\W*lesson\b[^\n]{0,40}\bfree preview\b)|\bpreview (?:lessons?|lectures?|videos?) "
                            r"(?:carry|carries|earn|earns|award|awards|give|gives) no\b",
                            re.I)
_LESSON_HEADING = re.compile(r"^\W*(?:lesson|lecture|unit|module|chapter) \d+\s*[:.\-–—]", re.I)
_STILL_WATCHED = re.compile(r"\b(?:watch|view|stream|sells?|buy|purchase)\b[^.]{0,40}\b(?:recording|replay|on[- ]demand)\b"
                            r"|(?<!\bno )\b(?:recording|replay) is (?:now |still )?available\b",
                            re.I)
# a product that is another course's certificate: "Vital Signs Refresher – CE Certificate", "... (certificate upgrade)"
CERTIFICATE_PRODUCT = re.compile(r"(?:[–—:|-]|\()\s*(?:ce |ceu |aama |cme )?certificate(?: upgrade| add-on| only)?\)?\s*$", re.I)
_NOT_YET_SET = re.compile(r"^\W*(?:to be (?:announced|determined|confirmed|set)|tba|tbd|coming soon)\b", re.I)
# a line that opens by saying no credit is given ("No CE credit is awarded for this session.")
_NO_CREDIT_LINE = re.compile(r"^\W*" + NO_CREDIT_OFFERED, re.I)
# ("CE Credits: | 0.00": an events system's empty credit field)
_NO_CREDIT_VALUE = re.compile(r"^\W*(?:none|n/?a|no\b|not (?:offered|available|awarded|applicable)|0+(?:\.0+)?(?![\d.]))", re.I)


_CALLED_OFF_TITLE = re.compile(r"^\W*(?:cancell?ed|postponed)\s*[\]:\-–—|]\s*\w"
                               r"|\w\s*[\-–—|:(\[]\s*(?:cancell?ed|postponed)\W*$", re.I)  # ("... 2027 — cancelled")


def ended_notice(text: str) -> bool:
    """True for a short notice saying the offering has ended (and offering no recording instead)."""
    return len(text) < 300 and bool(ENDED.search(text)) and not _STILL_WATCHED.search(text)


# "Courses in the Medical Assisting: Administrative category.": a category page introducing its list
CATEGORY_INTRO = re.compile(r"^\s*(?:all |browse )?(?:courses|classes|webinars|events|programs|products|offerings|sessions) "
                            r"(?:in|under|tagged(?: with)?) (?:the|this) .{0,80}\b(?:category|topic|collection|subject area|track)\b"
                            # ("Sessions tagged Administrative by the program committee.": a track's filter)
                            r"|^\s*(?:courses|classes|webinars|events|programs|offerings|sessions) tagged (?:with )?[\"“']?"
                            r"(?-i:[A-Z])[\w&'’ -]{0,40}?[\"”']?(?: by\b| in\b|\.|:)",
                            re.I)
# an offer to train a clinic's staff as a group ("Group & clinic training", "Bring a class to your clinic")
GROUP_TRAINING = re.compile(r"^(?:group|team|corporate|clinic|on-?site|custom|employer)\b[\w &,/-]{0,30}\btraining\b|"
                            r"^group (?:rates|pricing|discounts|registration)\b|"
                            # ("Groups & employers", "Teams and Organizations": a page for those who buy for others)
                            r"^(?:groups?|teams?|employers?)\s*(?:&|and)\s*(?:employers?|teams?|groups?|organi[sz]ations?|clinics?)\W*$|"
                            r"^bring (?:a|our|this|any) (?:class|course|workshop|training)s? to\b|"
                            # "Request a Course for Your Team", "Book a private class for your clinic"
                            r"^(?:request|book|schedule|host) (?:a|our|this|any) (?:private )?(?:class|course|workshop|training)s? "
                            r"(?:for|at) (?:your|a) (?:team|staff|clinic|practice|group|organi[sz]ation|site)\b", re.I)
# "Request a Presentation", "Request a Speaker": an outreach team's visits on any of its topics, booked by the host
PRESENTATION_REQUEST = re.compile(r"^(?:request|book|schedule) (?:a|an|our) (?:[\w-]+ )?(?:presentation|speaker|in-?service|talk)s?\b",
                                  re.I)
STORE_LEAVES = frozenset({"store", "shop"})
_LATER_PAGE = re.compile(r"(?:^|&)(?:page|pg|paged|p)=(?:[2-9]|\d\d+)(?:&|$)")
# (after a sort control: "Sort by: Popularity · 2 items", an OXID store's category)
_PAGE_OF = re.compile(r"\bpage \d+ of \d+\b", re.I)
# (or one result of a filter, and the filter: "1 course · Administrative")
RESULT_COUNT = re.compile(r"^\s*(?:sort(?:ed)? by:?\s*[\w ]{1,30}?\s*[·|•–-]\s*)?(?:showing\s+)?\d+\s*(?:[-–]\s*\d+\s+)?"
                          r"(?:of\s+\d+\s+)?(?:items|results|courses|programs|"
                          r"classes|events|webinars|activities|offerings|(?<!\d\d)(?<=\b1 )(?:course|result|item|class|event|webinar))"
                          r"\s*(?:found)?(?:,?\s*sorted by [\w ]{1,30}|\s*[·|•]\s*[\w &-]{1,30})?\s*$", re.I)
SHIPPED = re.compile(r"\bshipping (?:is )?calculated|\bships (?:in|within|free|from)\b|\b(?:spiral|perfect)[- ]bound\b|"
                     r"\b(?:paperback|hardcover)\b|\badd(?:ed)? to (?:your )?cart\b.{0,40}\bship", re.I)


# "courses-category", "product_tag", "user-public-account": a platform's taxonomy or account path in one segment
# (a few words: a title's slug may end in one, "live-webinar-prior-authorization-without-the-phone-tag")
_COMPOUND = re.compile(r"^[a-z]+(?:[-_][a-z]+){0,2}[-_](category|categories|tag|tags|topic|topics|account|profile)$")


def _compound_words(segs: list[str]) -> set[str]:
    """The taxonomy or account word a compound segment ends in ("courses-category" -> "category")."""
    return {found.group(1).replace("profile", "account") for seg in segs if (found := _COMPOUND.match(seg))}


def segments(url: str) -> list[str]:
    """Lower-case path segments, file extensions dropped."""
    return [s.rsplit(".", 1)[0].lower() for s in urlsplit(url).path.split("/") if s]


PAST_HEADING = re.compile(r"^(?:past|previous|archived?)\b|\b(?:archive|archives)$|\bpast (?:events|webinars|programs|classes)\b"
                          r"|\brecap\b|\bin review$",
                          re.IGNORECASE)


_OPEN_NOW = re.compile(r"^\W*(?:registration|enrol(?:l)?ment|sign-?ups?) (?:is |are )?(?:now )?open\b", re.I)
_NAMED_A_COURSE = re.compile(r"^\W*(?:course|webinar|workshop|class|module)\s*:\s*\w", re.I)


def _past_events(segs: list[str], heading: str) -> bool:
    """An archive of past events, or one past event filed under it ("/events/past/fall-workshop-2026",
    "/pages/past-webinar-october-2026", "Past Live Events"): nothing to enrol in."""
    # (a mailing list's archive keeps messages, not past events: HyperKitty's "/archives/list/<list>/thread/<id>/",
    # MHonArc's ".../archives/announce/2026-12/msg00002.html")
    mail_archive = not _MAIL_ARCHIVE_SEGMENTS.isdisjoint(segs) or any(_MAIL_MESSAGE.match(seg) for seg in segs[-1:])
    return bool(PAST_HEADING.search(heading)) or any(
        seg == "past" or seg.startswith("past-")
        or (not mail_archive and (seg in ("archive", "archives") or seg.endswith(("-archive", "-archives"))))
        for seg in segs)


_MAIL_ARCHIVE_SEGMENTS = frozenset({"thread", "threads", "message", "messages", "pipermail", "mailman", "hyperkitty"})
_MAIL_MESSAGE = re.compile(r"(?:msg|mail|message)\d{3,}$")  # an archived message's file (MHonArc's "msg00002.html")


_DETAIL_LEAF = re.compile(r"details?$|^(?:view|show)(?:course|event|item)?$")
_THREAD_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _forum_thread(params: list[tuple[str, str]]) -> bool:
    """A forum's thread by number (Simple Machines' "index.php?topic=214.0"): one post, not a topic's list of items."""
    return any((key == "topic" and _THREAD_NUMBER.fullmatch(value) is not None)
               # (or its id: Snitz's "topic.asp?TOPIC_ID=1482", "viewtopic.php?t=77", "showthread.php?threadid=9")
               or (key.lower() in _THREAD_KEYS and value.isdigit()) for key, value in params)


_THREAD_KEYS = frozenset({"topic_id", "topicid", "t", "tid", "thread", "threadid", "thread_id"})


_ID_PARAM = re.compile(r"(?:^|&)\w*id=\w", re.I)
# a query naming one product of a store ("product=PRD123", "product_id=42", "sku=CE-104", "item=7")
_ONE_PRODUCT = re.compile(r"(?:^|&)(?:product|prod|item|sku)(?:_?id)?=\w", re.I)
# "index.php?page=billing-coding-fundamentals": a CMS that names its pages in the query (tracking and language
# parameters name no page)
# an item's number in the query ("index.php?t=msg&th=2291": FUDforum's thread), not a page of a list ("page=2")
_ITEM_NUMBER = re.compile(r"(?:^|&)(?!(?:page|p|pg|start|offset|limit|lang|year)=)\w+=\d{2,}(?=&|$)", re.I)
_SLUG_PARAM = re.compile(r"(?:^|&)(?!utm_|lang|locale|ref\b)\w+=[a-z0-9]+(?:[-_][a-z0-9]+)+(?:&|$)"
                         # (or a mailing's web view named by its token: "/?qs=a91f3c07e5d2b48c6f1a0e9d3b7c25f4...")
                         r"|(?:^|&)(?!utm_)\w+=(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{24,}(?:&|$)", re.I)


def _detail_leaf(url: str, segs: list[str]) -> bool:
    """The page is one item's details under a search or topic path: its last segment says details (or
    view/show) and its query names the item's id, or the item's number follows that segment
    ("/activity/search/detail/4412": ActiveNet's activity page)."""
    if len(segs) >= 2 and segs[-1].isdigit() and _DETAIL_LEAF.search(segs[-2]):
        return True
    return bool(segs) and bool(_DETAIL_LEAF.search(segs[-1])) and bool(_ID_PARAM.search(urlsplit(url).query))


def _detail_screen(query: str, params: list[tuple[str, str]]) -> bool:
    """A portal's query names a detail screen of one item by its id (Jenzabar's "?screen=Section+Detail&SectionId=...",
    "?view=details&eventId=12"): the page is that item's, whatever portlets of other items sit beside it."""
    return bool(_ID_PARAM.search(query)) and any(_DETAIL_LEAF.search(value.lower().replace(" ", "")) for _key, value in params)


_NAME = re.compile(r"^(?:Dr\.? )?[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){1,3}$")


def _profile_of(heading: str, headings: str) -> bool:
    """A page headed by a person's name that has an "About <first name>" section: that person's profile."""
    name = heading.strip()
    if not _NAME.match(name):
        return False
    first = name.removeprefix("Dr. ").removeprefix("Dr ").split()[0].split("-")[0]
    return f"about {first.lower()}" in headings.lower()


def _ends_in_policy_word(heading: str) -> bool:
    """"Certificate Terms", "Webinar Registration Policies": a short heading whose last word says policy."""
    words = re.findall(r"[a-z]+", heading.lower())
    return 2 <= len(words) <= 4 and words[-1] in ("terms", "policy", "policies", "conditions", "faq", "faqs")


def _policy_words(phrases: list[str]) -> bool:
    """True when the phrase is made of policy words only ("Refund and cancellation policy", "faq")."""
    for phrase in phrases:
        words = set(re.findall(r"[a-z]+", phrase.lower()))
        if words & POLICY_TOKENS and words <= POLICY_TOKENS | POLICY_FILLER:
            return True
    return False


# a heading naming the course's price or credit ("Credit", "CE credit (please read)", "Price", "Fees")
_FACT_HEADING = re.compile(r"^\W*(?:price|pricing|fees?|cost|tuition|(?:ce |ceu |continuing education )?credits?|ceus?)"
                           r"\W*(?:\([^)]{0,30}\))?\W*$", re.I)


def classify(s: Signals) -> tuple[str, list[str]]:
    """The page kind and the reasons for it."""
    segs = segments(s.url)
    seg_words = " ".join(segs).replace("-", " ").replace("_", " ")
    course_schema = bool(s.types & COURSE_SCHEMA)
    strong_course = course_schema or (s.credit and s.price)
    if not s.words:
        return "other", ["no visible text"]
    # A heading of policy words only ("Frequently asked questions") names a policy page whatever
    # prices or credits it quotes; the URL's last word alone could be a course's topic.
    if "FAQPage" in s.types or _policy_words([s.heading]) or (
            (_policy_words(segs[-1:]) or _ends_in_policy_word(s.heading)) and not strong_course):
        return "policy", [f"policy words in URL or heading: {s.heading[:60] or seg_words[:60]!r}"]
    # a taxonomy in the query too: "/discovery/view/browse?category=healthcare"
    query = urlsplit(s.url).query  # (one item's page may name its category too: "?id=12&category=3")
    params = parse_qsl(query)  # (read once: the taxonomy keys, a forum thread's number, a portal's detail screen)
    query_keys = {key.lower() for key, _value in params} if not _ID_PARAM.search(query) else set()
    thread = _forum_thread(params)
    if thread:
        query_keys.discard("topic")
    # a forum topic by its number (NodeBB's "/topic/418/<slug>") is a thread, not a taxonomy's topic page
    # (or Groups.io's "/g/ce/topic/<slug>/104482913")
    # (or a forum's thread: bbPress's "/forums/topic/<slug>/")
    numbered_topic = any(seg in ("topic", "topics") and (any(_NUMBERED.match(later) for later in segs[i + 1:i + 3])
                                                          or (i and segs[i - 1] in _FORUM_SEGMENTS)
                                                          or (thread and i == len(segs) - 1)  # "topic.asp?TOPIC_ID=1482"
                                                          # (a chat archive's topic of a stream: Zulip's
                                                          # "/stream/14-ce-events/topic/<topic>.html")
                                                          or (i >= 2 and segs[i - 2] in _CHAT_SEGMENTS))
                         for i, seg in enumerate(segs))
    aggregate = AGGREGATE_SEGMENTS & ((set(segs) - ({"topic", "topics"} if numbered_topic else set())) | _compound_words(segs)
                                      | (query_keys & {"category", "tag", "topic"}))
    # "Winter 2027 Newsletter", "Newsletter - March 2027": an issue's news (or under its own name, "The Northwoods
    # Pulse", over "Member newsletter · December 2026 · Volume 19, Issue 12" or "In this issue: ...")
    if NEWSLETTER_HEADING.search(s.heading) or s.newsletter_issue:
        aggregate |= {"newsletter"}
    if segs[-1:] == ["about"] and len(segs) >= 3 and segs[-3] in DETAIL_SEGMENTS:  # Open edX: /courses/<id>/about
        aggregate = aggregate - {"about"}
    if aggregate <= LISTING_SEGMENTS and _detail_leaf(s.url, segs):  # "/search/publicCourseSearchDetails.do?courseId=2219804"
        aggregate = set()
    # a newsletter's feature on one course (its credit, fee and objectives; no list of others) is that course
    one_course_feature = (aggregate <= NEWSLETTER_SEGMENTS and s.credit and s.price and s.cards < 3
                          and (s.objectives or (s.instructor and s.delivery)))
    # a CMS's archive of one category or tag ("/events/category/chapter-meetings/"), whatever events it marks up
    archive = len(segs) >= 2 and segs[-2] in ("category", "categories", "tag", "tags")
    # a help centre's article that offers one course (KnowledgeOwl's "/help/<article>": its credit and fee, "this
    # class", and its objectives or session, no cards of others) is that course's page, not one about the site
    help_article_course = (aggregate == {"help"} and segs[-1] != "help" and s.credit and s.price and s.self_reference
                           and (s.objectives or s.schedule) and s.cards < 3)
    if aggregate and (not course_schema or archive) and not one_course_feature and not help_article_course:
        return "listing" if aggregate & LISTING_SEGMENTS else "other", [f"a {sorted(aggregate)[0]} page"]
    # a store's collection, or an archive titled "Collection: ..." / "Category: ..." (a product inside a
    # collection path is a product: its URL names it)
    if (({"collection", "collections"} & set(segs) and not {"product", "products"} & set(segs))
            or ARCHIVE_HEADING.match(s.heading) or CATEGORY_HEADING.match(s.heading)
            or (FIELD_HEADING.match(s.heading) and not s.price and not s.objectives)) and not course_schema:
        return "listing", [f"a collection or archive: {s.heading[:60]!r}"]
    # (or a post's dated address with no credit of its own, "/2026/06/sharps-lunch-and-learn-announced/": an announcement)
    # (after a blog's own name, too: Typepad's "/the_back_office_bench/2026/12/how-id-plan-60-points-in-2027.html")
    # (not an events calendar's "/events/2027/06/banquet/")
    dated_post = any(_YEAR_SEG.fullmatch(segs[i]) is not None and _MONTH_SEG.fullmatch(segs[i + 1]) is not None
                     and (i == 0 or segs[0] not in _DATED_NOT_POSTS) for i in range(min(2, len(segs) - 2)))
    # (or a press release's heading: "Health Department Announces 2027 Continuing Education Series")
    # (and a community's group, "/groups/clinical-skills-circle/": its members' stream of posts)
    post_url = (bool(BLOG_SEGMENTS & set(segs)) or any(g.startswith(("blog-", "news-")) or g.endswith(("-news", "-blog"))
                                                         for g in segs) or "groups" in segs[:-1]
                or PRESS_HEADING.search(s.heading) is not None
                or (dated_post and not s.credit))
    # (or a post's address dated the month its top line is: "/2026/11/vital-signs-series-announced/" over "November 18,
    # 2026 / Kestrel Point team", whatever credits it announces)
    dated_as_posted = dated_post and bool(s.lead_month) and s.lead_month.replace("-", "/") in "/".join(segs)
    blog_url = post_url or s.byline or dated_as_posted
    # a CMS (Joomla, some WordPress themes) marks every page up as an Article: a page that states a
    # credit or objectives, and a fee, format or session, is a course for all that
    # (a news or blog post type is chosen for the page, not stamped on all: it needs the course's own objectives
    # or facts; an explainer quoting what "1 AAMA CEU" means is an article)
    chosen_type = bool(s.types & (BLOG_SCHEMA - {"Article", "Report"}))
    article_only = (not blog_url and (s.credit or s.objectives) and (s.price or s.delivery or s.schedule)
                    and (not chosen_type or s.objectives or s.labelled or s.cards >= 3))
    # a site builder that makes every page a "blog post" (Strikingly): a post with one course's credit, fee,
    # objectives and session, and no cards of others, is that course's page
    # (a CE article's quiz is how it is taken: "read this article, then take the 10-question online quiz")
    # (one whose approval lapsed states no credit: its quiz and certificate still make it a course)
    # (or one whose facts are labelled, "When: ... Presenter: ... Fee: ...", with its session, presenter and credit: the
    # class's own page on a blog, whether or not it lists objectives)
    # (or a recording's: "Format: recorded webinar ... take the quiz", "Credit: 1 contact hour", "Price: $18", "Buy the recording")
    # (or a recording whose credit lapsed: no credit, but its labelled facts, objectives, price and "Buy the recording")
    course_post = (blog_url and (s.credit or s.tested or (s.objectives and s.labelled and s.call_to_action)) and s.price
                   and (s.objectives or (s.labelled and s.schedule and s.instructor and s.credit)
                        or (s.labelled and s.credit and s.tested and s.call_to_action))
                   and (s.delivery or s.schedule or s.tested)
                   and s.cards < 3
                   and not ARTICLE_HEADING.search(s.heading) and not s.heading.rstrip().endswith("?"))  # an article's title
    # a post that offers a recording by its title ("Recording: Spirometry coaching tips (October meetup) – no CE"), with
    # how to watch it and what it costs: the recording's page, credit or none
    course_post = course_post or (blog_url and _RECORDING_TITLE.match(s.heading) is not None and s.price and s.delivery
                                  and s.cards < 3)
    # a page whose only sign of a post is its author line (pandoc's title block, a document's "Prepared by") and that
    # labels its own session, credit and objectives is the class's page, priced or not ("no fee stated")
    course_post = course_post or (s.byline and not post_url and not s.types & BLOG_SCHEMA and s.credit and s.objectives
                                  and s.labelled and s.schedule and s.cards < 3)
    # a help-centre or blog article that names itself a course in its title ("Course: Infection Control in the Ambulatory
    # Clinic") and states its credit and price or objectives
    course_post = course_post or (_NAMED_A_COURSE.match(s.heading) is not None and s.credit and (s.price or s.objectives)
                                  and s.cards < 3)
    if ((s.types & BLOG_SCHEMA and not article_only) or blog_url) and not course_schema and not course_post:
        return "blog", ["blog/article schema or URL"]
    # a question and its replies ("Does the Feb 9 webinar count toward recert?" over "Re: Does the Feb 9 ..."): a
    # discussion quoting a course's facts, not its page
    # (or a forum's thread by number asking one: Snitz's "topic.asp?TOPIC_ID=1477", "Does my BLS card count?")
    if (s.heading.rstrip().endswith("?") and (f"Re: {s.heading.strip()}" in s.headings or thread or numbered_topic)
            and not s.objectives and not course_schema):
        return "blog", ["a question and its replies (a discussion thread)"]
    if s.profile and not course_schema:
        return "instructor", ["a member's profile (joined, posts)"]
    if _ACCOUNT_PATH.fullmatch(urlsplit(s.url).path) and not course_schema:  # Mastodon's "/@qfmas": an account's posts
        return "other", ["an account's page of posts"]
    # a code host's issue or merge request by number (GitLab's "/-/issues/57", Gitea's "/issues/42"): a task, not a course
    if any(seg in _TRACKER_SEGMENTS and nxt.isdigit() for seg, nxt in itertools.pairwise(segs)) and not course_schema:
        return "other", ["an issue tracker's item"]
    if _PROFILE_HEADING.match(s.heading) and not course_schema:  # "Speaker Profile: Dana Whitcomb, MSN, RN"
        return "instructor", [f"a person's profile: {s.heading[:60]!r}"]
    if (_NAME_AND_CREDENTIALS.match(s.heading.strip()) and not (s.objectives or s.schedule or s.labelled)
            and not course_schema):
        return "instructor", [f"a person's name and credentials: {s.heading[:60]!r}"]
    # (a coach's line may name the credit of a course they teach: "coach for Mandated Reporter Basics (free, 1 AAMA CEU)")
    if _PEOPLE_HEADING.match(s.heading) and not (s.credit and (s.schedule or s.objectives)) and not course_schema:
        return "instructor", [f"a directory of the people who teach: {s.heading[:60]!r}"]
    # (a booking app's team URL holding an event type, "/team/redhaw-skills/medication-math-live", or a theme's author card
    # marked as a Person beside a module, with the class's credit, price and objectives: the class, not a person)
    if ((s.types & PERSON_SCHEMA or PERSON_SEGMENTS & set(segs[:1] + segs[-2:-1])) and not course_schema
            and not (s.credit and s.price and s.objectives)):
        return "instructor", ["person schema or instructor URL"]
    # ("About the Guild", naming the society the page's provider names: its credit words are about its programmes)
    if (ABOUT_HEADING.match(s.heading) and not course_schema and not s.objectives
            and (not s.credit or (s.about_site and not s.schedule))):  # "About Harborlight"
        return "other", [f"an about page: {s.heading[:60]!r}"]
    if _profile_of(s.heading, s.headings) and not course_schema:  # "Keisha Monroe-Bell" ... "About Keisha"
        return "instructor", [f"a person's profile: {s.heading[:60]!r}"]
    bundle_word = bool(BUNDLE_WORDS.search(s.heading) or BUNDLE_WORDS.search(seg_words))
    # (a "series" of dated evenings with its own objectives and one credit statement is one course, whatever a
    # sidebar of upcoming events links: "2027 Coding Update: Two-Evening Webinar Series")
    # (or one that prices and credits itself as a whole: "Series fee: $60 ... covers all four sessions")
    # (or named a series only in its address: ".../vaccine-cold-chain-webinar-series" under "... (2-Part Live Webinar)")
    one_series = (s.objectives and s.schedule and (s.credit_values <= 2 or s.series_whole) and s.cards < 2
                  and (_SERIES.search(s.heading) or _SERIES.search(seg_words)))
    if bundle_word and (s.cards >= 2 or s.listed_links >= 2) and (s.price or s.credit) and not one_series:
        return "bundle", ["bundle words in heading/URL with several course links"]
    if bundle_word and s.price and not s.credit and not s.objectives and not course_schema:
        return "bundle", ["bundle words in heading/URL, a price, and no credit or objectives of its own"]
    if bundle_word and s.credit_values >= 3 and not one_series:
        return "bundle", [f"bundle words in heading/URL and {s.credit_values} different credit amounts"]
    # (a "bundle" of modules with its own objectives is one course that calls itself a bundle)
    # a pass or membership sold as a subscription: its heading says so, or it covers every offering of a kind, whatever
    # credits its titles carry ("2027 On-Demand Pass")
    sold_as_subscription = bool(_SUBSCRIPTION_WORD.search(s.heading)) or (s.covers_every and PASS_HEADING.search(s.heading)
                                                                          is not None)
    # (or a pass that bundles them: "The CE Pass bundles three of our on-demand courses with one seat at a live webinar")
    sold_by_the_year = s.yearly_price or s.subscription_named or sold_as_subscription
    if s.bundle_text and (s.listed_links >= 2 or ((bundle_word or (PASS_HEADING.search(s.heading) and not sold_by_the_year))
                                                   and not s.objectives)):
        return "bundle", ["says it includes several courses, and links to them or calls itself a bundle"]
    # a pass for any few of several, with no credit and nothing to learn of its own ("a prepaid pass for any four live
    # webinars ... $99")
    if s.any_of_several and not s.credit and not s.objectives and not course_schema:
        return "bundle", ["a pass for any few of several courses, with no credit or objectives of its own"]
    # one lesson of a course ("/courses/vital-signs-refresher/lectures/50211873", a free preview): the course is elsewhere
    in_course = any(seg in _LESSON_SEGMENTS and i >= 2 and segs[i - 2] in ("course", "courses", "c") and i + 1 < len(segs)
                    for i, seg in enumerate(segs))
    if (in_course or (s.preview and (not s.credit or _LESSON_HEADING.match(s.heading)))) and not course_schema:
        return "other", ["a lesson inside a course"]
    if GUIDE_TITLE.search(s.heading) and not course_schema and not s.objectives:
        return "other", [f"a guide: {s.heading[:60]!r}"]
    # (an event's schema does not outweigh its own words: "This is an advising appointment, not an education program")
    if s.disclaims_teaching and not s.types & {"Course", "CourseInstance", "EducationalOccupationalProgram"}:
        return "other", ["says it is not a class or course"]
    # (a marketplace or storefront marks up every product it sells as a Course: its own words decide)
    if s.not_education:
        return "other", ["says it is not continuing education"]
    if RECORDS_SERVICE.search(s.heading) and not course_schema and not s.objectives:
        return "other", [f"a certificate or transcript service: {s.heading[:60]!r}"]
    # a seat at a certification exam or a proctoring service ("NHA CPT Exam Session — January 9, 2027", "Proctored Exams"):
    # what one is tested on, not taught
    if _EXAM_SITTING.search(s.heading) and "Course" not in s.types and not s.objectives:  # (an Event's data says when)
        return "other", [f"an exam sitting or proctoring service: {s.heading[:60]!r}"]
    if _FEE_TITLE.search(s.heading) and not course_schema:  # "Chapter CE Program Review Fee": a charge, nothing taught
        return "other", [f"a fee of its own: {s.heading[:60]!r}"]
    # (not a campaign whose reward is a seat in a class with its own credit, objectives and session: that class's page)
    if s.donation and not course_schema and not (s.credit and s.objectives and s.schedule):
        return "other", ["a donation form"]
    if s.call_for_proposals and not course_schema:
        return "other", ["asks for presenters (a call for proposals)"]
    if AROUND_A_COURSE.search(s.heading) and not course_schema:
        return "other", [f"a page around a course, not one: {s.heading[:60]!r}"]
    # (unless it is all the course there is to buy: a free recording's certificate product stating the credit and the
    # objectives, "Well-Child Visits for MAs (recorded webinar): CE certificate")
    if CERTIFICATE_PRODUCT.search(s.heading) and not course_schema and not (s.objectives and s.credit):
        return "other", ["a certificate sold for another course"]  # "Vital Signs Refresher – CE Certificate"
    if THANKS_HEADING.search(s.heading) and not course_schema:  # "Fall Skills Day 2026 — Thank You!": a recap or receipt
        return "other", [f"a thank-you page: {s.heading[:60]!r}"]
    if _FILTER_HEADING.match(s.heading) and not course_schema and not s.objectives:  # "Courses with IACET CEUs"
        return "listing", [f"a catalogue filtered by what its courses share: {s.heading[:60]!r}"]
    # (one on-site course of its own is a course, quoted or not: "A1c Now Pro On-Site Training")
    if (s.quote_request and not s.schedule and not s.objectives and not course_schema
            and _ON_SITE_SERVICE.search(s.heading)):  # "Bring any workshop to your practice ... Request a quote"
        return "other", ["a service quoted on request, with no date of its own"]
    # a page titled by a kind of offering in the plural ("Recordings", "Upcoming events"): a space or list of them, one
    # card shown or several
    if _PLURAL_HEADING.match(s.heading) and not course_schema and not s.objectives:
        return "listing", [f"titled by a kind of offering: {s.heading[:60]!r}"]
    if _FEED_HEADING.match(s.heading) and not course_schema:  # "Community feed": a community's stream of posts
        return "other", [f"a feed of posts: {s.heading[:60]!r}"]
    if (_POLL_HEADING.match(s.heading) or (s.poll and not s.objectives)) and not course_schema:
        return "other", [f"a poll: {s.heading[:60]!r}"]  # "[Poll] Spring 2027 webinar topics - vote for your top 3!"
    # (not a recording of one: "Recording: Spirometry coaching tips (October meetup) – no CE" is a talk one may watch)
    if ((((NOT_TRAINING.search(s.heading) or JOB_POST.search(s.heading)) and not s.credit)
         or (_ADVISING.search(s.heading) and s.no_ce)) and not _RECORDING_TITLE.match(s.heading)):
        return "other", [f"an event or a posting that is not training: {s.heading[:60]!r}"]
    # a job post, even one naming the credits of the courses one would teach: its heading says so (with a jobs URL or a
    # wage), or a jobs URL holds a page that speaks as one ("Job ID 26-0418 · Full time")
    # (or a flat site's page named for it: "careers-cma-float-pool.html")
    jobs_url = any(seg in _JOB_SEGMENTS or seg.split("-", 1)[0] in _JOB_SEGMENTS for seg in segs)
    if (JOB_POST.search(s.heading) and (jobs_url or s.pay)) or (jobs_url and s.job_terms and not course_schema):
        return "other", [f"a job posting: {s.heading[:60]!r}"]
    if s.job_fields >= 3 and s.job_terms and not course_schema:  # "Posting No.: ..." / "Closing date" / "Duties" / "Compensation"
        return "other", [f"a job posting ({s.job_fields} of a posting's fields)"]
    if MONTH_HEADING.match(s.heading) and not course_schema:  # "January 2027": a calendar's month, listing its days
        return "listing", [f"a calendar month: {s.heading[:60]!r}"]
    if CALENDAR_HEADING.match(s.heading) and not course_schema and not s.objectives:
        return "listing", [f"a calendar: {s.heading[:60]!r}"]
    heading_words = set(re.findall(r"[a-z0-9&]+", s.heading.lower()))  # ("Recertifying Your CMA (AAMA)")
    if (heading_words and heading_words <= CREDIT_INFO_WORDS and heading_words & CREDIT_INFO_TOPICS
            and not course_schema and not s.objectives):
        return "other", [f"explains credit rather than offering it: {s.heading[:60]!r}"]
    single_item = s.course_nodes == 1 or (s.labelled and (s.objectives or _detail_screen(query, params)))
    if not course_schema and not s.labelled and (
        MEMBERSHIP.search(s.heading) or MEMBERSHIP.search(seg_words) or ARTICLE_HEADING.search(s.heading)
    ):
        return "other", [f"membership or guide page: {s.heading[:60]!r}"]
    # money to pay for courses ("2027 Medical Assistant CE Scholarships"): it quotes courses, it teaches none
    if not course_schema and not s.objectives and FUNDING_HEADING.search(s.heading):
        return "other", [f"scholarships or funding: {s.heading[:60]!r}"]
    # joining, registering for an event as a whole, or listing a program: priced, but nothing taught here
    if not course_schema and not s.credit and not s.objectives and (
        ADMIN_HEADING.search(s.heading) or MEMBERSHIP.search(s.heading)
    ):
        return "other", [f"a registration, membership or submission page: {s.heading[:60]!r}"]
    # joining or renewing, whatever credit its benefits name ("... free home-study modules, up to 6 AAMA CEUs")
    # (its benefits may name formats: "Member rates on workshops and webinars")
    if not course_schema and not s.objectives and not (s.delivery and s.credit) and not s.schedule and JOINING.search(s.heading):
        return "other", [f"a page about joining or renewing: {s.heading[:60]!r}"]
    if PROGRAM_HEADING.search(s.heading) and s.program_text and not course_schema:
        return "other", ["academic programme (semesters, credit hours, admissions), not a CE course"]
    if s.training_programme and not course_schema:
        return "other", ["a training programme that says it awards no CE"]
    # (an Event's markup does not make it education: "Product Theater ... Promotional program; no CME/CE credit")
    if s.product_demo and not s.types & _TEACHING_SCHEMA:
        return "other", ["a sponsor's product demonstration, no CE"]
    if s.plan_tiers and not course_schema and not s.objectives:
        return "other", ["subscription plans compared"]
    if s.waitlist_only:
        return "other", ["sold out: a waitlist for a date not yet set"]
    if (MEETING_HEADING.search(s.heading) and s.save_the_date and not s.price and not s.objectives
            and not course_schema):
        return "other", [f"a meeting's save-the-date: {s.heading[:60]!r}"]
    # (marked up as an Event or not: a conference whose programme, credits and fees are still to be announced)
    if MEETING_HEADING.search(s.heading) and s.program_to_come and not (s.price or s.credit or s.objectives):
        return "other", [f"a meeting whose programme is still to be announced: {s.heading[:60]!r}"]
    if s.meeting_total and not s.objectives and not course_schema:  # announced, not yet offered; its sessions to come
        return "other", [f"a meeting announced before it opens, credits up to a total: {s.heading[:60]!r}"]
    # (a membership whatever credit its benefits name: "Free live webinars such as ... (1.5 AAMA CEUs)")
    # (or one its heading calls a subscription: "CE Pass – Annual Subscription", whatever credits its webinars carry)
    if (PASS_HEADING.search(s.heading) or s.yearly_price) and sold_by_the_year \
            and not s.objectives and (not s.credit or MEMBERSHIP.search(s.heading) or sold_as_subscription
                                      # (a pass by its name, sold by the year, with no session of its own: "The pass is $79
                                      # for the year", whatever credit its episodes carry)
                                      or (PASS_HEADING.search(s.heading) and s.yearly_price and not s.schedule)) \
            and not course_schema:
        return "other", [f"a pass or membership sold by the year: {s.heading[:60]!r}"]
    # (an event's data and the credit its learners earn do not make a call for helpers a course: "Volunteer: Spring CE Day
    # Check-in & Skills-Station Helpers")
    if RECRUITING_HEADING.search(s.heading) and not s.objectives:
        return "other", [f"asks for volunteers: {s.heading[:60]!r}"]
    if VENUE_HEADING.search(s.heading) and not s.objectives and not course_schema:
        return "other", [f"a hotel or room to book: {s.heading[:60]!r}"]
    # a device that ships, whose own training "does not carry continuing-education credit" (the credit it names is
    # another product's: "Want CE credit for your team? Add the ... eLearning (0.2 IACET CEUs)")
    if s.shipped and s.no_ce and not s.objectives and not course_schema:
        return "other", ["goods that ship, saying their training carries no CE"]
    if GIFT_CARD.search(s.heading) and not course_schema:  # (the credits it names are the courses it buys)
        return "other", [f"a gift card: {s.heading[:60]!r}"]
    # (a forum topic's or a product's page lists related items too: the page's own item is not a list)
    if (s.types & LISTING_SCHEMA and not s.types & ONE_ITEM_SCHEMA) or s.course_nodes >= 3:
        return "listing", [f"listing schema or {s.course_nodes} course nodes"]
    # One item's labelled facts plus objectives mean the cards are a "more courses" block.
    # (a page's own course object beside a script's list of featured products: the list is other products)
    if s.cards >= 6 or (s.cards >= 3 and not single_item) or (s.listed_json >= 3 and not single_item):
        return "listing", [f"{s.cards} course-like cards, {s.listed_json} listed JSON objects"]
    if s.cards >= 2 and not s.offer_outside_cards and not single_item and not s.objectives:  # the cards say it all
        return "listing", [f"every price and credit is in its {s.cards} cards"]
    if s.offer_of_one_other_page and not single_item and not s.objectives and not course_schema:
        return "listing", ["every price and credit is under one item linking to another page"]
    # a heading counting the items under it ("Listings (1)" on a marketplace seller's profile, "Courses (3)")
    if s.counted_items and not single_item and not s.objectives and not course_schema:
        return "listing", ["a heading counts the items listed under it"]
    # "Upcoming events" over dated lines linking to each event: the calendar's list, no offer of its own
    # (an organiser's page may say what its classes carry, "What we offer ... CE certificates", over four or more of them)
    if (PLURAL_HEADING.match(s.heading) and s.listed_links >= 2 and not s.objectives and not course_schema
            and (not s.credit or (s.listed_links >= 4 and not s.schedule and not s.labelled))):
        return "listing", [f"{s.listed_links} linked items under {s.heading[:60]!r}"]
    if s.more_links >= 2 and not single_item:  # a category's or blog's items, each with its "Read more …"
        return "listing", [f"{s.more_links} 'Read more' links to other pages"]
    if s.result_count and s.credit and not single_item:  # "9 items", "Showing 1-12 of 40": a catalogue's results
        return "listing", ["a count of results"]
    if s.day_credit_lines >= 2 and not single_item:  # "Events" over dated items (counted under such a heading only)
        return "listing", [f"{s.day_credit_lines} dated items with credits under {s.heading!r}"]
    if s.dated_credit_rows >= 3 and not single_item:  # a table or list of dated programmes, each with its credit
        return "listing", [f"{s.dated_credit_rows} rows with a date and a credit"]
    # a series whose sessions are courses of their own: "Each session is a separate course: register for one or both"
    if s.dated_credit_rows >= 2 and s.separate_sessions:
        return "listing", ["a series of separately registered sessions, each with its date and credit"]
    if s.priced_credit_rows >= 3 and not single_item:  # a programme's table of courses, each with price and credit
        return "bundle", [f"{s.priced_credit_rows} rows with a price and a credit"]
    if s.priced_credit_offers >= 3 and not single_item and not s.objectives and not course_schema:
        return "listing", [f"{s.priced_credit_offers} lines each offering a different credit for a price"]
    # (an archive holds what was sent or shown, not only what is over: a newsletter archive's feature on a self-paced
    # module, with its objectives, credit and fee and no dated session, is still on offer)
    archived_offer = (s.objectives and s.credit and s.price and not s.schedule and s.cards < 3
                      and not PAST_HEADING.search(s.heading) and not any(seg == "past" or seg.startswith("past-") for seg in segs))
    # (or a newsletter issue announcing what one can still sign up for: "Registration open: Telephone Triage Basics")
    archived_offer = archived_offer or (s.credit and s.price and _OPEN_NOW.match(s.heading) is not None)
    if _past_events(segs, s.heading) and not course_schema and not archived_offer:
        return "other", [f"past events or an archive: {s.heading[:60] or seg_words[:60]!r}"]
    # "$19/month ... Cancel any time": a subscription to a library of courses, not one course
    if s.subscription and not s.objectives and not course_schema:
        return "other", ["a subscription (a price per month or year that can be cancelled)"]
    # "Free download ... A 12-page PDF guide": a lead magnet, nothing taught or tested
    # (a shop that marks every product up as a Course: a download with no credit is still a guide)
    if (s.guide or DOCUMENT_HEADING.search(s.heading) or TOOL_HEADING.match(s.heading)) and not s.objectives and (
            not course_schema or not s.credit):
        return "other", ["a downloadable guide"]
    if s.ended:  # whatever its markup says, nothing to enrol in any more
        return "other", ["says the offering has ended"]
    if _TRACK_PAGE.match(s.heading) and not s.objectives and not course_schema:  # a conference's "Administrative track"
        return "listing", [f"a track's sessions: {s.heading[:60]!r}"]
    if s.category_intro and not single_item:
        return "listing", ["introduces a category's list of courses"]
    # (the address fetched: a theme's canonical often drops "?page=2")
    later_page = any(_LATER_PAGE.search(urlsplit(u).query) for u in (s.url, s.fetched_url))
    if later_page and not course_schema and not single_item:
        return "listing", ["a later page of a paginated list (?page=N)"]
    # Moodle's category index, "/course/index.php?categoryid=5" (or "/course/index.php/5"): a list, even of one course
    at = next((i for i, pair in enumerate(pairwise(segs)) if pair == ("course", "index")), None)
    # (not Claroline's course home, "/claroline/course/index.php?cid=HPCE_HIPAA15": one course the query names)
    moodle_index = (at is not None and (at + 2 == len(segs) or segs[at + 2].isdigit())
                    and not any("cid" in parse_qs(urlsplit(u).query) for u in (s.url, s.fetched_url)))
    if moodle_index and not course_schema:
        return "listing", ["a course category index (/course/index.php)"]
    # (not one product the query names: PheedLoop's "/store/?product=PRDFOTREC26")
    if segs and segs[-1] in STORE_LEAVES and not course_schema and not _ONE_PRODUCT.search(urlsplit(s.url).query):
        return "listing", [f"a store's front page: /{segs[-1]}"]
    if SECTION_HEADING.match(s.heading.strip()) and not course_schema and not s.credit and not s.objectives:
        return "other", [f"a site section's front page: {s.heading[:60]!r}"]
    if AUDIENCE_HEADING.match(s.heading) and not s.credit and not course_schema:
        return "other", [f"a page for one audience: {s.heading[:60]!r}"]
    # (one workshop brought on site names its own credit, "3 contact hours for each attendee"; an offer of any course
    # does not: "Credit | Same as the public course")
    if GROUP_TRAINING.search(s.heading) and not course_schema and not (s.credit and (s.objectives or s.schedule or s.credit_amount)):
        return "other", [f"an offer of group or on-site training: {s.heading[:60]!r}"]
    if PRESENTATION_REQUEST.search(s.heading) and not course_schema and not s.objectives:
        return "other", [f"a request for a presentation on any of several topics: {s.heading[:60]!r}"]
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
    # the home page; "/index.cfm?eventID=2027-CONV", "/?id=9b2f6e1c03" (a campaign archive) and
    # "/index.php?page=phlebotomy-refresher" are items, not home (a language's home page is one too: "/en/", "/es-us/")
    # (but a one-page site that lists what one learns and whose content links to no page of its own is its one event:
    # "flaxfield-scope-2027.rsvpify.example/"; a conference's schedule at its root lists no objectives)
    site_root = ((not segs or segs == ["index"] or (len(segs) == 1 and _LANGUAGE_SEG.fullmatch(segs[0]) is not None))
                 and not _ID_PARAM.search(query) and not _SLUG_PARAM.search(query) and not _ITEM_NUMBER.search(query)
                 and not thread and (s.content_links or s.cards or s.listed_links or s.listed_json or not s.objectives
                                     or query))
    # (course data alone, with no credit stated, is a course when the page is written for health-care staff: a community
    # education site's watercolor class has Course data, a price and a session too)
    if (course_schema or s.credit) and score >= 3 and (course_schema or not site_root) and (s.credit or s.professional):
        return "course", reasons
    # no credit stated and nothing to learn listed: goods that ship (a printed planner, a badge reel)
    if s.shipped and not s.credit and not s.objectives and not course_schema:
        return "other", ["a product that ships, with no credit or objectives"]
    # no credit stated: price plus two more signs, written for health-care staff or with objectives, and
    # something taught (objectives, an instructor, a format or length, a session, "this course"): not a gift card
    taught = s.objectives or s.instructor or s.delivery or s.schedule or s.self_reference
    # (objectives for patients are no staff course's: "free class for patients & families ... no CE credit is offered")
    if s.price and score >= 3 and not site_root and (s.professional or (s.objectives and not s.public)) and taught:
        return "course", reasons
    # no credit or price stated (staff training): objectives for health-care staff, and two more signs
    if s.objectives and s.professional and score >= 3 and not site_root:
        return "course", reasons
    if s.content_links >= 8 and LISTING_HEADINGS.search(s.heading):
        return "listing", [f"{s.content_links} content links under a catalogue heading"]
    return "other", reasons or ["no course signals"]


def _priced_credit_offers(blocks: list[Block]) -> int:
    """How many short lines state both a price and a credit, when three or more credit amounts differ among them
    (one course's page states its one credit, perhaps in two units); else 0."""
    lines = [b.text for b in blocks if b.kind != "heading" and len(b.text) < 250 and "$" in b.text
             and CREDIT_PHRASE.search(b.text)]
    if len(lines) < 3:
        return 0
    amounts = {_AMOUNT.search(m.group(0)).group(0) for line in lines for m in CREDIT_PHRASE.finditer(line)}
    return len(lines) if len(amounts) >= 3 else 0


def _bundle_text(blocks: list[Block]) -> bool:
    """A line saying the page sells several courses together (cheap substring test first)."""
    stems = ("includ", "contain", "bundle", "package", "get ", "cover", "courses,", "courses:", "one price", "single price", "low price",
             "in one ", "in a single ", "together", "itself", "awarded", "earned per", "at once", "punch", "-class ",
             "-session ", "-course ", "use on any", " order", "separate", "its own")
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


_READ_MORE = re.compile(r"^\s*(?:read more|learn more|more info(?:rmation)?|view details|see details|details|"
                        r"continue reading|view course|course details|view (?:booking|event|class|course) page)\s*(?:…|\.\.\.|»|›|→|>)?\s*$",
                        re.I)


def _dated_clock(blocks: list[Block]) -> bool:
    """A clock time with its date: in one short block, or a "Date: ..." line over its "Time: ..." line."""
    return any(CLOCK.search(b.text) and DATE.search(b.text) for b in blocks if len(b.text) < 300) or any(
        len(day.text) < 120 and len(time.text) < 120 and DATE.search(day.text) and CLOCK.search(time.text)
        for day, time in zip(blocks, blocks[1:], strict=False))


_ABOUT_WHOM = re.compile(r"^about\s+(?:the\s+|our\s+)?", re.I)


def _names_the_provider(heading: str, candidates: list[Candidate]) -> bool:
    """The words after "About" are all in a name the page gives its provider ("About the Guild" on the Great Basin
    Medical Assisting Guild's site)."""
    words = set(_ABOUT_WHOM.sub("", heading).lower().split())
    return bool(words) and any(words <= set(str(c.value).lower().split()) for c in candidates
                               if c.field == "provider" and isinstance(c.value, str))


_ANOTHER_REGISTRATION = re.compile(r"\bseparate(?:ly)? registration\b|\bregister(?:ed)? separately\b|\bsold separately\b",
                                   re.I)


def collect(url: str, heading: str, node_types: list[list[str]], content: HtmlElement,
            blocks: list[Block], candidates: list[Candidate], listed_json: int,
            meta: dict[str, str], cta: bool, elsewhere: set[HtmlElement] | frozenset[HtmlElement] = frozenset()
            ) -> Signals:
    """Signals from the parts extract_page already has."""
    types = {t for ts in node_types for t in ts}
    course_nodes = sum(1 for ts in node_types if set(ts) & (COURSE_SCHEMA | {"Product"}))
    cards, links, listed, card_texts, card_elements = count_cards(content, url, elsewhere)
    # a page with little of its own beside its "Upcoming" / "Past" groups of cards, whose words left over are a card's
    # credit or price, is those groups' list
    if not cards and elsewhere and sum(len(b.text.split()) for b in blocks) < _FEW_OWN_WORDS and _facts_all_elsewhere(
            candidates, elsewhere):
        cards, links, listed, card_texts, card_elements = count_cards(content, url)
    # ("CE credit: None — business meeting" states that no credit is given)
    # ("Fees: To be announced with the program" names no price yet)
    # ("No CE credit is awarded for this session." read as a label and its value)
    # ("pre-conference workshop Leading the Back Office (3 AAMA CEUs, separate registration)": another offering's credit)
    fields = {c.field for c in candidates if not (c.field == "credit_text" and (_NO_CREDIT_VALUE.match(str(c.value))
                                                                                or _NO_CREDIT_LINE.match(c.text or "")
                                                                                or _ANOTHER_REGISTRATION.search(c.text or "")))
              and not (c.field == "price_text" and _NOT_YET_SET.match(str(c.value)))}
    text = "\n".join(b.text for b in blocks)
    gate = TextGate(text)  # (most whole-page cues match nothing: one needle scan rules them out)
    found = gate.search
    headings = " ".join(b.text for b in blocks if b.kind == "heading")
    credit = "credit_text" in fields
    # only a page without a credit statement needs its audience; only a bundle-worded one its amounts
    # a class for the public that says it carries no CE ("for families and does not award CE credit") is not for staff
    # (or one that says it is for patients and families: "Health-care workers ... should look at our MA courses" points away)
    professional, public = True, False
    if not credit:
        for_public, says_no_ce = bool(found(FOR_THE_PUBLIC)), bool(found(NO_CE))
        professional = bool(found(PROFESSIONAL)) and not (says_no_ce and found(PUBLIC_AUDIENCE)) and not for_public
        # (its title names the public: "Living Well with Type 2 Diabetes (free class for patients & families)")
        public = for_public or (says_no_ce and PUBLIC_AUDIENCE.search(heading) is not None)
    bundle_word = BUNDLE_WORDS.search(heading) or BUNDLE_WORDS.search(url.replace("-", " "))
    # (a table cell's amount over the next line's "Credit can be earned until ..." is no credit of its own)
    credit_values = len({_AMOUNT.search(m.group(0)).group(0) for m in CREDIT_PHRASE.finditer(text)
                         if "\n" not in m.group(0)}) if bundle_word else 0
    # an objectives heading, a line that opens with one ("Objectives. At the end of this program..."), or a
    # short line set as a heading by its class alone ("<div class=sectionHead>Learning objectives</div>")
    objectives = bool(OBJECTIVES.search(headings) or "objective_text" in fields
                      or any(OBJECTIVES.match(b.text if b.text[:1].isalnum() else _LEAD_MARKS.sub("", b.text))
                             or (len(b.text) <= 40 and EMOJI_TAIL.sub("", b.text)[-1:].isalpha() and OBJECTIVES.search(b.text))
                             # (a list's lead-in after a few words: "From the slides — after watching you should be able to:")
                             or (len(b.text) <= 90 and b.text.rstrip().endswith(":") and OBJECTIVES.search(b.text))
                             for b in blocks if b.kind in ("para", "li")))
    return Signals(
        url=url, heading=heading, types=types, course_nodes=course_nodes, cards=cards,
        # (looked for only where it can decide: no card grid, no objectives of the page's own)
        offer_of_one_other_page=not cards and not objectives and _offer_of_one_other_page(content, url, elsewhere, text),
        offer_outside_cards=_offer_outside(text, card_elements) if cards >= 2 else True,
        more_links=sum(1 for b in blocks if b.kind == "para" and len(b.text) < 30 and _READ_MORE.match(b.text)),
        content_links=links, listed_links=listed, listed_json=listed_json,
        credit=credit, price="price_text" in fields,
        delivery="format_text" in fields or "duration_text" in fields or bool(found(DURATION)),
        instructor="instructor" in fields,
        self_reference=bool(found(SELF_REFERENCE, 0, 3000)),
        professional=professional, public=public, credit_values=credit_values,
        counted_items=any(b.kind == "heading" and _COUNTED_HEADING.match(b.text) for b in blocks),
        dated_credit_rows=sum(1 for b in blocks if b.kind in ("row", "li") and _DIGIT_SLASH_OR_MONTH.search(b.text)
                              and DATE.search(b.text) and CREDIT_PHRASE.search(b.text)) if credit else 0,
        priced_credit_rows=sum(1 for b in blocks if b.kind in ("row", "li") and "$" in b.text
                               and CREDIT_PHRASE.search(b.text)) if credit else 0,
        priced_credit_offers=_priced_credit_offers(blocks) if credit else 0,
        subscription_named=not credit and bool(found(_SUBSCRIPTION_WORD)),
        covers_every=bool(found(_COVERS_EVERY, 0, 1500) or _ALL_OF_A_KIND.search(heading)),
        schedule=bool(found(CLOCK)) and _dated_clock(blocks),  # (no clock time anywhere: no block has one)
        # (or a section headed by such a fact: a post's "Credit" / "Price" headings over their lines)
        labelled=any(c.source.endswith("-label") and c.field in ("price_text", "credit_text") for c in candidates)
        or any(b.kind == "heading" and b.level > 1 and _FACT_HEADING.match(b.text) for b in blocks),
        objectives=objectives,
        call_to_action=cta, published="article:published_time" in meta,
        byline=any(BYLINE.match(b.text) for b in blocks[:8] if len(b.text) < 160),
        lead_month=next((month for b in blocks[1:4] if len(b.text) < 100 and (month := _month_opening(b.text))), ""),
        profile=(bool(_PERSON_NAME.match(heading)) and any(_JOINED.match(b.text) for b in blocks[:12])
                 and any(_POST_COUNT.match(b.text) for b in blocks[:12]))
        # (a page headed as a profile, "Profile Details" over "Full Name: ..." and "Member since: ...", Friendica's)
        or (bool(_PROFILE_TITLE.match(heading)) and any(_JOINED.match(b.text) for b in blocks[:12])),
        bundle_text=_bundle_text(blocks), any_of_several=bool(found(_ANY_OF_SEVERAL, 0, 2000)),
        call_for_proposals=bool(found(CALL_FOR_PROPOSALS, 0, 1500) and found(_PROPOSALS_DUE)),
        donation=gate.may_match(_DONATION) and _donation_form(text), disclaims_teaching=bool(found(DISCLAIMS_TEACHING, 0, 3000)),
        not_education=bool(found(_NOT_A_CE_COURSE, 0, 3000)
                           or (found(_NOT_EDUCATION) and (found(_NO_CE_AT_ALL) or found(_NO_CE_GIVEN)))),
        program_text=bool(PROGRAM_HEADING.search(heading) and found(PROGRAM_TEXT)), words=len(text.split()),
        product_demo=not credit and bool(found(PRODUCT_DEMO, 0, 2000) and found(NO_CE)),
        plan_tiers=bool(PLANS_HEADING.search(heading)) and len(YEARLY_PRICE.findall(text)) >= 2,
        waitlist_only=bool(found(SOLD_OUT) and found(NEXT_DATE_PENDING)),
        save_the_date=bool(found(SAVE_THE_DATE, 0, 600)), program_to_come=bool(found(_PROGRAM_TO_COME, 0, 2500)),
        poll=bool(found(_POLL_TEXT, 0, 3000)),
        about_site=bool(ABOUT_HEADING.match(heading)) and _names_the_provider(heading, candidates),
        newsletter_issue=any(len(b.text) < 120 and (NEWSLETTER_HEADING.search(b.text) or _IN_THIS_ISSUE.match(b.text)
                                                    or (_ISSUE_NUMBER.search(b.text) and _WHEN_WORD.search(b.text)
                                                        and not _PAGE_RANGE.search(b.text)))
                             for b in blocks[:10]),
        meeting_total=bool(MEETING_HEADING.search(heading) and found(_UP_TO_CREDITS, 0, 2500) and found(_NOT_YET_OPEN)),
        yearly_price=bool((PASS_HEADING.search(heading) or found(_IS_A_MEMBERSHIP, 0, 2000)) and found(YEARLY_PRICE))
        or bool(found(_A_YEAR_S_MEMBERSHIP, 0, 2000) and "$" in text),
        series_whole=bool(_SERIES.search(heading) and found(SERIES_WHOLE)),
        separate_sessions=bool(found(SEPARATE_COURSES, 0, 2000)),
        credit_amount=bool(GROUP_TRAINING.search(heading)) and any(CREDIT_PHRASE.search(b.text) and not _CREDENTIAL_RULE.search(b.text)
                                                                   for b in blocks),
        # ("Medical Assistant Leadership Track ... awards a certificate of completion only; it is not approved for AAMA CEUs")
        training_programme=not credit and not found(_LAPSED_APPROVAL) and bool(
            (PROGRAM_HEADING.search(heading) or _TRACK_HEADING.search(heading))
            and (found(NO_CE) or any(c.field == "credit_text" and _NO_CREDIT_VALUE.match(str(c.value))
                                           for c in candidates))),
        shipped=bool(found(SHIPPED)), no_ce=bool(found(_NO_CE_AT_ALL)), card_texts=card_texts,
        headings=headings,
        guide=bool(found(GUIDE, 0, 600) and not found(TESTED)),
        subscription=bool(found(RECURRING) and found(CANCEL_ANY_TIME)),
        # (a live event that has ended but whose recording one may still watch is a course)
        # (a notice may be set as a heading; a long paragraph's first sentence may be one: "This class has been cancelled.")
        ended=gate.may_match(ENDED) and any(ended_notice(b.text if len(b.text) < 300 else b.text.split(". ", 1)[0] + ".")
                  and not _STILL_WATCHED.search(b.text)
                  # (a status badge among a post's tags is a list item: "Posted 15 July 2026 · meetings · This event has ended")
                  for b in blocks if b.kind in ("para", "dl", "row", "li") or (b.kind == "heading" and b.level > 1))
        # (or a title called off: "Cancelled: 12-Lead EKG Lab, Saturday, February 6, 2027")
        or bool(_CALLED_OFF_TITLE.search(heading))
        # (or a badge over the title, the offering's word first: "Event ended" over a conference held in October; not a
        # card's badge in a catalogue, "Webinar Ended", below its heading)
        or any(_ENDED_BADGE.match(b.text) for b in itertools.takewhile(lambda b: b.text != heading, blocks[:6])),
        category_intro=any(CATEGORY_INTRO.match(b.text) for b in blocks[:20] if b.kind == "para"),
        preview=bool(found(PREVIEW_LESSON)),
        # (a job post and a CE article say what they are near the top)
        pay=bool(found(PAY, 0, 3000)), job_terms=bool(found(JOB_TERMS, 0, 3000)), quote_request=bool(found(_QUOTE_REQUEST) and found(_ANY_OFFERING)),
        job_fields=len({m.group(1).lower().split()[0] for b in blocks[:120] if len(b.text) < 120
                        and (m := _JOB_FIELD.match(b.text))}),
        tested=bool(found(TESTED, 0, 6000)),
        # (not "4 items" under a curriculum section's own small heading: that section's lessons)
        result_count=any(RESULT_COUNT.match(b.text) and not (i and blocks[i - 1].kind == "heading" and blocks[i - 1].level >= 4)
                         for i, b in enumerate(blocks[:60]) if len(b.text) < 40)
        # (or a catalogue saying which of its pages this is: "Course catalog" over "... Page 1 of 2.")
        or (LISTING_HEADINGS.search(heading) is not None and any(len(b.text) < 200 and _PAGE_OF.search(b.text)
                                                                  for b in blocks[:6])),
        day_credit_lines=sum(1 for b in blocks if len(b.text) < 200 and DAY.search(b.text) and CREDIT_PHRASE.search(b.text))
        if PLURAL_HEADING.match(heading) else 0,
    )
