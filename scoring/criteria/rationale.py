"""Rationale: a purpose or need statement, not a slogan (DOMAIN.md section 4, item 1).

Met by a "Statement of need" / "Purpose" / "Why take this course" / "Who should
attend" section with real text, or by a sentence in the course text that states a
need, a practice gap, a purpose or the audience it was designed for.
"""

from __future__ import annotations

import re
from itertools import pairwise

from catalog.page import ExtractedPage, Section
from scoring.criteria.base import NOT_MET, CriterionResult, found, sections_under
from scoring.criteria.learning_outcomes import outcome_list
from scoring.text import Block
from scoring.view import PageView, view

NAME = "rationale"

_STRONG_HEADING = re.compile(
    r"\b(?:statement of need|needs? (?:statement|assessment)|rationale|purpose|why (?:take|attend|this|it matters|you should|learn|enroll|join)|"
    r"who should (?:attend|take|enroll|register|join)|intended (?:audience|for)|target audience|audience|who (?:it'?s|(?:[\w-]+ ){0,4}is) for|who is (?:it|this|the [\w-]+) for|"
    r"practice gap|gap analysis|course goals?|goal|background|why\b|is this (?:you|for you)\b|para qui[eé]n es|por qu[eé] (?:este|tomar)|"
    r"by the numbers|"
    r"necesidad(?:es)?|justificaci[oó]n|prop[oó]sito)"
    r"|^\s*(?:the )?(?:gap|problem|need|challenge)s?\s*:?\s*$",
    re.I,
)
# what the learners will then be able to do, after "so that <who> can" ("... so that every front-desk worker can learn")
_CAN_ACT = (r"(?:learn|recogni[sz]e|spot|notice|respond|practi[sc]e|handle|meet|keep|stay|prepare|protect|help|escalate|act|"
            r"identify|catch(?: up)?|prevent|avoid|reduce|improve|build|apply|explain|perform|cover|review|update|refresh|earn|"
            r"fill)\b")
_CUE = re.compile(
    r"\b(?:practice gaps?|gap in (?:practice|knowledge|care)|statement of need|need:|needs? for (?:this|the|up-to-date|current)|"
    # whom the makers had in mind: "We built the Playbook for exactly those people: medical assistants who ..."
    r"we (?:built|made|created|designed|wrote|developed) (?:this|the|our) (?:[\w-]+ ){0,3}for (?:exactly )?(?:those|these|you|"
    r"medical assistants|mas|staff|people|front-desk|clinic)\b|"
    r"(?:is|was|were) (?:specifically )?(?:designed|planned|developed|created|written|built|intended) (?:for|to help|to address|to meet|in response|at the request of)|"
    # ("The session was designed to give medical assistants the legal background ...")
    r"(?:is|was|were) (?:specifically )?(?:designed|planned|developed|created|built|intended) to (?:give|equip|prepare) "
    r"(?:medical assistants|mas|cmas|staff|learners|participants|front-desk|clinic)\b|"
    r"designed (?:for|with) (?:medical assistants|mas|allied|you|clinic|front|back|new|experienced)|intended (?:for|audience)|target audience|"
    r"(?:designed|made|built|created) for (?:[\w-]+,? ){0,3}(?:staff|assistants|mas|nurses|professionals|teams?|providers|workers|"
    r"coders|billers|managers|externs|students)\b|"
    r"why (?:we(?:'re|’re| are) offering|we offer|we built|we created)|"
    r"(?:this|the|our) (?:[\w-]+ ){0,2}(?:course|webinar|session|class|workshop|symposium|conference|bundle|program(?:me)?|module|lab|training|"
    r"recording|video|series|lesson) "
    r"(?:gives|brings|offers|provides|equips) (?:[\w-]+,? ){0,3}(?:medical assistants|mas|staff|learners|participants|"
    r"leaders|supervisors|managers|them|members? of the (?:[\w-]+ )?team)\b|"
    # "Medical assistants in billing ... roles are the people we had in mind"; "MAs ... tell us the grey areas cause ..."
    r"\bthe (?:people|learners|staff|folks|audience|ones) we (?:had in mind|built (?:it|this) for|wrote (?:it|this) for|"
    r"designed (?:it|this) for)\b|"
    # "The talk was prepared with the medical assistants and LPNs who room patients in mind"; "Infection Prevention put
    # this session together after the spring audit"
    r"\b(?:prepared|planned|designed|built|written) with (?:the )?(?:medical assistants|mas|staff|learners|[\w-]+ staff)\b"
    r"[^.]{0,60}\bin mind\b|"
    r"\bput (?:this|the) (?:[\w-]+ )?(?:session|course|class|webinar|workshop|talk|program|module|lab) together "
    r"(?:after|because|when|in response)\b|"
    # ("This webinar was put together after several members asked how to fix an error ...")
    r"\b(?:was|were|is) put together (?:after|because|when|in response)\b|"
    r"(?:medical assistants|mas|cmas|members|learners|students|staff|clinics|employers?|managers|practices|physicians|patients|"
    r"(?:advisory )?boards?|committees?)\b[^.]{0,60}?"
    r"\b(?:tell|tells|told|keep telling) us\b|"  # ("Clinics in the Upper Cumberland keep telling us the same thing: ...")
    r"(?:this|the|our) (?:[\w-]+ ){0,2}(?:course|webinar|session|class|workshop|program(?:me)?|module|lab|training|recording|series|"
    r"conference|symposium|summit|event|day) exists (?:so|to|because)\b|"
    r"\b(?:lets|allows|enables) (?:medical assistants|mas|staff|learners|participants|you) (?:to )?[a-z]+|"
    r"\bwhose (?:employers?|states?|jobs?|roles?|clinics?)\b(?: or [a-z]+)? (?:requires?|expects?)\b|"
    r"\b(?:must|are required to|(?:has|have) to) (?:hold|have|maintain|complete|renew) (?:a |an |their )?(?:current |valid )?(?:[\w-]+ ){1,3}(?:card|certification|training)\b|"
    # ("This recorded webinar helps front-office medical assistants ...")
    r"this (?:[\w-]+ ){0,2}?(?:course|activity|webinar|program(?:me)?|module|session|training|class|workshop|lesson) (?:will )?(?:helps?|address(?:es)?|prepares?|aims|closes|equips|responds|fills|targets|meets)|"
    r"(?:aims?|seeks?) to (?:help|improve|reduce|close|address|prepare|strengthen|give)|purpose(?: of (?:this|the) [a-z]+)? is\b|purpose:|"
    # an inline label that asks why ("Why watch: a single post from the break room can be a reportable breach.")
    r"(?m:^\W*why (?:watch|take|attend|enrol+|join|register|listen|this)\b[^:.?!\n]{0,30}\??\s*:)|"
    r"goal(?: of (?:this|the) [a-z]+)? is\b|goal:|why (?:this|it) matters|(?:that|this|which) is (?:exactly |precisely |just )?why|"
    # "If you assign diagnosis codes ..., this hour is for you"
    r"\b(?:this|the) (?:[\w-]+ )?(?:hour|morning|afternoon|evening|day|session|course|class|webinar|workshop|one|program(?:me)?|"
    r"packet|module|lab) is (?:made |meant )?for you\b|"
    r"(?:remains?|is|are)(?: now| still)? (?:a |the |one of the )?(?:most |single |top )?(?:common|leading|frequent|significant|major|top|persistent|biggest) (?:cause|source|problem|reason|risk|complaint|question|call|concern|finding)s?|"
    r"close[sd]? (?:that|this|the) gap|fills? (?:that|this|the) gap|cost(?:s)? (?:a |the )?(?:typical )?(?:practices?|clinics?|offices?)|"
    # (the audience with its kind: "offer HLT 108 so that working medical assistants can build a sound footing")
    r"so (?:that )?(?:every |each |all |any )?(?:(?:[a-z-]+ ){0,2}?(?:medical assistants?|mas|staff|learners)|you)\b(?: and (?:their|your|the) [a-z]+)?(?: who [a-z ]{3,30})? (?:can|will|never|is|are)\b"
    # (not a feature's convenience: "Your certificate stays in your account, so you can download it again later", "The
    # certificate shows the course number, so you can enter it straight into your application", a poster's "so you can decide")
    r"(?! (?:always |easily |still |then )?(?:download|print|reprint|access|log in|sign in|view|save|retake|return|come back|"
    r"find|get|pick up|keep|enter|decide|submit|upload|claim|report|add|copy|paste|skip|share|forward|read it|see it|ask|plan|"
    r"request|book|arrange|schedule)\b)|"
    # "opened this course to the public so that every front-desk worker, medical assistant, nurse and volunteer ... can learn"
    r"so (?:that )?(?:every|each|all|any) (?:[\w-]+,? ){1,10}(?:can|will|may) " + _CAN_ACT + r"|"
    # (or those it was opened for: "opened to working medical assistants ... so that those who completed their training
    # before the course existed ... can cover scope of practice")
    r"\bso (?:that )?(?:those|anyone|people|learners) who [^.]{3,150}? can " + _CAN_ACT + r"|"
    # (or the audience listed with its peers: "built this module so that medical assistants, patient care technicians and
    # front-line clinic staff can recognize the early signs")
    r"\bso (?:that )?(?:[\w-]+ ){0,2}?(?:medical assistants|mas|cmas|learners|staff|nurses),? (?:[\w-]+,? ){0,8}?(?:can|will|may) "
    + _CAN_ACT + r"|"
    r"we (?:built|created|developed|designed|wrote) this|"
    r"few (?:have|are|receive)|rarely (?:receive|get|trained)|who should (?:take|attend|enroll)(?: this [a-z]+| it)?\s*:|"
    r"(?:medical assistants|mas|allied health (?:staff|workers|professionals)) who (?!are (?:not|also))\w+|prepares? you for|"
    # the role that makes it needed ("Medical assistants are often the first trained rescuer on scene in a clinic")
    r"\b(?:medical assistants|mas|cmas) are (?:often|usually|typically|frequently|increasingly|now) (?:the )?(?:first|only|ones?)\b|"
    r"sets? the tone|(?:when|if) [a-z ]{3,40} (?:is|are|gets?) (?:rushed|skipped|missed|wrong|delayed|ignored)|"
    r"studies (?:show|suggest|have shown)|research (?:shows|suggests)|(?:errors?|mistakes?|gaps?) (?:can|may|often|frequently) (?:lead|cause|result|put|harm)|"
    # a requirement or a risk that calls for the training ("requires a yearly injection competency check", "one of the
    # highest-risk things a medical assistant does")
    r"\brequires? (?:a |an )?(?:yearly|annual|documented|regular) (?:[\w-]+ ){0,2}(?:competenc\w+|skills? checks?|check-?offs?|training)\b|"
    r"\b(?:highest|most)[- ]risk (?:things?|tasks?|procedures?|parts?|moments?)\b|"
    r"asked us for|in response to|to help (?:medical assistants|mas|you|learners|participants|staff|clinics?|practices)|"
    r"(?:for|helps?) (?:medical assistants|mas|allied health|clinical staff|front[- ]office staff|new hires|anyone) (?:who|working|in|that|and)|"
    r"who (?:want|need|wish|are preparing|work) to|because (?:[a-z]+ ){2,}|(?:is|are) (?:essential|critical|vital) (?:for|to|because|in)|"
    r"new (?:[\w'’-]+ ){0,2}(?:regulations?|rules?|guidelines?|requirements?|laws?|standards?|code sets?) "
    r"(?:require|requires|mean|means|takes? effect|took effect|go(?:es)? into effect)|"
    # a practice gap voiced by the audience: "started requiring MAs to run 12-leads ... never trained on it"
    r"(?:started|began|now) requir(?:ing|e|es) (?:medical assistants|mas|staff|us|them) to\b|"
    r"(?:were|was|have been|had been|are|have|has|had) never (?:been )?(?:trained|taught|shown)\b|"
    # "... asked to check diagnosis codes without ever having had a coding class"
    r"\bwithout (?:ever )?(?:having )?(?:had |received |taken )?(?:a |any )?(?:formal )?(?:[\w-]+ )?(?:training|class|course|"
    r"instruction)\b|"
    # "... and the MA is often the first one to see it"
    r"\b(?:is|are) (?:often|usually|typically) the first (?:one|ones|person|people|to)\b|"
    r"(?:was|were) requested by (?:the |our )?(?:[\w-]+ ){0,3}(?:managers|members|employers|clinics|staff|learners)\b|"
    r"so (?:that )?(?:nobody|no one|no ma|no patient) (?:has|have|will|needs?)\b|"
    # who it is for, however the audience is named
    r"(?:is|are|was|were) (?:aimed|geared|targeted|tailored|meant) (?:at|to|toward|towards|for)\b|"
    # Spanish: "Este curso está diseñado para asistentes médicos ..."
    r"\b(?:est[aá]|fue) (?:diseñad|cread|pensad|dirigid)[oa] (?:para|a)\b|"
    r"for (?:[a-z-]+,? ){0,6}(?:staff|students|assistants|mas|professionals|learners|employees|workers|nurses|clinicians|"
    r"providers|coders|billers|managers|supervisors|teams|anyone|those|people|hires|members|guests|attendees|"
    r"participants|technicians|phlebotomists|receptionists|schedulers|grads|graduates) (?:who|whose|that|working|entering|"
    r"moving|stepping|"
    r"transitioning|"
    r"preparing|new to|returning|looking|seeking|wanting|needing)\b"
    # (not those who want the certificate: "plus an 8-question quiz for those who want a certificate")
    r"(?! (?:want|need|wish|would like)s? (?:to (?:earn|get|receive) )?(?:an? |the |their )?(?:ce )?(?:certificates?|credits?|"
    r"ceus?|transcripts?|receipts?)\b)|"
    r"(?:is|are) open (?:at no (?:charge|cost) |free of charge )?to (?:all )?(?:[a-z-]+ ){0,3}(?:medical assistants|mas|students|"
    r"staff|members|professionals)\b|"
    # "This 90-minute live session is for medical assistants, front-office staff and billers"
    # ("This one-hour webinar is for front-desk and patient-coordinator medical assistants")
    # (or a post's "This is for MAs, office managers and supervising providers in Nevada practices")
    r"\b(?:course|session|webinar|workshop|class|program(?:me)?|module|lab|series|pass|training|event|roundtable|recording|"
    r"video|packet|lesson|update|refresher|seminar|briefing|bootcamp|presentation|(?:^|(?<=[.!?]\s))(?:this|it)) (?:is|are) "
    r"for (?:[\w-]+,? (?:and |or |& )?){0,4}(?:medical assistants|mas|cmas|rmas|staff|"
    r"front[- ](?:office|desk)|clinicians|anyone|those|people|coordinators|schedulers|receptionists|billers|coders)\b|"
    # a labelled purpose in a facts table ("Purpose | Most clinics in our region have no cardiology on site.")
    # (or its audience: "Who it's for: medical assistants and front-desk staff in any setting who ...")
    r"(?<![^\n])\s*(?:purpose|rationale|statement of need|why (?:attend|take (?:it|this))|who (?:it['’]?s|it is|this is) for|"
    r"who should (?:attend|take (?:it|this)))\s*[|:]\s*\w|"  # (a line's start)
    # a need the makers answered: "... have been some version of 'now what?'. So we built a session around it."
    r"\bso we (?:built|made|created|designed|planned|put together) (?:a|this|the|our) (?:[\w-]+ ){0,2}(?:session|course|webinar|"
    r"class|workshop|module|lab|program(?:me)?|training) (?:around|about|on|for) (?:it|this|that|them)\b|"
    # a need the audience voiced, or a needs survey the programme was planned from
    r"(?:members|learners|participants|attendees|students|medical assistants|mas|employers|clinics)(?: who [a-z ]{3,40})? "
    r"(?:have )?(?:regularly |often |repeatedly |keep )?(?:asked|ask|asking|requested|request)(?: us)? (?:for|about|whether)\b|"
    r"(?:needs?|member|learner|participant) (?:survey|assessment)|planned (?:from|around|after) the results|"
    # "plans a half-day program around the recertification gaps members report"
    r"(?:plan(?:s|ned)?|buil[dt]s?|design(?:s|ed)?|organi[sz]e[sd]?|shape[sd]?) (?:[\w-]+ ){0,4}around (?:the )?(?:[\w-]+ ){0,3}"
    r"(?:gaps?|needs?|requests?|questions?|challenges?)\b|"
    # "members have plenty of general credit but struggle to find administrative CEUs"
    r"(?:members|medical assistants|mas|cmas|staff|learners|students|new hires|clinics|practices|many of (?:you|us)) "
    r"(?:[\w-]+ ){0,6}(?:struggle|struggled|struggling) (?:to|with)\b|"
    r"(?:was|were) (?:scheduled|organi[sz]ed|added|chosen|planned) (?:to answer|to address|to respond|in response|because)\b|"
    # a need stated as a requirement or a cause of harm
    r"(?:employers|regulations|regulators|payers|insurers|state law|cms|osha|accreditors|the joint commission) "
    r"(?:now )?(?:require|requires|expect|expects|mandate|mandates|ask (?:new |their |all )?(?:staff|medical assistants|mas|hires))\b|"
    r"(?:is|are) (?:a |the )?(?:leading|major|common|frequent|top) (?:contributor|driver)s?\b|"
    r"so (?:this|our|the) (?:course|lab|workshop|session|webinar|program|module|class|training) "
    r"(?:focuses|concentrates|covers|addresses|targets)\b)",
    re.I,
)
# Sections about the organiser, not the course ("Organized by", "About us").
_ABOUT_PROVIDER = re.compile(r"^(?:organi[sz]ed by|hosted by|sponsored by|presented by|(?:the |our )?(?:organi[sz]ers?|hosts?)$|"
                             r"about (?:the )?(?:organi[sz]er|host|"
                             r"provider|us|our (?:company|organi[sz]ation|team))|who we are)\b"
                             # joining the body ("Join SOAS", "Membership"): who may join, not why this course exists
                             # ("Why join?", "Join SOAS", "Join the chapter"; not "Why join live?", which is about the course)
                             # ("About the Home Safety for Veterans program": another programme of the body's)
                             r"|^about (?:the |our )(?!(?:ce |continuing education |training )?(?:program|programme)$)"
                             r"(?:[\w'’&-]+ ){1,6}(?:program|programme|foundation|alliance|society|association|"
                             r"network)$"
                             r"|^(?:why\s+)?(?:join(?:\s+(?:us|the\s+\w+|our\s+\w+|(?-i:[A-Z])[\w&.-]+))?\s*[?!.]?$|"
                             r"become a member\b|membership\b|renew\b)"
                             # why people choose the provider ("Why employers train with Halvard", "Why choose us")
                             r"|^why (?:[\w-]+ ){0,2}(?:train|learn|work|partner|study) with\b|^why (?:choose|pick) us\b"
                             # the teacher's bio: why they make courses at all, not why this one exists
                             r"|^(?:(?:about|meet) )?(?:the |your )?(?:instructors?|presenters?|speakers?|authors?|faculty|"
                             r"educators?|facilitators?)\s*:?$", re.I)
_WHY = re.compile(r"\bwhy\b", re.I)
_GOALS = re.compile(r"\bgoals?\b", re.I)
# a bare "Why join" over a session's need ("Bills on scope of practice ... This lunchtime session is for any MA"), not over
# a membership's benefits
_WHY_JOIN = re.compile(r"^\W*why join\W*$", re.I)
_MEMBERSHIP = re.compile(r"\bmember(?:s|ship)?\b|\bdues\b", re.I)
_HOW_IT_RUNS = re.compile(r"^\W*(?:how (?:it|the (?:course|class|lab|day|session|workshop|morning|evening)) (?:runs|works)|"
                          r"what to expect|(?:course |class )?format|how you(?:'ll|’ll| will) learn)\W*$", re.I)
_PERSON_LABEL = re.compile(r"^\W*(?:presenters?|instructors?|speakers?|faculty|authors?|facilitators?|educators?|"
                           r"taught by|presented by)\s*[:|]", re.I)
# a section about the people who teach ("Teacher" over "Joaquim Delacroix, RN" and his bio): who they are, not why
_PEOPLE_HEADING = re.compile(r"^\W*(?:about (?:the|your) |meet (?:the|your) )?(?:presenters?|instructors?|teachers?|speakers?|faculty|"
                             r"authors?|facilitators?|educators?|trainers?|hosts?)\W*$", re.I)
# a lesson row of a course outline, ending in its running time ("... why it matters Preview 16 min")
_LESSON_ROW = re.compile(r"\b\d{1,3}\s*(?:min|mins|minutes)\.?\s*$", re.I)
_LESSON_WHY = re.compile(r"^\s*(?:(?:module|lesson|unit|chapter|part|week|session|day)\s+)?\d{1,2}\s*[.):\-–—]?\s+why\b", re.I)
_LABELLED_ITEM = re.compile(
    r"^\s*(?:target audience|intended audience|audience|purpose|rationale|need|statement of need|who should|why)\b", re.I
)
# a heading's question run in at the start of its answer ("<b>Why take this course?</b> Chronic wounds ...")
_QUESTION_HEADING = re.compile(
    r"\s*(?:why (?:take|attend|enrol+|enroll in|join|register for|sign up for|choose) (?:this|the|our|it)\b[^?\n]{0,40}|"
    # (a slide's title in a deck's text: "Why this lab?")
    r"why (?:this|the|our) (?:[\w-]+ )?(?:course|class|lab|workshop|webinar|session|training|module|program|programme|series)|"
    r"who (?:should (?:attend|take|enrol+|join|register)|is (?:this|it) (?:[\w-]+ )?for)\b[^?\n]{0,30})\?\s*"
    r"|\s*¿\s*(?:para qui[eé]n es|por qu[eé] (?:tomar|asistir a)) (?:este|esta|el|la) [^?\n]{0,30}\?\s*", re.I)
# "A six-module self-paced course on diagnosis and procedure coding ... for medical assistants who code": what it is
# ("A self-paced module on ...", "Live evening webinar introducing motivational interviewing skills ... for medical
# assistants who ...": a listing's one-line summary)
_PRODUCT_SUMMARY = re.compile(r"^\s*(?:(?:A|An)\s+)?(?:[\w-]+,?\s+){0,5}(?:course|module|webinar|workshop|class|lab|program|"
                              r"packet|series)\s+(?:on|in|about|covering|introducing)\b", re.I)
_FRAGMENTS = re.compile(r"[.!?]+")
_SLOGAN = re.compile(r"!|\b(?:enroll|enrol|sign up|join|register|buy|order|shop)\b.{0,20}\b(?:now|today)\b|\bbest\b|\b#1\b", re.I)
# a tagline: one short sentence bidding the reader be or do something ("Be the calm in the room.", "Master the modifiers.")
# whom an audience line names ("Medical assistants.", "New leads and charge MAs")
_SOMEONE = re.compile(r"\b(?:assistants?|mas|cmas|rmas|staff|students|nurses|clinicians|coders|billers|managers|supervisors|"
                      r"leads|professionals|learners|employees|anyone|everyone|those|people|beginners|newcomers|"
                      r"technicians|phlebotomists|receptionists|schedulers|graduates|members|you)\b", re.I)
_TAGLINE = re.compile(r"^\W*(?:be|become|get|make|take|learn|master|boost|stay|keep|level|discover|unlock|elevate|build|grow|"
                      r"gain|step|own|feel|find|sharpen|power|start|transform|stand|lead|turn|go|bring|raise)\b[^.!?\n]{0,50}"
                      r"[.!]?\s*$", re.I)
# (and a site's audience gate, "This site is intended for U.S. healthcare professionals": who may read the site)
# (terms of sale, not a topic: "to reduce no-shows and late cancellations")
_NOT_RATIONALE = re.compile(r"\bdesigned to be (?:completed|taken|viewed)|\brefund|(?<!late )\bcancel|\bsales (?:are )?final\b|"
                            # how seats are had ("registration is required because the lab has 16 workstations")
                            r"\b(?:seats?|registration|space) (?:is|are) (?:limited|required|funded)\b|"
                            # whether the credit counts ("MAs who hold other credentials should check with their
                            # certifying body about whether contact hours ... are accepted")
                            r"\bcheck with (?:your|their|the) (?:certifying|credentialing|licensing|certification) "
                            r"(?:body|bodies|board|agency|organi[sz]ation)\b|"
                            r"\b(?:this|our) (?:web ?)?(?:site|portal) is (?:only )?(?:intended|meant|designed)\b|"
                            # a community's own description ("A volunteer community for medical assistants in northern
                            # Vermont: CE swaps, workshops, job leads"): what the site is, not why the course exists
                            r"^\W*an? (?:[\w-]+ ){0,3}(?:community|group|network|forum|space|circle|club|journal|newsletter|"
                            r"podcast|server|instance|collective)\s+(?:for|of|by)\b|"
                            # who the provider's whole programme or site is for ("Our MA education program is open to
                            # medical assistants from any clinic", "This server is for medical assistants in the region")
                            r"^\W*(?:new here\W+)?(?:our (?:[\w-]+ ){0,2}(?:education|ce|training|learning) program(?:me)?s?|(?:our|this) "
                            r"(?:[\w-]+ ){0,2}(?:server|instance|site|community|network|forum|chapter|association|society)) (?:is|are) "
                            r"(?:open )?(?:to|for)\b|"
                            # what to take it on, and why ("easier on a larger screen because you compare two documents")
                            r"\bon (?:a |an |your )?(?:larger|bigger|wider|second) (?:screen|monitor|display)\b|"
                            # what it covers, whatever its topic's words ("The course covers what Alabama allows medical
                            # assistants to do ..."): a description of the content, not why the course exists
                            r"^(?:the|this) (?:[\w-]+ )?(?:course|class|webinar|module|program(?:me)?|workshop|session) covers "
                            r"(?:what|how|when|who|which)\b|"
                            # how to join a live session ("we open the room 15 minutes early for anyone who wants a sound
                            # check", "test your Zoom audio ahead of time")
                            r"\b(?:sound|audio|mic(?:rophone)?|camera|connection|tech(?:nology)?) (?:check|test)s?\b|"
                            r"\btest your (?:zoom |teams |webex )?(?:audio|microphone|camera|connection|link)\b|"
                            r"\b(?:join|log in|attend|watch) (?:from|on|using) (?:a |an |your )?(?:computer|laptop|desktop|"
                            r"phone|tablet|mobile|browser|device)\b|"
                            # who got a session's credit ("the live session on November 12 was approved for 1 AAMA CEU
                            # for the people who attended"): whom the credit went to, not whom the course is for
                            r"\bapproved (?:by [^.]{0,60}? )?for (?:\d|one|two|three)[^.]{0,60}\b(?:ceus?|contact hours?|credits?|points?)\b"
                            r"[^.]{0,20}\bfor (?:the )?(?:people|those|anyone|attendees|participants)\b|"
                            # whom a ticket is sold to ("A breakout-only ticket is available for people who can come for
                            # this session alone: $35"): a way to pay, not whom the course is for
                            r"\b(?:tickets?|pass(?:es)?|rates?|prices?|seats?|registration (?:type|option)s?)\b[^.]{0,40}?\b"
                            r"(?:available|sold|offered|open)\b[^.]{0,20}?\bfor (?:the )?(?:people|those|anyone|attendees|"
                            r"participants|members) who\b|"
                            # why the course is given the way it is ("We teach live because our learners work shifts"):
                            # a reason for its format, not for the course
                            r"\b(?:we|I) (?:teach|stream|run|hold|offer|present|deliver) (?:(?:it|this|these|them|our (?:[\w-]+ )?"
                            r"(?:classes|courses|sessions|streams))\s+)?(?:live|online|in[- ]person|on (?:zoom|twitch|youtube))\b"
                            r"[^.]{0,20}\bbecause\b|"
                            # why the page asks for feedback ("Because this is a pilot, the last page asks what was unclear")
                            r"\bbecause (?:this|it) is (?:a |an |still )?(?:pilot|beta|draft|test|trial|preview|new (?:version|release))\b|"
                            # a reader's own reason ("I missed the meeting because of a late shift")
                            r"^\W*I (?:missed|couldn['’]t|could not|wasn['’]t|was not|didn['’]t|did not|can['’]t|cannot)\b|"
                            # ("The 1 AAMA CEU was only for people who attended the meeting in person")
                            r"\b(?:ceus?|ce|credits?|contact hours?|points?)\b[^.]{0,40}\bfor (?:the )?(?:people|those|anyone|"
                            r"attendees|participants) who (?:attended|were there|came)\b", re.I)


def _masthead(pv: PageView) -> Section | None:
    """The untitled text above the page's first top-level heading (a site's name, tagline and notices), if any."""
    first = pv.sections[0] if pv.sections else None
    if first is not None and first.level == 0 and any(section.level == 1 for section in pv.sections[1:]):
        return first
    return None


def _prose_row(block: Block) -> bool:
    """A one-cell table row of running prose (an e-mail's or a table layout's paragraph), not a list's item."""
    return (block.section.kind == "table" and " | " not in block.text and len(block.text.split()) >= 15
            and block.text.rstrip().endswith((".", "!", "?")))


_TIMESTAMP_LINE = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s")
_TRANSCRIPT = re.compile(r"\btranscript\b", re.I)


def _in_a_transcript(pv: PageView, block: Block) -> bool:
    """True for a sentence of a transcript: a line opening with its timestamp, or a section headed "Transcript"."""
    if _TRANSCRIPT.search(block.section.heading):
        return True
    lines = pv.cache.get("transcript_lines")
    if lines is None:
        lines = pv.cache["transcript_lines"] = [line for section in pv.sections for line in section.text.splitlines()
                                                if _TIMESTAMP_LINE.match(line)]
    return any(block.text in line for line in lines)


def detect(page: ExtractedPage) -> CriterionResult:
    """A purpose/need/audience statement, with the sentence that states it."""
    pv = view(page)
    for section in sections_under(pv, _STRONG_HEADING):
        if _ABOUT_PROVIDER.search(section.heading) and not (_WHY_JOIN.match(section.heading)
                                                            and not _MEMBERSHIP.search(section.text)):
            continue  # "Why join?": why one joins the chapter, not why this course exists (unless it speaks of the session)
        if _GOALS.search(section.heading) and outcome_list(section.items):
            continue  # "Goals" over a list of things the learner will do: outcomes, not a purpose
        if _LESSON_WHY.match(section.heading):
            continue  # "1. Why modifiers exist" in a course outline: a lesson's title, not why the course exists
        body = section.text.strip() or " ".join(section.items)
        if ((_WHY.search(section.heading) or not _SOMEONE.search(body)) and len(body.split()) < 8 and "\n" not in body
                and (body.rstrip(".!").count(".") == 0 or all(len(part.split()) <= 3 for part in _FRAGMENTS.split(body)))
                and not _CUE.search(body)):
            # a slogan under the heading ("Why this class" over "Speak the language of care.", "Why come" over "Less
            # guessing. More coding."; "Who this course is for" over "Lead the room. Lift the team.", naming nobody):
            # no reason given
            continue
        if len(body.split()) >= 5 and not _SLOGAN.search(body[:80]) and not (_TAGLINE.match(body) and not _CUE.search(body)):
            first = next((b.text for b in pv.blocks if b.section is section and b.kind != "heading"), body)
            strength = 1.0 if _CUE.search(body) else 0.8
            return found(pv, strength, first)
    for question, answer in pairwise(pv.blocks):
        if (question.kind != "heading" and answer.section is question.section and _QUESTION_HEADING.fullmatch(question.text)
                and len(answer.text.split()) >= 5 and not _SLOGAN.search(answer.text[:80])):
            return found(pv, 1.0 if _CUE.search(answer.text) else 0.8, answer.text)
    masthead = _masthead(pv)
    bios = None
    for block in pv.matching(_CUE, course=False):
        if bios is None:  # the line under "Presenter: Jae-won Park, BSN, RN": her bio ("trains the medical assistants who ...")
            bios = {id(after) for before, after in pairwise(pv.blocks) if _PERSON_LABEL.match(before.text)}
        if id(block) in bios or _HOW_IT_RUNS.match(block.section.heading) or _PEOPLE_HEADING.match(block.section.heading):
            continue  # (how the class runs: "A short skills check at the end lets you see where you stand")
        # list items are objectives or features; a need statement outside a "why" section is prose
        if block.kind == "heading" or _NOT_RATIONALE.search(block.text) or _ABOUT_PROVIDER.search(block.section.heading):
            continue
        if block.section is masthead:  # the site's tagline above the page's title, not why this course exists
            continue
        if len(block.text) < 120 and _LESSON_ROW.search(block.text):
            continue  # a course outline's lesson ("The order of draw and why it matters Preview 16 min"): its title
        if _in_a_transcript(pv, block):  # "[00:35] Cardiovascular drugs first, because ...": a speaker's words, not the page's
            continue
        if block.kind == "item" and not _LABELLED_ITEM.match(block.text) and not _prose_row(block):
            continue
        if _PRODUCT_SUMMARY.match(block.text) and "." not in block.text.rstrip(".")[:-1]:
            continue  # a one-sentence summary of what is sold and to whom, not why it exists
        if not (_SLOGAN.search(block.text) and len(block.text.split()) < 12):
            return found(pv, 0.8, block.text)
    return NOT_MET
