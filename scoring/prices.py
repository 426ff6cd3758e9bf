"""Price text -> what a non-member pays today, the member price, free-or-not, with the words.

Rules (DOMAIN.md section 5): the current price counts and a struck-through or
"regularly $X" price is history; instalments ("3 payments of $19") total the price;
member prices are kept apart from the non-member price; "free" means free to
everyone today, so "free for members", "free shipping", a free trial or free content
with a paid certificate are not free. Amounts are read with price-parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from price_parser import Price

from scoring.text import ends_with_abbreviation

# "$49", "$1,299.00", "US$ 25", "USD 25", "25 USD", "25.00 dollars"
_AMOUNT = re.compile(
    # ("US$" is a word of its own: the end of "minus $20" or "plus $35" is no currency's name)
    # (on one line: "2 × $29 USD" over the next line's "2 × $29" is no "USD 2")
    r"(?:\bUS[ \t\u00a0]?\$|\$|\bUSD[ \t\u00a0]?)[ \t\u00a0]?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,6}(?:\.\d{1,2})?)(?![\d,]*%)"
    # (a theme that writes the sign after the amount: "20.00 $ (non-members)")
    r"|\b(\d{1,6}(?:\.\d{1,2})?)[ \t\u00a0]?(?:(?:USD|US dollars|dollars)\b|\$(?!\s?\d))",
    re.I,
)
_A_DAY = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"  # a month's name and its day ("Feb 1", "March 14")
DOLLARS = r"\$\s?\d[\d,]*(?:\.\d{2})?"  # a dollar figure as pages write it ("$49", "$ 1,250.00")
_REGULAR_COLUMN = re.compile(r"^\W*(?:regular|standard|list|original|full)(?: price| fee| rate)?\W*$", re.I)
_SALE_COLUMN = re.compile(r"^\W*(?:sale|holiday|special|discounted|now|today)(?: price| fee| rate)?\W*$", re.I)
_SOCIAL_PROOF = re.compile(r"\b(?:someone|somebody|a supporter|\d+ (?:people|supporters))\b[^.\n$]{0,30}\b(?:bought|purchased|paid)\b"
                           r"|\bpaid \$\s?\d[\d,]*(?:\.\d\d)? more\b", re.I)
_SOLD_COUNT = re.compile(r"[·|•,]\s*\d[\d,]* (?:sold|sales|purchases|supporters)\b", re.I)
# everyone from outside the body whose own staff or members have a rate ("MAs from other clinics", "staff of other
# practices"): the full price
_OUTSIDERS = re.compile(r"\b(?:from|at|of) other (?:clinics|practices|organi[sz]ations|employers|facilities|agencies|sites|"
                        r"health systems|offices)\b[^$\n]{0,40}$", re.I)
THAT_ONE = re.compile(r"^\W*(?:(?:no|yes|nope|actually)\b\W*)?(?:that|the other) (?:one|course|class|workshop|webinar|session|program)"
                      r"(?:['’]s\b|\s+(?:is|was|costs?|runs?)\b)", re.I)
_PLAN_TOTAL = re.compile(r"\b(?:payment[- ])?plan(?:'s)? total\s*(?:is|of|:)?\s*$|\btotal (?:with|on|for) the (?:payment )?plan\s*(?:is|of|:)?\s*$",
                         re.I)
_INSTALMENT = re.compile(
    r"\b(\d{1,2}|two|three|four|five|six|twelve)\s+(?:easy\s+|equal\s+|monthly\s+|weekly\s+|biweekly\s+|bi-weekly\s+|interest[- ]free\s+)*"
    r"(?:payments|instal?ments|installments)\s+of\s*$"
    r"|\b(\d{1,2})\s*(?:x|×)\s*$"
    # ("paid in three installments: $25 when you register, $25 on February 1 ...": the first of them)
    r"|\bin\s+(\d{1,2}|two|three|four|five|six|twelve)\s+(?:equal\s+|monthly\s+)?(?:payments|instal?ments|installments)\s*[:—–]\s*$",
    re.I,
)
# "$30 / month for 3 months", "$55 x 3", "$60 for 3 payments"; not "$34 for 12 months of access" (how long it lasts)
_INSTALMENT_AFTER = re.compile(r"^\s*(?:(?:/\s*mo(?:nth)?|per month|a month|every month|each month|monthly)\s*(?:x|×|for)|x|×|"
                               r"for(?=\s*\d{1,2}\s*payments))\s*(\d{1,2})\s*(?:months|payments)?", re.I)
_REGULAR_BEFORE = re.compile(
    r"\b(?:was|regularly|regular(?:ly)?(?: (?:price|fee|cost|rate))?|originally|original price|list price|old price|reg\.?|"
    r"gi[aá] th[uư][oờ]ng|gi[aá] g[oố]c|compare at|value|valued at|retail(?: price)?|normally|usually|"
    # "The regular fee for this module is $40", "The regular price of $20.00 applies after that date"
    r"(?:regular|usual|normal|list) (?:price|fee|cost|rate)(?:(?: for (?:this|the) [\w -]{1,30}?)? (?:is|was|would be)| of)|"
    # what it costs once a free or sale window closes: "After that it goes back to $20", "then returns to $45"
    # ("normally this session would be $25", "usually the module costs")
    r"(?:normally|usually|ordinarily)\b[^.$\n]{0,40}?\b(?:would be|would cost|is|costs?)|"
    r"(?:goes|go|going|will go|returns?|reverts?|will return|will revert) (?:back )?to(?: (?:its|the|our) (?:usual|regular|normal|full)"
    r"(?: (?:price|fee|cost|rate)(?: of)?)?)?|"
    # the later price in a bracket after an open tier's: "$79.00 early bird (then $105.00)"
    r"(?<=\()(?:then|afterwards?|later))"
    r"\s*[:|]?\s*$",  # (a label cell: "Regular price | $30")
    re.I,
)
# a bracket after a regular price gives another payer's regular price ("regularly $30 ($20 for affiliates)")
_REGULAR_ASIDE = re.compile(r"\b(?:regularly|regular(?: price| fee| rate)?|normally|usually|was)\s*:?\s*\$\s?\d[\d,]*(?:\.\d\d)?\s*\(\s*$",
                            re.I)
# (an early tier open today is today's price: "Fee | $40; early registration $32 through March 1, 2027")
_SALE_BEFORE = re.compile(r"\b(?:now|sale(?: price)?|today|special|(?:(?<![a-z] )|(?<=for ))only|just|introductory|early[- ]bird|"
                          r"early (?:registration|rate|enrol(?:l)?ment|booking))\s*:?\s*(?:only\s*)?$", re.I)
# Members, and the other affiliated group that pays a reduced price (a hospital's employees).
# The groups that pay a reduced (or no) price for belonging: members, a hospital's employees, a company's
# associates, a clinic's volunteers, a vendor's customers.
_AFFILIATED = (r"(?:member[- ](?:organi[sz]ations?|practices?|clinics?|hospitals?|agencies|facilities|employers?)"
               r"(?:\s+(?:staff|employees))?|(?<!non-)(?<!non )(?<!non)(?:members?|mbrs?)|employees?|workforce|"
               r"alumni|graduates|associates|volunteers|customers|subscribers|(?<!non-)(?<!non)patrons|(?:pass|access|card)[- ]?holders|"
               # a membership's grade named before its price ("Academy Associate price: $79.00")
               r"(?:[A-Z][\w-]*\s+)?associate(?=\s+(?:price|rate|pricing))|"
               r"(?<!no )(?:socios|miembros|asociados)|"  # Spanish: "Socios de la Asociación ...: $15.00"
               # a store's discount club ("CE Club price: $36.00"), not a club's fees
               r"(?:[A-Z][\w-]*\s+)?club(?:\s+members?)?(?=\s+(?:price|rate|pricing))|"
               # a payer's label: "CE Club: 3 payments of $27.00", "$25.00 · Learner Club $15.00"
               r"[A-Z][\w-]*\s+club(?:\s+members?)?(?=\s*(?:[:|]|$))|"
               # a pass one buys to pay less ("Ridge Pass price: $28.00"), not a ticket for some days ("Day Pass price")
               r"(?!(?:day|full|weekend|single|conference|event|expo|exhibit\w*|virtual|in-person|one|two|three|"
               r"multi-day|one-day|two-day|\d)\b)(?-i:[A-Z])[\w-]*\s+pass(?=\s+(?:price|rate|pricing))|"
               # (or as a row's payer, "Learning Pass | $90.00 | $115.00" under "Standard | $110.00 | $140.00")
               r"(?!(?:day|full|weekend|single|conference|event|expo|exhibit\w*|virtual|in-person|one|two|three|"
               r"multi-day|one-day|two-day|\d)\b)(?-i:[A-Z])[\w-]*\s+(?-i:Pass)(?=\s*\|)|"
               # the staff of a body the provider belongs with ("Network clinic staff"), not "for Clinical Staff"
               r"(?:clinic|network|practice|hospital|system|partner|member|county|agency|facility|employer)\s+staff|"
               # the staff of a network's member organisations ("Member health-center staff", "staff of network member
               # health centers"): a membership the organisation holds
               r"member\s+(?:[\w-]+\s+){1,2}staff|staff (?:of|at|from) (?:[\w&'’-]+\s+){0,3}?members?\s+(?:[\w-]+\s+){0,2}?"
               r"(?:cent(?:er|re)s?|clinics?|practices?|organi[sz]ations?|hospitals?|agencies|sites|facilities)|"
               # a named body's staff ("Red Clay Valley staff"), not an audience ("for Clinical Staff")
               r"(?<!for )(?!(?:non-|clinical|medical|front|office|support|nursing|administrative|allied|health|all|our|your|"
               r"new|practice|clinic)\b)(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*){0,3}\s+(?:staff|employees)|"
               # a provider's partner organisations: "Clinical Partners network practices", "Community Partner Employer"
               r"partners?(?:\s+(?:network|clinics?|practices?|employers?|organi[sz]ations?|sites?|staff))+|"
               # a network of affiliated practices one joins ("Bluestem Affiliate Network $90", "Affiliates: $45"; not
               # "learners from community and affiliate practices", everyone who is not staff)
               # (or their rate by name, "Affiliate rate | $40" beside "Community rate | $60")
               r"affiliate\s+network(?:\s+(?:members?|clinics?|practices?|staff))?|(?-i:Affiliates)\b|"
               r"(?-i:Affiliate)(?=\s+(?:rate|price|pricing|fee)\b))")
# "Paid members of The Open Bench (Bench Pass): $65": the body they belong to, between the group and its amount
_BELONGING = (r"(?:\s+(?:of|de)\s+(?:the\s+|la\s+|el\s+|los\s+)?[A-Z][^:$|\n]{0,70}?"
              # ("Member, Seneca Ridge Medical Assistants Society | $95"): the body named after a comma
              r"|,\s+(?:the\s+)?(?-i:[A-Z])[^:$|\n,]{0,70}?\b(?:society|association|chapter|academy|guild|alliance|"
              r"network|council|federation|institute|club)\b"
              # ("Members, Lehua Coast Chapter of Medical Assistants | $15")
              r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[^:$|\n,]{0,60}?)?)?")
# a registration type's qualifier between the group and its amount: "Member – full series – $60.00", "Chapter member -
# early bird $35"
_QUALIFIER = (r"(?:(?:\s*[–—]\s*|\s+-\s+)[^$\n–—|:]{1,40}?"
              # ("members, pay in full: $210", "GVSMA members: pay in full $64.00", "Society member, early: $65.00")
              r"|(?:[,:]|\s\|)\s*(?:pay(?:ing)? in full|paid in full|early(?:[- ]bird| registration| rate)?|regular|per (?:person|seat))"
              # ("LPSMA members, through January 15, 2027 | $30.00": when the rate holds)
              r"|,?\s+(?:through|thru|until|till|by|before)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
              r"(?:,?\s+20\d\d)?)?")
# what a group's row is called: "Member access", "Non-member ticket", "Members rate"
# (possessive too: "Plus members' price", "Member's rate")
_ROW_NAME = r"(?:['’]s?(?= (?:price|rate|fee|cost)))?(?: price| rate| fee| cost| access| tickets?| registration| admission| pass| tier| seats?| spots?| places?)?"
# the end of a row's label: "Members:", "Members |", and a label cell that keeps its colon ("MCSMA members: | $10.00")
_LABEL_END = r"\s*[:\-–—|]?(?:\s*\|)?\s*\+?\s*$"
# a second belonging group named with the first: "SFH employee & Learning Partner rate" (not "Members and non-members")
_ALSO_AFFILIATED = (r"(?:\s*(?:&|and|/|\+)\s*(?!non)(?:[A-Z][\w-]*\s+){0,3}"
                    r"(?:partners?|members?|employees?|staff|affiliates?|subscribers?|volunteers?))?")
# a ticket's note naming who may buy it ("For BSSMA members in good standing." over its "$95.00")
_IN_GOOD_STANDING = r"(?:\s+in good standing\.?)?"
_MEMBER_BEFORE = re.compile(r"\b" + _AFFILIATED + _ALSO_AFFILIATED + _BELONGING + _IN_GOOD_STANDING + r"(?: pay| pays| save \d{1,2}\s*%| save " + DOLLARS + r"| register for| enrol+ for| attend for)?" + _ROW_NAME +
                            r"(?:\s*[-–]?\s*only)?"  # a ticket "Members only USD 5.00"
                            r"\s*(?:\([^()]{0,60}\))?" + _QUALIFIER + _LABEL_END
                            # "Pass holders pay half ($37.50)"
                            + r"|\b" + _AFFILIATED + r" pays? (?:half|only|just|less)(?: the| a| an)?\s*\(?\s*$"
                            # a booking option's name and its price set apart by a middle dot ("Chapter member · $95.00")
                            + r"|(?m:^\W*(?:(?!(?:free|for|non)\b)[\w'’-]+ ){0,3}members?\s*[·•]\s*$)"
                            # "Chapter members: enter your chapter promo code at checkout to book at $15"
                            + r"|(?<!non-)(?<!non)\bmembers?\s*:(?:(?!non|everyone|anyone|\ball\b)[^$\n.]){0,80}?\b(?:to )?"
                              r"(?:book|register|enrol+|pay|attend)\s+(?:at|for)\s*$", re.I)
# what one joins or buys to get courses free: a membership, a pass, a plan's paid tier ("Free with Garden Line Plus")
# (the README's convention, and the site sets' truths 48 to 8; 27 later page sets' truths to 10 give a subscription none)
_PLAN = r"(?:membership|subscription|club|pass|unlimited|all-access|(?-i:Plus|Pro|Premium|Premier|Access))"
# a members' row qualified by its tier ("Friends Circle member — standard", "Members - regular rate")
_MEMBERS_LATER_TIER = re.compile(r"(?<!non-)(?<!non)\bmembers?\s*(?:[–—]|-|,|:)\s*(?:standard|regular|general)\b", re.I)
_NONMEMBER_BEFORE = re.compile(
    r"\bnot (?:[\w.'’-]+ ){0,3}(?:members?|volunteers|employees|associates|customers|subscribers)" + _LABEL_END + "|"
    r"\b(?:non-?\s?(?:members?|mbrs?|employees|associates|customers|subscribers|volunteers)|guests?|public|general(?: public)?|"
    r"standard|everyone else|others|all others|all other (?:learners|registrants|participants|attendees|people)|"
    r"external(?: participants| registrants)?|community(?: participants| rate| price)?)"
    + _ROW_NAME + r"\s*(?:\([^()]{0,30}\))?" + _QUALIFIER + _LABEL_END,
    re.I,
)
# "$25 members" / "$65 for employees" -- not "$95.00 AAMA members: $75.00" or "Price: $20.00 Member Price: $12.00",
# where "members:" labels the next amount
_TIER_CLAUSE = r"if you(?:'re|’re| are) (?:on |in )?(?:the |an? )?(?:[\w-]+ ){0,2}(?:tier|subscriber|member|patron|plan|level)s?\b"
_IF_ON_A_TIER = r"^\s*,?\s*" + _TIER_CLAUSE
_MEMBER_AFTER = re.compile(r"^\s*(?:\)|,)?\s*(?:(?:(?:[·•–—]|-(?=\s))\s*)?(?:for|to)\s+(?:[\w-]+\s){0,3}?|"
                           # (a body's longer name: "$39 for Cobbfield County Chapter of Medical Assistants members")
                           r"(?:for|to)\s+(?:(?-i:[A-Z])[\w&'’.-]*\s(?:(?:of|the|and|&)\s)?){2,6}(?=members?\b)|"
                           # (a body's name of two or three words before its members or staff: "$0.00 Hazelmere Health
                           # Employee"; not "$25.00 Health Careers Alumni Network members: free", where the name runs on)
                           r"(?:(?-i:[A-Z])[\w&'’.-]*\s){2,3}(?=(?:members?|employees?|staff)\b)|"
                           # (or a body's "X of Y" name: "$95 Sarsen Flats Chapter of Medical Assistants members")
                           r"(?:(?-i:[A-Z])[\w&'’.-]*\s){1,3}of\s(?:the\s)?(?:(?-i:[A-Z])[\w&'’.-]*\s){1,3}(?=members?\b(?!\s*[:|]))|"
                           # (or two bodies' initials: "$25 FSSMA / AAMA members")
                           r"(?-i:[A-Z]{2,8})\s*(?:/|&|or|and)\s*(?-i:[A-Z]{2,8})\s(?=members?\b)|"
                           r"(?:\w+\s)?)(?:members?|employees|(?<!per )(?<!each )(?<!an )(?<!one )employee|alumni|associates|volunteers|"
                           r"customers|subscribers|staff of)\b(?!\s*-?\s*only)"
                           r"(?!\s+(?:price|rate|pricing|cost|fee)\b)"
                           # ("$129.00 Members: log in to see your price": a prompt to members, not their price)
                           r"(?!\s*[:\-–—|]?\s*(?:please\s+)?(?:log|sign)\s?in\b)"
                           # ("$140 Member and employee rates in the description": a pointer to the rates, not a payer)
                           r"(?!\s+(?:and|&|or)\s+[\w-]+\s+(?:rates?|prices?|pricing|discounts?)\b)"
                           r"(?!\s*\?)"  # "$25 Plus member? Log in to RSVP": a question to members, not their price
                           r"(?!\s+(?:save|pay|get|receive)\b)"  # "$29.99 Plus members save 20%: $23.99": their own offer follows
                           # "$10 for members and non-members": everyone's price
                           r"(?!\s+(?:and|&|or)\s+(?:non-?\s?members|nonmembers|the public|guests|everyone))"
                           r"(?!\s*[:\-–—|]?\s*(?:free|complimentary|no charge))(?!\s*[:\-–—|]\s*\$)"
                           # ("$45.00 MAAHA members $30.00": the members' own amount follows; not "$25 members $35 non-members")
                           r"(?!\s*\$\s?(?>\d[\d,]*(?:\.\d{2})?)(?!\s*(?:for\s+)?(?:non-?\s?members?|the public|everyone|general)\b))"
                           r"|^\s*(?:per person)?,?\s*with (?:your|a) (?:customer|member|subscriber|employee) (?:id|code|number|account)\b"
                           # "(or $29 if you're on the Pro tier)": what a paying tier's members pay
                           r"|" + _IF_ON_A_TIER,
                           re.I)
# "$0 included with membership ($15/month)": what members pay (not "$35 Included with Insider membership", the price
# those outside it pay)
_INCLUDED_AFTER = re.compile(r"^\s*[,(]?\s*included (?:with|in) (?:your |a |the )?(?:[\w-]+ )?(?:membership|subscription)\b",
                             re.I)
# an amount, then one or two words naming its payers, then this amount ("$75 general $55 ...")
_AFTER_ITS_AMOUNT = re.compile(r"\$\s?\d[\d,]*(?:\.\d{2})?\s+(?:general|public|standard|non-?\s?members?|members?|everyone)\s+$", re.I)
_NONMEMBER_AFTER = re.compile(r"^\s*\)?,?\s*(?:for\s+)?(?:non-?\s?members?|the public|everyone)\b", re.I)
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"  # "groups of five or more"
_ASIDE = re.compile(r"\s*\([^()$]*\)\s*(?:[:|+]\s*)?$")  # the payer's aside right before the amount
# an aside that makes the payer a group ("Team seat (4+ from one practice) $105", "Clinic rate (groups of 5 or more)")
_GROUP_ASIDE = re.compile(r"\((?:[^()$]*\s)?(?:\d{1,3}\+|\d{1,3} or more|groups? of \d{1,3})(?:\s[^()$]*)?\)\s*(?:[:|+]\s*)?$", re.I)
_NOT_A_PRICE_BEFORE = re.compile(
    # (not "Plus members save 20%: $23.99", where the amount is what they pay)
    r"\b(?:save(?!\s+\d{1,2}\s*%\s*[:\-–—]\s*$)|saving|off|discount|coupon|shipping|processing|cancell?ation|administrative|admin|"
    r"late|handling|transfer|reinstatement|restocking|minus|less|up to|over|under|budget|salary|reschedul\w*|rebook\w*|subtract|"
    r"reactivation|exam|annual dues|dues|membership(?: fee)?(?! (?:is|must be|will be) (?:verified|checked|confirmed))|donations?|donate|contributions?|gifts?|goal|raised|"
    # what the garage charges ("Parking in the Annex garage is $4 for up to four hours")
    r"parking|valet|"
    # a patient's bill in a billing course's story ("ask why a bill says they owe $212", "a $40 copay")
    r"owes?|owed|owing|co-?pays?|co-?insurance|deductibles?|"
    # an optional extra beside the course ("Optional box lunch $10"), not a certificate ("Optional CE certificate: $12")
    r"optional(?![^$.;]{0,40}\b(?:certificate|ce|ceus?|credit|post-?test|quiz|exam)\b)[^$.;]{0,40}|"
    # a deposit that holds a seat, not the course's price ("Full course – deposit Pay $60.00 now")
    r"deposit|down payment|remaining|balance(?: due| of)?|now,? (?:and|\+|plus)(?: the rest| then)?|"
    # a student's or a group's rate is not what one non-member pays
    r"students?(?: rate| price| ticket)?|groups?(?: of " + _COUNT + r"\+?| rate| price)?|teams? of " + _COUNT + r"|"
    r"(?:team|group|site|practice|enterprise|employer) licen[cs]es?|\d{1,2}[- ]pack|" + _COUNT
    # a quantity rate: "Buy 3 for $25.46 each"
    + r" or more|\d+\+|buy(?:ing)? " + _COUNT + r")(?!\w)[^$.;]{0,25}$"
    # an offer of something else to add to the order ("Yes! Add the printable Formula Pocket Cards for just $7")
    # (not a certificate, which is what the CE costs: "Add a certificate for $10 at checkout")
    r"|\b(?:add|upgrade to|include)\s+(?:the\s+|a\s+|an\s+|our\s+|your\s+)?(?:(?!(?:ce\s+)?certificate)[\w'’()-]+\s+){1,8}?"
    r"(?:for|at)\s+"
    r"(?:just\s+|only\s+|an? (?:extra|additional)\s+)?$"
    # ("Four attendees from one employer ($105 each)": a team pack's share)
    r"|\b(?:attendees|people|staff|learners|seats|registrants|employees) from (?:one|the same|a single) (?:employer|practice|"
    r"clinic|organi[sz]ation|office|team)\b[^$.;]{0,25}$"
    # ("Employers sending five or more staff to the same offering pay $200.00 per person")
    r"|\b" + _COUNT + r" or more (?:staff|people|persons|participants|attendees|employees|learners|registrants|seats|"
    r"colleagues)\b[^$.;]{0,40}$"
    # students named as the ones who pay ("Students currently enrolled in a medical assisting program pay $15.00")
    r"|(?<![-\w])students?\b[^$.;\n]{0,60}?\b(?:pay|pays|register for|attend for|enrol+ for)\s+(?:only\s+|just\s+)?$"
    # what a refund keeps back ("we refund the fee minus $20"): a term of the refund, not a price
    r"|\brefund\w*\b[^$.;\n]{0,60}?\b(?:minus|less|after deducting|excluding|net of)\s+(?:an?\s+|the\s+|our\s+)?$"
    # what someone paid once ("Wish this had been free when I paid $25 for it in October"): a reply's story, no price
    r"|\b(?:i|we|you|they|she|he)\s+(?:already\s+|just\s+|once\s+)?paid\s+(?:only\s+|just\s+)?$",
    re.I,
)
_NOT_A_PRICE_AFTER = re.compile(
    r"^\s*(?:off\b|discount|savings?\b|processing|cancell?ation|admin\w* fee|fee (?:applies|will be)|raised\b|donated\b|"
    r"(?:trip|travel|late|no-show|rescheduling|change|late[- ]cancel(?:lation)?|cancel|reissue|replacement) fee|(?:[–—|-]\s*)?\(?(?:sales? ended|sold out|ended|closed|expired)\b|"
    r"pledged\b|goal\b|in donations|donations?\b|contributions?\b|(?:non-?refundable )?deposit\b|balance\b|"
    # ("$110 per learner for five or more learners from one practice")
    r"per (?:learner|person|seat|attendee|participant|head|user|employee)s? (?:for|when|with)\b[^$.;]{0,30}?\b" + _COUNT
    + r"\+? or more\b|"
    r"restocking|shipping|handling|per year|/\s*y(?:ea)?r\b|a year|annual|annually|membership|dues|"
    # a tutor's or coach's rate for another service ("$55/hour for private lessons")
    r"(?:/\s*|per |an |a )h(?:ou)?r\.? for (?:private|one-on-one|1:1|individual) (?:lessons?|tutoring|sessions?|coaching)\b|"
    # what the garage charges, or an extra the page calls optional ("A $12 parking permit is optional"; not a
    # certificate, which is what the CE costs: "The $15 CE certificate is optional")
    r"(?:daily |day |event )?parking\b|valet\b|"
    r"(?:(?!(?:ce\s+)?(?:certificate|ceus?|credit|post-?test|quiz|exam)\b)[\w'’()-]+\s+){0,4}(?:is|are) optional\b|"
    # ("Dues for 2027 ...: $30 for chapter membership")
    r"for (?:the |your |a )?(?:[\w-]+ ){0,2}?(?:membership|dues)\b|"
    r"/\s*mo(?:nth)?\b|per month|a month|monthly|"
    # a rate per unit of credit ("Tuition | $172.00 | Per credit hour"): the course's tuition is stated apart
    r"(?:\|\s*)?(?:per|/|a)\s*(?:semester\s+|quarter\s+)?(?:credit|unit)(?:\s*hours?)?\b)",
    re.I,
)
_TOTAL_BEFORE = re.compile(r"(?:=|(?<!\bin )\btotal(?: cost| price| fees?| tuition| due| amount due)?(?: (?:for|of) (?:this|the) (?:course|class|program|workshop))?"
                           r"(?: (?:at|on|upon) (?:registration|enrol(?:l)?ment|checkout|sign-?up))?"  # "Total due at registration |"
                           r"(?: (?:is|comes to))?\s*[:|]?)\s*$", re.I)
# "Cost: $184.00 total (tuition $149.00 + ...)"; not "fee $20.00 Total $115.00", where "Total" labels the next amount
# (not the next line's label: "Lab / Supply Fee $15.00 Total Fee $139.00")
# ("$112 in total: $98 tuition for 1 credit plus a $14 online course fee": "in total" looks back, a "Total" label forward)
_TOTAL_AFTER = re.compile(r"^\s*(?:in total|all[- ]in|total(?!\s*(?:fees?|costs?|price|due|amount|charges?|tuition)?\s*[:|]?\s*"
                          r"(?:\$|USD)))\b", re.I)
_IN_ALL_AFTER = re.compile(r"^\s*(?:in all|altogether)\b", re.I)
_PAY_AS_YOU_GO = re.compile(r"\bpay per (?:session|evening|class|week|meeting|night)\b|"
                            r"\$\s?\d[\d,.]*\s+(?:per|each|an?) (?:evening|session|meeting|night|class)\b|"
                            r"\bpay \$\s?\d[\d,.]*\s+now\b", re.I)
_PAY_IN_FULL = re.compile(r"\b(?:pay(?:ing)? in full|paid in full|one[- ]time payment|single payment|full payment)\b", re.I)
_POSITIVE_AMOUNT = re.compile(r"\$\s?0*[1-9]")
_PAYER_ASIDE_AFTER = re.compile(r"\s*\(\s*(?:for\s+)?(?:(?!(?:free|no|included|waived|complimentary)\b)[\w&'’-]+\s+){0,3}?"
                                r"(?:non-?\s?members?|members?)\s*\)", re.I)
_NON_MEMBER_WORD = re.compile(r"\bnon-?\s?members?\b", re.I)
_CART_TOTAL = re.compile(r"\b(?:order|cart|basket|checkout|booking|registration|your|estimated)\s+(?:sub)?total\s*[:|]?\s*$|\bsubtotal\s*[:|]?\s*$"
                         r"|^\W*\d+ items?\s*[,:·|-]?\s*$"  # a cart's summary ("0 items, $0.00")
                         r"|\b(?:due today|amount due|total due)\s*[:|]?\s*$", re.I)  # a form's running sum
# "$ 3 payments of $25": a count after a themed "$" (not "4 × $95 monthly payments", an amount)
_COUNT_AFTER = re.compile(r"\s*(?:easy\s+|equal\s+|monthly\s+)*(?:(?:payments|instal\w*|installments)\s+of\b|x\s)", re.I)
# Fees every registrant pays on top of tuition; they add up to the full price.
_ADDON_BEFORE = re.compile(
    r"\b(?:lab(?:oratory)?|materials?|registration|technology|tech|supply|supplies|book|books|kit|course materials|"
    r"application|liability insurance|background check|student activity|software)(?:\s*/\s*\w+)?(?:\s+course)?\s+fees?"
    r"\s*[:\-–|]?\s*$",
    re.I,
)
# what the items would cost one by one: "A $196 value if you bought the four modules one by one"
# a payer's later rate beside their early one ("Skills Club member $125.00 early bird · $155.00 regular")
_REGULAR_AFTER = re.compile(r"\s*(?:regular(?:ly)?|later|after (?:that|the early))\b", re.I)
_STANDARD_AFTER = re.compile(r"\s*standard\b(?! shipping)", re.I)  # (a later tier only beside an early one on its line)
_VALUE_AFTER = re.compile(r"\s*(?:total\s+)?value\b", re.I)
# an estimate ("code books (about $310 new)"): what something else may cost, not a stated price
_ESTIMATE = re.compile(r"\b(?:about|approximately|approx\.|around|roughly|estimated|est\.)\s*$", re.I)
_TUITION = re.compile(r"\btuition\b[^$.;|]{0,40}[:|]?\s*$", re.I)
_CLOSED_CELL = re.compile(r"(?:^|\| )(?:sales? )?(?:ended|closed|sold out|expired)\b", re.I)
_FEE_LABEL = re.compile(r"\b(?:[\w-]+\s+){0,2}fees?\s*[:\-–|]?\s*$", re.I)
_TUITION_WORD = re.compile(r"\btuition\b", re.I)
_REQUIRED_AFTER = re.compile(r"[^\n$]{0,60}?\b(?:required|mandatory)\b", re.I)
_TUITION_LINE = re.compile(r"^\W*tuition\b[^\n$]{0,30}\$", re.I | re.M)
_LATER_AFTER = re.compile(r"\s*(?:after that|thereafter|afterwards?|after (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"[a-z]*\.? \d)", re.I)
# a price that takes effect on a later day: "Starting January 1, 2027 the module will be", "From March 1 the fee rises to"
_FROM_A_LATER_DAY = re.compile(r"\b(?:starting|beginning|from|as of|effective|after)\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|"
                               r"aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+20\d\d)?\b[^$\n]{0,60}?"
                               r"\b(?:will (?:be|cost|rise|increase|go up|change|return)|(?:rises|increases|goes up|changes|returns)"
                               r"(?: to)?)\b[^$\n]{0,20}$", re.I)
_THEN_LATER = re.compile(r"(?:^|[,;]\s*|\s)(?:and )?(?:then|thereafter|after that|afterwards?)\s*:?\s*"
                         # ("...; after that the standard $140 price applies"): the later price by its tier's name
                         r"(?:the (?:standard|regular|full|general)(?: (?:price|rate|fee|tuition))?(?: of)?\s*)?$", re.I)
# a later price told by its change ("Price increases to $35.00 on February 1") or its day ("The rate is $35 from February 1")
_RISES_TO = re.compile(r"\b(?:increases?|goes up|rises?|jumps?|reverts?|goes back) to\s*$", re.I)
_FROM_A_DAY_AFTER = re.compile(r"\s*(?:from|starting|beginning|as of|effective)\s+(?:on\s+)?" + _A_DAY, re.I)
# a price that comes back on a later day, whoever it names: "the standard $15.00 fee returns April 1"
_RETURNS_ON_A_DAY_AFTER = re.compile(r"\s*(?:(?:fee|price|rate|cost|tuition|charge)\s+)?(?:returns|resumes|comes back|"
                                     r"is back|applies again)\s+(?:on\s+|from\s+|starting\s+)?" + _A_DAY, re.I)
_OPTION_PLUS = re.compile(r"^\s*\+\s*$")
_UNTIL_A_DAY_AFTER = re.compile(r"\s*(?:through|thru|until|till)\s+" + _A_DAY, re.I)
_SMALL_FEE = r"(?:processing|handling|admin\w*|recording)\s+fee"  # a fee beside the price, not the price
_FEE_ASIDE_BEFORE = re.compile(r"\$\s?\d[\d,]*(?:\.\d{2})?\s+" + _SMALL_FEE + r"\s*\(\s*$", re.I)
_PROCESSING_FEE_AFTER = re.compile(r"\s*" + _SMALL_FEE + r"\b", re.I)
_FREE_FOR_NOW_AFTER = re.compile(r"\s*[·|–—-]?\s*(?:free|waived|no charge)\s+(?:through|thru|until|till)\b", re.I)
_SERVICE_FEE_AFTER = re.compile(r"\s*(?:(?:service|booking|ticketing|ticket|convenience|platform)\s+)?fees?\b(?!\s*\()", re.I)
_PLUS = re.compile(r"(?:\+|\bplus(?: an?)?)\s*$", re.I)  # "$612 plus a $35 course materials fee"
_ADDON_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}fees?\b(?<!processing fee)(?<!cancellation fee)(?<!late fee)", re.I)
_CERTIFICATE_ROW = re.compile(r"^\W*(?:(?:the\s+)?(?:ce|ceu|cme)\s+)?certificates?(?:\s+(?:fee|only|upgrade|add-on))?\s*[:|\-–—]?"
                              r"\s*(?:\|\s*)?$", re.I)
_NO_CERTIFICATE = re.compile(r"\b(?:no|without)\s+(?:a\s+)?(?:ce\s+)?certificate\b", re.I)  # "Course only (no certificate) — $0.00"
_CERTIFICATE = re.compile(r"\b(?:certificate|credit|ceu|transcript|exam|test)s?\b[^.;$]{0,40}$|^\s*(?:for|per)\s+(?:the\s+)?(?:certificate|ceu|credit)", re.I)

# ("public link, no login or fee"): nothing to pay
NO_LOGIN_OR_FEE = r"no (?:login|log-in|sign-?up|account|password)(?:,| or| and) (?:cost|charge|fee)"
# a fee row whose value is free ("Cost | Free", "Price: FREE", "Registration fee — no charge")
_FREE_FEE_ROW = re.compile(r"\W*(?:(?:course|registration|attendance|event)\s+)?(?:cost|price|fees?|tuition|admission)\s*[:|–—-]\s*"
                           r"(?:free|no (?:cost|charge|fee)|complimentary)\b", re.I)
_SOLD_CERTIFICATE = re.compile(r"\bcertificates?\b(?!\s+(?:is\s+|are\s+)?(?:also\s+)?(?:included|free)\b)", re.I)
_FREE_TO_USE = re.compile(r"\s*to (?:attend|view|watch|listen|join|read|stream|audit)\b", re.I)  # (the certificate is sold)
_FREE = re.compile(
    r"\b(?<!-)(?:free(?! shipping)(?! trial)(?! preview)(?! account)(?! sample)(?! consultation)(?!-)"
    # (a free thing beside the course, "the free flash-card app", "free parking", or free at some hours: "free after 5:00 PM")
    r"(?![ \t]+(?:[\w-]+[ \t]+)?(?:apps?|parking|downloads?|e-?books?|wi-?fi|coffee|lunch|breakfast|snacks|templates?|"
    r"flash-?cards?|transfers?|substitutions?|retakes?|re-?tests?|rescheduling|reschedules?)\b)(?![ \t]+(?:after|before|until)[ \t]+\d{1,2}(?::\d\d)?[ \t]*[ap]\.?m)|"
    r"no (?:registration |course |tuition |program |attendance |enrol?lment )?(?:cost|charge|fee)|at no (?:cost|charge)|"
    + NO_LOGIN_OR_FEE + r"|"
    r"without charge|complimentary|(?:price|cost|fee|tuition)\s*[:|]?\s*(?:\$\s?0(?:\.00)?|none)\b|"
    # a fee field's value read without its label ("None – open to all medical assistants")
    r"(?m:^none(?=\s*[–—]|\s*$))|"
    r"gratis|gratuit[oa]s?|sin (?:costo|cargo))",
    re.I,
)
# a site's rule for some of its courses, not this one's price ("Covered members register at no cost for most courses")
_SOME_COURSES = r"(?:for|on|in)\s+(?:most|many|some|select\w*)\s+(?:courses|classes|programs|events|webinars|trainings)\b"
# the body a group belongs to, by its capitalised name ("Members of the Sonoran Plateau Society of Medical Assistants (SPSMA)")
_OF_THE_BODY = r"(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+|(?:of|and|for)\s+){1,10}(?:\((?-i:[A-Z]{2,})\)\s*)?)?"
_FREE_FOR_MEMBERS = re.compile(
    # "or FREE if you're a Pro subscriber"
    r"\b(?:free|no (?:fee|cost|charge)|complimentary|at no (?:cost|charge))\s+" + _TIER_CLAUSE + r"|"
    # "free for Blue Ledge Society of Medical Assistants (BLSMA) members": a body named in full
    r"\b(?:free|no (?:fee|cost|charge)|complimentary|at no (?:cost|charge))\s+(?:to|for)\s+(?:the\s+)?"
    r"(?:(?:current|active|paid|all)\s+)?"  # ("Free for current Sonoran Society of Medical Assistants members")
    # ("free for Cimarron Valley MA chapter members": the body's kind in lower case)
    r"(?:(?-i:[A-Z])[\w'’&.-]*\s+|(?:of|and|for|chapter|society|association|guild|club)\s+){2,10}(?:\((?-i:[A-Z]{2,})\)\s+)?members\b|"
    r"\b(?:free|no (?:fee|cost|charge)|complimentary|at no (?:cost|charge))\s+(?:to|for)\s+(?:(?:all|current|active|our|paid|premium|[\w.'’/-]+)\s+){0,3}"
    r"(?:members|subscribers|patrons|employees|students|staff|customers|clients|residents|partners|associates|affiliates|volunteers|alumni|(?<=pass )holders|(?<=access )holders)"
    # (not one group of a list that holds everyone: "no fee for covered members, employer staff or the public", "no
    # charge for members, non-members or students")
    r"(?!(?:,\s*[\w-]+(?:\s+[\w-]+)?)*?(?:,\s*|,?\s*(?:and|&|or)\s+)(?:non-?\s?members|nonmembers|the public|guests|everyone|all|"
    r"non-?\s?subscribers|non-?\s?residents)\b)"
    # (a row's badge after its name: "Members Members only | Free — sign in to download")
    r"|\b(?:" + _AFFILIATED + r"|membership)(?:\s+(?:members?\s+)?only)?\s*(?:price|rate|cost)?\s*(?:\([^()\n]{0,80}\))?"
    r"(?:\s+(?:sign|log) in\b[^|$\n]{0,60}?)?\s*[:\-–—|]?\s*"  # ("Society member Sign in with your member account | Free")
    r"(?:(?:always|still|also|completely|entirely|assigned|enrolled|registered)\s+)?"  # "DCAHN members: always free"
    r"(?:(?:the |their )?(?:ce )?certificates?(?: is| are)?\s+)?"  # ("Chapter members | Certificate free — use the code")
    r"(?:free|\$\s?0(?:\.00)?\b|no charge|no cost|complimentary|included\b(?!\s+(?:in|with)\b))"
    r"|\bfree (?:if|when) you(?:'re|’re| are) (?:a |an )?(?:paid |current |active )?(?:member|subscriber|employee|customer)"
    # a price card's value then its payer ("$45 Non-members Book" beside "Free Members of the ... Chapter ... Reserve")
    r"|(?:^|(?<=\n))\W*(?:free|\$\s?0(?:\.00)?)\s+members\s+of\b"
    # a labelled members' line: "Network Plus members: certificate is free"
    r"|\b" + _AFFILIATED + r"\s*:\s*(?:the |their )?(?:ce )?certificates? (?:is|are) free\b"
    # "Guild members enrol free of charge", "associates: this course is assigned to you at no cost"
    r"|\b" + _AFFILIATED + _OF_THE_BODY + r"\b[^.;$]{0,60}?\b(?:free of charge|at no (?:extra |additional )?(?:cost|charge)|(?:enrol|register|attend|join)\w* (?:for )?free|"
    r"get (?:in|it|access|(?:the |their |a )?(?:ce )?certificates?) (?:for )?free|receives? (?:[\w-]+\s+){1,3}?(?<!or )(?:free|at no (?:cost|charge))\b|"
    r"(?:tuition|fees?|costs?|registration) (?:is |are )?(?:covered|paid) by (?:the |your |their )?(?:employer|fund|hospital)|"
    r"included \(no (?:charge|cost)\))"
    r"(?!\s+" + _SOME_COURSES + r")"
    r"|\bfree\s+with\s+(?:a\s+|your\s+|an?\s+)?(?:[\w-]+\s+){0,3}" + _PLAN + r"\b"
    # (not waived for everyone: "The $25.00 fee is waived for all registrants while grant funds last")
    r"|\b(?:fees?|costs?|tuition|registration)\s+(?:is\s+|are\s+)?waived\s+for\b(?!\s+(?:all|every|everyone|anyone)\b)"
    # "a $12 certificate fee ... (waived for Mesa Regional Health employees)"
    r"|\bwaived for (?:[\w.'’&-]+\s+){0,5}(?:members|employees|staff|associates|subscribers|customers|volunteers)\b"
    r"|\b(?<!not )(?<!n't )(?<!n’t )included\s+(?:free\s+|at no (?:extra |additional )?(?:charge|cost)\s+)?(?:with|in)\s+"
    r"(?:your\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + _PLAN + r"\b"
    # "Society members: it's already yours — log in to the member library and watch free"
    r"|\b(?<!non-)(?<!non)members?\b[^.$\n]{0,120}?\b(?:watch|attend|stream|view|access|take|download)\w*\s+"
    r"(?:it\s+|(?:this|the)\s+(?:[\w-]+\s+)?)?(?:for\s+)?free\b"
    # a members' ticket whose note gives them a free seat ("Obermoor Plus member Sign in to claim your free seat | Free")
    r"|\b(?<!non-)(?<!non)members?\b[^.$\n|]{0,60}?\b(?:claim|get|reserve|book)\s+(?:your|a|their)\s+free\s+"
    r"(?:seat|ticket|spot|place|registration)\b"
    # "Plus members: certificate included", a pricing table's two cells "Quillfield Plus members | Certificate included"
    r"|\b(?<!non-)(?<!non)members?\s*[:\-–|]?\s*(?:[\w-]+\s+){0,3}included\b"
    # "The CE certificate costs $10 for non-members and is included for TCMA members", "Included at no extra cost
    # for QH Learning Pass holders"
    r"|\b(?<!not )included (?:at no (?:extra |additional )?(?:cost|charge) )?for (?:[\w.'’&-]+\s+){0,3}(?<!non-)"
    r"(?:members|subscribers|employees|pass holders)\b",
    re.I,
)


# every statement _FREE_FOR_MEMBERS reads holds one of these words (or "$0"): text without them is not searched
_NOTHING_TO_PAY = ("free", "no fee", "no cost", "no charge", "complimentary", "includ", "waived", "covered by", "paid by")
_DOLLAR_ZERO = re.compile(r"\$\s?0")


def _members_pay_nothing(text: str) -> re.Match[str] | None:
    """The statement that a group that belongs pays nothing, if the text makes one."""
    low = text.lower()
    if not any(word in low for word in _NOTHING_TO_PAY) and not ("$" in text and _DOLLAR_ZERO.search(text)):
        return None
    for found in _FREE_FOR_MEMBERS.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if not _PAST_OFFERINGS.search(text, line_start, found.start()) and not _EVERYONE_INCLUDED.search(
                text, max(line_start, found.start() - 40), found.end()):
            return found
    return None


# members counted among those who pay ("$15 for everyone (LASMA members included)"): no free rate of theirs
_EVERYONE_INCLUDED = re.compile(r"\b(?:for|to) (?:everyone|everybody|all(?: attendees| participants| learners)?)\s*\(\s*"
                                r"(?:[\w&'’-]+\s+){0,3}members? included\b", re.I)


# what members get free besides this course: "Recordings of past webinars, free for members."
_PAST_OFFERINGS = re.compile(r"\b(?:past|previous|earlier|archived|older)\s+(?:[\w-]+\s+)?(?:webinars|recordings|sessions|courses|"
                             r"classes|events|programs|workshops)\b", re.I)


def free_for_members(text: str) -> bool:
    """True when the text says a group that belongs (members, subscribers) pays nothing ("Included with
    membership"); a body's staff paying nothing ("The fee is waived for employees of ...") is an employer's rate."""
    if "?" in text:  # a question says nothing ("Is this included in the CE Club?" over "No. Live cohorts are separate.")
        text = _QUESTION.sub(" ", text)
    found = _members_pay_nothing(text)
    return found is not None and not _staff_rate(text, found.end(), _part_start(text, found.start()))


_QUESTION = re.compile(r"[^.!?\n]*\?")


def _part_start(text: str, at: int) -> int:
    """Where the part of a run-on line holding ``at`` begins, its payer named in it: "External learner fee ·
    affiliate practices $90 · employees no charge", "Fee: $95 · team members: no cost"."""
    return max(text.rfind(mark, 0, at) for mark in ("\n", "·", ";")) + 1


# "Non-Harborlight attendees", "Non-participants": a name, or a plural that names a group
# (not a kind of course or fee: a college's "Tuition - Non-Credit", "non-refundable", "non-clinical")
_NON_NAMED = re.compile(r"\bnon-(?!(?:credit|refundable|transferable|degree|clinical|profit|emergency|urgent|invasive|"
                        r"billable|verbal|english|smoking|compliance)\b)((?-i:[A-Z])[\w&'’]+|[a-z]+s\b)", re.I)
_PAYS_NOTHING = (r"[^.$\n]{0,30}?(?:(?:[—–:-]|\|)\s*(?:no charge|no cost|free|complimentary|\$0(?:\.00)?)\b|"
                 # "Fund participants receive the certificate free", "... attend at no charge"
                 r"\b(?:receive|get|attend|register|enrol+)\s+(?:[\w-]+\s+){0,3}?(?:free|at no (?:charge|cost))\b|"
                 r"[:\-–—]\s*(?:the\s+)?(?:tuition|fees?|costs?|registration)\b[^.$\n]{0,40}?\b(?:is|are)\s+(?:paid|covered)\s+by\b)")


def named_group_free(text: str) -> bool:
    """"Harborlight staff — no charge" beside "Non-Harborlight attendees — $30", "Fund participants: tuition
    ... paid by the Fund" beside "Non-participants: $612": a group the page names by the word its
    non-members are named after pays nothing."""
    for name in {m.group(1) for m in _NON_NAMED.finditer(text)}:
        found = re.search(r"(?<![-\w])" + re.escape(name) + _PAYS_NOTHING, text, re.I)
        if found and not _staff_rate(text, found.end(), found.start()):  # ("Harborlight staff": an employer's rate)
            return True
    return False


_FREE_NOT_COURSE = re.compile(
    r"\bfree\s+(?:[\w-]+\s+)?(?:shipping|delivery|trial|preview|account|sample|consultation|download of|parking|wifi|wi-fi|lunch|coffee)"
    r"|\b(?:shipping|delivery|parking|wifi|wi-fi|lunch|coffee|refreshments)\s*(?:[:\-–—|]\s*|is\s+)?free\b"  # "Parking Free"
    r"|\b(?:ships?|shipped)\s+(?:[\w-]+\s+){0,2}?free\b"  # "Five or more workbooks ship free in one box"
    r"|\bpark(?:s|ed)?\s+(?:for\s+)?free\b"  # "Park free in the East Pavilion visitor garage"
    r"|\bfree[- ]text\b"  # "in structured EHR fields rather than free text"
    r"|\b(?:interest|fee|risk|hassle|tax|stress|error|latex|fragrance|gluten|smoke|drug|mercury|lead|sugar|fat)[- ]free\b"
    r"|\bfree\s+(?:of|from)\s+(?!charge)"
    # other offerings: "Funding for some free programs comes from a ... grant", "see our free webinars"
    r"|\b(?:some|other|our|many|several|more)\s+free\s+(?:[\w-]+\s+)?(?:programs|courses|classes|webinars|events|workshops|resources|offerings)\b"
    r"|\b(?:free|at no (?:cost|charge)|no (?:cost|charge|fee))\s+" + _SOME_COURSES
    # what a form field is needed for ("Client account number - required for complimentary registration"): a condition
    + r"|\bfor (?:a |your )?(?:free|complimentary) (?:registration|access|admission|enrol(?:l)?ment|seats?)\b",
    re.I,
)
_FREE_REGULAR = re.compile(r"\b(?:free|no cost)\b[^.;]{0,60}?\b(?:regular(?:ly)?|normally|usually|was|reg\.?|value)\b", re.I)


@dataclass
class PriceInfo:
    """What a price block says; ``evidence`` quotes the words that decided ``price_usd``."""

    price_usd: float | None = None
    member_price_usd: float | None = None
    is_free: bool = False
    regular_price_usd: float | None = None
    evidence: str | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class _Amount:
    value: float
    start: int
    end: int
    role: str  # total | current | member | nonmember | regular | excluded | instalment | certificate | addon
    label: str = ""  # an add-on fee's name ("lab fee")
    per_payment: float | None = None  # an instalment total's one payment


# "member(s)", not "non-member(s)"
MEMBERS_WORD = re.compile(r"\b(?<!non-)(?<!non )(?<!non)members?\b", re.I)
# (an employer's "team members": "Sallowmere Regional team members attend at no cost; register with your employee ID")
_STAFF_WORD = re.compile(r"\b(?:employees?|staff|workforce|associates|team members?)\b", re.I)


# a body one belongs to beside its staff: "staff of network member health centers", "Clinical Partner Network staff"
# (not a login's name: "... through the staff learning portal with their network login")
_BELONGS_TO = re.compile(r"\b(?:(?<!non-)(?<!non)(?<!team )members?|membership|partners?|"
                         r"network(?!\s+(?:login|log-in|logon|account|password|credentials|id|sign-?in|username)\b)|affiliates?|affiliated|customers|"
                         r"subscri(?:bers|ption)|clients)\b", re.I)


def _staff_rate(text: str, at: int, start: int | None = None) -> bool:
    """True when the payer named before ``at`` (on its line, or from ``start``, to the end of its clause) is an
    employer's own staff ("KPHS employees | $40.00"): an employer's rate is no member price. Staff of a body's
    member or partner organisations belong to it."""
    begin = text.rfind("\n", 0, at) + 1 if start is None else start
    end = _CLAUSE_END.search(text, at)
    words = _COMPANY_PARTNERS.sub(" ", text[begin:end.start() if end else len(text)])
    return _STAFF_WORD.search(words) is not None and (_BELONGS_TO.search(words) is None
                                                      or _EMPLOYER_BENEFIT.search(words) is not None)


# the employer pays for its staff, partner or not ("Employees of our partner employer ... pay $0 through the employer
# tuition partnership (apply through your HR office)"): an employee benefit, no membership
_EMPLOYER_BENEFIT = re.compile(r"\bemployer(?:['’]s)? (?:tuition|benefit|partnership|sponsorship)\b|"
                               r"\btuition[- ](?:assistance|benefit|partnership|reimbursement)\b|"
                               r"\bthrough (?:your|their) (?:hr|human resources)(?: office| department)?\b|"
                               r"\bemployer[- ](?:sponsored|paid|funded)\b|"
                               # ("Partner-clinic employees: $160 when your employer sponsors your seat (the college bills
                               # the clinic)")
                               r"\b(?:your|their) employer (?:sponsors|pays for|covers)\b", re.I)


# a company named "... Partners" whose employees are its staff ("Maplestone Health Partners employees attend at no
# charge"), not a body's partner organisations
_COMPANY_PARTNERS = re.compile(r"(?-i:[A-Z][\w&'’-]*\s+)+(?-i:Partners)(?=\s+(?:employees|staff|associates)\b)")


def _members_own(text: str, amounts: list[_Amount]) -> _Amount:
    """Of the rates of the groups that belong, the first; but where the first is a staff rate and another line
    gives members theirs ("Otter Bend employees | $0" over "Bluestem Prairie Medical Assistants Society
    members | $100"), the members' (the staff's rate is the employer's)."""
    def line_of(amount: _Amount) -> str:
        return text[text.rfind("\n", 0, amount.start) + 1:amount.start]

    first = line_of(amounts[0])
    if len(amounts) > 1 and _STAFF_WORD.search(first) and not MEMBERS_WORD.search(first):
        return next((a for a in amounts[1:] if MEMBERS_WORD.search(line_of(a))), amounts[0])
    return amounts[0]


def _to_float(raw: str) -> float | None:
    price = Price.fromstring(raw, decimal_separator="." if "." in raw else None)
    if price.amount is None:
        return None
    value = float(price.amount)
    return value if value >= 0 else None


# an offering named by its price with an indefinite article ("a $40 webinar about ...", "another $25 course"): not this one
_SOME_ITEM_BEFORE = re.compile(r"\b(?:an?|another|some|any)\s*$", re.I)
_ITEM_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:webinars?|courses?|class(?:es)?|workshops?|seminars?|modules?|programs?|"
                         r"conferences?)\b(?!\s*(?:fee|price|rate|registration)\b)", re.I)
_CLAUSE_END = re.compile(r"[;\n]|\.\s")


# a row for employers who pay for their staff's seats ("Workforce Partner employers (seat billed to your employer; partner
# code required) | $60.00"): an employer's rate, like a group's, not what one learner pays
_EMPLOYER_LABEL = re.compile(r"\bemployers?\b|\bbilled to (?:your|the) employer\b", re.I)
# (or the employer's own staff, beside the public's rows: "Galena Springs Health employees (tuition-assistance agreement;
# enter your employee ID) | $60")
_STAFF_LABEL = re.compile(r"(?<!non-)(?<!non)\b(?:employees?|staff)\b", re.I)
_ROW_LABEL_END = re.compile(r"[:|]\s*$")
# (a label opening with the employer, row mark or not: "Course access $89.00 Employer-partner staff (code required) $65.00")
_EMPLOYER_FIRST = re.compile(r"^\W*employers?\b", re.I)
# ... and one for students, however long its label ("Students in an accredited MA program (school email required) | $15",
# "Session ticket $55 Society members $40 Students in an accredited MA program $25")
_STUDENTS_LABEL = re.compile(r"^\W*(?:(?:ma|full-time|part-time|current|enrolled)\s+)?students?\b[^$.;\n]{0,70}$", re.I)


# a ticket box's summary of its options ("Tickets from 3 × $45.00", "Tickets: from $60.00"): the lowest, a member's or a
# student's as likely as anyone's
_FROM_THE_LOWEST = re.compile(r"\btickets?:?\s+from\s+(?:\d+\s*[×x]\s*)?$", re.I)
_STARTING_FROM = re.compile(r"\bstarting (?:from|at)\s*:?\s*$", re.I)


def _row_for_others(text: str, line_start: int, start: int) -> bool:
    """True when the label of the amount at ``start`` (its line back to the amount before) names employers, an
    employer's staff (beside other prices) or students: their rate, not what one learner pays."""
    label = _LAST_AMOUNT.split(text[line_start:start])[-1]
    if len(label) > 120:
        return False
    if _STUDENTS_LABEL.match(label) or _EMPLOYER_FIRST.match(label):
        return True
    if not _ROW_LABEL_END.search(label):
        return False
    return bool(_EMPLOYER_LABEL.search(label)) or (bool(_STAFF_LABEL.search(label)) and _staff_rate(label, len(label))
                                                   and len(_AMOUNT.findall(text)) >= 2)


def _clause(before: str) -> str:
    """The words about an amount, back to the last line, semicolon or sentence end before it (a title's
    or a place's abbreviation, "St. Brigid", ends none: ``scoring.text.ends_with_abbreviation``)."""
    for found in reversed(list(_CLAUSE_END.finditer(before))):
        if found.group(0)[0] != "." or not ends_with_abbreviation(before, found.start() + 1):
            return before[found.end():]
    return before


# "Standard", "Standard – Non-member": the later tier beside an open early one
_STANDARD_TIER = re.compile(r"^\W*(?:standard|general)(?: registration| rate| price| ticket| admission| fee)?(?:\s*\([^()\n]{0,30}\))?"
                            r"(?:\s*[–—-]\s*(?:non-?\s?members?|general public|public|everyone))?\s*[:\-–—|]?\s*$", re.I)
_LAST_AMOUNT = re.compile(r"[$€£]\s?\d[\d,]*(?:\.\d{2})?")
_EARLY_TIER = re.compile(r"\bearly(?:[- ]bird| registration| rate| pricing| enrol(?:l)?ment| sign[- ]?up| booking)\b(?![^\n]{0,60}\b(?:ended|closed|sold out|expired)\b)", re.I)
# where a ticket's description starts after its name: a capitalised word after a lower-case one, more words after it
# ("Alumni Association members Member code required", "Chapter member Current Cedar Hollow Chapter members; ...", or
# after a bracket: "PHAMAS Member (in person or livestream) Pell Harbor Area Medical Assistants Society members.")
_DESCRIPTION_START = re.compile(r"(?<=[a-z)]) (?=[A-Z](?:[a-z]+|[A-Z]{1,5}) [A-Za-z0-9]+(?:[,;]? [A-Za-z0-9]|\. [A-Z]))")  # ("Non-member Standard registration. Joining ...")
_BRACKETED = re.compile(r"\s*\([^()]*\)")


# a ticket tier that starts selling later, and one on sale now until a day ("On sale from Jan 16" / "On sale until Jan 15")
# (or a registration option's "Chapter member - $45 (from Feb 1)" beside "Chapter member - early bird $35"; "Free until
# January 31, 2027; $20 from February 1, 2027")
_LATER_TIER_AFTER = re.compile(r"^\W*(?:(?:on sale|sales? (?:start|starts|open|opens|begin|begins)|available|price applies)"
                               r"(?:\s+(?:from|starting|on)\b|(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d))|"
                               r"\(?(?:from|starting|beginning|after) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? "
                               r"\d{1,2}\b)", re.I)
_OPEN_TIER = re.compile(r"\b(?:on sale|available|sales? (?:end|ends|close|closes))\s+(?:until|through|thru|till|by)\b|"
                        # ("No charge for bookings made through December 31, 2026.")
                        r"\b(?:no charge|no cost|free)\b[^.\n$]{0,40}?\b(?:until|through|thru|till|by (?=(?:jan|feb|mar|apr|may|jun|jul|"
                        r"aug|sep|oct|nov|dec)[a-z]*\.? \d))|"
                        r"\bearly[- ]?bird\s*[:\-–—]?\s*\$\s?\d|\bfree (?:for everyone )?(?:until|through|thru|till)\b|"
                        r"\bearly[- ]?bird\b[^\n$]{0,40}?\b(?:through|until|thru)\b", re.I)
# "Regular (from Mar 1, 2027) $145.00", "From March 1, 2027: member $95, non-member $145": a tier that starts later
_LATER_TIER_BEFORE = re.compile(r"\b(?:from|starting|beginning)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                                r"\d{1,2}(?:,? \d{4})?\)?[ \t]*[:\-–—]?[^.\n]{0,30}$"
                                # ("Member — early bird Through January 15, 2027; then $65.00 | $49.00")
                                r"|\b(?:through|thru|until)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}"
                                r"(?:,? \d{4})?\s*[;,]\s*then\s*$", re.I)
# the way in that only members have, just before their amount
_MEMBER_ROUTE = re.compile(r"\bmember(?:s['’]?|['’]s)? (?:link|code|login|log-in|portal|discount code|coupon)\b[^.;$\n]{0,40}$", re.I)
# (or a launch's: "Launch-week rate: members $55, non-members $65 — ended November 30, 2026")
_EARLY_NAME = (r"\W*(?:super[- ]early|early[- ]?bird|early(?: registration| rate| pricing| enrol(?:l)?ment)?|advance|pre-?sale|"
               r"launch(?:[- ]week)?(?: rate| price| pricing)|introductory (?:rate|price|pricing))\b")
_ENDED = r"\b(?:ended|closed|sold out|expired)\b"
# a line opening with an early tier's name, and its end after an amount on it
_EARLY_LINE = re.compile(_EARLY_NAME, re.I)
_ENDED_AFTER = re.compile(_ENDED, re.I)
# a tier's name in a row's first cell, with its end ("Early Bird Ended Nov 15, 2026", "Early registration (closed)")
# (on the amount's own line: the next row's "Early registration (closed ...)" names that row)
_TIER_ENDED_AFTER = re.compile(r"[ \t]*(?:early[- ]?bird|early(?: registration| rate)?|advance|pre-?registration)\b[^$\n]{0,25}?"
                               r"\b(?:ended|closed|expired|is over)\b", re.I)
_CLOSED_TIER = re.compile("^" + _EARLY_NAME + r"[^|]{0,40}?" + _ENDED, re.I)
# a closed tier's label ending at its amount: "Early-bird · Non-member (Closed December 1, 2026): $80.00"
_CLOSED_TIER_LABEL = re.compile("^" + _EARLY_NAME + r"[^|$\n]{0,40}?" + _ENDED + r"(?:(?!\. )[^;|$\n]){0,30}$", re.I)
# a row named only by its tier ("Standard | $95.00 | $145.00" under "Rate | Member | Non-Member"): the columns say who pays
_TIER_ONLY = re.compile(r"^\W*(?:standard|general|regular|late|on-?site|at the door|early[- ]?bird|early(?: registration)?|advance)"
                        r"(?: registration| rate| price| pricing| admission)?\b[^|]{0,40}$", re.I)


_TOGGLE = re.compile(r"\s+(?:show|hide|view|more) (?:details|info|description)\s*[+−–-]?(?=\s)", re.I)


# a column of row totals ("Rate | Tuition | Fees | Total"), the payer tiers of public colleges' tuition tables
_TOTAL_COLUMN = re.compile(r"^\s*(?:total|total (?:cost|fees?|price|due|tuition)|amount due)\b", re.I)
_NONRESIDENT = re.compile(r"\b(?:out[- ]of[- ](?:district|county|state|area|region)|non[- ]?residents?)\b", re.I)
_RESIDENT = re.compile(r"\b(?:in[- ](?:district|county|state|area|region)|residents?(?: rate| tuition| fee| price)?)\s*(?:\([^()]{0,80}\))?"
                       r"\s*[:|]?\s*$|^\s*in[- ](?:district|county|state)\b", re.I)
_CONCESSION = re.compile(r"\b(?:senior(?: citizens?)?|seniors|retirees?|veterans?|age \d\d\+)\b[^$]{0,80}$", re.I)


# a member's rate told in a sentence: "If you belong to the Cascadia Society ..., use the code ... and it drops to $35"
_MEMBER_PROSE = re.compile(r"\bif you(?:'re|’re| are)? (?:belong to|a member of|members? of|join)\b[^.!?$\n]{0,160}?"
                           r"(?:\b(?:drops?|falls?|comes? down|is reduced|goes? down|is discounted)\s+to\s*|"
                           # "If you belong to any AAMA state society or chapter, it's $20"
                           r"[,;]\s*(?:it(?:'|’)s|it is|the (?:fee|price|cost|rate) is|you pay(?: only| just)?)\s*)$", re.I)


def _members_rate_in_prose(text: str, start: int) -> bool:
    """The sentence before the amount says a member's price falls to it."""
    return bool(_MEMBER_PROSE.search(text, max(0, start - 220), start))


_THEN_A_LATER_AMOUNT = re.compile(r"\s*[;,]\s*then\s*(?:US\$|\$|USD\s?)\s?\d[\d,]*(?:\.\d{2})?\s*$", re.I)


def _payments_told_one_by_one(sentence: str, shown: str, value: float) -> int:
    """The number of payments when a sentence lists them one by one, each the same amount, and says how many ("$45 now
    and $45 on February 1, 2027 (two payments, charged automatically)"), this amount being the first; else 0."""
    said = _N_PAYMENTS.search(sentence)
    if said is None:
        return 0
    count = NUMBER_WORDS.get(said.group(1).lower()) if not said.group(1).isdigit() else int(said.group(1))
    values = [_to_float(m.group(1) or m.group(2)) for m in _AMOUNT.finditer(sentence)]
    if count and len(values) == count + 1 and values[-1] is not None and abs(values[-1] - value * count) < 0.01:
        values.pop()  # their sum said after them ("$62 now and $62 on January 8, 2027 ($124 total)")
    first = next(_AMOUNT.finditer(sentence), None)
    if not count or count < 2 or len(values) != count or any(v != value for v in values):
        return 0
    return count if first is not None and first.group(0) == shown else 0


# ("two payments", "the two-payment option")
_N_PAYMENTS = re.compile(r"\b(two|three|four|2|3|4)[ -](?:equal |monthly )?(?:payments?|instal?ments?|installments?)\b", re.I)


def _row_label(text: str, start: int, clause_before: str) -> str:
    """For an amount in a later cell of a table row, its row's first cell with the cell's own words
    ("TRSMA Member | $175 (closed) | $195": "TRSMA Member | $195"); the clause as it was when the first
    cell holds an amount itself."""
    line_start = text.rfind("\n", 0, start) + 1
    first = _TOGGLE.sub("", text[line_start:start].split(" | ", 1)[0])  # "Member show details + Current ... members."
    first = _THEN_A_LATER_AMOUNT.sub("", first)  # "Member — early bird Through January 15, 2027; then $65.00": the later tier's
    if _AMOUNT.search(first):
        return clause_before
    own = clause_before.rsplit(" | ", 1)[-1]
    label = f"{first} | "
    # "Alumni Association members Member code required at checkout": the name, then its description (which may end on
    # words of its own: "UBCMA or CSMA member Current ... chapter membership")
    names = _names_before_description(first)
    # a name that says the row is a group's or a student's rate, whatever its description goes on to say ("Employer group –
    # 4 or more non-members (per person) Four or more non-member staff on one registration ...")
    # (and a ticket's name says who pays before its description does: "General admission One seat, materials and CE
    # certificate")
    # (or the whole cell, once its asides are set apart: "Clinic group (3 or more from one practice)Price per person")
    unbracketed = f"{_BRACKETED.sub(' ', first)} | "
    label = next((name for name in names if _NOT_A_PRICE_BEFORE.search(_BRACKETED.sub(" ", name))), None) or (
        unbracketed if not names and _NOT_A_PRICE_BEFORE.search(unbracketed) else None) or next(
        (name for name in names if _names_who_pays(_BRACKETED.sub(" ", name))), label)
    if not _names_who_pays(label) or _TIER_ONLY.match(first):
        # "Full convention | $180.00 | $240.00" under "Registration type | Member | Non-member": the column says who pays
        header = _column_header(text, start)
        if header is not None and _names_who_pays(f"{header} | "):
            label = f"{header} | "
        else:  # "Webinar, both parts | FSSMA or AAMA member (sign in) | $25.00" under a "Who" column: that cell says
            cells = text[line_start:start].split(" | ")
            headers = _header_cells(text, line_start)
            payer = next((cell for index, cell in enumerate(cells[1:-1], 1) if index < len(headers)
                          and _WHO_COLUMN.match(headers[index]) and _names_who_pays(f"{_BRACKETED.sub(' ', cell)} | ")), None)
            if payer is not None:
                label = f"{_BRACKETED.sub(' ', payer)} | "
    return f"{label}{own}"


def ticket_names(line: str) -> list[str]:
    """A ticket's line of name and description run together, cut before each place its description may start:
    "Partner Network member" from "Partner Network member Staff of Foundation Partner Network clinics; ..."."""
    return [line[: start.start()] for start in _DESCRIPTION_START.finditer(line)]


def _names_before_description(first: str) -> list[str]:
    """A row's first cell cut before each place its description may start, as row labels ("Student (enrolled in an MA
    program) | " from "Student (enrolled in an MA program) For students enrolled in ...")."""
    return [f"{name} | " for name in ticket_names(first)]


def group_rate_row(row: str) -> bool:
    """True when a table row's first cell names a rate that is not the price: a group's, a student's ("Student (enrolled
    in an MA program) For students enrolled in ... | $40.00")."""
    first = row.split(" | ", 1)[0]
    return any(_NOT_A_PRICE_BEFORE.search(_BRACKETED.sub(" ", name))
               for name in (f"{first} | ", *_names_before_description(first)))


def names_payers(header: str) -> bool:
    """True when a header row's later cells name who pays each column ("Charge | Resident | Non-resident", "Ticket |
    Member | Non-member"), not when they name tiers or days ("Early bird through Jan 8, 2027 | From Jan 9")."""
    cells = header.split(" | ")[1:]
    return any(_names_who_pays(f"{cell} | ") and not _AMOUNT.search(cell) for cell in cells)


def _column_header(text: str, start: int) -> str | None:
    """The header cell above the table cell holding the amount at ``start``, if a header row is near."""
    line_start = text.rfind("\n", 0, start) + 1
    column = text[line_start:start].count(" | ")
    header = _header_cells(text, line_start)
    line_end = text.find("\n", start)
    cells = text[line_start:line_end if line_end >= 0 else len(text)].count(" | ") + 1
    if header and len(header) == cells - 1:  # the header's empty corner cell is not written: "Members | Non-members"
        column -= 1
    return header[column] if header and 0 <= column < len(header) else None


_WHO_COLUMN = re.compile(r"^\W*(?:who|for|attendee(?: type)?|registrant(?: type)?|registration type|ticket(?: type)?|"
                         r"member(?:ship)? (?:status|type)|payer|rate|type)\W*$", re.I)


def _names_who_pays(label: str) -> bool:
    return any(p.search(label) for p in (_MEMBER_BEFORE, _NONMEMBER_BEFORE, _NOT_A_PRICE_BEFORE, _NONRESIDENT, _RESIDENT))


def _header_cells(text: str, line_start: int) -> list[str]:
    """The cells of the nearest table row above ``line_start`` (within five lines) that holds no amount."""
    lines = text[:max(0, line_start - 1)].split("\n")[-5:]
    for line in reversed(lines):
        if " | " not in line:
            return []
        cells = line.split(" | ")
        # (a row of values with no amount is still a row: "Employees and volunteers | No charge | No charge")
        if not _AMOUNT.search(line) and not any(_FREE_CELL.match(cell) for cell in cells[1:]):
            return cells
    return []


_FREE_CELL = re.compile(r"^\W*(?:free|no charge|no cost|complimentary|included|n/a|—|-)\W*$", re.I)


def _fee_name(label: str) -> str:
    """A fee's name without case or marks ("Registration fee -" and "registration fee:" are one fee)."""
    return " ".join(re.sub(r"[^\w/ ]+", " ", label.lower()).split())


def _word_start(text: str, at: int) -> int:
    """``at`` moved back to the start of the word it cuts ("Non-member" cut at "n-member" would read as "member")."""
    low = max(0, at - 20)
    while at > low and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at -= 1
    return at


# an offer of several courses together, priced as a set (and per course in it): not this course's price
_BUNDLE_OFFER = re.compile(r"\bany (?:\d+|two|three|four|five|six) (?:[\w-]+ ){0,2}(?:courses|classes|webinars|modules|"
                           r"recordings|titles)\b[^.$]{0,20}\bfor\s*\$", re.I)


@lru_cache(maxsize=64)
def _paired_group(text: str) -> re.Pattern[str] | None:
    """The label pattern of the groups this text names beside their "non-" twin ("Non-participants: $85 ...; Fund
    participants: $25": whatever the group is called, the one with a "non-" twin belongs); group 1 holds the twin's "non-"."""
    if "non-" not in text.lower():
        return None
    groups = sorted({m.group(1).lower() for m in _NON_NAMED.finditer(text)})
    if not groups:
        return None
    return re.compile(r"(?:\b(non-)|(?<!non-)(?<![-\w]))(?:" + "|".join(map(re.escape, groups)) + r")"
                      + _ROW_NAME + _LABEL_END, re.I)


def _classify(text: str, match: re.Match[str], struck: bool) -> _Amount | None:
    raw = match.group(1) or match.group(2)
    value = _to_float(raw)
    if value is None:
        return None
    start, end = match.start(), match.end()
    if _COUNT_AFTER.match(text, end):  # "$ 3 payments of $25": a themed "$" before a count
        return None
    before = text[_word_start(text, max(0, start - 120)) : start]
    after = re.split(r"[;\n]|\.\s|\s\|\s*(?=\w+:)", text[end : end + 72])[0]
    clause_before = _clause(before)
    if (_LATER_TIER_AFTER.match(after) or _LATER_TIER_BEFORE.search(before)) and _OPEN_TIER.search(text):
        # "Non-member $119.00 On sale from January 16, 2027" beside a tier "On sale until January 15": the later tier
        return _Amount(value, start, end, "regular")
    if _TIER_ENDED_AFTER.match(text, end):  # "$45 early bird (ended Nov 15, 2026), $55 regular": a closed tier
        return _Amount(value, start, end, "excluded")
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    sentence = _sentence_around(text, start, end)
    if _BUNDLE_OFFER.search(sentence):  # "any 3 online courses for $99 ($33 per course)"
        return _Amount(value, start, end, "excluded")
    if _FEES_NOT_SET.search(sentence):  # "Members have paid $35 ... but the board hasn't set the 2027 fees yet"
        return _Amount(value, start, end, "excluded")
    if _RETURNS_LATER.search(sentence):  # "Phlebotomy skills nights return in April (in person, $65, ...)": another's
        return _Amount(value, start, end, "excluded")
    line_stop = line_end if line_end >= 0 else len(text)
    if _SOCIAL_PROOF.search(text, line_start, line_stop) or _SOLD_COUNT.search(text, line_start, line_stop):
        # a shop's "Someone bought this + paid $10 more" (a buyer's tip) and another item's card "$9 · 388 sold"
        return _Amount(value, start, end, "excluded")
    if THAT_ONE.match(sentence):  # "No — that one is the AHA BLS Provider course ($60, card only)": an answer about another
        return _Amount(value, start, end, "excluded")
    if _SIDE_FEE_OF.search(before):  # "A payment-plan enrollment fee of $6 applies to the 3-payment option": a side fee
        return _Amount(value, start, end, "excluded")
    if _BALANCE_SENTENCE.match(sentence):  # "The balance — $85.00 for non-members, $55.00 for members — is due by ...": a part
        return _Amount(value, start, end, "excluded")
    if _EARLY_LINE.match(text, line_start) and _ENDED_AFTER.search(text, end, line_stop):
        # "Early registration: $75 community · $50 employee & Learning Partner Ended November 30, 2026": history
        return _Amount(value, start, end, "excluded")
    if _EARLY_LINE.match(sentence) and (at := sentence.find(match.group(0))) >= 0 and _ENDED_AFTER.search(sentence, at):
        return _Amount(value, start, end, "excluded")  # "Fee: $45. Early registration ($35) closed November 15, 2026."
    row_so_far = text[line_start:start]
    if _CLOSED_TIER_LABEL.match(row_so_far):
        return _Amount(value, start, end, "excluded")
    if " | " in row_so_far and " | " not in clause_before:  # the first cell's own sentence ends in a full stop
        clause_before = row_so_far[row_so_far.rfind(" | ") :]
    if " | " in clause_before:  # a later cell of a table row: the row's first cell says who pays ("Member | $175 | $195")
        if _CLOSED_CELL.search(clause_before.split(" | ", 1)[1]):  # "Early - Member | Ended 11/20/2026 | $140.00"
            return _Amount(value, start, end, "excluded")
        if _CLOSED_TIER.search(text[line_start:start].split(" | ", 1)[0]):
            return _Amount(value, start, end, "excluded")  # "Early Bird Ended Nov 15, 2026 | $75.00 | $120.00"
        column = _column_header(text, start) or ""
        if _CLOSED_TIER.search(column):  # under "Early bird (ended November 30, 2026)"
            return _Amount(value, start, end, "excluded")
        if _REGULAR_COLUMN.match(column) and any(_SALE_COLUMN.match(c) for c in _header_cells(text, line_start)):
            return _Amount(value, start, end, "regular")  # "Regular | Sale price" over "Non-members | $40.00 | $30.00"
        if not _TOTAL_COLUMN.match(column) and any(_TOTAL_COLUMN.match(c) for c in _header_cells(text, line_start)):
            return _Amount(value, start, end, "excluded")  # "Tuition | Fees | Total": a part of the row's total
        clause_before = _row_label(text, start, clause_before)
    # an amount at the start of its line names no payer after it ("$249 non-member" does): its label may be the line above
    if not clause_before.strip() and "\n" in before and not (_NONMEMBER_AFTER.match(after) or _MEMBER_AFTER.match(after)):
        lines_above = before.rstrip().rsplit("\n", 2)
        above = lines_above[-1]
        # a label ("CE certificate upgrade"), not a statement, nor an offer of its own ("Free for members" over "$25.00")
        if len(above) <= 40 and not _AMOUNT.search(above) and not _FREE.search(above):
            clause_before = above + " "
        elif (len(lines_above) >= 2 and len(above) <= 90 and above.rstrip().endswith((".", "!")) and not _AMOUNT.search(above)
              and len(lines_above[-2]) <= 40 and not _AMOUNT.search(lines_above[-2])):
            # a ticket's name, its one-sentence note, then its price ("Member – Early Bird" / "For BSSMA members in good
            # standing. Sign in to unlock." / "$95.00")
            clause_before = lines_above[-2] + " "
    if _ANOTHER_YEAR.search(clause_before):  # "Last year's asthma workshop was $60": another year's, no price of this one
        return _Amount(value, start, end, "excluded")
    if _FROM_THE_LOWEST.search(clause_before):  # "Tickets from 3 × $45.00": the cheapest option, whoever may buy it
        return _Amount(value, start, end, "excluded")
    # a booking card's "Starting from $50.00" over a ticket table: the cheapest ticket (a group's, a member's), unless
    # it is the only amount there is
    if _STARTING_FROM.search(clause_before) and any(_to_float(m.group(1) or m.group(2)) != value
                                                   for m in _AMOUNT.finditer(text)):
        return _Amount(value, start, end, "excluded")
    role = "current"
    instal = _INSTALMENT.search(clause_before)
    after_instal = _INSTALMENT_AFTER.match(after)
    if not instal and not after_instal and (told := _payments_told_one_by_one(sentence, match.group(0), value)):
        return _Amount(round(value * told, 2), start, end, "instalment", per_payment=value)
    # "Regular price $29.00 / month × 3 months" (a store theme labels every price so): the instalments decide
    # ("Price: $20 Free through January 31, 2027": the price when the free offer ends)
    # (a label may carry its terms in brackets before the amount: "Regular (from Jan 16, 2027) $175.00")
    label_only = _ASIDE.sub(": ", clause_before) if ")" in clause_before else clause_before
    if (struck or ((_REGULAR_BEFORE.search(clause_before) or _REGULAR_BEFORE.search(label_only)) and not after_instal)
            or _VALUE_AFTER.match(after) or _REGULAR_AFTER.match(after)
            or (_STANDARD_AFTER.match(after) and "early" in text[line_start:start].lower())
            or _REGULAR_ASIDE.search(before) or _FREE_FOR_NOW_AFTER.match(after)):
        role = "regular"
    elif _CART_TOTAL.search(clause_before) and not _PAYER_ASIDE_AFTER.match(after):
        role = "excluded"  # "Order total: $0.00": a checkout widget's sum of what is chosen so far (not "$40.00 (non-members)")
    elif value == 0 and _TOTAL_BEFORE.search(clause_before) and _POSITIVE_AMOUNT.search(text):
        role = "excluded"  # a form's "Total: $0.00" beside the fees it lists: the sum before anything is chosen
    # "... $35 = $445": the sum is stated (a bracketed "($255.00 total)" restates instalments)
    elif ((_TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(clause_before)) and " | " in row_so_far
          and _MEMBER_BEFORE.search(_TOTAL_BEFORE.sub(" | ", clause_before))):
        # a members' row of totals ("ARSMA members | $95.00 total", "Member-clinic staff total | $175.00"): what they pay
        role = "member"
    elif _PLAN_TOTAL.search(clause_before):  # "(plan total $250)": what the payment plan comes to, beside paying in full
        parts = [v for m in _AMOUNT.finditer(sentence) if (v := _to_float(m.group(1) or m.group(2))) and v < value]
        return _Amount(value, start, end, "instalment", per_payment=parts[0] if parts else None)
    # (or the sum after its parts: "Tuition $139 per credit plus a $25 online course fee: $164 in all"; not a plan's,
    # "(3 payments, $33.00 in all)")
    elif _TOTAL_BEFORE.search(clause_before) or (_TOTAL_AFTER.match(after) and not before.rstrip().endswith("(")) or (
            _IN_ALL_AFTER.match(after) and before.rstrip().endswith((":", "="))):
        return _Amount(value, start, end, "total")
    elif instal or after_instal:
        count_raw = (instal.group(1) or instal.group(2) or instal.group(3)) if instal else after_instal.group(1)
        count = NUMBER_WORDS.get(count_raw.lower()) if not count_raw.isdigit() else int(count_raw)
        if count and count > 1:  # a member's instalments ("Plus members: $30.00 / month for 3 months") total theirs
            # (the payer before the count, "OVSMA Member: 4 × $75", or heading the line above it)
            payer = clause_before[: instal.start()] if instal else clause_before
            if not payer.strip() and instal and before.endswith(clause_before):
                payer = before[: len(before) - len(clause_before) + instal.start()].rstrip().rsplit("\n", 1)[-1] + " "
            paid_by = "member" if _MEMBER_BEFORE.search(payer) else "instalment"
            return _Amount(round(value * count, 2), start, end, paid_by, per_payment=value)
    elif (addon := _ADDON_BEFORE.search(clause_before)) and (
            "registration" not in addon.group(0).lower() or _TUITION_WORD.search(text)):
        # (a registration fee is on top of a tuition; with none named it is what the course costs: "Registration fee | $55")
        return _Amount(value, start, end, "addon", _fee_name(addon.group(0)))
    elif _PLUS.search(clause_before) and _SERVICE_FEE_AFTER.match(after):
        role = "excluded"  # a ticket site's "+ $6.99 fee": its service fee on top of the ticket, not the course's price
    elif _PLUS.search(clause_before) and (addon_after := _ADDON_AFTER.match(after)):
        return _Amount(value, start, end, "addon", _fee_name(addon_after.group(0)))
    elif (fee := _FEE_LABEL.search(clause_before)) and _REQUIRED_AFTER.match(after) and _TUITION_LINE.search(text):
        # "Tuition: $79" and "Course fee: $10 (digital workbook, required)": a required fee on top of the tuition
        return _Amount(value, start, end, "addon", _fee_name(fee.group(0)))
    elif _CERTIFICATE.search(clause_before) and _PROCESSING_FEE_AFTER.match(after):
        role = "certificate"  # "CE certificate: $15 processing fee": what a CE certificate costs, not a card fee
    elif _CERTIFICATE_ROW.match(row_so_far) and not struck and not _FREE_FOR_NOW_AFTER.match(after):
        role = "certificate"  # a fee table's "CE certificate | $15 per person" beside "Watch | $0 everyone"
    elif ((aside := _FEE_ASIDE_BEFORE.search(before)) and _CERTIFICATE.search(before[:aside.start()])
          and _MEMBER_AFTER.match(after)):
        role = "member"  # "... a $15 processing fee ($10 for members of the ... Society)": the members' certificate fee
    elif _OUTSIDERS.search(clause_before):  # "MAs from other clinics and students: $40" beside the employer's staff's rate
        role = "nonmember"
    elif _SOME_ITEM_BEFORE.search(clause_before) and _ITEM_AFTER.match(after):
        role = "excluded"  # "the only thing left is a $40 webinar about a law from another state": some other offering
    # (a payer's closed aside says who they are, not what the amount is: "Chapter members (2027 dues paid) | $35",
    # "External participants (community practices, students, other health systems): $45")
    elif (_NOT_A_PRICE_BEFORE.search(label_only) or _GROUP_ASIDE.search(clause_before) or _row_for_others(text, line_start, start)
          or _NOT_A_PRICE_AFTER.match(after) or _ESTIMATE.search(before)
          or _CONCESSION.search(clause_before)):  # (a senior citizen's waiver, a veteran's rate: not what everyone pays)
        role = "excluded"
    elif _NONRESIDENT.search(clause_before):  # tuition tiers by residency: the out-of-district rate is the full one
        role = "nonmember"
    elif _RESIDENT.search(clause_before):  # ... and the in-district rate a discount (no membership)
        role = "resident"
    elif _MEMBER_ROUTE.search(before):  # "members: use the member link pinned in our community for $20"
        role = "member"
    elif _AFTER_ITS_AMOUNT.search(before) and (_MEMBER_AFTER.match(after) or _NONMEMBER_AFTER.match(after)):
        # "$75 general $55 GBMAA members": the words between two amounts name the one before; the group after names this one
        role = "nonmember" if _NONMEMBER_AFTER.match(after) else "member"
    # (a payer's word right after the amount before names that one: "$45.00 public $30.00 with the Clinic Learner Pass")
    elif (found_nonmember := None if _AFTER_ITS_AMOUNT.search(before) else (
            _NONMEMBER_BEFORE.search(clause_before) or _OUTSIDERS_FIRST.search(clause_before))) and _MEMBERS_LATER_TIER.search(
            clause_before, max(0, found_nonmember.start() - 60), found_nonmember.end()):
        role = "regular"  # "Friends Circle member — standard | $45.00": the members' later tier, no one else's price
    elif found_nonmember:
        # "Standard" / "General admission" beside an "Early bird" tier is the later tier (like "Regular"), not a non-member's
        # (on the line after the early tier's amount: "Early enrollment through 2/1: $70.00 Standard (from 2/2): $85.00")
        # (not in the early tier's own row: "Early bird (through January 31, 2027) | $59 | $45" under "Standard |
        # Academy Plus members", where "Standard" names the non-members' column)
        tier = _LAST_AMOUNT.split(clause_before)[-1]
        early_row = " | " in text[line_start:start] and _EARLY_LINE.match(text, line_start) is not None
        role = "regular" if _STANDARD_TIER.search(tier) and _EARLY_TIER.search(text) and not early_row else "nonmember"
    elif _MEMBER_BEFORE.search(clause_before) or _members_rate_in_prose(text, start):
        role = "member"
    elif (paired := _paired_group(text)) and (label := paired.search(clause_before)):
        role = "nonmember" if label.group(1) else "member"
    elif (aside := _PAYER_ASIDE_AFTER.match(after)) is not None:  # "$40.00 (non-members) or $20.00 (PWMAA members)"
        role = "nonmember" if _NON_MEMBER_WORD.search(aside.group(0)) else "member"
    elif _NONMEMBER_AFTER.match(after):
        role = "nonmember"
    elif _MEMBER_AFTER.match(after) or (value == 0 and _INCLUDED_AFTER.match(after)):
        role = "member"
    elif _TUITION.search(clause_before):  # "Tuition for 3 credit hours: $516.00": the course's tuition, whatever its words
        role = "current"
    elif (_CERTIFICATE.search(clause_before) or _CERTIFICATE.match(after)) and not _NO_CERTIFICATE.search(clause_before):
        # (waived for now: "Certificate fee: $25.00 Free through 12/31/2026" is the fee from a later day)
        role = "regular" if _FREE_FOR_NOW_AFTER.match(after) else "certificate"
    elif _SALE_BEFORE.search(clause_before) or _SALE_BEFORE.search(label_only):
        role = "sale"
    if role in ("current", "nonmember") and (_THEN_LATER.search(clause_before) or _LATER_AFTER.match(after)) and _AMOUNT.search(
            text, max(0, start - 120), start):
        role = "regular"  # "$55 early bird through January 5, 2027, then $70" / "; $149.00 after that": the later price
    elif role == "current" and (_FROM_A_LATER_DAY.search(clause_before) or _RISES_TO.search(clause_before)
                                or _FROM_A_DAY_AFTER.match(after)):
        role = "regular"  # "Starting January 1, 2027 the module will be $15": the price from a later day, not today's
    elif role in ("current", "nonmember") and _RETURNS_ON_A_DAY_AFTER.match(after):
        role = "regular"  # "the standard $15.00 fee returns April 1": the price after a free or sale window, not today's
    elif role == "current" and _OPTION_PLUS.match(clause_before):
        role = "excluded"  # an option's "+$10.00" on a form (recording access): an extra one may add, not the price
    elif role == "current" and _UNTIL_A_DAY_AFTER.match(after) and not text[line_start:start].strip():
        role = "sale"  # "$14 through December 31, 2026 (no code needed)": a price for a while, under "Holiday price"
    return _Amount(value, start, end, role)


def labelled_amount(amount_line: str, labels: list[str]) -> str:
    """An amount shown alone ("$75.00") with the nearest of ``labels`` (the short lines above it, nearest
    first: a ticket's description, then its name) that gives it a role: "Non-member: $75.00".
    With no such label the amount stays as it was."""
    amount = _PRICE_LABEL.sub("", amount_line)  # "Cost: USD 55.00" under "Member-organisation staff"
    if any(SALES_START.match(label) for label in labels):  # a ticket not on sale yet ("On sale January 11, 2027")
        return f"Later tier, regular price: {amount.strip()}"
    # (a struck pair, "$149.00 $189.00", takes only a payer: a label's "ended" or "regular" is its struck half's)
    roles = _PAYER_ROLES if len(_AMOUNT.findall(amount)) > 1 else _LABEL_ROLES
    for label in labels:
        if _HOW_TO_BUY.search(label):  # a ticket's note on how to buy it ("Members only — use the email on your SRVSMA
            continue  # membership"): its "membership" is the buyer's account, not dues; the name above says who pays
        label = _AVAILABILITY.sub("", label)  # "Early bird – DSMA member Available until 15 Jan 2027": who pays, then when
        if ":" in label.strip().rstrip(":") and not _PAYER_AFTER_COLON.search(label):
            continue  # a field of its own ("Credit: 1 semester credit hour"), not a label (but "Certificate fee: non-member" is)
        line = f"{label.strip().rstrip(':')}: {amount.strip()}"
        match = _AMOUNT.search(line, len(label))
        found = _classify(line, match, False) if match else None
        # (a field named for the sale alone, "Sale price" over "$45.00", a record's own field; or an early tier's ticket,
        # "Early Bird Admission" over "$95.00", beside the later tier's)
        if found is not None and (found.role in roles or (found.role == "sale" and _SALE_COLUMN.match(label))
                                  or (found.role in ("sale", "current") and _EARLY_TIER.search(label)
                                      and not any(_ENDED_AFTER.search(other) for other in labels))):
            return line
    return amount_line


_HOW_TO_BUY = re.compile(r"\b(?:use|enter|sign in with|log in with)\s+(?:the\s+)?(?:e-?mail|code|number|account)\b[^$\n]{0,40}"
                         r"\b(?:on|of|from|with)\s+your\b", re.I)


_NOTE_IN_BRACKETS = re.compile(r"\([^()$\n]{0,30}\)")  # a short note in brackets between two amounts ("(suggested)")
# a row named for those who do not belong first, others with them ("Guests and partner clinics | $40.00")
_OUTSIDERS_FIRST = re.compile(r"(?:^|\n|\|\s*)\W*(?:guests?|non-?\s?members?|the public|general public|visitors?)\s+(?:and|&|/|or)\s+"
                              r"[^|$\n]{1,60}?\s*[:|]?\s*$", re.I)
# ("Coming soon · On sale from 1 Jan 2027": a day before its month too)
SALES_START = re.compile(r"^\W*(?:coming soon\W+)?(?:on sale|sales? (?:start|starts|open|opens|begin|begins))\s+(?:on\s+|from\s+)?"
                          r"(?:" + _A_DAY + r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})", re.I)
_PAYER_AFTER_COLON = re.compile(r":\s*(?:non-?\s?members?|(?:[A-Z]{2,8}\s+)?members?|the public|everyone|students?)\s*:?\s*$",
                                re.I)
# when a ticket type is sold, after its name ("Available from 16 Jan 2027 until 07 Mar 2027", "(sales end Feb 1)")
_AVAILABILITY = re.compile(r"\s*\(?\b(?:available|on sale|sales? (?:end|ends|close|closes))\b(?: (?:from|until|through|thru|to|till|"
                           r"on|by)\b)[^()$]*\)?\s*$", re.I)
PRICE_LABEL = r"(?:cost|price|fee|tuition|amount)\s*:?\s*"  # a bare label before an amount ("Cost: USD 55.00")
_PRICE_LABEL = re.compile(r"^\s*" + PRICE_LABEL, re.I)
# the roles a label line above an amount gives it (who pays it, or that it is not the price)
_LABEL_ROLES = frozenset({"member", "nonmember", "excluded", "regular"})
_PAYER_ROLES = frozenset({"member", "nonmember"})


def _sums_its_rows(text: str, amounts: list[_Amount], total: _Amount) -> bool:
    """True when a total is the sum of the table rows' current amounts above it (two or more)."""
    rows = [a.value for a in amounts if a.role == "current" and a.end <= total.start
            and " | " in text[text.rfind("\n", 0, a.start) + 1:a.start]]
    return len(rows) >= 2 and abs(sum(rows) - total.value) < 0.01


def _same_sentence(text: str, first: _Amount, second: _Amount) -> bool:
    """True when the two amounts are told in one sentence."""
    return _sentence_around(text, first.start, first.end) == _sentence_around(text, second.start, second.end)


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(sep, 0, start) for sep in (". ", "\n", "; "))
    left = 0 if left < 0 else left + 1
    rights = [i for i in (text.find(sep, end) for sep in (". ", "\n", "; ")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip().rstrip(";")


def parse_price(text: str, *, struck: bool = False, struck_values: tuple[float, ...] = ()) -> PriceInfo:
    """Read one price block (a label and its amounts, a table row, a sentence).

    ``struck`` says the whole block was struck through on the page (history only);
    ``struck_values`` are amounts shown struck through elsewhere on the page. An amount written in
    words ("twenty-five dollars") is read as its figure; the evidence stays the words as written.
    """
    if text and "dollar" in text.lower():  # ("twenty-five dollars", "a twenty-five dollar materials fee", "a ten-dollar fee")
        figures = "\n".join(_WORDED_DOLLARS.sub(_as_figure, line) for line in text.split("\n"))
        if figures != text:
            info = _parse_price(figures, struck=struck, struck_values=struck_values)
            if info.evidence and info.evidence not in text:  # the line as written, not as read
                lines = figures.split("\n")
                at = next((i for i, line in enumerate(lines) if info.evidence in line), None)
                info.evidence = text.split("\n")[at] if at is not None else None
            return info
    return _parse_price(text, struck=struck, struck_values=struck_values)


NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
_TENS = {w: 10 * i for i, w in enumerate(["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]) if i >= 2}
_WORDED_DOLLARS = re.compile(
    r"\b(?:(?P<hundreds>" + "|".join(NUMBER_WORDS) + r")\s+hundred(?:\s+and)?\s*)?"
    r"(?P<tens>" + "|".join(_TENS) + r")?(?:[- ]?(?P<units>" + "|".join(NUMBER_WORDS) + r"))?[\s-]+dollars?\b", re.I)


def _as_figure(match: re.Match[str]) -> str:
    hundreds, tens, units = match.group("hundreds"), match.group("tens"), match.group("units")
    if not (hundreds or tens or units):
        return match.group(0)
    value = 100 * NUMBER_WORDS[hundreds.lower()] if hundreds else 0
    value += (_TENS[tens.lower()] if tens else 0) + (NUMBER_WORDS[units.lower()] if units else 0)
    return f"${value}"


# dot leaders between a payer and an amount ("Non-members ....... $36.00", a price list set like a menu)
_LEADERS = re.compile(r"(?<=\w)[ \t]*(?:\.{3,}|…+)[ \t]*(?=\$|\d|free\b)", re.I)


def _parse_price(text: str, *, struck: bool, struck_values: tuple[float, ...]) -> PriceInfo:
    info = PriceInfo()
    if not text or not text.strip():
        return info
    shown = text  # evidence is quoted as written; the leaders read as a label's colon (same length: offsets hold)
    if "..." in text or "…" in text:
        text = _LEADERS.sub(lambda m: (" " * (len(m.group(0)) - 2) + ": ") if len(m.group(0)) > 1 else ":", text)
    amounts = [a for m in _AMOUNT.finditer(text) if (a := _classify(text, m, struck))]
    deposits = {_to_float(m.group(1)) for m in _NAMED_DEPOSIT.finditer(text)} if "deposit" in text.lower() else set()
    if deposits and any(a.value not in deposits and a.role in ("current", "total") for a in amounts):
        # "The $25 listed price is a deposit" beside the total fee: the $25 shown elsewhere ("$25.00 per learner") is it
        for amount in amounts:
            if amount.value in deposits and amount.role in ("current", "sale"):
                amount.role = "excluded"
    if struck_values:
        # "$45.00 $30.00 — winter sale" where the members' struck price is $30 too: an amount right after a higher
        # struck one is the price it was struck for, whatever else is struck at that value
        now = {id(following) for amount, following in zip(amounts, amounts[1:], strict=False)
               if amount.value in struck_values and following.value < amount.value
               and amount.role in ("current", "sale", "nonmember", "member") and following.role in ("current", "sale")
               and not text[amount.end:following.start].strip(" \t")}  # (on one line)
        for amount in amounts:
            if amount.value in struck_values and amount.role in ("current", "sale") and id(amount) not in now:
                amount.role = "regular"
        # "Non-members: $70 $55" with the $70 struck: the payer's current price follows their struck one
        # (or both in the payer's column: "Winter sale | $22.00 $15.00 | $30.00 $20.00" under "Resident | Non-resident")
        for amount, following in zip(amounts, amounts[1:], strict=False):
            if (amount.value in struck_values and amount.role in ("nonmember", "member", "resident")
                    and following.role in ("current", amount.role) and not text[amount.end:following.start].strip()):
                amount.role, following.role = "regular", amount.role
    for amount, following in zip(amounts, amounts[1:], strict=False):
        # "Guests and partner clinics | $40.00; Early registration: $30.00 through January 31, 2027": the payers' early
        # tier, open today, on their own line
        if amount.role == "nonmember" and following.role == "sale" and "\n" not in text[amount.end:following.start]:
            amount.role = "regular"
    for amount, following in zip(amounts, amounts[1:], strict=False):
        # "4 monthly payments of $19.75 ($79.00 total)": the plan's sum restated, in the plan's role (a members' plan)
        if (amount.per_payment and following.value == amount.value and following.role == "current"
                and text[amount.end:following.start].strip() in ("(", "", "—", "-", "=")):
            following.role = "excluded"
    for amount, following in zip(amounts, amounts[1:], strict=False):
        # "Price per seat $119.00 $109.00" (a group tier table read as one line): the run goes on in its first amount's role
        # (a note between them too: "No donation $10 (suggested) $25", a donation's choices)
        if (amount.role == "excluded" and following.role == "current"
                and not _NOTE_IN_BRACKETS.sub("", text[amount.end:following.start]).strip()):
            following.role = "excluded"
    for index, amount in enumerate(amounts):
        # a row's cell repeating the amount its first cell names ("deposit Pay $60.00 now ... | $60.00"): the same amount
        if amount.role == "current" and any(
                earlier.role == "excluded" and earlier.value == amount.value and "\n" not in text[earlier.end:amount.start]
                and " | " in text[earlier.end:amount.start] for earlier in amounts[:index]):
            amount.role = "excluded"
    # a group ticket's share per person ("The Group of 5 ticket is $245 ($49 per person)") shown alone elsewhere ("From $49
    # per person"): the group's rate, not the price, when another price is current
    group_each = {v for m in _GROUP_EACH.finditer(text) if (v := _to_float(m.group(1))) is not None} if "roup" in text else set()
    if group_each and any(a.role == "current" and a.value not in group_each for a in amounts):
        for amount in amounts:
            if amount.role == "current" and amount.value in group_each:
                amount.role = "excluded"
    # "$58 per student, paid in full" beside "Or pay per session: $32 per evening, 2 evenings ($64 total)" and "Pay $32
    # now, $32 before evening 2": the price paid in full is the price, the payments session by session a plan
    full = next((a for a in amounts if a.role == "current" and _PAY_IN_FULL.search(_sentence_around(text, a.start, a.end))),
                None) if "full" in text else None
    if full is not None:
        for amount in amounts:
            if (amount.role == "current" and amount.value != full.value
                    and _PAY_AS_YOU_GO.search(_sentence_around(text, amount.start, amount.end))):
                amount.role = "excluded"
    # an amount alone on its line ("$50.00" under a booking card's "Starting from $50.00") whose value is only that of
    # rows the block excludes (a group seat's "| $50.00 |"): those rows' amount, when another price is current
    alone = [a for a in amounts if a.role == "current" and _alone_on_its_line(text, a)]
    if alone:
        excluded = {a.value for a in amounts if a.role == "excluded"}
        elsewhere = {a.value for a in amounts if a.role != "excluded" and not any(a is b for b in alone)}
        echoes = [a for a in alone if a.value in excluded and a.value not in elsewhere]
        if echoes and any(a.role == "current" and not any(a is e for e in echoes) for a in amounts):
            for amount in echoes:
                amount.role = "excluded"
    # a price shown alone ("$39" over "Early-bird price ($29) ends January 6, 2027") that the block dates as the later
    # tier ("Regular | $39 | From January 7, 2027"): that tier, when another price is current
    later = {a.value for a in amounts if a.role == "regular" and _FROM_A_DAY_AFTER.match(text[a.end:a.end + 60].lstrip(" |"))}
    if later and any(a.role in ("current", "sale") and a.value not in later for a in amounts):
        for amount in amounts:
            if amount.role == "current" and amount.value in later:
                amount.role = "regular"
    ranged = _unlabelled_range(text, amounts)
    by_role: dict[str, list[_Amount]] = {}
    for amount in amounts:
        by_role.setdefault(amount.role, []).append(amount)
    payments = {a.per_payment for a in amounts if a.per_payment}
    for role in ("current", "sale") if payments else ():  # "$ 22.50" shown alone is one of the "4 payments of $ 22.50"
        if by_role.get(role):
            by_role[role] = [a for a in by_role[role] if a.value not in payments]
    if by_role.get("certificate"):  # "Free / $0 / no certificate" beside "CE certificate upgrade $19": the fee is $19
        for role in ("sale", "current", "nonmember"):  # ("Watch | $0 everyone" beside "CE certificate | $15")
            if role in by_role:
                by_role[role] = [a for a in by_role[role] if a.value > 0]
    if by_role.get("total") and any(a.value > 0 for a in amounts if a.role in ("nonmember", "current", "sale", "instalment")):
        # "Total $0.00" under a registration form's choices: the sum of what is ticked so far, not a price
        by_role["total"] = [a for a in by_role["total"] if a.value > 0]
    if by_role.get("total") and payments:
        # "Tuition is paid in two installments of $48" over a payment form's "Total: $48.00": the first payment due now
        by_role["total"] = [a for a in by_role["total"] if a.value not in payments]
    plan_sums = {a.value for a in by_role.get("instalment", [])}
    member_values = {a.value for a in by_role.get("member", [])}
    paid_in_full = [a for a in by_role.get("current", []) if a.value not in plan_sums and a.value not in member_values]
    if by_role.get("total") and plan_sums and (_PAY_IN_FULL.search(text) or paid_in_full):
        # "Pay in full — $42.00 / 3 monthly payments of $15.00 / $45.00 total": the plan's sum restated, not the price
        # ("The fee is $120 ... or three monthly payments of $42, which comes to $126 in total": the same)
        # (but a fee table's total of its rows stands: "Tuition | $180.00" / "Course fee | $25.00" / "Total | $205.00" beside
        # "2 installments of $102.50", the same sum paid in two)
        by_role["total"] = [a for a in by_role["total"] if a.value not in plan_sums or _sums_its_rows(text, amounts, a)]
    if "regular" in by_role:
        info.regular_price_usd = by_role["regular"][0].value
    members = [a for a in by_role.get("member", []) if not _staff_rate(text, a.start)]
    if members:
        info.member_price_usd = _members_own(text, members).value
    member_free = _members_pay_nothing(text)
    if member_free and info.member_price_usd is None and not _staff_rate(text, member_free.end(),
                                                                         _part_start(text, member_free.start())):
        info.member_price_usd = 0.0
    chosen: _Amount | None = None
    roles = ("total", "nonmember", "sale", "current", "resident", "instalment", "certificate")
    if by_role.get("certificate") and by_role.get("instalment") and _same_sentence(text, by_role["certificate"][0],
                                                                                 by_role["instalment"][0]):
        roles = (*roles[:5], "certificate", "instalment")  # "The certificate is $30, or 2 payments of $16": paid in full
    for role in roles:
        if by_role.get(role):
            # among plain current prices the lowest is the sale price when two are shown
            group = by_role[role]
            chosen = min(group, key=lambda a: a.value) if role == "current" and len(group) > 1 and "regular" not in by_role and _looks_like_sale(text) else group[0]
            if role == "instalment":
                info.notes.append("instalments totalled")
            if role == "certificate":
                info.notes.append("free content, paid certificate")
            break
    free_match = _free_match(text)
    if chosen is None and by_role.get("regular") and free_match is None and not struck and not struck_values:
        # "Regular price $75.00" with no sale price beside it (store themes label every price so): the price today
        chosen = by_role["regular"][0]
        info.regular_price_usd = None
    # a fee restating the price ("Registration fee: $65" and "The fee is $65") is not added to it
    addons = {(a.label, a.value): a for a in by_role.get("addon", []) if chosen is None or a.value != chosen.value}
    extra = round(sum(a.value for a in addons.values()), 2)
    if chosen is not None and any(abs(part.value + extra - chosen.value) < 0.005 for part in by_role.get("current", [])):
        addons = {}  # "$165 (tuition $140 plus a $25 online course fee)": the price told with its parts, fee included
    if addons and (chosen is None or chosen.role in ("current", "nonmember", "sale")):
        if chosen is None:
            first = min(addons.values(), key=lambda a: a.start)
            chosen = _Amount(extra, first.start, first.end, "addon")
        else:
            chosen = _Amount(round(chosen.value + extra, 2), chosen.start, chosen.end, chosen.role)
        info.notes.append("tuition and required fees totalled")
    split = _DEPOSIT_AND_BALANCE.search(text)
    if split is not None:  # "$30.00 deposit today + $80.00 balance due at check-in": the two are the price
        parts = [_to_float(split.group(1)), _to_float(split.group(2))]
        if None not in parts and (chosen is None or chosen.value == parts[1]):  # (not the balance alone)
            info.price_usd = round(sum(parts), 2)  # type: ignore[arg-type]
            info.evidence = _sentence_around(shown, split.start(), split.end())
            info.notes.append("deposit and balance totalled")
            return info
    if (chosen is not None and chosen.role == "current" and free_match is not None and free_match.start() < chosen.start
            and "\n" in text[free_match.end():chosen.start] and _FREE_FEE_ROW.match(text, text.rfind("\n", 0, free_match.start()) + 1)
            and not _FREE_TO_USE.match(text, free_match.end())
            and not _SOLD_CERTIFICATE.search(text, free_match.end(), max(text.find("\n", free_match.end()), 0) or len(text))
            # ("Tuition: free" over "Free tuition · certificate $15": the certificate's fee is the price)
            and not _SOLD_CERTIFICATE.search(_sentence_around(text, chosen.start, chosen.end))):
        chosen = None  # "Cost | Free, for members and non-members alike" over a later line's bare "$15": the row states it
    if chosen is not None and chosen.value > 0:
        info.price_usd = chosen.value
        # an amount alone on its line ("$129" in a buy box) is quoted where the page says it with words, if it does
        # ("$129 paid in full at enrollment, or 3 monthly payments of $45")
        said = next((a for a in amounts if a.value == chosen.value and a.role == chosen.role
                     and not _alone_on_its_line(text, a)), None) if _alone_on_its_line(text, chosen) else None
        quoted = said or chosen
        info.evidence = _sentence_around(shown, quoted.start, quoted.end)
        return info
    if free_match is not None:
        info.price_usd = 0.0
        info.is_free = True
        if info.member_price_usd:  # "Free through December 31 — regularly $30.00 ($20.00 for members)": their later price
            info.member_price_usd = None
        info.evidence = _sentence_around(shown, free_match.start(), free_match.end())
        if _FREE_REGULAR.search(text) and info.regular_price_usd is not None:
            info.notes.append("free for now; regular price kept as history")
        return info
    if chosen is not None:  # "$0" with no other price
        info.price_usd = 0.0
        info.is_free = chosen.role in ("current", "nonmember", "sale")
        info.evidence = _sentence_around(shown, chosen.start, chosen.end)
    elif member_free is not None:
        info.evidence = _sentence_around(shown, member_free.start(), member_free.end())
        info.notes.append("free for members only")
    elif ranged is not None:
        info.evidence = _sentence_around(shown, ranged.start, ranged.end)
        info.notes.append("a price range: what one pays depends on options the page does not name")
    return info


# an amount the page calls a deposit ("The $25 listed price is a deposit that holds your seat", "a $40.00 deposit")
_NAMED_DEPOSIT = re.compile(r"\$\s?(\d[\d,]*(?:\.\d\d)?)\b(?:[^$.;\n]{0,30}?\b(?:is|are|as) (?:an?|the|your) )?"
                            r"\s*(?:non-?refundable\s+)?deposit\b", re.I)
# a price of another year's offering ("Last year's asthma workshop was $60")
_ANOTHER_YEAR = re.compile(r"\b(?:last|previous|past) (?:year|season|spring|summer|fall|autumn|winter)['’]s\b[^$.;?]{0,50}$", re.I)
# a sentence saying this course's fees are not set yet: its amounts are other years' or guesses
_FEES_NOT_SET = re.compile(r"\b(?:hasn['’]t|has not|haven['’]t|have not|not yet|yet to)\s+(?:been\s+)?(?:set|decided|announced|finali[sz]ed)\b"
                           r"[^.;]{0,30}?\b(?:fees?|prices?|pricing|costs?|rates?)\b|"
                           r"\b(?:fees?|prices?|pricing|costs?|rates?)\b[^.;]{0,20}?\b(?:(?:is|are) )?(?:not (?:yet )?(?:been )?set|"
                           r"tbd|tba|to be (?:announced|determined|set|confirmed))\b", re.I)
# a fee beside the price, named before its amount ("a payment-plan enrollment fee of $6", "a late fee of $10")
_SIDE_FEE_OF = re.compile(r"\b(?:payment[- ]plan|instal?lment|processing|handling|late|transfer|cancell?ation|replacement|"
                          r"rescheduling)\s+(?:[\w-]+\s+)?fee\s+of\s*$", re.I)
# another offering announced by when it comes back ("Phlebotomy skills nights return in April")
_RETURNS_LATER = re.compile(r"\b(?:returns?|is back|are back|resumes?|comes? back)\s+(?:in|this|next)\s+(?:jan|feb|mar|apr|may|jun|"
                            r"jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|year)", re.I)
# a sentence about the balance left after a deposit: its amounts are parts of the price
_BALANCE_SENTENCE = re.compile(r"^\W*(?:the |your |a )?(?:remaining )?balance\b", re.I)
# a price paid in two parts: a deposit now and the balance later
_DEPOSIT_AND_BALANCE = re.compile(r"\$\s?(\d[\d,]*(?:\.\d\d)?)\s*(?:non-?refundable\s+)?deposit\b[^$\n]{0,60}?"
                                  r"\$\s?(\d[\d,]*(?:\.\d\d)?)\s*(?:remaining\s+)?(?:balance|due)\b", re.I)
_RANGE_DASH = re.compile(r"\s*(?:-|–|—|to)\s*$")


_GROUP_EACH = re.compile(r"\bgroup\b[^.\n$]{0,40}" + DOLLARS + r"\s*\(\s*\$\s?(\d[\d,]*(?:\.\d{2})?)\s*"
                         r"(?:per person|each|a head|per seat|per attendee)\s*\)", re.I)


def _alone_on_its_line(text: str, amount: _Amount) -> bool:
    """True when the amount is all its line holds ("$50.00" under a card's label)."""
    line_start, line_end = text.rfind("\n", 0, amount.start) + 1, text.find("\n", amount.end)
    return not text[line_start:amount.start].strip() and not text[amount.end:line_end if line_end >= 0 else len(text)].strip()


def _unlabelled_range(text: str, amounts: list[_Amount]) -> _Amount | None:
    """The first amount of a range with no labels ("$149 – $199"); both amounts stop being the price,
    since which one a non-member pays is not said (labelled ends, "Members $149 – Others $199", keep their roles)."""
    first: _Amount | None = None
    for low, high in zip(amounts, amounts[1:], strict=False):  # (every range: a page may repeat it, "Cost: $15 – $25")
        if (low.role == high.role == "current" and low.value < high.value
                and _RANGE_DASH.match(text[low.end:high.start])):
            low.role = high.role = "range"
            first = first or low
    return first


_SALE_WORDS = re.compile(r"\b(?:sale|now|save|discount|special|limited time|launch|early[- ]bird|introductory|oferta|descuento|rebaja|"
                         r"early (?:registration|rate|enrol(?:l)?ment)(?! (?:pricing |rates? |prices? )?(?:has |have )?(?:ended|closed|expired))|"
                         # "$54, or $49 if you register by January 31, 2027": an early rate
                         r"(?:if|when) you (?:register|enrol|enroll|sign up|book|pay)(?: on or)? (?:by|before)|"
                         # "$40 ($35 if paid by February 1, 2027)"
                         r"(?:if|when) (?:paid|received|registered|postmarked)(?: on or)? (?:by|before)|"
                         r"ends (?:soon|today|tonight|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|\d+% off)\b",
                         re.I)


def _looks_like_sale(text: str) -> bool:
    return bool(_SALE_WORDS.search(text))


# "dates may be changed once at no charge": what is free is the change, not the course
# (or a colleague sent in one's place: "you may send a colleague in your place at no charge")
_FREE_CHANGE = re.compile(r"\b(?:changed?|reschedul\w*|transferr?\w*|swap\w*|substitut\w*|moved?|send)\s+(?:[\w'’]+\s+){0,6}$", re.I)


# a student programme's free place ("AHEC Scholars attend at no cost"): neither the price nor a members' price
_STUDENTS_FREE = re.compile(r"\b(?:scholars|students|trainees|residents|interns|externs|apprentices)\b[^.;$\n]{0,40}?$", re.I)


def _free_match(text: str) -> re.Match[str] | None:
    for match in _FREE.finditer(text):
        if _STUDENTS_FREE.search(text, max(0, match.start() - 45), match.start()):
            continue
        # what is free is read on its own line ("Cost: FREE" is not "Free parking" on the next line)
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        # "Free" over "for members" is members', and so is a group the sentence opens with ("Graduates of the PMCC
        # Medical Assisting program may take this course free of charge")
        opening = text.rfind(". ", line_start, match.start())
        sentence_start = max(opening + 2 if opening >= 0 else line_start, match.start() - 120)
        # (to its sentence's end: "Fee | None. Open at no cost to Redfir Health staff and to ..." is free to all)
        closing = text.find(". ", match.end(), match.end() + 60)
        # (a label on the line above may say whose it is, unless the line has its own: "Non-Member | Free" under
        # "GMSSMA Member | Free")
        reach_back = line_start if text[line_start : match.start()].strip() else max(0, match.start() - 30)
        window = text[min(sentence_start, reach_back) : closing if closing >= 0 else match.end() + 60]
        if (_FREE_FOR_MEMBERS.search(window)
                or _FREE_NOT_COURSE.search(text[max(line_start, match.start() - 12) : min(line_end, match.end() + 25)])
                or _FREE_CHANGE.search(text, max(line_start, match.start() - 70), match.start())):
            continue
        return match
    return None
