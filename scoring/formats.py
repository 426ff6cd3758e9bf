"""Delivery format from the page's words: live webinar, recorded webinar, self-paced online, in person, hybrid.

A labelled statement ("Format: Live webinar") wins; otherwise the most specific cue
found in the course's own text decides (a replay of a webinar is recorded, not live).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import chain

# study done on a screen: "online", "e-learning", "web", "video"
_ONLINE_STUDY = re.compile(r"\b(?:online|e-?learning|web|internet|video)\b", re.I)
# (not a link "e-mailed" to you: "Online Access (link e-mailed by the producer)")
_ON_PAPER = re.compile(r"\b(?:print(?:ed)?|paper|(?<!e-)mail(?:ed)?|shipped|by post|fax(?:ed)?|booklet|workbook|envelope)\b", re.I)
# reading one prints at home ("download the 28-page reading (PDF)"): study on paper, whatever the post-test is taken on
_PRINTABLE = re.compile(r"\b(?:pdf|printable)\b", re.I)
_PRINTED = re.compile(r"\b(?:print(?:ed)?|paper|(?<!e-)mail(?:ed)?|shipped|by post|fax(?:ed)?)\b", re.I)
_PACE_ONLY = re.compile(r"\bself[- ](?:study|paced)\b|\bat your own pace\b", re.I)
_ONLINE_TEST = re.compile(r"\bonline (?:quiz|test|exam|post-?test)\b", re.I)
# the same, or the start of it at the end of a label's value, which may be cut short ("... and an online pos")
_ONLINE_TEST_CUT = re.compile(_ONLINE_TEST.pattern + r"|\bonline (?:qui?|tes?|exa?|pos(?:t-?)?|post-?te?s?)$", re.I)
FORMATS = ("hybrid", "recorded webinar", "live webinar", "in person", "home study", "self-paced online")

# a room one goes to, named by its use ("the Community Room", "Skills Room B")
_ROOM = r"(?:conference|break|meeting|board|staff|lunch|community|multi-?purpose|training|education|skills|simulation) room"
# a session joined from elsewhere: streamed, or in a meeting app
_STREAMED = r"live[- ]?stream(?:ed)?"
_APPS = r"(?:zoom|webex|(?:microsoft )?teams|google meet|goto ?meeting|goto ?webinar|ringcentral|bluejeans)"
_IN_APP = r"(?:on|via|through) " + _APPS
# Checked in this order: more specific formats first.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # schema.org Event attendance modes name the format outright
    # (not a job's or a family's kind: "billing, front-office and hybrid roles", "blended families")
    # (nor "a billing or hybrid front-office role")
    ("hybrid", re.compile(r"\b(?:hybrid|blended)\b(?!\s+(?:[\w-]+\s+)?(?:roles?|jobs?|positions?|work(?:ers|force|place)?|teams?|staff|schedules?|"
                          r"families|family|care|clinics?|practices?|vehicles?|cars?)\b)|mixedeventattendancemode|\bonline (?:portion|part|component)\b|"
                          r"\bh[ií]brid[oa]s?\b|"  # (Spanish: "Actualización en administración de vacunas 2027 (híbrido)")
                          # one session both in a room and streamed ("in person in the auditorium and livestreamed")
                          # ("boundaries in person and online" is a topic: "in person" needs a way of attending, or a room)
                          r"\b(?:(?:attend|join|participate|offered|held|available|delivered|taught|both|either)\b[^.\n]{0,25}"
                          r"\bin[- ]person|auditorium|classroom|" + _ROOM + r"|on[- ]site|"
                          r"campus)\b[^.\n]{0,80}\b(?:and|or)\b"
                          r"[^.\n]{0,20}\b(?:" + _STREAMED + r"|(?:(?:join|attend)(?:ing)? )?(?:live )?(?:online|virtually|" + _IN_APP + r"))\b|"
                          r"\bin[- ]person\b[^.\n]{0,80}\b(?:and|or)\b[^.\n]{0,45}\b(?:" + _STREAMED + r"|(?:join|attend)(?:ing)? "
                          r"(?:live )?(?:online|virtually)|" + _IN_APP + r")\b|"
                          r"\b" + _STREAMED + r"\b[^.\n]{0,60}\b(?:and|or)\b[^.\n]{0,20}\bin[- ]person\b|"
                          # "Classroom 2, Education Center ..., or join the same session by live video link from home"
                          r"\b(?:classroom|auditorium|" + _ROOM + r"|campus|in[- ]person)\b[^.\n]{0,100}\b(?:or|and) (?:join|attend|"
                          r"participate)\w* (?:[\w-]+ ){0,3}(?:by|via|through|over) (?:a )?(?:live )?video\b|"
                          # a title's "(in person + Zoom)", "in-person & online", "Zoom / in person": both ways at once
                          r"\bin[- ]person\s*(?:\+|&|/)\s*(?:online|virtual|" + _APPS + r"|" + _STREAMED + r")\b|"
                          r"\b(?:online|virtual|" + _APPS + r"|" + _STREAMED + r")\s*(?:\+|&|/)\s*in[- ]person\b|"
                          # "In the room at Fernald Hall — or join the live stream from home", "held in the room at
                          # Fernald Hall and streamed at the same time"
                          r"\bin the room\b[^.\n]{0,80}\b(?:and|or)\b[^.\n]{0,30}\b(?:streamed|" + _STREAMED + r"|online|"
                          + _IN_APP + r")\b|"
                          # "Also streamed live online": the session held in a place is streamed too
                          r"\balso (?:streamed|broadcast|livestreamed|available) (?:live )?(?:online|on zoom|by livestream|"
                          r"virtually|via zoom)\b|"
                          # "attend virtually or in person at the Hilton", "attend in Room 204 or online"
                          r"\b(?:attend|join|participate)\w* (?:virtually|online|remotely) (?:or|and) in[- ]person\b|"
                          r"\b(?:attend|join|participate)\w* in (?:room|suite|hall) [a-z]?-?\d+\w* (?:or|and) (?:online|virtually)\b|"
                          # a session in person plus online work ("In-person skills lab + online pre-work")
                          r"\bin[- ]person\b[^.\n]{0,40}(?:\+|\bplus\b|&)\s*(?:an? )?(?:online|self-paced|e-?learning|video)\b|"
                          # online work, then a session in person ("online modules, then a skills session")
                          # ("Part one is an online pre-work module ...; part two is a hands-on morning at the campus")
                          r"\b(?:online|self-paced|e-?learning|recorded lectures?|video lessons?)\b[^.\n]{0,120}"
                          r"\b(?:then|followed by|plus|part (?:two|2) is|the second part is)\b[^.\n]{0,60}"
                          r"\b(?:in[- ]person|on[- ]site|skills (?:session|check|lab|day|test)|hands-on (?:morning|afternoon|day|"
                          r"session|lab))", re.I)),
    ("recorded webinar", re.compile(
        r"\brecorded (?!by\b)(?:[\w-]+ ){0,2}?(?:webinar|session|presentation)|\brecorded live lectures?\b|"
        # ("55 minutes · recorded live on October 14, 2026 · free to watch")
        r"\brecorded live (?:on|in) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|"
        r"\brecorded (?:from|at|during) (?:a|the|our|this) (?:[\w,-]+ ){0,5}?(?:webinar|session|event|presentation|workshop|"
        r"class|seminar|conference|training)|"
        # ("The recording of the Guild's October 2026 Ethics Night panel")
        r"\brecording of (?:a|the|our|this) (?:[\w,'’-]+ ){0,5}?(?:webinar|session|event|presentation|workshop|class|seminar|"
        r"conference|training|panel|lecture|talk|symposium|forum|webcast|broadcast|livestream)|\brecorded (?:workshop|class|seminar|conference|event|training)\b|"
        r"\b(?:webinar|session) recording\b|\bon[- ]demand (?:webinar|replay|recording)|"
        # (not a learner's own practice: "role-play dialogues you can record and replay", "landmarking demos you can replay")
        r"(?<!record and )(?<!record & )(?<!can )\breplay\b|\barchived (?:webinar|session)|"
        r"\bpreviously recorded\b|\b(?:session|webinar|presentation|lecture|talk|keynote)s? (?:was )?recorded\b|\bwatch the recording\b|\bthis recording\b|\boriginally (?:presented|recorded|broadcast|aired)\b|"
        # ("Missed the November 12 Zoom night? Here's the recording of Motivational Interviewing ...")
        r"\bhere(?:['’]s| is) the (?:full |complete )?recording\b|"
        # the recordings of a live event's sessions ("slides and audio as presented live at FRMAC 2026")
        r"\bas (?:it was |they were )?(?:presented|delivered|given) live\b",
        re.I)),
    ("live webinar", re.compile(
        r"onlineeventattendancemode|\blive,? (?:webinar|online|virtual|stream|interactive|web|zoom|session)|"
        # ("Two live 60-minute webinars with screen-shared portals")
        r"\blive (?:\d+-minute|\d+-hour|one-hour|lunch-hour|90-minute) webinars?\b|"
        # ("This is a live video talk inside the summit platform")
        r"\blive video (?:talk|session|class|lecture|presentation|workshop|event|broadcast|meeting)s?\b|\bstreamed live\b|"
        # an event platform's stage ("Live on the Hopin Stage: presentation ..., polls and chat Q&A")
        r"\blive on (?:the |our )?(?:[\w-]+ ){0,2}(?:stage|main stage|livestream)\b|"
        r"\bseminario web en vivo\b|\ben vivo por zoom\b|\bonline,? instructor[- ]led|\binstructor[- ]led,? online|"
        # a series, schedule or archive page named "webinar" says nothing of this course's format
        r"\bwebinar\b(?! (?:series|schedule|calendar|archive|library|catalog))|\blive[- ]streamed\b|\b" + _IN_APP + r"\b|"
        r"\bvirtual (?:live|instructor-led|classroom)\b|\binstructor-led online\b|\bvia zoom\b|\bon zoom\b|"
        # a live gathering in an online venue ("Live in the virtual campus", "in the Workshop Loft of our virtual campus")
        r"\blive\b[^.\n]{0,40}\b(?:in|of|at) (?:the|our|a) (?:[\w-]+ )?virtual (?:campus|venue|office|space|event space|world)\b|"
        r"\((?:zoom|webex|microsoft teams|teams|gotowebinar)\)|\bzoom (?:meeting|webinar|session|link|class|call)s?\b|"
        r"\b(?:on|via) (?:microsoft )?teams\b|\bmicrosoft teams\b|\bwebex\b|"
        # a place that is a meeting app ("Location: Zoom (link sent the day before)", its value alone)
        r"^\W*(?:location|where|venue)?\W*(?:zoom(?! in\b| out\b)|webex|microsoft teams|google meet|goto ?meeting|goto ?webinar|"
        r"ringcentral|bluejeans)\b(?!\s+(?:recording|replay|video))",
        re.I)),
    ("in person", re.compile(
        # (not a kind of interpreting named as a topic: "Arrange in-person, telephone and video interpreting")
        r"offlineeventattendancemode|\bin[- ]person\b(?!(?:,? (?:and |or )?[\w-]+){0,3} interpret)|\bpresencial(?:es)?\b|\ben persona\b|\bclassroom (?:lecture|course|class|session|training|instruction|setting)|"
        r"\bin (?:the|a|our) classroom\b|\bface[- ]to[- ]face\b|"
        r"\bon[- ]?site (?:[\w-]+ ){0,3}(?:training|class|session|course|workshop|program|instruction|education)\b|"
        r"\bon[- ]?site (?:at|in)\b|\b(?:held|offered|delivered|taught) on[- ]?site\b|"
        r"\b(?:bring|brings|come|comes) (?:[\w-]+ ){0,5}to your (?:practice|clinic|office|facility|site|workplace)\b|"
        # a place given as the location ("Location: Mercy Simulation Lab"), not "Location: Online"
        r"\b(?:location|where)\s*:\s*\|?\s*(?!(?:online|virtual|zoom|web|teams|tba|tbd|to be|your|anywhere|n/a|none)\b)[\w\d]|"
        r"\bpay at the door\b|"
        # practice one can only do in a room together ("supervised hands-on practice on training arms and ... on classmates")
        r"\bhands[- ]on (?:[\w-]+ )?(?:practice|training)\b[^.;]{0,30}\bon (?:training arms|practice arms|manikins|mannequins|"
        r"classmates|each other|one another)\b",
        re.I)),
    ("home study", re.compile(
        r"\b(?:printed|print|paper) (?:packet|workbook|booklet|module|course|edition|materials?)|\b(?:packet|workbook|booklet|materials?) (?:is |are )?(?:mailed|shipped|sent by mail)|"
        # (a test sent back, by post or e-mail, "e-mail it back to the committee", or printed to send: "print and scan";
        # not "e-mail the objectives", "we e-mail your certificate")
        r"\bprint (?:it |them )?(?:and|then) (?:scan|mail|fax)\b|"
        # (the test or workbook sent in so: not "why 'we only release records by fax' is not a policy")
        r"\b(?:return(?:ed)?|send|sent|submit(?:ted)?|mail(?:ed)?|complete(?:d)?|answers?|quiz|test|workbook|packet)\b[^.;]{0,40}"
        r"\bby (?:mail|fax|post)\b|\bcorrespondence\b|(?<!e-)\bmail[- ]in\b|(?<!e-)\bmail (?:or fax )?(?:the|your)\b|\bmail (?:or fax )?it\b|\bfax (?:it|the|your|back)\b|\bself[- ]study packet\b|"
        r"\bmailed to you\b|\bmailed to your door\b|(?<!online )\bhome[- ]study\b(?![^.\n]*" + _ONLINE_STUDY.pattern + ")",
        re.I)),
    ("self-paced online", re.compile(
        r"\bself[- ]paced\b|\bon[- ]demand\b|\bat your own pace\b|\bhome[- ]study\b|\ba (?:tu|su) propio ritmo\b|"
        r"\bcurso en l[ií]nea\b|\bonline (?:course|module|training|program|learning|lessons?)\b|"
        r"\be-?learning\b|\bonline,? anytime\b|\bstart (?:any ?time|immediately)\b|\benduring (?:material|activity)\b|"
        r"\binteractive (?:e-?learning|module)\b|\bdownloadable (?:module|course)\b|\bonline (?:reading|video|quiz|test|exam)\b|"
        # ("The test for this CE activity is taken online at ...": an article read, then its test online)
        r"\b(?:quiz|test|exam|post-?test)\b[^.;]{0,40}\b(?:taken|completed|submitted) online\b|"
        r"\bnarrated\b|\bvideo (?:lessons|lectures|course|modules)\b|\benroll any ?time\b|\b(?:pre-?)?recorded lectures?\b|"
        r"\b(?:on|at) your own (?:schedule|time|convenience)\b|\bwatch (?:any ?time|whenever)\b|\bpause (?:whenever|any ?time)\b|"
        r"\ban? (?:pre-?)?recorded (?:refresher|course|class|module|training|program|lesson series)\b|"
        r"\b(?:short|screen[- ]recorded|pre-?recorded|recorded|on-demand)\s+(?:\w+\s+)?videos?\b|\bself[- ]study\b|"
        r"\bpodcast episode\b|\blisten to (?:the|this|each) (?:full |whole )?(?:episode|podcast|audio)\b|\baudio (?:course|lessons?)\b|"
        # a podcast's episode page: on-demand audio
        r"\b(?:this|the|each) episode\b|\bepisode \d+\b",
        re.I)),
)
_LABEL = re.compile(r"\b(?:format|delivery(?: method| format| mode)?|course type|type|modality|how it'?s delivered|how it works|"
                    r"(?:attendance |instruction(?:al)? |learning |course |class )?mode|"
                    r"learning format|setting)\s*[:\-–|]\s*(?:\|\s*)?([^\n.;|]{3,60})", re.I)  # ("Type: | ...": a label cell's colon)


# Places: a street address, a room, a venue. They say "in person" only when the page names no other
# format (a provider's footer address, a bio's "runs our skills lab" are not this course's format).
# a street's kind after its name ("Millrace Road", "Quarry Mill Rd")
STREET_KIND = (r"(?:st|street|ave|avenue|rd|road|blvd|boulevard|drive|dr|parkway|pkwy|lane|ln|way|court|ct|highway|hwy|circle|"
               r"pike|trail|terrace)")
# (not a room a photo comes from: "A photo from the break room with the schedule board in the background")
_PLACE = re.compile(
    r"\b\d+ [a-z]+ " + STREET_KIND + r"\.?(?:,|\b)|\bclassroom\b|\bskills (?:lab|stations?|day)\b|"
    r"\bhands-on lab\b|\bvenue\b|\bseminar room\b|(?<!from the )\b" + _ROOM + r"\b|\btraining center\b|\broom [a-z]?-?\d+\b|\bcampus\b|"
    r"\b(?:at|in) (?:the|our) (?:[A-Z][\w-]* )?studio\b|\b(?:sciences?|health|medical|education|academic|student|nursing) building\b|"
    r"\b(?:hotel|hyatt|hilton|marriott|sheraton|westin|embassy suites|holiday inn|resort|ballroom)\b", re.I)
# "at the Riverbend Education Center" is a venue; "Area Health Education Center" alone may be the provider
_CENTER = re.compile(r"\b(?:conference|convention|education|training|simulation|community) (?:center|centre|lab|hall)\b", re.I)
_AT_IN = re.compile(r"\b(?:at|in)\b", re.I)
_FOR_THE = re.compile(r"\bfor (?:the|your|our|a|an|each) $", re.I)


# a format field's value in a catalogue's own terms (the whole value, so a sentence naming these words is not one)
_VALUE_TERMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("recorded webinar", re.compile(r"^\W*(?:archived |recorded )?webcast\s*\((?:archived|recorded|on[- ]demand)\)\W*$|"
                                    r"^\W*(?:archived|recorded) webcast\W*$", re.I)),
    ("live webinar", re.compile(r"^\W*(?:virtual|vilt|virtual instructor[- ]led(?: training)?|synchronous(?: online)?|"
                                r"live,? online)\W*$"
                                # a ticket site's location field: an event held online is joined at its time
                                r"|^\W*(?:online|virtual) (?:event|meeting)\b", re.I)),
    ("self-paced online", re.compile(r"^\W*(?:asynchronous(?: online)?|microlearning|wbt|web[- ]based(?: training| learning)?"
                                     r"(?: \(wbt\))?|e-?learning(?: module)?|online module|cbt|computer[- ]based(?: training)?)\W*$",
                                     re.I)),
    ("in person", re.compile(r"^\W*(?:ilt|instructor[- ]led training \(ilt\)|on[- ]?site|classroom|simulation lab|skills lab|"
                             r"lab|hands[- ]on lab|face[- ]to[- ]face|in[- ]class)\W*$"
                             # (or a value opening with it: "Hands-on evening lab: short demonstrations, then practice ...")
                             r"|^\W*hands[- ]on (?:[\w-]+ )?(?:lab|workshop|skills session)\s*[:;,—–]", re.I)),
)


_MEETING_APP = re.compile(r"\b(?:zoom|microsoft teams|ms teams|webex|google meet|goto ?meeting|goto ?webinar|ringcentral)\b", re.I)
_RECORDING_WORD = re.compile(r"\b(?:recording|recorded|replay|on[- ]demand)\b", re.I)


# a label that says the session is live ("Live Participation mode:"), its value telling how it runs on one's own device
_LIVE_LABEL = re.compile(r"^\W*live\b[^:\n.]{0,30}:", re.I)
_ON_A_SCREEN = re.compile(r"\b(?:on your (?:screen|device|laptop|computer)|laptop|tablet|browser|online)\b", re.I)


_BARE_ONLINE = re.compile(r"^\W*online\W*$", re.I)


def _labelled_value(value: str, line: str) -> str | None:
    """The format a label's value names; lessons, videos or quizzes alone are self-paced online, unless
    the value describes a room ("interactive lecture with paired practice and short video examples").
    Home study done online ("Home study: read the module, then complete the online quiz", anywhere on
    the label's ``line``) is self-paced online, unless something comes on paper ("printed flashcards
    mailed to you, with an online quiz", "download the reading (PDF) ... then the online post-test")."""
    # ("Home study: 28-page PDF workbook (emailed) and an online post-test": only the test is taken online)
    on_paper = _ON_PAPER.search(value) or _PRINTABLE.search(value)
    found = (format_of_text(_ONLINE_TEST_CUT.sub(" ", value)) if on_paper else None) or format_of_text(value)
    if found is None:  # a catalogue's terms of art as the whole value ("Modality: Virtual", "Mode: ILT")
        found = next((name for name, pattern in _VALUE_TERMS if pattern.match(value)), None)
    if found == "self-paced online" and (_ON_PAPER.search(value) or _PRINTABLE.search(value)):
        # "CE article (PDF) + online test": the study is on paper, only the test is taken online
        # ("Self-study workbook (PDF or printed)": a pace, said of paper as of a screen, where a printed copy is had;
        # "Self-study: downloadable PDF workbook and online post-test" stays a screen's)
        rest = _ONLINE_TEST.sub(" ", value)
        rest = _PACE_ONLY.sub(" ", rest) if _PRINTED.search(rest) else rest
        if not _ONLINE_STUDY.search(rest) and format_of_text(rest) in (None, "home study"):
            return "home study"
    if found is None and _MEETING_APP.search(value) and not _RECORDING_WORD.search(value):
        found = "live webinar"  # "Online — Zoom", "Microsoft Teams (link e-mailed)": a meeting to join
    if found is None and _LIVE_LABEL.match(line) and _ON_A_SCREEN.search(value):
        found = "live webinar"  # "Live Participation mode: the instructor controls the slides on your screen ...": joined live
    if found is None and _LABELLED_SELF_PACED.search(value):  # lessons or a quiz: on paper ("we mail you"), else online
        # (or a reading packet one prints: "a 38-page PDF reading packet ..." with no video or online lesson)
        paper = _ON_PAPER.search(line) or (_PRINTABLE.search(line) and _PACKET.search(line) and not _ONLINE_STUDY.search(line))
        found = "home study" if paper else "self-paced online"
    if found == "home study" and _ONLINE_STUDY.search(line) and not (_ON_PAPER.search(line) or _PRINTABLE.search(line)):
        return "self-paced online"
    # (not a value that opens by naming its format: "Self-paced online: four short video scenarios with role-play
    # demonstrations")
    in_the_room = _IN_THE_ROOM.search(value) and not _SAYS_SELF_PACED.match(value)
    return None if found == "self-paced online" and in_the_room else found


def place_named(text: str) -> bool:
    """True when the text names a place one goes to (an address, a room, a venue), as a decided fact."""
    if _UNDECIDED.search(text):
        return False
    # (not a room a thing is for: "a poster for the break room" hangs there, nobody meets there)
    if any(not _FOR_THE.search(text, max(0, found.start() - 12), found.start()) for found in _PLACE.finditer(text)):
        return True
    center = _CENTER.search(text)
    return bool(center and _AT_IN.search(text, max(0, center.start() - 60), center.start()))


# Any cue or label at all (a gate: texts without one cannot name a format).
ANY_CUE = re.compile("|".join(f"(?:{p.pattern})" for _, p in _CUES) + f"|(?:{_LABEL.pattern})", re.I)
# activities of a room or a live session, not a screen's self-study: "interactive lecture with paired practice",
# "Live presentation with slides, chat polls and 15 minutes of questions" are no self-paced course
# ("Talk with slides, three short case vignettes discussed at the tables, and a closing question session")
_IN_THE_ROOM = re.compile(r"\b(?:lecture|paired|small[- ]group|hands-on|role[- ]play|demonstration|workshop|skills|live|"
                          r"presentation|polls?|talk|discuss\w*|at the tables)\b", re.I)
_SAYS_SELF_PACED = re.compile(r"^\W*(?:self[- ]paced|on[- ]demand|at your own pace)\b", re.I)
_PACKET = re.compile(r"\b(?:packet|reading|article|manual)\b", re.I)
_LABELLED_SELF_PACED = re.compile(r"\b(?:videos?|modules?|lessons?|reading|quiz|slides|e-?learning|online)\b", re.I)


_HASHTAG = re.compile(r"#[\w-]+")
# ways of doing the topic's task listed together ("in person, by video and by phone"), not how the course is given
_MODES_AS_TOPIC = re.compile(r"\bin[- ]person,? (?:(?:and|or) )?(?:by|over|via|on) (?:video|(?:tele)?phone)\b"
                             r"|\b(?:by|over|via) (?:video|(?:tele)?phone),? (?:(?:and|or) )?in[- ]person\b", re.I)
_BARE_WORD = re.compile(r"^\W*(?:hybrid|blended)\W*$", re.I)
_LABEL_PREFIX = re.compile(r"^\s*Format:\s*")  # the "Format: " the tagger puts before a heading's first line
_PART_LINE = re.compile(r"^\s*(?:part|step|phase|component)\s*\d+\b", re.I)
_UNDECIDED = re.compile(r"\bwhether\b|\bto be (?:announced|confirmed|determined)\b|\b(?:tba|tbd)\b", re.I)
_OPTIONAL_EXTRA = re.compile(r"\boffice hours\b.{0,60}\boptional\b|\boptional\b.{0,40}\boffice hours\b", re.I)
_PRIVATE_RUN = re.compile(r"\b(?:we can|we'll|we will|we also|we're happy to|ask us to)\b[^.;]{0,40}?\b(?:run|bring|offer|deliver|hold|"
                          r"teach|schedule|present)\b[^.;]{0,40}?\b(?:privately|for your (?:own )?(?:team|staff|group|"
                          r"organi[sz]ation|clinic|office|practice|employees)|at your (?:site|clinic|office|practice))", re.I)
_HOME_STUDY_VALUE = re.compile(r"\s*home[- ]study\b", re.I)
_ADD_ON = re.compile(r"\b(?:replay|recording)s? (?:will be |is |are |may be |might be |can be )?(?:available|provided|posted|sent|"
                     r"included|emailed|e-mailed|shared)\b|\b\d+[- ](?:hour|day)s? (?:replay|recording)\b"
                     # ("Both live sessions, ..., 14 days of recordings and your certificate"; "You can watch the
                     # recording, but the certificate requires live attendance")
                     r"|\b\d+ (?:hours|days|weeks) of (?:replay|recording)s?\b"
                     r"|\b(?:replay|recording)\b[^.;]{0,40}\bbut\b[^.;]{0,60}\b(?:requires?|needs?) live attendance\b"
                     # ("Live · Replay 7 days" on an event's chips)
                     r"|\b(?:replay|recording)s? (?:for |within )?\d+ (?:days?|hours?)\b|\+\s*(?:a )?(?:\d+[- ](?:day|hour) )?(?:replay|recording)"
                     r"|\b(?:replay|recording)s? (?:[\w]+ ){0,3}for (?:review|reference|registrants|attendees)\b"
                     # "patrons also get the replay afterwards", "replay goes to Plus members", "no CE for the replay"
                     r"|\b(?:also )?(?:get|receive) (?:the |a )?(?:replay|recording)\b|\b(?:replay|recording)s? (?:goes|go|is sent|are sent)\b"
                     # the recording one may watch instead of a refund ("After that there are no refunds, but you may
                     # watch the recording of both parts (without credit)")
                     r"|\bno refunds?\b[^.;]{0,60}\b(?:watch|view|access|receive|get) the (?:[\w-]+ )?(?:replay|recording)\b"
                     r"|\b(?:watch|view|receive|get|access) the (?:[\w-]+ )?(?:replay|recording)\b[^.;()]{0,40}\((?:without|with no|no) "
                     r"(?:ce )?(?:credit|certificate)\)"
                     # "replay link sent to everyone who registers"
                     r"|\b(?:replay|recording) (?:links?|access) (?:is |are |will be )?(?:sent|e-?mailed|shared|provided|included)\b"
                     r"|\bno (?:ce|credit|certificate) for (?:the )?(?:replay|recording)\b"
                     # "Watching the replay does not earn CE credit", "the recording is not approved for CEU"
                     r"|\b(?:replay|recording)s?\b[^.;]{0,30}?\b(?:does not|doesn't|doesn’t|do not|will not|won't|won’t|cannot) "
                     r"(?:earn|count|carry|qualify|award|give)\b"
                     r"|\b(?:replay|recording)s? (?:is|are)(?: not|n't|n’t) (?:approved|eligible|accredited)\b"
                     # "Members can watch the recording afterwards"
                     r"|\b(?:replay|recording)s? (?:afterwards?|later|after the (?:live )?(?:session|webinar|event|class))\b"
                     # an included item's line, the recording of a live course's sessions ("Recording of the sessions")
                     r"|^\W*(?:a |the )?(?:recordings?|replays?) of (?:the|both|all|each) (?:live )?(?:sessions?|evenings?|class(?:es)?|"
                     r"parts|webinars?|meetings?)\W*$"
                     # "your registration includes 30 days of replay access"
                     r"|\b(?:includes?|with|plus) (?:\d+|thirty|sixty|ninety|seven|fourteen) days? of (?:replay|recording) access\b", re.I)


_CATEGORY_LABEL = re.compile(r"^\W*(?:[\w-]+\s+){0,2}(?:webinars|recordings|courses|sessions|events|classes|videos)\W*$", re.I)
# a filter's option with its count ("Live webinars (6)" under a catalogue's "Format" facet): what the catalogue holds
_FACET_OPTION = re.compile(r"^\W*(?:[\w-]+\s+){0,2}(?:webinars|recordings|courses|sessions|events|classes|videos)\s*\(\d+\)\W*$",
                           re.I)
# ("there are no live sessions": a self-paced course says what it is not)
# (or what the learners cannot get to: "staff who ... cannot easily leave the clinic for a classroom session")
_NEGATED_FORMAT = re.compile(r"\b(?:without|instead of|rather than|no need (?:for|to)|(?:cannot|can[’']t|unable to) (?:easily |always )?"
                             r"(?:leave|get away|travel|attend|come|make it)\b)\b[^.;,\n]{0,40}?"
                             r"\b(?:webinars?|zoom|live sessions?|classrooms?|in[- ]person|lectures?|videos?)\b"
                             r"|\b(?:no|not an?) (?:live|scheduled) (?:sessions?|classes|webinars?|meetings?|lectures?)\b"
                             # ("There is no online module, video or live meeting for this packet")
                             r"|\bno online (?:modules?|courses?|videos?)(?:(?:,| or| nor) (?:live |online )?(?:videos?|meetings?|"
                             r"sessions?|webinars?|classes))*\b", re.I)
# "Join us in Larkin Falls or by livestream": a place by name, or the stream (its capitals matter, so it is kept out of the
# lower-cased cue scan and read only where "join"/"attend" and a stream are named)
_IN_A_PLACE_OR_STREAMED = re.compile(
    r"\b(?:[Jj]oin|[Aa]ttend)\w* (?:us )?in (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spring|Summer|Fall|Autumn|"
    r"Winter)[a-z]*\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3},? (?:or|and) (?:by |via |on |online (?:by |via )?)?(?i:"
    + _STREAMED + r"|" + _APPS + r"|video(?:conference)?)\b")
def _in_a_place_or_streamed(text: str) -> bool:
    """"Join us in Larkin Falls or by livestream": one session in a named place and streamed (cheap tests first)."""
    return (" in " in text and ("oin" in text or "ttend" in text) and ("stream" in text or "oom" in text or "eams" in text
                                                                     or "ideo" in text)
            and _IN_A_PLACE_OR_STREAMED.search(text) is not None)


_ABBREVIATION_DOT = re.compile(r"\b([A-Z]|St|Ave|Rd|Blvd|Ste|Bldg|Dept|Mt|Ft)\.(?= )")
_IF_HYBRID = re.compile(r"\b(?:for|if|when)\b[^.;]{0,40}\bat an? hybrid events?\b[^.;]*", re.I)
_FORM_SENT = re.compile(r"\b(?:registration|enrol(?:l)?ment|sign-?up|order) form\b[^.]*", re.I)
_CERTIFICATE_MAILED = re.compile(r"\bcertificates? (?:is |are |will be )?(?:mailed|sent by mail|posted)(?: to you)?\b", re.I)
# a past live session told on its recording's page, and whom its credit was for
_PAST_LIVE = re.compile(r"\bthe live (?:session|event|webinar|broadcast|presentation|meeting)\b[^.;]{0,60}?\b(?:was|were|carried|had "
                        r"been)\b[^.;]*|\b(?:for|covered|covers) live attendance only\b[^.;]*", re.I)
_OTHER_OFFERING = re.compile(r"\b(?:see|try|check out|ask about|explore|browse)\s+(?:our|the|an?)?\s*(?:upcoming\s+|other\s+)?"
                             r"(?:in[- ]person|on[- ]site|live|online|self-paced|on-demand)\b", re.I)


# what a course grew out of, not how it is given ("built from the in-person skills days", "based on our live class")
_ORIGIN = re.compile(r"\b(?:built|drawn|adapted|developed|made|taken) from\b[^.;]{0,40}|\bbased on\b[^.;]{0,40}", re.I)


# what a provider's offerings usually are, not this one ("Run by volunteers; most events are at Fernwood Commons or on Zoom")
_HABIT = re.compile(r"\b(?:most|many)\s+(?:of\s+(?:our|the|its)\s+)?(?:events|classes|courses|sessions|meetings|workshops|"
                    r"programs)\s+(?:are|run|meet|take place|happen)\b[^.;\n]*", re.I)


# how a provider's offerings of a kind are given, said of them all ("Webinars run on Zoom; on-demand courses play in the
# learner portal", an FAQ's answer): no word on this course
_HOW_ALL_RUN = re.compile(r"^\W*(?:our\s+|all\s+)?(?:webinars|live sessions|live classes|classes|courses|workshops|events)\s+"
                            r"(?:run|are held|take place|meet|stream|are streamed|are delivered)\b[^.\n]*", re.I)


def format_of_text(text: str) -> str | None:
    """The most specific format a short text names, or None (hashtags such as "#webinar" are tags, not
    statements; "whether it meets on campus or on Zoom" is not decided yet)."""
    if not text or _UNDECIDED.search(text):
        return None
    if text.rstrip().endswith("?") and len(text.split()) < 15:  # an FAQ's question states nothing: "Can I get a printed workbook?"
        return None
    if "#" in text:
        text = _HASHTAG.sub(" ", text)
    if "_" in text:  # a data value: "mode: in_person", "LIVE_VIRTUAL"
        text = text.replace("_", " ")
    if "our" in text or "about" in text:  # "see our in-person Skills Day", "ask about on-site days": other offerings
        text = _OTHER_OFFERING.sub(" ", text)
    if "most" in text or "many" in text:  # "most events are at Fernwood Commons or on Zoom": the provider's habit
        text = _HABIT.sub(" ", text)
    if (of_a_kind := _HOW_ALL_RUN.match(text)) is not None:  # ("Webinars run on Zoom; ...": all of a kind)
        text = text[of_a_kind.end():]
    if ("without" in text or "instead" in text or "rather" in text or "no " in text or "not a" in text or "cannot" in text
            or "can't" in text or "can’t" in text or "unable" in text):
        text = _NEGATED_FORMAT.sub(" ", text)  # "... without sitting through another webinar": not what this is
    if "ertificate" in text:  # "Printed CEU certificate mailed to you $5.00": the certificate travels, not the course
        text = _CERTIFICATE_MAILED.sub(" ", text)
    if " form" in text:  # "download the registration form (PDF) and fax it to ...": the form travels, not the course
        text = _FORM_SENT.sub(" ", text)
    if "live" in text:  # "the live session on Nov 12 was approved for 1 AAMA CEU ... live attendance only": its history
        text = _PAST_LIVE.sub(" ", text)
    if "person" in text and ("from" in text or "based" in text or "adapted" in text):
        text = _ORIGIN.sub(" ", text)  # "a recorded refresher built from the in-person skills days I run": its origin
    if "person" in text or "oom" in text:  # "in person at 410 W. Calle Ocotillo, ... or live on Teams": no sentence ends at "W."
        text = _ABBREVIATION_DOT.sub(r"\1", text)
    if _in_a_place_or_streamed(text):
        return "hybrid"
    if "hybrid event" in text.lower():  # a ticket's help for any event: "For in-person attendance at a hybrid event, ..."
        text = _IF_HYBRID.sub(" ", text)
    for name, pattern in _CUES:
        if pattern.search(text) and not (name == "recorded webinar" and _NO_REPLAY.search(text)):
            if name == "recorded webinar" and _ADD_ON.search(text) and _LIVE.search(text):
                continue  # "It's a live webinar ... A replay is emailed for 48 hours": the replay is an extra
            return name
    return None


_LIVE = dict(_CUES)["live webinar"]
# "There is no replay for CE credit", "This session will not be recorded": no recording is offered
_NO_REPLAY = re.compile(r"\bno (?:replay|recording)s?\b|\b(?:not|never) (?:be )?recorded\b|\bwon[’']t be recorded\b", re.I)


# (or one still being planned: "We're planning a recorded administrative session later in 2027")
_ALSO_OFFERED = re.compile(r"^\W*(?:we|I) also (?:teach|offer|run|host|hold|have|give)\b"
                           # a show's or site's description ("New episodes every other Thursday; recorded webinars ... are
                           # posted here too")
                           r"|\b(?:are|is) (?:also )?(?:posted|published|shared|added) here(?: too)?\b|^\W*new episodes (?:every|each)\b"
                           r"|^\W*(?:we(?:'re|’re| are)|I(?:'m|’m| am)) (?:planning|hoping|working on|thinking about)\b", re.I)
# a newsletter's promise about offerings to come ("One short e-mail when we publish a new course or open webinar registration")
_NEWS_OF_MORE = re.compile(r"\bwhen (?:we|new)\s+(?:[\w-]+\s+)?(?:publish|open|announce|post|add|launch|schedule|release)\w*\b",
                           re.I)
# a membership's perk: every one of another series ("members attend every Tuesday Night Webinar free")
_MEMBER_PERK = re.compile(r"\b(?:members|subscribers|pass holders)\s+(?:also\s+)?(?:attend|get|receive|watch|join|stream)\s+"
                          r"(?:every|all|each of)\b"
                          # ("many on-demand recordings are free for members": a membership's perk over other offerings)
                          r"|\b(?:many|most|all)\s+(?:of\s+(?:our|the)\s+)?(?:[\w-]+\s+)?(?:recordings|webinars|courses|events|"
                          r"sessions)\s+(?:are|come)\s+(?:free|included)\b", re.I)


_PRICED_CREDIT = re.compile(r"\b(?:ceus?|contact hours?|credits?)\b[^$]{0,40}\$\s?\d", re.I)


def _lists_offerings(text: str) -> bool:
    """True for a run of several offerings, each with its credit and price (a form's list of other classes)."""
    return text.count("$") >= 2 and len(_PRICED_CREDIT.findall(text)) >= 2


def detect_format(labelled: Sequence[str], body: Sequence[str], items: Sequence[str] = (),
                  places: Iterable[str] = (), structured: Sequence[str] = ()) -> tuple[str | None, str | None]:
    """(format, evidence): labelled texts ("Format:" lines) first, then body sentences, then list
    ``items`` (objectives name formats as topics: "work with interpreters in person"). ``structured``
    (schema.org attendance modes, often stale: a past event's mode on its recording's page) decides
    only when the visible words name no format, or says hybrid where they name both halves. With no
    format named at all, a place to go (address, room, venue) in those or in ``places`` (more of the
    page's text, read only then) means in person."""
    # "Monthly live Zoom office hours with the instructor (optional)" beside a self-paced course: an extra, no format;
    # "We can run this class privately for your team, on site or online": another offering, for employers
    # ("We also teach an in-person blood pressure class ...": another of the provider's offerings)
    labelled, body, items = ([t for t in texts if not _OPTIONAL_EXTRA.search(t) and not _PRIVATE_RUN.search(t)
                              and not _ALSO_OFFERED.match(t) and not _MEMBER_PERK.search(t) and not _NEWS_OF_MORE.search(t)]
                             for texts in (labelled, body, items))
    # (not a menu's category name: "Recorded webinars" beside "Self-paced courses" and "Live events")
    recorded = next((t for t in body if _CUES[1][1].search(t) and not _CATEGORY_LABEL.match(t)), None)
    # (a bare "Blended" is a filter's option or a card's chip: it does not make a labelled format a mix)
    hybrid = next((t for t in body if (_CUES[0][1].search(t) or _in_a_place_or_streamed(t)) and not _BARE_WORD.match(t)), None)
    # an online part and a part in person ("Part 1 - Online module", "Part 2 - ... (in person)"): hybrid
    part_lines = [t for t in (*labelled, *body, *items) if _PART_LINE.match(_LABEL_PREFIX.sub("", t))]
    parts = {format_of_text(t) for t in part_lines}
    if "in person" in parts and parts & {"self-paced online", "live webinar", "recorded webinar"}:
        return "hybrid", part_lines[0]
    for text in labelled:
        label = _LABEL.search(text)
        value = label.group(1) if label else text
        if _FACET_OPTION.match(value):
            continue
        # "Type: Home study (article + quiz)": the page's own word, unless the study is online
        if label and _HOME_STUDY_VALUE.match(value) and "online" not in text.lower():
            return "home study", text
        found = _labelled_value(value, text) if label else format_of_text(value)
        if found == "recorded webinar" and _ADD_ON.search(text):
            continue  # a replay offered with the live session ("Both parts + 30-day replay") is an extra
        if found == "self-paced online" and recorded:  # an on-demand recording of a webinar
            return "recorded webinar", recorded
        if found in ("in person", "self-paced online", "live webinar") and hybrid:  # online part plus in person
            return "hybrid", hybrid
        if found:
            return found, text
    for text in body:
        label = _LABEL.search(text)
        if label and not _BARE_ONLINE.match(label.group(1)):  # (a record's "mode: online" says where, not how)
            found = _labelled_value(label.group(1), text)
            if found:
                return found, text
    votes: dict[str, str] = {}
    for text in body:
        if _LABEL.search(text):  # a label was read above: its words do not vote again
            continue
        if _lists_offerings(text) or _FACET_OPTION.match(text):  # "POCT (hybrid, April 2027): 0.6 CEU, $165 Prior Auth (live, March): ..., $25": others
            continue
        found = format_of_text(text)
        if found == "in person" and _MODES_AS_TOPIC.search(text):
            continue  # "use interpreters well, in person, by video and by phone": ways of interpreting, the topic
        if found and found not in votes:
            votes[found] = text
    for text in items if not votes else ():
        found = format_of_text(text)
        if found and found not in votes:
            votes[found] = text
    if set(votes) == {"self-paced online"} and _only_says_self_study(body):  # "a self-study" names no medium:
        paper = next((t for t in items if format_of_text(t) == "home study"), None)  # steps that mail a quiz in do
        if paper:
            votes["home study"] = paper
    # a live session that also offers its replay stays live; a page about a past session's recording does not
    # ("Live on Zoom, with replays for review within 24 hours": the live sessions are the course, a replay an extra)
    if "live webinar" in votes and "recorded webinar" in votes and (_ADD_ON.search(votes["recorded webinar"]) or any(
            _ADD_ON.search(t) and format_of_text(t) == "live webinar" for t in body)):
        del votes["recorded webinar"]
    from_data = next(((found, text) for text in structured if (found := format_of_text(text))), None)
    if from_data and from_data[0] == "hybrid" and votes.keys() & _ONLINE_FORMATS and (
            "in person" in votes or any(place_named(t) for t in body)):
        return from_data
    for name in FORMATS:
        if name in votes:
            return name, votes[name]
    if from_data:
        return from_data
    places = tuple(places)
    place = next((t for t in chain(body, items, places) if place_named(t)), None)  # no format named: a place to go
    if place:
        return "in person", place
    # "Live: Thursday, March 26 at 7 PM Central" with nowhere to go: a session one joins from anywhere
    live = next((t for t in chain(labelled, body, places) if _LIVE_WHEN.search(t)), None)
    if live:
        return "live webinar", live
    # nowhere to go and no time to join: videos of a stated running time are watched when one likes ("Video · 9:12")
    video = next((t for t in chain(body, items) if _VIDEO_RUNNING_TIME.search(t)), None)
    return ("self-paced online", video) if video else (None, None)


_VIDEO_RUNNING_TIME = re.compile(r"\bvideo\s*[·•|:,–-]\s*\d{1,2}:\d{2}\b|\(video,?\s+\d{1,3}\s*min(?:utes|s)?\.?\)", re.I)


# (or "Read at your own pace": a pace, no medium)
_SELF_STUDY = re.compile(r"\bself[- ]study\b|\bat your own pace\b", re.I)


def _only_says_self_study(body: Sequence[str]) -> bool:
    """True when every sentence naming a self-paced course does so only by the word "self-study" (or "at your own
    pace")."""
    return all(format_of_text(_SELF_STUDY.sub(" ", text)) != "self-paced online"
               for text in body if format_of_text(text) == "self-paced online")


_LIVE_WHEN = re.compile(r"^\s*live(?: session| date| event)?\s*[:\-–]\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}/\d{1,2})", re.I)


_ONLINE_FORMATS = frozenset({"live webinar", "self-paced online", "recorded webinar"})
