"""Learning outcomes: objectives a learner will achieve (DOMAIN.md section 4, item 2).

Met by a list under an "Objectives" / "What you'll learn" heading or after an
"Upon completion, you will be able to:" line, or by such a line followed by the
outcomes in the same sentence. An empty heading is not met. Strength grows with the
share of outcomes that start with an observable verb (identify, describe, ...).
"""

from __future__ import annotations

import re

from catalog.page import ExtractedPage, Section
from scoring.criteria.base import NOT_MET, CriterionResult, found, section_evidence
from scoring.text import EMOJI_TAIL
from scoring.view import PageView, view

NAME = "learning_outcomes"

# a heading naming what a recording or session holds ("In this recording")
# (or with its length and the learner: "In this three-hour lab you'll")
_IN_THIS = (r"^\W*in this (?:[\w-]+ ){0,2}?(?:recording|webinar|course|session|class|workshop|module|training|program|lab)"
            r"(?:,? you(?:'ll|’ll| will))?\W*$"
            # ("What the recording covers" over "Summarize the OSHA standard ...", "Locate ...")
            r"|^\W*what (?:the|this) (?:[\w-]+ )?(?:recording|webinar|course|session|class|workshop|module|training|program|lab) "
            r"(?:covers|includes)\W*$")
HEADING = re.compile(
    r"\b(?:objectives?|learning outcomes?|outcomes|what you(?:'ll|’ll| will) (?:learn|be able|take away|gain)|you(?:'ll|’ll| will) (?:learn|be able)|"
    r"what (?:will|do|can|should) (?:i|you|we|participants|learners) (?:learn|gain|take away|be able)|what i(?:'ll|’ll| will) learn|"
    r"learning goals?|goals and objectives|competenc(?:y|ies)|key takeaways|takeaways|skills you(?:'ll|’ll| will) (?:gain|learn|build|demonstrate|practi[cs]e|master|leave with|take (?:away|home)|(?:walk|come) away with)|"
    r"skills (?:covered|practi[cs]ed|taught)|(?:leave|walk away|walk out|come away|finish) (?:able|ready|prepared) to|"
    r"(?:leave|walk away|walk out|come away) (?:able|ready) to do|(?:leave|walk away|walk out|come away) knowing how to|"
    r"(?:walk|come) away with|what you(?:'ll|’ll| will) (?:practi[cs]e|do|master|be doing|take home|leave with)|"
    r"by the end|upon completion|after (?:completing|this)|what participants will|learner outcomes|what you(?:'ll|’ll| will| should)? get out|"
    r"^(?:course |session |learning )?goals$|objetivos|resultados de aprendizaje|lo que aprender[aá]s|"
    # "Questions this course answers": what the learner will be able to answer
    r"questions (?:this|the|our) (?:[\w-]+ )?(?:course|session|webinar|class|workshop|module|series) (?:answers|will answer|covers)|"
    # what a recording or session holds: outcomes only over a list led by verbs (the verb-led test below)
    + _IN_THIS + ")",
    re.I,
)
_INTRO = re.compile(
    r"\b(?:(?:will|should) be able to|you(?:'ll|’ll| will) (?:learn (?:to|how to)|be able to|know how to|be ready to)|"
    r"(?:participants|learners?|attendees|students|you) will(?: be able to)?\s*:|"
    r"upon (?:successful )?complet(?:ion|ing)|after (?:completing|finishing|taking) (?:this|the)|at the (?:end|conclusion|close) of (?:this|the)|"
    r"(?:leave|walk away|come away|finish) (?:able|ready|prepared) to|(?:leave|walk away|come away) knowing how to|"
    r"(?:you|participants|learners) will practi[cs]e(?: how to)?|you(?:'ll|’ll) practi[cs]e how to|"
    r"(?:you|participants|learners) will (?:demonstrate|perform)\s*:|"
    r"al (?:terminar|finalizar|completar)[^:\n]{0,30}\bpodr[aá](?:s|n)?\b|\bobjetivos\s*:|\baprender[aá]s a\b|"
    r"by the end of (?:this|the)|objectives? (?:are|include)|objectives?\s*:|(?:learning )?outcomes?\s*:|(?:learning )?goals?\s*:|you can:|learn how to|you(?:'ll|’ll| will) learn to)",
    re.I,
)
# headings that introduce outcomes only when their items are led by verbs
_VERB_LED_HEADING = re.compile(r"\bskills (?:covered|practi[cs]ed|taught)\b|\bwill (?:practi[cs]e|demonstrate)\b|"
                               # (a catalogue's skill tags: "Skills you'll gain" over "Medical Law", "Informed Consent")
                               r"\bskills you(?:'ll|’ll| will) (?:gain|build|learn|master)\b|"
                               # "In this recording" over "Describe ...", "Use ...", "Arrange ..."
                               + _IN_THIS + "|"
                               r"\bwhat you(?:'ll|’ll| will) (?:practi[cs]e|do|master|be doing|take home|leave with)\b", re.I)
_HEADING_OR_INTRO = re.compile(f"(?:{HEADING.pattern})|(?:{_INTRO.pattern})", re.I)
VERBS = frozenset([
    "access", "adhere", "administer", "analyse", "analyze", "answer", "apply", "ask", "assess",
    "avoid", "build", "calculate", "call", "check", "choose", "classify", "code", "collect",
    "communicate", "compare", "complete", "comply", "conduct", "configure", "construct",
    "contrast", "convert", "create", "define", "demonstrate", "describe", "detect", "determine",
    "differentiate", "discuss", "distinguish", "document", "draft", "educate", "enter", "evaluate",
    "examine", "explain", "find", "follow", "give", "handle", "identify", "illustrate",
    "implement", "improve", "instruct", "interpret", "know", "label", "learn", "list", "locate",
    "maintain", "manage", "measure", "name", "navigate", "obtain", "open", "operate", "order",
    "outline", "package", "perform", "plan", "position", "practice", "practise", "prepare",
    "prevent", "process", "protect", "read", "recognise", "recognize", "reconcile", "record",
    "reduce", "relate", "report", "respond", "review", "run", "schedule", "select", "set", "spot",
    "state", "submit", "summarise", "summarize", "take", "talk", "track", "translate",
    "troubleshoot", "understand", "update", "use", "verify", "write",
    # more observable verbs seen on held-out pages
    "point", "assemble", "escalate", "pack", "decide", "deliver", "relieve", "work", "prioritize", "prioritise",
    "coach", "teach", "triage", "chart", "draw", "count", "pick", "brief", "store", "clean", "dress", "remove", "place", "attach",
    "adjust", "organize", "organise", "greet", "screen", "notify", "counsel", "de-escalate", "estimate",
    "design", "disengage", "reframe", "route", "flag", "teach-back", "role-play", "draft", "edit", "file",
    "pronounce", "spell", "decode", "break", "tell", "arrange", "adapt",
    # Spanish infinitives (bilingual pages: "Describir los tipos de insulina ...")
    "describir", "identificar", "explicar", "usar", "utilizar", "distinguir", "aplicar", "demostrar", "realizar", "dar",
    "reconocer", "documentar", "calcular", "comunicar", "evaluar", "interpretar", "seguir", "enumerar", "preparar",
    "registrar", "medir", "tomar", "educar", "manejar", "responder", "verificar", "programar", "prevenir", "definir",
    "comparar", "analizar", "resumir", "practicar", "seleccionar", "elegir", "orientar", "proteger", "reducir",
    "decidir", "reportar", "solicitar", "aplicar", "colocar", "etiquetar",
])
_WORD = re.compile(r"[A-Za-z]+")
_FEATURE = re.compile(
    r"\b(?:access|certificate|mobile|lifetime|downloadable|download|support|community|bonus|guarantee|friendly|instant|"
    r"unlimited|device|anytime|24/7|self-paced|on-demand|ceus?|credits?|hours?)\b",
    re.I,
)


def _verb_share(items: list[str]) -> float:
    if not items:
        return 0.0
    hits = 0
    for item in items:
        first = _WORD.search(item)
        if first and first.group(0).lower() in VERBS:
            hits += 1
    return hits / len(items)


def _substantial(items: list[str]) -> list[str]:
    """Items that read as outcomes: 2-40 words, either several or led by a verb, and not product features."""
    kept = [i for i in items if 2 <= len(i.split()) <= 40]
    if len(kept) == 1 and _verb_share(kept) == 0:
        return []
    if kept and _verb_share(kept) == 0 and sum(bool(_FEATURE.search(i)) for i in kept) * 2 >= len(kept):
        return []  # "Lifetime access", "Certificate of completion": what you buy, not what you learn
    return kept


def outcome_list(items: list[str]) -> bool:
    """True when most items read as outcomes (led by an observable verb)."""
    kept = [i for i in items if 2 <= len(i.split()) <= 40]
    return len(kept) >= 2 and _verb_share(kept) >= 0.5


_AWARD_AFTER = re.compile(r"\s*,?\s*(?:of (?:this|the) \w+,?\s*)?(?:you(?:'ll|’ll| will)? |participants will |learners will )?"
                          r"(?:receive|earn|get|be (?:awarded|issued|sent|emailed)|are (?:awarded|issued)|obtain|download)\b", re.I)


# Outcomes written as prose: "In this session you'll compare X, practise Y and learn to Z".
_PROSE_LEAD = re.compile(r"\b(?:you(?:'ll|’ll| will)(?: also)?|(?:participants|learners|attendees|students) will(?: also)?|"
                         r"(?:will|should) be able to)\s+", re.I)
# (", and chart ...", "; and write ...": the word after a list's last comma or semicolon and its "and")
_LISTED_WORD = re.compile(r"(?:^|[,;]\s*(?:and\s+|or\s+)?|\b(?:and|or|also|then|to)\s+)([A-Za-z]+)")
# verbs too general to show what a learner will do ("learn about", "know", "use")
_WEAK = frozenset({"learn", "know", "understand", "take", "use", "access", "ask", "call", "find", "give", "open",
                   "read", "run", "set", "talk", "get", "enter", "name", "order", "state", "code", "plan"})


# what the learner is asked to do to book or join ("You will be asked to sign in or create a free account to complete
# your booking"): steps, not what the course teaches
_ASKED = re.compile(r"(?:be (?:asked|required|prompted|redirected|sent)|need|have|must)\b", re.I)


def _prose_outcomes(sentence: str) -> bool:
    """Two or more observable verbs listed after "you'll" / "participants will" / "be able to"."""
    lead = _PROSE_LEAD.search(sentence)
    if lead is None or _ASKED.match(sentence, lead.end()):
        return False
    verbs = {m.group(1).lower() for m in _LISTED_WORD.finditer(sentence[lead.end():])}
    return len({v for v in verbs if v in VERBS and v not in _WEAK}) >= 2


_HOW_TO = re.compile(r"\b(?:how|when|why|where) to ([A-Za-z]+)", re.I)


def _how_to_list(line: str) -> bool:
    """A line under an outcomes heading naming two or more skills as "how to X, how to Y, when to Z"."""
    if not _HOW_TO.match(line.lstrip("•-–—* ")):
        return False
    return len({m.group(1).lower() for m in _HOW_TO.finditer(line)} & VERBS) >= 2


# "Learning objectives and a short pre-reading will be emailed with your confirmation", "... are printed in the workbook"
_OBJECTIVES_ELSEWHERE = re.compile(
    r"\b(?:learning |course |session )?objectives\b[^.!?\n]{0,40}\b(?:will be|are|is)\s+(?:e-?mailed|sent|posted|"
    r"provided|shared|distributed|printed|handed out|included)\b(?!\s+(?:below|above|here|on this page))", re.I)
# "We're refreshing the learning objectives for the 2027 update", "Objectives are being rewritten": none stated yet
_OBJECTIVES_PENDING = re.compile(
    r"\b(?:objectives|outcomes)\b[^.!?\n]{0,40}\b(?:being|to be) (?:updated|refreshed|rewritten|revised|reworked)\b|"
    r"\b(?:refreshing|updating|rewriting|revising|reworking) (?:the |our |its |this course['’]s )?(?:learning |course )?"
    r"(?:objectives|outcomes)\b", re.I)
_COMING = re.compile(r"\bcoming soon\b|\bto be (?:announced|posted)\b", re.I)  # ("Course outline coming soon.")
_TASK = re.compile(r"^\W*(?:finali[sz]e|write|draft|update|review|post|send|revise|approve|submit|load|print|book)\b", re.I)
_ROW_VALUE = re.compile(r"^[^|:\n]{2,60}(?:\s\|\s|:\s*)(\S.*)$", re.S)
_NOT_YET = re.compile(r"\W*(?:tba|tbd|to be (?:announced|determined|posted|confirmed)|coming soon|"
                      # ("Will be posted on the registration page in January")
                      r"(?:will be )?(?:posted|shared|added|published) (?:soon|later|on|in|at|by|when|after|before|closer)\b|"
                      # "Objectives: being finalized with our instructor — will post them here soon!"
                      r"(?:are |still )?being (?:finali[sz]ed|updated|refreshed|revised|rewritten|written|developed|prepared)|"
                      r"n/a|none)\b", re.I)


def _outcome_sections(pv: PageView) -> list[Section]:
    """Sections under an outcomes heading; an empty one ("Program and learning objectives") also gives the
    deeper sections after it (each session's own objectives)."""
    out: list[Section] = []
    level: int | None = None
    lead_in = False  # the section before was an empty lead-in ("By the end you will be able to…")
    for section in pv.sections:
        if section.heading and _HEADING_OR_INTRO.search(section.heading):
            out.append(section)
            level = None if section.text.strip() or section.items else section.level
            lead_in = level is not None and _INTRO.search(section.heading) is not None
            continue
        # (a table's header cells read as headings of one level: "By the end you will be able to…" | "Covered in",
        # its rows under the second)
        if level is not None and (section.level > level or lead_in):
            out.append(section)
        else:
            level = None
        lead_in = False
    return out


def _run_of(text: str, first: str, last: str) -> str | None:
    """The stretch of ``text`` from the line ``first`` to the end of the line ``last``."""
    start = text.find(first)
    end = text.find(last, start) if start >= 0 else -1
    return text[start : end + len(last)] if end >= 0 else None


def _verb_lines_after(pv: PageView, index: int) -> list[str]:
    """The lines right after a lead-in that each open with an observable verb, two or more (a rich-text editor's list
    read as lines: "On completion, participants will be able to:" / "explain what a CLIA waiver allows;" / ...)."""
    lead = pv.blocks[index]
    lines: list[str] = []
    for block in pv.blocks[index + 1 : index + 12]:
        if block.section is not lead.section or block.kind == "heading" or len(block.text.split()) < 3:
            break
        if _verb_share([block.text]) < 1.0:
            break
        lines.append(block.text)
    return lines if len(lines) >= 2 else []


def detect(page: ExtractedPage) -> CriterionResult:
    """An objectives list (or inline outcomes), with the list quoted."""
    pv = view(page)
    for section in _outcome_sections(pv):
        opening = next((line for line in section.text.splitlines() if line.strip()), "")
        if _OBJECTIVES_PENDING.search(opening) or _NOT_YET.match(opening) or (len(opening) < 60 and _COMING.search(opening)):
            continue  # "We're updating the objectives for the 2027 edition": the rows after it are other facts
        items = _substantial(section.items)
        if not items:
            lines = [ln for ln in section.text.splitlines() if ln.strip() and not _INTRO.search(ln)]
            items = [ln for ln in lines if len(ln.split()) >= 2 and (_verb_share([ln]) == 1.0 or _how_to_list(ln))]
        if items and _VERB_LED_HEADING.search(section.heading) and not outcome_list(items):
            continue  # "Skills covered: Blood pressure, Pulse oximetry" is a topic list
        if items:
            return found(pv, 0.6 + 0.4 * _verb_share(items), section_evidence(section))
    positions = {id(b): i for i, b in enumerate(pv.blocks)}
    for block in pv.matching(_HEADING_OR_INTRO, course=False):
        index = positions[id(block)]
        if block.kind == "heading":
            continue
        if block.kind == "item" and _TASK.match(block.text):
            continue  # one task of a checklist ("Finalise objectives (Priya)"): no label over the tasks after it
        # a short label, or an FAQ's question ("What will I be able to do afterwards?") over its answer list
        # ("What you'll walk away with ✅": its emoji is no word)
        short_label = ((len(EMOJI_TAIL.sub("", block.text).split()) <= 5 or block.text.rstrip().endswith("?"))
                       and HEADING.search(block.text))
        intro = _INTRO.search(block.text)
        if not short_label and (intro is None or _AWARD_AFTER.match(block.text, intro.end())):
            continue  # "Upon successful completion you receive a BLS Provider eCard": what one is given, not learns
        value = _ROW_VALUE.match(block.text)
        if value and _NOT_YET.match(value.group(1)):
            continue  # "Objectives | TBA": the row answers for itself; the rows after it are other facts
        after = pv.blocks[index + 1].text if index + 1 < len(pv.blocks) else ""
        if _OBJECTIVES_PENDING.search(block.text) or _OBJECTIVES_PENDING.search(after) or (len(after) < 60 and _COMING.search(after)):
            continue  # "What you'll learn" over "We're refreshing the learning objectives ...": the rows after are other facts
        following = [b.text for b in pv.blocks[index + 1 : index + 12] if b.section is block.section and b.kind == "item"]
        items = _substantial(following) or (_verb_lines_after(pv, index) if intro and block.text.rstrip().endswith(":") else [])
        if items:
            if block.text.rstrip().endswith("?"):
                quoted = "\n".join(items)  # an FAQ's answer list, not the whole FAQ
            elif not block.section.heading:  # a page without headings: from the label to the last outcome
                quoted = _run_of(block.section.text, block.text, items[-1]) or "\n".join(items)
            else:
                quoted = section_evidence(block.section)
            return found(pv, 0.6 + 0.4 * _verb_share(items), quoted)
        intros = list(_INTRO.finditer(block.text))
        tail = block.text[intros[-1].end() :] if intros else ""
        if len(tail.split()) >= 4 and _verb_share([tail.strip(" :,-")]) == 1.0:
            return found(pv, 0.6, block.text)
    if pv.matching(_OBJECTIVES_ELSEWHERE, course=False, needles=("objectives",)):
        return NOT_MET  # the page says its objectives come later: what it says one will do is no list of them
    for block in pv.matching(_PROSE_LEAD):
        if block.kind == "sentence" and _prose_outcomes(block.text):
            return found(pv, 0.5, block.text)
    return NOT_MET
