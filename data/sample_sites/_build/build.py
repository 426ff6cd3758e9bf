"""Regenerate every sample site under data/sample_sites/ (deterministic: fixed seeds).

Run ``python -m data.sample_sites._build`` or ``python data/sample_sites/_build/build.py``
from the repository root. Each site module's ``build()`` returns a ``Site`` whose
``write()`` replaces that site's folder (pages, truth.json, optional _routes.json).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from data.sample_sites._build import (  # noqa: E402
    site_assoc,
    site_bad,
    site_college,
    site_legacy,
    site_market,
    site_store,
    site_webinar,
    site_wplms,
)

SITES_DIR = Path(__file__).resolve().parent.parent
BUILDERS = (site_assoc.build, site_wplms.build, site_store.build, site_webinar.build,
            site_legacy.build, site_college.build,
            site_market.build, site_bad.build)


def main() -> None:
    """Build and write every site, printing page and course counts."""
    total = 0
    for builder in BUILDERS:
        site = builder()
        site.write(SITES_DIR)
        total += 0 if site.slug.startswith("_") else len(site.courses)
        print(f"{site.slug:24} {len(site.pages):4} files {len(site.courses):4} courses")
    print(f"{'total (demo sites)':24} {total:15} courses")


if __name__ == "__main__":
    main()
