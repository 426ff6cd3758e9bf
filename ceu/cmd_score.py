"""``ceu score`` and ``ceu extract``: checklist scores, tags and one-page records."""

from __future__ import annotations

from typing import Annotated

import typer

from catalog.errors import NotReadyError
from ceu.options import DbOption, JsonFlag


def score(db: DbOption = None) -> None:
    """Re-score every course in the catalogue against the checklist.

    Example: ceu score --db data/ceu.db
    """
    raise NotReadyError("ceu score", "scoring has not landed yet (issue 4)")


def extract(
    path_or_url: Annotated[str, typer.Argument(help="A saved HTML file or an http(s) URL.")],
    url: Annotated[str | None, typer.Option("--url", help="The page's URL when reading a saved file.")] = None,
    json_output: JsonFlag = False,
) -> None:
    """Turn one page into one course record, without a database.

    Example: ceu extract saved/course.html --url https://ce.example.org/courses/hipaa --json
    """
    raise NotReadyError("ceu extract", "scoring has not landed yet (issue 4)")
