"""Wording variants for checklist items, so no two sites (or courses) say it the same way.

Every function takes a seeded ``random.Random`` and returns plain text; sites wrap it
in their own markup and headings.
"""

from __future__ import annotations

import random
import re

from data.sample_sites._build.common import Instructor
from data.sample_sites._build.topics import Topic


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


_PEOPLE = (
    ("Denise Alvarez", "cg", "CMA (AAMA), BS", "Clinical education coordinator",
     "has trained medical assistants in multi-specialty clinics for 14 years"),
    ("Marcus Webb", "cg", "RN, BSN", "Infection prevention nurse",
     "leads infection prevention for a 40-clinic ambulatory network"),
    ("Priya Raman", "c", "PharmD", "Ambulatory care pharmacist",
     "teaches pharmacology to allied health students and precepts pharmacy residents"),
    ("Laura Kim", "ag", "CMA (AAMA), CPC", "Coding and compliance manager",
     "audits outpatient coding and has taught ICD-10-CM workshops since 2015"),
    ("James O'Connor", "cg", "MD", "Family physician",
     "practises family medicine and serves as medical director of a teaching clinic"),
    ("Angela Brooks", "cag", "RMA, MEd", "Program director, medical assisting",
     "directs an accredited medical assisting programme and writes exam-prep materials"),
    ("Tomasz Nowak", "c", "PA-C", "Physician assistant, cardiology",
     "works in an outpatient cardiology practice reading hundreds of tracings a month"),
    ("Sandra Whitfield", "cg", "MSN, RN, CNE", "Nurse educator",
     "has 20 years of experience in nursing and allied health education"),
    ("Rebecca Tran", "c", "CCMA, CPT", "Lead phlebotomist",
     "supervises outpatient phlebotomy and trains new hires on difficult draws"),
    ("Howard Ellis", "ga", "JD", "Health-care attorney",
     "advises physician practices on scope of practice and privacy law"),
    ("Maria Gonzales", "a", "CMA (AAMA)", "Practice manager",
     "manages a five-provider pediatric office and its revenue cycle"),
    ("Kevin Osei", "cg", "MPH, CIC", "Infection preventionist",
     "is board certified in infection control and consults for outpatient surgery centres"),
    ("Dr. Helen Park", "g", "PhD", "Professor of health communication",
     "researches patient-provider communication and health literacy"),
    ("Nina Patel", "a", "CPC, CPB", "Billing supervisor",
     "has worked denials and appeals for commercial and Medicare payers for 12 years"),
    ("Carlos Mendes", "cg", "DO", "Internal medicine physician",
     "teaches residents and medical assistants in a community health centre"),
    ("Grace Liu", "c", "RD, LDN", "Registered dietitian",
     "counsels patients with diabetes and kidney disease in a primary care setting"),
    ("Tanya Robinson", "c", "CMA (AAMA), CPhT", "Medication safety trainer",
     "trains clinical staff on dosage calculation and injection safety"),
    ("Paul Fischer", "ga", "MS, CHPS", "Privacy officer",
     "is the HIPAA privacy officer of a regional health system"),
    ("Yolanda Harris", "g", "LCSW", "Behavioral health consultant",
     "embeds behavioural health in primary care teams and trains staff on screening"),
    ("Samuel Adeyemi", "c", "RMA, AHI", "Clinical skills instructor",
     "teaches vital signs and EKG labs at a technical college"),
)

INSTRUCTORS: tuple[Instructor, ...] = tuple(
    Instructor(name, cred, role, bio, _slug(name)) for name, _, cred, role, bio in _PEOPLE
)
# Which AAMA categories each presenter plausibly teaches (c/a/g), by instructor slug.
_TEACHES = {_slug(name): cats for name, cats, *_ in _PEOPLE}


def instructor_for(rng: random.Random, topic: Topic) -> Instructor:
    """A presenter whose background fits the topic's category."""
    fitting = [i for i in INSTRUCTORS if topic.category[0] in _TEACHES[i.slug]]
    return rng.choice(fitting)
# Names with no qualification anywhere on the page (instructor_credentials not met).
BARE_NAMES = ("Jessica", "Mike T.", "Coach Dana", "Ashley M.", "Brian")


def rationale(rng: random.Random, topic: Topic, audience: str = "medical assistants") -> str:
    """A purpose / statement-of-need paragraph (meets the rationale criterion)."""
    need = topic.need
    forms = (
        f"This course is designed for {audience} who want to stay current: {need}.",
        f"Why this matters: {need}. This activity closes that gap for {audience}.",
        f"Practice gap: {need}. The activity was planned for {audience} working in outpatient care.",
        f"Purpose: to help {audience} reduce risk where it starts, because {need}.",
        f"Clinics asked us for this course because {need}. It is written for {audience} and other allied health staff.",
        f"Intended audience: {audience}. Need: {need}.",
    )
    return rng.choice(forms)


def slogan(rng: random.Random, topic: Topic) -> str:
    """Marketing copy with no purpose or need (does NOT meet rationale)."""
    forms = (
        "Level up your skills today! Learn from the best and shine at work.",
        "The course everyone is talking about. Enroll now and start learning in minutes!",
        "Fun, fast and 100% online. Your future self will thank you!",
        "Our most popular course! Join thousands of happy learners.",
    )
    return rng.choice(forms)


def outcomes_intro(rng: random.Random) -> str:
    """The line before an objectives list."""
    return rng.choice((
        "Upon completion, participants will be able to:",
        "After completing this course, you will be able to:",
        "At the end of this activity the learner will be able to:",
        "By the end of the session you can:",
        "Participants will:",
        "You will learn to:",
    ))


def objectives(rng: random.Random, topic: Topic) -> list[str]:
    """Observable-verb objectives, a random subset in topic order."""
    items = list(topic.objectives)
    keep = max(2, min(len(items), rng.randint(3, 5)))
    chosen = sorted(rng.sample(range(len(items)), keep))
    return [items[i][0].upper() + items[i][1:] for i in chosen]


def instructor_bio(inst: Instructor) -> str:
    """A one-line bio with role and experience."""
    article = "an" if inst.role[0].lower() in "aeiou" else "a"
    return f"{inst.display} is {article} {inst.role.lower()} who {inst.bio}."


def methods(rng: random.Random, fmt: str) -> str:
    """How the course is taught, for a given format."""
    table = {
        "self-paced online": (
            "Self-paced online module with narrated video lessons and a 10-question post-test (passing score 80%).",
            "Home study: read the illustrated module, then complete the online quiz; 70% is required to pass.",
            "On-demand video lectures, downloadable job aids and case studies, followed by a post-test.",
            "Interactive e-learning with scenario questions and knowledge checks; certificate after the final quiz.",
        ),
        "live webinar": (
            "Live webinar with slides, polling questions and a moderated Q&A; attendance is verified.",
            "Presented live online; participants must attend the full session and answer the evaluation.",
            "Interactive live virtual session with case discussions and a short post-test.",
        ),
        "in person": (
            "Classroom lecture with hands-on practice in the skills lab and a skills check-off.",
            "In-person workshop: demonstration, supervised practice and a written quiz.",
            "Face-to-face instruction with return demonstrations on training arms and manikins.",
        ),
        "hybrid": (
            "Hybrid: online readings before class, then an in-person lab with skills check-off.",
        ),
        "recorded webinar": (
            "Recording of a live webinar with slides; complete the post-test to claim credit.",
            "On-demand replay of the live session plus handouts and a quiz.",
        ),
    }
    return rng.choice(table[fmt])


def refund_inline(rng: random.Random) -> str:
    """A course-page refund sentence."""
    return rng.choice((
        "Refunds are available within 30 days of purchase if less than 25% of the course has been viewed.",
        "Cancel up to 7 days before the session for a full refund; later cancellations receive a credit.",
        "Money-back guarantee: not satisfied? Email us within 14 days for a full refund.",
        "Withdrawals received 48 hours before the start date are refunded minus a $10 processing fee.",
    ))


def all_sales_final(rng: random.Random) -> str:
    """A no-refund statement (still a stated policy)."""
    return rng.choice((
        "All sales final. No refunds or exchanges on digital courses.",
        "Please note: all sales are final and non-refundable.",
    ))
