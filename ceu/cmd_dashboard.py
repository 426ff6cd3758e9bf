"""``ceu dashboard``: open the Streamlit dashboard on the catalogue."""

from __future__ import annotations

from catalog.errors import NotReadyError
from ceu.options import DbOption


def dashboard(db: DbOption = None) -> None:
    """Open the dashboard in your browser.

    Example: ceu dashboard --db data/ceu.db --port 8501
    """
    raise NotReadyError("ceu dashboard", "the dashboard has not landed yet (issue 6)")
