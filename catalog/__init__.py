"""The shared core: tables, engine, upserts, queries, course records, settings and errors.

Every other package (crawler, scoring, planning, dashboard, ceu) builds on this one;
this one imports none of them.
"""
