"""Headings that announce content about other pages ("Related courses", "You may also like", "Share this").

That wording is how any site labels such blocks, whatever the markup; the block walk and the
section grouping both read it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NOT_THIS_PAGE = re.compile(
    r"\b(related|similar|alternative|accessory|recommended|popular|trending|featured|recently viewed|other|more|upcoming|latest)\b"
    r".{0,30}\b(?<!this )(?<!the )(?<!our )(courses?|webinars?|classes|programs?|products?|events?|posts?|articles?|items?|ce|ceus?|cme|"
    r"trainings?|offerings?|workshops?|learning|education|opportunities|services|meetings|news|stories|announcements|"
    r"topics|threads|discussions|questions|activities|packets|modules|recordings|extras|episodes|videos|lessons|"
    r"sign-?ups|registrations|publications|papers|listings|experiences)\b"  # (Church Center's "More signups")
    # a marketplace's rail of other things nearby ("Things to do near Eskerfield")
    r"|^(?:other |more )?things to do (?:near|in|around)\b"
    # other people's or another tutor's sessions ("More group sessions from Wrenna T.", "Similar group sessions from other
    # tutors"); not a course's own "Upcoming sessions"
    r"|^(?:more|other|similar|related) (?:[\w-]+ )?sessions (?:from|by|with)\b"
    r"|you (may|might|could) also (like|enjoy|be interested|want|consider)|you (may|might) (like|enjoy)\b|^you (?:may|might|could) also need\W*$|(customers|people|learners|students|members|others|attendees|users) also\b"
    r"|\bwho (bought|viewed|purchased|took|liked) (this|these|it)( [\w-]+)? also\b"
    r"|^also of interest\b|^also in (?:the|this|our)\b|^(?:you(?:'ll| will) )?also (?:like|enjoy)\b"
    r"|frequently bought together|^(?:add|also add) to (?:your|this) (?:order|cart|basket|purchase)\W*$|share this|follow us|^(?:more|related) (?:from|in|by|on|for)\b|^also (?:from|by)\b"
    # a marketplace seller's storefront ("Items from this provider", "Courses by this instructor")
    r"|^(?:all |other )?(?:items|courses|products|listings|offerings|classes|webinars) (?:from|by) (?:this|the) "
    r"(?:provider|seller|merchant|vendor|instructor|author|creator|shop|store|partner)\b"
    r"|^also (?:on[- ]demand|offered|in (?:the|our) (?:[\w-]+ ){0,2}(?:catalog|catalogue|store|library|shop))\b"
    r"|^(?:keep|continue) (?:learning|exploring|browsing|building|growing|training|going)\b|^explore more\b|^more to explore\b|^next up\b|^up next\b"
    r"|^what(?:'s| is) next\b|^also available\b|^also (?:open|registering|booking|enrol+ing)(?: (?:for|to) [\w-]+)?\W*$|^also (?:check|see) (?:out|these)\b|^(?:check|see) these out\b|^(?:related|see also)(?: (?:content|pages|links|reading|resources|topics))?:?$"
    # a year's programme of many offerings ("2027 Clinical Education Calendar"), not this course's sessions
    r"|^(?:20\d\d )?(?:[\w&-]+ ){0,2}(?:education|ce|cme|events?|programs?|training|workshops?) calendar$"
    # (or the year's programme at a glance, "2027 at a glance (tentative after April)"; not a course's own "At a glance")
    r"|^(?:the |our )?(?:20\d\d|(?:the )?year|(?:this |next )?(?:spring|summer|fall|autumn|winter|season))(?: 20\d\d)? at a glance\b"
    r"|^(recently (updated|added|posted|published)|what's new|new this (week|month)|latest|news|announcements|in the news)$"
    r"|^(?:site|website) (?:updates|news|log)$|^change ?log$"  # (a personal site's sidebar log: "site updates")
    r"|^(donate|give( today| now)?|make a (gift|donation)|ways to give|support (this|our) (training|work|mission|programs?|cause))\b"
    r"|^(most )?(popular|trending|featured|recommended|best ?sellers?|top sellers?|new releases?|upcoming|coming up)"
    r"( now| right now| this (week|month)| picks)?$"
    # a store's box of discounted products ("Specials", "Weekly specials"): other products' sale prices
    r"|^(?:today's |this (?:week|month)'s |(?:weekly|monthly|current|store) )?(?:specials|sale items|deals|clearance)$|^on sale(?: now)?$"
    r"|stay connected|subscribe to|sign up for our newsletter|join our (mailing|email) list"
    r"|^(?:become a member|membership (?:levels|benefits|options)|not (?:yet )?a member(?: yet)?\??)!?$"
    # a box selling the provider's pass or subscription beside a course ("CE Pass", "All-Access Pass")
    r"|^(?:the |our )?(?:ce|ceu|learning|all-access|annual|unlimited)(?: [\w-]+)? (?:pass|subscription)$|^(?:read (?:more|next)|keep reading|more (?:posts|stories))$"
    # an email's or a page's next offering, by when it comes ("Coming in February", "Coming next month")
    r"|^(?:also )?coming (?:in|this|next) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|"
    r"month|season)[a-z]*(?: 20\d\d)?\W*$|^(?:also )?(?:before then|in the meantime|meanwhile)\W*$"
    r"|^(?:coming up|upcoming)(?:\s*\((?![^()]*\d)[^()]{1,40}\))\W*$"  # ("Coming up (other groups)", not a date)
    r"|^(?:ce|cme|events?|classes|courses|webinars|workshops|what's|what is) coming up\W*$"  # (a wiki sidebar's "CE coming up")
    r"|^(?:other|more) (?:[\w-]+ ){0,2}(?:on|in) (?:the|our|this) (?:[\w-]+ ){0,2}(?:calendar|schedule|line-?up)\b"  # ("Other things on the calendar")
    # ("ALSO THIS SPRING FROM WCE ALLIED HEALTH" over a flyer's table of other offerings)
    r"|^(?:also|more) (?:this|next) (?:spring|summer|fall|autumn|winter|term|semester|season|month|quarter)\b"
    r"|^(?:coming up|upcoming) (?:from|at|with|next)\b|^also (?:coming up|upcoming|scheduled)\W*$|^also (?:on|in) (?:the|our|this) (?:[\w-]+ ){0,2}(?:calendar|schedule)\W*$|^(?:ready for|want|looking for|hungry for) more\W*$"
    # an e-mail's box of other offerings by when they run ("Live workshops this winter", "Webinars next month")
    r"|^(?:(?:live|upcoming|more|other|new|in-person|online) )?(?:workshops|webinars|classes|courses|events|sessions|labs)"
    r" (?:this|next) (?:week|month|season|spring|summer|fall|autumn|winter|year)\W*$"
    # the way to the messages or posts before and after this one (MHonArc's "Prev by Date", "Nearby messages in this archive")
    r"|^(?:prev(?:ious)?|next|older|newer)(?: by (?:date|thread)| (?:message|post|entry|article|topic|thread)s?| in thread)\W*$"
    r"|^(?:date|thread) (?:prev|next)\W*$|^nearby (?:messages|posts)\b|^(?:other )?(?:messages|posts) in this (?:thread|archive)\b"
    # a blog's sidebar widgets: its other posts by month, label or date
    r"|^(?:blog |post )?archives?$|^(?:post )?(?:labels|categories|tags)$|^(?:recent|latest|active|new) (?:posts|comments|entries|topics|threads|discussions|news|articles|stories|announcements|updates|changes|edits)$"
    # another event announced below the course ("Save the date: Spring Conference", "Spotlight: Injection Skills Lab")
    r"|^save the date\b|^(?:event |course |ce |member )?spotlight\b"
    # next year's meeting, below a recording of this year's ("Join us in 2027", "See you next year")
    r"|^(?:join us|see you) (?:again )?(?:in 20\d\d|next (?:year|spring|summer|fall|autumn|winter))\W*$"
    # readers' comments under a post ("Comments (4)", "3 Responses", "Leave a reply"): not the provider's words
    r"|^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments)(?:\s*\(\d+\))?\W*$|^(?:leave|post|add) a (?:comment|reply)\b"
    r"|te puede interesar|le puede interesar|cursos relacionados|otros cursos|m[aá]s cursos"
    r"|pr[oó]xim[oa]s (?:clases|cursos|eventos|talleres|fechas)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def is_boilerplate_heading(heading: str) -> bool:
    """True for headings that introduce content about other pages (cached: a page's walk and its section
    grouping ask about the same headings, and sites repeat theirs on every page)."""
    return len(heading) < 80 and _NOT_THIS_PAGE.search(heading) is not None and not _OWN_STATUS.match(heading)


# this offering's status pill over its title ("Upcoming live webinar"): one of it, not a list of others
_OWN_STATUS = re.compile(r"^\W*(?:upcoming|featured|latest) (?:(?:live|virtual|online|in-person|free) )?(?:webinar|event|class|course|"
                         r"workshop|session|broadcast|stream|lab|seminar)\W*$", re.I)
