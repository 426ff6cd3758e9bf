"""One seeded generator of realistic course records for tests, the demo and benchmarks.

``generate_records(n, seed)`` returns ``n`` DESIGN.md course records (plus the
extras the store keeps: member price, live dates, topics). The same seed always
gives the same catalogue, so a failing test or a benchmark can be reproduced.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

from catalog.models import CATEGORIES, CRITERIA

# Topics by AAMA content-outline category (DOMAIN.md section 3).
TOPICS = {
    "administrative": [
        "Medical Billing Basics", "ICD-10-CM Coding Update", "CPT Coding for Office Visits",
        "Insurance Verification", "Patient Scheduling Strategies", "EHR Documentation",
        "Revenue Cycle Essentials", "Prior Authorizations", "Records Management",
    ],
    "clinical": [
        "Phlebotomy Refresher", "12-Lead EKG Placement", "Infection Control in the Clinic",
        "Vital Signs Accuracy", "Medication Administration Safety", "Intramuscular Injections",
        "Specimen Collection and Handling", "CPR and First Aid Review", "Pediatric Immunizations",
        "Point-of-Care Testing", "Nutrition Counseling Basics",
    ],
    "general": [
        "HIPAA Privacy and Security", "Medical Law and Ethics", "Patient Communication Skills",
        "Cultural Humility in Care", "Professionalism for Medical Assistants",
        "Medical Terminology Review", "Workplace Safety and OSHA", "Risk Management Basics",
    ],
}
PROVIDERS = [
    ("American Association of Medical Assistants", "aama-elearning.example"),
    ("CareSkills Academy", "careskills.example"),
    ("MedAssist Webinars", "medassist-webinars.example"),
    ("Lakeside Community College CE", "lakeside-cc.example"),
    ("Allied Health Learning Hub", "alliedhub.example"),
    ("Clinic Coders Institute", "cliniccoders.example"),
    ("NurseMA Online", "nursema.example"),
]
FORMATS = ["self-paced online", "live webinar", "in person", "recorded webinar", "home study"]
INSTRUCTORS = [
    "Dana Ortiz, CMA (AAMA), MEd", "Priya Raman, RN, BSN", "Marcus Lee, MD",
    "Jolene Baker, CPC, CCS", "Samuel Okafor, PharmD", "Teresa Kim, RMA, MSN",
]
EVIDENCE = {
    "rationale": "This course is designed for medical assistants who want to refresh their {topic_lower} skills.",
    "learning_outcomes": "Upon completion, you will be able to identify and describe key steps of {topic_lower}.",
    "instructor_credentials": "Presented by {instructor}.",
    "instructional_methods": "Self-paced video lessons with a post-test; passing score 70%.",
    "fees": "Price: {price}",
    "refund_policy": "Cancellations made 7 days before the start date receive a full refund.",
}
WEIGHTS = {
    "rationale": 15, "learning_outcomes": 20, "instructor_credentials": 20,
    "instructional_methods": 15, "fees": 15, "refund_policy": 15,
}


def _checklist(rng: random.Random, topic: str, price_text: str, url: str) -> dict[str, Any]:
    checklist: dict[str, Any] = {}
    for criterion in CRITERIA:
        met = rng.random() < (0.95 if criterion == "fees" else 0.7)
        evidence = None
        if met:
            evidence = EVIDENCE[criterion].format(
                topic_lower=topic.lower(), instructor=rng.choice(INSTRUCTORS), price=price_text
            )
        source = url if criterion != "refund_policy" else url.rsplit("/courses/", 1)[0] + "/refunds"
        checklist[criterion] = {
            "met": met,
            "evidence": evidence,
            "source_url": source if met else None,
            "strength": 1.0 if met else 0.0,
            "contribution": float(WEIGHTS[criterion]) if met else 0.0,
        }
    return checklist


def _credits(rng: random.Random, provider_index: int) -> tuple[float, str, float]:
    if provider_index == 0:
        credits = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])
        return credits, "aama_ceu", credits
    if rng.random() < 0.2:
        credits = rng.choice([0.1, 0.2, 0.3, 0.6])
        return credits, "iacet_ceu", round(credits * 10, 4)
    credits = rng.choice([1.0, 1.0, 1.5, 2.0, 3.0, 4.0])
    unit = "aama_ceu" if rng.random() < 0.6 else "contact_hour"
    return credits, unit, credits


def generate_records(n: int, seed: int = 0, *, now: datetime | None = None) -> list[dict[str, Any]]:
    """``n`` reproducible, varied course records."""
    rng = random.Random(seed)
    now = now or datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    records = []
    for i in range(n):
        provider_index = rng.randrange(len(PROVIDERS))
        provider, host = PROVIDERS[provider_index]
        category = rng.choice(CATEGORIES)
        topic = rng.choice(TOPICS[category])
        title = f"{topic}" if i < 40 else f"{topic} (Part {i % 7 + 1})"
        credits, unit, points = _credits(rng, provider_index)
        split = None
        record_category = category
        if rng.random() < 0.15 and points >= 1:
            other = rng.choice([c for c in CATEGORIES if c != category])
            split = {c: 0.0 for c in CATEGORIES}
            split[category] = round(credits / 2, 2)
            split[other] = round(credits - split[category], 2)
            record_category = "mixed"
        free = rng.random() < 0.25
        price = 0.0 if free else float(rng.choice([15, 19, 25, 29, 35, 45, 59, 79, 120, 249]))
        member = None if free else round(price * 0.6, 2)
        aama = unit == "aama_ceu" and rng.random() < 0.9
        fmt = rng.choice(FORMATS)
        url = f"https://{host}/courses/{'-'.join(topic.lower().split())}-{i}"
        price_text = "Free" if free else f"${price:.2f}"
        checklist = _checklist(rng, topic, price_text, url)
        live = None
        if fmt == "live webinar":
            start = now + timedelta(days=rng.randrange(1, 120), hours=rng.randrange(0, 8))
            live = [start.replace(minute=0, second=0).isoformat()]
        records.append(
            {
                "url": url,
                "site": f"https://{host}",
                "title": title,
                "provider": provider,
                "description": f"{topic} for medical assistants: practical skills for the clinic.",
                "credits": credits,
                "credit_unit": unit,
                "points": points,
                "credits_by_category": split,
                "category": record_category,
                "aama_approved": aama,
                "aama_evidence": f"Approved for {credits} AAMA CEUs." if aama else None,
                "price_usd": price,
                "member_price_usd": member,
                "is_free": free,
                "fee_reasonable": None if rng.random() < 0.1 else rng.random() < 0.8,
                "format": fmt,
                "checklist": checklist,
                "quality_score": float(sum(c["contribution"] for c in checklist.values())),
                "live_dates": live,
                "topics": [topic.lower()],
            }
        )
    return records
