"""The gap calculator, rule by rule, with the AAMA's own published examples of the 90-day rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from planning_testkit import item

from catalog.errors import BadOptionError
from planning import compute_gap
from planning.cycle import add_months

CERTIFIED = date(2022, 3, 15)  # CMA cycle 2022-03-15 .. 2027-03-31
AS_OF = date(2024, 6, 1)


def cma(items, **kwargs):
    kwargs.setdefault("certified", CERTIFIED)
    kwargs.setdefault("as_of", AS_OF)
    return compute_gap("cma-aama", items, **kwargs)


def full_set():
    """Exactly the CMA requirement, all AAMA."""
    return [
        item("a", credits=10, category="administrative"),
        item("c", credits=10, category="clinical"),
        item("g", credits=10, category="general"),
        item("x", credits=30, category=None),
    ]


# (case id, items, expected counted subset, expected remaining, ignored reasons' starts)
CASES = [
    (
        "empty",
        [],
        {"total": 0, "non_aama": 0},
        {"total": 60, "administrative": 10, "clinical": 10, "general": 10, "aama_approved": 30},
        [],
    ),
    (
        "complete",
        full_set(),
        {"total": 60, "aama_approved": 60},
        {"total": 0, "administrative": 0, "clinical": 0, "general": 0, "aama_approved": 0},
        [],
    ),
    # 50 administrative points: 60 - 50 = 10 is wrong, clinical + general still need 20.
    (
        "categories bind",
        [item("a", credits=50, category="administrative")],
        {"total": 50},
        {"total": 20, "administrative": 0, "clinical": 10, "general": 10, "aama_approved": 0},
        [],
    ),
    # 30 non-AAMA points fill the categories, but 30 AAMA points are still required.
    (
        "aama binds",
        [
            item(c, credits=10, category=c, aama=False)
            for c in ("administrative", "clinical", "general")
        ],
        {"total": 30, "aama_approved": 0, "non_aama": 30},
        {"total": 30, "administrative": 0, "clinical": 0, "general": 0, "aama_approved": 30},
        [],
    ),
    (
        "more than 30 non-AAMA",
        [
            item("g1", "2023-01-01", 25, "general", False),
            item("g2", "2023-02-01", 15, "general", False),
        ],
        {"total": 30, "general": 30, "non_aama": 30},
        {"total": 30, "administrative": 10, "clinical": 10, "general": 0, "aama_approved": 30},
        ["over the non-AAMA cap of 30 points (10 of 15 points not counted)"],
    ),
    # The cap keeps the non-AAMA points that help a category minimum, whatever their date.
    (
        "cap helps categories",
        [
            item("early uncategorised", "2023-01-01", 25, None, False),
            item("late clinical", "2023-09-01", 10, "clinical", False),
            item("aama general", "2023-03-01", 30, "general", True),
        ],
        {"total": 60, "clinical": 10, "general": 30, "aama_approved": 30, "non_aama": 30},
        {"total": 10, "administrative": 10, "clinical": 0, "general": 0, "aama_approved": 0},
        ["over the non-AAMA cap of 30 points (5 of 25 points not counted)"],
    ),
    (
        "college credit = 15 non-AAMA",
        [item("Bio", credits=1, category="general", aama=True, kind="college_credit")],
        {"total": 15, "general": 15, "non_aama": 15, "aama_approved": 0},
        {"total": 45, "administrative": 10, "clinical": 10, "general": 0, "aama_approved": 30},
        [],
    ),
    (
        "fourth CPR card",
        [
            item(f"CPR {n}", day, None, None, False, kind="cpr_card")
            for n, day in enumerate(("2022-04-01", "2022-06-01", "2023-01-01", "2024-01-01"))
        ],
        {"total": 12, "clinical": 12, "non_aama": 12},
        {"total": 48, "administrative": 10, "clinical": 0, "general": 10, "aama_approved": 30},
        ["CPR card beyond the 3 that count"],
    ),
    (
        "under 50 minutes",
        [
            item("short non-AAMA", credits=1, aama=False, minutes=45),
            item("exactly 50 minutes", credits=1, aama=False, minutes=50),
            item("short AAMA counts", credits=0.5, aama=True, minutes=30),
            item("half contact hour", credits=0.5, aama=False),
        ],
        {"total": 1.5, "general": 1.5, "aama_approved": 0.5, "non_aama": 1},
        {
            "total": 58.5,
            "administrative": 10,
            "clinical": 10,
            "general": 8.5,
            "aama_approved": 29.5,
        },
        ["under 50 minutes", "under 50 minutes"],
    ),
    (
        "fractional points",
        [
            item("a", credits=0.1, category="administrative"),
            item("b", credits=0.2, category="administrative"),
            item("c", credits=1.25, category="clinical"),
        ],
        {"total": 1.55, "administrative": 0.3, "clinical": 1.25},
        {
            "total": 58.45,
            "administrative": 9.7,
            "clinical": 8.75,
            "general": 10,
            "aama_approved": 28.45,
        },
        [],
    ),
    (
        "before the cycle start",
        [item("day before", "2022-03-14", 5), item("first day", "2022-03-15", 5)],
        {"total": 5},
        {"total": 55, "administrative": 10, "clinical": 10, "general": 5, "aama_approved": 25},
        ["outside the cycle 2022-03-15 to 2027-03-31 (completed 2022-03-14)"],
    ),
    (
        "after the as-of date",
        [item("future", "2024-06-02", 5)],
        {"total": 0},
        {"total": 60, "administrative": 10, "clinical": 10, "general": 10, "aama_approved": 30},
        ["after the as-of date 2024-06-01"],
    ),
]


@pytest.mark.parametrize(
    ("items", "counted", "remaining", "ignored"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_cma_gap_cases(items, counted, remaining, ignored):
    gap = cma(items)
    for key, value in counted.items():
        assert gap["counted"][key] == pytest.approx(value), key
    assert gap["remaining"] == pytest.approx(remaining)
    assert list(gap["remaining"]) == [
        "total",
        "administrative",
        "clinical",
        "general",
        "aama_approved",
    ]
    reasons = [entry["reason"] for entry in gap["ignored"]]
    assert len(reasons) == len(ignored), reasons
    for reason, start in zip(reasons, ignored, strict=True):
        assert reason.startswith(start), reason


def test_gap_shape_matches_design():
    gap = cma(full_set())
    assert list(gap)[:8] == [
        "credential",
        "as_of",
        "cycle",
        "status",
        "required",
        "counted",
        "remaining",
        "ignored",
    ]
    assert gap["required"] == {
        "total": 60,
        "administrative": 10,
        "clinical": 10,
        "general": 10,
        "aama_approved": 30,
    }
    assert gap["status"] == "complete"
    assert gap["cycle"] == {"start": "2022-03-15", "end": "2027-03-31"}


def test_cycle_from_certification_month():
    # "certify or recertified in February 2010, you must be recertified by the last day of February 2015"
    assert (
        compute_gap("cma-aama", [], certified=date(2010, 2, 10), as_of=date(2012, 1, 1))["cycle"][
            "end"
        ]
        == "2015-02-28"
    )
    assert (
        compute_gap("cma-aama", [], certified=date(2015, 2, 3), as_of=date(2016, 1, 1))["cycle"][
            "end"
        ]
        == "2020-02-29"
    )
    gap = compute_gap("cma-aama", [], cycle_end=date(2015, 2, 28), as_of=date(2012, 1, 1))
    assert gap["cycle"] == {"start": "2010-02-01", "end": "2015-02-28"}
    assert any("first day of the certification month" in n for n in gap["notes"])


# The AAMA's published examples (Certifying Board notice, 2018): expiry -> last day to recertify by CE.
AAMA_EXAMPLES = [
    (date(2016, 4, 30), date(2020, 3, 30)),
    (date(2019, 4, 30), date(2020, 3, 30)),
    (date(2019, 11, 30), date(2020, 3, 30)),
    (date(2020, 2, 29), date(2020, 5, 29)),  # "90 days from 2/29/2020 (end of May)"
]


@pytest.mark.parametrize(
    ("expiry", "deadline"), AAMA_EXAMPLES, ids=[str(e[0]) for e in AAMA_EXAMPLES]
)
def test_aama_published_90_day_examples(expiry, deadline):
    on_deadline = compute_gap("cma-aama", [], cycle_end=expiry, as_of=deadline)
    assert on_deadline["ce_deadline"] == deadline.isoformat()
    assert on_deadline["status"] == "grace_period"
    assert (
        compute_gap("cma-aama", [], cycle_end=expiry, as_of=deadline + timedelta(days=1))["status"]
        == "must_retest"
    )
    assert any("end of May" in note and "three months" in note for note in on_deadline["notes"])


EXPIRY = date(2024, 1, 31)


@pytest.mark.parametrize(
    ("days_after", "status_incomplete", "status_complete"),
    [
        (0, "in_progress", "complete"),
        (89, "grace_period", "complete"),
        (90, "grace_period", "complete"),
        (91, "must_retest", "must_retest"),
    ],
)
def test_expiry_boundaries(days_after, status_incomplete, status_complete):
    as_of = EXPIRY + timedelta(days=days_after)
    assert compute_gap("cma-aama", [], cycle_end=EXPIRY, as_of=as_of)["status"] == status_incomplete
    done = [item(i.title, "2023-06-01", i.credits, i.category) for i in full_set()]
    assert compute_gap("cma-aama", done, cycle_end=EXPIRY, as_of=as_of)["status"] == status_complete


def test_credit_in_the_ce_window_counts_and_is_flagged_unverified():
    gap = compute_gap(
        "cma-aama", [item("late", "2024-02-15", 5)], cycle_end=EXPIRY, as_of=date(2024, 3, 1)
    )
    assert gap["counted"]["total"] == 5
    assert any(rule["rule"] == "late_credit" for rule in gap["unverified"])


def test_bad_dates_and_options():
    with pytest.raises(BadOptionError, match="not both"):
        compute_gap("cma-aama", [], certified=CERTIFIED, cycle_end=EXPIRY, as_of=AS_OF)
    with pytest.raises(BadOptionError, match="--cycle-end"):
        compute_gap("cma-aama", [], as_of=AS_OF)
    with pytest.raises(BadOptionError, match="before the cycle start"):
        compute_gap("cma-aama", [], certified=CERTIFIED, as_of=date(2020, 1, 1))
    with pytest.raises(BadOptionError, match="unknown credential"):
        compute_gap("cna", [], certified=CERTIFIED, as_of=AS_OF)


def test_add_months_clamps():
    assert add_months(date(2020, 1, 31), 1) == date(2020, 2, 29)
    assert add_months(date(2020, 3, 15), -3) == date(2019, 12, 15)


# ---- the other credentials: only the keys they have ----


def test_rma_cycle_total_only_and_lapse():
    items = [
        item("in cycle", "2022-08-10", 12, None, False),
        item("before", "2021-04-30", 5, None, False),
    ]
    gap = compute_gap("rma-amt", items, certified=date(2021, 5, 1), as_of=date(2023, 1, 1))
    assert gap["cycle"] == {"start": "2021-05-01", "end": "2024-04-30"}
    assert gap["required"] == {"total": 30}
    assert gap["counted"] == {"total": 12}
    assert gap["remaining"] == {"total": 18}
    assert gap["ignored"][0]["reason"].startswith("outside the cycle")
    lapsed = compute_gap("rma-amt", items, certified=date(2021, 5, 1), as_of=date(2025, 6, 1))
    assert lapsed["status"] == "grace_period"
    assert lapsed["counted"] == {"total": 12}  # completed within 3 years before applying
    assert any("3 years before applying" in n for n in lapsed["notes"])
    assert (
        compute_gap("rma-amt", [], certified=date(2021, 5, 1), as_of=date(2034, 4, 30))["status"]
        == "grace_period"
    )
    assert (
        compute_gap("rma-amt", [], certified=date(2021, 5, 1), as_of=date(2034, 5, 1))["status"]
        == "must_retest"
    )


def test_rma_ignores_unconverted_kinds():
    gap = compute_gap(
        "rma-amt",
        [item("CPR", credits=None, kind="cpr_card")],
        certified=date(2021, 5, 1),
        as_of=date(2023, 6, 1),
    )
    assert gap["ignored"][0]["reason"].startswith("no cpr card conversion")


def test_ccma_outside_ce_at_two_hours_per_credit_and_one_year_reinstatement():
    items = [
        item("NHA course", credits=4, provider="NHA"),
        item("Outside webinar", credits=3, provider="Other"),
        item("Outside with hours", credits=None, hours=3, provider="Other"),
    ]
    gap = compute_gap("ccma-nha", items, certified=date(2022, 6, 1), as_of=date(2023, 6, 1))
    assert gap["cycle"] == {"start": "2022-06-01", "end": "2024-05-31"}
    assert gap["counted"] == {"total": 7}
    assert gap["remaining"] == {"total": 3}
    assert gap["ce_deadline"] == "2025-05-31"
    assert (
        compute_gap("ccma-nha", [], certified=date(2022, 6, 1), as_of=date(2025, 5, 31))["status"]
        == "grace_period"
    )
    assert (
        compute_gap("ccma-nha", [], certified=date(2022, 6, 1), as_of=date(2025, 6, 1))["status"]
        == "must_retest"
    )
    assert any(rule["rule"] == "after_expiry" for rule in gap["unverified"])


def test_ncma_hours_yearly_and_unverified():
    items = [
        item("a", "2025-02-01", credits=2, hours=1.5),
        item("b", "2025-03-01", credits=None, minutes=90),
    ]
    gap = compute_gap("ncma-ncct", items, certified=date(2022, 1, 15), as_of=date(2025, 6, 1))
    assert gap["cycle"] == {"start": "2025-01-15", "end": "2026-01-14"}
    assert gap["counted"] == {"total": 1.5 + 1.5}
    assert gap["required"] == {"total": 14}
    assert {r["rule"] for r in gap["unverified"]} >= {"required", "cycle"}


def test_cmac_two_years_and_unknown_lapse_rule():
    gap = compute_gap(
        "cmac-amca",
        [item("a", "2023-01-01", 10)],
        certified=date(2022, 9, 1),
        as_of=date(2024, 12, 1),
    )
    assert gap["cycle"]["end"] == "2024-08-31"
    assert gap["status"] == "complete"
    assert gap["ce_deadline"] is None
    lapsed = compute_gap("cmac-amca", [], certified=date(2022, 9, 1), as_of=date(2024, 12, 1))
    assert lapsed["status"] == "grace_period"
    assert any("not recorded" in n for n in lapsed["notes"])


def test_cpr_cards_built_by_hand_without_row_numbers():
    from planning.transcript import TranscriptItem

    cards = [
        TranscriptItem(
            f"CPR {n}", "AHA", date(2023, n, 1), None, "clinical", False, kind="cpr_card"
        )
        for n in (1, 2, 3, 4)
    ]
    gap = cma(cards)
    assert gap["counted"]["clinical"] == 12
    assert [i["title"] for i in gap["ignored"]] == ["CPR 4"]
