"""Medical-assisting CE topics: titles, AAMA category, summary, need and objectives.

Each site draws its courses from this table and words them its own way. Categories
follow the AAMA Content Outline grouping in DOMAIN.md section 3.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    """One subject a course can teach."""

    key: str
    category: str  # administrative | clinical | general
    titles: tuple[str, ...]
    summary: str
    need: str  # the practice gap, used in rationale sentences
    objectives: tuple[str, ...]  # verb phrases, each completes "You will be able to ..."
    hours: float = 1.0


def _t(key: str, category: str, titles: str, summary: str, need: str, objectives: str,
       hours: float = 1.0) -> Topic:
    return Topic(key, category, tuple(titles.split(" | ")), summary, need,
                 tuple(objectives.split(" | ")), hours)


TOPICS: tuple[Topic, ...] = (
    _t("order-of-draw", "clinical",
       "Phlebotomy Essentials: Order of Draw | Order of Draw and Tube Additives | Venipuncture Refresher: Getting the Order of Draw Right | Blood Collection Tubes Demystified",
       "A practical review of evacuated-tube order of draw, additives and how carry-over contaminates results.",
       "additive carry-over from an incorrect order of draw remains a common cause of rejected specimens and repeat sticks",
       "list the CLSI order of draw for evacuated tubes | identify the additive in each colour-coded tube | describe how carry-over alters potassium and coagulation results | demonstrate correct tube inversion counts | recognise specimens that must be rejected", 1.5),
    _t("difficult-draws", "clinical",
       "Difficult Venipuncture: Rolling Veins, Geriatric and Paediatric Patients | Mastering Difficult Blood Draws | Butterfly Needles and Hand Veins",
       "Site selection, equipment choice and patient positioning for difficult venipuncture.",
       "failed first attempts increase patient anxiety, haematoma and specimen haemolysis",
       "select an alternative venipuncture site when the antecubital veins are unsuitable | choose between a butterfly set and a straight needle | apply techniques to anchor a rolling vein | explain how to prevent haemolysis in small veins", 1.0),
    _t("ekg-basics", "clinical",
       "12-Lead EKG Placement for Medical Assistants | EKG Lead Placement and Artifact Troubleshooting | Getting a Clean ECG Tracing | Electrocardiography Basics",
       "Correct limb and precordial lead placement, patient preparation and recognising artifact on a 12-lead tracing.",
       "misplaced precordial leads can mimic infarction patterns and lead to unnecessary referrals",
       "locate the landmarks for V1 through V6 | prepare the skin to reduce artifact | distinguish somatic tremor, wandering baseline and AC interference | describe when to repeat a tracing", 2.0),
    _t("ekg-rhythms", "clinical",
       "Recognising Common Cardiac Rhythms | Rhythm Strip Basics: Sinus, AFib and PVCs | Arrhythmia Recognition for the Ambulatory Clinic",
       "An introduction to reading rhythm strips and knowing which rhythms need the provider right away.",
       "medical assistants are often the first to see a tracing and must know which rhythms to escalate",
       "calculate heart rate from a rhythm strip | identify normal sinus rhythm, atrial fibrillation and premature ventricular contractions | recognise rhythms that require immediate provider notification", 1.5),
    _t("infection-control", "clinical",
       "Infection Control in the Ambulatory Setting | Standard Precautions and Hand Hygiene | Breaking the Chain of Infection | Infection Prevention Update for Clinical Staff",
       "Standard and transmission-based precautions, hand hygiene and cleaning of reusable equipment in outpatient care.",
       "outpatient clinics have fewer infection-prevention staff than hospitals and rely on every team member",
       "describe the six links in the chain of infection | apply standard and transmission-based precautions | demonstrate the WHO five moments of hand hygiene | differentiate cleaning, disinfection and sterilisation", 1.0),
    _t("sterilization", "clinical",
       "Sterilization and Autoclave Monitoring | Instrument Reprocessing for Medical Assistants | Autoclave Loads, Indicators and Logs",
       "Preparing, loading and monitoring autoclave cycles, with biological and chemical indicators.",
       "reprocessing errors are a leading citation in ambulatory surgery and clinic inspections",
       "explain the difference between chemical and biological indicators | load an autoclave correctly | document sterilization cycles | respond to a failed spore test", 1.0),
    _t("vital-signs", "clinical",
       "Accurate Vital Signs: Blood Pressure Technique | Vital Signs Done Right | Blood Pressure Measurement: Avoiding the Ten Common Errors | Measuring Vital Signs in Adults and Children",
       "Evidence-based technique for blood pressure, pulse, respiration, temperature and pulse oximetry.",
       "small errors in cuff size and positioning can shift a blood pressure reading by 10 mmHg or more",
       "select the correct cuff size | position the patient for an accurate blood pressure | measure pulse, respirations and temperature | identify readings that must be reported to the provider", 1.0),
    _t("pharm-math", "clinical",
       "Dosage Calculations for Medical Assistants | Pharmacology Math Refresher | Medication Math Without Fear",
       "Ratio-proportion and dimensional analysis for oral and injectable medication doses.",
       "calculation errors are among the most preventable medication errors in ambulatory care",
       "convert between metric units | calculate oral and parenteral doses using ratio-proportion | verify a dose with dimensional analysis | apply the rights of medication administration", 2.0),
    _t("injections", "clinical",
       "Injection Techniques: IM, Subcutaneous and Intradermal | Safe Injection Practices | Administering Injections in the Medical Office",
       "Site selection, needle choice and technique for intramuscular, subcutaneous and intradermal injections.",
       "injection site errors cause shoulder injuries related to vaccine administration and reduced vaccine efficacy",
       "select the appropriate needle length and gauge | identify the deltoid, vastus lateralis and ventrogluteal sites | demonstrate the Z-track method | describe safe sharps handling", 1.5),
    _t("immunizations", "clinical",
       "Immunization Schedules and Vaccine Storage | Vaccine Handling and Cold Chain Management | Adult and Childhood Immunization Update",
       "Current CDC schedules, vaccine storage and handling, and documentation of administered vaccines.",
       "temperature excursions waste vaccine and can leave patients unprotected",
       "interpret the current CDC child and adult schedules | maintain the vaccine cold chain | document vaccine administration and VIS delivery | respond to a temperature excursion", 1.0),
    _t("pharmacology-common", "clinical",
       "Top 50 Drugs in Primary Care | Pharmacology Review: Common Outpatient Medications | Drug Classes Every MA Should Know",
       "Drug classes, common side effects and patient counselling points for frequently prescribed medications.",
       "medical assistants reconcile medication lists daily and must recognise common drug classes",
       "identify the class of commonly prescribed medications | describe common side effects | recognise look-alike sound-alike drug names | perform an accurate medication reconciliation", 2.0),
    _t("cpr-first-aid", "clinical",
       "Office Emergencies: First Aid and Rapid Response | Medical Emergencies in the Outpatient Clinic | Responding to Syncope, Seizures and Anaphylaxis",
       "Recognising and responding to common emergencies in the medical office until help arrives.",
       "clinic emergencies are rare, so skills decay quickly without regular review",
       "recognise signs of anaphylaxis, stroke and hypoglycaemia | describe the role of the medical assistant in an office code | check and restock an emergency cart | document an emergency event", 1.0),
    _t("specimen-handling", "clinical",
       "Specimen Collection, Labelling and Transport | Pre-Analytical Errors: Labelling and Handling Specimens | Urine and Swab Specimen Collection",
       "Collecting, labelling and transporting urine, swab and blood specimens to avoid pre-analytical error.",
       "most laboratory errors happen before the specimen reaches the analyser",
       "label specimens in the presence of the patient | instruct a patient to collect a clean-catch urine | package specimens for transport | identify causes of specimen rejection", 1.0),
    _t("poc-testing", "clinical",
       "Point-of-Care Testing and CLIA-Waived Tests | CLIA-Waived Testing: Quality Control | Glucose, Strep and Urinalysis at the Point of Care",
       "Performing CLIA-waived tests with proper quality control and documentation.",
       "waived tests still require quality control, and errors go straight into the chart",
       "describe CLIA waived-test requirements | perform and document quality control | interpret control results | explain when to repeat a test", 1.0),
    _t("patient-intake", "clinical",
       "Rooming the Patient: Intake, History and Screening | Patient Intake Best Practices | The Ten-Minute Rooming Workflow",
       "Efficient and accurate rooming: chief complaint, history, screenings and medication reconciliation.",
       "incomplete intake is a frequent cause of missed screenings and care gaps",
       "document a chief complaint in the patient's words | complete standard depression and fall-risk screenings | update allergies and medications | prepare the patient for the provider", 1.0),
    _t("diabetes-care", "clinical",
       "Supporting Patients with Diabetes | Diabetes Foot Exams and A1c Monitoring | Diabetes Care for the Medical Assistant",
       "The medical assistant's part in diabetes care: foot exams, point-of-care A1c, glucose meters and patient coaching.",
       "diabetes quality measures depend on tasks that medical assistants perform at rooming",
       "perform a monofilament foot screening | explain A1c targets to patients in plain language | teach glucose meter use | identify care gaps before the visit", 1.0),
    _t("nutrition", "clinical",
       "Nutrition Basics for Patient Education | Therapeutic Diets Overview | Nutrition Counselling Support",
       "Core nutrition concepts and therapeutic diets that medical assistants reinforce with patients.",
       "patients often ask the medical assistant to explain dietary instructions after the visit",
       "describe the components of a balanced diet | explain sodium- and carbohydrate-controlled diets | locate reliable patient education materials", 1.0),
    _t("icd10", "administrative",
       "ICD-10-CM Coding Fundamentals | Diagnosis Coding with ICD-10-CM | ICD-10-CM Guidelines Update | Coding Chronic Conditions in ICD-10-CM",
       "Structure of ICD-10-CM, the official guidelines and coding to the highest specificity.",
       "unspecified diagnosis codes trigger denials and understate patient complexity",
       "navigate the ICD-10-CM index and tabular list | apply the official coding guidelines | assign codes to the highest specificity | recognise combination codes", 2.0),
    _t("cpt-em", "administrative",
       "CPT and E/M Coding for Office Visits | Evaluation and Management Coding Basics | Understanding Office Visit Levels",
       "How office E/M levels are chosen by medical decision making or time, with modifiers.",
       "E/M documentation rules changed and many offices still code from outdated habits",
       "explain how medical decision making determines an E/M level | select a level by total time | apply modifiers 25 and 59 correctly", 1.5),
    _t("billing", "administrative",
       "Medical Billing and the Revenue Cycle | Claims, Denials and Appeals | From Check-In to Payment: The Revenue Cycle",
       "The revenue cycle from registration to payment posting, with common denial reasons.",
       "front-end errors cause most claim denials and are the cheapest to fix",
       "trace a claim through the revenue cycle | identify front-end causes of denials | prepare a simple appeal | post payments and adjustments", 1.5),
    _t("insurance", "administrative",
       "Insurance Verification and Prior Authorization | Prior Authorization Without the Headache | Eligibility, Benefits and Referrals",
       "Verifying eligibility and benefits, obtaining prior authorizations and managing referrals.",
       "missed prior authorizations delay care and leave patients with unexpected bills",
       "verify eligibility and benefits before the visit | determine when prior authorization is required | track referrals to completion | explain patient financial responsibility", 1.0),
    _t("scheduling", "administrative",
       "Patient Scheduling and Front-Desk Excellence | Scheduling Models and No-Show Reduction | Managing the Appointment Book",
       "Scheduling models, triage of appointment requests and reducing no-shows.",
       "no-shows cost practices revenue and access for other patients",
       "compare wave, stream and open-access scheduling | triage appointment requests by urgency | apply reminder strategies to reduce no-shows", 1.0),
    _t("ehr", "administrative",
       "EHR Documentation Best Practices | Working Smarter in the Electronic Health Record | EHR Data Entry and Record Integrity",
       "Accurate, timely EHR documentation, templates, copy-forward risks and record integrity.",
       "copy-forward and template misuse create inaccurate records and compliance risk",
       "document in the EHR accurately and promptly | recognise risks of copy-forward | correct an error in the electronic record properly", 1.0),
    _t("telehealth", "administrative",
       "Telehealth Visits: The Medical Assistant's Role | Preparing Patients for Virtual Visits | Telehealth Workflow and Etiquette",
       "Pre-visit preparation, technology checks and documentation for telehealth encounters.",
       "telehealth visits fail most often because of preventable pre-visit problems",
       "prepare a patient for a video visit | troubleshoot common connection problems | document telehealth consent and modality", 1.0),
    _t("hipaa", "general",
       "HIPAA Privacy and Security for Medical Assistants | HIPAA Refresher: Privacy in Everyday Practice | Protecting Patient Information | HIPAA Annual Update",
       "The Privacy and Security Rules applied to everyday clinic situations, including breaches and patient rights.",
       "most privacy incidents in clinics come from everyday habits rather than hackers",
       "define protected health information | apply the minimum necessary standard | describe patients' right of access | respond to a suspected breach", 1.0),
    _t("law", "general",
       "Medical Law for the Ambulatory Clinic | Scope of Practice and Liability | Legal Issues Every Medical Assistant Should Know",
       "Scope of practice, negligence, consent and documentation as legal protection.",
       "scope-of-practice questions are among the most common calls to state societies",
       "define negligence and its four elements | explain informed and implied consent | describe scope-of-practice limits for medical assistants | use documentation as legal protection", 1.0),
    _t("ethics", "general",
       "Ethics in Healthcare: Everyday Dilemmas | Professional Ethics for Medical Assistants | Ethical Decision Making at Work",
       "A practical framework for ethical decisions, with clinic case studies.",
       "medical assistants face ethical dilemmas daily but rarely receive structured training",
       "apply a four-step ethical decision model | distinguish legal from ethical obligations | discuss confidentiality dilemmas in case studies", 1.0),
    _t("communication", "general",
       "Therapeutic Communication with Patients | Communicating with Difficult Patients | Patient-Centred Communication Skills | Active Listening in the Clinic",
       "Therapeutic communication techniques, active listening and managing difficult conversations.",
       "communication problems underlie most patient complaints",
       "use open-ended questions and reflection | recognise barriers to communication | apply de-escalation techniques with an upset patient | use teach-back to confirm understanding", 1.0),
    _t("cultural", "general",
       "Cultural Humility and Health Equity | Working with Interpreters and Diverse Patients | Health Literacy and Cultural Competence",
       "Cultural humility, working with interpreters and addressing health literacy.",
       "language and literacy barriers are linked to medication errors and missed follow-up",
       "describe cultural humility | work effectively with a qualified interpreter | assess health literacy and adapt materials", 1.0),
    _t("terminology", "general",
       "Medical Terminology Refresher | Word Parts and Abbreviations | Medical Terminology: Body Systems Review",
       "Prefixes, suffixes, roots and safe abbreviations across body systems.",
       "unclear abbreviations remain a recognised cause of medication and documentation errors",
       "build and break down medical terms from word parts | use approved abbreviations | recognise abbreviations on the do-not-use list", 2.0),
    _t("professionalism", "general",
       "Professionalism and Workplace Conduct | Teamwork and Professional Boundaries | Career Growth for the CMA",
       "Professional behaviour, boundaries, teamwork and career development.",
       "turnover among medical assistants is high and professional development improves retention",
       "describe professional boundaries with patients | give and receive constructive feedback | plan continuing education for recertification", 1.0),
    _t("osha", "general",
       "OSHA Bloodborne Pathogens and Workplace Safety | Workplace Safety and Hazard Communication | OSHA Compliance for the Medical Office",
       "The bloodborne pathogens standard, hazard communication, sharps injuries and exposure response.",
       "sharps injuries and chemical exposures remain common in outpatient settings",
       "describe the OSHA bloodborne pathogens standard | read a safety data sheet | respond to a needlestick exposure | maintain an exposure control plan", 1.0),
    _t("risk", "general",
       "Risk Management and Patient Safety | Preventing Errors in the Medical Office | Incident Reporting and Just Culture",
       "Error prevention, incident reporting and a just culture of safety.",
       "reporting near misses prevents harm but staff often fear blame",
       "identify common error types in ambulatory care | complete an incident report | explain just culture", 1.0),
    _t("mental-health", "general",
       "Mental Health First Aid in the Clinic | Supporting Patients with Anxiety and Depression | Suicide Risk Screening Basics",
       "Recognising mental-health crises, screening tools and compassionate responses.",
       "depression screening at rooming is now routine, and positive screens need a calm response",
       "administer the PHQ-2 and PHQ-9 | recognise warning signs of suicide risk | follow the clinic protocol for a positive screen", 1.0),
)

# Courses that span categories: (title, topic key for wording, credits per category).
MIXED_SPLITS: tuple[tuple[str, str, dict[str, float]], ...] = (
    ("Phlebotomy and HIPAA: Safe, Private Specimen Collection", "specimen-handling", {"clinical": 1.0, "general": 0.5}),
    ("Coding for Injections and Immunizations", "immunizations", {"administrative": 1.0, "clinical": 1.0}),
    ("Documentation, Law and the EHR", "ehr", {"administrative": 0.5, "general": 1.0}),
    ("Vital Signs and Patient Communication", "vital-signs", {"clinical": 1.0, "general": 1.0}),
    ("Billing Compliance and Medical Ethics", "billing", {"administrative": 1.0, "general": 1.0}),
    ("Infection Control and OSHA Safety", "osha", {"clinical": 1.0, "general": 0.5}),
)


def topic_by_key(key: str) -> Topic:
    """The topic with this key."""
    for topic in TOPICS:
        if topic.key == key:
            return topic
    raise KeyError(key)


def pick_titles(rng: random.Random, count: int, offset: int = 0) -> list[tuple[Topic, str]]:
    """``count`` distinct (topic, title) pairs; ``offset`` shifts which title variant a site uses."""
    order = list(TOPICS)
    rng.shuffle(order)
    picked: list[tuple[Topic, str]] = []
    round_no = 0
    while len(picked) < count:
        for topic in order:
            if len(picked) == count:
                break
            index = offset + round_no
            if index - offset < len(topic.titles):
                picked.append((topic, topic.titles[index % len(topic.titles)]))
        round_no += 1
        if round_no > 5:
            raise ValueError("not enough distinct titles")
    return picked
