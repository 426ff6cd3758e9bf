"""``ceu gap`` and ``ceu plan``: what recertification still needs, and the cheapest way there."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from catalog.db import make_engine
from catalog.errors import BadOptionError
from ceu.options import DbOption, JsonFlag
from planning import compute_gap, make_plan, read_transcript, write_plan
from planning.catalogue import add_live_dates_from, load_courses
from planning.exports import SUFFIXES


class Objective(StrEnum):
    """What the plan minimises first."""

    cost = "cost"
    hours = "hours"


CredentialOption = Annotated[
    str, typer.Option("--credential", help="cma-aama, rma-amt, ccma-nha, ncma-ncct or cmac-amca.")
]
TranscriptOption = Annotated[
    Path,
    typer.Option(
        "--transcript",
        help="CSV: title,provider,completed_on,credits,category,aama_approved[,kind,minutes,hours].",
    ),
]
CertifiedOption = Annotated[
    str | None,
    typer.Option(
        "--certified", help="Date of certification or most recent recertification (YYYY-MM-DD)."
    ),
]
CycleEndOption = Annotated[
    str | None, typer.Option("--cycle-end", help="Last day of the current cycle (YYYY-MM-DD).")
]
AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Evaluate on this date (YYYY-MM-DD; default today).")
]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        if not _DATE.match(text.strip()):
            raise ValueError
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadOptionError(option, f"{text!r} is not a date (expected YYYY-MM-DD)") from None


def _gap(
    credential: str, transcript: Path, certified, cycle_end, as_of
) -> tuple[dict[str, Any], list]:
    items = read_transcript(transcript)
    gap = compute_gap(
        credential,
        items,
        certified=_date(certified, "--certified"),
        cycle_end=_date(cycle_end, "--cycle-end"),
        as_of=_date(as_of, "--as-of"),
    )
    return gap, items


def _console() -> Console:
    # Piped output gets a fixed width so tables of long course titles stay readable.
    return Console(highlight=False, width=None if sys.stdout.isatty() else 120)


def _print_gap(console: Console, gap: dict[str, Any], after: dict[str, Any] | None = None) -> None:
    cycle = gap["cycle"]
    console.print(
        Text(
            f"{gap['credential_name']}: cycle {cycle['start']} to {cycle['end']}, "
            f"as of {gap['as_of']}: {gap['status'].replace('_', ' ')}"
        )
    )
    table = Table(title=None)
    for header in ("requirement", "required", "counted", "remaining"):
        table.add_column(header, justify="left" if header == "requirement" else "right")
    if after is not None:
        table.add_column("after plan", justify="right")
    for name, required in gap["required"].items():
        cells = [name, required, gap["counted"].get(name, ""), gap["remaining"].get(name, "")]
        if after is not None:
            cells.append(after.get(name, ""))
        table.add_row(*(Text(str(c)) for c in cells))
    console.print(table)
    if gap.get("ce_deadline"):
        console.print(Text(f"Last day to recertify by continuing education: {gap['ce_deadline']}"))
    for item in gap["ignored"]:
        console.print(Text(f"Not counted: {item['title']}: {item['reason']}"))
    for note in gap.get("notes", []):
        console.print(Text(f"Note: {note}"))
    for rule in gap.get("unverified", []):
        console.print(Text(f"Unverified rule: {rule['text']} ({rule['source']}, {rule['date']})"))


def gap(
    credential: CredentialOption,
    transcript: TranscriptOption,
    certified: CertifiedOption = None,
    cycle_end: CycleEndOption = None,
    as_of: AsOfOption = None,
    json_out: JsonFlag = False,
) -> None:
    """Show what your recertification still needs, per category.

    Example: ceu gap --credential cma-aama --transcript my.csv --certified 2022-03-15 --json
    """
    result, _ = _gap(credential, transcript, certified, cycle_end, as_of)
    if json_out:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    _print_gap(_console(), result)


def _print_plan(console: Console, plan: dict[str, Any]) -> None:
    if not plan["feasible"]:
        console.print(Text(f"No plan: {plan['reason']}"))
        return
    if not plan["courses"]:
        console.print(Text("Nothing more is needed: no courses to plan."))
        return
    table = Table()
    for header in ("course", "provider", "category", "points", "AAMA", "price", "format"):
        table.add_column(header, justify="right" if header in ("points", "price") else "left")
    for course in plan["courses"]:
        price = "free" if course.get("is_free") else f"${course.get('price_usd') or 0:.2f}"
        cells = [
            course.get("title"),
            course.get("provider"),
            course.get("category"),
            course.get("points"),
            "yes" if course.get("aama_approved") else "no",
            price,
            course.get("format"),
        ]
        table.add_row(*(Text("" if c is None else str(c)) for c in cells))
    console.print(table)
    console.print(
        Text(
            f"{len(plan['courses'])} courses, {plan['total_credits']} {plan.get('unit', 'points')}, "
            f"${plan['total_cost_usd']:.2f} in total ({plan['objective']} first)."
        )
    )
    if plan.get("processing"):
        console.print(Text(plan["processing"]))


def plan(
    credential: CredentialOption,
    transcript: TranscriptOption,
    certified: CertifiedOption = None,
    cycle_end: CycleEndOption = None,
    as_of: AsOfOption = None,
    budget: Annotated[float | None, typer.Option("--budget", help="Most to spend in USD.")] = None,
    free_only: Annotated[
        bool, typer.Option("--free-only", help="Only courses free to everyone.")
    ] = False,
    online_only: Annotated[
        bool, typer.Option("--online-only", help="Only online or webinar courses.")
    ] = False,
    aama_only: Annotated[
        bool, typer.Option("--aama-only", help="Only AAMA-approved courses.")
    ] = False,
    objective: Annotated[
        Objective,
        typer.Option("--objective", help="cost: cheapest first; hours: fewest points first."),
    ] = Objective.cost,
    out: Annotated[
        Path | None, typer.Option("--out", help="Export to FILE.csv, .xlsx, .ics or .html.")
    ] = None,
    db: DbOption = None,
    json_out: JsonFlag = False,
) -> None:
    """Build the cheapest (or shortest) course plan that fills your gaps.

    Example: ceu plan --credential cma-aama --transcript my.csv --certified 2022-03-15 --free-only --json
    """
    if budget is not None and budget < 0:
        raise BadOptionError("--budget", f"{budget:g} is negative")
    if out is not None and out.suffix.lower() not in SUFFIXES:
        raise BadOptionError(
            "--out", f"{out.name}: unknown extension (use .csv, .xlsx, .ics or .html)"
        )
    if out is not None and not out.parent.exists():
        raise BadOptionError("--out", f"folder {out.parent} does not exist")
    gap_result, items = _gap(credential, transcript, certified, cycle_end, as_of)
    engine = make_engine(db)
    filters = {
        "budget": budget,
        "free_only": free_only,
        "online_only": online_only,
        "aama_only": aama_only,
    }
    courses = load_courses(engine, **filters)
    titles = [item.title for item in items]
    result = make_plan(
        gap_result, courses, objective=objective.value, exclude_titles=titles, **filters
    )
    add_live_dates_from(engine, result)
    if out is not None:
        write_plan(result, gap_result, out)
        typer.echo(f"Wrote the plan to {out}", err=True)
    if json_out:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False, default=str))
        return
    console = _console()
    _print_gap(console, gap_result, result["remaining_after"] if result["feasible"] else None)
    _print_plan(console, result)
