"""Benchmark: plan over a large synthetic catalogue; reports preparation, reduction and solve times.

Run: python -m bench.bench_plan [--courses 100000] [--seed 0] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

from catalog.synthetic import generate_records
from planning import compute_gap, make_plan
from planning.transcript import TranscriptItem

SCENARIOS = {
    "cost, empty transcript": {"objective": "cost"},
    "hours, empty transcript": {"objective": "hours"},
    "cost, AAMA-only, online, $200 budget": {
        "objective": "cost",
        "aama_only": True,
        "online_only": True,
        "budget": 200.0,
    },
    "cost, free only": {"objective": "cost", "free_only": True},
    "cost, paid courses only (free ones removed)": {"objective": "cost", "paid": True},
    "hours, paid courses only, $150 budget": {"objective": "hours", "paid": True, "budget": 150.0},
}


def _transcript(partial: bool) -> list[TranscriptItem]:
    if not partial:
        return []
    return [
        TranscriptItem(
            "Coding update", "AAMA", date(2023, 1, 10), 8.0, "administrative", True, row=2
        ),
        TranscriptItem("Phlebotomy", "College", date(2023, 2, 1), 20.0, "clinical", False, row=3),
        TranscriptItem("Ethics", "AAMA", date(2023, 3, 1), 4.5, "general", True, row=4),
    ]


def run(courses: int, seed: int, repeat: int) -> None:
    """Print one line per scenario: candidates, reduced size, prepare and solve times (median)."""
    started = time.perf_counter()
    records = generate_records(courses, seed=seed)
    paid = [r for r in records if not r["is_free"]]
    print(f"generated {len(records):,} synthetic courses in {time.perf_counter() - started:.1f}s")
    print(
        f"{'scenario':48} {'transcript':10} {'cands':>7} {'reduced':>7} {'prep s':>7} {'solve s':>7} {'total s':>7} {'cost':>8} {'n':>3}"
    )
    for partial in (False, True):
        gap = compute_gap(
            "cma-aama", _transcript(partial), certified=date(2022, 3, 15), as_of=date(2024, 6, 1)
        )
        for name, scenario in SCENARIOS.items():
            options = {k: v for k, v in scenario.items() if k != "paid"}
            catalogue = paid if scenario.get("paid") else records
            preps, solves, totals = [], [], []
            plan = {}
            for _ in range(repeat):
                begin = time.perf_counter()
                plan = make_plan(gap, catalogue, **options)
                totals.append(time.perf_counter() - begin)
                preps.append(plan["prepare_seconds"])
                solves.append(plan["solve_seconds"])
            cost = f"${plan['total_cost_usd']:.2f}" if plan["feasible"] else "infeas."
            print(
                f"{name:48} {'partial' if partial else 'empty':10} {plan['considered']:>7} {plan['reduced_to']:>7} "
                f"{statistics.median(preps):>7.3f} {statistics.median(solves):>7.3f} {statistics.median(totals):>7.3f} "
                f"{cost:>8} {len(plan['courses']):>3}"
            )


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    run(args.courses, args.seed, args.repeat)


if __name__ == "__main__":
    main()
