"""``ceu export``: the catalogue as course records in JSON lines, CSV or XLSX."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from catalog.db import make_engine, session_scope
from catalog.errors import BadOptionError
from catalog.export import export_records
from catalog.queries import CourseQuery, iter_records
from ceu.options import DbOption


class ExportFormat(StrEnum):
    """Output formats of ``ceu export``."""

    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"


class Category(StrEnum):
    """AAMA categories."""

    administrative = "administrative"
    clinical = "clinical"
    general = "general"


def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv or xlsx.")],
    out: Annotated[Path | None, typer.Option("--out", help="Output file (stdout if omitted; xlsx needs one).")] = None,
    free_only: Annotated[bool, typer.Option("--free-only", help="Only courses free to everyone.")] = False,
    aama_only: Annotated[bool, typer.Option("--aama-only", help="Only AAMA-approved courses.")] = False,
    category: Annotated[Category | None, typer.Option("--category", help="administrative, clinical or general.")] = None,
    provider: Annotated[str | None, typer.Option("--provider", help="Only this provider.")] = None,
    search: Annotated[str | None, typer.Option("--search", help="Words in title, description or provider.")] = None,
    include_stale: Annotated[bool, typer.Option("--include-stale", help="Also courses no longer listed.")] = False,
    db: DbOption = None,
) -> None:
    """Export the catalogue as course records.

    Example: ceu export --format csv --free-only --aama-only --category clinical --out free.csv
    """
    if format is ExportFormat.xlsx and out is None:
        raise BadOptionError("--out", "xlsx export needs --out FILE.xlsx")
    if out is not None and not out.parent.exists():
        raise BadOptionError("--out", f"folder {out.parent} does not exist")
    query = CourseQuery(
        search=search,
        free_only=free_only,
        aama_only=aama_only,
        category=category.value if category else None,
        provider=provider,
        hide_stale=not include_stale,
    )
    engine = make_engine(db)
    with session_scope(engine) as session:
        count = export_records(iter_records(session, query), format.value, out, sys.stdout)
    if out is not None:
        typer.echo(f"Exported {count} courses to {out}", err=True)
