"""The ``ceu`` command line: thin Typer adapters over catalog, crawler, scoring, planning, dashboard."""
