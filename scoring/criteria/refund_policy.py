"""Refund / cancellation policy, on the course page or one link away (DOMAIN.md section 4, item 6).

Any stated refund, cancellation, withdrawal or money-back terms count, including
"all sales final / no refunds". A bare link label ("Refund policy") is not a policy;
the policy text on a site-wide page the course links to is, with that page as
``source_url``. Sentences about patients' appointments or insurance refunds (a
billing course's topic) are not the course's policy.
"""

from __future__ import annotations

import re

from catalog.page import ExtractedPage
from scoring.criteria.base import NOT_MET, CriterionResult, found
from scoring.criteria.learning_outcomes import HEADING as OUTCOMES_HEADING
from scoring.text import PHONE, sentences
from scoring.view import view

NAME = "refund_policy"

# "All sales are final", "all sales on recordings are final", "All online course sales are final", "All
# registrations are final"
# (or without "all": "Purchases are final.")
_SOLD = r"(?:sales|purchases|orders|registrations|enrol(?:l)?ments|bookings|tickets) (?:(?:of|on|for) [\w-]+(?: [\w-]+)? )?"
_SALES_FINAL = r"(?:all (?:[\w-]+ ){0,2}" + _SOLD + r"(?:are )?final|" + _SOLD + r"are final)"
_CUE = re.compile(
    r"\b(?:refund(?:s|ed|able|ing)?|money[- ]back|cancell?ations?|cancel(?:led|ed|s|ing)?|withdraw(?:al|als|n|ing)?|"
    rf"non[- ]?refundable|non[- ]?returnable|no returns|{_SALES_FINAL}|your money back|satisfaction guarantee[d]?|credit (?:toward|towards|for) (?:a )?future|"
    r"transfer (?:your|the|a) (?:registration|seat|enrollment)|"
    r"reembolsos?|no reembolsable|te devolvemos tu dinero|le devolvemos su dinero|todas las ventas son finales)\b",
    re.I,
)
_NEEDLES = ("your money", "refund", "money", "cancel", "withdraw", "final", "guarantee", "credit", "transfer",
            "returnable", "no returns", "reembols", "devolvemos")
_SUBSTANCE = re.compile(
    r"\d|\bnon[- ]?refundable\b|\b(?:full|partial|no|not|final|within|before|prior|after|request|requests|eligible|available|issued|will|"
    r"may|guarantee|receive|minus|less|fee|credit|unless|once|if|until|days?|hours?|weeks?|returned|granted|entitled|"
    r"d[ií]as|dentro|siempre que|antes)\b",
    re.I,
)
_STATED = re.compile(
    # ("workbooks are non-returnable once they have shipped": goods one cannot send back for a refund)
    rf"\bnon[- ]?refundable\b|\bnon[- ]?returnable\b|\bno returns\b|\b{_SALES_FINAL}\b|\bno refunds?\b|\bmoney[- ]back guarantee|\byour money back\b"
    r"|\b(?:cannot|can['’]t|do not|don['’]t|does not|will not|won['’]t) (?:offer|give|issue|provide|make) (?:any )?(?:cash )?refunds\b"
    r"|\b(?:we|they) (?:cannot|can['’]t|do not|don['’]t|will not|won['’]t) refund\b", re.I
)
_OFF_TOPIC = re.compile(r"\b(?:patients?|appointments?|no-shows?|claims?(?! (?:your|the|a|their) (?:ce |ceu )?(?:certificate|credit|ceus?|points?))|payers?|overpayments?|insurers?|insurance|medicare|medicaid)\b", re.I)
# a learner's no-show ("no-shows forfeit the fee") beside the learner's terms: the course's policy, not a clinic's
# (or after them: "No refunds or credits are given for cancellations or no-shows.")
_LEARNER_NO_SHOW = re.compile(r"\bno-shows?\b[^.;]{0,60}?\b(?:forfeit|fee|refund|credit|tuition|registration)\b"
                              r"|\b(?:refunds?|credits?|forfeit\w*)\b[^.;]{0,60}?\bno-shows?\b", re.I)


def _off_topic(sentence: str) -> bool:
    """True for a sentence about patients, appointments or insurance (a billing course's topic)."""
    words = {w.lower() for w in _OFF_TOPIC.findall(sentence)}
    if words and words <= {"no-show", "no-shows"} and _LEARNER_NO_SHOW.search(sentence):
        return False
    return bool(words)


_POLICY_ROW = re.compile(r"^\s*(?:refunds?|cancell?ations?|withdrawals?)\b[^:|\n]{0,30}[:|]", re.I)
_QUESTION = re.compile(r"^\W*(?:is|are|can|could|do|does|will|would|what|how|when|if|any)\b[^.?!]{0,120}\?", re.I)
_LINK_LIST = re.compile(r"\s+[·•|]\s+")
# the name of a policy document, which states no terms itself
_POLICY_NAMED = re.compile(r"\b(?:our|the|this|see|per|under|in) (?:[\w-]+ )?(?:refund|cancell?ation|withdrawal)"
                           r"(?: (?:and|&) (?:refund|cancell?ation|transfer|credit|withdrawal))? polic(?:y|ies)\b", re.I)
# the terms are another page's: "Refunds follow the Refund & Transfer Policy", "Cancellations are subject to our policy"
_DEFERS = re.compile(r"\b(?:refunds?|cancell?ations?|withdrawals?)\b[^.;]{0,30}?\b(?:follows?|are governed by|are subject to|"
                     r"are handled (?:under|per|according to)|are (?:processed|issued|made) (?:under|per|according to))\s+"
                     r"(?:the|our|its)\b[^.;]{0,40}?\bpolic(?:y|ies)\b", re.I)
_DIGIT = re.compile(r"\d")
# "Weather cancellations are posted on this site by 6:00 AM": how a closure is announced, no terms for the learner
_CLOSURE = re.compile(r"\b(?:weather|snow|storms?|inclement|ice|closures?|closings?)\b", re.I)
_TERMS = re.compile(r"\b(?:refund\w*|credit|money|fee|charge|reschedul\w*|transfer\w*|non[- ]?refundable)\b", re.I)


# what happened once ("Section 02 has been cancelled; registered students were moved to section 03 or refunded"), with
# no terms for whoever registers next
_HAPPENED = re.compile(r"\b(?:has been|have been|was|were) (?:cancell?ed|postponed|moved|refunded|rescheduled)\b", re.I)
_TERMS_AHEAD = re.compile(r"\b(?:will|may|can|could|if|unless|within|before|prior|until|days?|hours?|policy|full|"
                          r"non[- ]?refundable|no refunds?)\b", re.I)


# a needle's or a specimen's withdrawal is a skill taught, not leaving a course
_CLINICAL_WITHDRAWAL = re.compile(r"\b(?:needle|syringe|catheter|blood|fluid|specimen|sample)\s+withdrawal\b|"
                                  r"\bwithdraw(?:al|ing|n|s)?\s+(?:of\s+)?(?:the\s+)?(?:needle|syringe|blood|fluid|specimen|sample)\b",
                                  re.I)


# the provider's own right to take an offering away ("We may change or withdraw courses; published live dates can move"),
# with no word of money or of a learner leaving: no terms for the learner
_PROVIDER_WITHDRAWS = re.compile(r"\b(?:we|the (?:center|centre|college|provider|academy|society|portal))\s+(?:may|can|might|"
                                 r"reserves? the right to)\s+(?:[\w-]+\s+(?:or|and)\s+)?withdraw\s+(?:courses|classes|"
                                 r"offerings|programs|sessions|events)\b", re.I)
_MONEY_OR_LEAVING = re.compile(r"\brefund|\bmoney\b|\bcancel|\bcredit|\bfee\b|\byou\b[^.;]{0,30}\bwithdraw", re.I)


def _provider_withdraws_only(sentence: str) -> bool:
    return bool(_PROVIDER_WITHDRAWS.search(sentence)) and not _MONEY_OR_LEAVING.search(sentence)


def _news_only(sentence: str) -> bool:
    return bool(_HAPPENED.search(sentence)) and not _TERMS_AHEAD.search(sentence)


def _closure_notice_only(sentence: str) -> bool:
    return bool(_CLOSURE.search(sentence)) and not _TERMS.search(sentence)


# the page sets the site's own terms aside (a partner takes the registrations): the footer's terms are not this course's
_SITE_TERMS_SET_ASIDE = re.compile(r"\b(?:refund|cancell?ation) polic(?:y|ies)\b[^.;]{0,30}?\b(?:does|do|will) not apply\b", re.I)


# what makes terms terms: an amount, a period, a share or a remedy
_CONCRETE = re.compile(r"\d|%|\b(?:full|partial|half|credit|fee|minus|less|percent|days?|hours?|weeks?|before|prior|within|"
                       r"after|once|(?:non|not)[- ]?refundable|refunded|no refunds?|final|transfer\w*|reschedul\w*)\b", re.I)


# whom to ask about refunds, not what they are ("Questions about withdrawals go to ...", "For cancellations, call ...")
_ASK_ABOUT = re.compile(r"^\W*(?:(?:any |for )?questions? (?:about|on|regarding)|for (?:help with |questions about )?"
                        r"(?:refunds?|cancell?ations?|withdrawals?),? (?:call|contact|e-?mail|write|see))\b", re.I)
_HANDLED_BY = re.compile(r"\b(?:refunds?|cancell?ations?|withdrawals?)(?: requests?)? (?:are|is) (?:handled|processed|managed|"
                         r"decided|administered) by\b", re.I)
# ("... so questions about access or refunds for partner courses go to Crestmoor learner support")
_GO_TO = re.compile(r"\bquestions? (?:about|on|regarding) [^.;]{0,40}?\b(?:refunds?|cancell?ations?|withdrawals?)\b[^.;]{0,40}?"
                    r"\b(?:go|goes|should go|are (?:directed|sent|handled)) to\b", re.I)
_ASK_THEM = re.compile(r"^\W*(?:please )?(?:ask|contact|check with|e-?mail|call|message) (?:the |your )?(?:provider|organi[sz]er|"
                       r"host|school|instructor|venue|us|them)\b[^.;]{0,30}?\babout (?:their |its |the |our )?(?:refunds?|"
                       r"cancell?ations?|withdrawals?)\b", re.I)
_CONTACT_DETAIL = re.compile(PHONE + r"|\S+@\S+")  # a phone number or an e-mail address
# a courtesy asked of those who cannot come ("Please cancel if you can no longer attend so someone on the waiting list can
# come"): no terms, unless it names money, a fee or a credit
_PLEASE_CANCEL = re.compile(r"^\W*(?:please|kindly)\s+(?:cancel|unregister|let us know|tell us|notify us)\b", re.I)


# a code of conduct's sanction: whom the organiser may send away, with no money back (its three parts, in either order)
_REMOVAL = re.compile(r"\b(?:remove[sd]?|removal|expel\w*|dismiss\w*|ask\w* (?:\w+ ){0,2}to leave|den(?:y|ied) (?:entry|admission))\b", re.I)
_MISCONDUCT = re.compile(r"\b(?:violat\w+|breach\w*|disrupt\w*|harass\w*|misconduct|code of conduct)\b", re.I)
_WITHOUT_REFUND = re.compile(r"\bwithout (?:a |any )?refund\b", re.I)


def _sanction(sentence: str) -> bool:
    """True for a conduct rule's sanction: "SFSMA may remove anyone who violates this code without refund"."""
    return bool(_WITHOUT_REFUND.search(sentence) and _REMOVAL.search(sentence) and _MISCONDUCT.search(sentence))


def _policy_sentence(text: str, context: str | None = None) -> str | None:
    # an answer that leaves the terms to a named policy ("Usually, if you cancel in time. Our refund policy has the
    # details."): its vague words are no terms of their own (``context``: the text around a sentence read alone)
    points_away = _POLICY_NAMED.search(context or text) is not None
    # a row of links ("All courses · Refund policy · Privacy") is read one label at a time
    for sentence in (part for s in sentences(text) for part in _LINK_LIST.split(s)):
        if points_away and not _CONCRETE.search(sentence) and len(sentence.split()) < 10:
            continue
        if sentence.rstrip().endswith("?"):  # an FAQ's question ("What if I need to cancel?") states no terms
            continue  # (its answer may: ``_answered``)
        question = _QUESTION.match(sentence)  # "Is there a refund if I get sick that week? 🤒 I have little kids":
        if question:  # only what follows the question may answer it
            sentence = sentence[question.end():].lstrip(" :–—-")
        if (_DEFERS.search(sentence) or ("apply" in sentence and _SITE_TERMS_SET_ASIDE.search(sentence))) and not _DIGIT.search(sentence):
            continue  # "Refunds follow the Refund & Transfer Policy unless the class page states its own terms": a pointer
            # (or "The Catawba Ridge Health refund policy does not apply to this class.": terms set aside, none stated)
        terms = _POLICY_NAMED.sub(" ", sentence)  # "Yes, within the limits in our refund policy.": a pointer, no terms
        stated = _STATED.search(sentence) or (_CUE.search(terms) and _SUBSTANCE.search(terms)
                                               and len(sentence.split()) >= 4)
        if stated and (_ASK_ABOUT.match(sentence) or _HANDLED_BY.search(sentence) or _GO_TO.search(sentence)) and not _CONCRETE.search(
                _CONTACT_DETAIL.sub(" ", sentence)):
            continue  # "Questions about withdrawals go to the registrar at (740) 555-0188": whom to ask, no terms
            # (or who decides: "Registration, payment and any refund requests are handled by High Plains Technical College")
        if stated and _PLEASE_CANCEL.match(sentence) and not _TERMS.search(sentence):
            continue
        if stated and _ASK_THEM.match(sentence) and not _DIGIT.search(sentence):
            continue  # "Please ask the provider about cancellations before you book": a review site's advice, no terms
        if stated and _sanction(sentence):
            continue  # "SFSMA may remove anyone who violates this code without refund": a conduct rule's sanction, no terms
        if (stated and not _off_topic(sentence) and not _CLINICAL_WITHDRAWAL.search(sentence)
                and not _closure_notice_only(sentence) and not _news_only(sentence) and not _provider_withdraws_only(sentence)):
            return sentence
    return None


_ANSWER = re.compile(r"^\W*(?:yes|no)\b", re.I)


def _answered(text: str) -> str | None:
    """An FAQ's question about refunds with the answer that states its terms without the word ("Can I get a refund for
    a self-paced course?" / "Yes, within 14 days of purchase if you have completed no more than the first lesson."),
    quoted together."""
    parts = sentences(text)
    for question, answer in zip(parts, parts[1:], strict=False):
        if (question.rstrip().endswith("?") and _CUE.search(question) and _ANSWER.match(answer)
                and _SUBSTANCE.search(answer) and _DIGIT.search(answer)):
            start = text.find(question)
            end = text.find(answer, start + len(question)) if start >= 0 else -1
            if end >= 0:
                return text[start:end + len(answer)]
    return None


def _norm(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/").lower()


def detect(page: ExtractedPage) -> CriterionResult:
    """The refund/cancellation terms, quoted, from the course page or a linked site page."""
    pv = view(page)
    for block in pv.matching(_CUE, course=False, needles=_NEEDLES):
        # an objective is what the course teaches ("Run a same-day waitlist to backfill cancellations")
        # (a facts row labelled as the policy, "Refunds: | All sales are final", is one wherever it sits)
        if block.kind != "heading" and not (block.kind == "item" and OUTCOMES_HEADING.search(block.section.heading)
                                            and not _POLICY_ROW.match(block.text)):
            sentence = _policy_sentence(block.text, block.section.text)
            if sentence:
                return found(pv, 1.0, sentence)
    linked = {_norm(link.url) for link in page.links}
    for site_page in page.site_pages:
        if linked and _norm(site_page.url) not in linked:
            continue
        texts = [site_page.text] if site_page.text else [s.text for s in site_page.sections]
        for text in texts:
            sentence = _policy_sentence(text) or _answered(text)
            if sentence:
                return found(pv, 0.9, sentence, site_page.url, text=site_page.text or text)
    if "not apply" in page.text and _SITE_TERMS_SET_ASIDE.search(page.text):  # "The Catawba Ridge Health refund policy does not apply to this class."
        return NOT_MET
    for line in pv.candidates("policy_text"):  # terms stated in the site footer ("30-day money-back guarantee")
        sentence = _policy_sentence(line.text or "")
        if sentence:
            return found(pv, 0.7, sentence, text=line.text)
    return NOT_MET
